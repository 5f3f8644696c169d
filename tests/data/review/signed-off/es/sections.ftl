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
### Anatomy by region: in the neck and upper back the shot or tube is near the spinal cord ("médula espinal").
### In the lower back and tailbone area it is near the spinal nerves ("los nervios de la columna"), not the
### cord: the cord usually ends higher up, and below it the sac holds only nerves floating in spinal fluid.
### The $region selectors keep this apart; keep it apart too.
###
### Spanish: the reader is addressed as "usted". Sentences about the patient are worded so that
### they need no masculine or feminine ending (for example "le ayuda a prepararse", "cuesta despertarle").
### -ct-scan: the full form "tomografía (TAC)" in the imaging section; the short form "tomografía" elsewhere
### (the summary has already named it in full).

## Headings

# Heading of the part on common reasons for the shot, the tube or the live x-ray.
# Spanish: "Por qué se hace" pairs with "Cómo se hace" below, as in Spanish patient leaflets.
section-why = Por qué se hace
# Heading of the numbered steps.
# Spanish: "Cómo se hace" (panel S8: "Qué pasa" was too casual for a leaflet heading).
section-what-happens = Cómo se hace
# Heading of the part on the kinds of medicine.
section-medicines = El medicamento
# Heading of the part on how the medicine goes in: one shot, or a steady flow or separate doses.
section-how-given = Cómo se da el medicamento
# Heading of the part on imaging (live x-ray or CT pictures).
section-imaging = Imágenes para guiar la aguja
# Heading of the signs that need emergency help.
section-emergency = Cuándo buscar ayuda de emergencia
# Heading of the signs to call the care team about (not an emergency).
section-when-to-call = Cuándo llamar a su { -care-team }
# Heading of the part on what the code means on a bill.
section-billing = Qué significa el código en su factura
# Heading of the list of questions.
section-questions = Preguntas para su { -care-team }

## Why people get this

# Common reasons for a single shot (62320-62323). Examples only: no promise that it helps.
# $region (String) - "upper" (the pain spreads into an arm) or "lower" (into a leg).
# .item-1: pain from an irritated nerve root (medical word: radiculopathy); a disc is the soft cushion between
# two bones of the spine. Spanish: "bulging or herniated (slipped) disc" = "un disco abultado o una hernia de
# disco" ("hernia de disco" is the lay name, so "slipped" needs no word of its own).
# .item-2: spinal stenosis. .item-3: a test shot (diagnostic injection).
why-single =
    .p-1 = Los médicos ponen este tipo de inyección por razones como estas:
    .item-1 = { $region ->
        [upper] dolor que se extiende a un brazo porque un nervio cerca de la columna está irritado. Puede deberse a un disco abultado o a una hernia de disco. Un disco es una almohadilla blanda entre los huesos de la columna.
       *[lower] dolor que se extiende a una pierna porque un nervio cerca de la columna está irritado. Puede deberse a un disco abultado o a una hernia de disco. Un disco es una almohadilla blanda entre los huesos de la columna.
    }
    .item-2 = estenosis espinal. Es un estrechamiento del espacio que rodea los nervios en la columna.
    .item-3 = una prueba, para ayudar a saber de dónde viene el dolor
    .note-1 = Estos son solo ejemplos. Pregúntele a su médico por qué esta opción es adecuada para usted.

