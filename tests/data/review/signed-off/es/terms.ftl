### Shared words. Each is a Fluent term, so every message uses the same word for the same thing.
### Translators: pick the standard word a lay reader of your language knows.
### If your grammar needs other forms (cases, plural), add attributes or variants here and use them in the messages.
### Terms take no variables.
###
### Spanish translator note (second edition):
### - Register: the reader is "usted" everywhere (Spanish patient materials in the US use it). No "tú" forms.
###   Sentences about the patient are worded so that they need no masculine or feminine ending
###   ("le ayuda a prepararse", "cuesta despertarle": "le" for usted is the accepted courtesy form).
### - "El médico" is the generic word for the doctor (man or woman).
### - "shot" = "inyección"; "tube" = "tubo" (catéter named once); "billed" = "se cobra"; "bill" = "factura".
### - "imaging" = "imágenes"; the titles say "con/sin guía por imágenes" and every summary says what that means.
### - "live x-ray" = "rayos X en tiempo real" (panel S3: "en vivo" is a calque from broadcasting).
### - "CT scan" = "tomografía (TAC)" the first time on a page, then "tomografía" (panel S7; see -ct-scan).
### - "numbness" = "adormecimiento", the everyday word; always "nuevo" in the warning signs, so it is not taken
###   for the expected numbness from the numbing medicine (panel S18).
### - "pee or poop" = "la orina o las heces": plain, not childish.
### - Articles and adjectives in the messages agree with the gender and number of the words below
###   (tubo: masculine; rayos X: masculine plural; tomografía: feminine). If you change a word, check the
###   articles and verbs around it in every message.
### - -upper-spine and -lower-spine carry their own article ("el cuello...", "la parte baja..."),
###   so messages write "en { -lower-spine }", never "en la { -lower-spine }".

# The thin, soft tube that is put near the spine (medical word: catheter).
# Spanish: "tubo" (masculine). Messages add "delgado y flexible" where English says "thin, soft"
# ("flexible" is the usual Spanish word for a soft tube; "blando" sounded literal).
-tube = tubo
# The medical word for the tube. Used once, where it is explained.
-catheter = catéter
# The space just outside the sac that holds the spinal cord and nerves: between the bones of the spine and
# the tough outer layer of the sac (the dura). Medical word: epidural space. Used once, where it is explained.
# Spanish: masculine ("al espacio epidural").
-epidural-space = espacio epidural
# The space inside that sac, filled with spinal fluid, in plain words
# (medical word: subarachnoid or intrathecal space; see -fluid-space-medical).
# Spanish: lay "líquido espinal" rather than the medical "líquido cefalorraquídeo".
-fluid-space = espacio del líquido espinal
# The medical names of the spinal fluid space, as patients meet them on consent forms and discharge papers.
# Used once, next to the plain words. Spanish medical language uses both names.
-fluid-space-medical = espacio subaracnoideo o intratecal
# The doctors and nurses who look after the patient.
# Spanish: "equipo de atención médica", the usual US Spanish phrase (covers doctors and nurses).
-care-team = equipo de atención médica
# Live x-ray that shows moving pictures on a screen (medical word: fluoroscopy).
# Spanish: masculine plural ("los rayos X en tiempo real ... muestran").
# Panel S3 (and the lead) over the first edition's "rayos X en vivo": "en vivo" is said of broadcasts.
-live-x-ray = rayos X en tiempo real
# The medical word for live x-ray. Used once, where it is explained.
-fluoroscopy = fluoroscopia
# A CT scan: a test that uses x-rays to take detailed pictures. "CT" may stay as it is.
# Spanish: "tomografía" (feminine) is the lay word. $form "full" (default) adds the Spanish acronym
# "(TAC)", used the first time on a page (summary) and in the imaging section; "short" is used elsewhere,
# so the acronym does not repeat in every line.
# Panel S7 over the first edition's note, which kept "(CT)" "to match the bill": the bill shows code numbers,
# not "CT", and "CT" is foreign inside a Spanish sentence; Spanish speakers know "TAC".
-ct-scan =
    { $form ->
        [short] tomografía
       *[full] tomografía (TAC)
    }
# Strong pain medicine (medical word: opioid).
# Spanish: $number "one" (default) or "other" (plural, also used as an adjective: "medicamentos opioides").
-opioid =
    { $number ->
        [other] opioides
       *[one] opioide
    }
# A medicine that calms swelling (medical word: steroid).
-steroid = esteroide
# Medicine that numbs (medical word: local anesthetic).
# Spanish: "medicamento para adormecer la zona" (masculine). "Adormecer" is the usual lay verb for
# numbing, but on its own it also means "to make sleepy"; "la zona" keeps it from reading as a sedative.
-numbing-medicine = medicamento para adormecer la zona
# The part of the spine in the neck and upper back (cervical and thoracic spine).
# Spanish: includes the articles; used after "en": "en el cuello o la parte alta de la espalda".
-upper-spine = el cuello o la parte alta de la espalda
# The part of the spine in the lower back, down to the tailbone (lumbar and sacral spine). The tailbone area is
# named because these codes also cover a shot through a small natural opening just above the tailbone
# (medical word: caudal).
# Spanish: includes the articles; used after "en". "coxis" is the word patients know for the tailbone.
-lower-spine = la parte baja de la espalda o la zona del coxis
