### The parts of an explanation.
###
### Each part has a heading (section-...) and, for each kind of code, one message whose
### attributes are its text: `.p-N` are paragraphs and `.item-N` are list items.
### Paragraphs are shown first, then the list, each in number order.
### A message without a kind (such as `medicines`) serves every kind that has no message of its own.
### The three kinds of code:
###   -single    one shot; the needle or tube comes out the same day
###   -catheter  a thin tube stays in, and medicine goes through it for hours or days
###   -guidance  the live x-ray that guides the needle (code 77003)
###
### Variables, where a message uses them:
###   $code    (String) the code number, such as 62324
###   $region  (String) where on the spine: "upper" (neck or upper back) or "lower" (lower back)
###   $imaging (String) "yes" if live x-ray or CT guides the needle, "no" if not
###
### French: sentences avoid adjectives that change with the reader's gender
### ("assis/assise", "somnolent/somnolente"): verbs or nouns are used instead
### ("en position assise ou debout", "vous avez très sommeil").

## Headings

section-what-happens = Comment cela se passe
section-medicines = Le médicament
section-how-given = Comment le médicament est donné
section-imaging = Des images pour guider l'aiguille
section-billing = Ce que veut dire le code sur votre facture
section-when-to-call = Quand demander de l'aide
section-questions = Questions à poser à votre { -care-team }

## What happens

# French: "the tip" is spelled out as "le bout de l'aiguille ou du tube", since French needs a noun here.
# "numbs your skin" is "rend votre peau insensible", not the spoken "endort votre peau":
# "endormir" also means putting the patient to sleep (general anesthesia), which this is not.
what-happens-single =
    .p-1 = Le médecin vous fait une seule injection de médicament dans un espace proche de votre moelle épinière.
    .p-2 = Il peut s'agir de l'{ -epidural-space }. Il se trouve juste à l'extérieur de la poche qui contient votre moelle épinière. Il peut aussi s'agir de l'{ -fluid-space }. Il se trouve à l'intérieur de cette poche.
    .item-1 = L'{ -care-team } vous prépare.
    .item-2 = Le médecin rend votre peau insensible avec un { -numbing-medicine }.
    .item-3 = Le médecin place une aiguille. Parfois, il utilise aussi un { -tube } fin et souple.
    .item-4 = { $imaging ->
        [yes] Le médecin utilise des images de { -live-x-ray } ou de { -ct-scan } pour vérifier que le bout de l'aiguille ou du { -tube } est au bon endroit.
       *[no] Le médecin vérifie que le bout de l'aiguille ou du { -tube } est au bon endroit.
    }
    .item-5 = Le médicament est injecté.
    .item-6 = On retire l'aiguille ou le { -tube } le jour même.
    .item-7 = L'{ -care-team } vous surveille un moment pour voir comment vous réagissez au médicament.

what-happens-catheter =
    .p-1 = Le médecin place un { -tube } fin et souple dans un espace proche de votre moelle épinière. En langage médical, ce { -tube } s'appelle un { -catheter }.
    .p-2 = Il peut s'agir de l'{ -epidural-space }. Il se trouve juste à l'extérieur de la poche qui contient votre moelle épinière. Il peut aussi s'agir de l'{ -fluid-space }. Il se trouve à l'intérieur de cette poche.
    .item-1 = L'{ -care-team } vous prépare.
    .item-2 = Le médecin rend votre peau insensible avec un { -numbing-medicine }.
    .item-3 = Le médecin place une aiguille, puis le { -tube }.
    .item-4 = { $imaging ->
        [yes] Le médecin utilise des images de { -live-x-ray } ou de { -ct-scan } pour vérifier que le { -tube } est au bon endroit.
       *[no] Le médecin vérifie que le { -tube } est au bon endroit.
    }
    .item-5 = Le médicament est injecté par le { -tube }.
    .item-6 = Le { -tube } est fixé avec du sparadrap ou d'une autre façon, pour qu'il reste en place.
    .item-7 = L'{ -care-team } vous surveille un moment pour voir comment vous réagissez au médicament.

what-happens-guidance =
    .p-1 = Une { -live-x-ray } montre des images en mouvement sur un écran. En langage médical, on l'appelle la { -fluoroscopy }.
    .item-1 = L'appareil de radio montre votre colonne vertébrale sur un écran pendant que le médecin travaille.
    .item-2 = Le médecin regarde l'écran tout en faisant avancer l'aiguille ou le { -tube }.
    .item-3 = Les images montrent où se trouve le bout de l'aiguille ou du { -tube }.
    .item-4 = Cela aide le médecin à placer ce bout au bon endroit pour l'injection.

## The medicine

