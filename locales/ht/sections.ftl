### The parts of an explanation.
###
### Each part has a heading (section-<id>) and, for each kind of code, one body message whose
### attributes are its text:
###   `.p-N`     paragraphs, shown first;
###   `.item-N`  list items, shown as a list after the paragraphs
###              (numbered steps in "what-happens", bullets everywhere else);
###   `.note-N`  paragraphs shown after the list.
### Each group is shown in number order, numbered 1, 2, 3 ... without gaps. A body may leave out a group.
### A body message without a kind (such as `medicines`) serves every kind that has no message of its own.
###
### The parts, in the order they are shown:
###   why, what-happens, medicines, how-given, imaging, emergency, when-to-call, billing, questions
###
### The three kinds of code:
###   -single    one shot; the needle or tube comes out the same day (62320-62323)
###   -catheter  a thin tube stays in, and medicine goes through it for hours or days (62324-62327)
###   -guidance  the live x-ray that guides the needle or tube (code 77003); no medicine
###
### Variables, available in every heading and body message (each message's comment says which it uses):
###   $code    (String) the code number, such as 62324
###   $region  (String) where on the spine: "upper" (neck or upper back, for 62320, 62321, 62324, 62325),
###            "lower" (lower back or tailbone area, for 62322, 62323, 62326, 62327) or "any" (77003).
###            The -single and -catheter messages only ever get "upper" or "lower".
###   $imaging (String) "yes" if live x-ray or CT guides the needle, "no" if not
###
### Anatomy by region: in the neck and upper back the shot or tube is near the spinal cord. In the lower back
### and tailbone area it is near the spinal nerves, not the cord: the cord usually ends higher up, and below it
### the sac holds only nerves floating in spinal fluid. The $region selectors keep this apart; keep it apart too.
###
### Kreyòl words used in the messages (not terms): "mwèl epinyè" = spinal cord (explained once in what-happens:
### "the big cord of nerves inside the spine"); "nè zo rèl do yo" = the spinal nerves; "sak" = the sac;
### "likid zo rèl do a" = spinal fluid; "pwent" = tip; "angoudisman" = numbness; "feblès" = weakness;
### "lenn" = groin; "fès" = buttocks; "vesi" = bladder; "trip" = bowels; "kè plen" = nausea; "gratèl" = itching;
### "tèt vire" = dizziness; "endispoze" = to faint; "bolis" = bolus; "medikaman ki fè san klè" = blood thinners.
### No term stands at the start of a sentence (terms are lower case): sentences are turned around
### ("Yo kite tib la anplas", "Moun nan ekip swen ou yo ...").

## Headings

# Heading of the part on common reasons for the shot, the tube or the live x-ray. NEW.
section-why = Poukisa moun bezwen sa a
# Heading of the numbered steps.
section-what-happens = Kisa k ap pase
# Heading of the part on the kinds of medicine.
section-medicines = Medikaman an
# Heading of the part on how the medicine goes in: one shot, or a steady flow or separate doses.
section-how-given = Kijan yo bay medikaman an
# Heading of the part on imaging (live x-ray or CT pictures).
section-imaging = Foto pou gide zegwi a
# Heading of the signs that need emergency help. NEW: these signs were in "when-to-call" before.
section-emergency = Kilè pou ou chèche èd ijans
# Heading of the signs to call the care team about (not an emergency). Was "When to get help".
section-when-to-call = Kilè pou ou rele { -care-team } ou
# Heading of the part on what the code means on a bill.
section-billing = Sa kòd ki sou bòdwo ou a vle di
# Heading of the list of questions.
section-questions = Kesyon pou ou poze { -care-team } ou

## Why people get this (NEW)

