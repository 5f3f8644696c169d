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
### Korean: "billed" is 청구하다; "imaging" in billing lines is 영상 촬영.

related-difference = { $difference ->
        [imaging-yes] 같은 시술이지만, { -live-x-ray(case: "or") } { -ct-scan(case: "subject") } 바늘 위치를 잡아 줘요.
        [imaging-no] 같은 시술이지만, 바늘 위치를 잡을 때 엑스레이나 { -ct-scan(case: "object") } 쓰지 않아요.
        [region-lower] 같은 시술이지만, { -lower-spine }에 해요.
        [region-upper] 같은 시술이지만, { -upper-spine }에 해요.
        [technique-single] 주사를 한 번만 놓아요. 바늘이나 { -tube(case: "topic") } 같은 날 빼요.
        [technique-catheter] { -tube(case: "object") } 빼지 않고 그대로 두어서, 몇 시간이나 며칠 동안 약을 줄 수 있어요.
        [guidance-excluded] { -live-x-ray(case: "instrument") } 위치를 잡는 것만 따로 다루는 코드예요. 이 코드와 함께 청구하지 않아요. 영상 촬영을 했다면, 그 대신 영상 촬영이 포함된 코드로 청구해요.
        [guidance-included] { -live-x-ray(case: "instrument") } 위치를 잡는 것만 따로 다루는 코드예요. 이 코드에는 영상 촬영이 이미 포함되어 있어서, 다시 청구하지 않아요.
       *[includes-guidance] 이 주사 코드에는 영상 촬영이 이미 포함되어 있어요. 그래서 77003 코드를 함께 청구하지 않아요.
    }
