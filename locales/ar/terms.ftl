### Shared words. Each is a Fluent term, so every message uses the same word for the same thing.
### Translators: pick the standard word a lay reader of your language knows.
### If your grammar needs other forms (cases, plural), add attributes or variants here and use them in the messages.
###
### Arabic: some terms take a `form` argument, because Arabic writes the article and the
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
# The space just outside the sac that holds the spinal cord (medical word: epidural space).
# Arabic: the standard medical name; the messages explain it in plain words right after.
-epidural-space = الحيّز فوق الجافية
# The space inside that sac, filled with spinal fluid (medical word: subarachnoid or intrathecal space).
# Arabic: literally "the spinal fluid space".
-fluid-space = حيّز السائل الشوكي
# The doctors and nurses who look after the patient.
# Arabic: literally "the medical team".
-care-team = { $form ->
        [poss] فريقك الطبي
       *[def] الفريق الطبي
    }
# Live x-ray that shows moving pictures on a screen (medical word: fluoroscopy).
# Arabic: literally "direct (live) x-rays"; grammatically feminine (تعرض، تُستخدم).
-live-x-ray = الأشعة السينية المباشرة
# The medical word for live x-ray. Used once, where it is explained.
-fluoroscopy = التنظير الفلوري
# A CT scan: a machine that uses x-rays to take detailed pictures. "CT" may stay as it is.
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
-upper-spine = الرقبة أو أعلى الظهر
# The part of the spine in the lower back, down to the tailbone (lumbar and sacral spine).
-lower-spine = أسفل الظهر