# Common reasons for a tube (62324-62327). Examples only: no promise that it helps.
# $region (String) - "upper" or "lower". The "upper" examples are the ones the code's source gives for a tube in
# the neck or upper back. They must not be used for the lower back: the "lower" variants say less on purpose.
# "upper" .item-2: spinal stenosis in the upper back, a narrowing around the spinal cord; numbing medicine and a
# muscle relaxer (antispasmodic) as separate doses. "upper" .item-3: an opioid into the spinal fluid space.
why-catheter =
    .p-1 = Un { -tube } permite que su { -care-team } le dé medicamento durante horas o días, sin ponerle una inyección nueva para cada dosis.
    .p-2 = { $region ->
        [upper] Estas son algunas razones para poner un { -tube } en { -upper-spine }:
       *[lower] Estas son algunas razones para poner un { -tube } como este:
    }
    .item-1 = { $region ->
        [upper] dolor de cuello que dura mucho tiempo. Por el { -tube } puede pasar un { -steroid }, un medicamento que calma la inflamación, en un flujo continuo durante varios días.
       *[lower] dolor que dura mucho tiempo y necesita medicamento durante horas o días, no solo una inyección
    }
    .item-2 = { $region ->
        [upper] estenosis espinal en la parte alta de la espalda. Es un estrechamiento del espacio que rodea la médula espinal. Por el { -tube } se pueden dar un { -numbing-medicine } y un relajante muscular, en dosis separadas.
       *[lower] estenosis espinal. Es un estrechamiento del espacio que rodea los nervios en la columna.
    }
    .item-3 = { $region ->
        [upper] dolor después de una cirugía en el pecho o la parte alta de la espalda. Un medicamento fuerte para el dolor (un { -opioid }) puede pasar en un flujo continuo al líquido espinal.
       *[lower] dolor después de una cirugía
    }
    .note-1 = Estos son solo ejemplos. Pregúntele a su médico por qué esta opción es adecuada para usted.

# Why a doctor uses a live x-ray to guide the needle or tube (77003). No variables.
why-guidance =
    .p-1 = El médico usa { -live-x-ray } para ver dónde está la punta de la aguja o del { -tube }.
    .p-2 = Esto ayuda al médico a llevar la punta al lugar correcto, cerca de su columna. Así el medicamento puede llegar adonde hace falta.

## What happens

# Steps for a single shot.
# $region (String) - "upper": near the spinal cord; "lower": near the spinal nerves, below the end of the cord,
# and near the tailbone through a small natural opening (the caudal route).
# $imaging (String) - "yes" or "no": whether live x-ray or CT pictures are used to check the tip.
# .p-2 gives the medical names once: epidural space, and subarachnoid (intrathecal) space.
# .item-2: panel S2: "le adormece la piel con un medicamento", not "le pone en la piel un medicamento", which
# read as a cream. The term -numbing-medicine is not used here: "adormece ... la piel" already says what it does,
# and "la piel" keeps "adormecer" from reading as "make sleepy" (the reason for the term's "la zona").
what-happens-single =
    .p-1 = { $region ->
        [upper] El médico le pone una sola inyección de medicamento cerca de la médula espinal.
       *[lower] El médico le pone una sola inyección de medicamento en { -lower-spine }. La inyección va cerca de los nervios de la columna. La médula espinal suele terminar más arriba. Cerca del coxis, la aguja entra por una pequeña abertura natural.
    }
    .p-2 = { $region ->
        [upper] El medicamento puede ir al { -epidural-space }. Está justo por fuera de la bolsa que envuelve la médula espinal. O puede ir al { -fluid-space }, dentro de esa bolsa. Su nombre médico es { -fluid-space-medical }.
       *[lower] El medicamento puede ir al { -epidural-space }. Está justo por fuera de la bolsa que envuelve los nervios de la columna. O puede ir al { -fluid-space }, dentro de esa bolsa. Su nombre médico es { -fluid-space-medical }.
    }
    .item-1 = Su { -care-team } le ayuda a prepararse.
    .item-2 = El médico le adormece la piel con un medicamento.
    .item-3 = El médico introduce una aguja. A veces también usa un { -tube } delgado y flexible.
    .item-4 = { $imaging ->
        [yes] El médico usa imágenes de { -live-x-ray } o de { -ct-scan(form: "short") } para comprobar que la punta está en el lugar correcto.
       *[no] El médico comprueba que la punta está en el lugar correcto.
    }
    .item-5 = Se inyecta el medicamento.
    .item-6 = La aguja o el { -tube } se saca el mismo día.
    .item-7 = Su { -care-team } observa durante un rato cómo reacciona usted al medicamento.

