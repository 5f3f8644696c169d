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
### Arabic: "The same, but ..." is الإجراء نفسه، لكن ... ("the same procedure, but ...").
### "Billed" is يُضاف إلى الفاتورة ("added to the bill") throughout.
### guidance-excluded: "instead" is spelled out as بدلًا من هذا الرمز ("instead of this code"), because
### بدلًا منه could be read as "instead of 77003" and suggest two codes on the bill.

related-difference = { $difference ->
        [imaging-yes] الإجراء نفسه، لكن تُستخدم { -live-x-ray } أو { -ct-scan } لتوجيه الإبرة.
        [imaging-no] الإجراء نفسه، لكن دون استخدام الأشعة السينية أو { -ct-scan } لتوجيه الإبرة.
        [region-lower] الإجراء نفسه، لكن في { -lower-spine }.
        [region-upper] الإجراء نفسه، لكن في { -upper-spine }.
        [technique-single] حقنة واحدة فقط. وتُزال الإبرة أو { -tube(form: "def") } في اليوم نفسه.
        [technique-catheter] يُترك { -tube } في مكانه، فيمكن إعطاء الدواء لساعات أو أيام.
        [guidance-excluded] التوجيه ب{ -live-x-ray } وحده. ولا يُضاف إلى الفاتورة مع هذا الرمز. وإذا استُخدم التصوير، يُضاف إلى الفاتورة رمز يشمل التصوير بدلًا من هذا الرمز.
        [guidance-included] التوجيه ب{ -live-x-ray } وحده. وهذا الرمز يشمل التصوير أصلًا، لذلك لا يُضاف إلى الفاتورة مرة أخرى.
       *[includes-guidance] رمز الحقنة هذا يشمل التصوير أصلًا. لذلك لا يُضاف الرمز 77003 معه إلى الفاتورة.
    }
