### Shared words. Each is a Fluent term, so every message uses the same word for the same thing.
### Translators: pick the standard word a lay reader of your language knows.
### If your grammar needs other forms (cases, plural), add attributes or variants here and use them in the messages.
### Terms take no variables.
###
### TRANSLATOR NOTE (French, second edition)
### Register: "vous" everywhere (the patient's own questions use "je"). Short sentences, about 15 words at most.
### Each medical word is explained in plain words the first time a page uses it.
### Typography (France): U+00A0 (no-break space) before ":" and inside « »; U+202F (narrow no-break
### space) before "?", "!" and ";"; typographic apostrophe ’ (U+2019) in the texts.
### Sentences avoid adjectives that change with the reader's gender ("assis/assise", "somnolent/somnolente").
### Key choices, and why:
###   - "injection" for "shot" (the usual lay word); "tube" for the catheter, with "cathéter" given once.
###   - "radioscopie" for live x-ray: the standard word, the one reports use ("sous radioscopie").
###     The first time a page uses it, it is explained: "radioscopie (une radio en temps réel)".
###     It replaces "radio en temps réel" of the first edition, a coinage (panel, terminology).
###   - "liquide céphalorachidien" for spinal fluid, always with plain words next to it (the liquid that
###     surrounds the spinal cord and nerves). It replaces "liquide spinal", a calque (panel, ranked fix 2).
###   - "espace péridural": lay readers know "la péridurale" from childbirth.
###   - "scanner" for CT: the word French patients use.
###   - "corticoïde" for steroid: "stéroïde" suggests anabolic steroids to lay readers.
###   - "au niveau du bas du dos ou du coccyx" for the lower region: the coccyx area is named because
###     these codes also cover the caudal route (a small natural opening just above the tailbone).
### Messages write the articles themselves, so they agree with these words:
###   tube, cathéter, scanner, opioïde, corticoïde, produit anesthésiant: masculine ("le", "un");
###   radioscopie, fluoroscopie: feminine ("la", "une");
###   espace péridural, espace du liquide céphalorachidien, espace sous-arachnoïdien, équipe soignante:
###   start with a vowel ("l’").
### If you change a word, check the articles (le/la/l’, du/de la, au/à la) around it in every message.

# The thin, soft tube that is put near the spine (medical word: catheter).
# French: "tube" (masculine). Messages add "fin et souple" where English says "thin, soft".
-tube = tube
# The medical word for the tube. Used once, where it is explained.
-catheter = cathéter
# The space just outside the sac that holds the spinal cord and nerves: between the bones of the spine and
# the tough outer layer of the sac (the dura). Medical word: epidural space. Used once, where it is explained.
# French: "péridural" rather than "épidural": lay readers know "la péridurale" from childbirth.
# The sac is called "l’enveloppe" in the messages (not "la poche", a calque of "sac": panel).
-epidural-space = espace péridural
# The space inside that sac, filled with spinal fluid, in plain words
# (medical word: subarachnoid or intrathecal space; see -fluid-space-medical).
# French: named after the liquid (-csf), which the messages explain in plain words.
-fluid-space = espace du liquide céphalorachidien
# The medical names of the spinal fluid space, as patients meet them on consent forms and discharge papers.
# Used once, next to the plain words. French uses both names ("injection intrathécale" is common on forms).
-fluid-space-medical = espace sous-arachnoïdien ou intrathécal
# French only (no English term): the spinal fluid, by its standard name (LCR), known from the lumbar
# puncture ("ponction lombaire"). Always next to plain words: "le liquide qui entoure la moelle épinière
# et les nerfs".
# DECISION (panel over the first-edition note, which chose the lay "liquide spinal"): "liquide spinal" is a calque, LCR is the standard word.
-csf = liquide céphalorachidien
# The doctors and nurses who look after the patient.
-care-team = équipe soignante
# Live x-ray that shows moving pictures on a screen (medical word: fluoroscopy).
# French: "radioscopie" (feminine), the standard word and the one on reports ("sous radioscopie").
# Explained the first time a page uses it: "radioscopie (une radio en temps réel)".
# DECISION (panel over the first-edition note, which chose the lay "radio en temps réel"): "radioscopie", the word on reports, glossed once per page.
-live-x-ray = radioscopie
# The medical word for live x-ray. Used once, where it is explained.
# French: "radioscopie" is already the medical word in France; "fluoroscopie" is the other name, seen on
# North American papers. Given once in 77003, as another name ("on dit aussi « fluoroscopie »").
-fluoroscopy = fluoroscopie
# A CT scan: a test that uses x-rays to take detailed pictures. "CT" may stay as it is.
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
# French: $case "de" gives the form after "de" / "au niveau" ("au niveau du cou ou du haut du dos");
# the default carries its own article ("le cou ou le haut du dos").
-upper-spine = { $case ->
        [de] du cou ou du haut du dos
       *[le] le cou ou le haut du dos
    }
# The part of the spine in the lower back, down to the tailbone (lumbar and sacral spine). The tailbone area is
# named because these codes also cover a shot through a small natural opening just above the tailbone
# (medical word: caudal).
# French: same forms as -upper-spine. "coccyx" is the everyday word for the tailbone; "au niveau du coccyx"
# already says "area", so no "région".
-lower-spine = { $case ->
        [de] du bas du dos ou du coccyx
       *[le] le bas du dos ou le coccyx
    }