# Steps for a tube that stays in.
# $region (String) - "upper": near the spinal cord; "lower": near the spinal nerves, below the end of the cord,
# and near the tailbone through a small natural opening (the caudal route).
# $imaging (String) - "yes" or "no": whether live x-ray or CT pictures are used to check the tube.
# .p-2 gives the medical names once: epidural space, and subarachnoid (intrathecal) space.
# .item-2: see what-happens-single (panel S2).
what-happens-catheter =
    .p-1 = { $region ->
        [upper] El médico coloca un { -tube } delgado y flexible cerca de la médula espinal.
       *[lower] El médico coloca un { -tube } delgado y flexible en { -lower-spine }. El { -tube } queda cerca de los nervios de la columna. La médula espinal suele terminar más arriba. Cerca del coxis, la aguja entra por una pequeña abertura natural.
    } El nombre médico de este { -tube } es { -catheter }.
    .p-2 = { $region ->
        [upper] El { -tube } puede ir al { -epidural-space }. Está justo por fuera de la bolsa que envuelve la médula espinal. O puede ir al { -fluid-space }, dentro de esa bolsa. Su nombre médico es { -fluid-space-medical }.
       *[lower] El { -tube } puede ir al { -epidural-space }. Está justo por fuera de la bolsa que envuelve los nervios de la columna. O puede ir al { -fluid-space }, dentro de esa bolsa. Su nombre médico es { -fluid-space-medical }.
    }
    .item-1 = Su { -care-team } le ayuda a prepararse.
    .item-2 = El médico le adormece la piel con un medicamento.
    .item-3 = El médico introduce una aguja y después el { -tube }.
    .item-4 = { $imaging ->
        [yes] El médico usa imágenes de { -live-x-ray } o de { -ct-scan(form: "short") } para comprobar que el { -tube } está en el lugar correcto.
       *[no] El médico comprueba que el { -tube } está en el lugar correcto.
    }
    .item-5 = El medicamento entra por el { -tube }.
    .item-6 = El { -tube } se sujeta con cinta adhesiva o de otra forma, para que se quede puesto.
    .item-7 = Su { -care-team } observa durante un rato cómo reacciona usted al medicamento.

# Steps of the live x-ray guidance (77003). No variables.
what-happens-guidance =
    .p-1 = Los { -live-x-ray } muestran imágenes en movimiento en una pantalla. El nombre médico es { -fluoroscopy }.
    .item-1 = La máquina de rayos X muestra su columna en una pantalla mientras el médico trabaja.
    .item-2 = El médico mira la pantalla mientras mueve la aguja o el { -tube }.
    .item-3 = Las imágenes muestran dónde está la punta de la aguja o del { -tube }.
    .item-4 = Esto ayuda al médico a colocar la punta en el lugar correcto.

## The medicine

# The kinds of medicine, for single shots and tubes (one message serves both). No variables.
# Never a medicine that destroys nerves (neurolytic).
medicines =
    .p-1 = El medicamento puede ayudar a encontrar la causa del dolor o puede tratarlo. Este código nunca se usa para medicamentos que destruyen nervios.
    .p-2 = El medicamento puede ser uno o varios de estos:
    .item-1 = un { -numbing-medicine } (un anestésico local)
    .item-2 = un relajante muscular, para aliviar los espasmos de los músculos
    .item-3 = un medicamento fuerte para el dolor (un { -opioid })
    .item-4 = un { -steroid }, un medicamento que calma la inflamación
    .item-5 = otro medicamento líquido

# 77003 covers no medicine: the shot or tube that gives it has its own code. No variables.
# .p-2: panel S12 ("La inyección que da el medicamento" was literal); it now names the tube too, as English does.
medicines-guidance =
    .p-1 = Este código no cubre ningún medicamento. Es solo para los { -live-x-ray }.
    .p-2 = La inyección o el { -tube } por el que se da el medicamento tiene su propio código.

## How the medicine is given

# One shot, all at once. No variables.
how-given-single =
    .p-1 = Usted recibe el medicamento en una sola inyección, todo de una vez.
    .p-2 = Después se saca la aguja o el { -tube }. No queda nada dentro de su cuerpo.

# Through the tube: a steady flow (continuous infusion) or separate doses (intermittent boluses). No variables.
# .note-1 explains "bolus" after the list: a bolus is one dose given at one time, not always a large one.
# Spanish: "bolo" is the medical word patients hear; in Central America it also means "drunk", so it is always
# explained in the same breath (panel S17). .p-2 says "maneras" so "forma" is not repeated (panel S11).
how-given-catheter =
    .p-1 = El { -tube } se queda puesto después de la primera dosis. El medicamento puede pasar por él durante horas o días.
    .p-2 = El medicamento pasa por el { -tube } de una de estas dos maneras:
    .item-1 = en un flujo continuo, muchas veces con una bomba
    .item-2 = en dosis separadas de vez en cuando
    .note-1 = Cada una de esas dosis separadas se llama bolo. Un bolo no siempre es una dosis grande.

