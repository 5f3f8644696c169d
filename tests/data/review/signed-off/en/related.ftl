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
        [imaging-yes] The same, but a { -live-x-ray } or { -ct-scan } guides the needle.
        [imaging-no] The same, but no x-ray or { -ct-scan } guides the needle.
        [region-lower] The same, but in the { -lower-spine }.
        [region-upper] The same, but in the { -upper-spine }.
        [technique-single] One shot only. The needle or { -tube } comes out the same day.
        [technique-catheter] A { -tube } stays in, so medicine can be given for hours or days.
        [guidance-excluded] The { -live-x-ray } guidance on its own. It is never billed with code { $code }. If imaging is used, a code that includes imaging is billed instead.
        [guidance-included] The { -live-x-ray } guidance on its own. Code { $code } already includes it, so code { $other } is not billed.
       *[includes-guidance] Code { $other } already includes imaging. So code { $code } is not billed with it.
    }
