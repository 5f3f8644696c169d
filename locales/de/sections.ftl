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
### German notes for reviewers (see also the note at the top of terms.ftl):
### - "doctor" is "die Ärztin oder der Arzt"; "shot" is "Spritze"; "billed" is "abgerechnet".
###   The steps use the passive where the doctor would otherwise start every line (review 2026-11-29).
### - Plain "x-ray" (not the term -live-x-ray) is "Röntgen". The term -live-x-ray is used in its short form
###   "Durchleuchtung" in these sections: the summary (codes.ftl) has already named "Röntgendurchleuchtung".
###   Only what-happens-guidance.p-1, which defines it next to "Fluoroskopie", uses the full word.
### - "spinal nerves" (lower back) is "Nervenwurzeln", the word German patients know from back pain, explained
###   once in what-happens-*.p-1 ("die Nerven, die vom Rückenmark abgehen").
### - "Get emergency help" is "Rufen Sie (sofort) den Notruf": no phone number, as it differs by country
###   (review 2026-11-29: the first edition's "Holen Sie Notfallhilfe" was a calque).
### - "pee or poop" is "Wasserlassen oder Stuhlgang", the plain but polite German words.
### - "These tests" (imaging-*.p-1) is "Diese Untersuchungen" (the new English fixed "These machines").

## Headings

# Heading of the part on common reasons for the shot, the tube or the live x-ray. NEW.
section-why = Warum das gemacht wird
# Heading of the numbered steps.
section-what-happens = Was passiert
# Heading of the part on the kinds of medicine.
section-medicines = Das Medikament
# Heading of the part on how the medicine goes in: one shot, or a steady flow or separate doses.
section-how-given = Wie Sie das Medikament bekommen
# Heading of the part on imaging (live x-ray or CT pictures).
section-imaging = Bilder zum Führen der Nadel
# Heading of the signs that need emergency help. NEW: these signs were in "when-to-call" before.
section-emergency = Wann Sie sofort den Notruf rufen sollten
# Heading of the signs to call the care team about (not an emergency). Was "When to get help".
section-when-to-call = Wann Sie Ihr { -care-team(case: "accusative") } anrufen sollten
# Heading of the part on what the code means on a bill.
section-billing = Was der Code auf Ihrer Rechnung bedeutet
# Heading of the list of questions.
section-questions = Fragen an Ihr { -care-team(case: "accusative") }

## Why people get this (NEW)

# Common reasons for a single shot (62320-62323). Examples only: no promise that it helps.
# $region (String) - "upper" (the pain spreads into an arm) or "lower" (into a leg).
# .item-1: pain from an irritated nerve root (medical word: radiculopathy); a disc is the soft cushion between
# two bones of the spine. .item-2: spinal stenosis. .item-3: a test shot (diagnostic injection).
# German: "Bandscheibenvorfall" is the lay word for a herniated (slipped) disc; "Spinalkanalstenose" is given
# after the plain words, as patients meet it in reports.
why-single =
    .p-1 = Diese Spritze wird zum Beispiel aus diesen Gründen gegeben:
    .item-1 = { $region ->
        [upper] Schmerzen, die in einen Arm ausstrahlen, weil ein Nerv an der Wirbelsäule gereizt ist. Eine vorgewölbte Bandscheibe oder ein Bandscheibenvorfall kann das auslösen. Eine Bandscheibe ist ein weiches Polster zwischen den Knochen der Wirbelsäule.
       *[lower] Schmerzen, die in ein Bein ausstrahlen, weil ein Nerv an der Wirbelsäule gereizt ist. Eine vorgewölbte Bandscheibe oder ein Bandscheibenvorfall kann das auslösen. Eine Bandscheibe ist ein weiches Polster zwischen den Knochen der Wirbelsäule.
    }
    .item-2 = eine Verengung im Wirbelkanal (Spinalkanalstenose). Dabei wird der Raum um die Nerven in der Wirbelsäule enger.
    .item-3 = ein Test, um herauszufinden, woher die Schmerzen kommen
    .note-1 = Das sind nur Beispiele. Fragen Sie Ihre Ärztin oder Ihren Arzt, warum das für Sie das Richtige ist.

