### Labels and notes around the explanation.
### zh-Hant: every label message carries its own full-width ： with no space before or after it.

# Heading above the short summary of the code.
label-in-simple-words = 簡單來說
# Heading above the list of similar codes and how they differ.
label-related = 類似的代碼
# Shown before a code number, as in "Code 62324".
# $code (String) - the code number, such as 62324.
# zh-Hant: no space between 代碼 and the number (代碼62324).
label-code = 代碼{ $code }
# The line that names the language of the page, as in "Language: English".
# $name (String) - the language's name in its own script, such as English, Español or 中文.
# zh-Hant: full-width ：, no space, no full stop (a label, like the English).
language-line = 語言：{ $name }
# The title of the whole document: the HTML page title, the PDF title, the Markdown heading, the heading in
# the terminal and the subtitle of the Infobutton answer.
# $code (String) - the code number, such as 62324.
# $title (String) - the code's title from codes.ftl, such as "Medicine through a thin tube left near the spine ...".
# zh-Hant: 代碼62324：經由留在……的細管給藥，不使用影像導引
document-title = 代碼{ $code }：{ $title }
# Tells the reader that no qualified medical reviewer has checked this text yet.
# (In English, the source, a "reviewer"; in a translation, a "translator", who checks it against the English.)
# zh-Hant: 專業醫學翻譯人員 ("professional medical translator"), not a word-for-word 合格的.
review-status-draft = 草稿：本文還沒有經過專業醫學翻譯人員審閱。
# Tells the reader that a qualified medical reviewer has checked some parts of this text, but not all.
# (In English, the source, a "reviewer"; in a translation, a "translator", who checks it against the English.)
# $reviewed (Number) - how many parts have been checked, such as 4. Always at least 1 and less than $total.
# $total (Number) - how many parts the text has, such as 9. Always at least 2.
# zh-Hant: Chinese needs no plural forms; the measure word 個 follows the number.
review-status-partly = 部分已審閱：本文共有{ $total }個部分，專業醫學翻譯人員已審閱其中{ $reviewed }個。
# Tells the reader that a qualified medical translator has checked this text.
review-status-reviewed = 本文已經過專業醫學翻譯人員審閱。
# Printed at the end of every explanation.
disclaimer = 本文是在說明一個收費代碼，不能取代您自己的{ -care-team }給您的建議。關於您的治療，請向他們詢問。

## Handouts and the web page

# The patient's name on a printed handout, with its label.
# $value (String) - the patient's name, as the clinic typed it. Shown only when given.
handout-field-patient = 病人：{ $value }
# The date on a printed handout, with its label.
# $value (String) - the date, as the clinic typed it. Shown only when given.
handout-field-date = 日期：{ $value }
# The clinic's name on a printed handout, with its label.
# $value (String) - the clinic's name, as the clinic typed it. Shown only when given.
# zh-Hant: 醫療院所 covers clinics and hospitals alike, as on Taiwanese forms.
handout-field-clinic = 醫療院所：{ $value }
# Shown in "When to call your care team" on a handout when the clinic gives its phone number.
# $phone (String) - the clinic's phone number, as the clinic typed it.
# zh-Hant: the number ends the sentence after ：, so no full stop is glued to it.
handout-call-us = 有疑問或不舒服嗎？請打電話給我們：{ $phone }
# A button that prints the page.
# zh-Hant: 列印 (Taiwan; the Mainland 打印 is not used).
page-print = 列印
# A link to the printable handout as a PDF file.
page-handout-pdf = 可列印的說明單（PDF）
# Label of the list of languages the reader can switch to.
page-choose-language = 選擇語言