# French: -steroid item says "calme l'inflammation": "inflammation" is the everyday French word here
# (as in "anti-inflammatoire") and covers the swelling of the English.
medicines =
    .p-1 = Le médicament peut aider à trouver la cause de la douleur, ou à la traiter. Ce code n'est jamais utilisé pour un médicament qui détruit les nerfs.
    .p-2 = Il peut s'agir d'un ou de plusieurs de ces médicaments :
    .item-1 = un { -numbing-medicine } (un anesthésique local)
    .item-2 = un relaxant musculaire, pour calmer les spasmes des muscles
    .item-3 = un antidouleur puissant (un { -opioid })
    .item-4 = un { -steroid }, un médicament qui calme l'inflammation
    .item-5 = un autre médicament liquide

medicines-guidance =
    .p-1 = Ce code ne couvre aucun médicament. Il concerne seulement la { -live-x-ray }.
    .p-2 = L'injection qui donne le médicament a son propre code.

## How the medicine is given

how-given-single =
    .p-1 = Vous recevez le médicament en une seule injection, tout en une fois.
    .p-2 = Ensuite, on retire l'aiguille ou le { -tube }. Rien ne reste dans votre dos.

how-given-catheter =
    .p-1 = Le { -tube } reste en place après la première dose. Cela peut durer des heures ou des jours.
    .p-2 = Une dose donnée en une seule fois s'appelle un bolus. Un bolus n'est pas toujours une forte dose.
    .p-3 = Le médicament passe par le { -tube } de l'une de ces deux façons :
    .item-1 = en flux continu, souvent grâce à une petite pompe
    .item-2 = en doses séparées, de temps en temps

how-given-guidance =
    .p-1 = La { -live-x-ray } est utilisée pendant que l'aiguille ou le { -tube } est mis en place. Elle ne donne aucun médicament.

## Pictures to guide the needle

imaging-single =
    .p-1 = { $imaging ->
        [yes] Une { -live-x-ray } ou un { -ct-scan } guide l'aiguille. Ces appareils montrent des images de l'intérieur de votre corps.
       *[no] On n'utilise ni radio ni { -ct-scan } pour guider l'aiguille.
    }
    .p-2 = { $imaging ->
        [yes] Le médecin se sert des images pour diriger l'aiguille et pour voir où se trouve son bout.
       *[no] Quand des images de radio ou de { -ct-scan } servent à guider l'aiguille, c'est un autre code qui est utilisé.
    }

imaging-catheter =
    .p-1 = { $imaging ->
        [yes] Une { -live-x-ray } ou un { -ct-scan } guide l'aiguille et le { -tube }. Ces appareils montrent des images de l'intérieur de votre corps.
       *[no] On n'utilise ni radio ni { -ct-scan } pour guider l'aiguille ou le { -tube }.
    }
    .p-2 = { $imaging ->
        [yes] Le médecin se sert des images pour diriger le { -tube } et pour voir où se trouve son bout.
       *[no] Quand des images de radio ou de { -ct-scan } servent à guider le { -tube }, c'est un autre code qui est utilisé.
    }

imaging-guidance =
    .p-1 = Ce code correspond à l'imagerie elle-même. La { -live-x-ray } peut servir pour une injection dans n'importe quelle partie de la colonne vertébrale.
    .p-2 = Elle aide le médecin à diriger l'aiguille ou le { -tube } et à voir où se trouve son bout.

## What the code on your bill means

billing-single =
    .p-1 = Le code { $code } correspond à une seule injection. On retire l'aiguille ou le { -tube } le jour même.
    .p-2 = { $imaging ->
        [yes] L'imagerie fait partie de ce code. Elle n'est donc pas facturée une deuxième fois sous le code 77003.
       *[no] Le code 77003, pour le guidage par { -live-x-ray }, n'est pas facturé avec ce code.
    }

billing-catheter =
    .p-1 = Le code { $code } est facturé une seule fois pour toute la série de doses données par le { -tube }. C'est vrai même quand le { -tube } reste en place plusieurs jours.
    .p-2 = { $imaging ->
        [yes] L'imagerie fait partie de ce code. Elle n'est donc pas facturée une deuxième fois sous le code 77003.
       *[no] Le code 77003, pour le guidage par { -live-x-ray }, n'est pas facturé avec ce code.
    }

billing-guidance =
    .p-1 = Le code 77003 concerne seulement le guidage par { -live-x-ray }.
    .p-2 = Il n'est pas facturé avec les codes 62320 à 62327. Certains de ces codes incluent déjà l'imagerie. Les autres concernent des injections faites sans imagerie.

## When to get help

