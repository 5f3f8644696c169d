### Shared words. Each is a Fluent term, so every message uses the same word for the same thing.
### Translators: pick the standard word a lay reader of your language knows.
### If your grammar needs other forms (cases, plural), add attributes or variants here and use them in the messages.
### Terms take no variables (the `form` below is a term argument, not a variable).
###
### Persian (Farsi) translator note (first edition, draft)
### Register: standard written Persian for lay readers, formal «شما», short sentences, everyday words, no Tehrani
###   colloquial forms, so that Dari readers can follow it too. Medical words are given once, in parentheses
###   or with a short explanation, next to the plain words.
### Script: Persian ی and ک (never the Arabic forms U+064A and U+0643); zero-width non-joiner (U+200C) in می‌, ‌ها, بی‌حس, the written
###   ezafe ‌ی after a final ه (لوله‌ی), etc. Punctuation: ، ؛ ؟ « ». The colon and full stop are the same
###   characters as in English and are correct in Persian.
### Numbers and codes: Western digits (62324, 77003), as they appear on US bills.
### Key term choices:
###   "tube" is لوله (everyday word in Iran and Afghanistan); its medical name کاتتر is given once.
###   "spine" is ستون فقرات; "spinal cord" is نخاع; "spinal nerves" is اعصاب نخاعی; "spinal fluid" is مایع نخاع.
###   "shot" is تزریق (understood in Iran and Afghanistan; آمپول is Iranian colloquial, پیچکاری Dari only).
###   "imaging" is تصویربرداری. "live x-ray" is تصویربرداری زنده با اشعه‌ی ایکس: زنده as in پخش زنده
###     ("live broadcast"); the medical name فلوروسکوپی is given once. "x-ray" alone is اشعه‌ی ایکس
###     (Dari readers also say اکسری; اشعه‌ی ایکس is the written standard).
###   "CT scan" is سی‌تی‌اسکن, the name patients use in both countries.
###   "upper back" is بالای پشت, "lower back" is پایین کمر: in Persian کمر is the lower back, so "upper back"
###     cannot be کمر. "tailbone" is دنبالچه.
###   "care team" is تیم درمان. "opioid" is اپیوئید, always next to «مسکن قوی» (strong pain medicine).
###   "steroid" is استروئید (also known as کورتون in Iran), always explained as a medicine that calms swelling.
###   "bolus" is بولوس, explained as one dose given at one time (see sections.ftl, how-given-catheter).
###
### Persian grammar: -tube takes a `form` argument, because the ezafe and the indefinite ending are written on
### a word that ends in ه:
###   form: "ez"     with ezafe, before an adjective or a noun (لوله‌ی نازک)
###   form: "indef"  indefinite (لوله‌ای)
### The other terms end in a consonant or long vowel where a following ezafe is not written; messages are
### worded so that no ezafe has to be written after -lower-spine (it ends in دنبالچه).

# The thin, soft tube that is put near the spine (medical word: catheter).
-tube = { $form ->
       *[base] لوله
        [ez] لوله‌ی
        [indef] لوله‌ای
    }
# The medical word for the tube. Used once, where it is explained.
-catheter = کاتتر
# The space just outside the sac that holds the spinal cord and nerves: between the bones of the spine and
# the tough outer layer of the sac (the dura). Medical word: epidural space. Used once, where it is explained.
-epidural-space = فضای اپیدورال
# The space inside that sac, filled with spinal fluid, in plain words
# (medical word: subarachnoid or intrathecal space; see -fluid-space-medical).
-fluid-space = فضای مایع نخاع
# The medical names of the spinal fluid space, as patients meet them on consent forms and discharge papers.
# Used after the word فضای ("space of"): فضای زیرعنکبوتیه. Both names are used in Persian medical papers: زیرعنکبوتیه (also written ساب‌آراکنوئید) and اینتراتکال.
-fluid-space-medical = زیرعنکبوتیه (ساب‌آراکنوئید) یا اینتراتکال
# The doctors and nurses who look after the patient.
-care-team = تیم درمان
# Live x-ray that shows moving pictures on a screen (medical word: fluoroscopy).
-live-x-ray = تصویربرداری زنده با اشعه‌ی ایکس
# The medical word for live x-ray. Used once, where it is explained.
-fluoroscopy = فلوروسکوپی
# A CT scan: a test that uses x-rays to take detailed pictures. "CT" stays as the name patients know.
-ct-scan = سی‌تی‌اسکن
# Strong pain medicine (medical word: opioid).
-opioid = اپیوئید
# A medicine that calms swelling (medical word: steroid).
-steroid = استروئید
# Medicine that numbs (medical word: local anesthetic).
-numbing-medicine = داروی بی‌حس‌کننده
# The part of the spine in the neck and upper back (cervical and thoracic spine).
# Used after "در" (in): "در گردن یا بالای پشت".
-upper-spine = گردن یا بالای پشت
# The part of the spine in the lower back, down to the tailbone (lumbar and sacral spine). The tailbone area is
# named because these codes also cover a shot through a small natural opening just above the tailbone
# (medical word: caudal). Used after "در" (in): "در پایین کمر یا ناحیه‌ی دنبالچه". No ezafe after it.
-lower-spine = پایین کمر یا ناحیه‌ی دنبالچه
