### The title and the short summary of each code.
### The title says what the code is. Titles take no variables: they are also shown in other codes' lists of
### similar codes, and inside the document title (ui.ftl `document-title`).
### The summary ("in simple words") is a few short sentences. The first time the word "imaging" appears on a
### page is in the title, so every summary says what imaging means.
### Summaries take the same variables as the sections (see sections.ftl) but need none in English.
###
### Vietnamese: "imaging" is "hình ảnh dẫn đường" (pictures that guide), in every file. Kept over the panel's
### "dưới hướng dẫn của X-quang/CT" (minor finding): titles and bills need a noun for "imaging", and each summary
### now defines it. Each summary says what it is: "Hình ảnh dẫn đường là hình { -live-x-ray(form: "explained") } hoặc hình { -ct-scan }",
### with the gloss on "X‑quang trực tiếp" (moving pictures shown right away on a screen).
### "Shot" is "mũi tiêm"; "comes out the same day" is "được rút ra ngay trong ngày".
### "As a steady flow, or as separate doses from time to time" is
### "được truyền đều đặn, liên tục …, hoặc được bơm vào từng liều riêng, cách quãng" (no word for "large"),
### the same words as the list in how-given-catheter. Not "thành …" (a calque of "as": panel finding O2).
### The tube is always { -tube } ("ống thông"), never the bare "ống"; "thin, soft" is "mảnh, mềm".
### Summaries use no variables, as in English.

# Title of 62320: one shot near the spine, neck or upper back, no imaging.
code-62320-title = Một mũi tiêm thuốc gần cột sống ở vùng { -upper-spine }, không dùng hình ảnh dẫn đường
# Summary of 62320. Says what "imaging" means.
code-62320-summary = Bác sĩ tiêm cho quý vị một mũi thuốc gần cột sống, ở vùng { -upper-spine }. Kim hoặc { -tube } được rút ra ngay trong ngày. Bác sĩ không dùng hình ảnh để dẫn đường cho kim. Hình ảnh dẫn đường là hình { -live-x-ray(form: "explained") } hoặc hình { -ct-scan }.

# Title of 62321: one shot near the spine, neck or upper back, with imaging.
code-62321-title = Một mũi tiêm thuốc gần cột sống ở vùng { -upper-spine }, có dùng hình ảnh dẫn đường
# Summary of 62321. Says what "imaging" means.
code-62321-summary = Bác sĩ tiêm cho quý vị một mũi thuốc gần cột sống, ở vùng { -upper-spine }. Bác sĩ dùng hình ảnh để dẫn đường cho kim. Hình ảnh dẫn đường là hình { -live-x-ray(form: "explained") } hoặc hình { -ct-scan }. Kim hoặc { -tube } được rút ra ngay trong ngày.

# Title of 62322: one shot near the spine, lower back or tailbone area, no imaging.
code-62322-title = Một mũi tiêm thuốc gần cột sống ở vùng { -lower-spine }, không dùng hình ảnh dẫn đường
# Summary of 62322. Says what "imaging" means.
code-62322-summary = Bác sĩ tiêm cho quý vị một mũi thuốc gần cột sống, ở vùng { -lower-spine }. Kim hoặc { -tube } được rút ra ngay trong ngày. Bác sĩ không dùng hình ảnh để dẫn đường cho kim. Hình ảnh dẫn đường là hình { -live-x-ray(form: "explained") } hoặc hình { -ct-scan }.

# Title of 62323: one shot near the spine, lower back or tailbone area, with imaging.
code-62323-title = Một mũi tiêm thuốc gần cột sống ở vùng { -lower-spine }, có dùng hình ảnh dẫn đường
# Summary of 62323. Says what "imaging" means.
code-62323-summary = Bác sĩ tiêm cho quý vị một mũi thuốc gần cột sống, ở vùng { -lower-spine }. Bác sĩ dùng hình ảnh để dẫn đường cho kim. Hình ảnh dẫn đường là hình { -live-x-ray(form: "explained") } hoặc hình { -ct-scan }. Kim hoặc { -tube } được rút ra ngay trong ngày.

