### The title and the short summary of each code.
### The title says what the code is. The summary ("in simple words") is two or three short sentences.
###
### Vietnamese: "imaging" is "hình ảnh dẫn đường" (pictures that guide), in every file.
### "Shot" is "mũi tiêm"; "comes out the same day" is "được rút ra ngay trong ngày".
### "As a steady flow, or as separate doses from time to time" is
### "thành một dòng chảy đều, hoặc thành từng liều riêng, cách quãng" (no word for "large"),
### the same words as the list in how-given-catheter.
### The tube is always { -tube } ("ống thông"), never the bare "ống".

# 62320: one shot near the spine, neck or upper back, no imaging.
code-62320-title = Một mũi tiêm thuốc gần cột sống ở vùng { -upper-spine }, không dùng hình ảnh dẫn đường
code-62320-summary = Bác sĩ tiêm cho bạn một mũi thuốc gần cột sống, ở vùng { -upper-spine }. Kim hoặc { -tube } được rút ra ngay trong ngày. Bác sĩ không dùng X-quang hay { -ct-scan } để dẫn đường cho kim.

# 62321: one shot near the spine, neck or upper back, with imaging.
code-62321-title = Một mũi tiêm thuốc gần cột sống ở vùng { -upper-spine }, có dùng hình ảnh dẫn đường
code-62321-summary = Bác sĩ tiêm cho bạn một mũi thuốc gần cột sống, ở vùng { -upper-spine }. { -live-x-ray } hoặc { -ct-scan } giúp dẫn đường cho kim. Kim hoặc { -tube } được rút ra ngay trong ngày.

# 62322: one shot near the spine, lower back, no imaging.
code-62322-title = Một mũi tiêm thuốc gần cột sống ở vùng { -lower-spine }, không dùng hình ảnh dẫn đường
code-62322-summary = Bác sĩ tiêm cho bạn một mũi thuốc gần cột sống, ở vùng { -lower-spine }. Kim hoặc { -tube } được rút ra ngay trong ngày. Bác sĩ không dùng X-quang hay { -ct-scan } để dẫn đường cho kim.

# 62323: one shot near the spine, lower back, with imaging.
code-62323-title = Một mũi tiêm thuốc gần cột sống ở vùng { -lower-spine }, có dùng hình ảnh dẫn đường
code-62323-summary = Bác sĩ tiêm cho bạn một mũi thuốc gần cột sống, ở vùng { -lower-spine }. { -live-x-ray } hoặc { -ct-scan } giúp dẫn đường cho kim. Kim hoặc { -tube } được rút ra ngay trong ngày.

# 62324: a tube left near the spine, neck or upper back, no imaging.
code-62324-title = Đưa thuốc qua một { -tube } nhỏ được để lại gần cột sống ở vùng { -upper-spine }, không dùng hình ảnh dẫn đường
code-62324-summary = Bác sĩ đặt một { -tube } nhỏ, mềm gần cột sống của bạn, ở vùng { -upper-spine }. { -tube(cap: "yes") } được để lại trong người. Trong nhiều giờ hoặc nhiều ngày, thuốc được đưa qua { -tube } thành một dòng chảy đều, hoặc thành từng liều riêng, cách quãng. Bác sĩ không dùng X-quang hay { -ct-scan } để dẫn đường khi đặt { -tube }.

# 62325: a tube left near the spine, neck or upper back, with imaging.
code-62325-title = Đưa thuốc qua một { -tube } nhỏ được để lại gần cột sống ở vùng { -upper-spine }, có dùng hình ảnh dẫn đường
code-62325-summary = Bác sĩ đặt một { -tube } nhỏ, mềm gần cột sống của bạn, ở vùng { -upper-spine }. { -live-x-ray } hoặc { -ct-scan } giúp dẫn đường khi đặt { -tube }. { -tube(cap: "yes") } được để lại trong người. Trong nhiều giờ hoặc nhiều ngày, thuốc được đưa qua { -tube } thành một dòng chảy đều, hoặc thành từng liều riêng, cách quãng.

# 62326: a tube left near the spine, lower back, no imaging.
code-62326-title = Đưa thuốc qua một { -tube } nhỏ được để lại gần cột sống ở vùng { -lower-spine }, không dùng hình ảnh dẫn đường
code-62326-summary = Bác sĩ đặt một { -tube } nhỏ, mềm gần cột sống của bạn, ở vùng { -lower-spine }. { -tube(cap: "yes") } được để lại trong người. Trong nhiều giờ hoặc nhiều ngày, thuốc được đưa qua { -tube } thành một dòng chảy đều, hoặc thành từng liều riêng, cách quãng. Bác sĩ không dùng X-quang hay { -ct-scan } để dẫn đường khi đặt { -tube }.

# 62327: a tube left near the spine, lower back, with imaging.
code-62327-title = Đưa thuốc qua một { -tube } nhỏ được để lại gần cột sống ở vùng { -lower-spine }, có dùng hình ảnh dẫn đường
code-62327-summary = Bác sĩ đặt một { -tube } nhỏ, mềm gần cột sống của bạn, ở vùng { -lower-spine }. { -live-x-ray } hoặc { -ct-scan } giúp dẫn đường khi đặt { -tube }. { -tube(cap: "yes") } được để lại trong người. Trong nhiều giờ hoặc nhiều ngày, thuốc được đưa qua { -tube } thành một dòng chảy đều, hoặc thành từng liều riêng, cách quãng.

# 77003: live x-ray used to guide a needle or tube into the spine. No medicine is part of this code.
code-77003-title = Dùng { -live-x-ray } để dẫn đường cho kim hoặc { -tube } ở cột sống
code-77003-summary = { -live-x-ray } cho thấy hình ảnh chuyển động của cột sống bạn trên màn hình. Bác sĩ dùng các hình ảnh này để dẫn kim hoặc { -tube } đến đúng chỗ cần tiêm. Mã này chỉ dành cho phần X-quang.