# 77003 gives no medicine. No variables.
# Spanish: panel S12 ("No dan ningún medicamento" was literal).
how-given-guidance =
    .p-1 = Los { -live-x-ray } se usan mientras se introduce la aguja o el { -tube }. Con ellos no se da ningún medicamento.

## Pictures to guide the needle

# Imaging for a single shot.
# $imaging (String) - "yes" (live x-ray or CT guides the needle) or "no".
# Spanish: "Con estas pruebas", not "Estas máquinas" (panel S13): x-rays and CT scans are tests.
imaging-single =
    .p-1 = { $imaging ->
        [yes] Los { -live-x-ray } o una { -ct-scan } guían la aguja. Con estas pruebas se ven imágenes del interior de su cuerpo.
       *[no] No se usan rayos X ni { -ct-scan } para guiar la aguja.
    }
    .p-2 = { $imaging ->
        [yes] El médico usa las imágenes para dirigir la aguja y ver dónde está la punta.
       *[no] Si se usan imágenes de rayos X o de { -ct-scan(form: "short") } para guiarla, se usa otro código.
    }

# Imaging for a tube.
# $imaging (String) - "yes" (live x-ray or CT guides the needle and tube) or "no".
imaging-catheter =
    .p-1 = { $imaging ->
        [yes] Los { -live-x-ray } o una { -ct-scan } guían la aguja y el { -tube }. Con estas pruebas se ven imágenes del interior de su cuerpo.
       *[no] No se usan rayos X ni { -ct-scan } para guiar la aguja ni el { -tube }.
    }
    .p-2 = { $imaging ->
        [yes] El médico usa las imágenes para dirigir el { -tube } y ver dónde está la punta.
       *[no] Si se usan imágenes de rayos X o de { -ct-scan(form: "short") } para guiarlo, se usa otro código.
    }

# 77003 is the imaging itself, for a needle or tube near any part of the spine. No variables.
imaging-guidance =
    .p-1 = Este código es para las imágenes en sí. Los { -live-x-ray } pueden guiar una aguja o un { -tube } cerca de cualquier parte de la columna.
    .p-2 = Ayudan al médico a dirigir la aguja o el { -tube } y a ver dónde está la punta.

## When to get emergency help

# Emergency signs after a single shot. .p-1 leads into the list. The items are the signs, one each.
# .note-1 says why the first four signs are urgent.
# $region (String) - "upper": a bleed or infection could press on the spinal cord or nerves;
# "lower": on the spinal nerves (the cord usually ends higher up).
# .note-2: the last two signs can come from opioid pain medicine.
# .note-3 speaks about the people with the patient, who must act if the patient is hard to wake.
# Spanish (panel S4, S5): a lead-in and short items; "nuevo o muy fuerte" for "new or bad"; "respiración lenta
# o muy débil", not the clinical "superficial"; "cuesta despertarle" (no masculine or feminine ending).
# "pee or poop" = "la orina o las heces". No phone number is named; "busque ayuda de emergencia" works anywhere.
emergency-single =
    .p-1 = Busque ayuda de emergencia de inmediato si tiene alguna de estas señales:
    .item-1 = dolor de espalda o de cuello nuevo o muy fuerte
    .item-2 = adormecimiento o debilidad nuevos en los brazos o las piernas
    .item-3 = dificultad para controlar la orina o las heces
    .item-4 = adormecimiento nuevo en la ingle o las nalgas
    .item-5 = respiración lenta o muy débil
    .item-6 = tanto sueño que cuesta despertarle
    .note-1 = { $region ->
        [upper] Las cuatro primeras señales pueden indicar un sangrado o una infección que presiona la médula espinal o los nervios. Es poco común, pero necesita atención médica en cuestión de horas.
       *[lower] Las cuatro primeras señales pueden indicar un sangrado o una infección que presiona los nervios de la columna. Es poco común, pero necesita atención médica en cuestión de horas.
    }
    .note-2 = La respiración lenta y el sueño muy profundo pueden ocurrir con los medicamentos { -opioid(number: "other") } para el dolor.
    .note-3 = Si cuesta despertarle, las personas que estén con usted deben buscar ayuda de emergencia por usted.

