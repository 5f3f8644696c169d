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
###
### Vietnamese: never "mã này" (this code) or "mã đó" (that code) here: always "mã { $code }" or
### "mã { $other }". "The same, but ..." is "Giống mã { $code }, nhưng ..." (like the code the page explains).
### "Billed" is "tính phí", "includes" is "bao gồm", as in sections.ftl.

# The label line of one similar code, shown above the line on how it differs.
# $other (String) - the similar code, such as 62325.
# $title (String) - its title, such as "Medicine through a thin tube left near the spine ..., with imaging".
# Vietnamese: a colon straight after the code and one space after it, as in English.
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
        [imaging-yes] Giống mã { $code }, nhưng có dùng { -live-x-ray } hoặc { -ct-scan } để dẫn đường cho kim.
        [imaging-no] Giống mã { $code }, nhưng không dùng { -x-ray } hay { -ct-scan } để dẫn đường cho kim.
        [region-lower] Giống mã { $code }, nhưng ở vùng { -lower-spine }.
        [region-upper] Giống mã { $code }, nhưng ở vùng { -upper-spine }.
        [technique-single] Chỉ tiêm một mũi. Kim hoặc { -tube } được rút ra ngay trong ngày.
        [technique-catheter] Một { -tube } được để lại trong người, nên có thể đưa thuốc vào trong nhiều giờ hoặc nhiều ngày.
        [guidance-excluded] Chỉ riêng phần dẫn đường bằng { -live-x-ray }. Mã { $other } không bao giờ được tính phí chung với mã { $code }. Nếu có dùng hình ảnh dẫn đường, thì một mã đã bao gồm hình ảnh dẫn đường sẽ được tính phí thay thế.
        [guidance-included] Chỉ riêng phần dẫn đường bằng { -live-x-ray }. Mã { $code } đã bao gồm phần này, nên mã { $other } không bị tính phí riêng.
       *[includes-guidance] Mã { $other } đã bao gồm phần hình ảnh dẫn đường. Vì vậy, mã { $code } không được tính phí chung với mã { $other }.
    }