# Common reasons for a single shot (62320-62323). Examples only: no promise that it helps.
# $region (String) - "upper" (the pain spreads into an arm) or "lower" (into a leg).
# .item-1: pain from an irritated nerve root (medical word: radiculopathy); a disc is the soft cushion between
# two bones of the spine. .item-2: spinal stenosis. .item-3: a test shot (diagnostic injection).
# Kreyòl: "èni" = herniated (a disc that slipped out of place); "estenoz espinal" = spinal stenosis.
why-single =
    .p-1 = Doktè bay kalite piki sa a pou rezon tankou sa yo:
    .item-1 = { $region ->
        [upper] yon doulè ki gaye nan yon bra, paske yon nè toupre zo rèl do a irite. Yon disk ki bonbe oswa ki fè èni (ki glise soti nan plas li) ka lakòz sa. Yon disk se yon ti kousen mou ki chita ant zo yo nan zo rèl do a.
       *[lower] yon doulè ki gaye nan yon janm, paske yon nè toupre zo rèl do a irite. Yon disk ki bonbe oswa ki fè èni (ki glise soti nan plas li) ka lakòz sa. Yon disk se yon ti kousen mou ki chita ant zo yo nan zo rèl do a.
    }
    .item-2 = estenoz espinal. Sa vle di espas ki antoure nè yo nan zo rèl do a vin pi sere.
    .item-3 = yon egzamen, pou ede jwenn kote doulè a soti
    .note-1 = Sa yo se egzanp sèlman. Mande doktè ou poukisa sa a bon pou ou.

# Common reasons for a tube (62324-62327). Examples only: no promise that it helps.
# $region (String) - "upper" or "lower". The "upper" examples are the ones the code's source gives for a tube in
# the neck or upper back. They must not be used for the lower back: the "lower" variants say less on purpose.
# "upper" .item-2: spinal stenosis in the upper back, a narrowing around the spinal cord; numbing medicine and a
# muscle relaxer (antispasmodic) as separate doses. "upper" .item-3: an opioid into the spinal fluid space.
# Review 2: .p-1 split in two (28 words in one sentence).
why-catheter =
    .p-1 = Avèk yon { -tube }, { -care-team } ou ka ba ou medikaman pandan plizyè èdtan oswa plizyè jou. Yo pa bezwen fè ou yon nouvo piki pou chak dòz.
    .p-2 = { $region ->
        [upper] Men kèk rezon pou yo mete yon { -tube } nan { -upper-spine }:
       *[lower] Men kèk rezon pou yo mete yon { -tube } konsa:
    }
    .item-1 = { $region ->
        [upper] yon doulè nan kou ki dire lontan. Yo ka pase yon { -steroid }, yon medikaman ki kalme enflamasyon, san rete pandan plizyè jou.
       *[lower] yon doulè ki dire lontan, ki bezwen medikaman pandan plizyè èdtan oswa plizyè jou, pa yon sèl piki sèlman
    }
    .item-2 = { $region ->
        [upper] estenoz espinal nan pati anwo do a. Sa vle di espas ki antoure mwèl epinyè a vin pi sere. Yo ka pase { -numbing-medicine } ak yon medikaman ki lache misk nan { -tube } la, an dòz apa.
       *[lower] estenoz espinal. Sa vle di espas ki antoure nè yo nan zo rèl do a vin pi sere.
    }
    .item-3 = { $region ->
        [upper] yon doulè apre yon operasyon nan pwatrin oswa nan pati anwo do a. Yo ka pase yon medikaman fò pou doulè (yon { -opioid }) san rete, nan likid zo rèl do a.
       *[lower] yon doulè apre yon operasyon
    }
    .note-1 = Sa yo se egzanp sèlman. Mande doktè ou poukisa sa a bon pou ou.

# Why a doctor uses a live x-ray to guide the needle or tube (77003). No variables.
why-guidance =
    .p-1 = Yon doktè sèvi ak yon { -live-x-ray } pou li wè kote pwent zegwi a oswa pwent { -tube } la ye.
    .p-2 = Sa ede doktè a mennen pwent lan nan bon plas la, toupre zo rèl do ou. Konsa, medikaman an ka rive kote li bezwen ale a.

## What happens

