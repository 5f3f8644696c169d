### The list of similar codes: for each one, a label line (its code and title) and a line on how it differs
### from the code the page explains.
###
### Variables:
###   $code       (String) the code the page explains, such as 62324
###   $other      (String) the similar code the line is about, such as 77003
###   $title      (String) the title of the similar code (from codes.ftl); only in related-label
###   $difference (String) what tells the two codes apart; only in related-difference (keys below)
###
### Name codes with $code and $other, never with "this code" ("ce code"): under "77003 : ..." the words
### "ce code" could be read as 77003.

# The label line of one similar code, shown above the line on how it differs.
# $other (String) - the similar code, such as 62325.
# $title (String) - its title, such as "Médicament donné par un tube fin laissé près de la colonne vertébrale ...".
# French: U+00A0 (no-break space) before the colon, an ordinary space after it.
related-label = { $other } : { $title }

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
# French: "The same, but" is "Même acte, mais" (not "Identique, mais", a calque with no noun: panel).
# "The live x-ray guidance on its own" is a full sentence naming $other ("Le code 77003 couvre seulement le
# guidage..."), not the verbless "à lui seul" of the first edition (panel).
related-difference = { $difference ->
        [imaging-yes] Même acte, mais une { -live-x-ray } ou un { -ct-scan } guide l’aiguille.
        [imaging-no] Même acte, mais sans radio ni { -ct-scan } pour guider l’aiguille.
        [region-lower] Même acte, mais au niveau { -lower-spine(case: "de") }.
        [region-upper] Même acte, mais au niveau { -upper-spine(case: "de") }.
        [technique-single] Une seule injection. On retire l’aiguille ou le { -tube } le jour même.
        [technique-catheter] Un { -tube } reste en place. Le médicament peut ainsi être donné pendant des heures ou des jours.
        [guidance-excluded] Le code { $other } couvre seulement le guidage par { -live-x-ray }. Il n’est jamais facturé avec le code { $code }. Si on utilise l’imagerie, on facture à la place un code qui inclut l’imagerie.
        [guidance-included] Le code { $other } couvre seulement le guidage par { -live-x-ray }. Le code { $code } inclut déjà ce guidage. Le code { $other } n’est donc pas facturé.
       *[includes-guidance] Le code { $other } inclut déjà l’imagerie. Le code { $code } n’est donc pas facturé avec lui.
    }
