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
# zh-Hans: "The same, but ..." is 其他都一样，但…… ("everything else is the same, but ...").
# "The live x-ray guidance on its own" is 只是实时X光引导本身 ("only the live x-ray guidance itself").

related-difference = { $difference ->
        [imaging-yes] 其他都一样，但会用{ -live-x-ray }或{ -ct-scan }来引导针。
        [imaging-no] 其他都一样，但不用X光或{ -ct-scan }来引导针。
        [region-lower] 其他都一样，但部位在{ -lower-spine }。
        [region-upper] 其他都一样，但部位在{ -upper-spine }。
        [technique-single] 只打一针。针或{ -tube }当天就会拔掉。
        [technique-catheter] 会留下一根{ -tube }，这样可以在几个小时或几天里给药。
        [guidance-excluded] 只是{ -live-x-ray }引导本身。它不会和这个代码一起收费。如果用了影像引导，会改用一个包含影像引导的代码来收费。
        [guidance-included] 只是{ -live-x-ray }引导本身。这个代码已经包含影像引导，所以不会再为它另外收费。
       *[includes-guidance] 这个打针代码已经包含影像引导，所以代码77003不会和它一起收费。
    }
