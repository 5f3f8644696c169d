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
# zh-Hans: "The same, but ..." is 其他都一样，但…… ("everything else is the same, but ...").
# "The live x-ray guidance on its own" is 只是实时X光引导本身 ("only the live x-ray guidance itself").
# Codes are always named 代码{ $code } / 代码{ $other }, never 这个代码 (reviewer m6).

# The label line of one similar code, shown above the line on how it differs.
# $other (String) - the similar code, such as 62325.
# $title (String) - its title, such as "通过留在颈部或上背部脊柱附近的细管给药，用影像引导".
# zh-Hans: full-width ： with no spaces (reviewer m1): 62325：通过留在……
related-label = { $other }：{ $title }

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
        [imaging-yes] 其他都一样，但会用{ -live-x-ray }或{ -ct-scan }来引导针。
        [imaging-no] 其他都一样，但不用X光或{ -ct-scan }来引导针。
        [region-lower] 其他都一样，但部位在{ -lower-spine }。
        [region-upper] 其他都一样，但部位在{ -upper-spine }。
        [technique-single] 只打一针。针或{ -tube }当天就会拔掉。
        [technique-catheter] 会留下一根{ -tube }，这样可以在几个小时或几天里给药。
        [guidance-excluded] 只是{ -live-x-ray }引导本身。它绝不会和代码{ $code }一起收费。如果用了影像引导，会改用一个包含影像引导的代码来收费。
        [guidance-included] 只是{ -live-x-ray }引导本身。代码{ $code }已经包含影像引导，所以不会再按代码{ $other }另外收费。
       *[includes-guidance] 代码{ $other }已经包含影像引导，所以代码{ $code }不会和它一起收费。
    }
