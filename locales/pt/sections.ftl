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
### Portuguese: spinal cord = "medula espinhal"; spinal nerves = "nervos da coluna"; sac = "bolsa";
### spinal fluid = "líquido da espinha". List items start with a lower-case letter where the English does.

## Headings

# Heading of the part on common reasons for the shot, the tube or the live x-ray. NEW.
section-why = Por que isso é feito
# Heading of the numbered steps.
section-what-happens = Como é feito
# Heading of the part on the kinds of medicine.
section-medicines = O medicamento
# Heading of the part on how the medicine goes in: one shot, or a steady flow or separate doses.
section-how-given = Como o medicamento é dado
# Heading of the part on imaging (live x-ray or CT pictures).
section-imaging = Imagens para guiar a agulha
# Heading of the signs that need emergency help. NEW: these signs were in "when-to-call" before.
section-emergency = Quando procurar atendimento de emergência
# Heading of the signs to call the care team about (not an emergency). Was "When to get help".
section-when-to-call = Quando ligar para a sua { -care-team }
# Heading of the part on what the code means on a bill.
section-billing = O que significa o código na sua conta
# Heading of the list of questions.
section-questions = Perguntas para fazer à sua { -care-team }

## Why people get this (NEW)

# Common reasons for a single shot (62320-62323). Examples only: no promise that it helps.
# $region (String) - "upper" (the pain spreads into an arm) or "lower" (into a leg).
# .item-1: pain from an irritated nerve root (medical word: radiculopathy); a disc is the soft cushion between
# two bones of the spine. .item-2: spinal stenosis. .item-3: a test shot (diagnostic injection).
# Portuguese: "hérnia de disco" is the everyday name of a herniated disc in Brazil and Portugal.
why-single =
    .p-1 = Os médicos aplicam este tipo de injeção por motivos como estes:
    .item-1 = { $region ->
        [upper] dor que se espalha para um braço porque um nervo perto da coluna está irritado. Um disco abaulado ou uma hérnia de disco pode causar isso. O disco é uma almofada macia entre os ossos da coluna.
       *[lower] dor que se espalha para uma perna porque um nervo perto da coluna está irritado. Um disco abaulado ou uma hérnia de disco pode causar isso. O disco é uma almofada macia entre os ossos da coluna.
    }
    .item-2 = estenose da coluna. É um estreitamento do espaço em volta dos nervos da coluna.
    .item-3 = um teste, para ajudar a descobrir de onde vem a dor
    .note-1 = Estes são só exemplos. Pergunte ao seu médico por que isso é o certo para você.

# Common reasons for a tube (62324-62327). Examples only: no promise that it helps.
# $region (String) - "upper" or "lower". The "upper" examples are the ones the code's source gives for a tube in
# the neck or upper back. They must not be used for the lower back: the "lower" variants say less on purpose.
# "upper" .item-2: spinal stenosis in the upper back, a narrowing around the spinal cord; numbing medicine and a
# muscle relaxer (antispasmodic) as separate doses. "upper" .item-3: an opioid into the spinal fluid space.
why-catheter =
    .p-1 = Com um { -tube }, a sua { -care-team } pode dar medicamento por horas ou dias, sem uma nova injeção para cada dose.
    .p-2 = { $region ->
        [upper] Alguns motivos para colocar um { -tube } { -upper-spine }:
       *[lower] Alguns motivos para colocar um { -tube } como este:
    }
    .item-1 = { $region ->
        [upper] dor no pescoço que dura muito tempo. Um { -steroid }, um medicamento que diminui o inchaço, pode entrar de forma contínua durante vários dias.
       *[lower] dor que dura muito tempo e precisa de medicamento por horas ou dias, não só de uma injeção
    }
    .item-2 = { $region ->
        [upper] estenose da coluna na parte superior das costas. É um estreitamento do espaço em volta da medula espinhal. O { -tube } pode levar um { -numbing-medicine } e um relaxante muscular em doses separadas.
       *[lower] estenose da coluna. É um estreitamento do espaço em volta dos nervos da coluna.
    }
    .item-3 = { $region ->
        [upper] dor depois de uma cirurgia no peito ou na parte superior das costas. Um medicamento forte para dor (um { -opioid }) pode entrar de forma contínua no líquido da espinha.
       *[lower] dor depois de uma cirurgia
    }
    .note-1 = Estes são só exemplos. Pergunte ao seu médico por que isso é o certo para você.

