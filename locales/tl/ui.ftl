### Labels and notes around the explanation.

# Heading above the short summary of the code.
label-in-simple-words = Sa simpleng salita
# Heading above the list of similar codes and how they differ.
label-related = Mga katulad na kodigo
# Shown before a code number, as in "Code 62324".
# $code (String) - the code number, such as 62324.
# Tagalog: "kodigo" is the Filipino word for code (as in a billing code).
label-code = Kodigo { $code }
# Shown next to the language name, as in "Language: English".
label-language = Wika
# Tells the reader that no qualified medical reviewer has checked this text yet.
# Tagalog: "borador" = draft.
review-status-draft = Borador: hindi pa nasusuri ng isang kuwalipikadong tagasaling medikal ang tekstong ito.
# Tells the reader that a qualified medical translator has checked this text.
review-status-reviewed = Nasuri na ng isang kuwalipikadong tagasaling medikal ang tekstong ito.
# Printed at the end of every explanation.
disclaimer = Ipinapaliwanag nito ang isang kodigo sa pagsingil. Hindi nito pinapalitan ang payo ng sarili ninyong { -care-team }. Magtanong sa kanila tungkol sa inyong pangangalaga.

## Handouts and the web page

# Label before the patient's name on a printed handout.
handout-patient = Pasyente
# Label before the date on a printed handout.
handout-date = Petsa
# Label before the clinic's name on a printed handout.
handout-clinic = Klinika
# Shown in "When to get help" on a handout when the clinic gives its phone number.
# $phone (String) - the clinic's phone number, as the clinic typed it.
handout-call-us = May tanong o problema? Tawagan kami sa { $phone }.
# A button that prints the page.
# Tagalog: "ilimbag" (to print) rather than the borrowed "i-print".
page-print = Ilimbag
# A link to the printable handout as a PDF file.
# Tagalog: "polyeto" = handout, leaflet. "PDF" is kept as the name of the file type.
page-handout-pdf = Polyetong maaaring ilimbag (PDF)
# Label of the list of languages the reader can switch to.
page-choose-language = Pumili ng wika
