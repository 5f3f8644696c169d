### Labels and notes around the explanation.
###
### Arabic: a label and its value are joined with a colon and a space ("اللغة: العربية"): the colon is the same
### character as in English and is correct in Arabic. Values (names, dates, phone numbers) are isolated by
### Fluent, so they keep their own direction inside right-to-left text.

# Heading above the short summary of the code.
label-in-simple-words = بكلمات بسيطة
# Heading above the list of similar codes and how they differ.
label-related = رموز مشابهة
# Shown before a code number, as in "Code 62324".
# $code (String) - the code number, such as 62324.
# Arabic: "code" is رمز throughout.
label-code = الرمز { $code }
# The line that names the language of the page, as in "Language: English".
# $name (String) - the language's name in its own script, such as English, Español, 中文 or العربية.
language-line = اللغة: { $name }
# The title of the whole document: the HTML page title, the PDF title, the Markdown heading, the heading in
# the terminal and the subtitle of the Infobutton answer.
# $code (String) - the code number, such as 62324.
# $title (String) - the code's title from codes.ftl, such as "دواء عبر أنبوب رفيع يُترك قرب العمود الفقري ...".
document-title = الرمز { $code }: { $title }
# Tells the reader that no qualified medical translator has checked this text yet.
# (In English, the source, a "reviewer"; in a translation, a "translator", who checks it against the English.)
review-status-draft = مسودة: لم يراجع هذا النص مترجم طبي مؤهَّل حتى الآن.
# Tells the reader that a qualified medical translator has checked some parts of this text, but not all.
# $reviewed (Number) - how many parts have been checked, such as 4. Always at least 1 and less than $total.
# $total (Number) - how many parts the text has, such as 9. Always at least 2.
# Arabic: worded so that no noun is counted ("their number is 4 out of 9"). A counted noun would need a
# different form for 2, for 3 to 10 and for 11 and up; this wording is correct for every number.
review-status-partly = مراجعة جزئية: راجع مترجم طبي مؤهَّل بعض أجزاء هذا النص، وعددها { $reviewed } من أصل { $total }.
# Tells the reader that a qualified medical translator has checked this text.
review-status-reviewed = راجع هذا النص مترجم طبي مؤهَّل.
# Printed at the end of every explanation.
# Arabic: where the reader must be addressed directly (imperatives), the texts use the
# masculine singular, the usual generic form in Arabic health texts. Elsewhere they are worded
# so that they fit any reader (the doctor as subject, or the passive).
# Review 2026-11-29, finding 10: "Ask them about your care" is اسألهم عن كل ما يخصّ علاجك, not a calque.
disclaimer = يشرح هذا النص رمزًا يُستخدم في الفواتير الطبية. وهو لا يغني عن نصيحة { -care-team(form: "poss") }. اسألهم عن كل ما يخصّ علاجك.

## Handouts and the web page

# The patient's name on a printed handout, with its label.
# $value (String) - the patient's name, as the clinic typed it. Shown only when given.
# Arabic: اسم المريض ("patient's name"), the usual label on Arabic forms.
handout-field-patient = اسم المريض: { $value }
# The date on a printed handout, with its label.
# $value (String) - the date, as the clinic typed it. Shown only when given.
handout-field-date = التاريخ: { $value }
# The clinic's name on a printed handout, with its label.
# $value (String) - the clinic's name, as the clinic typed it. Shown only when given.
handout-field-clinic = العيادة: { $value }
# Shown in "When to call your care team" on a handout when the clinic gives its phone number.
# $phone (String) - the clinic's phone number, as the clinic typed it.
handout-call-us = هل لديك أسئلة أو مشكلات؟ اتصل بنا على الرقم { $phone }.
# A button that prints the page.
page-print = طباعة
# A link to the printable handout as a PDF file.
# Arabic: "PDF" stays in Latin letters, as Arabic software and websites write it; the spelled-out
# بي دي إف is harder to recognise in writing.
page-handout-pdf = نشرة للطباعة (ملف PDF)
# Label of the list of languages the reader can switch to.
# Arabic: a noun ("choosing the language"), which fits any reader, rather than an imperative.
page-choose-language = اختيار اللغة
