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

# The label line of one similar code, shown above the line on how it differs.
# $other (String) - the similar code, such as 62325.
# $title (String) - its title, such as "Medicine through a thin tube left near the spine ..., with imaging".
# Adapt the punctuation to your language.
# zh-Hant: full-width ：, no space after it.
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
# zh-Hant: codes are always named with 代碼 and the number, never 這個代碼 (see the note at the top).
related-difference = { $difference ->
        [imaging-yes] 其他都相同，只是會用{ -live-x-ray }或{ -ct-scan }來導引針。
        [imaging-no] 其他都相同，只是不用X光或{ -ct-scan }來導引針。
        [region-lower] 其他都相同，只是部位在{ -lower-spine }。
        [region-upper] 其他都相同，只是部位在{ -upper-spine }。
        [technique-single] 只打一針。針或{ -tube }當天就會拔掉。
        [technique-catheter] 會留下一條{ -tube }，讓藥物可以在幾個小時或幾天內經由它給予。
        [guidance-excluded] 單純指{ -live-x-ray }導引本身。這項導引絕不會和代碼{ $code }一起收費。如果有使用影像導引，會改用一個已包含影像導引的代碼來收費。
        [guidance-included] 單純指{ -live-x-ray }導引本身。代碼{ $code }已經包含影像導引，所以不會再另外收代碼{ $other }的費用。
       *[includes-guidance] 代碼{ $other }已經包含影像導引，所以代碼{ $code }不會和它一起收費。
    }
