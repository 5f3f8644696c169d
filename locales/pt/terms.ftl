### Shared words. Each is a Fluent term, so every message uses the same word for the same thing.
### Translators: pick the standard word a lay reader of your language knows.
### If your grammar needs other forms (cases, plural), add attributes or variants here and use them in the messages.
### Terms take no variables.
###
### Portuguese translator note (first edition, from the English second edition):
### - Language: Brazilian Portuguese (spelling of the 1990 Orthographic Agreement), written so that a reader from
###   Portugal, Cape Verde or another Portuguese-speaking country also understands it: no Brazilian slang,
###   no childish words ("xixi", "cocô"), standard words that both sides use ("medicamento" rather than "remédio",
###   "urina ou fezes", "dormência"). Language name: Português.
### - Register: "você", as in Brazilian patient leaflets. Possessives are often left out where Portuguese does
###   not need them ("na pele", "nos braços"). Sentences about the patient avoid masculine/feminine endings
###   where they can ("é difícil acordar você").
### - "O médico" is the generic word for the doctor (man or woman), as in standard Portuguese leaflets.
### - "shot" = "injeção" (feminine); "tube" = "tubo" (masculine), with "cateter" named once;
###   "thin, soft" = "fino e flexível" ("mole" would sound like a defect).
### - "imaging" = "uso de imagens" / "imagens"; the titles say "com/sem uso de imagens" and each summary says
###   what that means.
### - "live x-ray" = "raio X em tempo real" ("ao vivo" is a broadcasting word); "fluoroscopia" named once.
### - "CT scan" = "tomografia": the everyday word in Brazil and understood in Portugal (where "TAC" is also said).
### - "spinal cord" = "medula espinhal" (Portugal also says "espinal medula"; both are understood);
###   "spinal nerves" = "nervos da coluna"; "spinal fluid" = "líquido da espinha", the usual lay name
###   (medical word: líquor), written in the messages, as the English writes "spinal fluid" there.
### - "sac" = "bolsa" ("saco" has slang meanings in Brazil).
### - "steroid" = "corticoide": the word patients know for the anti-inflammatory steroids given in the spine.
### - "bill" = "conta"; "billed" = "cobrado".
### - "care team" = "equipe de saúde" (Brazil; Portugal says "equipa", but "equipe" is understood).
### - "emergency help" = "atendimento de emergência" ("emergência" is understood in Portugal, where
###   "urgência" is the usual name of the service).
### - "numbness" = "dormência", always "nova" in the warning signs, so it is not mistaken for the expected
###   numbness from the numbing medicine.
### - -upper-spine and -lower-spine carry their own preposition and article ("no pescoço ou na parte superior
###   das costas"), because Portuguese contracts "em" with each noun's article. Messages write
###   "perto da coluna, { -upper-spine }", never "na { -upper-spine }".
### - Genders used by the messages: tubo (m), cateter (m), raio X (m), tomografia (f), opioide (m),
###   corticoide (m), equipe (f), injeção (f), agulha (f). If you change a word, check the articles around it.

# The thin, soft tube that is put near the spine (medical word: catheter).
# Portuguese: "tubo" (masculine). The messages add "fino e flexível" where English says "thin, soft".
-tube = tubo
# The medical word for the tube. Used once, where it is explained.
-catheter = cateter
# The space just outside the sac that holds the spinal cord and nerves: between the bones of the spine and
# the tough outer layer of the sac (the dura). Medical word: epidural space. Used once, where it is explained.
-epidural-space = espaço epidural
# The space inside that sac, filled with spinal fluid, in plain words
# (medical word: subarachnoid or intrathecal space; see -fluid-space-medical).
# Portuguese: "líquido da espinha" is the lay name of the spinal fluid in Brazil and Portugal.
-fluid-space = espaço do líquido da espinha
# NEW. The medical names of the spinal fluid space, as patients meet them on consent forms and discharge papers.
# Used once, next to the plain words. Keep both names if your medical language uses both.
# Portuguese: both names are used on Brazilian and Portuguese forms.
-fluid-space-medical = espaço subaracnoide ou intratecal
# The doctors and nurses who look after the patient.
# Portuguese: feminine ("a equipe", "sua equipe").
-care-team = equipe de saúde
# Live x-ray that shows moving pictures on a screen (medical word: fluoroscopy).
# Portuguese: masculine ("o raio X", "um raio X").
-live-x-ray = raio X em tempo real
# The medical word for live x-ray. Used once, where it is explained.
-fluoroscopy = fluoroscopia
# A CT scan: a test that uses x-rays to take detailed pictures. "CT" may stay as it is.
# Portuguese: "tomografia" (feminine), the word patients use; "computadorizada" is left out as understood.
-ct-scan = tomografia
# Strong pain medicine (medical word: opioid).
# Portuguese: masculine ("um opioide"); spelled without accent per the 1990 Agreement.
-opioid = opioide
# A medicine that calms swelling (medical word: steroid).
# Portuguese: "corticoide" (masculine), the lay word for these steroids.
-steroid = corticoide
# Medicine that numbs (medical word: local anesthetic).
# Portuguese: "medicamento para anestesiar" (masculine); the medical word "anestésico local" is given once
# in "medicines".
-numbing-medicine = medicamento para anestesiar
# The part of the spine in the neck and upper back (cervical and thoracic spine).
# Used after "in the" / "in your": "in your neck or upper back".
# Portuguese: carries its own prepositions ("no ... ou na ..."): use it without "em" before it.
-upper-spine = no pescoço ou na parte superior das costas
# The part of the spine in the lower back, down to the tailbone (lumbar and sacral spine). The tailbone area is
# named because these codes also cover a shot through a small natural opening just above the tailbone
# (medical word: caudal). Used after "in the" / "in your": "in your lower back or tailbone area".
# Portuguese: carries its own prepositions ("na ... ou na ..."): use it without "em" before it.
# "cóccix" is the everyday word for the tailbone in Brazil and Portugal.
-lower-spine = na parte inferior das costas ou na região do cóccix