# Common reasons for a tube (62324-62327). Examples only: no promise that it helps.
# $region (String) - "upper" or "lower". The "upper" examples are the ones the code's source gives for a tube in
# the neck or upper back. They must not be used for the lower back: the "lower" variants say less on purpose.
# "upper" .item-2: spinal stenosis in the upper back, a narrowing around the spinal cord; numbing medicine and a
# muscle relaxer (antispasmodic) as separate doses. "upper" .item-3: an opioid into the spinal fluid space.
# German: "Brustkorb" (chest), not "Brust", which lay readers may read as "breast".
why-catheter =
    .p-1 = Über einen { -tube(case: "accusative") } kann Ihr { -care-team } Ihnen Stunden oder Tage lang Medikamente geben. Sie brauchen dann nicht für jede Dosis eine neue Spritze.
    .p-2 = { $region ->
        [upper] Gründe für einen { -tube(case: "accusative") } im { -upper-spine(case: "dative") } sind zum Beispiel:
       *[lower] Gründe für einen solchen { -tube(case: "accusative") } sind zum Beispiel:
    }
    .item-1 = { $region ->
        [upper] lang anhaltende Nackenschmerzen. Dann kann { -steroid } über mehrere Tage gleichmäßig durch den { -tube(case: "accusative") } fließen. { -steroid } ist ein Mittel, das Schwellungen lindert.
       *[lower] lang anhaltende Schmerzen, bei denen eine einzelne Spritze nicht reicht und Medikamente über Stunden oder Tage nötig sind
    }
    .item-2 = { $region ->
        [upper] eine Verengung im Wirbelkanal im oberen Rücken (Spinalkanalstenose). Dabei wird der Raum um das Rückenmark enger. Durch den { -tube(case: "accusative") } können dann ein { -numbing-medicine } und ein Mittel zur Muskelentspannung in einzelnen Dosen gegeben werden.
       *[lower] eine Verengung im Wirbelkanal (Spinalkanalstenose). Dabei wird der Raum um die Nerven in der Wirbelsäule enger.
    }
    .item-3 = { $region ->
        [upper] Schmerzen nach einer Operation am Brustkorb oder am oberen Rücken. Dann kann ein starkes Schmerzmittel (ein { -opioid }) gleichmäßig ins Nervenwasser fließen.
       *[lower] Schmerzen nach einer Operation
    }
    .note-1 = Das sind nur Beispiele. Fragen Sie Ihre Ärztin oder Ihren Arzt, warum das für Sie das Richtige ist.

# Why a doctor uses a live x-ray to guide the needle or tube (77003). No variables.
why-guidance =
    .p-1 = Mit einer { -live-x-ray(form: "short") } sieht die Ärztin oder der Arzt, wo die Spitze der Nadel oder des { -tube(case: "genitive") } ist.
    .p-2 = So lässt sich die Spitze an die richtige Stelle an Ihrer Wirbelsäule führen. Dann kommt das Medikament dorthin, wo es gebraucht wird.

## What happens

