### Labels and notes around the explanation.
###
### Vietnamese: labels use the same punctuation as English: a colon straight after the label, then one space
### ("Ngôn ngữ: Tiếng Việt"). The reader is "quý vị" (see the note at the top of terms.ftl).

# Heading above the short summary of the code.
label-in-simple-words = Nói một cách đơn giản
# Heading above the list of similar codes and how they differ.
label-related = Các mã tương tự
# Shown before a code number, as in "Code 62324".
# $code (String) - the code number, such as 62324.
label-code = Mã { $code }
# The line that names the language of the page, as in "Language: English".
# $name (String) - the language's name in its own script, such as English, Español or 中文.
language-line = Ngôn ngữ: { $name }
# The title of the whole document: the HTML page title, the PDF title, the Markdown heading, the heading in
# the terminal and the subtitle of the Infobutton answer.
# $code (String) - the code number, such as 62324.
# $title (String) - the code's title from codes.ftl, such as "Medicine through a thin tube left near the spine ...".
document-title = Mã { $code }: { $title }
# Tells the reader that no qualified medical reviewer has checked this text yet.
# (In English, the source, a "reviewer"; in a translation, a "translator", who checks it against the English.)
review-status-draft = Bản nháp: văn bản này chưa được một người dịch y khoa có chuyên môn kiểm tra.
# Tells the reader that a qualified medical reviewer has checked some parts of this text, but not all.
# (In English, the source, a "reviewer"; in a translation, a "translator", who checks it against the English.)
# $reviewed (Number) - how many parts have been checked, such as 4. Always at least 1 and less than $total.
# $total (Number) - how many parts the text has, such as 9. Always at least 2.
# Vietnamese: no plural forms, so no variants are needed.
review-status-partly = Đã kiểm tra một phần: một người dịch y khoa có chuyên môn đã kiểm tra { $reviewed } trong số { $total } phần của văn bản này.
# Tells the reader that a qualified medical translator has checked this text.
review-status-reviewed = Văn bản này đã được một người dịch y khoa có chuyên môn kiểm tra.
# Printed at the end of every explanation.
# Vietnamese: "mã tính phí" (billing code). One subject for the first two English sentences, so that
# "Nội dung này" is not repeated (panel finding, fluency).
disclaimer = Nội dung này giải thích một mã tính phí và không thay thế lời khuyên của { -care-team } chăm sóc quý vị. Hãy hỏi họ về việc chăm sóc sức khỏe của quý vị.

## Handouts and the web page

# The patient's name on a printed handout, with its label.
# $value (String) - the patient's name, as the clinic typed it. Shown only when given.
handout-field-patient = Bệnh nhân: { $value }
# The date on a printed handout, with its label.
# $value (String) - the date, as the clinic typed it. Shown only when given.
handout-field-date = Ngày: { $value }
# The clinic's name on a printed handout, with its label.
# $value (String) - the clinic's name, as the clinic typed it. Shown only when given.
handout-field-clinic = Phòng khám: { $value }
# Shown in "When to call your care team" on a handout when the clinic gives its phone number.
# $phone (String) - the clinic's phone number, as the clinic typed it.
handout-call-us = Có thắc mắc hoặc gặp vấn đề? Hãy gọi cho chúng tôi theo số { $phone }.
# A button that prints the page.
page-print = In
# A link to the printable handout as a PDF file.
page-handout-pdf = Tài liệu để in (PDF)
# Label of the list of languages the reader can switch to.
page-choose-language = Chọn ngôn ngữ
