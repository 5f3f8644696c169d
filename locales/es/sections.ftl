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
### Spanish: the reader is addressed as "usted". Sentences about the patient are worded so that
### they need no masculine or feminine ending (for example "le ayuda a prepararse",
### "es difícil hacer que despierte").

## Headings

section-what-happens = Qué pasa
section-medicines = El medicamento
section-how-given = Cómo se da el medicamento
section-imaging = Imágenes para guiar la aguja
section-billing = Qué significa el código en su factura
section-when-to-call = Cuándo buscar ayuda
section-questions = Preguntas para su { -care-team }

## What happens

what-happens-single =
    .p-1 = El médico le pone una sola inyección de medicamento en un espacio cerca de la médula espinal.
    .p-2 = Puede ser el { -epidural-space }. Está justo por fuera de la bolsa que envuelve la médula espinal. O puede ser el { -fluid-space }. Está dentro de esa bolsa.
    .item-1 = Su { -care-team } le ayuda a prepararse.
    .item-2 = El médico le pone en la piel un { -numbing-medicine }.
    .item-3 = El médico introduce una aguja. A veces también usa un { -tube } delgado y flexible.
    .item-4 = { $imaging ->
        [yes] El médico usa imágenes de { -live-x-ray } o de { -ct-scan } para comprobar que la punta está en el lugar correcto.
       *[no] El médico comprueba que la punta está en el lugar correcto.
    }
    .item-5 = Se inyecta el medicamento.
    .item-6 = La aguja o el { -tube } se saca el mismo día.
    .item-7 = Su { -care-team } observa durante un rato cómo reacciona usted al medicamento.

what-happens-catheter =
    .p-1 = El médico coloca un { -tube } delgado y flexible en un espacio cerca de la médula espinal. El nombre médico de este { -tube } es { -catheter }.
    .p-2 = Puede ser el { -epidural-space }. Está justo por fuera de la bolsa que envuelve la médula espinal. O puede ser el { -fluid-space }. Está dentro de esa bolsa.
    .item-1 = Su { -care-team } le ayuda a prepararse.
    .item-2 = El médico le pone en la piel un { -numbing-medicine }.
    .item-3 = El médico introduce una aguja y después el { -tube }.
    .item-4 = { $imaging ->
        [yes] El médico usa imágenes de { -live-x-ray } o de { -ct-scan } para comprobar que el { -tube } está en el lugar correcto.
       *[no] El médico comprueba que el { -tube } está en el lugar correcto.
    }
    .item-5 = El medicamento entra por el { -tube }.
    .item-6 = El { -tube } se sujeta con cinta adhesiva o de otra forma, para que se quede puesto.
    .item-7 = Su { -care-team } observa durante un rato cómo reacciona usted al medicamento.

what-happens-guidance =
    .p-1 = Los { -live-x-ray } muestran imágenes en movimiento en una pantalla. El nombre médico es { -fluoroscopy }.
    .item-1 = La máquina de rayos X muestra su columna en una pantalla mientras el médico trabaja.
    .item-2 = El médico mira la pantalla mientras mueve la aguja o el { -tube }.
    .item-3 = Las imágenes muestran dónde está la punta de la aguja o del { -tube }.
    .item-4 = Esto ayuda al médico a colocar la punta en el lugar correcto para la inyección.

## The medicine

medicines =
    .p-1 = El medicamento puede ayudar a encontrar la causa del dolor o puede tratarlo. Este código nunca se usa para medicamentos que destruyen nervios.
    .p-2 = El medicamento puede ser uno o varios de estos:
    .item-1 = un { -numbing-medicine } (un anestésico local)
    .item-2 = un relajante muscular, para aliviar los espasmos de los músculos
    .item-3 = un medicamento fuerte para el dolor (un { -opioid })
    .item-4 = un { -steroid }, un medicamento que calma la inflamación
    .item-5 = otro medicamento líquido

medicines-guidance =
    .p-1 = Este código no cubre ningún medicamento. Es solo para los { -live-x-ray }.
    .p-2 = La inyección que da el medicamento tiene su propio código.

