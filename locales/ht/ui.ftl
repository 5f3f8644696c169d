### Labels and notes around the explanation.
### Kreyòl: labels use a plain colon with no space before it, as in Haitian leaflets printed in the US.

# Heading above the short summary of the code.
label-in-simple-words = An mo senp
# Heading above the list of similar codes and how they differ.
label-related = Kòd ki sanble
# Shown before a code number, as in "Code 62324".
# $code (String) - the code number, such as 62324.
label-code = Kòd { $code }
# The line that names the language of the page, as in "Language: English".
# $name (String) - the language's name in its own script, such as English, Español or 中文.
# Kreyòl: the language's own name is "Kreyòl ayisyen".
language-line = Lang: { $name }
# The title of the whole document: the HTML page title, the PDF title, the Markdown heading, the heading in
# the terminal and the subtitle of the Infobutton answer.
# $code (String) - the code number, such as 62324.
# $title (String) - the code's title from codes.ftl, such as "Medicine through a thin tube left near the spine ...".
document-title = Kòd { $code }: { $title }
# Tells the reader that no qualified medical reviewer has checked this text yet.
# (In English, the source, a "reviewer"; in a translation, a "translator", who checks it against the English.)
review-status-draft = Bouyon: yon tradiktè medikal ki kalifye poko verifye tèks sa a.
# Tells the reader that a qualified medical reviewer has checked some parts of this text, but not all.
# (In English, the source, a "reviewer"; in a translation, a "translator", who checks it against the English.)
# $reviewed (Number) - how many parts have been checked, such as 4. Always at least 1 and less than $total.
# $total (Number) - how many parts the text has, such as 9. Always at least 2.
# Add plural variants on $reviewed or $total if your language needs them.
# Kreyòl: nouns do not change with the number, so no plural variants are needed.
review-status-partly = Verifye an pati: yon tradiktè medikal ki kalifye verifye { $reviewed } pati sou { $total } nan tèks sa a.
# Tells the reader that a qualified medical translator has checked this text.
review-status-reviewed = Yon tradiktè medikal ki kalifye verifye tèks sa a.
# Printed at the end of every explanation.
disclaimer = Tèks sa a esplike yon kòd pou bòdwo. Li pa ranplase konsèy pwòp { -care-team } ou. Poze yo kesyon sou swen ou.

## Handouts and the web page

# The patient's name on a printed handout, with its label.
# $value (String) - the patient's name, as the clinic typed it. Shown only when given.
handout-field-patient = Pasyan: { $value }
# The date on a printed handout, with its label.
# $value (String) - the date, as the clinic typed it. Shown only when given.
handout-field-date = Dat: { $value }
# The clinic's name on a printed handout, with its label.
# $value (String) - the clinic's name, as the clinic typed it. Shown only when given.
handout-field-clinic = Klinik: { $value }
# Shown in "When to call your care team" on a handout when the clinic gives its phone number.
# $phone (String) - the clinic's phone number, as the clinic typed it.
handout-call-us = Ou gen kesyon oswa pwoblèm? Rele nou nan { $phone }.
# A button that prints the page.
page-print = Enprime
# A link to the printable handout as a PDF file.
page-handout-pdf = Fèy pou enprime (PDF)
# Label of the list of languages the reader can switch to.
page-choose-language = Chwazi yon lang