# Steps for a single shot.
# $region (String) - "upper": near the spinal cord; "lower": near the spinal nerves, below the end of the cord,
# and near the tailbone through a small natural opening (the caudal route).
# $imaging (String) - "yes" or "no": whether live x-ray or CT pictures are used to check the tip.
# .p-2 gives the medical names once: epidural space, and subarachnoid (intrathecal) space.
# German: "in einen schmalen Zwischenraum nahe am Rückenmark" (review 2026-11-29: "Raum" alone read as "a room").
what-happens-single =
    .p-1 = { $region ->
        [upper] Die Ärztin oder der Arzt spritzt Ihnen einmalig ein Medikament in einen schmalen Zwischenraum nahe am Rückenmark.
       *[lower] Die Ärztin oder der Arzt spritzt Ihnen einmalig ein Medikament in einen schmalen Zwischenraum im { -lower-spine(case: "dative") }. Dieser Raum liegt nahe an den Nervenwurzeln. Das sind die Nerven, die vom Rückenmark abgehen. Ihr Rückenmark selbst endet meist weiter oben. Nahe am Steißbein wird die Nadel durch eine kleine natürliche Öffnung eingeführt.
    }
    .p-2 = { $region ->
        [upper] Das Medikament kann in den { -epidural-space(case: "accusative") } kommen. Er liegt direkt außerhalb der Hülle, die Ihr Rückenmark umgibt. Oder es kann in den { -fluid-space(case: "accusative") } innerhalb dieser Hülle kommen. In der Fachsprache heißt dieser Raum { -fluid-space-medical }.
       *[lower] Das Medikament kann in den { -epidural-space(case: "accusative") } kommen. Er liegt direkt außerhalb der Hülle, in der Ihre Nervenwurzeln liegen. Oder es kann in den { -fluid-space(case: "accusative") } innerhalb dieser Hülle kommen. In der Fachsprache heißt dieser Raum { -fluid-space-medical }.
    }
    .item-1 = Das { -care-team } bereitet Sie vor.
    .item-2 = Ihre Haut wird mit einem { -numbing-medicine(case: "dative") } taub gemacht.
    .item-3 = Die Ärztin oder der Arzt sticht eine Nadel ein. Manchmal wird auch ein dünner, weicher { -tube } benutzt.
    .item-4 = { $imaging ->
        [yes] Mit Bildern aus der { -live-x-ray(form: "short") } oder aus dem { -ct-scan } wird geprüft, ob die Spitze an der richtigen Stelle ist.
       *[no] Es wird geprüft, ob die Spitze an der richtigen Stelle ist.
    }
    .item-5 = Das Medikament wird gespritzt.
    .item-6 = Die Nadel oder der { -tube } wird noch am selben Tag entfernt.
    .item-7 = Das { -care-team } beobachtet Sie danach eine Weile, um zu sehen, wie Sie auf das Medikament reagieren.

# Steps for a tube that stays in.
# $region (String) - "upper": near the spinal cord; "lower": near the spinal nerves, below the end of the cord,
# and near the tailbone through a small natural opening (the caudal route).
# $imaging (String) - "yes" or "no": whether live x-ray or CT pictures are used to check the tube.
# .p-2 gives the medical names once: epidural space, and subarachnoid (intrathecal) space.
what-happens-catheter =
    .p-1 = { $region ->
        [upper] Die Ärztin oder der Arzt legt einen dünnen, weichen { -tube(case: "accusative") } in einen schmalen Zwischenraum nahe am Rückenmark.
       *[lower] Die Ärztin oder der Arzt legt einen dünnen, weichen { -tube(case: "accusative") } in einen schmalen Zwischenraum im { -lower-spine(case: "dative") }. Dieser Raum liegt nahe an den Nervenwurzeln. Das sind die Nerven, die vom Rückenmark abgehen. Ihr Rückenmark selbst endet meist weiter oben. Nahe am Steißbein wird die Nadel durch eine kleine natürliche Öffnung eingeführt.
    } Das Fachwort für diesen { -tube(case: "accusative") } ist { -catheter }.
    .p-2 = { $region ->
        [upper] Der { -tube } kann im { -epidural-space(case: "dative") } liegen. Dieser Raum liegt direkt außerhalb der Hülle, die Ihr Rückenmark umgibt. Oder der { -tube } kann im { -fluid-space(case: "dative") } innerhalb dieser Hülle liegen. In der Fachsprache heißt dieser Raum { -fluid-space-medical }.
       *[lower] Der { -tube } kann im { -epidural-space(case: "dative") } liegen. Dieser Raum liegt direkt außerhalb der Hülle, in der Ihre Nervenwurzeln liegen. Oder der { -tube } kann im { -fluid-space(case: "dative") } innerhalb dieser Hülle liegen. In der Fachsprache heißt dieser Raum { -fluid-space-medical }.
    }
    .item-1 = Das { -care-team } bereitet Sie vor.
    .item-2 = Ihre Haut wird mit einem { -numbing-medicine(case: "dative") } taub gemacht.
    .item-3 = Die Ärztin oder der Arzt sticht eine Nadel ein und legt dann den { -tube(case: "accusative") } ein.
    .item-4 = { $imaging ->
        [yes] Mit Bildern aus der { -live-x-ray(form: "short") } oder aus dem { -ct-scan } wird geprüft, ob der { -tube } an der richtigen Stelle liegt.
       *[no] Es wird geprüft, ob der { -tube } an der richtigen Stelle liegt.
    }
    .item-5 = Das Medikament wird durch den { -tube(case: "accusative") } gegeben.
    .item-6 = Der { -tube } wird mit Pflaster oder auf andere Weise befestigt, damit er liegen bleibt.
    .item-7 = Das { -care-team } beobachtet Sie danach eine Weile, um zu sehen, wie Sie auf das Medikament reagieren.

