### The title and the short summary of each code.
### The title says what the code is. Titles take no variables: they are also shown in other codes' lists of
### similar codes, and inside the document title (ui.ftl `document-title`).
### The summary ("in simple words") is a few short sentences. The first time the word "imaging" appears on a
### page is in the title, so every summary says what imaging means.
### Summaries take the same variables as the sections (see sections.ftl) but need none in English.
# zh-Hans: "near the spine" is 脊柱附近, not 脊柱旁 (which suggests the muscles beside the spine).
# "Shot" is 打一针 (everyday words); "imaging" is 影像 (影像引导 in the titles), explained in every summary
# with the same sentence: 这里的“影像”，是指实时X光或CT扫描拍出的图像。
# "The tube stays in" is 留在体内, without 一直 ("always"), which could read as "for good".
# "A steady flow, or separate doses from time to time" is 持续慢慢流入，或者每隔一段时间再给一剂 (reviewer m2),
# the same words as in how-given-catheter.
# One 您 per sentence where one is enough (reviewer m7).

# Title of 62320: one shot near the spine, neck or upper back, no imaging.
code-62320-title = 在{ -upper-spine }的脊柱附近打一针药，不用影像引导
# Summary of 62320. Says what "imaging" means. No variables.
code-62320-summary = 医生会在您{ -upper-spine }的脊柱附近打一针药。针或{ -tube }当天就会拔掉。医生不用影像来引导针。这里的“影像”，是指{ -live-x-ray }或{ -ct-scan }拍出的图像。

# Title of 62321: one shot near the spine, neck or upper back, with imaging.
code-62321-title = 在{ -upper-spine }的脊柱附近打一针药，用影像引导
# Summary of 62321. Says what "imaging" means. No variables.
code-62321-summary = 医生会在您{ -upper-spine }的脊柱附近打一针药。医生会用影像来引导针。这里的“影像”，是指{ -live-x-ray }或{ -ct-scan }拍出的图像。针或{ -tube }当天就会拔掉。

# Title of 62322: one shot near the spine, lower back or tailbone area, no imaging.
code-62322-title = 在{ -lower-spine }的脊柱附近打一针药，不用影像引导
# Summary of 62322. Says what "imaging" means. No variables.
code-62322-summary = 医生会在您{ -lower-spine }的脊柱附近打一针药。针或{ -tube }当天就会拔掉。医生不用影像来引导针。这里的“影像”，是指{ -live-x-ray }或{ -ct-scan }拍出的图像。

# Title of 62323: one shot near the spine, lower back or tailbone area, with imaging.
code-62323-title = 在{ -lower-spine }的脊柱附近打一针药，用影像引导
# Summary of 62323. Says what "imaging" means. No variables.
code-62323-summary = 医生会在您{ -lower-spine }的脊柱附近打一针药。医生会用影像来引导针。这里的“影像”，是指{ -live-x-ray }或{ -ct-scan }拍出的图像。针或{ -tube }当天就会拔掉。

# Title of 62324: a tube left near the spine, neck or upper back, no imaging.
code-62324-title = 通过留在{ -upper-spine }脊柱附近的{ -tube }给药，不用影像引导
# Summary of 62324. Says what "imaging" means. No variables.
code-62324-summary = 医生会在您{ -upper-spine }的脊柱附近放一根柔软的{ -tube }。{ -tube }会留在体内。药物会通过它持续慢慢流入，或者每隔一段时间再给一剂。给药时间可以是几个小时或几天。医生不用影像来引导{ -tube }。这里的“影像”，是指{ -live-x-ray }或{ -ct-scan }拍出的图像。

# Title of 62325: a tube left near the spine, neck or upper back, with imaging.
code-62325-title = 通过留在{ -upper-spine }脊柱附近的{ -tube }给药，用影像引导
# Summary of 62325. Says what "imaging" means. No variables.
code-62325-summary = 医生会在您{ -upper-spine }的脊柱附近放一根柔软的{ -tube }。医生会用影像来引导{ -tube }。这里的“影像”，是指{ -live-x-ray }或{ -ct-scan }拍出的图像。{ -tube }会留在体内。药物会通过它持续慢慢流入，或者每隔一段时间再给一剂。给药时间可以是几个小时或几天。

# Title of 62326: a tube left near the spine, lower back or tailbone area, no imaging.
code-62326-title = 通过留在{ -lower-spine }脊柱附近的{ -tube }给药，不用影像引导
# Summary of 62326. Says what "imaging" means. No variables.
code-62326-summary = 医生会在您{ -lower-spine }的脊柱附近放一根柔软的{ -tube }。{ -tube }会留在体内。药物会通过它持续慢慢流入，或者每隔一段时间再给一剂。给药时间可以是几个小时或几天。医生不用影像来引导{ -tube }。这里的“影像”，是指{ -live-x-ray }或{ -ct-scan }拍出的图像。

# Title of 62327: a tube left near the spine, lower back or tailbone area, with imaging.
code-62327-title = 通过留在{ -lower-spine }脊柱附近的{ -tube }给药，用影像引导
# Summary of 62327. Says what "imaging" means. No variables.
code-62327-summary = 医生会在您{ -lower-spine }的脊柱附近放一根柔软的{ -tube }。医生会用影像来引导{ -tube }。这里的“影像”，是指{ -live-x-ray }或{ -ct-scan }拍出的图像。{ -tube }会留在体内。药物会通过它持续慢慢流入，或者每隔一段时间再给一剂。给药时间可以是几个小时或几天。

# Title of 77003: live x-ray used to guide a needle or tube near the spine (any part of it).
# "near the spine", as in the other titles: not into the bones.
code-77003-title = 用{ -live-x-ray }引导脊柱附近的针或{ -tube }
# Summary of 77003. No medicine is part of this code. Says what "imaging" means. No variables.
code-77003-summary = { -live-x-ray }会在屏幕上显示您脊柱的动态画面。医生借助这些画面，把针或{ -tube }引导到正确的位置。这样的画面叫作“影像”。这个代码只包括影像引导，不包括任何药物。
