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
### Arabic: "The same, but ..." is الإجراء نفسه، لكن ... ("the same procedure, but ...").
### "Billed" is يُضاف إلى الفاتورة ("added to the bill") throughout. Codes are named as الرمز { $code }.

# The label line of one similar code, shown above the line on how it differs.
# $other (String) - the similar code, such as 62325.
# $title (String) - its title, such as "دواء عبر أنبوب رفيع يُترك قرب العمود الفقري ...، مع التصوير بالأشعة".
# Arabic: the code first, then a colon (the same character as in English, correct in Arabic) and the title.
# In right-to-left text the code stands at the right, as in «• 62321: …».
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
# Arabic, guidance-excluded: "It" is spelled out as الرمز { $other }, and "instead" as بدلًا من الرمز { $code }:
# the first-edition note chose بدلًا من هذا الرمز over بدلًا منه (which could mean "instead of 77003"); naming
# the code now removes the last "this code" (review 2026-11-29, finding 3, and English E1).
# Arabic, guidance-included: review finding 3 (the reviewer's wording, with both codes named, as the new English does).
related-difference = { $difference ->
        [imaging-yes] الإجراء نفسه، لكن يُستخدم { -live-x-ray } أو { -ct-scan } لتوجيه الإبرة.
        [imaging-no] الإجراء نفسه، لكن دون استخدام الأشعة السينية أو { -ct-scan } لتوجيه الإبرة.
        [region-lower] الإجراء نفسه، لكن في { -lower-spine }.
        [region-upper] الإجراء نفسه، لكن في { -upper-spine }.
        [technique-single] حقنة واحدة فقط. وتُزال الإبرة أو { -tube(form: "def") } في اليوم نفسه.
        [technique-catheter] يُترك { -tube } في مكانه، فيمكن إعطاء الدواء لساعات أو أيام.
        [guidance-excluded] التوجيه ب{ -live-x-ray } وحده. ولا يُضاف الرمز { $other } أبدًا إلى الفاتورة مع الرمز { $code }. وإذا استُخدم التصوير بالأشعة، يُضاف إلى الفاتورة رمز يشمل التصوير بدلًا من الرمز { $code }.
        [guidance-included] التوجيه ب{ -live-x-ray } وحده. والرمز { $code } يشمله أصلًا، لذلك لا يُضاف الرمز { $other } إلى الفاتورة.
       *[includes-guidance] الرمز { $other } يشمل التصوير بالأشعة أصلًا. لذلك لا يُضاف الرمز { $code } معه إلى الفاتورة.
    }
