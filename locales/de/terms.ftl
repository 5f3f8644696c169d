### Shared words. Each is a Fluent term, so every message uses the same word for the same thing.
### Translators: pick the standard word a lay reader of your language knows.
### If your grammar needs other forms (cases, plural), add attributes or variants here and use them in the messages.
###
### German notes for reviewers:
### - Terms with a $case selector take case: "nominative" (default), "accusative", "dative" or "genitive".
###   The case forms assume an article or "im" before the term, as the messages use them.
### - .gender is the grammatical gender. Messages use pronouns that match it ("er"/"ihn"/"seine" for
###   the masculine -tube, -epidural-space and -fluid-space). If a term is changed to a word of another
###   gender, check those pronouns and the articles in the messages.

# The thin, soft tube that is put near the spine (medical word: catheter).
# German: "Schlauch", the everyday word (der Schlauch, des Schlauchs).
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
# The space just outside the sac that holds the spinal cord (medical word: epidural space).
# German: "Epiduralraum" is the word used in German patient leaflets (also "Periduralraum").
-epidural-space = { $case ->
       *[nominative] Epiduralraum
        [accusative] Epiduralraum
        [dative] Epiduralraum
        [genitive] Epiduralraums
    }
    .gender = masculine
# The space inside that sac, filled with spinal fluid (medical word: subarachnoid or intrathecal space).
# German: spinal fluid is "Nervenwasser" in lay German, so the space is "Nervenwasserraum".
-fluid-space = { $case ->
       *[nominative] Nervenwasserraum
        [accusative] Nervenwasserraum
        [dative] Nervenwasserraum
        [genitive] Nervenwasserraums
    }
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
# German: "Röntgendurchleuchtung" is the usual German word for live x-ray; it has no case endings.
-live-x-ray = Röntgendurchleuchtung
    .gender = feminine
# The medical word for live x-ray. Used once, where it is explained.
-fluoroscopy = Fluoroskopie
    .gender = feminine
# A CT scan: a machine that uses x-rays to take detailed pictures. "CT" may stay as it is.
# German: "das CT", as lay readers say it. Some messages build the compound "CT-Bilder" from this term.
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
# German: forms after a definite article ("der", "den", "im").
-upper-spine = { $case ->
       *[nominative] Nacken oder obere Rücken
        [accusative] Nacken oder oberen Rücken
        [dative] Nacken oder oberen Rücken
        [genitive] Nackens oder oberen Rückens
    }
    .gender = masculine
# The part of the spine in the lower back, down to the tailbone (lumbar and sacral spine).
# German: forms after a definite article ("der", "den", "im").
-lower-spine = { $case ->
       *[nominative] untere Rücken
        [accusative] unteren Rücken
        [dative] unteren Rücken
        [genitive] unteren Rückens
    }
    .gender = masculine
