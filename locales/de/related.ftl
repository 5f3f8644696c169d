### The list of similar codes: for each one, a label line (its code and title) and a line on how it differs
### from the code the page explains.
###
### Variables:
###   $code       (String) the code the page explains, such as 62324
###   $other      (String) the similar code the line is about, such as 77003
###   $title      (String) the title of the similar code (from codes.ftl); only in related-label
###   $difference (String) what tells the two codes apart; only in related-difference (keys below)
###
### Name codes with $code and $other, never with "this code": under "77003: ..." the words "this code"
### could be read as 77003.
###
### German note for reviewers: each difference line is printed under the label of the other (listed) code.
### The first edition said "der hier erklärte Code" for the code the page explains; now that the number is
### given, "The same, but ..." is "Wie Code { $code }, aber ...", which is shorter and leaves no doubt.
### The live x-ray is "Durchleuchtung" here: the page has already named the full word.

# The label line of one similar code, shown above the line on how it differs.
# $other (String) - the similar code, such as 62325.
# $title (String) - its title, such as "Medikament durch einen dünnen Schlauch, der ... liegen bleibt, mit Bildgebung".
# German punctuation: colon directly after the code, one space after it (as in English).
related-label = { $other }: { $title }

# How the similar code $other differs from $code, the code the page explains.
# $code (String) - the code the page explains, such as 62321.
# $other (String) - the similar code this line is about, such as 77003.
# $difference (String) - one of these keys:
#   imaging-yes        $other uses live x-ray or CT; $code does not
#   imaging-no         $other uses no imaging; $code does
#   region-lower       $other is for the lower back or tailbone area
#   region-upper       $other is for the neck or upper back
#   technique-single   $other is one shot; the needle or tube comes out the same day
#   technique-catheter $other leaves a tube in for hours or days
#   guidance-excluded  $other is the live x-ray guidance (77003); it is never billed with $code,
#                      which uses no imaging
#   guidance-included  $other is the live x-ray guidance (77003); $code already includes imaging,
#                      so 77003 is not billed
#   includes-guidance  seen from 77003 ($code): $other is a shot or tube code that already includes
#                      imaging, so 77003 is not billed with it. $other may be a tube code: do not call it a "shot"
#                      Decision: the old note's "Dieser Spritzen-Code" is gone: the new English (E8) and the
#                      reviewer agree; German names the code by number ("Code { $other }").
related-difference = { $difference ->
        [imaging-yes] Wie Code { $code }, aber die Nadel wird unter { -live-x-ray(form: "short") } oder im { -ct-scan } geführt.
        [imaging-no] Wie Code { $code }, aber die Nadel wird ohne Röntgen und ohne { -ct-scan } geführt.
        [region-lower] Wie Code { $code }, aber im { -lower-spine(case: "dative") }.
        [region-upper] Wie Code { $code }, aber im { -upper-spine(case: "dative") }.
        [technique-single] Nur eine einzelne Spritze. Die Nadel oder der { -tube } wird noch am selben Tag entfernt.
        [technique-catheter] Ein { -tube } bleibt liegen. So kann das Medikament über Stunden oder Tage gegeben werden.
        [guidance-excluded] Nur die Führung unter { -live-x-ray(form: "short") }. Sie wird nie zusammen mit Code { $code } abgerechnet. Wird Bildgebung benutzt, wird stattdessen ein Code abgerechnet, der die Bildgebung schon enthält.
        [guidance-included] Nur die Führung unter { -live-x-ray(form: "short") }. Code { $code } enthält sie schon. Deshalb wird Code { $other } nicht abgerechnet.
       *[includes-guidance] Code { $other } enthält die Bildgebung schon. Deshalb wird Code { $code } nicht zusammen mit ihm abgerechnet.
    }
