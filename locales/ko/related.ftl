### The list of similar codes: for each one, a label line (its code and title) and a line on how it differs
### from the code the page explains.
###
### Variables:
###   $code       (String) the code the page explains, such as 62324
###   $other      (String) the similar code the line is about, such as 77003
###   $title      (String) the title of the similar code (from codes.ftl); only in related-label
###   $difference (String) what tells the two codes apart; only in related-difference (keys below)
###
### Name codes with $code and $other, never with "this code" (이 코드): under "77003: ..." the words
### "this code" could be read as 77003.
###
### Korean: "billed" is 청구하다; "imaging" in billing lines is 영상 촬영.
### A code number is always followed by the word 코드 ("{ $code } 코드와"), so no particle depends on how
### the number is read.

# The label line of one similar code, shown above the line on how it differs.
# $other (String) - the similar code, such as 62325.
# $title (String) - its title, such as "목이나 등의 척추 근처에 남겨 둔 가는 관으로 약 주기(영상을 보며)".
# Korean: colon right after the number, one space after it (Korean punctuation rules, as in ASCII).
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
#                      imaging, so 77003 is not billed with it. $other may be a tube code: not 주사 코드.
related-difference = { $difference ->
        [imaging-yes] 같은 시술이지만, { -live-x-ray(case: "or") } { -ct-scan(case: "instrument") } 바늘 위치를 잡습니다.
        [imaging-no] 같은 시술이지만, 바늘 위치를 잡을 때 엑스레이나 { -ct-scan(case: "object") } 쓰지 않습니다.
        [region-lower] 같은 시술이지만, { -lower-spine }에 합니다.
        [region-upper] 같은 시술이지만, { -upper-spine }에 합니다.
        [technique-single] 주사를 한 번만 놓습니다. 바늘이나 { -tube(case: "topic") } 같은 날 뺍니다.
        [technique-catheter] { -tube(case: "object") } 빼지 않고 그대로 두어서, 몇 시간이나 며칠 동안 약을 줄 수 있습니다.
        [guidance-excluded] { -live-x-ray(case: "instrument") } 위치를 잡는 일만 따로 다루는 코드입니다. { $code } 코드와는 절대 함께 청구하지 않습니다. 영상 촬영을 한다면, 그 대신 영상 촬영이 포함된 코드로 청구합니다.
        [guidance-included] { -live-x-ray(case: "instrument") } 위치를 잡는 일만 따로 다루는 코드입니다. 이 일은 { $code } 코드에 이미 포함되어 있으므로, { $other } 코드는 따로 청구하지 않습니다.
       *[includes-guidance] { $other } 코드에는 영상 촬영이 이미 포함되어 있습니다. 그래서 { $code } 코드를 함께 청구하지 않습니다.
    }
