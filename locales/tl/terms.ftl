### Shared words. Each is a Fluent term, so every message uses the same word for the same thing.
### Translators: pick the standard word a lay reader of your language knows.
### If your grammar needs other forms (cases, plural), add attributes or variants here and use them in the messages.
###
### Tagalog notes for reviewers:
### - The reader is addressed politely with "kayo / ninyo / inyo" throughout.
### - Tagalog joins a noun to the word after it with a linker: "-ng" after a vowel, "na" otherwise.
###   -tube has a $link selector: "yes" gives the form with the linker attached ("tubong ito").
###   If you change -tube to a word that ends in a consonant, update that variant too.
### - Borrowed medical words use Filipino spelling (kateter, eks-rey, fluoroskopya, isteroyd, opioyd).
### - Words used in the messages (not terms) that a reviewer may want to check:
###   "utak ng gulugod" = spinal cord; "likido ng gulugod" = spinal fluid; "turok" = shot;
###   "kodigo" = code; "singil" = bill; "gabay na larawan" = imaging (pictures that guide the needle).

# The thin, soft tube that is put near the spine (medical word: catheter).
# Tagalog: "tubo", the everyday word. Messages add "manipis at malambot na" where English says "thin, soft".
-tube = { $link ->
       *[no] tubo
        [yes] tubong
    }
# The medical word for the tube. Used once, where it is explained.
# Tagalog: "kateter", the Filipino spelling (from Spanish "catéter").
-catheter = kateter
# The space just outside the sac that holds the spinal cord (medical word: epidural space).
# Tagalog: "espasyong epidural" keeps the medical word; the messages explain where it is.
-epidural-space = espasyong epidural
# The space inside that sac, filled with spinal fluid (medical word: subarachnoid or intrathecal space).
# Tagalog: "the space that has spinal fluid"; spinal fluid is "likido ng gulugod" everywhere.
-fluid-space = espasyong may likido ng gulugod
# The doctors and nurses who look after the patient.
# Tagalog: "mga doktor at nars", the plainest phrase; messages put "inyong" before it for "your".
-care-team = mga doktor at nars
# Live x-ray that shows moving pictures on a screen (medical word: fluoroscopy).
# Tagalog: "continuous x-ray". "eks-rey" is the Filipino spelling of x-ray.
# The 77003 texts explain that it shows moving pictures on a screen ("iskrin").
-live-x-ray = tuloy-tuloy na eks-rey
# The medical word for live x-ray. Used once, where it is explained.
# Tagalog: Filipino spelling.
-fluoroscopy = fluoroskopya
# A CT scan: a machine that uses x-rays to take detailed pictures. "CT" may stay as it is.
# Tagalog: "CT" alone, as lay readers say it ("magpa-CT"); "scan" is not a Tagalog word.
-ct-scan = CT
# Strong pain medicine (medical word: opioid).
# Tagalog: Filipino spelling of the medical word; messages say "matapang na gamot sa kirot" for "strong pain medicine".
-opioid = opioyd
# A medicine that calms swelling (medical word: steroid).
# Tagalog: Filipino spelling (as in "iskul", "istasyon").
-steroid = isteroyd
# Medicine that numbs (medical word: local anesthetic).
# Tagalog: "pampamanhid" is the usual lay word for something that numbs.
-numbing-medicine = gamot na pampamanhid
# The part of the spine in the neck and upper back (cervical and thoracic spine).
# Tagalog: no article; messages write "sa { -upper-spine }" or "sa inyong { -upper-spine }".
-upper-spine = leeg o itaas na bahagi ng likod
# The part of the spine in the lower back, down to the tailbone (lumbar and sacral spine).
-lower-spine = ibabang bahagi ng likod
