### Labels and notes around the explanation.
### zh-Hans: every label message carries its own full-width ： with no space before or after it (reviewer m1).

# Heading above the short summary of the code.
label-in-simple-words = 简单来说
# Heading above the list of similar codes and how they differ.
label-related = 相似的代码
# Shown before a code number, as in "Code 62324".
# $code (String) - the code number, such as 62324.
# zh-Hans: no space between 代码 and the number (代码62324).
label-code = 代码{ $code }
# The line that names the language of the page, as in "Language: English".
# $name (String) - the language's name in its own script, such as English, Español or 中文.
# zh-Hans: full-width ：, no space, no full stop (the line is a label, like the English).
language-line = 语言：{ $name }
# The title of the whole document: the HTML page title, the PDF title, the Markdown heading, the heading in
# the terminal and the subtitle of the Infobutton answer.
# $code (String) - the code number, such as 62324.
# $title (String) - the code's title from codes.ftl, such as "Medicine through a thin tube left near the spine ...".
# zh-Hans: 代码62324：通过留在……的细管给药，不用影像引导
document-title = 代码{ $code }：{ $title }
# Tells the reader that no qualified medical reviewer has checked this text yet.
# (In English, the source, a "reviewer"; in a translation, a "translator", who checks it against the English.)
# zh-Hans: 专业医学翻译人员, not 合格的 (a calque of "qualified"; reviewer m10).
review-status-draft = 草稿：本文还没有经过专业医学翻译人员审核。
# Tells the reader that a qualified medical reviewer has checked some parts of this text, but not all.
# (In English, the source, a "reviewer"; in a translation, a "translator", who checks it against the English.)
# $reviewed (Number) - how many parts have been checked, such as 4. Always at least 1 and less than $total.
# $total (Number) - how many parts the text has, such as 9. Always at least 2.
# zh-Hans: Chinese needs no plural forms; the measure word 个 follows each number.
review-status-partly = 部分已审核：本文共{ $total }个部分，专业医学翻译人员已审核其中{ $reviewed }个。
# Tells the reader that a qualified medical translator has checked this text.
review-status-reviewed = 本文已经过专业医学翻译人员审核。
# Printed at the end of every explanation.
disclaimer = 本文解释的是一个收费代码。它不能代替您自己的{ -care-team }给您的建议。有关您的治疗，请向他们咨询。

## Handouts and the web page

# The patient's name on a printed handout, with its label.
# $value (String) - the patient's name, as the clinic typed it. Shown only when given.
# zh-Hans: 患者姓名 ("patient's name") is the usual label on Chinese forms.
handout-field-patient = 患者姓名：{ $value }
# The date on a printed handout, with its label.
# $value (String) - the date, as the clinic typed it. Shown only when given.
handout-field-date = 日期：{ $value }
# The clinic's name on a printed handout, with its label.
# $value (String) - the clinic's name, as the clinic typed it. Shown only when given.
# zh-Hans: 医疗机构 ("medical facility"), the usual form label, fits a clinic or a hospital.
handout-field-clinic = 医疗机构：{ $value }
# Shown in "When to call your care team" on a handout when the clinic gives its phone number.
# $phone (String) - the clinic's phone number, as the clinic typed it.
handout-call-us = 有疑问或遇到问题？请拨打{ $phone }联系我们。
# A button that prints the page.
page-print = 打印
# A link to the printable handout as a PDF file.
# zh-Hans: PDF may stay (the tests allow CT, X and PDF), so the file format is named as in English.
page-handout-pdf = 可打印的说明资料（PDF）
# Label of the list of languages the reader can switch to.
page-choose-language = 选择语言
