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
### French:
###   - Sentences avoid adjectives that change with the reader's gender ("assis/assise",
###     "somnolent/somnolente"): verbs or nouns are used instead ("en position assise ou debout",
###     "une somnolence si forte que...", "si l'on a du mal à vous réveiller").
###   - "spinal cord" is "moelle épinière"; "spinal nerves" is "les nerfs de la colonne vertébrale" (plain words).
###   - "the sac" is "l'enveloppe" (not "la poche", a calque: panel).
###   - "the tip" is "l'extrémité" of the needle or tube ("la pointe" for the needle alone), not "le bout" (panel).
###   - Long English sentences are split where French would pass about 15 words.

## Headings

# Heading of the part on common reasons for the shot, the tube or the live x-ray. NEW.
section-why = Pourquoi on le fait
# Heading of the numbered steps.
section-what-happens = Comment cela se passe
# Heading of the part on the kinds of medicine.
section-medicines = Le médicament
# Heading of the part on how the medicine goes in: one shot, or a steady flow or separate doses.
section-how-given = Comment le médicament est donné
# Heading of the part on imaging (live x-ray or CT pictures).
section-imaging = Des images pour guider l’aiguille
# Heading of the signs that need emergency help. NEW: these signs were in "when-to-call" before.
# French: "get emergency help" is "appeler les urgences" (no phone number: it differs by country).
section-emergency = Quand appeler les urgences
# Heading of the signs to call the care team about (not an emergency). Was "When to get help".
section-when-to-call = Quand appeler votre { -care-team }
# Heading of the part on what the code means on a bill.
section-billing = Ce que veut dire le code sur votre facture
# Heading of the list of questions.
section-questions = Questions à poser à votre { -care-team }

## Why people get this (NEW)

# Common reasons for a single shot (62320-62323). Examples only: no promise that it helps.
# $region (String) - "upper" (the pain spreads into an arm) or "lower" (into a leg).
# .item-1: pain from an irritated nerve root (medical word: radiculopathy); a disc is the soft cushion between
# two bones of the spine. .item-2: spinal stenosis. .item-3: a test shot (diagnostic injection).
# French: "pain that spreads into an arm" is "une douleur qui descend dans un bras", as patients say it.
# "herniated (slipped) disc" is "hernie discale", the everyday French words (no gloss needed).
# "spinal stenosis" is "sténose du canal vertébral" ("vertébral" is plain: "vertèbre"), then explained.
why-single =
    .p-1 = Les médecins font ce type d’injection pour des raisons comme celles-ci :
    .item-1 = { $region ->
        [upper] une douleur qui descend dans un bras, parce qu’un nerf est irrité près de la colonne vertébrale. Cela peut venir d’un disque qui bombe ou d’une hernie discale. Un disque est un coussin souple entre deux vertèbres, les os de la colonne.
       *[lower] une douleur qui descend dans une jambe, parce qu’un nerf est irrité près de la colonne vertébrale. Cela peut venir d’un disque qui bombe ou d’une hernie discale. Un disque est un coussin souple entre deux vertèbres, les os de la colonne.
    }
    .item-2 = une sténose du canal vertébral. C’est un rétrécissement de l’espace autour des nerfs, dans la colonne vertébrale.
    .item-3 = un test, pour aider à trouver d’où vient la douleur
    .note-1 = Ce ne sont que des exemples. Demandez à votre médecin pourquoi c’est le bon choix pour vous.

