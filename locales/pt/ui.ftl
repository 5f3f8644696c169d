### Labels and notes around the explanation.

# Heading above the short summary of the code.
label-in-simple-words = Em palavras simples
# Heading above the list of similar codes and how they differ.
label-related = Códigos parecidos
# Shown before a code number, as in "Code 62324".
# $code (String) - the code number, such as 62324.
label-code = Código { $code }
# The line that names the language of the page, as in "Language: English".
# $name (String) - the language's name in its own script, such as English, Español or 中文.
# Portuguese: "Idioma" is the usual word on forms and websites in Brazil and Portugal.
language-line = Idioma: { $name }
# The title of the whole document: the HTML page title, the PDF title, the Markdown heading, the heading in
# the terminal and the subtitle of the Infobutton answer.
# $code (String) - the code number, such as 62324.
# $title (String) - the code's title from codes.ftl, such as "Medicine through a thin tube left near the spine ...".
document-title = Código { $code }: { $title }
# Tells the reader that no qualified medical reviewer has checked this text yet.
# (In English, the source, a "reviewer"; in a translation, a "translator", who checks it against the English.)
review-status-draft = Rascunho: um tradutor médico qualificado ainda não revisou este texto.
# Tells the reader that a qualified medical reviewer has checked some parts of this text, but not all.
# (In English, the source, a "reviewer"; in a translation, a "translator", who checks it against the English.)
# $reviewed (Number) - how many parts have been checked, such as 4. Always at least 1 and less than $total.
# $total (Number) - how many parts the text has, such as 9. Always at least 2.
# Portuguese: no plural variants needed ("1 das 9 partes", "4 das 9 partes").
review-status-partly = Revisado em parte: um tradutor médico qualificado revisou { $reviewed } das { $total } partes deste texto.
# Tells the reader that a qualified medical translator has checked this text.
review-status-reviewed = Um tradutor médico qualificado revisou este texto.
# Printed at the end of every explanation.
disclaimer = Este texto explica um código de cobrança. Ele não substitui as orientações da sua { -care-team }. Converse com ela sobre o seu tratamento.

## Handouts and the web page

# The patient's name on a printed handout, with its label.
# $value (String) - the patient's name, as the clinic typed it. Shown only when given.
handout-field-patient = Paciente: { $value }
# The date on a printed handout, with its label.
# $value (String) - the date, as the clinic typed it. Shown only when given.
handout-field-date = Data: { $value }
# The clinic's name on a printed handout, with its label.
# $value (String) - the clinic's name, as the clinic typed it. Shown only when given.
handout-field-clinic = Clínica: { $value }
# Shown in "When to call your care team" on a handout when the clinic gives its phone number.
# $phone (String) - the clinic's phone number, as the clinic typed it.
handout-call-us = Dúvidas ou problemas? Ligue para nós: { $phone }.
# A button that prints the page.
page-print = Imprimir
# A link to the printable handout as a PDF file.
page-handout-pdf = Folheto para imprimir (PDF)
# Label of the list of languages the reader can switch to.
page-choose-language = Escolha um idioma
