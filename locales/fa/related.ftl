### The list of similar codes: for each one, a label line (its code and title) and a line on how it differs
### from the code the page explains.
###
### Variables:
###   $code       (String) the code the page explains, such as 62324
###   $other      (String) the similar code the line is about, such as 77003
###   $title      (String) the title of the similar code (from codes.ftl); only in related-label
###   $difference (String) what tells the two codes apart; only in related-difference (keys below)
###
### Name codes with $code and $other, never with "this code" («این کد»): under "77003: ..." the words
### "this code" could be read as 77003.

# The label line of one similar code, shown above the line on how it differs.
# $other (String) - the similar code, such as 62325.
# $title (String) - its title.
# Persian uses the same colon as English here (code, colon, title).
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
#                      imaging, so 77003 is not billed with it. $other may be a tube code: not called a "shot" (تزریق).
related-difference = { $difference ->
        [imaging-yes] همین کار، اما سوزن به کمک { -live-x-ray } یا { -ct-scan } هدایت می‌شود.
        [imaging-no] همین کار، اما برای هدایت سوزن از اشعه‌ی ایکس یا { -ct-scan } استفاده نمی‌شود.
        [region-lower] همین کار، اما در { -lower-spine }.
        [region-upper] همین کار، اما در { -upper-spine }.
        [technique-single] فقط یک بار تزریق. سوزن یا { -tube } همان روز بیرون آورده می‌شود.
        [technique-catheter] { -tube(form: "indef") } در بدن می‌ماند تا بتوان چند ساعت یا چند روز از راه آن دارو داد.
        [guidance-excluded] فقط هدایت به کمک { -live-x-ray }. کد { $other } هرگز همراه کد { $code } در صورت‌حساب نمی‌آید. اگر تصویربرداری انجام شود، به جای آن کدی در صورت‌حساب می‌آید که تصویربرداری را در بر دارد.
        [guidance-included] فقط هدایت به کمک { -live-x-ray }. کد { $code } خودش آن را در بر دارد، پس کد { $other } در صورت‌حساب نمی‌آید.
       *[includes-guidance] کد { $other } خودش تصویربرداری را در بر دارد. پس کد { $code } همراه آن در صورت‌حساب نمی‌آید.
    }