# Common reasons for a tube (62324-62327). Examples only: no promise that it helps.
# $region (String) - "upper" or "lower". The "upper" examples are the ones the code's source gives for a tube in
# the neck or upper back. They must not be used for the lower back: the "lower" variants say less on purpose.
# "upper" .item-2: spinal stenosis in the upper back, a narrowing around the spinal cord; numbing medicine and a
# muscle relaxer (antispasmodic) as separate doses. "upper" .item-3: an opioid into the spinal fluid space.
# French: "upper" .item-3 says "the spinal fluid" in plain words only ("le liquide qui entoure la moelle
# épinière"): on these pages it comes before the part that names the liquid.
# Second review: .item-1 [lower] "et pas une seule injection" read as "and not even one injection"; now "plutôt qu’une seule injection" ("not just one shot").
why-catheter =
    .p-1 = Avec un { -tube }, votre { -care-team } peut donner un médicament pendant des heures ou des jours. Il n’y a pas besoin d’une nouvelle injection à chaque dose.
    .p-2 = { $region ->
        [upper] Voici quelques raisons de poser un { -tube } au niveau { -upper-spine(case: "de") } :
       *[lower] Voici quelques raisons de poser un { -tube } comme celui-ci :
    }
    .item-1 = { $region ->
        [upper] une douleur du cou qui dure depuis longtemps. Un { -steroid } peut alors passer en continu pendant plusieurs jours. C’est un médicament qui calme l’inflammation.
       *[lower] une douleur qui dure et qui demande un médicament pendant des heures ou des jours, plutôt qu’une seule injection
    }
    .item-2 = { $region ->
        [upper] une sténose du canal vertébral dans le haut du dos. C’est un rétrécissement de l’espace autour de la moelle épinière. Le { -tube } peut apporter un { -numbing-medicine } et un relaxant musculaire, en doses séparées.
       *[lower] une sténose du canal vertébral. C’est un rétrécissement de l’espace autour des nerfs, dans la colonne vertébrale.
    }
    .item-3 = { $region ->
        [upper] une douleur après une opération du thorax ou du haut du dos. Un antidouleur puissant (un { -opioid }) peut passer en continu dans le liquide qui entoure la moelle épinière.
       *[lower] une douleur après une opération
    }
    .note-1 = Ce ne sont que des exemples. Demandez à votre médecin pourquoi c’est le bon choix pour vous.

# Why a doctor uses a live x-ray to guide the needle or tube (77003). No variables.
why-guidance =
    .p-1 = Le médecin utilise la { -live-x-ray } pour voir où se trouve l’extrémité de l’aiguille ou du { -tube }.
    .p-2 = Cela l’aide à guider cette extrémité au bon endroit, près de votre colonne vertébrale. Le médicament peut alors aller là où il faut.

## What happens

# Steps for a single shot.
# $region (String) - "upper": near the spinal cord; "lower": near the spinal nerves, below the end of the cord,
# and near the tailbone through a small natural opening (the caudal route).
# $imaging (String) - "yes" or "no": whether live x-ray or CT pictures are used to check the tip.
# .p-2 gives the medical names once: epidural space, and subarachnoid (intrathecal) space.
# French: .p-2 also names the spinal fluid (-csf) with plain words: "ce liquide entoure la moelle épinière et
# les nerfs". "numbs your skin" is "rend votre peau insensible", not the spoken "endort votre peau":
# "endormir" also means putting the patient to sleep (general anesthesia), which this is not.
# .item-4 [yes] is two sentences (the first edition had one of 27 words: panel).
what-happens-single =
    .p-1 = { $region ->
        [upper] Le médecin vous fait une seule injection de médicament près de votre moelle épinière.
       *[lower] Le médecin vous fait une seule injection de médicament au niveau { -lower-spine(case: "de") }. Elle se fait près des nerfs de la colonne vertébrale. Votre moelle épinière s’arrête en général plus haut. Près du coccyx, l’aiguille passe par une petite ouverture naturelle.
    }
    .p-2 = { $region ->
        [upper] Le médicament peut aller dans l’{ -epidural-space }, juste à l’extérieur de l’enveloppe qui entoure votre moelle épinière. Il peut aussi aller à l’intérieur de cette enveloppe, dans l’{ -fluid-space }. Ce liquide entoure la moelle épinière et les nerfs. En langage médical, cet espace s’appelle l’{ -fluid-space-medical }.
       *[lower] Le médicament peut aller dans l’{ -epidural-space }, juste à l’extérieur de l’enveloppe qui entoure ces nerfs. Il peut aussi aller à l’intérieur de cette enveloppe, dans l’{ -fluid-space }. Ce liquide entoure les nerfs. En langage médical, cet espace s’appelle l’{ -fluid-space-medical }.
    }
    .item-1 = L’{ -care-team } vous prépare.
    .item-2 = Le médecin rend votre peau insensible avec un { -numbing-medicine }.
    .item-3 = Le médecin place une aiguille. Parfois, il utilise aussi un { -tube } fin et souple.
    .item-4 = { $imaging ->
        [yes] Le médecin regarde des images de { -live-x-ray } ou de { -ct-scan }. Il vérifie ainsi que l’extrémité de l’aiguille ou du { -tube } est au bon endroit.
       *[no] Le médecin vérifie que l’extrémité de l’aiguille ou du { -tube } est au bon endroit.
    }
    .item-5 = Le médicament est injecté.
    .item-6 = On retire l’aiguille ou le { -tube } le jour même.
    .item-7 = L’{ -care-team } vous surveille un moment pour voir comment vous réagissez au médicament.

