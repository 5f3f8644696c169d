### Labels and notes around the explanation.
###
### Tagalog punctuation follows English: a colon right after the label, then one space ("Wika: Tagalog").

# Heading above the short summary of the code.
label-in-simple-words = Sa simpleng salita
# Heading above the list of similar codes and how they differ.
# Tagalog: "code", as Philippine hospitals and PhilHealth say it; "kodigo" means a crib sheet (T2).
label-related = Mga katulad na code
# Shown before a code number, as in "Code 62324".
# $code (String) - the code number, such as 62324.
# Tagalog: panel T2 over the first-edition note ("kodigo" is the Filipino word for code): "kodigo" reads as a crib sheet.
label-code = Code { $code }
# The line that names the language of the page, as in "Wika: Tagalog".
# $name (String) - the language's name in its own script, such as English or Tagalog.
language-line = Wika: { $name }
# The title of the whole document: the HTML page title, the PDF title, the Markdown heading, the heading in
# the terminal and the subtitle of the Infobutton answer.
# $code (String) - the code number, such as 62324.
# $title (String) - the code's title from codes.ftl, such as "Gamot na dumadaan sa manipis na tubong iniiwan ...".
document-title = Code { $code }: { $title }
# Tells the reader that no qualified medical reviewer has checked this text yet.
# (In English, the source, a "reviewer"; in a translation, a "translator", who checks it against the English.)
# Tagalog: "Draft", the word Filipino readers know (T8: "borador" is rarely used).
review-status-draft = Draft: hindi pa nasusuri ng isang kuwalipikadong tagasaling medikal ang tekstong ito.
# Tells the reader that a qualified medical reviewer has checked some parts of this text, but not all.
# (In English, the source, a "reviewer"; in a translation, a "translator", who checks it against the English.)
# $reviewed (Number) - how many parts have been checked, such as 4. Always at least 1 and less than $total.
# $total (Number) - how many parts the text has, such as 9. Always at least 2.
# Tagalog nouns do not change for plural after a number, so no plural variants are needed.
review-status-partly = Bahagyang nasuri: nasuri na ng isang kuwalipikadong tagasaling medikal ang { $reviewed } sa { $total } bahagi ng tekstong ito.
# Tells the reader that a qualified medical translator has checked this text.
review-status-reviewed = Nasuri na ng isang kuwalipikadong tagasaling medikal ang tekstong ito.
# Printed at the end of every explanation.
# Tagalog: "billing code", as Philippine hospitals say it (T2).
disclaimer = Ipinapaliwanag nito ang isang billing code. Hindi nito pinapalitan ang payo ng sarili ninyong { -care-team }. Magtanong sa kanila tungkol sa inyong pangangalaga.

## Handouts and the web page

# The patient's name on a printed handout, with its label.
# $value (String) - the patient's name, as the clinic typed it. Shown only when given.
handout-field-patient = Pasyente: { $value }
# The date on a printed handout, with its label.
# $value (String) - the date, as the clinic typed it. Shown only when given.
handout-field-date = Petsa: { $value }
# The clinic's name on a printed handout, with its label.
# $value (String) - the clinic's name, as the clinic typed it. Shown only when given.
handout-field-clinic = Klinika: { $value }
# Shown in "When to call your care team" on a handout when the clinic gives its phone number.
# $phone (String) - the clinic's phone number, as the clinic typed it.
handout-call-us = May tanong o problema? Tawagan kami sa { $phone }.
# A button that prints the page.
# Tagalog: "I-print", as Filipino websites and apps say it (the first edition's "Ilimbag" was purist).
page-print = I-print
# A link to the printable handout as a PDF file.
# Tagalog: "handout", the word clinics use ("polyeto" was purist). "PDF" is the name of the file type.
page-handout-pdf = Handout na puwedeng i-print (PDF)
# Label of the list of languages the reader can switch to.
page-choose-language = Pumili ng wika
