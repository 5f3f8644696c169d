### Labels and notes around the explanation.

# Heading above the short summary of the code.
label-in-simple-words = به زبان ساده
# Heading above the list of similar codes and how they differ.
label-related = کدهای مشابه
# Shown before a code number, as in "کد 62324".
# $code (String) - the code number, such as 62324.
label-code = کد { $code }
# The line that names the language of the page, as in "زبان: فارسی".
# $name (String) - the language's name in its own script, such as English, Español or فارسی.
language-line = زبان: { $name }
# The title of the whole document: the HTML page title, the PDF title, the Markdown heading, the heading in
# the terminal and the subtitle of the Infobutton answer.
# $code (String) - the code number, such as 62324.
# $title (String) - the code's title from codes.ftl.
document-title = کد { $code }: { $title }
# Tells the reader that no qualified medical reviewer has checked this text yet.
# (In a translation, a "translator" (مترجم), who checks it against the English.)
review-status-draft = پیش‌نویس: هنوز هیچ مترجم پزشکی واجد شرایطی این متن را بررسی نکرده است.
# Tells the reader that a qualified medical reviewer has checked some parts of this text, but not all.
# $reviewed (Number) - how many parts have been checked, such as 4. Always at least 1 and less than $total.
# $total (Number) - how many parts the text has, such as 9. Always at least 2.
# Persian keeps the noun singular after a number (4 بخش), so no plural variants are needed.
review-status-partly = بخشی از متن بررسی شده است: یک مترجم پزشکی واجد شرایط { $reviewed } بخش از { $total } بخش این متن را بررسی کرده است.
# Tells the reader that a qualified medical translator has checked this text.
review-status-reviewed = یک مترجم پزشکی واجد شرایط این متن را بررسی کرده است.
# Printed at the end of every explanation.
disclaimer = این متن یک کد صورت‌حساب را توضیح می‌دهد. جای توصیه‌های { -care-team } شما را نمی‌گیرد. درباره‌ی درمان خود از آن‌ها بپرسید.

## Handouts and the web page

# The patient's name on a printed handout, with its label.
# $value (String) - the patient's name, as the clinic typed it. Shown only when given.
handout-field-patient = نام بیمار: { $value }
# The date on a printed handout, with its label.
# $value (String) - the date, as the clinic typed it. Shown only when given.
handout-field-date = تاریخ: { $value }
# The clinic's name on a printed handout, with its label.
# $value (String) - the clinic's name, as the clinic typed it. Shown only when given.
handout-field-clinic = درمانگاه: { $value }
# Shown in "When to call your care team" on a handout when the clinic gives its phone number.
# $phone (String) - the clinic's phone number, as the clinic typed it.
handout-call-us = پرسش یا مشکلی دارید؟ با ما به این شماره تماس بگیرید: { $phone }
# A button that prints the page.
page-print = چاپ
# A link to the printable handout as a PDF file.
page-handout-pdf = راهنمای قابل چاپ (PDF)
# Label of the list of languages the reader can switch to.
page-choose-language = انتخاب زبان
