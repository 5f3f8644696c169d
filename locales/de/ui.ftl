### Labels and notes around the explanation.

# Heading above the short summary of the code.
label-in-simple-words = Einfach erklärt
# Heading above the list of similar codes and how they differ.
label-related = Ähnliche Codes
# Shown before a code number, as in "Code 62324".
# $code (String) - the code number, such as 62324.
# German: "Code" (der Code) is the ordinary German word for a billing code, as in "CPT-Code".
label-code = Code { $code }
# Shown next to the language name, as in "Language: English".
label-language = Sprache
# Tells the reader that no qualified medical reviewer has checked this text yet.
# German: "Fachkraft" is used so the sentence needs no gendered word for "translator".
review-status-draft = Entwurf: Eine qualifizierte Fachkraft für medizinische Übersetzung hat diesen Text noch nicht geprüft.
# Tells the reader that a qualified medical translator has checked this text.
review-status-reviewed = Eine qualifizierte Fachkraft für medizinische Übersetzung hat diesen Text geprüft.
# Printed at the end of every explanation.
disclaimer = Dieser Text erklärt einen Abrechnungscode. Er ersetzt nicht den Rat Ihres eigenen { -care-team(case: "genitive") }. Stellen Sie dort Ihre Fragen zu Ihrer Behandlung.

## Handouts and the web page

# Label before the patient's name on a printed handout.
# German: both forms, "Patientin/Patient", as German forms usually do.
handout-patient = Patientin/Patient
# Label before the date on a printed handout.
handout-date = Datum
# Label before the clinic's name on a printed handout.
# German: "Klinik" alone means a hospital; "Praxis" is a doctor's office. Both are named.
handout-clinic = Praxis/Klinik
# Shown in "When to get help" on a handout when the clinic gives its phone number.
# $phone (String) - the clinic's phone number, as the clinic typed it.
handout-call-us = Fragen oder Probleme? Rufen Sie uns unter { $phone } an.
# A button that prints the page.
page-print = Drucken
# A link to the printable handout as a PDF file.
# German: "PDF" stays as it is, as in German usage.
page-handout-pdf = Merkblatt zum Ausdrucken (PDF)
# Label of the list of languages the reader can switch to.
page-choose-language = Sprache wählen