# Why a doctor uses a live x-ray to guide the needle or tube (77003). No variables.
why-guidance =
    .p-1 = O médico usa um { -live-x-ray } para ver onde está a ponta da agulha ou do { -tube }.
    .p-2 = Isso ajuda o médico a levar a ponta até o lugar certo perto da sua coluna. Assim, o medicamento pode chegar aonde é necessário.

## What happens

# Steps for a single shot.
# $region (String) - "upper": near the spinal cord; "lower": near the spinal nerves, below the end of the cord,
# and near the tailbone through a small natural opening (the caudal route).
# $imaging (String) - "yes" or "no": whether live x-ray or CT pictures are used to check the tip.
# .p-2 gives the medical names once: epidural space, and subarachnoid (intrathecal) space.
what-happens-single =
    .p-1 = { $region ->
        [upper] O médico aplica uma injeção de medicamento perto da sua medula espinhal.
       *[lower] O médico aplica uma injeção de medicamento perto dos nervos da coluna, { -lower-spine }. A medula espinhal costuma terminar mais acima. Perto do cóccix, a agulha entra por uma pequena abertura natural.
    }
    .p-2 = { $region ->
        [upper] O medicamento pode ir para o { -epidural-space }. Ele fica logo do lado de fora da bolsa que envolve a medula espinhal. Ou pode ir para o { -fluid-space }, dentro da bolsa. Em termos médicos, ele se chama { -fluid-space-medical }.
       *[lower] O medicamento pode ir para o { -epidural-space }. Ele fica logo do lado de fora da bolsa que envolve os nervos da coluna. Ou pode ir para o { -fluid-space }, dentro da bolsa. Em termos médicos, ele se chama { -fluid-space-medical }.
    }
    .item-1 = A { -care-team } prepara você.
    .item-2 = O médico aplica um { -numbing-medicine } na pele, para ela ficar dormente.
    .item-3 = O médico coloca uma agulha. Às vezes, também usa um { -tube } fino e flexível.
    .item-4 = { $imaging ->
        [yes] O médico usa imagens de { -live-x-ray } ou de { -ct-scan } para conferir se a ponta está no lugar certo.
       *[no] O médico confere se a ponta está no lugar certo.
    }
    .item-5 = O medicamento é aplicado.
    .item-6 = A agulha ou o { -tube } sai no mesmo dia.
    .item-7 = A { -care-team } observa você por algum tempo, para ver como o seu corpo reage ao medicamento.

