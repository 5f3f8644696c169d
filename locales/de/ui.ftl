### Labels and notes around the explanation.
###
### German punctuation in the joined lines (language-line, document-title, handout-field-*): colon directly
### after the label, then one space, as in German forms ("Datum: 3. März").

# Heading above the short summary of the code.
label-in-simple-words = Einfach erklärt
# Heading above the list of similar codes and how they differ.
label-related = Ähnliche Codes
# Shown before a code number, as in "Code 62324".
# $code (String) - the code number, such as 62324.
# German: "Code" (der Code) is the ordinary German word for a billing code, as in "CPT-Code".
label-code = Code { $code }
# The line that names the language of the page, as in "Sprache: Deutsch".
# $name (String) - the language's name in its own script, such as English, Español or 中文.
language-line = Sprache: { $name }
# The title of the whole document: the HTML page title, the PDF title, the Markdown heading, the heading in
# the terminal and the subtitle of the Infobutton answer.
# $code (String) - the code number, such as 62324.
# $title (String) - the code's title from codes.ftl, such as "Medikament durch einen dünnen Schlauch, ...".
document-title = Code { $code }: { $title }
# Tells the reader that no qualified medical reviewer has checked this text yet.
# (In English, the source, a "reviewer"; in a translation, a "translator", who checks it against the English.)
# German: "Fachkraft" is used so the sentence needs no gendered word for "translator".
review-status-draft = Entwurf: Eine qualifizierte Fachkraft für medizinische Übersetzung hat diesen Text noch nicht geprüft.
# Tells the reader that a qualified medical reviewer has checked some parts of this text, but not all.
# (In English, the source, a "reviewer"; in a translation, a "translator", who checks it against the English.)
# $reviewed (Number) - how many parts have been checked, such as 4. Always at least 1 and less than $total.
# $total (Number) - how many parts the text has, such as 9. Always at least 2.
# German: no plural variants needed: "{ $reviewed } von { $total } Teilen" reads right for 1 too, and
# $total is always at least 2.
review-status-partly = Teilweise geprüft: Eine qualifizierte Fachkraft für medizinische Übersetzung hat { $reviewed } von { $total } Teilen dieses Textes geprüft.
# Tells the reader that a qualified medical translator has checked this text.
review-status-reviewed = Eine qualifizierte Fachkraft für medizinische Übersetzung hat diesen Text geprüft.
# Printed at the end of every explanation.
# German: the last sentence names the care team again instead of "dort" (review 2026-11-29: unclear reference).
disclaimer = Dieser Text erklärt einen Abrechnungscode. Er ersetzt nicht den Rat Ihres eigenen { -care-team(case: "genitive") }. Fragen zu Ihrer Behandlung stellen Sie bitte Ihrem { -care-team(case: "dative") }.

## Handouts and the web page

# The patient's name on a printed handout, with its label.
# $value (String) - the patient's name, as the clinic typed it. Shown only when given.
# German: both forms, "Patientin/Patient", as German forms usually do.
handout-field-patient = Patientin/Patient: { $value }
# The date on a printed handout, with its label.
# $value (String) - the date, as the clinic typed it. Shown only when given.
handout-field-date = Datum: { $value }
# The clinic's name on a printed handout, with its label.
# $value (String) - the clinic's name, as the clinic typed it. Shown only when given.
# German: "Klinik" alone means a hospital; "Praxis" is a doctor's office. Both are named.
handout-field-clinic = Praxis/Klinik: { $value }
# Shown in "When to call your care team" on a handout when the clinic gives its phone number.
# $phone (String) - the clinic's phone number, as the clinic typed it.
handout-call-us = Fragen oder Probleme? Rufen Sie uns unter { $phone } an.
# A button that prints the page.
page-print = Drucken
# A link to the printable handout as a PDF file.
# German: "PDF" stays as it is, as in German usage.
page-handout-pdf = Merkblatt zum Ausdrucken (PDF)
# Label of the list of languages the reader can switch to.
page-choose-language = Sprache wählen
