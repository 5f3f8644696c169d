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
### German notes for reviewers:
### - "doctor" is "die Ärztin oder der Arzt"; "shot" is "Spritze"; "billed" is "abgerechnet".
### - Plain "x-ray" (not the term -live-x-ray) is "Röntgen".
### - "Get emergency help" is "Holen Sie Notfallhilfe": no phone number, as it differs by country.
### - "pee or poop" is "Wasser lassen oder Stuhlgang", the plain but polite German words.
### - The first emergency paragraph is split into short sentences, one per warning sign, so each
###   sign reads on its own as a reason to get help ("Das gilt auch ...", "Das Gleiche gilt ...").
### - "These machines" (imaging-*.p-1) is "Beide" (both): a live x-ray is a procedure, not a machine.
### - "a tube that falls out" is "der Schlauch ist herausgerutscht", the usual German for a catheter
###   that has come out.

## Headings

section-what-happens = Was passiert
section-medicines = Das Medikament
section-how-given = Wie Sie das Medikament bekommen
section-imaging = Bilder zum Führen der Nadel
section-billing = Was der Code auf Ihrer Rechnung bedeutet
section-when-to-call = Wann Sie Hilfe holen sollten
section-questions = Fragen an Ihr { -care-team(case: "accusative") }

## What happens

what-happens-single =
    .p-1 = Die Ärztin oder der Arzt spritzt Ihnen einmalig ein Medikament in einen Raum nahe an Ihrem Rückenmark.
    .p-2 = Das kann der { -epidural-space } sein. Er liegt direkt außerhalb der Hülle, die Ihr Rückenmark umgibt. Oder es kann der { -fluid-space } sein. Er liegt innerhalb dieser Hülle.
    .item-1 = Das { -care-team } bereitet Sie vor.
    .item-2 = Die Ärztin oder der Arzt macht Ihre Haut mit einem { -numbing-medicine(case: "dative") } taub.
    .item-3 = Die Ärztin oder der Arzt sticht eine Nadel ein. Manchmal wird auch ein dünner, weicher { -tube } benutzt.
    .item-4 = { $imaging ->
        [yes] Mit Bildern aus der { -live-x-ray } oder aus dem { -ct-scan } prüft die Ärztin oder der Arzt, ob die Spitze an der richtigen Stelle ist.
       *[no] Die Ärztin oder der Arzt prüft, ob die Spitze an der richtigen Stelle ist.
    }
    .item-5 = Das Medikament wird gespritzt.
    .item-6 = Die Nadel oder der { -tube } wird noch am selben Tag entfernt.
    .item-7 = Das { -care-team } beobachtet Sie danach eine Weile, um zu sehen, wie Sie auf das Medikament reagieren.

what-happens-catheter =
    .p-1 = Die Ärztin oder der Arzt legt einen dünnen, weichen { -tube(case: "accusative") } in einen Raum nahe an Ihrem Rückenmark. Das Fachwort für diesen { -tube(case: "accusative") } ist { -catheter }.
    .p-2 = Das kann der { -epidural-space } sein. Er liegt direkt außerhalb der Hülle, die Ihr Rückenmark umgibt. Oder es kann der { -fluid-space } sein. Er liegt innerhalb dieser Hülle.
    .item-1 = Das { -care-team } bereitet Sie vor.
    .item-2 = Die Ärztin oder der Arzt macht Ihre Haut mit einem { -numbing-medicine(case: "dative") } taub.
    .item-3 = Die Ärztin oder der Arzt sticht eine Nadel ein und legt dann den { -tube(case: "accusative") } ein.
    .item-4 = { $imaging ->
        [yes] Mit Bildern aus der { -live-x-ray } oder aus dem { -ct-scan } prüft die Ärztin oder der Arzt, ob der { -tube } an der richtigen Stelle liegt.
       *[no] Die Ärztin oder der Arzt prüft, ob der { -tube } an der richtigen Stelle liegt.
    }
    .item-5 = Das Medikament wird durch den { -tube(case: "accusative") } gegeben.
    .item-6 = Der { -tube } wird mit Pflaster oder auf andere Weise befestigt, damit er liegen bleibt.
    .item-7 = Das { -care-team } beobachtet Sie danach eine Weile, um zu sehen, wie Sie auf das Medikament reagieren.

