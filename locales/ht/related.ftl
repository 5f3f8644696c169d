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
### Kreyòl: "billed" is "yo mete ... sou bòdwo a"; "billed with" is "ansanm ak".

# The label line of one similar code, shown above the line on how it differs.
# $other (String) - the similar code, such as 62325.
# $title (String) - its title, such as "Medicine through a thin tube left near the spine ..., with imaging".
# Adapt the punctuation to your language.
# Kreyòl: a plain colon, no space before it.
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
related-difference = { $difference ->
        [imaging-yes] Menm bagay la, men yon { -live-x-ray } oswa yon { -ct-scan } gide zegwi a.
        [imaging-no] Menm bagay la, men pa gen radyografi ni { -ct-scan } ki gide zegwi a.
        [region-lower] Menm bagay la, men nan { -lower-spine }.
        [region-upper] Menm bagay la, men nan { -upper-spine }.
        [technique-single] Yon sèl piki sèlman. Yo retire zegwi a oswa { -tube } la menm jou a.
        [technique-catheter] Yo kite yon { -tube } anplas, konsa yo ka bay medikaman pandan plizyè èdtan oswa plizyè jou.
        [guidance-excluded] Kòd { $other } se sèlman pou { -live-x-ray } ki gide zegwi a oswa { -tube } la. Yo pa janm mete l sou bòdwo a ansanm ak kòd { $code }. Si yo sèvi ak imaj, se yon kòd ki gen imaj ladan l deja yo mete sou bòdwo a pito.
        [guidance-included] Kòd { $other } se sèlman pou { -live-x-ray } ki gide zegwi a oswa { -tube } la. Kòd { $code } gen imaj sa a ladan l deja, kidonk yo pa mete kòd { $other } sou bòdwo a.
       *[includes-guidance] Kòd { $other } gen imaj ladan l deja. Kidonk yo pa mete kòd { $code } sou bòdwo a ansanm avè l.
    }