# French: "get emergency help" is "appelez les urgences" (no phone number: it differs by country).
# "pee or poop" is "vos urines ou vos selles", the plain but polite French words.
# "gets worse when you sit or stand" is "empire en position assise ou debout": the headache is
# worse while upright, not only at the moment of sitting down or getting up.
when-to-call-single =
    .p-1 = Appelez tout de suite les urgences si vous avez une douleur nouvelle ou forte dans le dos ou le cou, si vous commencez à avoir les bras ou les jambes engourdis ou faibles, ou si vous n'arrivez plus à contrôler vos urines ou vos selles. Un saignement ou une infection appuie peut-être sur votre moelle épinière. C'est rare, mais cela doit être soigné dans les heures qui suivent.
    .p-2 = Appelez aussi les urgences si votre respiration est lente ou peu profonde, ou si vous avez très sommeil et qu'on a du mal à vous réveiller. Cela peut arriver avec les antidouleurs { -opioid(number: "plural") }.
    .p-3 = Appelez votre { -care-team } si vous avez l'un de ces problèmes :
    .item-1 = de la fièvre ou des frissons
    .item-2 = une rougeur, de la chaleur, un gonflement, du pus ou du liquide à l'endroit où l'aiguille est entrée
    .item-3 = un fort mal de tête qui empire en position assise ou debout, et qui va mieux quand vous vous allongez. C'est peut-être une fuite de liquide spinal.
    .item-4 = des démangeaisons, des nausées, des étourdissements ou l'impression que vous allez vous évanouir

when-to-call-catheter =
    .p-1 = Appelez tout de suite les urgences si vous avez une douleur nouvelle ou forte dans le dos ou le cou, si vous commencez à avoir les bras ou les jambes engourdis ou faibles, ou si vous n'arrivez plus à contrôler vos urines ou vos selles. Un saignement ou une infection appuie peut-être sur votre moelle épinière. C'est rare, mais cela doit être soigné dans les heures qui suivent.
    .p-2 = Appelez aussi les urgences si votre respiration est lente ou peu profonde, ou si vous avez très sommeil et qu'on a du mal à vous réveiller. Cela peut arriver avec les antidouleurs { -opioid(number: "plural") }.
    .p-3 = Appelez votre { -care-team } si vous avez l'un de ces problèmes :
    .item-1 = de la fièvre ou des frissons
    .item-2 = une rougeur, de la chaleur, un gonflement, du pus ou du liquide à l'endroit où le { -tube } entre dans la peau
    .item-3 = un fort mal de tête qui empire en position assise ou debout, et qui va mieux quand vous vous allongez. C'est peut-être une fuite de liquide spinal.
    .item-4 = des démangeaisons, des nausées, des étourdissements ou l'impression que vous allez vous évanouir
    .item-5 = un { -tube } qui sort tout seul ou qui fuit

when-to-call-guidance =
    .p-1 = Appelez tout de suite les urgences si vous avez une douleur nouvelle ou forte dans le dos ou le cou, si vous commencez à avoir les bras ou les jambes engourdis ou faibles, ou si vous n'arrivez plus à contrôler vos urines ou vos selles. Un saignement ou une infection appuie peut-être sur votre moelle épinière. C'est rare, mais cela doit être soigné dans les heures qui suivent.
    .p-2 = Appelez votre { -care-team } si vous avez l'un de ces problèmes :
    .item-1 = de la fièvre ou des frissons
    .item-2 = une rougeur, de la chaleur, un gonflement, du pus ou du liquide à l'endroit où l'aiguille est entrée
    .item-3 = un fort mal de tête qui empire en position assise ou debout, et qui va mieux quand vous vous allongez. C'est peut-être une fuite de liquide spinal.

## Questions to ask your care team

# French: "blood thinners" is the lay phrase "médicaments qui fluidifient le sang" (medical word: anticoagulants).
questions-single =
    .item-1 = Pourquoi est-ce le bon choix pour moi ? Quelles sont les autres possibilités ?
    .item-2 = Quel médicament vais-je recevoir ?
    .item-3 = Dois-je d'abord arrêter certains de mes médicaments, comme ceux qui fluidifient le sang ?
    .item-4 = Qui dois-je appeler, de jour comme de nuit, si quelque chose ne va pas ?

questions-catheter =
    .item-1 = Pourquoi est-ce le bon choix pour moi ? Quelles sont les autres possibilités ?
    .item-2 = Quel médicament passera par le { -tube } et pendant combien de temps ?
    .item-3 = Dois-je d'abord arrêter certains de mes médicaments, comme ceux qui fluidifient le sang ?
    .item-4 = Qui dois-je appeler, de jour comme de nuit, si quelque chose ne va pas ?
    .item-5 = Est-ce que cela apparaîtra une seule fois sur ma facture, ou une fois pour chaque dose ? (Cela devrait apparaître une seule fois pour toute la série.)

questions-guidance =
    .item-1 = Pourquoi ai-je besoin d'une { -live-x-ray } pour mon injection ?
    .item-2 = Dois-je d'abord arrêter certains de mes médicaments, comme ceux qui fluidifient le sang ?
    .item-3 = Qui dois-je appeler, de jour comme de nuit, si quelque chose ne va pas ?