# Steps for a tube that stays in.
# $region (String) - "upper": near the spinal cord; "lower": near the spinal nerves, below the end of the cord,
# and near the tailbone through a small natural opening (the caudal route).
# $imaging (String) - "yes" or "no": whether live x-ray or CT pictures are used to check the tube.
# .p-2 gives the medical names once: epidural space, and subarachnoid (intrathecal) space.
what-happens-catheter =
    .p-1 = { $region ->
        [upper] O médico coloca um { -tube } fino e flexível perto da sua medula espinhal.
       *[lower] O médico coloca um { -tube } fino e flexível perto dos nervos da coluna, { -lower-spine }. A medula espinhal costuma terminar mais acima. Perto do cóccix, a agulha entra por uma pequena abertura natural.
    } O nome médico do { -tube } é { -catheter }.
    .p-2 = { $region ->
        [upper] O { -tube } pode ficar no { -epidural-space }. Ele fica logo do lado de fora da bolsa que envolve a medula espinhal. Ou pode ficar no { -fluid-space }, dentro da bolsa. Em termos médicos, ele se chama { -fluid-space-medical }.
       *[lower] O { -tube } pode ficar no { -epidural-space }. Ele fica logo do lado de fora da bolsa que envolve os nervos da coluna. Ou pode ficar no { -fluid-space }, dentro da bolsa. Em termos médicos, ele se chama { -fluid-space-medical }.
    }
    .item-1 = A { -care-team } prepara você.
    .item-2 = O médico aplica um { -numbing-medicine } na pele, para ela ficar dormente.
    .item-3 = O médico coloca uma agulha e, depois, o { -tube }.
    .item-4 = { $imaging ->
        [yes] O médico usa imagens de { -live-x-ray } ou de { -ct-scan } para conferir se o { -tube } está no lugar certo.
       *[no] O médico confere se o { -tube } está no lugar certo.
    }
    .item-5 = O medicamento entra pelo { -tube }.
    .item-6 = O { -tube } é preso com fita ou fixado no lugar, para não sair.
    .item-7 = A { -care-team } observa você por algum tempo, para ver como o seu corpo reage ao medicamento.

# Steps of the live x-ray guidance (77003). No variables.
what-happens-guidance =
    .p-1 = Um { -live-x-ray } mostra imagens em movimento numa tela. O nome médico dele é { -fluoroscopy }.
    .item-1 = O aparelho de raio X mostra a sua coluna numa tela enquanto o médico trabalha.
    .item-2 = O médico olha a tela enquanto move a agulha ou o { -tube }.
    .item-3 = As imagens mostram onde está a ponta.
    .item-4 = Isso ajuda o médico a colocar a ponta no lugar certo.

## The medicine

# The kinds of medicine, for single shots and tubes (one message serves both). No variables.
# Never a medicine that destroys nerves (neurolytic).
medicines =
    .p-1 = O medicamento pode ajudar a descobrir a causa da dor, ou pode tratá-la. Este código nunca é usado para medicamentos que destroem nervos.
    .p-2 = O medicamento pode ser um ou mais destes:
    .item-1 = um { -numbing-medicine }, que deixa a região dormente (um anestésico local)
    .item-2 = um relaxante muscular, para aliviar espasmos (contrações) dos músculos
    .item-3 = um medicamento forte para dor (um { -opioid })
    .item-4 = um { -steroid }, um medicamento que diminui o inchaço
    .item-5 = outro medicamento líquido

# 77003 covers no medicine: the shot or tube that gives it has its own code. No variables.
# Second review: "não inclui" instead of "não cobre": next to "cobrado"/"cobrança", "cobre" (covers) is easily misread as "cobra" (charges).
medicines-guidance =
    .p-1 = Este código não inclui nenhum medicamento. Ele é só para o { -live-x-ray }.
    .p-2 = A injeção ou o { -tube } que leva o medicamento tem o seu próprio código.

## How the medicine is given

# One shot, all at once. No variables.
how-given-single =
    .p-1 = Você recebe o medicamento em uma só injeção, tudo de uma vez.
    .p-2 = Depois, a agulha ou o { -tube } é retirado. Nada fica dentro do seu corpo.

# Through the tube: a steady flow (continuous infusion) or separate doses (intermittent boluses). No variables.
# .note-1 explains "bolus" after the list: a bolus is one dose given at one time, not always a large one.
# Portuguese: "bolus" is the medical word in Brazil and Portugal (invariable plural).
how-given-catheter =
    .p-1 = O { -tube } fica no lugar depois da primeira dose. O medicamento pode passar por ele durante horas ou dias.
    .p-2 = O medicamento passa pelo { -tube } de uma destas duas formas:
    .item-1 = de forma contínua, muitas vezes por meio de uma bomba
    .item-2 = em doses separadas, de tempos em tempos
    .note-1 = Cada dose separada se chama bolus. Um bolus nem sempre é uma dose grande.