## How the medicine is given

how-given-single =
    .p-1 = Usted recibe el medicamento en una sola inyección, todo de una vez.
    .p-2 = Después se saca la aguja o el { -tube }. No queda nada puesto en su espalda.

how-given-catheter =
    .p-1 = El { -tube } se queda puesto después de la primera dosis. Esto puede durar horas o días.
    .p-2 = Una dosis que se da toda de una vez se llama bolo. Un bolo no siempre es una dosis grande.
    .p-3 = El medicamento pasa por el { -tube } de una de estas dos formas:
    .item-1 = de forma continua, muchas veces con una bomba pequeña
    .item-2 = en dosis separadas de vez en cuando

how-given-guidance =
    .p-1 = Los { -live-x-ray } se usan mientras se introduce la aguja o el { -tube }. No dan ningún medicamento.

## Pictures to guide the needle

imaging-single =
    .p-1 = { $imaging ->
        [yes] Los { -live-x-ray } o una { -ct-scan } guían la aguja. Estas máquinas muestran imágenes del interior de su cuerpo.
       *[no] No se usan rayos X ni { -ct-scan } para guiar la aguja.
    }
    .p-2 = { $imaging ->
        [yes] El médico usa las imágenes para dirigir la aguja y ver dónde está la punta.
       *[no] Si se usan imágenes de rayos X o de { -ct-scan } para guiarla, se usa otro código.
    }

imaging-catheter =
    .p-1 = { $imaging ->
        [yes] Los { -live-x-ray } o una { -ct-scan } guían la aguja y el { -tube }. Estas máquinas muestran imágenes del interior de su cuerpo.
       *[no] No se usan rayos X ni { -ct-scan } para guiar la aguja ni el { -tube }.
    }
    .p-2 = { $imaging ->
        [yes] El médico usa las imágenes para dirigir el { -tube } y ver dónde está la punta.
       *[no] Si se usan imágenes de rayos X o de { -ct-scan } para guiarlo, se usa otro código.
    }

imaging-guidance =
    .p-1 = Este código es para las imágenes. Los { -live-x-ray } se pueden usar para una inyección en cualquier parte de la columna.
    .p-2 = Ayudan al médico a dirigir la aguja o el { -tube } y a ver dónde está la punta.

## What the code on your bill means

billing-single =
    .p-1 = El código { $code } significa una sola inyección. La aguja o el { -tube } se saca el mismo día.
    .p-2 = { $imaging ->
        [yes] Las imágenes forman parte de este código. Por eso no se cobran otra vez con el código 77003.
       *[no] El código 77003, por la guía con { -live-x-ray }, no se cobra junto con este código.
    }

billing-catheter =
    .p-1 = El código { $code } se cobra una sola vez por toda la serie de dosis que pasan por el { -tube }. Es así aunque el { -tube } se quede puesto varios días.
    .p-2 = { $imaging ->
        [yes] Las imágenes forman parte de este código. Por eso no se cobran otra vez con el código 77003.
       *[no] El código 77003, por la guía con { -live-x-ray }, no se cobra junto con este código.
    }

billing-guidance =
    .p-1 = El código 77003 es solo para la guía con { -live-x-ray }.
    .p-2 = No se cobra junto con los códigos 62320 a 62327. Algunos de esos códigos ya incluyen las imágenes. Los demás son para inyecciones que se hacen sin ellas.

## When to get help
# Spanish: "pee or poop" is "la orina o las heces" (plain but not childish).
# No phone number is named; "busque ayuda de emergencia" works in any country.