what-happens-guidance =
    .p-1 = Eine { -live-x-ray } zeigt bewegte Bilder auf einem Bildschirm. Das Fachwort dafür ist { -fluoroscopy }.
    .item-1 = Das Röntgengerät zeigt Ihre Wirbelsäule auf einem Bildschirm, während die Ärztin oder der Arzt arbeitet.
    .item-2 = Die Ärztin oder der Arzt bewegt die Nadel oder den { -tube(case: "accusative") } und schaut dabei auf den Bildschirm.
    .item-3 = Die Bilder zeigen, wo die Spitze ist.
    .item-4 = So kann die Ärztin oder der Arzt die Spitze an die richtige Stelle für die Spritze bringen.

## The medicine

medicines =
    .p-1 = Das Medikament kann helfen, die Ursache von Schmerzen zu finden. Oder es kann die Schmerzen behandeln. Dieser Code gilt nie für Medikamente, die Nerven zerstören.
    .p-2 = Das Medikament kann eines oder mehrere dieser Mittel sein:
    .item-1 = ein { -numbing-medicine } (ein Lokalanästhetikum)
    .item-2 = ein Mittel, das die Muskeln entspannt und Muskelkrämpfe lindert
    .item-3 = ein starkes Schmerzmittel (ein { -opioid })
    .item-4 = { -steroid } (ein Steroid), ein Mittel, das Schwellungen lindert
    .item-5 = ein anderes flüssiges Medikament

medicines-guidance =
    .p-1 = Dieser Code umfasst kein Medikament. Er gilt nur für die { -live-x-ray }.
    .p-2 = Die Spritze, mit der Sie das Medikament bekommen, hat einen eigenen Code.

## How the medicine is given

how-given-single =
    .p-1 = Sie bekommen das Medikament mit einer einzigen Spritze, alles auf einmal.
    .p-2 = Danach wird die Nadel oder der { -tube } entfernt. Nichts bleibt in Ihrem Rücken.

how-given-catheter =
    .p-1 = Der { -tube } bleibt nach der ersten Dosis liegen. Das kann Stunden oder Tage dauern.
    .p-2 = Eine Dosis, die auf einmal gegeben wird, heißt Bolus. Ein Bolus ist nicht immer eine große Dosis.
    .p-3 = Das Medikament kommt auf eine von zwei Arten durch den { -tube(case: "accusative") }:
    .item-1 = als gleichmäßiger Fluss, oft aus einer kleinen Pumpe
    .item-2 = in einzelnen Dosen von Zeit zu Zeit

how-given-guidance =
    .p-1 = Die { -live-x-ray } wird benutzt, während die Nadel oder der { -tube } eingeführt wird. Mit ihr wird kein Medikament gegeben.

## Pictures to guide the needle

imaging-single =
    .p-1 = { $imaging ->
        [yes] Die Nadel wird mit einer { -live-x-ray } oder einem { -ct-scan } geführt. Beide zeigen Bilder aus dem Inneren Ihres Körpers.
       *[no] Die Nadel wird nicht mit Röntgen oder { -ct-scan } geführt.
    }
    .p-2 = { $imaging ->
        [yes] Mit den Bildern lenkt die Ärztin oder der Arzt die Nadel und sieht, wo ihre Spitze ist.
       *[no] Werden Röntgen- oder { -ct-scan }-Bilder zum Führen der Nadel benutzt, gilt ein anderer Code.
    }