# 77003 gives no medicine. No variables.
how-given-guidance =
    .p-1 = O { -live-x-ray } é usado enquanto a agulha ou o { -tube } é colocado. Ele não dá nenhum medicamento.

## Pictures to guide the needle

# Imaging for a single shot.
# $imaging (String) - "yes" (live x-ray or CT guides the needle) or "no".
imaging-single =
    .p-1 = { $imaging ->
        [yes] Um { -live-x-ray } ou uma { -ct-scan } guia a agulha. Esses exames mostram imagens do interior do seu corpo.
       *[no] Não se usa raio X nem { -ct-scan } para guiar a agulha.
    }
    .p-2 = { $imaging ->
        [yes] O médico usa as imagens para conduzir a agulha e ver onde está a ponta dela.
       *[no] Se forem usadas imagens de raio X ou de { -ct-scan } para guiar a agulha, é usado outro código.
    }

# Imaging for a tube.
# $imaging (String) - "yes" (live x-ray or CT guides the needle and tube) or "no".
imaging-catheter =
    .p-1 = { $imaging ->
        [yes] Um { -live-x-ray } ou uma { -ct-scan } guia a agulha e o { -tube }. Esses exames mostram imagens do interior do seu corpo.
       *[no] Não se usa raio X nem { -ct-scan } para guiar a agulha ou o { -tube }.
    }
    .p-2 = { $imaging ->
        [yes] O médico usa as imagens para conduzir o { -tube } e ver onde está a ponta dele.
       *[no] Se forem usadas imagens de raio X ou de { -ct-scan } para guiar o { -tube }, é usado outro código.
    }

# 77003 is the imaging itself, for a needle or tube near any part of the spine. No variables.
imaging-guidance =
    .p-1 = Este código é para as próprias imagens. O { -live-x-ray } pode guiar uma agulha ou um { -tube } perto de qualquer parte da coluna.
    .p-2 = Ele ajuda o médico a conduzir a agulha ou o { -tube } e a ver onde está a ponta.

## When to get emergency help (NEW: split out of "when-to-call")

# Emergency signs after a single shot. .p-1 leads into the list. The items are the signs, one each.
# .note-1 says why the first four signs are urgent.
# $region (String) - "upper": a bleed or infection could press on the spinal cord or nerves;
# "lower": on the spinal nerves (the cord usually ends higher up).
# .note-2: the last two signs can come from opioid pain medicine.
# .note-3 speaks about the people with the patient, who must act if the patient is hard to wake.
# Portuguese: "dormência nova" so it is not taken for the expected numbness from the numbing medicine.
emergency-single =
    .p-1 = Procure atendimento de emergência imediatamente se tiver algum destes sinais:
    .item-1 = dor nova ou forte nas costas ou no pescoço
    .item-2 = dormência nova ou fraqueza nos braços ou nas pernas
    .item-3 = dificuldade para controlar a bexiga ou o intestino (para segurar a urina ou as fezes)
    .item-4 = dormência nova na virilha ou nas nádegas
    .item-5 = respiração lenta ou fraca
    .item-6 = sono tão profundo que é difícil acordar você
    .note-1 = { $region ->
        [upper] Os quatro primeiros sinais podem indicar que um sangramento ou uma infecção pressiona a medula espinhal ou os nervos. Isso é raro, mas precisa de tratamento em poucas horas.
       *[lower] Os quatro primeiros sinais podem indicar que um sangramento ou uma infecção pressiona os nervos da coluna. Isso é raro, mas precisa de tratamento em poucas horas.
    }
    .note-2 = A respiração lenta e o sono profundo podem acontecer com um { -opioid }, um medicamento forte para dor.
    .note-3 = Se for difícil acordar você, as pessoas que estão com você devem chamar atendimento de emergência.