# Steps for a tube that stays in.
# $region (String) - "upper": near the spinal cord; "lower": near the spinal nerves, below the end of the cord,
# and near the tailbone through a small natural opening (the caudal route).
# $imaging (String) - "yes" or "no": whether live x-ray or CT pictures are used to check the tube.
# .p-2 gives the medical names once: epidural space, and subarachnoid (intrathecal) space.
# French: as in what-happens-single.
what-happens-catheter =
    .p-1 = { $region ->
        [upper] Le médecin place un { -tube } fin et souple près de votre moelle épinière.
       *[lower] Le médecin place un { -tube } fin et souple au niveau { -lower-spine(case: "de") }. Le { -tube } se trouve près des nerfs de la colonne vertébrale. Votre moelle épinière s’arrête en général plus haut. Près du coccyx, l’aiguille passe par une petite ouverture naturelle.
    } En langage médical, ce { -tube } s’appelle un { -catheter }.
    .p-2 = { $region ->
        [upper] Le { -tube } peut aller dans l’{ -epidural-space }, juste à l’extérieur de l’enveloppe qui entoure votre moelle épinière. Il peut aussi aller à l’intérieur de cette enveloppe, dans l’{ -fluid-space }. Ce liquide entoure la moelle épinière et les nerfs. En langage médical, cet espace s’appelle l’{ -fluid-space-medical }.
       *[lower] Le { -tube } peut aller dans l’{ -epidural-space }, juste à l’extérieur de l’enveloppe qui entoure ces nerfs. Il peut aussi aller à l’intérieur de cette enveloppe, dans l’{ -fluid-space }. Ce liquide entoure les nerfs. En langage médical, cet espace s’appelle l’{ -fluid-space-medical }.
    }
    .item-1 = L’{ -care-team } vous prépare.
    .item-2 = Le médecin rend votre peau insensible avec un { -numbing-medicine }.
    .item-3 = Le médecin place une aiguille, puis le { -tube }.
    .item-4 = { $imaging ->
        [yes] Le médecin regarde des images de { -live-x-ray } ou de { -ct-scan }. Il vérifie ainsi que le { -tube } est au bon endroit.
       *[no] Le médecin vérifie que le { -tube } est au bon endroit.
    }
    .item-5 = Le médicament est injecté par le { -tube }.
    .item-6 = Le { -tube } est fixé avec du sparadrap ou d’une autre façon, pour qu’il reste en place.
    .item-7 = L’{ -care-team } vous surveille un moment pour voir comment vous réagissez au médicament.

# Steps of the live x-ray guidance (77003). No variables.
# French: .p-1 explains "radioscopie" and gives the other name, "fluoroscopie", once.
what-happens-guidance =
    .p-1 = La { -live-x-ray } est une radio qui montre des images en mouvement sur un écran. On dit aussi « { -fluoroscopy } ».
    .item-1 = L’appareil de radio montre votre colonne vertébrale sur un écran pendant que le médecin travaille.
    .item-2 = Le médecin regarde l’écran tout en faisant avancer l’aiguille ou le { -tube }.
    .item-3 = Les images montrent où se trouve l’extrémité de l’aiguille ou du { -tube }.
    .item-4 = Cela aide le médecin à placer cette extrémité au bon endroit.

