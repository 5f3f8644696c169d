### Labels and notes around the explanation.

# Heading above the short summary of the code.
label-in-simple-words = En palabras sencillas
# Heading above the list of similar codes and how they differ.
label-related = Códigos parecidos
# Shown before a code number, as in "Code 62324".
# $code (String) - the code number, such as 62324.
label-code = Código { $code }
# Shown next to the language name, as in "Language: English".
label-language = Idioma
# Tells the reader that no qualified medical reviewer has checked this text yet.
review-status-draft = Borrador: un traductor médico calificado todavía no ha revisado este texto.
# Tells the reader that a qualified medical translator has checked this text.
review-status-reviewed = Un traductor médico calificado ha revisado este texto.
# Printed at the end of every explanation.
disclaimer = Esto explica un código de facturación. No reemplaza los consejos de su propio { -care-team }. Pregúnteles sobre su atención.

## Handouts and the web page

# Label before the patient's name on a printed handout.
handout-patient = Paciente
# Label before the date on a printed handout.
handout-date = Fecha
# Label before the clinic's name on a printed handout.
handout-clinic = Clínica
# Shown in "When to get help" on a handout when the clinic gives its phone number.
# $phone (String) - the clinic's phone number, as the clinic typed it.
handout-call-us = ¿Tiene preguntas o problemas? Llámenos al { $phone }.
# A button that prints the page.
page-print = Imprimir
# A link to the printable handout as a PDF file.
# Spanish: "PDF" kept as it is; it is the name of the file format and Spanish readers know it.
page-handout-pdf = Hoja informativa para imprimir (PDF)
# Label of the list of languages the reader can switch to.
page-choose-language = Elija un idioma