# Steps for a single shot.
# $region (String) - "upper": near the spinal cord; "lower": near the spinal nerves, below the end of the cord,
# and near the tailbone through a small natural opening (the caudal route).
# $imaging (String) - "yes" or "no": whether live x-ray or CT pictures are used to check the tip.
# .p-2 gives the medical names once: epidural space, and subarachnoid (intrathecal) space.
# Review 2: .item-2 no longer says "piki": English says only "numbs your skin"; a second "piki" clashed with "yon sèl piki".
what-happens-single =
    .p-1 = { $region ->
        [upper] Doktè a ba ou yon sèl piki medikaman toupre mwèl epinyè ou. Mwèl epinyè a se gwo kòd nè ki pase anndan zo rèl do a.
       *[lower] Doktè a ba ou yon sèl piki medikaman toupre nè zo rèl do yo, nan { -lower-spine(form: "your") }. Anjeneral, mwèl epinyè ou (gwo kòd nè ki anndan zo rèl do a) fini pi wo. Bò zo koupyon an, zegwi a antre nan yon ti twou natirèl.
    }
    .p-2 = { $region ->
        [upper] Medikaman an ka ale nan { -epidural-space } la. Espas sa a chita jis deyò sak ki kenbe mwèl epinyè ou. Oswa li ka ale nan { -fluid-space }, anndan sak la. Non medikal espas sa a se { -fluid-space-medical }.
       *[lower] Medikaman an ka ale nan { -epidural-space } la. Espas sa a chita jis deyò sak ki kenbe nè zo rèl do ou yo. Oswa li ka ale nan { -fluid-space }, anndan sak la. Non medikal espas sa a se { -fluid-space-medical }.
    }
    .item-1 = Moun nan { -care-team } ou yo prepare ou.
    .item-2 = Doktè a mete { -numbing-medicine } nan po ou, pou po a vin angoudi.
    .item-3 = Doktè a antre yon zegwi. Pafwa li sèvi tou ak yon ti { -tube } fen e mou.
    .item-4 = { $imaging ->
        [yes] Doktè a sèvi ak foto { -live-x-ray } oswa foto { -ct-scan } pou li verifye si pwent lan nan bon plas la.
       *[no] Doktè a verifye si pwent lan nan bon plas la.
    }
    .item-5 = Medikaman an antre.
    .item-6 = Yo retire zegwi a oswa { -tube } la menm jou a.
    .item-7 = Moun nan { -care-team } ou yo veye ou pandan yon ti tan, pou yo wè kijan kò ou reyaji ak medikaman an.

# Steps for a tube that stays in.
# $region (String) - "upper": near the spinal cord; "lower": near the spinal nerves, below the end of the cord,
# and near the tailbone through a small natural opening (the caudal route).
# $imaging (String) - "yes" or "no": whether live x-ray or CT pictures are used to check the tube.
# .p-2 gives the medical names once: epidural space, and subarachnoid (intrathecal) space.
# Review 2: .item-2 as in what-happens-single (no "piki" for the numbing).
what-happens-catheter =
    .p-1 = { $region ->
        [upper] Doktè a mete yon ti { -tube } fen e mou toupre mwèl epinyè ou. Mwèl epinyè a se gwo kòd nè ki pase anndan zo rèl do a.
       *[lower] Doktè a mete yon ti { -tube } fen e mou toupre nè zo rèl do yo, nan { -lower-spine(form: "your") }. Anjeneral, mwèl epinyè ou (gwo kòd nè ki anndan zo rèl do a) fini pi wo. Bò zo koupyon an, zegwi a antre nan yon ti twou natirèl.
    } Non medikal { -tube } la se { -catheter }.
    .p-2 = { $region ->
        [upper] Yo ka mete { -tube } la nan { -epidural-space } la. Espas sa a chita jis deyò sak ki kenbe mwèl epinyè ou. Oswa yo ka mete l nan { -fluid-space }, anndan sak la. Non medikal espas sa a se { -fluid-space-medical }.
       *[lower] Yo ka mete { -tube } la nan { -epidural-space } la. Espas sa a chita jis deyò sak ki kenbe nè zo rèl do ou yo. Oswa yo ka mete l nan { -fluid-space }, anndan sak la. Non medikal espas sa a se { -fluid-space-medical }.
    }
    .item-1 = Moun nan { -care-team } ou yo prepare ou.
    .item-2 = Doktè a mete { -numbing-medicine } nan po ou, pou po a vin angoudi.
    .item-3 = Doktè a antre yon zegwi, epi apre sa { -tube } la.
    .item-4 = { $imaging ->
        [yes] Doktè a sèvi ak foto { -live-x-ray } oswa foto { -ct-scan } pou li verifye si { -tube } la nan bon plas la.
       *[no] Doktè a verifye si { -tube } la nan bon plas la.
    }
    .item-5 = Medikaman an pase nan { -tube } la pou li antre.
    .item-6 = Yo kole { -tube } la ak tep, oswa yo fikse l, pou li rete anplas.
    .item-7 = Moun nan { -care-team } ou yo veye ou pandan yon ti tan, pou yo wè kijan kò ou reyaji ak medikaman an.