# Emergency signs with a tube. The same as emergency-single; kept apart so each kind can change on its own.
# $region (String) - "upper": a bleed or infection could press on the spinal cord or nerves;
# "lower": on the spinal nerves (the cord usually ends higher up).
# .note-2: the last two signs can come from opioid pain medicine.
# .note-3 speaks about the people with the patient, who must act if the patient is hard to wake.
emergency-catheter =
    .p-1 = Procure atendimento de emergência imediatamente se tiver algum destes sinais:
    .item-1 = dor nova ou forte nas costas ou no pescoço
    .item-2 = dormência nova ou fraqueza nos braços ou nas pernas
    .item-3 = dificuldade para controlar a bexiga ou o intestino (para segurar a urina ou as fezes)
    .item-4 = dormência nova na virilha ou nas nádegas
    .item-5 = respiração lenta ou fraca
    .item-6 = sono tão profundo que é difícil acordar você
    .note-1 = { $region ->
        [upper] Os quatro primeiros sinais podem indicar que um sangramento ou uma infecção pressiona a medula espinhal ou os nervos. Isso é raro, mas precisa de tratamento em poucas horas.
       *[lower] Os quatro primeiros sinais podem indicar que um sangramento ou uma infecção pressiona os nervos da coluna. Isso é raro, mas precisa de tratamento em poucas horas.
    }
    .note-2 = A respiração lenta e o sono profundo podem acontecer com um { -opioid }, um medicamento forte para dor.
    .note-3 = Se for difícil acordar você, as pessoas que estão com você devem chamar atendimento de emergência.

# Emergency signs for 77003. It gives no medicine, so there are no opioid signs. It can be used at any part of
# the spine, so .note-1 names both the spinal cord and the nerves. No variables.
emergency-guidance =
    .p-1 = Procure atendimento de emergência imediatamente se tiver algum destes sinais:
    .item-1 = dor nova ou forte nas costas ou no pescoço
    .item-2 = dormência nova ou fraqueza nos braços ou nas pernas
    .item-3 = dificuldade para controlar a bexiga ou o intestino (para segurar a urina ou as fezes)
    .item-4 = dormência nova na virilha ou nas nádegas
    .note-1 = Esses sinais podem indicar que um sangramento ou uma infecção pressiona a medula espinhal ou os nervos. Isso é raro, mas precisa de tratamento em poucas horas.

## When to call your care team (not an emergency)

# Signs to call the care team about after a single shot. No variables.
# .item-3: a leak of spinal fluid. .item-4: itching or nausea. .item-5: dizziness or feeling faint.
# Portuguese: "coceira" (Brazil; "comichão" in Portugal) is given with "comichão" in brackets.
when-to-call-single =
    .p-1 = Ligue para a sua { -care-team } se tiver:
    .item-1 = febre ou calafrios
    .item-2 = vermelhidão, calor, inchaço, pus ou líquido no lugar onde a agulha entrou
    .item-3 = dor de cabeça forte, que piora quando você se senta ou fica de pé e melhora quando você se deita. Pode haver vazamento de líquido da espinha.
    .item-4 = coceira (comichão) ou náusea (enjoo, vontade de vomitar)
    .item-5 = tontura, ou a sensação de que vai desmaiar

# Signs to call the care team about with a tube. No variables.
# .item-3: a leak of spinal fluid. .item-4: itching or nausea. .item-5: dizziness or feeling faint.
when-to-call-catheter =
    .p-1 = Ligue para a sua { -care-team } se tiver:
    .item-1 = febre ou calafrios
    .item-2 = vermelhidão, calor, inchaço, pus ou líquido no lugar onde o { -tube } entra
    .item-3 = dor de cabeça forte, que piora quando você se senta ou fica de pé e melhora quando você se deita. Pode haver vazamento de líquido da espinha.
    .item-4 = coceira (comichão) ou náusea (enjoo, vontade de vomitar)
    .item-5 = tontura, ou a sensação de que vai desmaiar
    .item-6 = um { -tube } que se solta ou vaza