# Steps of the live x-ray guidance (77003). No variables.
# .p-1 defines the live x-ray next to its medical word, so it uses the full word "Röntgendurchleuchtung".
what-happens-guidance =
    .p-1 = Eine { -live-x-ray } zeigt bewegte Bilder auf einem Bildschirm. Das Fachwort dafür ist { -fluoroscopy }.
    .item-1 = Das Röntgengerät zeigt Ihre Wirbelsäule auf einem Bildschirm, während die Ärztin oder der Arzt arbeitet.
    .item-2 = Die Ärztin oder der Arzt bewegt die Nadel oder den { -tube(case: "accusative") } und schaut dabei auf den Bildschirm.
    .item-3 = Die Bilder zeigen, wo die Spitze ist.
    .item-4 = So lässt sich die Spitze an die richtige Stelle bringen.

## The medicine

# The kinds of medicine, for single shots and tubes (one message serves both). No variables.
# Never a medicine that destroys nerves (neurolytic).
# German .p-2: "Verwendet werden ..." (review 2026-11-29: one medicine cannot "be" several).
medicines =
    .p-1 = Das Medikament kann helfen, die Ursache von Schmerzen zu finden. Oder es kann die Schmerzen behandeln. Dieser Code gilt nie für Medikamente, die Nerven zerstören.
    .p-2 = Verwendet werden eines oder mehrere dieser Mittel:
    .item-1 = ein { -numbing-medicine } (ein Lokalanästhetikum)
    .item-2 = ein Mittel, das die Muskeln entspannt und Muskelkrämpfe lindert
    .item-3 = ein starkes Schmerzmittel (ein { -opioid })
    .item-4 = { -steroid } (ein Steroid), ein Mittel, das Schwellungen lindert
    .item-5 = ein anderes flüssiges Medikament

# 77003 covers no medicine: the shot or tube that gives it has its own code. No variables.
medicines-guidance =
    .p-1 = Dieser Code umfasst kein Medikament. Er gilt nur für die { -live-x-ray(form: "short") }.
    .p-2 = Das Medikament selbst bekommen Sie mit einer Spritze oder über einen { -tube(case: "accusative") }. Dafür gibt es einen eigenen Code.

## How the medicine is given

# One shot, all at once. No variables.
how-given-single =
    .p-1 = Sie bekommen das Medikament mit einer einzigen Spritze, alles auf einmal.
    .p-2 = Danach wird die Nadel oder der { -tube } entfernt. In Ihrem Körper bleibt nichts zurück.

