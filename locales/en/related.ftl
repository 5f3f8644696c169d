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

related-difference = { $difference ->
        [imaging-yes] The same, but a { -live-x-ray } or { -ct-scan } guides the needle.
        [imaging-no] The same, but no x-ray or { -ct-scan } guides the needle.
        [region-lower] The same, but in the { -lower-spine }.
        [region-upper] The same, but in the { -upper-spine }.
        [technique-single] One shot only. The needle or { -tube } comes out the same day.
        [technique-catheter] A { -tube } stays in, so medicine can be given for hours or days.
        [guidance-excluded] The { -live-x-ray } guidance on its own. It is not billed with this code. If imaging was used, a code with imaging is billed instead.
        [guidance-included] The { -live-x-ray } guidance on its own. This code already includes imaging, so it is not billed again.
       *[includes-guidance] This shot code already includes imaging. So 77003 is not billed with it.
    }