# Signs to call the care team about for 77003 (no medicine, so no itching or nausea). No variables.
# .item-3: a leak of spinal fluid. .item-4: dizziness or feeling faint (it can happen with any spine injection).
when-to-call-guidance =
    .p-1 = Ligue para a sua { -care-team } se tiver:
    .item-1 = febre ou calafrios
    .item-2 = vermelhidão, calor, inchaço, pus ou líquido no lugar onde a agulha entrou
    .item-3 = dor de cabeça forte, que piora quando você se senta ou fica de pé e melhora quando você se deita. Pode haver vazamento de líquido da espinha.
    .item-4 = tontura, ou a sensação de que vai desmaiar

## What the code on your bill means

# Billing of a single shot.
# $code (String) - the code number, such as 62320.
# $imaging (String) - "yes": the imaging is part of the code, so 77003 is not billed again;
# "no": 77003 is not billed with it either.
billing-single =
    .p-1 = O código { $code } corresponde a uma injeção. A agulha ou o { -tube } sai no mesmo dia.
    .p-2 = { $imaging ->
        [yes] O uso de imagens já faz parte deste código. Por isso, o uso de imagens não é cobrado de novo como código 77003.
       *[no] O código 77003, do uso de { -live-x-ray } para guiar, não é cobrado junto com este código.
    }

# Billing of a tube: once for the whole series of doses, even over several days.
# $code (String) - the code number, such as 62324.
# $imaging (String) - "yes": the imaging is part of the code, so 77003 is not billed again;
# "no": 77003 is not billed with it either.
billing-catheter =
    .p-1 = O código { $code } é cobrado uma só vez por toda a série de doses dadas pelo { -tube }. Isso vale mesmo quando o { -tube } fica no lugar por vários dias.
    .p-2 = { $imaging ->
        [yes] O uso de imagens já faz parte deste código. Por isso, o uso de imagens não é cobrado de novo como código 77003.
       *[no] O código 77003, do uso de { -live-x-ray } para guiar, não é cobrado junto com este código.
    }

# Billing of 77003: never with 62320-62327 (some already include imaging; the others are used when no imaging
# is done). No variables.
billing-guidance =
    .p-1 = O código 77003 é só para o uso de { -live-x-ray } para guiar.
    .p-2 = Ele não é cobrado junto com os códigos 62320 a 62327. Alguns desses códigos já incluem o uso de imagens. Os outros só são usados quando não se usam imagens.

## Questions to ask your care team

# Questions for a single shot. No variables.
questions-single =
    .item-1 = Por que esta é a escolha certa para mim? Que outras opções eu tenho?
    .item-2 = Que medicamento vou receber?
    .item-3 = Devo parar algum dos meus medicamentos antes, como os que afinam o sangue (anticoagulantes)?
    .item-4 = Para quem eu ligo, de dia ou de noite, se algo parecer errado?

# Questions for a tube. No variables. .item-5: the code should be billed once for the whole series.
questions-catheter =
    .item-1 = Por que esta é a escolha certa para mim? Que outras opções eu tenho?
    .item-2 = Que medicamento vai passar pelo { -tube }, e por quanto tempo?
    .item-3 = Devo parar algum dos meus medicamentos antes, como os que afinam o sangue (anticoagulantes)?
    .item-4 = Para quem eu ligo, de dia ou de noite, se algo parecer errado?
    .item-5 = Isso vai aparecer na minha conta uma vez só, ou uma vez para cada dose? (Deve ser uma vez só, para toda a série.)

# Questions for 77003. No variables.
questions-guidance =
    .item-1 = Por que preciso de um { -live-x-ray } para guiar a agulha ou o { -tube }?
    .item-2 = Devo parar algum dos meus medicamentos antes, como os que afinam o sangue (anticoagulantes)?
    .item-3 = Para quem eu ligo, de dia ou de noite, se algo parecer errado?