## The medicine

# The kinds of medicine, for single shots and tubes (one message serves both). No variables.
# Never a medicine that destroys nerves (neurolytic).
# French: .item-4 says "calme l'inflammation", not a word-for-word "calms swelling" ("gonflement").
# DECISION (first-edition note kept; the panel noted the change and accepted it): "inflammation" is the everyday
# French word here (as in "anti-inflammatoire") and covers the swelling of the English.
medicines =
    .p-1 = Le médicament peut aider à trouver la cause de la douleur, ou à la traiter. Ce code n’est jamais utilisé pour un médicament qui détruit les nerfs.
    .p-2 = Il peut s’agir d’un ou de plusieurs de ces médicaments :
    .item-1 = un { -numbing-medicine } (un anesthésique local)
    .item-2 = un relaxant musculaire, pour calmer les spasmes des muscles
    .item-3 = un antidouleur puissant (un { -opioid })
    .item-4 = un { -steroid }, un médicament qui calme l’inflammation
    .item-5 = un autre médicament liquide

# 77003 covers no medicine: the shot or tube that gives it has its own code. No variables.
medicines-guidance =
    .p-1 = Ce code ne couvre aucun médicament. Il concerne seulement la { -live-x-ray }.
    .p-2 = L’injection du médicament, ou le { -tube } qui l’apporte, a son propre code.

## How the medicine is given

# One shot, all at once. No variables.
# French: "tout le médicament en une seule injection" (not "tout en une fois", redundant and colloquial: panel).
how-given-single =
    .p-1 = Vous recevez tout le médicament en une seule injection.
    .p-2 = Ensuite, on retire l’aiguille ou le { -tube }. Rien ne reste dans votre corps.

# Through the tube: a steady flow (continuous infusion) or separate doses (intermittent boluses). No variables.
# .note-1 explains "bolus" after the list: a bolus is one dose given at one time, not always a large one.
# French: "steady flow" is "en continu" (not the technical "en flux continu": panel).
how-given-catheter =
    .p-1 = Le { -tube } reste en place après la première dose. Le médicament peut passer par ce { -tube } pendant des heures ou des jours.
    .p-2 = Le médicament passe par le { -tube } de l’une de ces deux façons :
    .item-1 = en continu, souvent grâce à une pompe
    .item-2 = en doses séparées, de temps en temps
    .note-1 = Chaque dose séparée s’appelle un bolus. Un bolus n’est pas toujours une forte dose.

# 77003 gives no medicine. No variables.
how-given-guidance =
    .p-1 = La { -live-x-ray } est utilisée pendant que l’on met en place l’aiguille ou le { -tube }. Elle ne sert pas à donner un médicament.

## Pictures to guide the needle

# Imaging for a single shot.
# $imaging (String) - "yes" (live x-ray or CT guides the needle) or "no".
# French: [no] says "ni radio ni scanner": no x-ray of any kind, as the English "No x-ray or CT scan".
imaging-single =
    .p-1 = { $imaging ->
        [yes] Une { -live-x-ray } ou un { -ct-scan } guide l’aiguille. Ces examens montrent des images de l’intérieur de votre corps.
       *[no] On n’utilise ni radio ni { -ct-scan } pour guider l’aiguille.
    }
    .p-2 = { $imaging ->
        [yes] Le médecin se sert des images pour diriger l’aiguille et pour voir où se trouve sa pointe.
       *[no] Si des images de radio ou de { -ct-scan } servent à guider l’aiguille, on utilise un autre code.
    }

# Imaging for a tube.
# $imaging (String) - "yes" (live x-ray or CT guides the needle and tube) or "no".
imaging-catheter =
    .p-1 = { $imaging ->
        [yes] Une { -live-x-ray } ou un { -ct-scan } guide l’aiguille et le { -tube }. Ces examens montrent des images de l’intérieur de votre corps.
       *[no] On n’utilise ni radio ni { -ct-scan } pour guider l’aiguille ou le { -tube }.
    }
    .p-2 = { $imaging ->
        [yes] Le médecin se sert des images pour diriger le { -tube } et pour voir où se trouve son extrémité.
       *[no] Si des images de radio ou de { -ct-scan } servent à guider le { -tube }, on utilise un autre code.
    }