# Steps of the live x-ray guidance (77003). No variables.
what-happens-guidance =
    .p-1 = Yon { -live-x-ray } montre foto k ap bouje sou yon ekran. Non medikal li se { -fluoroscopy }.
    .item-1 = Machin radyografi a montre zo rèl do ou sou yon ekran pandan doktè a ap travay.
    .item-2 = Doktè a gade ekran an pandan l ap fè zegwi a oswa { -tube } la avanse.
    .item-3 = Foto yo montre kote pwent li ye.
    .item-4 = Sa ede doktè a mete pwent lan nan bon plas la.

## The medicine

# The kinds of medicine, for single shots and tubes (one message serves both). No variables.
# Never a medicine that destroys nerves (neurolytic).
medicines =
    .p-1 = Medikaman an ka ede jwenn kòz doulè a, oswa li ka trete doulè a. Yo pa janm sèvi ak kòd sa a pou medikaman ki detwi nè.
    .p-2 = Medikaman an ka youn oswa plizyè nan sa yo:
    .item-1 = { -numbing-medicine } (yon anestezi lokal)
    .item-2 = yon medikaman ki lache misk, pou kalme kranp nan misk yo
    .item-3 = yon medikaman fò pou doulè (yon { -opioid })
    .item-4 = yon { -steroid }, yon medikaman ki kalme enflamasyon
    .item-5 = yon lòt medikaman likid

# 77003 covers no medicine: the shot or tube that gives it has its own code. No variables.
medicines-guidance =
    .p-1 = Kòd sa a pa kouvri okenn medikaman. Li se pou { -live-x-ray } la sèlman.
    .p-2 = Piki a oswa { -tube } la ki bay medikaman an gen pwòp kòd pa l.

## How the medicine is given

# One shot, all at once. No variables.
how-given-single =
    .p-1 = Yo ba ou medikaman an nan yon sèl piki, tout an menm tan.
    .p-2 = Apre sa, yo retire zegwi a oswa { -tube } la. Anyen pa rete nan kò ou.

# Through the tube: a steady flow (continuous infusion) or separate doses (intermittent boluses). No variables.
# .note-1 explains "bolus" after the list: a bolus is one dose given at one time, not always a large one.
# Kreyòl: "bolis", the AKA spelling of bolus (Creole has no letter u).
how-given-catheter =
    .p-1 = Yo kite { -tube } la anplas apre premye dòz la. Medikaman ka pase ladan l pandan plizyè èdtan oswa plizyè jou.
    .p-2 = Medikaman pase nan { -tube } la nan youn nan de fason sa yo:
    .item-1 = san rete, tankou yon ti koule ki pa kanpe, souvan ak yon ponp
    .item-2 = an dòz apa, detanzantan
    .note-1 = Yo rele chak dòz apa sa yo yon bolis. Yon bolis pa toujou yon gwo dòz.

# 77003 gives no medicine. No variables.
how-given-guidance =
    .p-1 = Yo sèvi ak { -live-x-ray } la pandan zegwi a oswa { -tube } la ap antre. Li pa bay okenn medikaman.

## Pictures to guide the needle

# Imaging for a single shot.
# $imaging (String) - "yes" (live x-ray or CT guides the needle) or "no".
imaging-single =
    .p-1 = { $imaging ->
        [yes] Yon { -live-x-ray } oswa yon { -ct-scan } gide zegwi a. Egzamen sa yo montre foto anndan kò ou.
       *[no] Yo pa sèvi ak radyografi ni ak { -ct-scan } pou gide zegwi a.
    }
    .p-2 = { $imaging ->
        [yes] Doktè a sèvi ak foto yo pou li dirije zegwi a, epi pou li wè kote pwent li ye.
       *[no] Si yo sèvi ak foto radyografi oswa foto { -ct-scan } pou gide l, se yon lòt kòd yo itilize.
    }