# Through the tube: a steady flow (continuous infusion) or separate doses (intermittent boluses). No variables.
# .note-1 explains "bolus" after the list: a bolus is one dose given at one time, not always a large one.
# German .item-1: "gleichmäßig ohne Pause" (review 2026-11-29: "als gleichmäßiger Fluss" was a calque).
how-given-catheter =
    .p-1 = Der { -tube } bleibt nach der ersten Dosis liegen. Über ihn können Sie Stunden oder Tage lang Medikamente bekommen.
    .p-2 = Das Medikament kommt auf eine von zwei Arten durch den { -tube(case: "accusative") }:
    .item-1 = gleichmäßig ohne Pause, oft über eine Pumpe
    .item-2 = in einzelnen Dosen von Zeit zu Zeit
    .note-1 = Jede einzelne Dosis heißt Bolus. Ein Bolus ist nicht immer eine große Dosis.

# 77003 gives no medicine. No variables.
how-given-guidance =
    .p-1 = Die { -live-x-ray(form: "short") } wird benutzt, während die Nadel oder der { -tube } eingeführt wird. Mit ihr wird kein Medikament gegeben.

## Pictures to guide the needle

# Imaging for a single shot.
# $imaging (String) - "yes" (live x-ray or CT guides the needle) or "no".
# German: "unter Durchleuchtung oder im CT geführt", the usual phrase (review 2026-11-29).
# Decision: "Diese Untersuchungen" follows the new English "These tests" (E14); the old note's "Beide" is dropped.
imaging-single =
    .p-1 = { $imaging ->
        [yes] Die Nadel wird unter { -live-x-ray(form: "short") } oder im { -ct-scan } geführt. Diese Untersuchungen zeigen Bilder aus dem Inneren Ihres Körpers.
       *[no] Die Nadel wird ohne Röntgen und ohne { -ct-scan } geführt.
    }
    .p-2 = { $imaging ->
        [yes] Mit den Bildern lenkt die Ärztin oder der Arzt die Nadel und sieht, wo ihre Spitze ist.
       *[no] Werden Röntgen- oder { -ct-scan }-Bilder zum Führen der Nadel benutzt, gilt ein anderer Code.
    }

# Imaging for a tube.
# $imaging (String) - "yes" (live x-ray or CT guides the needle and tube) or "no".
imaging-catheter =
    .p-1 = { $imaging ->
        [yes] Die Nadel und der { -tube } werden unter { -live-x-ray(form: "short") } oder im { -ct-scan } geführt. Diese Untersuchungen zeigen Bilder aus dem Inneren Ihres Körpers.
       *[no] Die Nadel und der { -tube } werden ohne Röntgen und ohne { -ct-scan } geführt.
    }
    .p-2 = { $imaging ->
        [yes] Mit den Bildern lenkt die Ärztin oder der Arzt den { -tube(case: "accusative") } und sieht, wo seine Spitze ist.
       *[no] Werden Röntgen- oder { -ct-scan }-Bilder zum Führen des { -tube(case: "genitive") } benutzt, gilt ein anderer Code.
    }

# 77003 is the imaging itself, for a needle or tube near any part of the spine. No variables.
imaging-guidance =
    .p-1 = Dieser Code steht für die Bildgebung selbst. Mit der { -live-x-ray(form: "short") } lässt sich eine Nadel oder ein { -tube } an jeder Stelle der Wirbelsäule führen.
    .p-2 = Sie hilft der Ärztin oder dem Arzt, die Nadel oder den { -tube(case: "accusative") } zu lenken und zu sehen, wo die Spitze ist.

## When to get emergency help (NEW: split out of "when-to-call")