# 77003 is the imaging itself, for a needle or tube near any part of the spine. No variables.
imaging-guidance =
    .p-1 = Ce code correspond à l’imagerie elle-même. La { -live-x-ray } peut guider une aiguille ou un { -tube } près de n’importe quelle partie de la colonne vertébrale.
    .p-2 = Elle aide le médecin à diriger l’aiguille ou le { -tube }, et à voir où se trouve son extrémité.

## When to get emergency help (NEW: split out of "when-to-call")

# Emergency signs after a single shot. .p-1 leads into the list. The items are the signs, one each.
# .note-1 says why the first four signs are urgent.
# $region (String) - "upper": a bleed or infection could press on the spinal cord or nerves;
# "lower": on the spinal nerves (the cord usually ends higher up).
# .note-2: the last two signs can come from opioid pain medicine.
# .note-3 speaks about the people with the patient, who must act if the patient is hard to wake.
# French: "get emergency help" is "appeler les urgences" (no phone number: it differs by country).
# .item-3: "vos urines ou vos selles" are the plain but polite French words; the English adds "(when you pee or
# poop)" to explain "bladder or bowels", words the French does not use, so no gloss is needed.
# .item-4: "groin or buttocks" (the "saddle" area) is "l'entrejambe ou les fesses", the lay words for that area.
emergency-single =
    .p-1 = Appelez tout de suite les urgences si vous avez l’un de ces signes :
    .item-1 = une douleur nouvelle ou forte dans le dos ou le cou
    .item-2 = un engourdissement ou une faiblesse qui apparaît dans les bras ou les jambes
    .item-3 = du mal à contrôler vos urines ou vos selles
    .item-4 = un engourdissement qui apparaît à l’entrejambe ou aux fesses
    .item-5 = une respiration lente ou peu profonde
    .item-6 = une somnolence si forte que l’on a du mal à vous réveiller
    .note-1 = { $region ->
        [upper] Les quatre premiers signes peuvent venir d’un saignement ou d’une infection qui appuie sur votre moelle épinière ou vos nerfs. C’est rare, mais cela doit être soigné dans les heures qui suivent.
       *[lower] Les quatre premiers signes peuvent venir d’un saignement ou d’une infection qui appuie sur les nerfs de votre colonne vertébrale. C’est rare, mais cela doit être soigné dans les heures qui suivent.
    }
    .note-2 = Une respiration lente et une forte somnolence peuvent arriver avec les antidouleurs { -opioid(number: "plural") }.
    .note-3 = Si l’on a du mal à vous réveiller, les personnes qui sont avec vous doivent appeler les urgences pour vous.

# Emergency signs with a tube. The same as emergency-single; kept apart so each kind can change on its own.
# $region (String) - "upper": a bleed or infection could press on the spinal cord or nerves;
# "lower": on the spinal nerves (the cord usually ends higher up).
# .note-2: the last two signs can come from opioid pain medicine.
# .note-3 speaks about the people with the patient, who must act if the patient is hard to wake.
# French: as in emergency-single.
emergency-catheter =
    .p-1 = Appelez tout de suite les urgences si vous avez l’un de ces signes :
    .item-1 = une douleur nouvelle ou forte dans le dos ou le cou
    .item-2 = un engourdissement ou une faiblesse qui apparaît dans les bras ou les jambes
    .item-3 = du mal à contrôler vos urines ou vos selles
    .item-4 = un engourdissement qui apparaît à l’entrejambe ou aux fesses
    .item-5 = une respiration lente ou peu profonde
    .item-6 = une somnolence si forte que l’on a du mal à vous réveiller
    .note-1 = { $region ->
        [upper] Les quatre premiers signes peuvent venir d’un saignement ou d’une infection qui appuie sur votre moelle épinière ou vos nerfs. C’est rare, mais cela doit être soigné dans les heures qui suivent.
       *[lower] Les quatre premiers signes peuvent venir d’un saignement ou d’une infection qui appuie sur les nerfs de votre colonne vertébrale. C’est rare, mais cela doit être soigné dans les heures qui suivent.
    }
    .note-2 = Une respiration lente et une forte somnolence peuvent arriver avec les antidouleurs { -opioid(number: "plural") }.
    .note-3 = Si l’on a du mal à vous réveiller, les personnes qui sont avec vous doivent appeler les urgences pour vous.