# Imaging for a tube.
# $imaging (String) - "yes" (live x-ray or CT guides the needle and tube) or "no".
imaging-catheter =
    .p-1 = { $imaging ->
        [yes] Yon { -live-x-ray } oswa yon { -ct-scan } gide zegwi a ak { -tube } la. Egzamen sa yo montre foto anndan kò ou.
       *[no] Yo pa sèvi ak radyografi ni ak { -ct-scan } pou gide zegwi a oswa { -tube } la.
    }
    .p-2 = { $imaging ->
        [yes] Doktè a sèvi ak foto yo pou li dirije { -tube } la, epi pou li wè kote pwent li ye.
       *[no] Si yo sèvi ak foto radyografi oswa foto { -ct-scan } pou gide l, se yon lòt kòd yo itilize.
    }

# 77003 is the imaging itself, for a needle or tube near any part of the spine. No variables.
imaging-guidance =
    .p-1 = Kòd sa a se pou imaj la li menm. Yo ka sèvi ak { -live-x-ray } la pou gide yon zegwi oswa yon { -tube } toupre nenpòt pati nan zo rèl do a.
    .p-2 = Li ede doktè a dirije zegwi a oswa { -tube } la, epi wè kote pwent li ye.

## When to get emergency help (NEW: split out of "when-to-call")

# Emergency signs after a single shot. .p-1 leads into the list. The items are the signs, one each.
# .note-1 says why the first four signs are urgent.
# $region (String) - "upper": a bleed or infection could press on the spinal cord or nerves;
# "lower": on the spinal nerves (the cord usually ends higher up).
# .note-2: the last two signs can come from opioid pain medicine.
# .note-3 speaks about the people with the patient, who must act if the patient is hard to wake.
emergency-single =
    .p-1 = Chèche èd ijans touswit si ou gen youn nan siy sa yo:
    .item-1 = yon doulè nan do oswa nan kou ki nouvo oswa ki grav
    .item-2 = yon angoudisman oswa yon feblès ki nouvo nan bra ou oswa nan janm ou
    .item-3 = pwoblèm pou kontwole vesi ou oswa trip ou (lè ou ap pipi oswa poupou)
    .item-4 = yon angoudisman ki nouvo nan lenn ou oswa nan fès ou
    .item-5 = ou respire dousman, oswa souf ou pa fon
    .item-6 = ou dòmi tèlman fon, li difisil pou moun reveye ou
    .note-1 = { $region ->
        [upper] Kat premye siy yo ka vle di gen yon senyen oswa yon enfeksyon k ap peze mwèl epinyè ou oswa nè ou yo. Sa ra, men fòk yo trete l anvan kèk èdtan pase.
       *[lower] Kat premye siy yo ka vle di gen yon senyen oswa yon enfeksyon k ap peze nè zo rèl do ou yo. Sa ra, men fòk yo trete l anvan kèk èdtan pase.
    }
    .note-2 = Respirasyon dousman ak dòmi fon konsa ka rive ak medikaman { -opioid } pou doulè.
    .note-3 = Si li difisil pou moun reveye ou, moun ki avè ou yo dwe chèche èd ijans pou ou.

# Emergency signs with a tube. The same as emergency-single; kept apart so each kind can change on its own.
# $region (String) - "upper": a bleed or infection could press on the spinal cord or nerves;
# "lower": on the spinal nerves (the cord usually ends higher up).
# .note-2: the last two signs can come from opioid pain medicine.
# .note-3 speaks about the people with the patient, who must act if the patient is hard to wake.
emergency-catheter =
    .p-1 = Chèche èd ijans touswit si ou gen youn nan siy sa yo:
    .item-1 = yon doulè nan do oswa nan kou ki nouvo oswa ki grav
    .item-2 = yon angoudisman oswa yon feblès ki nouvo nan bra ou oswa nan janm ou
    .item-3 = pwoblèm pou kontwole vesi ou oswa trip ou (lè ou ap pipi oswa poupou)
    .item-4 = yon angoudisman ki nouvo nan lenn ou oswa nan fès ou
    .item-5 = ou respire dousman, oswa souf ou pa fon
    .item-6 = ou dòmi tèlman fon, li difisil pou moun reveye ou
    .note-1 = { $region ->
        [upper] Kat premye siy yo ka vle di gen yon senyen oswa yon enfeksyon k ap peze mwèl epinyè ou oswa nè ou yo. Sa ra, men fòk yo trete l anvan kèk èdtan pase.
       *[lower] Kat premye siy yo ka vle di gen yon senyen oswa yon enfeksyon k ap peze nè zo rèl do ou yo. Sa ra, men fòk yo trete l anvan kèk èdtan pase.
    }
    .note-2 = Respirasyon dousman ak dòmi fon konsa ka rive ak medikaman { -opioid } pou doulè.
    .note-3 = Si li difisil pou moun reveye ou, moun ki avè ou yo dwe chèche èd ijans pou ou.

