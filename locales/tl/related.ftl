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
### Tagalog: "The live x-ray guidance on its own" is rendered "Only for the live x-ray guidance"
### ("Para lang sa paggabay..."), which is what it means for a code.

related-difference = { $difference ->
        [imaging-yes] Pareho, pero ginagabayan ng { -live-x-ray } o ng { -ct-scan } ang karayom.
        [imaging-no] Pareho, pero walang eks-rey o { -ct-scan } na gumagabay sa karayom.
        [region-lower] Pareho, pero sa { -lower-spine }.
        [region-upper] Pareho, pero sa { -upper-spine }.
        [technique-single] Isang turok lang. Tinatanggal ang karayom o { -tube } sa araw ding iyon.
        [technique-catheter] Isang { -tube } ang nananatili sa loob, kaya maibibigay ang gamot nang ilang oras o ilang araw.
        [guidance-excluded] Para lang sa paggabay gamit ang { -live-x-ray }. Hindi ito sinisingil kasama ng kodigong ito. Kung gumamit ng gabay na larawan, isang kodigong may kasamang gabay na larawan ang sinisingil sa halip nito.
        [guidance-included] Para lang sa paggabay gamit ang { -live-x-ray }. Kasama na ang gabay na larawan sa kodigong ito, kaya hindi na ito sinisingil ulit.
       *[includes-guidance] Kasama na ang gabay na larawan sa kodigong ito para sa turok. Kaya hindi sinisingil ang 77003 kasama nito.
    }