# Emergency signs for 77003. It gives no medicine, so there are no opioid signs. It can be used at any part of
# the spine, so .note-1 names both the spinal cord and the nerves. No variables.
# French: as in emergency-single.
emergency-guidance =
    .p-1 = Appelez tout de suite les urgences si vous avez l’un de ces signes :
    .item-1 = une douleur nouvelle ou forte dans le dos ou le cou
    .item-2 = un engourdissement ou une faiblesse qui apparaît dans les bras ou les jambes
    .item-3 = du mal à contrôler vos urines ou vos selles
    .item-4 = un engourdissement qui apparaît à l’entrejambe ou aux fesses
    .note-1 = Ces signes peuvent venir d’un saignement ou d’une infection qui appuie sur votre moelle épinière ou vos nerfs. C’est rare, mais cela doit être soigné dans les heures qui suivent.

## When to call your care team (not an emergency)

# Signs to call the care team about after a single shot. No variables.
# .item-3: a leak of spinal fluid. .item-4: itching or nausea. .item-5: dizziness or feeling faint.
# French: "gets worse when you sit or stand" is "empire en position assise ou debout": the headache is
# worse while upright, not only at the moment of sitting down or getting up.
# .item-3 names the liquid (-csf) with its plain words again: this list is often read on its own.
# .item-4: "nausées" with the plain gloss "(envie de vomir)".
when-to-call-single =
    .p-1 = Appelez votre { -care-team } si vous avez l’un de ces problèmes :
    .item-1 = de la fièvre ou des frissons
    .item-2 = une rougeur, de la chaleur, un gonflement, du pus ou du liquide à l’endroit où l’aiguille est entrée
    .item-3 = un fort mal de tête qui empire en position assise ou debout, et qui va mieux quand vous vous allongez. C’est peut-être une fuite de { -csf }, le liquide qui entoure la moelle épinière et les nerfs.
    .item-4 = des démangeaisons ou des nausées (envie de vomir)
    .item-5 = des étourdissements, ou l’impression que vous allez vous évanouir

# Signs to call the care team about with a tube. No variables.
# .item-3: a leak of spinal fluid. .item-4: itching or nausea. .item-5: dizziness or feeling faint.
# French: as in when-to-call-single.
when-to-call-catheter =
    .p-1 = Appelez votre { -care-team } si vous avez l’un de ces problèmes :
    .item-1 = de la fièvre ou des frissons
    .item-2 = une rougeur, de la chaleur, un gonflement, du pus ou du liquide à l’endroit où le { -tube } entre dans la peau
    .item-3 = un fort mal de tête qui empire en position assise ou debout, et qui va mieux quand vous vous allongez. C’est peut-être une fuite de { -csf }, le liquide qui entoure la moelle épinière et les nerfs.
    .item-4 = des démangeaisons ou des nausées (envie de vomir)
    .item-5 = des étourdissements, ou l’impression que vous allez vous évanouir
    .item-6 = un { -tube } qui sort tout seul ou qui fuit

# Signs to call the care team about for 77003 (no medicine, so no itching or nausea). No variables.
# .item-3: a leak of spinal fluid. .item-4: dizziness or feeling faint (it can happen with any spine injection).
# French: as in when-to-call-single. On 77003 pages this is the only place the liquid is named.
when-to-call-guidance =
    .p-1 = Appelez votre { -care-team } si vous avez l’un de ces problèmes :
    .item-1 = de la fièvre ou des frissons
    .item-2 = une rougeur, de la chaleur, un gonflement, du pus ou du liquide à l’endroit où l’aiguille est entrée
    .item-3 = un fort mal de tête qui empire en position assise ou debout, et qui va mieux quand vous vous allongez. C’est peut-être une fuite de { -csf }, le liquide qui entoure la moelle épinière et les nerfs.
    .item-4 = des étourdissements, ou l’impression que vous allez vous évanouir