# Emergency signs after a single shot. .p-1 leads into the list. The items are the signs, one each.
# .note-1 says why the first four signs are urgent.
# $region (String) - "upper": a bleed or infection could press on the spinal cord or nerves;
# "lower": on the spinal nerves (the cord usually ends higher up).
# .note-2: the last two signs can come from opioid pain medicine.
# .note-3 speaks about the people with the patient, who must act if the patient is hard to wake.
# Decision: the reviewer's "Rufen Sie sofort den Notruf" (2026-11-29, fix 1) replaces the first edition's
# "Holen Sie Notfallhilfe" note: it is what German speakers say, and still names no number.
# German .item-4: "im Schritt" (the saddle area), not "in der Leiste", which is only the fold at the top of the thigh.
# Second review .note-3: "jemand, der bei Ihnen ist" replaces the calque "die Menschen bei Ihnen" ("the people with you").
emergency-single =
    .p-1 = Rufen Sie sofort den Notruf, wenn Sie eines dieser Zeichen bemerken:
    .item-1 = neue oder starke Schmerzen im Rücken oder Nacken
    .item-2 = ein neues Taubheitsgefühl oder eine neue Schwäche in Armen oder Beinen
    .item-3 = Probleme, Blase oder Darm zu kontrollieren (beim Wasserlassen oder beim Stuhlgang)
    .item-4 = ein neues Taubheitsgefühl im Schritt oder am Gesäß
    .item-5 = langsame oder flache Atmung
    .item-6 = so starke Schläfrigkeit, dass man Sie kaum wecken kann
    .note-1 = { $region ->
        [upper] Die ersten vier Zeichen können bedeuten, dass eine seltene Blutung oder Infektion auf Ihr Rückenmark oder Ihre Nerven drückt. Das muss innerhalb von Stunden behandelt werden.
       *[lower] Die ersten vier Zeichen können bedeuten, dass eine seltene Blutung oder Infektion auf Ihre Nervenwurzeln drückt. Das muss innerhalb von Stunden behandelt werden.
    }
    .note-2 = Langsame Atmung und starke Schläfrigkeit können bei { -opioid }-Schmerzmitteln vorkommen.
    .note-3 = Wenn Sie schwer zu wecken sind, soll jemand, der bei Ihnen ist, für Sie den Notruf wählen.

# Emergency signs with a tube. The same as emergency-single; kept apart so each kind can change on its own.
# $region (String) - "upper": a bleed or infection could press on the spinal cord or nerves;
# "lower": on the spinal nerves (the cord usually ends higher up).
# .note-2: the last two signs can come from opioid pain medicine.
# .note-3 speaks about the people with the patient, who must act if the patient is hard to wake.
# Second review .note-3: as in emergency-single ("jemand, der bei Ihnen ist", not the calque "die Menschen bei Ihnen").
emergency-catheter =
    .p-1 = Rufen Sie sofort den Notruf, wenn Sie eines dieser Zeichen bemerken:
    .item-1 = neue oder starke Schmerzen im Rücken oder Nacken
    .item-2 = ein neues Taubheitsgefühl oder eine neue Schwäche in Armen oder Beinen
    .item-3 = Probleme, Blase oder Darm zu kontrollieren (beim Wasserlassen oder beim Stuhlgang)
    .item-4 = ein neues Taubheitsgefühl im Schritt oder am Gesäß
    .item-5 = langsame oder flache Atmung
    .item-6 = so starke Schläfrigkeit, dass man Sie kaum wecken kann
    .note-1 = { $region ->
        [upper] Die ersten vier Zeichen können bedeuten, dass eine seltene Blutung oder Infektion auf Ihr Rückenmark oder Ihre Nerven drückt. Das muss innerhalb von Stunden behandelt werden.
       *[lower] Die ersten vier Zeichen können bedeuten, dass eine seltene Blutung oder Infektion auf Ihre Nervenwurzeln drückt. Das muss innerhalb von Stunden behandelt werden.
    }
    .note-2 = Langsame Atmung und starke Schläfrigkeit können bei { -opioid }-Schmerzmitteln vorkommen.
    .note-3 = Wenn Sie schwer zu wecken sind, soll jemand, der bei Ihnen ist, für Sie den Notruf wählen.

