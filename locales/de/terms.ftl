### Shared words. Each is a Fluent term, so every message uses the same word for the same thing.
### Translators: pick the standard word a lay reader of your language knows.
### If your grammar needs other forms (cases, plural), add attributes or variants here and use them in the messages.
### Terms take no variables.
###
### German translator notes (second edition):
### - Register: formal "Sie" throughout, as German patient information does. The patient's own questions use "ich".
### - "doctor" is "die Ärztin oder der Arzt" (women and men named, as usual in German patient information).
###   To keep it from starting every step, the steps also use the passive ("Die Haut wird ... betäubt").
### - "shot" is "Spritze", the everyday word; "billed" is "abgerechnet"; "imaging" is "Bildgebung"
###   (every summary says what it means).
### - "tube" is "Schlauch", not "Katheter": "Katheter" is given once as the medical word. Many lay readers
###   think of a bladder catheter first, and the single-shot texts need a plain word for "needle or tube".
### - "live x-ray" is "Röntgendurchleuchtung" where a page first names it (summaries, 77003 title, first
###   steps), and the shorter "Durchleuchtung" after that (review 2026-11-29: the long word was too heavy).
### - "Get emergency help" is "Rufen Sie (sofort) den Notruf": no number, as it differs by country.
### - "spinal fluid" is "Nervenwasser", the lay word; the medical names of its space are given once.
### - Terms with a $case selector take case: "nominative" (default), "accusative", "dative" or "genitive".
###   The case forms assume an article or "im" before the term, as the messages use them.
### - .gender is the grammatical gender. Messages use pronouns that match it ("er"/"ihn"/"seine" for
###   the masculine -tube, -epidural-space and -fluid-space). If a term is changed to a word of another
###   gender, check those pronouns and the articles in the messages.

# The thin, soft tube that is put near the spine (medical word: catheter).
# German: "Schlauch", the everyday word (der Schlauch, des Schlauchs).
# Decision: the translator's "Schlauch" kept over the reviewer's optional "Katheter" (2026-11-29): lay readers
# often take "Katheter" for a bladder catheter, and "Nadel oder Schlauch" must read plainly for single shots.
-tube = { $case ->
       *[nominative] Schlauch
        [accusative] Schlauch
        [dative] Schlauch
        [genitive] Schlauchs
    }
    .gender = masculine
# The medical word for the tube. Used once, where it is explained.
-catheter = Katheter
    .gender = masculine
# The space just outside the sac that holds the spinal cord and nerves: between the bones of the spine and
# the tough outer layer of the sac (the dura). Medical word: epidural space. Used once, where it is explained.
# German: "Epiduralraum" is the word used in German patient leaflets (also "Periduralraum").
-epidural-space = { $case ->
       *[nominative] Epiduralraum
        [accusative] Epiduralraum
        [dative] Epiduralraum
        [genitive] Epiduralraums
    }
    .gender = masculine
# The space inside that sac, filled with spinal fluid, in plain words
# (medical word: subarachnoid or intrathecal space; see -fluid-space-medical).
# German: spinal fluid is "Nervenwasser" in lay German, so the space is "Nervenwasserraum".
-fluid-space = { $case ->
       *[nominative] Nervenwasserraum
        [accusative] Nervenwasserraum
        [dative] Nervenwasserraum
        [genitive] Nervenwasserraums
    }
    .gender = masculine
# The medical names of the spinal fluid space, as patients meet them on consent forms and discharge papers.
# Used once, next to the plain words, as a predicate in the nominative ("... heißt dieser Raum ...").
# German: "Subarachnoidalraum" and "intrathekal" are the words on German forms ("intrathekale Gabe").
-fluid-space-medical = Subarachnoidalraum oder intrathekaler Raum
    .gender = masculine
# The doctors and nurses who look after the patient.
-care-team = { $case ->
       *[nominative] Behandlungsteam
        [accusative] Behandlungsteam
        [dative] Behandlungsteam
        [genitive] Behandlungsteams
    }
    .gender = neuter
# Live x-ray that shows moving pictures on a screen (medical word: fluoroscopy).
# German: "Röntgendurchleuchtung" is the full lay word; "Durchleuchtung" (form: "short") is the usual word in
# German clinics too. No case endings.
# Decision: the reviewer (2026-11-29) over the old note's one word: full word where a page first names it,
# the short form after that, because the 21-letter word 5-8 times a page was too heavy.
-live-x-ray = { $form ->
       *[full] Röntgendurchleuchtung
        [short] Durchleuchtung
    }
    .gender = feminine
# The medical word for live x-ray. Used once, where it is explained.
-fluoroscopy = Fluoroskopie
    .gender = feminine
# A CT scan: a test that uses x-rays to take detailed pictures. "CT" may stay as it is.
# German: "das CT", as lay readers say it ("im CT"). Some messages build the compound "CT-Bilder" from this term.
-ct-scan = CT
    .gender = neuter
# Strong pain medicine (medical word: opioid).
# German: some messages build the compound "Opioid-Schmerzmittel" from this term.
-opioid = Opioid
    .gender = neuter
# A medicine that calms swelling (medical word: steroid).
# German: "Kortison" is the word German lay readers know for the steroids given in these shots;
# the medical word "Steroid" is given once, in the list of medicines.
-steroid = Kortison
    .gender = neuter
# Medicine that numbs (medical word: local anesthetic).
# German: not "Betäubungsmittel", which in German also means a controlled narcotic (such as an opioid).
-numbing-medicine = { $case ->
       *[nominative] Mittel zur örtlichen Betäubung
        [accusative] Mittel zur örtlichen Betäubung
        [dative] Mittel zur örtlichen Betäubung
        [genitive] Mittels zur örtlichen Betäubung
    }
    .gender = neuter
# The part of the spine in the neck and upper back (cervical and thoracic spine).
# German: forms after a definite article ("der", "den", "im"): "im Nacken oder oberen Rücken".
-upper-spine = { $case ->
       *[nominative] Nacken oder obere Rücken
        [accusative] Nacken oder oberen Rücken
        [dative] Nacken oder oberen Rücken
        [genitive] Nackens oder oberen Rückens
    }
    .gender = masculine
# The part of the spine in the lower back, down to the tailbone (lumbar and sacral spine). The tailbone area is
# named because these codes also cover a shot through a small natural opening just above the tailbone
# (medical word: caudal).
# German: forms after a definite article ("der", "den", "im"): "im unteren Rücken oder Steißbeinbereich".
# "Steißbein" is the lay word for the tailbone.
-lower-spine = { $case ->
       *[nominative] untere Rücken oder Steißbeinbereich
        [accusative] unteren Rücken oder Steißbeinbereich
        [dative] unteren Rücken oder Steißbeinbereich
        [genitive] unteren Rückens oder Steißbeinbereichs
    }
    .gender = masculine
