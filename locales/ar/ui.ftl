### Labels and notes around the explanation.

# Heading above the short summary of the code.
label-in-simple-words = بكلمات بسيطة
# Heading above the list of similar codes and how they differ.
label-related = رموز مشابهة
# Shown before a code number, as in "Code 62324".
# $code (String) - the code number, such as 62324.
# Arabic: "code" is رمز throughout.
label-code = الرمز { $code }
# Shown next to the language name, as in "Language: English".
label-language = اللغة
# Tells the reader that no qualified medical reviewer has checked this text yet.
review-status-draft = مسودة: لم يراجع هذا النص مترجم طبي مؤهَّل حتى الآن.
# Tells the reader that a qualified medical translator has checked this text.
review-status-reviewed = راجع هذا النص مترجم طبي مؤهَّل.
# Printed at the end of every explanation.
# Arabic: where the reader must be addressed directly (imperatives), the texts use the
# masculine singular, the usual generic form in Arabic health texts. Elsewhere they are worded
# so that they fit any reader (the doctor as subject, or the passive).
disclaimer = يشرح هذا النص رمزًا يُستخدم في الفواتير الطبية. وهو لا يغني عن نصيحة { -care-team(form: "poss") }. اسألهم عن رعايتك.

## Handouts and the web page

# Label before the patient's name on a printed handout.
handout-patient = المريض
# Label before the date on a printed handout.
handout-date = التاريخ
# Label before the clinic's name on a printed handout.
handout-clinic = العيادة
# Shown in "When to get help" on a handout when the clinic gives its phone number.
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
