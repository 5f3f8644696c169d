### Labels and notes around the explanation.

# Heading above the short summary of the code.
label-in-simple-words = In simple words
# Heading above the list of similar codes and how they differ.
label-related = Similar codes
# Shown before a code number, as in "Code 62324".
# $code (String) - the code number, such as 62324.
label-code = Code { $code }
# The line that names the language of the page, as in "Language: English".
# $name (String) - the language's name in its own script, such as English, Español or 中文.
language-line = Language: { $name }
# The title of the whole document: the HTML page title, the PDF title, the Markdown heading, the heading in
# the terminal and the subtitle of the Infobutton answer.
# $code (String) - the code number, such as 62324.
# $title (String) - the code's title from codes.ftl, such as "Medicine through a thin tube left near the spine ...".
document-title = Code { $code }: { $title }
# Tells the reader that no qualified medical reviewer has checked this text yet.
# (In English, the source, a "reviewer"; in a translation, a "translator", who checks it against the English.)
review-status-draft = Draft: a qualified medical reviewer has not yet checked this text.
# Tells the reader that a qualified medical reviewer has checked some parts of this text, but not all.
# (In English, the source, a "reviewer"; in a translation, a "translator", who checks it against the English.)
# $reviewed (Number) - how many parts have been checked, such as 4. Always at least 1 and less than $total.
# $total (Number) - how many parts the text has, such as 9. Always at least 2.
# Add plural variants on $reviewed or $total if your language needs them.
review-status-partly = Partly checked: a qualified medical reviewer has checked { $reviewed } of the { $total } parts of this text.
# Tells the reader that qualified reviewers have checked every part of this text. Shown only when every part
# has been signed off and nothing changed since.
# (In English, the source, a "reviewer"; in a translation, a "translator", who checks it against the English.)
review-status-reviewed = A qualified medical reviewer has checked this text.
# Printed at the end of every explanation.
disclaimer = This explains a billing code. It does not take the place of advice from your own { -care-team }. Ask them about your care.

## Handouts and the web page

# The patient's name on a printed handout, with its label.
# $value (String) - the patient's name, as the clinic typed it. Shown only when given.
handout-field-patient = Patient: { $value }
# The date on a printed handout, with its label.
# $value (String) - the date, as the clinic typed it. Shown only when given.
handout-field-date = Date: { $value }
# The clinic's name on a printed handout, with its label.
# $value (String) - the clinic's name, as the clinic typed it. Shown only when given.
handout-field-clinic = Clinic: { $value }
# Shown in "When to call your care team" on a handout when the clinic gives its phone number.
# $phone (String) - the clinic's phone number, as the clinic typed it.
handout-call-us = Questions or problems? Call us at { $phone }.
# A button that prints the page.
page-print = Print
# A link to the printable handout as a PDF file.
page-handout-pdf = Printable handout (PDF)
# Label of the list of languages the reader can switch to.
page-choose-language = Choose a language
