### The title and the short summary of each code.
### The title says what the code is. The summary ("in simple words") is two or three short sentences.
# zh-Hans: "near the spine" is 脊柱附近, not 脊柱旁 (which suggests the muscles beside the spine).
# "Shot" is 打一针 (everyday words); "imaging" is 影像引导.
# "The tube stays in" is 留在体内, without 一直 ("always"), which could read as "for good".

# 62320: one shot near the spine, neck or upper back, no imaging.
code-62320-title = 在{ -upper-spine }的脊柱附近打一针药，不用影像引导
code-62320-summary = 医生在您{ -upper-spine }的脊柱附近给您打一针药。针或{ -tube }当天就会拔掉。不用X光或{ -ct-scan }来引导针。

# 62321: one shot near the spine, neck or upper back, with imaging.
code-62321-title = 在{ -upper-spine }的脊柱附近打一针药，用影像引导
code-62321-summary = 医生在您{ -upper-spine }的脊柱附近给您打一针药。医生会借助{ -live-x-ray }或{ -ct-scan }来引导针。针或{ -tube }当天就会拔掉。

# 62322: one shot near the spine, lower back, no imaging.
code-62322-title = 在{ -lower-spine }的脊柱附近打一针药，不用影像引导
code-62322-summary = 医生在您{ -lower-spine }的脊柱附近给您打一针药。针或{ -tube }当天就会拔掉。不用X光或{ -ct-scan }来引导针。

# 62323: one shot near the spine, lower back, with imaging.
code-62323-title = 在{ -lower-spine }的脊柱附近打一针药，用影像引导
code-62323-summary = 医生在您{ -lower-spine }的脊柱附近给您打一针药。医生会借助{ -live-x-ray }或{ -ct-scan }来引导针。针或{ -tube }当天就会拔掉。

# 62324: a tube left near the spine, neck or upper back, no imaging.
code-62324-title = 通过留在{ -upper-spine }脊柱附近的{ -tube }给药，不用影像引导
code-62324-summary = 医生在您{ -upper-spine }的脊柱附近放入一根柔软的{ -tube }。{ -tube }会留在体内。药物会通过它稳定地持续流入，或者每隔一段时间单独给一剂，一共持续几个小时或几天。放{ -tube }时不用X光或{ -ct-scan }来引导。

# 62325: a tube left near the spine, neck or upper back, with imaging.
code-62325-title = 通过留在{ -upper-spine }脊柱附近的{ -tube }给药，用影像引导
code-62325-summary = 医生在您{ -upper-spine }的脊柱附近放入一根柔软的{ -tube }。医生会借助{ -live-x-ray }或{ -ct-scan }来引导它。{ -tube }会留在体内。药物会通过它稳定地持续流入，或者每隔一段时间单独给一剂，一共持续几个小时或几天。

# 62326: a tube left near the spine, lower back, no imaging.
code-62326-title = 通过留在{ -lower-spine }脊柱附近的{ -tube }给药，不用影像引导
code-62326-summary = 医生在您{ -lower-spine }的脊柱附近放入一根柔软的{ -tube }。{ -tube }会留在体内。药物会通过它稳定地持续流入，或者每隔一段时间单独给一剂，一共持续几个小时或几天。放{ -tube }时不用X光或{ -ct-scan }来引导。

# 62327: a tube left near the spine, lower back, with imaging.
code-62327-title = 通过留在{ -lower-spine }脊柱附近的{ -tube }给药，用影像引导
code-62327-summary = 医生在您{ -lower-spine }的脊柱附近放入一根柔软的{ -tube }。医生会借助{ -live-x-ray }或{ -ct-scan }来引导它。{ -tube }会留在体内。药物会通过它稳定地持续流入，或者每隔一段时间单独给一剂，一共持续几个小时或几天。

# 77003: live x-ray used to guide a needle or tube into the spine. No medicine is part of this code.
code-77003-title = 在脊柱部位用{ -live-x-ray }引导针或{ -tube }
code-77003-summary = { -live-x-ray }会在屏幕上显示您脊柱的动态画面。医生借助这些画面，把针或{ -tube }引导到正确的位置来打针。这个代码只包括X光这一项。
