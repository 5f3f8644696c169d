### Labels and notes around the explanation.

# Heading above the short summary of the code.
label-in-simple-words = Простыми словами
# Heading above the list of similar codes and how they differ.
label-related = Похожие коды
# Shown before a code number, as in "Code 62324".
# $code (String) - the code number, such as 62324.
label-code = Код { $code }
# Shown next to the language name, as in "Language: English".
label-language = Язык
# Tells the reader that no qualified medical reviewer has checked this text yet.
review-status-draft = Черновик: квалифицированный медицинский переводчик ещё не проверил этот текст.
# Tells the reader that a qualified medical translator has checked this text.
review-status-reviewed = Этот текст проверил квалифицированный медицинский переводчик.
# Printed at the end of every explanation.
disclaimer = Здесь объяснён код, по которому выставляют счёт за медицинскую помощь. Это объяснение не заменяет советов ваших { -care-team(case: "genitive") }. О своём лечении спрашивайте у них.

## Handouts and the web page

# Label before the patient's name on a printed handout.
handout-patient = Пациент
# Label before the date on a printed handout.
handout-date = Дата
# Label before the clinic's name on a printed handout.
handout-clinic = Клиника
# Shown in "When to get help" on a handout when the clinic gives its phone number.
# $phone (String) - the clinic's phone number, as the clinic typed it.
handout-call-us = Есть вопросы или проблемы? Позвоните нам: { $phone }.
# A button that prints the page.
page-print = Распечатать
# A link to the printable handout as a PDF file.
# Russian: "PDF" stays in Latin letters, as English has it: it names the file type, readers know it,
# and it is one of the two Latin abbreviations allowed in the Russian text (with CT).
page-handout-pdf = Памятка для печати (PDF)
# Label of the list of languages the reader can switch to.
page-choose-language = Выберите язык
