### The list of similar codes: for each one, a label line (its code and title) and a line on how it differs
### from the code the page explains.
###
### Variables:
###   $code       (String) the code the page explains, such as 62324
###   $other      (String) the similar code the line is about, such as 77003
###   $title      (String) the title of the similar code (from codes.ftl); only in related-label
###   $difference (String) what tells the two codes apart; only in related-difference (keys below)
###
### Name codes with $code and $other, never with "this code" ("code na ito"): under "77003: ..." the words
### "this code" could be read as 77003.
###
### Tagalog: "billed with" is "sinisingil kasabay ng" (at the same time as), kept apart from "kasama na sa"
### (already included in), so the two billing ideas cannot run together.

# The label line of one similar code, shown above the line on how it differs.
# $other (String) - the similar code, such as 62325.
# $title (String) - its title, such as "Gamot na dumadaan sa manipis na tubong iniiwan ..., gamit ang imaging".
# Tagalog punctuation is the same as English here: a colon right after the code, then one space.
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
#                      imaging, so 77003 is not billed with it. $other may be a tube code: do not call it a "shot".
# Tagalog: "The live x-ray guidance on its own" is "Para lang sa paggabay gamit ang live na x-ray"
# ("only for the live x-ray guidance"), which is what it means for a code.
# Second review: [technique-catheter] "tubong nananatili", not "tubo na": linker -ng after a vowel (see terms.ftl).
related-difference = { $difference ->
        [imaging-yes] Pareho, pero ginagabayan ng { -live-x-ray } o ng { -ct-scan } ang karayom.
        [imaging-no] Pareho, pero walang x-ray o { -ct-scan } na gumagabay sa karayom.
        [region-lower] Pareho, pero sa { -lower-spine }.
        [region-upper] Pareho, pero sa { -upper-spine }.
        [technique-single] Isang turok lang. Tinatanggal ang karayom o { -tube } sa araw ding iyon.
        [technique-catheter] May { -tube(link: "yes") } nananatili sa loob, kaya maibibigay ang gamot nang ilang oras o ilang araw.
        [guidance-excluded] Para lang sa paggabay gamit ang { -live-x-ray }. Hindi ito kailanman sinisingil kasabay ng code { $code }. Kung gagamit ng imaging, ang sinisingil sa halip ay isang code na kasama na ang imaging.
        [guidance-included] Para lang sa paggabay gamit ang { -live-x-ray }. Kasama na ito sa code { $code }, kaya hindi sinisingil ang code { $other }.
       *[includes-guidance] Kasama na ang imaging sa code { $other }. Kaya hindi sinisingil ang code { $code } kasabay nito.
    }
