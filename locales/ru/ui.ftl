### Labels and notes around the explanation.
###
### Russian: a label and its value are joined by a colon and one space ("Дата: 12.03.2027"), no space before
### the colon; a number and a name are joined by a full stop ("Код 62324. Название").

# Heading above the short summary of the code.
label-in-simple-words = Простыми словами
# Heading above the list of similar codes and how they differ.
label-related = Похожие коды
# Shown before a code number, as in "Code 62324".
# $code (String) - the code number, such as 62324.
label-code = Код { $code }
# The line that names the language of the page, as in "Language: English".
# $name (String) - the language's name in its own script; for this locale always "Русский" (from locales.toml).
# Russian: inside a line of text a language name is written in lower case: "Язык: русский" (panel finding C1).
# second review: the selector described here before is gone, so this line shows "Язык: Русский"; C1 needs an in-text name from the program.
# ru: the name stays as the program passes it ("Русский", the autonym of the language menu); a
# selector that rewrote it to lower case would hide any other value and break parity with English.
language-line = Язык: { $name }
# The title of the whole document: the HTML page title, the PDF title, the Markdown heading, the heading in
# the terminal and the subtitle of the Infobutton answer.
# $code (String) - the code number, such as 62324.
# $title (String) - the code's title from codes.ftl, such as "Введение лекарства через тонкую трубку …".
# Russian: "Код 62324. Название", with a full stop, as Russian headings join a number and a name
# ("Статья 5. Название"); a colon would need a lower-case letter after it, and the titles start with a capital.
document-title = Код { $code }. { $title }
# Tells the reader that no qualified medical reviewer has checked this text yet.
# (In English, the source, a "reviewer"; in a translation, a "translator", who checks it against the English.)
review-status-draft = Черновик: квалифицированный медицинский переводчик ещё не проверил этот текст.
# Tells the reader that a qualified medical reviewer has checked some parts of this text, but not all.
# (In English, the source, a "reviewer"; in a translation, a "translator", who checks it against the English.)
# $reviewed (Number) - how many parts have been checked, such as 4. Always at least 1 and less than $total.
# $total (Number) - how many parts the text has, such as 9. Always at least 2.
# Russian: after "из" the noun agrees with $total: "из 21 части", but "из 2 частей", "из 9 частей".
review-status-partly = Текст проверен частично: квалифицированный медицинский переводчик проверил { $reviewed } из { $total ->
        [one] { $total } части
       *[other] { $total } частей
    } этого текста.
# Tells the reader that a qualified medical translator has checked this text.
review-status-reviewed = Этот текст проверил квалифицированный медицинский переводчик.
# Printed at the end of every explanation.
disclaimer = Здесь объяснён код, по которому выставляют счёт за медицинскую помощь. Это объяснение не заменяет советов { -care-team(case: "genitive") }, которые вас лечат. О своём лечении спрашивайте у них.

## Handouts and the web page

# The patient's name on a printed handout, with its label.
# $value (String) - the patient's name, as the clinic typed it. Shown only when given.
handout-field-patient = Пациент: { $value }
# The date on a printed handout, with its label.
# $value (String) - the date, as the clinic typed it. Shown only when given.
handout-field-date = Дата: { $value }
# The clinic's name on a printed handout, with its label.
# $value (String) - the clinic's name, as the clinic typed it. Shown only when given.
handout-field-clinic = Клиника: { $value }
# Shown in "When to call your care team" on a handout when the clinic gives its phone number.
# $phone (String) - the clinic's phone number, as the clinic typed it.
handout-call-us = Есть вопросы или проблемы? Позвоните нам: { $phone }.
# A button that prints the page.
page-print = Распечатать
# A link to the printable handout as a PDF file.
# Russian: "PDF" stays in Latin letters, as English has it: it names the file type and readers know it.
# It is the only Latin abbreviation in the Russian texts ("КТ" is written in Cyrillic; panel finding C4).
page-handout-pdf = Памятка для печати (PDF)
# Label of the list of languages the reader can switch to.
page-choose-language = Выберите язык
