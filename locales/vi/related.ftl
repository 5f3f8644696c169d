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
### Vietnamese: "The same, but ..." is "Giống mã này, nhưng ..." (like the code being explained).
### "Mã này" (this code) is always the code being explained; "mã đó" (that code) is the similar code.

related-difference = { $difference ->
        [imaging-yes] Giống mã này, nhưng có dùng { -live-x-ray } hoặc { -ct-scan } để dẫn đường cho kim.
        [imaging-no] Giống mã này, nhưng không dùng X-quang hay { -ct-scan } để dẫn đường cho kim.
        [region-lower] Giống mã này, nhưng ở vùng { -lower-spine }.
        [region-upper] Giống mã này, nhưng ở vùng { -upper-spine }.
        [technique-single] Chỉ một mũi tiêm. Kim hoặc { -tube } được rút ra ngay trong ngày.
        [technique-catheter] Một { -tube } được để lại trong người, để có thể đưa thuốc vào trong nhiều giờ hoặc nhiều ngày.
        [guidance-excluded] Chỉ riêng phần dẫn đường bằng { -live-x-ray }. Mã đó không được tính phí chung với mã này. Nếu có dùng hình ảnh dẫn đường, thì một mã có hình ảnh dẫn đường sẽ được tính phí thay vào đó.
        [guidance-included] Chỉ riêng phần dẫn đường bằng { -live-x-ray }. Mã này đã bao gồm phần hình ảnh dẫn đường, nên phần đó không bị tính phí thêm lần nữa.
       *[includes-guidance] Mã tiêm thuốc đó đã bao gồm phần hình ảnh dẫn đường. Vì vậy, mã 77003 không được tính phí chung với mã đó.
    }
