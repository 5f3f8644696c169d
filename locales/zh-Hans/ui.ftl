### Labels and notes around the explanation.

# Heading above the short summary of the code.
label-in-simple-words = 简单来说
# Heading above the list of similar codes and how they differ.
label-related = 相似的代码
# Shown before a code number, as in "Code 62324".
# $code (String) - the code number, such as 62324.
label-code = 代码{ $code }
# Shown next to the language name, as in "Language: English".
label-language = 语言
# Tells the reader that no qualified medical reviewer has checked this text yet.
review-status-draft = 草稿：本文还没有经过合格的医学翻译人员审核。
# Tells the reader that a qualified medical translator has checked this text.
review-status-reviewed = 本文已经过合格的医学翻译人员审核。
# Printed at the end of every explanation.
disclaimer = 本文解释的是一个收费代码。它不能代替您自己的{ -care-team }给您的建议。有关您的治疗，请向他们咨询。

## Handouts and the web page

# Label before the patient's name on a printed handout.
handout-patient = 患者
# Label before the date on a printed handout.
handout-date = 日期
# Label before the clinic's name on a printed handout.
# zh-Hans: 医疗机构 ("medical facility"), the usual form label, fits a clinic or a hospital.
handout-clinic = 医疗机构
# Shown in "When to get help" on a handout when the clinic gives its phone number.
# $phone (String) - the clinic's phone number, as the clinic typed it.
handout-call-us = 有疑问或遇到问题？请拨打{ $phone }联系我们。
# A button that prints the page.
page-print = 打印
# A link to the printable handout as a PDF file.
# zh-Hans: PDF may stay (the tests allow CT, X and PDF), so the file format is named as in English.
page-handout-pdf = 可打印的说明资料（PDF）
# Label of the list of languages the reader can switch to.
page-choose-language = 选择语言
