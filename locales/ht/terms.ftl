### Shared words. Each is a Fluent term, so every message uses the same word for the same thing.
### Translators: pick the standard word a lay reader of your language knows.
### If your grammar needs other forms (cases, plural), add attributes or variants here and use them in the messages.
### Terms take no variables.
###
### TRANSLATOR NOTE (Kreyòl ayisyen, first edition)
### Orthography: the official spelling of the Akademi Kreyòl Ayisyen (AKA): è, ò and "en/an/on" for nasal
### vowels; no French spellings. Only the letters a-z plus è and ò are used.
### Register: the plain Creole of Haitian patient leaflets from US health departments and clinics.
### The reader is "ou" (full form, not "w", so that each sentence is easy to read aloud); the patient's own
### questions to the care team (questions-*) use "mwen". Short sentences, one idea each.
### Each medical word is explained in plain words the first time a page uses it.
### Key choices, and why:
###   - "piki" for "shot": the everyday word for an injection.
###   - "tib" for the tube; the medical word "katetè" is given once (-catheter). Haitian patients hear both.
###   - "zo rèl do" for the spine (the everyday word); "mwèl epinyè" for the spinal cord, the word used in
###     Haitian health materials; "nè" for nerves.
###   - "radyografi an dirèk" for live x-ray (a radyografi that shows moving pictures on a screen);
###     "fliyowoskopi" is given once, in 77003, as its medical name.
###   - "eskanè CT" for a CT scan: "eskanè" is the word Haitian patients use; "CT" is kept because it is on
###     US papers.
###   - "imaj" for "imaging": every summary says what it means (pictures from a live x-ray or CT scan).
###   - "estewoyid", "opioyid": the loanwords Haitian patients meet, always with a plain explanation nearby
###     (a medicine that calms swelling; strong medicine for pain).
###   - "medikaman pou angoudi" for numbing medicine (local anesthetic): "angoudi" is the everyday word for numb.
###   - "bòdwo" for a bill; "yo pa mete kòd 77003 sou bòdwo a ansanm ak ..." for "not billed with".
###   - "ba do" for lower back, "zòn zo koupyon" for the tailbone area (coccyx; the caudal route).
###   - "ekip swen" for the care team.
### Labels use a plain colon with no space before it ("Kòd 62324: ..."), as in Haitian leaflets printed in the US.
### -upper-spine and -lower-spine have a $form selector: "your" adds "ou" after each noun
### ("kou ou oswa nan pati anwo do ou"); Creole puts the possessive after the noun. Messages write "nan" before them.

# The thin, soft tube that is put near the spine (medical word: catheter).
# Kreyòl: "tib", the everyday word. Messages add "fen, mou" where English says "thin, soft".
-tube = tib
# The medical word for the tube. Used once, where it is explained.
# Kreyòl: "katetè", AKA spelling of the word on hospital papers.
-catheter = katetè
# The space just outside the sac that holds the spinal cord and nerves: between the bones of the spine and
# the tough outer layer of the sac (the dura). Medical word: epidural space. Used once, where it is explained.
# Kreyòl: "espas epidiral"; many Haitian women know "epidiral" from childbirth. The messages say where it is.
-epidural-space = espas epidiral
# The space inside that sac, filled with spinal fluid, in plain words
# (medical word: subarachnoid or intrathecal space; see -fluid-space-medical).
# Kreyòl: "the space of the liquid of the spine".
-fluid-space = espas likid zo rèl do a
# NEW. The medical names of the spinal fluid space, as patients meet them on consent forms and discharge papers.
# Used once, next to the plain words. Keep both names if your medical language uses both.
# Kreyòl: both names, spelled the AKA way, close to the English and French words on forms.
-fluid-space-medical = espas sou-araknoyid oswa espas entratekal
# The doctors and nurses who look after the patient.
# Kreyòl: messages add "ou" ("ekip swen ou") or "la" ("ekip swen an") as needed.
-care-team = ekip swen
# Live x-ray that shows moving pictures on a screen (medical word: fluoroscopy).
# Kreyòl: "radyografi" is the word patients know; "an dirèk" (live) says the pictures move on a screen.
-live-x-ray = radyografi an dirèk
# The medical word for live x-ray. Used once, where it is explained.
-fluoroscopy = fliyowoskopi
# A CT scan: a test that uses x-rays to take detailed pictures. "CT" may stay as it is.
# Kreyòl: "eskanè" is the lay word; "CT" as on US papers.
-ct-scan = eskanè CT
# Strong pain medicine (medical word: opioid).
-opioid = opioyid
# A medicine that calms swelling (medical word: steroid).
-steroid = estewoyid
# Medicine that numbs (medical word: local anesthetic).
# Kreyòl: "medicine to make (the skin) numb".
-numbing-medicine = medikaman pou angoudi
# The part of the spine in the neck and upper back (cervical and thoracic spine).
# Used after "in the" / "in your": "in your neck or upper back".
# Kreyòl: used after "nan": "nan kou oswa nan pati anwo do". $form "your": "nan kou ou oswa nan pati anwo do ou".
-upper-spine = { $form ->
        [your] kou ou oswa nan pati anwo do ou
       *[the] kou oswa nan pati anwo do
    }
# The part of the spine in the lower back, down to the tailbone (lumbar and sacral spine). The tailbone area is
# named because these codes also cover a shot through a small natural opening just above the tailbone
# (medical word: caudal). Used after "in the" / "in your": "in your lower back or tailbone area".
# Kreyòl: used after "nan": "nan ba do oswa nan zòn zo koupyon". "zo koupyon" is the everyday word for the tailbone.
-lower-spine = { $form ->
        [your] ba do ou oswa nan zòn zo koupyon ou
       *[the] ba do oswa nan zòn zo koupyon
    }