## What the code on your bill means

# Billing of a single shot.
# $code (String) - the code number, such as 62320.
# $imaging (String) - "yes": the imaging is part of the code, so 77003 is not billed again;
# "no": 77003 is not billed with it either.
billing-single =
    .p-1 = Le code { $code } correspond à une seule injection. On retire l’aiguille ou le { -tube } le jour même.
    .p-2 = { $imaging ->
        [yes] L’imagerie fait partie de ce code. Elle n’est donc pas facturée une deuxième fois sous le code 77003.
       *[no] Le code 77003, pour le guidage par { -live-x-ray }, n’est pas facturé avec ce code.
    }

# Billing of a tube: once for the whole series of doses, even over several days.
# $code (String) - the code number, such as 62324.
# $imaging (String) - "yes": the imaging is part of the code, so 77003 is not billed again;
# "no": 77003 is not billed with it either.
# DECISION (panel's suggestion adapted): "C'est le cas même si..." rather than the panel's verbless "Même si le tube reste...": written French prefers a full sentence.
billing-catheter =
    .p-1 = Le code { $code } est facturé une seule fois pour toute la série de doses données par le { -tube }. C’est le cas même si le { -tube } reste en place plusieurs jours.
    .p-2 = { $imaging ->
        [yes] L’imagerie fait partie de ce code. Elle n’est donc pas facturée une deuxième fois sous le code 77003.
       *[no] Le code 77003, pour le guidage par { -live-x-ray }, n’est pas facturé avec ce code.
    }

# Billing of 77003: never with 62320-62327 (some already include imaging; the others are used when no imaging
# is done). No variables.
billing-guidance =
    .p-1 = Le code 77003 concerne seulement le guidage par { -live-x-ray }.
    .p-2 = Il n’est pas facturé avec les codes 62320 à 62327. Certains de ces codes incluent déjà l’imagerie. Les autres servent seulement quand on n’utilise pas d’imagerie.

## Questions to ask your care team

# Questions for a single shot. No variables.
# French: "blood thinners" is the lay phrase "médicaments qui fluidifient le sang" (medical word: anticoagulants).
questions-single =
    .item-1 = Pourquoi est-ce le bon choix pour moi ? Quelles sont les autres possibilités ?
    .item-2 = Quel médicament vais-je recevoir ?
    .item-3 = Dois-je d’abord arrêter certains de mes médicaments, comme ceux qui fluidifient le sang ?
    .item-4 = Qui dois-je appeler, de jour comme de nuit, si quelque chose ne va pas ?

# Questions for a tube. No variables. .item-5: the code should be billed once for the whole series.
questions-catheter =
    .item-1 = Pourquoi est-ce le bon choix pour moi ? Quelles sont les autres possibilités ?
    .item-2 = Quel médicament passera par le { -tube }, et pendant combien de temps ?
    .item-3 = Dois-je d’abord arrêter certains de mes médicaments, comme ceux qui fluidifient le sang ?
    .item-4 = Qui dois-je appeler, de jour comme de nuit, si quelque chose ne va pas ?
    .item-5 = Est-ce que cela apparaîtra une seule fois sur ma facture, ou une fois pour chaque dose ? (Cela devrait apparaître une seule fois pour toute la série.)

# Questions for 77003. No variables.
questions-guidance =
    .item-1 = Pourquoi ai-je besoin d’une { -live-x-ray } pour guider l’aiguille ou le { -tube } ?
    .item-2 = Dois-je d’abord arrêter certains de mes médicaments, comme ceux qui fluidifient le sang ?
    .item-3 = Qui dois-je appeler, de jour comme de nuit, si quelque chose ne va pas ?