# Emergency signs with a tube. The same as emergency-single; kept apart so each kind can change on its own.
# $region (String) - "upper": a bleed or infection could press on the spinal cord or nerves;
# "lower": on the spinal nerves (the cord usually ends higher up).
# .note-2: the last two signs can come from opioid pain medicine.
# .note-3 speaks about the people with the patient, who must act if the patient is hard to wake.
emergency-catheter =
    .p-1 = Busque ayuda de emergencia de inmediato si tiene alguna de estas señales:
    .item-1 = dolor de espalda o de cuello nuevo o muy fuerte
    .item-2 = adormecimiento o debilidad nuevos en los brazos o las piernas
    .item-3 = dificultad para controlar la orina o las heces
    .item-4 = adormecimiento nuevo en la ingle o las nalgas
    .item-5 = respiración lenta o muy débil
    .item-6 = tanto sueño que cuesta despertarle
    .note-1 = { $region ->
        [upper] Las cuatro primeras señales pueden indicar un sangrado o una infección que presiona la médula espinal o los nervios. Es poco común, pero necesita atención médica en cuestión de horas.
       *[lower] Las cuatro primeras señales pueden indicar un sangrado o una infección que presiona los nervios de la columna. Es poco común, pero necesita atención médica en cuestión de horas.
    }
    .note-2 = La respiración lenta y el sueño muy profundo pueden ocurrir con los medicamentos { -opioid(number: "other") } para el dolor.
    .note-3 = Si cuesta despertarle, las personas que estén con usted deben buscar ayuda de emergencia por usted.

# Emergency signs for 77003. It gives no medicine, so there are no opioid signs. It can be used at any part of
# the spine, so .note-1 names both the spinal cord and the nerves. No variables.
emergency-guidance =
    .p-1 = Busque ayuda de emergencia de inmediato si tiene alguna de estas señales:
    .item-1 = dolor de espalda o de cuello nuevo o muy fuerte
    .item-2 = adormecimiento o debilidad nuevos en los brazos o las piernas
    .item-3 = dificultad para controlar la orina o las heces
    .item-4 = adormecimiento nuevo en la ingle o las nalgas
    .note-1 = Estas señales pueden indicar un sangrado o una infección que presiona la médula espinal o los nervios. Es poco común, pero necesita atención médica en cuestión de horas.

## When to call your care team (not an emergency)

# Signs to call the care team about after a single shot. No variables.
# .item-3: a leak of spinal fluid. .item-4: itching or nausea. .item-5: dizziness or feeling faint.
when-to-call-single =
    .p-1 = Llame a su { -care-team } si tiene:
    .item-1 = fiebre o escalofríos
    .item-2 = enrojecimiento, calor, hinchazón, pus o líquido en el lugar donde entró la aguja
    .item-3 = un dolor de cabeza fuerte que empeora al sentarse o ponerse de pie y mejora al acostarse. Puede que se esté saliendo líquido espinal.
    .item-4 = picazón o náuseas (ganas de vomitar)
    .item-5 = mareo o sensación de que se va a desmayar

# Signs to call the care team about with a tube. No variables.
# .item-3: a leak of spinal fluid. .item-4: itching or nausea. .item-5: dizziness or feeling faint.
when-to-call-catheter =
    .p-1 = Llame a su { -care-team } si tiene:
    .item-1 = fiebre o escalofríos
    .item-2 = enrojecimiento, calor, hinchazón, pus o líquido en el lugar donde entra el { -tube }
    .item-3 = un dolor de cabeza fuerte que empeora al sentarse o ponerse de pie y mejora al acostarse. Puede que se esté saliendo líquido espinal.
    .item-4 = picazón o náuseas (ganas de vomitar)
    .item-5 = mareo o sensación de que se va a desmayar
    .item-6 = un { -tube } que se sale o que gotea

