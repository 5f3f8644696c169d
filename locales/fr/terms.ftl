### Shared words. Each is a Fluent term, so every message uses the same word for the same thing.
### Translators: pick the standard word a lay reader of your language knows.
### If your grammar needs other forms (cases, plural), add attributes or variants here and use them in the messages.
###
### French: messages write the articles themselves, so they agree with these words:
###   tube, cathéter, scanner, opioïde, corticoïde, produit anesthésiant: masculine ("le", "un");
###   radio en temps réel, radioscopie: feminine ("la", "une");
###   espace péridural, espace du liquide spinal, équipe soignante: start with a vowel ("l'").
### If you change a word, check the articles (le/la/l', du/de la, au/à la) around it in every message.

# The thin, soft tube that is put near the spine (medical word: catheter).
# French: "tube" (masculine). Messages add "fin et souple" where English says "thin, soft".
-tube = tube
# The medical word for the tube. Used once, where it is explained.
-catheter = cathéter
# The space just outside the sac that holds the spinal cord (medical word: epidural space).
# French: "péridural" rather than "épidural": lay readers know "la péridurale" from childbirth.
-epidural-space = espace péridural
# The space inside that sac, filled with spinal fluid (medical word: subarachnoid or intrathecal space).
# French: lay "liquide spinal" (short for "liquide cérébrospinal") rather than the medical "liquide céphalorachidien".
-fluid-space = espace du liquide spinal
# The doctors and nurses who look after the patient.
-care-team = équipe soignante
# Live x-ray that shows moving pictures on a screen (medical word: fluoroscopy).
# French: "radio" is the everyday word for an x-ray; "en temps réel" = live. Feminine.
# Not "radio en direct": "en direct" is what French says of a live broadcast, so "la radio en direct"
# first reads as live radio on air.
-live-x-ray = radio en temps réel
# The medical word for live x-ray. Used once, where it is explained.
# French: "radioscopie" is the standard French medical word ("fluoroscopie" is also seen).
-fluoroscopy = radioscopie
# A CT scan: a machine that uses x-rays to take detailed pictures. "CT" may stay as it is.
# French: "scanner" is the word French patients use for a CT scan (it is in French dictionaries;
# the official terms "scanographie" and "tomodensitométrie" are little known to lay readers). Masculine.
-ct-scan = scanner
# Strong pain medicine (medical word: opioid).
# French: $number "plural" for use as an adjective ("les antidouleurs opioïdes").
-opioid = { $number ->
        [plural] opioïdes
       *[singular] opioïde
    }
# A medicine that calms swelling (medical word: steroid).
# French: "corticoïde", the usual word for steroid injections; "stéroïde" suggests anabolic steroids to lay readers.
-steroid = corticoïde
# Medicine that numbs (medical word: local anesthetic).
-numbing-medicine = produit anesthésiant
# The part of the spine in the neck and upper back (cervical and thoracic spine).
# French: $case "de" gives the form after "de" / "au niveau" ("du cou ou du haut du dos");
# the default carries its own article ("le cou ou le haut du dos").
-upper-spine = { $case ->
        [de] du cou ou du haut du dos
       *[le] le cou ou le haut du dos
    }
# The part of the spine in the lower back, down to the tailbone (lumbar and sacral spine).
# French: same forms as -upper-spine.
-lower-spine = { $case ->
        [de] du bas du dos
       *[le] le bas du dos
    }