when-to-call-single =
    .p-1 = Busque ayuda de emergencia de inmediato si tiene un dolor de espalda o de cuello que es nuevo o fuerte, si siente adormecimiento o debilidad en los brazos o las piernas que no tenía antes, o si no puede controlar la orina o las heces. Es raro, pero puede haber un sangrado o una infección que esté presionando la médula espinal. Esto necesita atención en cuestión de horas.
    .p-2 = Busque ayuda de emergencia también si su respiración es lenta o superficial, o si tiene mucho sueño y es difícil hacer que despierte. Esto puede pasar con los medicamentos { -opioid(number: "other") } para el dolor.
    .p-3 = Llame a su { -care-team } si tiene:
    .item-1 = fiebre o escalofríos
    .item-2 = enrojecimiento, calor, hinchazón, pus o líquido en el lugar donde entró la aguja
    .item-3 = un dolor de cabeza fuerte que empeora al sentarse o ponerse de pie y mejora al acostarse. Puede que se esté saliendo líquido espinal.
    .item-4 = picazón, el estómago revuelto, mareos o sensación de desmayo

when-to-call-catheter =
    .p-1 = Busque ayuda de emergencia de inmediato si tiene un dolor de espalda o de cuello que es nuevo o fuerte, si siente adormecimiento o debilidad en los brazos o las piernas que no tenía antes, o si no puede controlar la orina o las heces. Es raro, pero puede haber un sangrado o una infección que esté presionando la médula espinal. Esto necesita atención en cuestión de horas.
    .p-2 = Busque ayuda de emergencia también si su respiración es lenta o superficial, o si tiene mucho sueño y es difícil hacer que despierte. Esto puede pasar con los medicamentos { -opioid(number: "other") } para el dolor.
    .p-3 = Llame a su { -care-team } si tiene:
    .item-1 = fiebre o escalofríos
    .item-2 = enrojecimiento, calor, hinchazón, pus o líquido en el lugar donde entra el { -tube }
    .item-3 = un dolor de cabeza fuerte que empeora al sentarse o ponerse de pie y mejora al acostarse. Puede que se esté saliendo líquido espinal.
    .item-4 = picazón, el estómago revuelto, mareos o sensación de desmayo
    .item-5 = un { -tube } que se sale o que gotea

when-to-call-guidance =
    .p-1 = Busque ayuda de emergencia de inmediato si tiene un dolor de espalda o de cuello que es nuevo o fuerte, si siente adormecimiento o debilidad en los brazos o las piernas que no tenía antes, o si no puede controlar la orina o las heces. Es raro, pero puede haber un sangrado o una infección que esté presionando la médula espinal. Esto necesita atención en cuestión de horas.
    .p-2 = Llame a su { -care-team } si tiene:
    .item-1 = fiebre o escalofríos
    .item-2 = enrojecimiento, calor, hinchazón, pus o líquido en el lugar donde entró la aguja
    .item-3 = un dolor de cabeza fuerte que empeora al sentarse o ponerse de pie y mejora al acostarse. Puede que se esté saliendo líquido espinal.

## Questions to ask your care team
# Spanish: "blood thinners" is "los que diluyen la sangre". Not "para adelgazar la sangre":
# "medicamentos para adelgazar" also means weight-loss pills.

questions-single =
    .item-1 = ¿Por qué esta es la opción adecuada para mí? ¿Qué otras opciones tengo?
    .item-2 = ¿Qué medicamento me van a dar?
    .item-3 = ¿Debo dejar de tomar alguno de mis medicamentos antes, como los que diluyen la sangre?
    .item-4 = ¿A quién llamo, de día o de noche, si siento que algo no está bien?

questions-catheter =
    .item-1 = ¿Por qué esta es la opción adecuada para mí? ¿Qué otras opciones tengo?
    .item-2 = ¿Qué medicamento va a pasar por el { -tube } y por cuánto tiempo?
    .item-3 = ¿Debo dejar de tomar alguno de mis medicamentos antes, como los que diluyen la sangre?
    .item-4 = ¿A quién llamo, de día o de noche, si siento que algo no está bien?
    .item-5 = ¿Esto aparecerá en mi factura una sola vez o una vez por cada dosis? (Debería aparecer una sola vez por toda la serie).

questions-guidance =
    .item-1 = ¿Por qué necesito { -live-x-ray } para mi inyección?
    .item-2 = ¿Debo dejar de tomar alguno de mis medicamentos antes, como los que diluyen la sangre?
    .item-3 = ¿A quién llamo, de día o de noche, si siento que algo no está bien?
