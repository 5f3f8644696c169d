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
###
### Russian: "billed" is "указывают в счёте" (is listed on the bill) throughout.
### "Imaging" is said as "рентген или КТ", as in codes.ftl.

related-difference = { $difference ->
        [imaging-yes] То же самое, но иглу направляют с помощью { -live-x-ray(case: "genitive") } или { -ct-scan }.
        [imaging-no] То же самое, но иглу направляют без рентгена и { -ct-scan }.
        [region-lower] То же самое, но в области { -lower-spine(case: "genitive") }.
        [region-upper] То же самое, но в области { -upper-spine(case: "genitive") }.
        [technique-single] Только один укол. Иглу или { -tube(case: "accusative") } вынимают в тот же день.
        [technique-catheter] В теле остаётся { -tube }, поэтому лекарство можно вводить несколько часов или дней.
        [guidance-excluded] Только наведение с помощью { -live-x-ray(case: "genitive") }. Его не указывают в счёте вместе с этим кодом. Если использовали рентген или { -ct-scan }, вместо этого кода указывают другой, в который они уже входят.
        [guidance-included] Только наведение с помощью { -live-x-ray(case: "genitive") }. Наведение по рентгену или { -ct-scan } уже входит в этот код, поэтому второй раз его в счёте не указывают.
       *[includes-guidance] Этот код за укол уже включает наведение по рентгену или { -ct-scan }. Поэтому код 77003 вместе с ним в счёте не указывают.
    }
