### Labels and notes around the explanation.

# Heading above the short summary of the code.
label-in-simple-words = Nói một cách đơn giản
# Heading above the list of similar codes and how they differ.
label-related = Các mã tương tự
# Shown before a code number, as in "Code 62324".
# $code (String) - the code number, such as 62324.
label-code = Mã { $code }
# Shown next to the language name, as in "Language: English".
label-language = Ngôn ngữ
# Tells the reader that no qualified medical reviewer has checked this text yet.
review-status-draft = Bản nháp: văn bản này chưa được một người dịch y khoa có chuyên môn kiểm tra.
# Tells the reader that a qualified medical translator has checked this text.
review-status-reviewed = Văn bản này đã được một người dịch y khoa có chuyên môn kiểm tra.
# Printed at the end of every explanation.
# Vietnamese: "mã tính phí" (billing code).
disclaimer = Nội dung này giải thích một mã tính phí. Nội dung này không thay thế lời khuyên của { -care-team } chăm sóc bạn. Hãy hỏi họ về việc chăm sóc sức khỏe của bạn.

## Handouts and the web page

# Label before the patient's name on a printed handout.
handout-patient = Bệnh nhân
# Label before the date on a printed handout.
handout-date = Ngày
# Label before the clinic's name on a printed handout.
handout-clinic = Phòng khám
# Shown in "When to get help" on a handout when the clinic gives its phone number.
# $phone (String) - the clinic's phone number, as the clinic typed it.
handout-call-us = Có thắc mắc hoặc gặp vấn đề? Hãy gọi cho chúng tôi theo số { $phone }.
# A button that prints the page.
page-print = In
# A link to the printable handout as a PDF file.
page-handout-pdf = Tài liệu để in (PDF)
# Label of the list of languages the reader can switch to.
page-choose-language = Chọn ngôn ngữ
