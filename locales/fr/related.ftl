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

related-difference = { $difference ->
        [imaging-yes] Identique, mais une { -live-x-ray } ou un { -ct-scan } guide l'aiguille.
        [imaging-no] Identique, mais sans radio ni { -ct-scan } pour guider l'aiguille.
        [region-lower] Identique, mais au niveau { -lower-spine(case: "de") }.
        [region-upper] Identique, mais au niveau { -upper-spine(case: "de") }.
        [technique-single] Une seule injection. On retire l'aiguille ou le { -tube } le jour même.
        [technique-catheter] Un { -tube } reste en place, pour pouvoir donner le médicament pendant des heures ou des jours.
        [guidance-excluded] Le guidage par { -live-x-ray }, à lui seul. Il n'est pas facturé avec ce code. Si on a utilisé l'imagerie, on facture à la place un code avec imagerie.
        [guidance-included] Le guidage par { -live-x-ray }, à lui seul. Ce code inclut déjà l'imagerie, donc le guidage n'est pas facturé une deuxième fois.
       *[includes-guidance] Ce code d'injection inclut déjà l'imagerie. Le code 77003 n'est donc pas facturé avec lui.
    }
