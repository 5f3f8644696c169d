### Labels and notes around the explanation.
### French: U+00A0 (no-break space) before ":", U+202F (narrow no-break space) before "?".

# Heading above the short summary of the code.
label-in-simple-words = En termes simples
# Heading above the list of similar codes and how they differ.
label-related = Codes similaires
# Shown before a code number, as in "Code 62324".
# $code (String) - the code number, such as 62324.
label-code = Code { $code }
# The line that names the language of the page, as in "Language: English".
# $name (String) - the language's name in its own script, such as English, Español or Deutsch. On French pages,
# "Français" (from locales/locales.toml, where it is also the name in the language list, so it keeps its capital).
# French: U+00A0 before the colon.
# DECISION (panel half-applied): the panel wants "Langue : français" (lower case). The no-break space is applied;
# the lower case is not: $name comes from the program ("Français", locales.toml) and Fluent cannot lower-case it.
language-line = Langue : { $name }
# The title of the whole document: the HTML page title, the PDF title, the Markdown heading, the heading in
# the terminal and the subtitle of the Infobutton answer.
# $code (String) - the code number, such as 62324.
# $title (String) - the code's title from codes.ftl, such as "Médicament donné par un tube fin laissé près de ...".
# French: U+00A0 before the colon.
document-title = Code { $code } : { $title }
# Tells the reader that no qualified medical reviewer has checked this text yet.
# (In English, the source, a "reviewer"; in a translation, a "translator", who checks it against the English.)
# French: "Version provisoire" rather than "Brouillon", which a patient may read as a rough scribble (panel).
review-status-draft = Version provisoire : un traducteur médical qualifié n’a pas encore vérifié ce texte.
# Tells the reader that a qualified medical reviewer has checked some parts of this text, but not all.
# (In English, the source, a "reviewer"; in a translation, a "translator", who checks it against the English.)
# $reviewed (Number) - how many parts have been checked, such as 4. Always at least 1 and less than $total.
# $total (Number) - how many parts the text has, such as 9. Always at least 2.
# French: no plural variants needed: "a vérifié 1 des 9 parties" and "a vérifié 4 des 9 parties" are both right
# ($total is always at least 2, so "parties" is always plural).
review-status-partly = Vérification partielle : un traducteur médical qualifié a vérifié { $reviewed } des { $total } parties de ce texte.
# Tells the reader that a qualified medical translator has checked this text.
review-status-reviewed = Un traducteur médical qualifié a vérifié ce texte.
# Printed at the end of every explanation.
disclaimer = Ce texte explique un code de facturation. Il ne remplace pas les conseils de votre { -care-team }. Posez-lui vos questions sur vos soins.

## Handouts and the web page

# The patient's name on a printed handout, with its label.
# $value (String) - the patient's name, as the clinic typed it. Shown only when given.
# French: "Patient" is the usual French label on forms. U+00A0 before the colon.
handout-field-patient = Patient : { $value }
# The date on a printed handout, with its label.
# $value (String) - the date, as the clinic typed it. Shown only when given.
handout-field-date = Date : { $value }
# The clinic's name on a printed handout, with its label.
# $value (String) - the clinic's name, as the clinic typed it. Shown only when given.
handout-field-clinic = Clinique : { $value }
# Shown in "When to call your care team" on a handout when the clinic gives its phone number.
# $phone (String) - the clinic's phone number, as the clinic typed it.
handout-call-us = Des questions ou un problème ? Appelez-nous au { $phone }.
# A button that prints the page.
page-print = Imprimer
# A link to the printable handout as a PDF file.
# French: "PDF" is the file format's name, used as is in French.
page-handout-pdf = Fiche à imprimer (PDF)
# Label of the list of languages the reader can switch to.
page-choose-language = Choisir une langue