imaging-catheter =
    .p-1 = { $imaging ->
        [yes] Die Nadel und der { -tube } werden mit einer { -live-x-ray } oder einem { -ct-scan } geführt. Beide zeigen Bilder aus dem Inneren Ihres Körpers.
       *[no] Weder die Nadel noch der { -tube } wird mit Röntgen oder { -ct-scan } geführt.
    }
    .p-2 = { $imaging ->
        [yes] Mit den Bildern lenkt die Ärztin oder der Arzt den { -tube(case: "accusative") } und sieht, wo seine Spitze ist.
       *[no] Werden Röntgen- oder { -ct-scan }-Bilder zum Führen des { -tube(case: "genitive") } benutzt, gilt ein anderer Code.
    }

imaging-guidance =
    .p-1 = Dieser Code steht für die Bildgebung selbst. Die { -live-x-ray } kann für eine Spritze in jedem Teil der Wirbelsäule benutzt werden.
    .p-2 = Sie hilft der Ärztin oder dem Arzt, die Nadel oder den { -tube(case: "accusative") } zu lenken und zu sehen, wo die Spitze ist.

## What the code on your bill means

billing-single =
    .p-1 = Code { $code } steht für eine einzelne Spritze. Die Nadel oder der { -tube } wird noch am selben Tag entfernt.
    .p-2 = { $imaging ->
        [yes] Die Bildgebung ist in diesem Code enthalten. Deshalb wird sie nicht noch einmal als Code 77003 abgerechnet.
       *[no] Code 77003 für die Führung mit { -live-x-ray } wird nicht zusammen mit diesem Code abgerechnet.
    }

billing-catheter =
    .p-1 = Code { $code } wird für die ganze Reihe von Dosen durch den { -tube(case: "accusative") } nur einmal abgerechnet. Das gilt auch, wenn der { -tube } mehrere Tage liegen bleibt.
    .p-2 = { $imaging ->
        [yes] Die Bildgebung ist in diesem Code enthalten. Deshalb wird sie nicht noch einmal als Code 77003 abgerechnet.
       *[no] Code 77003 für die Führung mit { -live-x-ray } wird nicht zusammen mit diesem Code abgerechnet.
    }

billing-guidance =
    .p-1 = Code 77003 gilt nur für die Führung mit { -live-x-ray }.
    .p-2 = Er wird nicht zusammen mit den Codes 62320 bis 62327 abgerechnet. Einige dieser Codes enthalten die Bildgebung schon. Die anderen gelten für Spritzen ohne Bildgebung.

## When to get help

when-to-call-single =
    .p-1 = Holen Sie sofort Notfallhilfe, wenn Sie neue oder starke Schmerzen im Rücken oder Nacken haben. Das gilt auch bei einem neuen Taubheitsgefühl oder einer neuen Schwäche in Armen oder Beinen. Das Gleiche gilt, wenn Sie nicht mehr kontrollieren können, wann Sie Wasser lassen oder Stuhlgang haben. Dahinter kann eine seltene Blutung oder Infektion stecken, die auf Ihr Rückenmark drückt. Das muss innerhalb von Stunden behandelt werden.
    .p-2 = Holen Sie auch Notfallhilfe, wenn Sie langsam oder flach atmen oder wenn Sie sehr schläfrig und schwer zu wecken sind. Das kann bei { -opioid }-Schmerzmitteln passieren.
    .p-3 = Rufen Sie Ihr { -care-team(case: "accusative") } an, wenn Sie eines davon bemerken:
    .item-1 = Fieber oder Schüttelfrost
    .item-2 = Rötung, Wärme, Schwellung, Eiter oder Flüssigkeit an der Stelle, wo die Nadel eingestochen wurde
    .item-3 = starke Kopfschmerzen, die im Sitzen oder Stehen schlimmer und im Liegen besser werden. Vielleicht tritt Nervenwasser aus.
    .item-4 = Juckreiz, Übelkeit, Schwindel oder das Gefühl, ohnmächtig zu werden