# Emergency signs for 77003. It gives no medicine, so there are no opioid signs. It can be used at any part of
# the spine, so .note-1 names both the spinal cord and the nerves. No variables.
emergency-guidance =
    .p-1 = Rufen Sie sofort den Notruf, wenn Sie eines dieser Zeichen bemerken:
    .item-1 = neue oder starke Schmerzen im Rücken oder Nacken
    .item-2 = ein neues Taubheitsgefühl oder eine neue Schwäche in Armen oder Beinen
    .item-3 = Probleme, Blase oder Darm zu kontrollieren (beim Wasserlassen oder beim Stuhlgang)
    .item-4 = ein neues Taubheitsgefühl im Schritt oder am Gesäß
    .note-1 = Diese Zeichen können bedeuten, dass eine seltene Blutung oder Infektion auf Ihr Rückenmark oder Ihre Nerven drückt. Das muss innerhalb von Stunden behandelt werden.

## When to call your care team (not an emergency)

# Signs to call the care team about after a single shot. No variables.
# .item-3: a leak of spinal fluid. .item-4: itching or nausea. .item-5: dizziness or feeling faint.
# German .item-4: "Übelkeit" is itself the everyday word, so it needs no gloss like the English one.
when-to-call-single =
    .p-1 = Rufen Sie Ihr { -care-team(case: "accusative") } an, wenn Sie eines davon bemerken:
    .item-1 = Fieber oder Schüttelfrost
    .item-2 = Rötung, Wärme, Schwellung, Eiter oder Flüssigkeit an der Stelle, wo die Nadel eingestochen wurde
    .item-3 = starke Kopfschmerzen, die im Sitzen oder Stehen schlimmer und im Liegen besser werden. Vielleicht tritt Nervenwasser aus.
    .item-4 = Juckreiz oder Übelkeit
    .item-5 = Schwindel oder das Gefühl, ohnmächtig zu werden

# Signs to call the care team about with a tube. No variables.
# .item-3: a leak of spinal fluid. .item-4: itching or nausea. .item-5: dizziness or feeling faint.
# German .item-2: "wo der Schlauch aus der Haut kommt" (review 2026-11-29).
# Decision .item-6: the reviewer's noun phrase over the old note's main clause "der Schlauch ist
# herausgerutscht": it matches the other items; the usual word "herausgerutscht" is kept.
when-to-call-catheter =
    .p-1 = Rufen Sie Ihr { -care-team(case: "accusative") } an, wenn Sie eines davon bemerken:
    .item-1 = Fieber oder Schüttelfrost
    .item-2 = Rötung, Wärme, Schwellung, Eiter oder Flüssigkeit an der Stelle, wo der { -tube } aus der Haut kommt
    .item-3 = starke Kopfschmerzen, die im Sitzen oder Stehen schlimmer und im Liegen besser werden. Vielleicht tritt Nervenwasser aus.
    .item-4 = Juckreiz oder Übelkeit
    .item-5 = Schwindel oder das Gefühl, ohnmächtig zu werden
    .item-6 = ein herausgerutschter oder undichter { -tube }

# Signs to call the care team about for 77003 (no medicine, so no itching or nausea). No variables.
# .item-3: a leak of spinal fluid. .item-4: dizziness or feeling faint (it can happen with any spine injection).
when-to-call-guidance =
    .p-1 = Rufen Sie Ihr { -care-team(case: "accusative") } an, wenn Sie eines davon bemerken:
    .item-1 = Fieber oder Schüttelfrost
    .item-2 = Rötung, Wärme, Schwellung, Eiter oder Flüssigkeit an der Stelle, wo die Nadel eingestochen wurde
    .item-3 = starke Kopfschmerzen, die im Sitzen oder Stehen schlimmer und im Liegen besser werden. Vielleicht tritt Nervenwasser aus.
    .item-4 = Schwindel oder das Gefühl, ohnmächtig zu werden

## What the code on your bill means

