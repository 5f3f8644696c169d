### The list of similar codes: for each one, a label line (its code and title) and a line on how it differs
### from the code the page explains.
###
### Variables:
###   $code       (String) the code the page explains, such as 62324
###   $other      (String) the similar code the line is about, such as 77003
###   $title      (String) the title of the similar code (from codes.ftl); only in related-label
###   $difference (String) what tells the two codes apart; only in related-difference (keys below)
###
### Name codes with $code and $other, never with "this code" ("este código"): under "77003: ..." the words
### "este código" could be read as 77003 (panel S1, S14).
### Spanish: "billed" is "se cobra" (plain word a patient knows from a bill).

# The label line of one similar code, shown above the line on how it differs.
# $other (String) - the similar code, such as 62325.
# $title (String) - its title, such as "Medicamento a través de un tubo delgado ..., con guía por imágenes".
# Spanish: colon right after the code, then one space, as in English.
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
#                      imaging, so 77003 is not billed with it. $other may be a tube code: do not call it
#                      an "inyección".
# Spanish: [technique-catheter] starts with the verb ("Se deja puesto un tubo", panel S10).
related-difference = { $difference ->
        [imaging-yes] Lo mismo, pero los { -live-x-ray } o una { -ct-scan(form: "short") } guían la aguja.
        [imaging-no] Lo mismo, pero no se usan rayos X ni { -ct-scan(form: "short") } para guiar la aguja.
        [region-lower] Lo mismo, pero en { -lower-spine }.
        [region-upper] Lo mismo, pero en { -upper-spine }.
        [technique-single] Una sola inyección. La aguja o el { -tube } se saca el mismo día.
        [technique-catheter] Se deja puesto un { -tube }, así que se puede dar medicamento durante horas o días.
        [guidance-excluded] Solo la guía con { -live-x-ray }. Nunca se cobra junto con el código { $code }. Si se usan imágenes, se cobra en su lugar un código que ya las incluye.
        [guidance-included] Solo la guía con { -live-x-ray }. El código { $code } ya la incluye, así que el código { $other } no se cobra.
       *[includes-guidance] El código { $other } ya incluye las imágenes. Por eso, el código { $code } no se cobra junto con él.
    }
