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
### Russian: "billed" is "указывают в счёте" (is listed on the bill) throughout.
### Imaging is "под контролем рентгена или КТ" / "без рентгена и КТ", as in codes.ftl; the guidance itself
### (77003) is "контроль с помощью рентгена в реальном времени".
### "Code 62324" is "код 62324" (lower case inside a sentence); "в код … входит" for "… includes".

# The label line of one similar code, shown above the line on how it differs.
# $other (String) - the similar code, such as 62325.
# $title (String) - its title, such as "Введение лекарства через тонкую трубку …, под контролем рентгена или КТ".
# Russian: "Код 62325. Название", with a full stop, as Russian headings join a number and a name
# ("Статья 5. Название"); a colon would need a lower-case letter after it, and the titles start with a capital.
related-label = Код { $other }. { $title }

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
# Russian: [guidance-excluded] names both codes ("Код 77003 никогда не указывают … с кодом 62320"), which is
# clearer than "Его" and is what the English says.
related-difference = { $difference ->
        [imaging-yes] То же самое, но иглу направляют под контролем { -live-x-ray(case: "genitive") } или { -ct-scan }.
        [imaging-no] То же самое, но иглу направляют без рентгена и { -ct-scan }.
        [region-lower] То же самое, но в области { -lower-spine(case: "genitive") }.
        [region-upper] То же самое, но в области { -upper-spine(case: "genitive") }.
        [technique-single] Только один укол. Иглу или { -tube(case: "accusative") } вынимают в тот же день.
        [technique-catheter] В теле остаётся { -tube }, поэтому лекарство можно вводить в течение нескольких часов или дней.
        [guidance-excluded] Только контроль с помощью { -live-x-ray(case: "genitive") }. Код { $other } никогда не указывают в счёте вместе с кодом { $code }. Если используют рентген или { -ct-scan }, в счёте указывают другой код — тот, в который они уже входят.
        [guidance-included] Только контроль с помощью { -live-x-ray(case: "genitive") }. В код { $code } он уже входит, поэтому код { $other } в счёте не указывают.
       *[includes-guidance] В код { $other } уже входит контроль с помощью рентгена или { -ct-scan }. Поэтому код { $code } вместе с ним в счёте не указывают.
    }
