### Shared words. Each is a Fluent term, so every message uses the same word for the same thing.
### Translators: pick the standard word a lay reader of your language knows.
### If your grammar needs other forms (cases, plural), add attributes or variants here and use them in the messages.
###
### Spanish: articles and adjectives in the messages agree with the gender and number of
### the words below (tubo: masculine; rayos X: masculine plural; tomografía: feminine).
### If you change a word, check the articles and verbs around it in every message.
### -upper-spine and -lower-spine carry their own article ("el cuello...", "la parte baja..."),
### so messages write "en { -lower-spine }", never "en la { -lower-spine }".

# The thin, soft tube that is put near the spine (medical word: catheter).
# Spanish: "tubo" (masculine). Messages add "delgado y flexible" where English says "thin, soft"
# ("flexible" is the usual Spanish word for a soft tube; "blando" sounded literal).
-tube = tubo
# The medical word for the tube. Used once, where it is explained.
-catheter = catéter
# The space just outside the sac that holds the spinal cord (medical word: epidural space).
-epidural-space = espacio epidural
# The space inside that sac, filled with spinal fluid (medical word: subarachnoid or intrathecal space).
# Spanish: lay "líquido espinal" rather than the medical "líquido cefalorraquídeo".
-fluid-space = espacio del líquido espinal
# The doctors and nurses who look after the patient.
# Spanish: "equipo de atención médica", the usual US Spanish phrase (covers doctors and nurses).
-care-team = equipo de atención médica
# Live x-ray that shows moving pictures on a screen (medical word: fluoroscopy).
# Spanish: masculine plural ("los rayos X en vivo ... muestran").
-live-x-ray = rayos X en vivo
# The medical word for live x-ray. Used once, where it is explained.
-fluoroscopy = fluoroscopia
# A CT scan: a machine that uses x-rays to take detailed pictures. "CT" may stay as it is.
# Spanish: "tomografía" (feminine) is the lay word; "(CT)" kept so readers can match it to their bill.
-ct-scan = tomografía (CT)
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
# Spanish: includes the articles; used after "en".
-upper-spine = el cuello o la parte alta de la espalda
# The part of the spine in the lower back, down to the tailbone (lumbar and sacral spine).
# Spanish: includes the article; used after "en".
-lower-spine = la parte baja de la espalda