# Signs to call the care team about for 77003 (no medicine, so no itching or nausea). No variables.
# .item-3: a leak of spinal fluid. .item-4: dizziness or feeling faint (it can happen with any spine injection).
when-to-call-guidance =
    .p-1 = Llame a su { -care-team } si tiene:
    .item-1 = fiebre o escalofríos
    .item-2 = enrojecimiento, calor, hinchazón, pus o líquido en el lugar donde entró la aguja
    .item-3 = un dolor de cabeza fuerte que empeora al sentarse o ponerse de pie y mejora al acostarse. Puede que se esté saliendo líquido espinal.
    .item-4 = mareo o sensación de que se va a desmayar

## What the code on your bill means

# Billing of a single shot.
# $code (String) - the code number, such as 62320.
# $imaging (String) - "yes": the imaging is part of the code, so 77003 is not billed again;
# "no": 77003 is not billed with it either.
# Spanish: [no] puts the guidance in parentheses (panel S9: "por la guía" was a calque of "for ... guidance").
billing-single =
    .p-1 = El código { $code } corresponde a una sola inyección. La aguja o el { -tube } se saca el mismo día.
    .p-2 = { $imaging ->
        [yes] Las imágenes forman parte de este código. Por eso no se cobran otra vez con el código 77003.
       *[no] El código 77003 (la guía con { -live-x-ray }) no se cobra junto con este código.
    }

# Billing of a tube: once for the whole series of doses, even over several days.
# $code (String) - the code number, such as 62324.
# $imaging (String) - "yes": the imaging is part of the code, so 77003 is not billed again;
# "no": 77003 is not billed with it either.
billing-catheter =
    .p-1 = El código { $code } se cobra una sola vez por toda la serie de dosis que pasan por el { -tube }. Es así aunque el { -tube } se quede puesto varios días.
    .p-2 = { $imaging ->
        [yes] Las imágenes forman parte de este código. Por eso no se cobran otra vez con el código 77003.
       *[no] El código 77003 (la guía con { -live-x-ray }) no se cobra junto con este código.
    }

# Billing of 77003: never with 62320-62327 (some already include imaging; the others are used when no imaging
# is done). No variables.
# Spanish: a range of codes is "del 62320 al 62327" (panel S15).
billing-guidance =
    .p-1 = El código 77003 es solo para la guía con { -live-x-ray }.
    .p-2 = No se cobra junto con los códigos del 62320 al 62327. Algunos de esos códigos ya incluyen las imágenes. Los demás solo se usan cuando no hay guía por imágenes.

## Questions to ask your care team
# Spanish: "blood thinners" = "los anticoagulantes (medicamentos que diluyen la sangre)". Panel S6 added the
# word on labels and at the pharmacy; the first edition's plain words stay in parentheses. Not "para adelgazar
# la sangre": "medicamentos para adelgazar" also means weight-loss pills.

# Questions for a single shot. No variables.
questions-single =
    .item-1 = ¿Por qué esta es la opción adecuada para mí? ¿Qué otras opciones tengo?
    .item-2 = ¿Qué medicamento me van a dar?
    .item-3 = ¿Debo dejar de tomar alguno de mis medicamentos antes, como los anticoagulantes (medicamentos que diluyen la sangre)?
    .item-4 = ¿A quién llamo, de día o de noche, si siento que algo no está bien?

# Questions for a tube. No variables. .item-5: the code should be billed once for the whole series.
# Spanish: the period goes after the closing parenthesis (RAE).
questions-catheter =
    .item-1 = ¿Por qué esta es la opción adecuada para mí? ¿Qué otras opciones tengo?
    .item-2 = ¿Qué medicamento va a pasar por el { -tube } y por cuánto tiempo?
    .item-3 = ¿Debo dejar de tomar alguno de mis medicamentos antes, como los anticoagulantes (medicamentos que diluyen la sangre)?
    .item-4 = ¿A quién llamo, de día o de noche, si siento que algo no está bien?
    .item-5 = ¿Esto aparecerá en mi factura una sola vez o una vez por cada dosis? (Debería aparecer una sola vez por toda la serie).

# Questions for 77003. No variables.
questions-guidance =
    .item-1 = ¿Por qué necesito { -live-x-ray } para guiar la aguja o el { -tube }?
    .item-2 = ¿Debo dejar de tomar alguno de mis medicamentos antes, como los anticoagulantes (medicamentos que diluyen la sangre)?
    .item-3 = ¿A quién llamo, de día o de noche, si siento que algo no está bien?
