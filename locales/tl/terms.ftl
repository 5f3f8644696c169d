### Shared words. Each is a Fluent term, so every message uses the same word for the same thing.
### Translators: pick the standard word a lay reader of your language knows.
### If your grammar needs other forms (cases, plural), add attributes or variants here and use them in the messages.
### Terms take no variables.
###
### Tagalog translator note (second edition, 2026-12):
### - Register: the Taglish of patient materials in the Philippines and the US (DOH, hospitals, US health
###   libraries): Tagalog sentences, with the English medical words that Filipinos use in clinics.
###   The reader is addressed politely with "kayo / ninyo / inyo" throughout; never ka/mo/ikaw.
###   The patient's own questions to the care team (questions-*) add "po", as a patient would say them.
### - Loanwords keep their English spelling, as on Philippine hospital forms (panel finding T1):
###   x-ray, CT scan, catheter, steroid, opioid, fluoroscopy, screen, pump, tape, spinal cord, spinal fluid,
###   nerve, imaging, bill, test, tailbone. The first-edition Filipino spellings (eks-rey, kateter, isteroyd,
###   opioyd, fluoroskopya, iskrin) are gone: readers found them harder to recognise.
### - "code" for a billing code, never "kodigo" (a crib sheet, or a law code) (T2).
### - Words used in the messages (not terms) that a reviewer may want to check:
###   "turok" = shot (the everyday word); "spinal cord (utak ng gulugod)" and "spinal fluid (likido ng gulugod)",
###   with the Tagalog in brackets the first time on a page (T3); "lamad na bumabalot" = the sac around the cord
###   or nerves ("supot" is avoided, T5); "mga nerve ng gulugod" = spinal nerves; "imaging" = pictures from a
###   live x-ray or CT scan, explained in every summary; "sinisingil" = billed; "kasabay ng" = billed together
###   with (kept apart from "kasama na sa" = already included in).
### - Tagalog joins a noun to the word after it with a linker: "-ng" after a vowel, "na" otherwise.
###   -tube has a $link selector: "yes" gives the form with the linker attached ("tubong ito").
###   If you change -tube to a word that ends in a consonant, update that variant too.
### - -upper-spine and -lower-spine have a $form selector: "your" puts "inyong" in the right place
###   ("sa ibabang bahagi ng inyong likod", not "sa inyong ibabang bahagi ng likod", T7).

# The thin, soft tube that is put near the spine (medical word: catheter).
# Tagalog: "tubo", the everyday word. Messages add "manipis at malambot na" where English says "thin, soft".
# $link (term parameter) - "yes" gives the form with the linker "-ng" attached: "tubong".
-tube = { $link ->
       *[no] tubo
        [yes] tubong
    }
# The medical word for the tube. Used once, where it is explained.
# Tagalog: panel T1 over the first-edition note ("kateter", Filipino spelling): "catheter" is what hospitals write.
-catheter = catheter
# The space just outside the sac that holds the spinal cord and nerves: between the bones of the spine and
# the tough outer layer of the sac (the dura). Medical word: epidural space. Used once, where it is explained.
# Tagalog: the English medical word, as on consent forms; the messages say where it is.
-epidural-space = epidural space
# The space inside that sac, filled with spinal fluid, in plain words
# (medical word: subarachnoid or intrathecal space; see -fluid-space-medical).
# Tagalog: "the space that has spinal fluid" (T5: lighter than "espasyong may likido ng gulugod").
# The messages add "(likido ng gulugod)" where spinal fluid is first named on a page.
-fluid-space = espasyong may spinal fluid
# The medical names of the spinal fluid space, as patients meet them on consent forms and discharge papers.
# Used once, next to the plain words. Both names are kept, in English, as on the forms.
-fluid-space-medical = subarachnoid o intrathecal space
# The doctors and nurses who look after the patient.
# Tagalog: "mga doktor at nars", the plainest phrase; messages put "inyong" before it for "your".
-care-team = mga doktor at nars
# Live x-ray that shows moving pictures on a screen (medical word: fluoroscopy).
# Tagalog: panel T1/T4 over the first-edition note ("tuloy-tuloy na eks-rey"): "live na x-ray" keeps it apart
# from the steady flow of medicine ("tuloy-tuloy"), and "x-ray" is the spelling Filipinos read.
-live-x-ray = live na x-ray
# The medical word for live x-ray. Used once, where it is explained.
# Tagalog: panel T1 over the first-edition note ("fluoroskopya", Filipino spelling).
-fluoroscopy = fluoroscopy
# A CT scan: a test that uses x-rays to take detailed pictures. "CT" may stay as it is.
# Tagalog: panel T1 over the first-edition note ("CT" alone, "scan is not a Tagalog word"): Filipinos say "magpa-CT scan".
-ct-scan = CT scan
# Strong pain medicine (medical word: opioid).
# Messages say "matapang na gamot sa kirot (opioid)" where English says "strong pain medicine (an opioid)".
# Tagalog: panel T1 over the first-edition note ("opioyd", Filipino spelling).
-opioid = opioid
# A medicine that calms swelling (medical word: steroid).
# Tagalog: panel T1 over the first-edition note ("isteroyd", Filipino spelling): "steroid" is on every prescription.
-steroid = steroid
# Medicine that numbs (medical word: local anesthetic).
# Tagalog: "pampamanhid" is the usual lay word for something that numbs.
-numbing-medicine = gamot na pampamanhid
# The part of the spine in the neck and upper back (cervical and thoracic spine).
# Used after "sa": "sa leeg o itaas na bahagi ng likod".
# $form (term parameter) - "your" gives the form with "inyong" (for "in your neck or upper back").
-upper-spine = { $form ->
       *[plain] leeg o itaas na bahagi ng likod
        [your] inyong leeg o itaas na bahagi ng likod
    }
# The part of the spine in the lower back, down to the tailbone (lumbar and sacral spine). The tailbone area is
# named because these codes also cover a shot through a small natural opening just above the tailbone
# (medical word: caudal). Used after "sa": "sa ibabang bahagi ng likod o bandang tailbone".
# Tagalog: "tailbone" is the word Filipinos use ("kokis" is little known); "bandang" = around, in the area of.
# $form (term parameter) - "your" gives the form with "inyong" after "ng" (T7): "ibabang bahagi ng inyong likod".
-lower-spine = { $form ->
       *[plain] ibabang bahagi ng likod o bandang tailbone
        [your] ibabang bahagi ng inyong likod o bandang tailbone
    }