# Title of 62324: a tube left near the spine, neck or upper back, no imaging.
code-62324-title = Đưa thuốc qua một { -tube } mảnh được để lại gần cột sống ở vùng { -upper-spine }, không dùng hình ảnh dẫn đường
# Summary of 62324. Says what "imaging" means.
code-62324-summary = Bác sĩ đặt một { -tube } mảnh, mềm gần cột sống của quý vị, ở vùng { -upper-spine }. { -tube(cap: "yes") } được để lại trong người. Trong nhiều giờ hoặc nhiều ngày, thuốc được truyền đều đặn, liên tục qua { -tube }, hoặc được bơm vào từng liều riêng, cách quãng. Bác sĩ không dùng hình ảnh để dẫn đường khi đặt { -tube }. Hình ảnh dẫn đường là hình { -live-x-ray(form: "explained") } hoặc hình { -ct-scan }.

# Title of 62325: a tube left near the spine, neck or upper back, with imaging.
code-62325-title = Đưa thuốc qua một { -tube } mảnh được để lại gần cột sống ở vùng { -upper-spine }, có dùng hình ảnh dẫn đường
# Summary of 62325. Says what "imaging" means.
code-62325-summary = Bác sĩ đặt một { -tube } mảnh, mềm gần cột sống của quý vị, ở vùng { -upper-spine }. Bác sĩ dùng hình ảnh để dẫn đường khi đặt { -tube }. Hình ảnh dẫn đường là hình { -live-x-ray(form: "explained") } hoặc hình { -ct-scan }. { -tube(cap: "yes") } được để lại trong người. Trong nhiều giờ hoặc nhiều ngày, thuốc được truyền đều đặn, liên tục qua { -tube }, hoặc được bơm vào từng liều riêng, cách quãng.

# Title of 62326: a tube left near the spine, lower back or tailbone area, no imaging.
code-62326-title = Đưa thuốc qua một { -tube } mảnh được để lại gần cột sống ở vùng { -lower-spine }, không dùng hình ảnh dẫn đường
# Summary of 62326. Says what "imaging" means.
code-62326-summary = Bác sĩ đặt một { -tube } mảnh, mềm gần cột sống của quý vị, ở vùng { -lower-spine }. { -tube(cap: "yes") } được để lại trong người. Trong nhiều giờ hoặc nhiều ngày, thuốc được truyền đều đặn, liên tục qua { -tube }, hoặc được bơm vào từng liều riêng, cách quãng. Bác sĩ không dùng hình ảnh để dẫn đường khi đặt { -tube }. Hình ảnh dẫn đường là hình { -live-x-ray(form: "explained") } hoặc hình { -ct-scan }.

# Title of 62327: a tube left near the spine, lower back or tailbone area, with imaging.
code-62327-title = Đưa thuốc qua một { -tube } mảnh được để lại gần cột sống ở vùng { -lower-spine }, có dùng hình ảnh dẫn đường
# Summary of 62327. Says what "imaging" means.
code-62327-summary = Bác sĩ đặt một { -tube } mảnh, mềm gần cột sống của quý vị, ở vùng { -lower-spine }. Bác sĩ dùng hình ảnh để dẫn đường khi đặt { -tube }. Hình ảnh dẫn đường là hình { -live-x-ray(form: "explained") } hoặc hình { -ct-scan }. { -tube(cap: "yes") } được để lại trong người. Trong nhiều giờ hoặc nhiều ngày, thuốc được truyền đều đặn, liên tục qua { -tube }, hoặc được bơm vào từng liều riêng, cách quãng.

# Title of 77003: live x-ray used to guide a needle or tube near the spine (any part of it).
# "near the spine", as in the other titles: not into the bones ("đến gần cột sống").
code-77003-title = Dùng { -live-x-ray } để dẫn kim hoặc { -tube } đến gần cột sống
# Summary of 77003. No medicine is part of this code. Says what "imaging" means.
# Vietnamese: the first sentence already explains the live x-ray, so no gloss here.
code-77003-summary = { -live-x-ray } cho thấy hình ảnh chuyển động của cột sống quý vị trên màn hình. Nhìn vào đó, bác sĩ dẫn kim hoặc { -tube } đến đúng chỗ. Những hình ảnh như vậy được gọi là hình ảnh dẫn đường. Mã này chỉ dành cho phần hình ảnh dẫn đường, không dành cho thuốc nào cả.