# Emergency signs for 77003. It gives no medicine, so there are no opioid signs. It can be used at any part of
# the spine, so .note-1 names both the spinal cord and the nerves. No variables.
emergency-guidance =
    .p-1 = Chèche èd ijans touswit si ou gen youn nan siy sa yo:
    .item-1 = yon doulè nan do oswa nan kou ki nouvo oswa ki grav
    .item-2 = yon angoudisman oswa yon feblès ki nouvo nan bra ou oswa nan janm ou
    .item-3 = pwoblèm pou kontwole vesi ou oswa trip ou (lè ou ap pipi oswa poupou)
    .item-4 = yon angoudisman ki nouvo nan lenn ou oswa nan fès ou
    .note-1 = Siy sa yo ka vle di gen yon senyen oswa yon enfeksyon k ap peze mwèl epinyè ou oswa nè ou yo. Sa ra, men fòk yo trete l anvan kèk èdtan pase.

## When to call your care team (not an emergency)

# Signs to call the care team about after a single shot. No variables.
# .item-3: a leak of spinal fluid. .item-4: itching or nausea. .item-5: dizziness or feeling faint.
when-to-call-single =
    .p-1 = Rele { -care-team } ou si ou gen youn nan pwoblèm sa yo:
    .item-1 = lafyèv oswa frison
    .item-2 = kote zegwi a te antre a vin wouj, cho oswa anfle, oswa gen pi oswa likid k ap soti ladan l
    .item-3 = yon gwo tèt fè mal ki vin pi mal lè ou chita oswa kanpe, epi ki vin pi bon lè ou kouche. Petèt likid zo rèl do a ap koule.
    .item-4 = gratèl, oswa kè plen (ou santi ou anvi vomi)
    .item-5 = tèt vire, oswa ou santi ou prèt pou endispoze

# Signs to call the care team about with a tube. No variables.
# .item-3: a leak of spinal fluid. .item-4: itching or nausea. .item-5: dizziness or feeling faint.
when-to-call-catheter =
    .p-1 = Rele { -care-team } ou si ou gen youn nan pwoblèm sa yo:
    .item-1 = lafyèv oswa frison
    .item-2 = kote { -tube } la antre a vin wouj, cho oswa anfle, oswa gen pi oswa likid k ap soti ladan l
    .item-3 = yon gwo tèt fè mal ki vin pi mal lè ou chita oswa kanpe, epi ki vin pi bon lè ou kouche. Petèt likid zo rèl do a ap koule.
    .item-4 = gratèl, oswa kè plen (ou santi ou anvi vomi)
    .item-5 = tèt vire, oswa ou santi ou prèt pou endispoze
    .item-6 = { -tube } la soti, oswa li koule

# Signs to call the care team about for 77003 (no medicine, so no itching or nausea). No variables.
# .item-3: a leak of spinal fluid. .item-4: dizziness or feeling faint (it can happen with any spine injection).
when-to-call-guidance =
    .p-1 = Rele { -care-team } ou si ou gen youn nan pwoblèm sa yo:
    .item-1 = lafyèv oswa frison
    .item-2 = kote zegwi a te antre a vin wouj, cho oswa anfle, oswa gen pi oswa likid k ap soti ladan l
    .item-3 = yon gwo tèt fè mal ki vin pi mal lè ou chita oswa kanpe, epi ki vin pi bon lè ou kouche. Petèt likid zo rèl do a ap koule.
    .item-4 = tèt vire, oswa ou santi ou prèt pou endispoze

