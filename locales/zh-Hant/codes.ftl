### The title and the short summary of each code.
### The title says what the code is. Titles take no variables: they are also shown in other codes' lists of
### similar codes, and inside the document title (ui.ftl `document-title`).
### The summary ("in simple words") is a few short sentences. The first time the word "imaging" appears on a
### page is in the title, so every summary says what imaging means.
### Summaries take the same variables as the sections (see sections.ftl) but need none in English.
# zh-Hant: "near the spine" is 脊椎附近 (脊椎 is the everyday Taiwanese word for the spine). "Doctor" is 醫師,
# as Taiwanese hospitals write it. "Shot" is 打一針; "imaging" is 影像 (影像導引 in the titles), explained in
# every summary with the same sentence: 影像是指用即時X光或電腦斷層（CT）拍出的畫面。
# "The tube stays in" is 留在體內 (not 一直, "always", which could read as "for good").
# "A steady flow, or separate doses from time to time" is 持續慢慢流入，或每隔一段時間分次給一劑,
# the same words as in how-given-catheter.

# Title of 62320: one shot near the spine, neck or upper back, no imaging.
code-62320-title = 在{ -upper-spine }的脊椎附近打一針藥，不使用影像導引
# Summary of 62320. Says what "imaging" means.
code-62320-summary = 醫師會在您{ -upper-spine }的脊椎附近打一針藥。針或{ -tube }當天就會拔掉。醫師不使用影像來導引針。影像是指用{ -live-x-ray }或{ -ct-scan }拍出的畫面。

# Title of 62321: one shot near the spine, neck or upper back, with imaging.
code-62321-title = 在{ -upper-spine }的脊椎附近打一針藥，使用影像導引
# Summary of 62321. Says what "imaging" means.
code-62321-summary = 醫師會在您{ -upper-spine }的脊椎附近打一針藥。醫師會使用影像來導引針。影像是指用{ -live-x-ray }或{ -ct-scan }拍出的畫面。針或{ -tube }當天就會拔掉。

# Title of 62322: one shot near the spine, lower back or tailbone area, no imaging.
code-62322-title = 在{ -lower-spine }的脊椎附近打一針藥，不使用影像導引
# Summary of 62322. Says what "imaging" means.
code-62322-summary = 醫師會在您{ -lower-spine }的脊椎附近打一針藥。針或{ -tube }當天就會拔掉。醫師不使用影像來導引針。影像是指用{ -live-x-ray }或{ -ct-scan }拍出的畫面。

# Title of 62323: one shot near the spine, lower back or tailbone area, with imaging.
code-62323-title = 在{ -lower-spine }的脊椎附近打一針藥，使用影像導引
# Summary of 62323. Says what "imaging" means.
code-62323-summary = 醫師會在您{ -lower-spine }的脊椎附近打一針藥。醫師會使用影像來導引針。影像是指用{ -live-x-ray }或{ -ct-scan }拍出的畫面。針或{ -tube }當天就會拔掉。

# Title of 62324: a tube left near the spine, neck or upper back, no imaging.
code-62324-title = 經由留在{ -upper-spine }脊椎附近的{ -tube }給藥，不使用影像導引
# Summary of 62324. Says what "imaging" means.
code-62324-summary = 醫師會在您{ -upper-spine }的脊椎附近放一條柔軟的{ -tube }。{ -tube }會留在體內。藥物經由它持續慢慢流入，或每隔一段時間分次給一劑，時間長達幾個小時或幾天。醫師不使用影像來導引{ -tube }。影像是指用{ -live-x-ray }或{ -ct-scan }拍出的畫面。

# Title of 62325: a tube left near the spine, neck or upper back, with imaging.
code-62325-title = 經由留在{ -upper-spine }脊椎附近的{ -tube }給藥，使用影像導引
# Summary of 62325. Says what "imaging" means.
code-62325-summary = 醫師會在您{ -upper-spine }的脊椎附近放一條柔軟的{ -tube }。醫師會使用影像來導引{ -tube }。影像是指用{ -live-x-ray }或{ -ct-scan }拍出的畫面。{ -tube }會留在體內。藥物經由它持續慢慢流入，或每隔一段時間分次給一劑，時間長達幾個小時或幾天。

# Title of 62326: a tube left near the spine, lower back or tailbone area, no imaging.
code-62326-title = 經由留在{ -lower-spine }脊椎附近的{ -tube }給藥，不使用影像導引
# Summary of 62326. Says what "imaging" means.
code-62326-summary = 醫師會在您{ -lower-spine }的脊椎附近放一條柔軟的{ -tube }。{ -tube }會留在體內。藥物經由它持續慢慢流入，或每隔一段時間分次給一劑，時間長達幾個小時或幾天。醫師不使用影像來導引{ -tube }。影像是指用{ -live-x-ray }或{ -ct-scan }拍出的畫面。

# Title of 62327: a tube left near the spine, lower back or tailbone area, with imaging.
code-62327-title = 經由留在{ -lower-spine }脊椎附近的{ -tube }給藥，使用影像導引
# Summary of 62327. Says what "imaging" means.
code-62327-summary = 醫師會在您{ -lower-spine }的脊椎附近放一條柔軟的{ -tube }。醫師會使用影像來導引{ -tube }。影像是指用{ -live-x-ray }或{ -ct-scan }拍出的畫面。{ -tube }會留在體內。藥物經由它持續慢慢流入，或每隔一段時間分次給一劑，時間長達幾個小時或幾天。

# Title of 77003: live x-ray used to guide a needle or tube near the spine (any part of it).
# "near the spine", as in the other titles: not into the bones.
# zh-Hant: 脊椎附近, as in the other titles.
code-77003-title = 用{ -live-x-ray }導引脊椎附近的針或{ -tube }
# Summary of 77003. No medicine is part of this code. Says what "imaging" means.
# zh-Hant: 螢幕 (Taiwan/Hong Kong; not the Mainland 屏幕).
code-77003-summary = { -live-x-ray }會在螢幕上顯示您脊椎的動態畫面。醫師看著這些畫面，把針或{ -tube }導引到正確的位置。這類畫面就叫做「影像」。這個代碼只包括影像導引，不包括任何藥物。