# Billing of a single shot.
# $code (String) - the code number, such as 62320.
# $imaging (String) - "yes": the imaging is part of the code, so 77003 is not billed again;
# "no": 77003 is not billed with it either.
billing-single =
    .p-1 = Code { $code } steht für eine einzelne Spritze. Die Nadel oder der { -tube } wird noch am selben Tag entfernt.
    .p-2 = { $imaging ->
        [yes] Die Bildgebung ist in diesem Code enthalten. Deshalb wird sie nicht noch einmal als Code 77003 abgerechnet.
       *[no] Code 77003 für die Führung unter { -live-x-ray(form: "short") } wird nicht zusammen mit diesem Code abgerechnet.
    }

# Billing of a tube: once for the whole series of doses, even over several days.
# $code (String) - the code number, such as 62324.
# $imaging (String) - "yes": the imaging is part of the code, so 77003 is not billed again;
# "no": 77003 is not billed with it either.
# German .p-1: "für alle Dosen zusammen" (review 2026-11-29: "die ganze Reihe von Dosen" was a calque).
billing-catheter =
    .p-1 = Code { $code } wird für alle Dosen durch den { -tube(case: "accusative") } zusammen nur einmal abgerechnet. Das gilt auch, wenn der { -tube } mehrere Tage liegen bleibt.
    .p-2 = { $imaging ->
        [yes] Die Bildgebung ist in diesem Code enthalten. Deshalb wird sie nicht noch einmal als Code 77003 abgerechnet.
       *[no] Code 77003 für die Führung unter { -live-x-ray(form: "short") } wird nicht zusammen mit diesem Code abgerechnet.
    }

# Billing of 77003: never with 62320-62327 (some already include imaging; the others are used when no imaging
# is done). No variables.
billing-guidance =
    .p-1 = Code 77003 gilt nur für die Führung unter { -live-x-ray(form: "short") }.
    .p-2 = Er wird nicht zusammen mit den Codes 62320 bis 62327 abgerechnet. Einige dieser Codes enthalten die Bildgebung schon. Die anderen werden nur verwendet, wenn keine Bildgebung eingesetzt wird.

## Questions to ask your care team

# Questions for a single shot. No variables.
# German: "Warum ist diese Behandlung für mich die richtige?" and "rund um die Uhr ... wenn etwas nicht
# stimmt" (review 2026-11-29: calques of "the right choice", "day or night", "feels wrong").
questions-single =
    .item-1 = Warum ist diese Behandlung für mich die richtige? Welche anderen Möglichkeiten habe ich?
    .item-2 = Welches Medikament bekomme ich?
    .item-3 = Soll ich vorher eines meiner Medikamente absetzen, zum Beispiel einen Blutverdünner?
    .item-4 = Wen kann ich rund um die Uhr anrufen, wenn etwas nicht stimmt?

# Questions for a tube. No variables. .item-5: the code should be billed once for the whole series.
questions-catheter =
    .item-1 = Warum ist diese Behandlung für mich die richtige? Welche anderen Möglichkeiten habe ich?
    .item-2 = Welches Medikament bekomme ich durch den { -tube(case: "accusative") }, und wie lange?
    .item-3 = Soll ich vorher eines meiner Medikamente absetzen, zum Beispiel einen Blutverdünner?
    .item-4 = Wen kann ich rund um die Uhr anrufen, wenn etwas nicht stimmt?
    .item-5 = Steht das einmal auf meiner Rechnung oder einmal für jede Dosis? (Es sollte nur einmal für alle Dosen zusammen dort stehen.)

# Questions for 77003. No variables.
questions-guidance =
    .item-1 = Warum wird die Nadel oder der { -tube } bei mir unter { -live-x-ray(form: "short") } geführt?
    .item-2 = Soll ich vorher eines meiner Medikamente absetzen, zum Beispiel einen Blutverdünner?
    .item-3 = Wen kann ich rund um die Uhr anrufen, wenn etwas nicht stimmt?
