### Labels and notes around the explanation.

# Heading above the short summary of the code.
label-in-simple-words = In simple words
# Heading above the list of similar codes and how they differ.
label-related = Similar codes
# Shown before a code number, as in "Code 62324".
# $code (String) - the code number, such as 62324.
label-code = Code { $code }
# Shown next to the language name, as in "Language: English".
label-language = Language
# Tells the reader that no qualified medical reviewer has checked this text yet.
# (In English, the source, a "reviewer"; in a translation, a "translator", who checks it against the English.)
review-status-draft = Draft: a qualified medical reviewer has not yet checked this text.
# Tells the reader that a qualified medical translator has checked this text.
review-status-reviewed = A qualified medical translator has checked this text.
# Printed at the end of every explanation.
disclaimer = This explains a billing code. It does not take the place of advice from your own { -care-team }. Ask them about your care.

## Handouts and the web page

# Label before the patient's name on a printed handout.
handout-patient = Patient
# Label before the date on a printed handout.
handout-date = Date
# Label before the clinic's name on a printed handout.
handout-clinic = Clinic
# Shown in "When to get help" on a handout when the clinic gives its phone number.
# $phone (String) - the clinic's phone number, as the clinic typed it.
handout-call-us = Questions or problems? Call us at { $phone }.
# A button that prints the page.
page-print = Print
# A link to the printable handout as a PDF file.
page-handout-pdf = Printable handout (PDF)
# Label of the list of languages the reader can switch to.
page-choose-language = Choose a language
