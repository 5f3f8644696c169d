### Shared words. Each is a Fluent term, so every message uses the same word for the same thing.
### Translators: pick the standard word a lay reader of your language knows.
### If your grammar needs other forms (cases, plural), add attributes or variants here and use them in the messages.
### Terms take no variables (the `form` below is a term argument, not a variable).
###
### Arabic translator note (second edition)
### Register: Modern Standard Arabic for lay readers: short sentences, everyday words, no dialect.
###   Where the reader must be addressed directly (imperatives, "your"), the texts use the masculine singular,
###   the usual generic form in Arabic health texts. Elsewhere they are worded to fit any reader (the doctor as
###   subject, or the passive).
### Numbers and codes: Western digits (62324, 77003), as they appear on US bills.
### Punctuation: Arabic comma ، and question mark ؟ (semicolon ؛ where one is needed); the colon and the full
###   stop are the same characters as in English, and are correct in Arabic. Quotation marks: « ».
### Key term choices:
###   "imaging" (in titles and summaries) is التصوير بالأشعة ("imaging with rays"): a bare التصوير first reads
###     as "photography" (review 2026-11-29, finding 2). أشعة covers both x-ray and CT for lay readers.
###   "live x-ray" is التصوير المباشر بالأشعة السينية, مباشر as in بث مباشر ("live broadcast"); the first edition's
###     الأشعة السينية المباشرة read as "direct x-rays" (finding 1). It is masculine: يعرض، يُستخدم، يساعد.
###   "tube" is أنبوب (everyday word); its medical name قسطرة is given once.
###   "spinal cord" is النخاع الشوكي, the name most lay readers know (الحبل الشوكي is also correct).
###   "spinal nerves" is الأعصاب الشوكية; "spinal fluid" is السائل الشوكي; "tailbone" is العصعص.
###   "bolus" is جرعة دفعية (see sections.ftl, how-given-catheter).
###
### Arabic grammar: some terms take a `form` argument, because Arabic writes the article and the
### case ending on the word itself:
###   form: "def"         definite, with the article (الأنبوب)
###   form: "acc"         indefinite accusative, as a direct object (أنبوبًا)
###   form: "poss"        with "your" (فريقك الطبي)
###   form: "def-plural"  definite plural (المسكّنات الأفيونية)
### Messages may join a one-letter particle to a term, such as ب or و ("بالأشعة", "والأنبوب").
### Never join the particle ل to a definite form: Arabic spells ل + ال as "لل", so reword instead.

# The thin, soft tube that is put near the spine (medical word: catheter).
# Arabic: أنبوب, the plain everyday word for tube.
-tube = { $form ->
        [def] الأنبوب
        [acc] أنبوبًا
       *[indef] أنبوب
    }
# The medical word for the tube. Used once, where it is explained.
# Arabic: قسطرة is the word patients hear in clinics across the Arab world.
# (The dictionary term is قثطار; a reviewer may prefer it.)
-catheter = قسطرة
# The space just outside the sac that holds the spinal cord and nerves: between the bones of the spine and
# the tough outer layer of the sac (the dura). Medical word: epidural space. Used once, where it is explained.
# Arabic: the standard medical name ("the space above the dura"); the messages explain الجافية right after.
-epidural-space = الحيّز فوق الجافية
# The space inside that sac, filled with spinal fluid, in plain words
# (medical word: subarachnoid or intrathecal space; see -fluid-space-medical).
# Arabic: literally "the spinal fluid space".
-fluid-space = حيّز السائل الشوكي
# The medical names of the spinal fluid space, as patients meet them on consent forms and discharge papers.
# Used once, next to the plain words.
# Arabic: both names of the Unified Medical Dictionary: تحت العنكبوتية (subarachnoid) and داخل القِراب
# (intrathecal; القِراب is the sac). The kasra on القِراب is kept so that it is not read as القُرب ("nearness").
-fluid-space-medical = الحيّز تحت العنكبوتية أو الحيّز داخل القِراب
# The doctors and nurses who look after the patient.
# Arabic: literally "the medical team".
-care-team = { $form ->
        [poss] فريقك الطبي
       *[def] الفريق الطبي
    }
# Live x-ray that shows moving pictures on a screen (medical word: fluoroscopy).
# Arabic: "live imaging with x-rays". Masculine (يعرض، يُستخدم، يساعد).
# Review 2026-11-29, finding 1: applied. The first-edition note here chose الأشعة السينية المباشرة
# ("direct x-rays", feminine); the reviewer's wording is kept because مباشر reads as "live" only with تصوير.
-live-x-ray = التصوير المباشر بالأشعة السينية
# The medical word for live x-ray. Used once, where it is explained.
-fluoroscopy = التنظير الفلوري
# A CT scan: a test that uses x-rays to take detailed pictures. "CT" may stay as it is.
# Arabic: الأشعة المقطعية is the everyday name for a CT scan, so the Latin letters are not needed.
-ct-scan = الأشعة المقطعية
# Strong pain medicine (medical word: opioid).
# Arabic: literally "opioid painkiller".
-opioid = { $form ->
        [def-plural] المسكّنات الأفيونية
       *[indef] مسكّن أفيوني
    }
# A medicine that calms swelling (medical word: steroid).
-steroid = ستيرويد
# Medicine that numbs (medical word: local anesthetic).
# Arabic: literally "a numbing medicine".
-numbing-medicine = دواء مخدِّر
# The part of the spine in the neck and upper back (cervical and thoracic spine).
# Used after في ("in"): "في الرقبة أو أعلى الظهر".
-upper-spine = الرقبة أو أعلى الظهر
# The part of the spine in the lower back, down to the tailbone (lumbar and sacral spine). The tailbone area is
# named because these codes also cover a shot through a small natural opening just above the tailbone
# (medical word: caudal). Used after في ("in"): "في أسفل الظهر أو منطقة العصعص".
# Arabic: العصعص is the everyday word for the tailbone.
-lower-spine = أسفل الظهر أو منطقة العصعص
