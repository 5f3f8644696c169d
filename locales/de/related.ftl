### How a similar code differs from the one being explained.
### $difference (String) - what tells the two codes apart:
###   imaging-yes       the other code uses live x-ray or CT; this one does not
###   imaging-no        the other code uses no imaging; this one does
###   region-lower      the other code is for the lower back
###   region-upper      the other code is for the neck or upper back
###   technique-single  the other code is one shot; the needle or tube comes out the same day
###   technique-catheter the other code leaves a tube in for hours or days
###   guidance-excluded the other code is live x-ray guidance (77003), never billed with this code
###   guidance-included the other code is live x-ray guidance (77003), already part of this code
###   includes-guidance the other code is a shot code that already includes the imaging (seen from 77003)
###
### German note for reviewers: each text is printed under the title of the other (listed) code.
### "dieser Code" would point at that listed code, so the code the page explains is called
### "der hier erklärte Code": "The same, but ..." is "Wie der hier erklärte Code, aber ...", and
### "this code" in guidance-excluded and guidance-included is "der hier erklärte Code" too.
### In includes-guidance, "This shot code" is the listed code, so it stays "Dieser Spritzen-Code".

related-difference = { $difference ->
        [imaging-yes] Wie der hier erklärte Code, aber die Nadel wird mit einer { -live-x-ray } oder einem { -ct-scan } geführt.
        [imaging-no] Wie der hier erklärte Code, aber die Nadel wird nicht mit Röntgen oder { -ct-scan } geführt.
        [region-lower] Wie der hier erklärte Code, aber im { -lower-spine(case: "dative") }.
        [region-upper] Wie der hier erklärte Code, aber im { -upper-spine(case: "dative") }.
        [technique-single] Nur eine einzelne Spritze. Die Nadel oder der { -tube } wird noch am selben Tag entfernt.
        [technique-catheter] Ein { -tube } bleibt liegen. So kann das Medikament über Stunden oder Tage gegeben werden.
        [guidance-excluded] Die Führung mit { -live-x-ray } allein. Sie wird nicht zusammen mit dem hier erklärten Code abgerechnet. Wurde Bildgebung benutzt, wird stattdessen ein Code mit Bildgebung abgerechnet.
        [guidance-included] Die Führung mit { -live-x-ray } allein. Der hier erklärte Code enthält die Bildgebung schon. Deshalb wird sie nicht noch einmal abgerechnet.
       *[includes-guidance] Dieser Spritzen-Code enthält die Bildgebung schon. Deshalb wird 77003 nicht zusammen mit ihm abgerechnet.
    }
