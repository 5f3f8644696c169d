### Labels and notes around the explanation.
### Spanish punctuation in the labels: a colon right after the word, then one space ("Fecha: 3/12").

# Heading above the short summary of the code.
label-in-simple-words = En palabras sencillas
# Heading above the list of similar codes and how they differ.
label-related = Códigos parecidos
# Shown before a code number, as in "Code 62324".
# $code (String) - the code number, such as 62324.
label-code = Código { $code }
# The line that names the language of the page, as in "Language: English".
# $name (String) - the language's name in its own script, such as English, Español or 中文.
# Spanish: "Español" keeps its capital here: it is the autonym as the language menu shows it (panel S19).
language-line = Idioma: { $name }
# The title of the whole document: the HTML page title, the PDF title, the Markdown heading, the heading in
# the terminal and the subtitle of the Infobutton answer.
# $code (String) - the code number, such as 62324.
# $title (String) - the code's title from codes.ftl, such as "Medicamento a través de un tubo delgado ...".
document-title = Código { $code }: { $title }
# Tells the reader that no qualified medical reviewer has checked this text yet.
# (In English, the source, a "reviewer"; in a translation, a "translator", who checks it against the English.)
review-status-draft = Borrador: un traductor médico calificado todavía no ha revisado este texto.
# Tells the reader that a qualified medical translator has checked some parts of this text, but not all.
# $reviewed (Number) - how many parts have been checked, such as 4. Always at least 1 and less than $total.
# $total (Number) - how many parts the text has, such as 9. Always at least 2.
# Spanish: no plural variants needed: "{ $reviewed } de las { $total } partes" reads well for 1 too,
# and $total is always 2 or more.
review-status-partly = Revisado en parte: un traductor médico calificado ha revisado { $reviewed } de las { $total } partes de este texto.
# Tells the reader that a qualified medical translator has checked this text.
review-status-reviewed = Un traductor médico calificado ha revisado este texto.
# Printed at the end of every explanation.
# Spanish: "indicaciones" for "advice" (panel S16; "consejos" sounded like tips).
disclaimer = Esto explica un código de facturación. No reemplaza las indicaciones de su propio { -care-team }. Pregúnteles sobre su atención.

## Handouts and the web page

# The patient's name on a printed handout, with its label.
# $value (String) - the patient's name, as the clinic typed it. Shown only when given.
handout-field-patient = Paciente: { $value }
# The date on a printed handout, with its label.
# $value (String) - the date, as the clinic typed it. Shown only when given.
handout-field-date = Fecha: { $value }
# The clinic's name on a printed handout, with its label.
# $value (String) - the clinic's name, as the clinic typed it. Shown only when given.
handout-field-clinic = Clínica: { $value }
# Shown in "When to call your care team" on a handout when the clinic gives its phone number.
# $phone (String) - the clinic's phone number, as the clinic typed it.
handout-call-us = ¿Tiene preguntas o problemas? Llámenos al { $phone }.
# A button that prints the page.
page-print = Imprimir
# A link to the printable handout as a PDF file.
# Spanish: "PDF" kept as it is; it is the name of the file format and Spanish readers know it.
page-handout-pdf = Hoja informativa para imprimir (PDF)
# Label of the list of languages the reader can switch to.
page-choose-language = Elija un idioma
