### Labels and notes around the explanation.

# Heading above the short summary of the code.
label-in-simple-words = En termes simples
# Heading above the list of similar codes and how they differ.
label-related = Codes similaires
# Shown before a code number, as in "Code 62324".
# $code (String) - the code number, such as 62324.
label-code = Code { $code }
# Shown next to the language name, as in "Language: English".
label-language = Langue
# Tells the reader that no qualified medical reviewer has checked this text yet.
review-status-draft = Brouillon : un traducteur médical qualifié n'a pas encore vérifié ce texte.
# Tells the reader that a qualified medical translator has checked this text.
review-status-reviewed = Un traducteur médical qualifié a vérifié ce texte.
# Printed at the end of every explanation.
disclaimer = Ce texte explique un code de facturation. Il ne remplace pas les conseils de votre { -care-team }. Posez-lui vos questions sur vos soins.

## Handouts and the web page

# Label before the patient's name on a printed handout.
# French: "Patient" and "Date" are spelled as in English but are the usual French labels.
handout-patient = Patient
# Label before the date on a printed handout.
handout-date = Date
# Label before the clinic's name on a printed handout.
handout-clinic = Clinique
# Shown in "When to get help" on a handout when the clinic gives its phone number.
# $phone (String) - the clinic's phone number, as the clinic typed it.
handout-call-us = Des questions ou un problème ? Appelez-nous au { $phone }.
# A button that prints the page.
page-print = Imprimer
# A link to the printable handout as a PDF file.
# French: "PDF" is the file format's name, used as is in French.
page-handout-pdf = Fiche à imprimer (PDF)
# Label of the list of languages the reader can switch to.
page-choose-language = Choisir une langue