## What the code on your bill means

# Billing of a single shot.
# $code (String) - the code number, such as 62320.
# $imaging (String) - "yes": the imaging is part of the code, so 77003 is not billed again;
# "no": 77003 is not billed with it either.
# Review 2: [no] made one sentence: after "Kòd 77003 se ...", a separate "ansanm ak kòd sa a" read as 77003 itself.
billing-single =
    .p-1 = Kòd { $code } vle di yon sèl piki. Yo retire zegwi a oswa { -tube } la menm jou a.
    .p-2 = { $imaging ->
        [yes] Imaj la fè pati kòd sa a deja. Kidonk yo pa mete l ankò sou bòdwo a kòm kòd 77003.
       *[no] Yo pa mete kòd 77003 (pou gide zegwi a ak yon { -live-x-ray }) sou bòdwo a ansanm ak kòd sa a.
    }

# Billing of a tube: once for the whole series of doses, even over several days.
# $code (String) - the code number, such as 62324.
# $imaging (String) - "yes": the imaging is part of the code, so 77003 is not billed again;
# "no": 77003 is not billed with it either.
# Review 2: [no] made one sentence, as in billing-single.
billing-catheter =
    .p-1 = Yo mete kòd { $code } sou bòdwo a yon sèl fwa pou tout seri dòz ki pase nan { -tube } la. Se konsa menm lè { -tube } la rete anplas pandan plizyè jou.
    .p-2 = { $imaging ->
        [yes] Imaj la fè pati kòd sa a deja. Kidonk yo pa mete l ankò sou bòdwo a kòm kòd 77003.
       *[no] Yo pa mete kòd 77003 (pou gide zegwi a ak yon { -live-x-ray }) sou bòdwo a ansanm ak kòd sa a.
    }

# Billing of 77003: never with 62320-62327 (some already include imaging; the others are used when no imaging
# is done). No variables.
billing-guidance =
    .p-1 = Kòd 77003 se sèlman pou gide zegwi a oswa { -tube } la ak yon { -live-x-ray }.
    .p-2 = Yo pa mete l sou bòdwo a ansanm ak kòd 62320 rive 62327. Kèk nan kòd sa yo gen imaj ladan yo deja. Yo itilize lòt yo sèlman lè yo pa sèvi ak okenn imaj.

## Questions to ask your care team

# Questions for a single shot. No variables.
# Kreyòl: the patient speaks ("mwen").
questions-single =
    .item-1 = Poukisa se bon chwa pou mwen? Ki lòt chwa mwen genyen?
    .item-2 = Ki medikaman yo pral ban mwen?
    .item-3 = Èske mwen dwe sispann pran kèk nan medikaman mwen yo anvan, tankou medikaman ki fè san klè?
    .item-4 = Ki moun pou mwen rele, lajounen kou lannwit, si mwen santi gen yon bagay ki pa bon?

# Questions for a tube. No variables. .item-5: the code should be billed once for the whole series.
questions-catheter =
    .item-1 = Poukisa se bon chwa pou mwen? Ki lòt chwa mwen genyen?
    .item-2 = Ki medikaman ki pral pase nan { -tube } la, e pou konbyen tan?
    .item-3 = Èske mwen dwe sispann pran kèk nan medikaman mwen yo anvan, tankou medikaman ki fè san klè?
    .item-4 = Ki moun pou mwen rele, lajounen kou lannwit, si mwen santi gen yon bagay ki pa bon?
    .item-5 = Èske sa pral parèt sou bòdwo mwen yon sèl fwa, oswa yon fwa pou chak dòz? (Li ta dwe parèt yon sèl fwa pou tout seri a.)

# Questions for 77003. No variables.
questions-guidance =
    .item-1 = Poukisa mwen bezwen yon { -live-x-ray } pou gide zegwi a oswa { -tube } la?
    .item-2 = Èske mwen dwe sispann pran kèk nan medikaman mwen yo anvan, tankou medikaman ki fè san klè?
    .item-3 = Ki moun pou mwen rele, lajounen kou lannwit, si mwen santi gen yon bagay ki pa bon?