when-to-call-catheter =
    .p-1 = Holen Sie sofort Notfallhilfe, wenn Sie neue oder starke Schmerzen im Rücken oder Nacken haben. Das gilt auch bei einem neuen Taubheitsgefühl oder einer neuen Schwäche in Armen oder Beinen. Das Gleiche gilt, wenn Sie nicht mehr kontrollieren können, wann Sie Wasser lassen oder Stuhlgang haben. Dahinter kann eine seltene Blutung oder Infektion stecken, die auf Ihr Rückenmark drückt. Das muss innerhalb von Stunden behandelt werden.
    .p-2 = Holen Sie auch Notfallhilfe, wenn Sie langsam oder flach atmen oder wenn Sie sehr schläfrig und schwer zu wecken sind. Das kann bei { -opioid }-Schmerzmitteln passieren.
    .p-3 = Rufen Sie Ihr { -care-team(case: "accusative") } an, wenn Sie eines davon bemerken:
    .item-1 = Fieber oder Schüttelfrost
    .item-2 = Rötung, Wärme, Schwellung, Eiter oder Flüssigkeit an der Stelle, wo der { -tube } in die Haut geht
    .item-3 = starke Kopfschmerzen, die im Sitzen oder Stehen schlimmer und im Liegen besser werden. Vielleicht tritt Nervenwasser aus.
    .item-4 = Juckreiz, Übelkeit, Schwindel oder das Gefühl, ohnmächtig zu werden
    .item-5 = der { -tube } ist herausgerutscht oder undicht

when-to-call-guidance =
    .p-1 = Holen Sie sofort Notfallhilfe, wenn Sie neue oder starke Schmerzen im Rücken oder Nacken haben. Das gilt auch bei einem neuen Taubheitsgefühl oder einer neuen Schwäche in Armen oder Beinen. Das Gleiche gilt, wenn Sie nicht mehr kontrollieren können, wann Sie Wasser lassen oder Stuhlgang haben. Dahinter kann eine seltene Blutung oder Infektion stecken, die auf Ihr Rückenmark drückt. Das muss innerhalb von Stunden behandelt werden.
    .p-2 = Rufen Sie Ihr { -care-team(case: "accusative") } an, wenn Sie eines davon bemerken:
    .item-1 = Fieber oder Schüttelfrost
    .item-2 = Rötung, Wärme, Schwellung, Eiter oder Flüssigkeit an der Stelle, wo die Nadel eingestochen wurde
    .item-3 = starke Kopfschmerzen, die im Sitzen oder Stehen schlimmer und im Liegen besser werden. Vielleicht tritt Nervenwasser aus.

## Questions to ask your care team

questions-single =
    .item-1 = Warum ist das die richtige Wahl für mich? Welche anderen Möglichkeiten habe ich?
    .item-2 = Welches Medikament bekomme ich?
    .item-3 = Soll ich vorher eines meiner Medikamente absetzen, zum Beispiel einen Blutverdünner?
    .item-4 = Wen kann ich Tag und Nacht anrufen, wenn sich etwas nicht richtig anfühlt?

questions-catheter =
    .item-1 = Warum ist das die richtige Wahl für mich? Welche anderen Möglichkeiten habe ich?
    .item-2 = Welches Medikament bekomme ich durch den { -tube(case: "accusative") }, und wie lange?
    .item-3 = Soll ich vorher eines meiner Medikamente absetzen, zum Beispiel einen Blutverdünner?
    .item-4 = Wen kann ich Tag und Nacht anrufen, wenn sich etwas nicht richtig anfühlt?
    .item-5 = Steht das einmal auf meiner Rechnung oder einmal für jede Dosis? (Es sollte nur einmal für die ganze Reihe dort stehen.)

questions-guidance =
    .item-1 = Warum brauche ich für meine Spritze eine { -live-x-ray }?
    .item-2 = Soll ich vorher eines meiner Medikamente absetzen, zum Beispiel einen Blutverdünner?
    .item-3 = Wen kann ich Tag und Nacht anrufen, wenn sich etwas nicht richtig anfühlt?
