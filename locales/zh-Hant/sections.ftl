### The parts of an explanation.
###
### Each part has a heading (section-<id>) and, for each kind of code, one body message whose
### attributes are its text:
###   `.p-N`     paragraphs, shown first;
###   `.item-N`  list items, shown as a list after the paragraphs
###              (numbered steps in "what-happens", bullets everywhere else);
###   `.note-N`  paragraphs shown after the list.
### Each group is shown in number order, numbered 1, 2, 3 ... without gaps. A body may leave out a group.
### A body message without a kind (such as `medicines`) serves every kind that has no message of its own.
###
### The parts, in the order they are shown:
###   why, what-happens, medicines, how-given, imaging, emergency, when-to-call, billing, questions
###
### The three kinds of code:
###   -single    one shot; the needle or tube comes out the same day (62320-62323)
###   -catheter  a thin tube stays in, and medicine goes through it for hours or days (62324-62327)
###   -guidance  the live x-ray that guides the needle or tube (code 77003); no medicine
###
### Variables, available in every heading and body message (each message's comment says which it uses):
###   $code    (String) the code number, such as 62324
###   $region  (String) where on the spine: "upper" (neck or upper back, for 62320, 62321, 62324, 62325),
###            "lower" (lower back or tailbone area, for 62322, 62323, 62326, 62327) or "any" (77003).
###            The -single and -catheter messages only ever get "upper" or "lower".
###   $imaging (String) "yes" if live x-ray or CT guides the needle, "no" if not
###
### Anatomy by region: in the neck and upper back the shot or tube is near the spinal cord. In the lower back
### and tailbone area it is near the spinal nerves, not the cord: the cord usually ends higher up, and below it
### the sac holds only nerves floating in spinal fluid. The $region selectors keep this apart; keep it apart too.

## Headings

# Heading of the part on common reasons for the shot, the tube or the live x-ray. NEW.
section-why = 為什麼要做這個
# Heading of the numbered steps.
section-what-happens = 進行的過程
# Heading of the part on the kinds of medicine.
section-medicines = 使用的藥物
# Heading of the part on how the medicine goes in: one shot, or a steady flow or separate doses.
section-how-given = 藥物怎麼給
# Heading of the part on imaging (live x-ray or CT pictures).
section-imaging = 用影像導引針
# Heading of the signs that need emergency help. NEW: these signs were in "when-to-call" before.
section-emergency = 什麼情況要立刻去急診
# Heading of the signs to call the care team about (not an emergency). Was "When to get help".
section-when-to-call = 什麼情況要打電話給您的{ -care-team }
# Heading of the part on what the code means on a bill.
section-billing = 帳單上的代碼是什麼意思
# Heading of the list of questions.
section-questions = 可以問您的{ -care-team }的問題

## Why people get this (NEW)

# Common reasons for a single shot (62320-62323). Examples only: no promise that it helps.
# $region (String) - "upper" (the pain spreads into an arm) or "lower" (into a leg).
# .item-1: pain from an irritated nerve root (medical word: radiculopathy); a disc is the soft cushion between
# two bones of the spine. .item-2: spinal stenosis. .item-3: a test shot (diagnostic injection).
# zh-Hant: the disc is explained in plain words (夾在脊椎骨之間的軟墊); 椎間盤突出 is the lay term in Taiwan, so
# "slipped" needs no extra word.
why-single =
    .p-1 = 醫師打這種針，常見的原因有：
    .item-1 = { $region ->
        [upper] 脊椎附近的神經受到刺激，疼痛一路延伸到手臂。椎間盤膨出或突出，都可能造成這種情況。椎間盤是夾在脊椎骨之間、像軟墊一樣的組織。
       *[lower] 脊椎附近的神經受到刺激，疼痛一路延伸到腿部。椎間盤膨出或突出，都可能造成這種情況。椎間盤是夾在脊椎骨之間、像軟墊一樣的組織。
    }
    .item-2 = 脊椎管狹窄。也就是脊椎裡神經周圍的空間變窄了。
    .item-3 = 做為一種檢查，幫忙找出疼痛是從哪裡來的
    .note-1 = 以上只是舉例。這個方法為什麼適合您，請問您的醫師。

# Common reasons for a tube (62324-62327). Examples only: no promise that it helps.
# $region (String) - "upper" or "lower". The "upper" examples are the ones the code's source gives for a tube in
# the neck or upper back. They must not be used for the lower back: the "lower" variants say less on purpose.
# "upper" .item-2: spinal stenosis in the upper back, a narrowing around the spinal cord; numbing medicine and a
# muscle relaxer (antispasmodic) as separate doses. "upper" .item-3: an opioid into the spinal fluid space.
# zh-Hant: "as separate doses" is 分次給 and "a steady flow" is 持續慢慢流入, as in how-given-catheter.
why-catheter =
    .p-1 = 有了{ -tube }，您的{ -care-team }就可以在幾個小時或幾天內幫您給藥，不必每給一次藥就重新打一針。
    .p-2 = { $region ->
        [upper] 在{ -upper-spine }放{ -tube }的原因，例如：
       *[lower] 放這種{ -tube }的原因，例如：
    }
    .item-1 = { $region ->
        [upper] 長期的頸部疼痛。{ -steroid }是一種可以減輕腫脹的藥，可以在幾天內持續慢慢流入。
       *[lower] 長期的疼痛，需要在幾個小時或幾天內持續用藥，只打一針是不夠的
    }
    .item-2 = { $region ->
        [upper] 上背部的脊椎管狹窄。也就是脊髓周圍的空間變窄了。{ -tube }可以分次送入{ -numbing-medicine }和肌肉鬆弛劑。
       *[lower] 脊椎管狹窄。也就是脊椎裡神經周圍的空間變窄了。
    }
    .item-3 = { $region ->
        [upper] 胸部或上背部手術後的疼痛。強效止痛藥（{ -opioid }）可以持續慢慢流入脊髓液裡。
       *[lower] 手術後的疼痛
    }
    .note-1 = 以上只是舉例。這個方法為什麼適合您，請問您的醫師。

# Why a doctor uses a live x-ray to guide the needle or tube (77003). No variables.
why-guidance =
    .p-1 = 醫師用{ -live-x-ray }來看針或{ -tube }的尖端在哪裡。
    .p-2 = 這能幫助醫師把尖端導引到您脊椎附近的正確位置，讓藥物送到需要的地方。

## What happens

# Steps for a single shot.
# $region (String) - "upper": near the spinal cord; "lower": near the spinal nerves, below the end of the cord,
# and near the tailbone through a small natural opening (the caudal route).
# $imaging (String) - "yes" or "no": whether live x-ray or CT pictures are used to check the tip.
# .p-2 gives the medical names once: epidural space, and subarachnoid (intrathecal) space.
# zh-Hant: "the sac" is 膜囊 (the bag of membrane around the cord and nerves); 脊神經 for the spinal nerves.
what-happens-single =
    .p-1 = { $region ->
        [upper] 醫師會在您的脊髓附近打一針藥。
       *[lower] 醫師會在您{ -lower-spine }的脊神經附近打一針藥。脊髓通常在更上面的位置就結束了。如果是在尾骨附近打針，針會從一個天然的小開口進去。
    }
    .p-2 = { $region ->
        [upper] 藥物可以打進{ -epidural-space }，這個位置就在包住脊髓的膜囊外面。藥物也可以打進膜囊裡面{ -fluid-space }。這個空間的醫學名稱是{ -fluid-space-medical }。
       *[lower] 藥物可以打進{ -epidural-space }，這個位置就在包住脊神經的膜囊外面。藥物也可以打進膜囊裡面{ -fluid-space }。這個空間的醫學名稱是{ -fluid-space-medical }。
    }
    .item-1 = { -care-team }會幫您做好準備。
    .item-2 = 醫師用{ -numbing-medicine }讓您的皮膚麻掉。
    .item-3 = 醫師把針打進去。有時也會用到一條柔軟的{ -tube }。
    .item-4 = { $imaging ->
        [yes] 醫師會用{ -live-x-ray }或{ -ct-scan }的畫面，確認針或{ -tube }的尖端在正確的位置。
       *[no] 醫師會確認針或{ -tube }的尖端在正確的位置。
    }
    .item-5 = 醫師把藥物打進去。
    .item-6 = 針或{ -tube }當天就會拔掉。
    .item-7 = { -care-team }會觀察您一段時間，看看您對藥物有什麼反應。

# Steps for a tube that stays in.
# $region (String) - "upper": near the spinal cord; "lower": near the spinal nerves, below the end of the cord,
# and near the tailbone through a small natural opening (the caudal route).
# $imaging (String) - "yes" or "no": whether live x-ray or CT pictures are used to check the tube.
# .p-2 gives the medical names once: epidural space, and subarachnoid (intrathecal) space.
# zh-Hant: no space between the closing } of .p-1's selector and the next sentence (Chinese uses no spaces).
what-happens-catheter =
    .p-1 = { $region ->
        [upper] 醫師會在您的脊髓附近放一條柔軟的{ -tube }。
       *[lower] 醫師會在您{ -lower-spine }的脊神經附近放一條柔軟的{ -tube }。脊髓通常在更上面的位置就結束了。如果是在尾骨附近，針會從一個天然的小開口進去。
    }這條{ -tube }的醫學名稱是「{ -catheter }」。
    .p-2 = { $region ->
        [upper] { -tube }可以放進{ -epidural-space }，這個位置就在包住脊髓的膜囊外面。{ -tube }也可以放進膜囊裡面{ -fluid-space }。這個空間的醫學名稱是{ -fluid-space-medical }。
       *[lower] { -tube }可以放進{ -epidural-space }，這個位置就在包住脊神經的膜囊外面。{ -tube }也可以放進膜囊裡面{ -fluid-space }。這個空間的醫學名稱是{ -fluid-space-medical }。
    }
    .item-1 = { -care-team }會幫您做好準備。
    .item-2 = 醫師用{ -numbing-medicine }讓您的皮膚麻掉。
    .item-3 = 醫師先把針打進去，再放入{ -tube }。
    .item-4 = { $imaging ->
        [yes] 醫師會用{ -live-x-ray }或{ -ct-scan }的畫面，確認{ -tube }在正確的位置。
       *[no] 醫師會確認{ -tube }在正確的位置。
    }
    .item-5 = 藥物經由{ -tube }送進去。
    .item-6 = 醫師會用膠布貼好或用其他方式固定{ -tube }，讓它留在體內。
    .item-7 = { -care-team }會觀察您一段時間，看看您對藥物有什麼反應。

# Steps of the live x-ray guidance (77003). No variables.
# zh-Hant: .item-3 names the needle or tube instead of 它, which could be read as the x-ray.
# Second review: the second sentence had no subject (the pictures or the x-ray?); 這種檢查 names it.
what-happens-guidance =
    .p-1 = { -live-x-ray }會在螢幕上顯示動態畫面。這種檢查在醫學上叫做「{ -fluoroscopy }」。
    .item-1 = 醫師操作時，X光機會把您的脊椎顯示在螢幕上。
    .item-2 = 醫師一邊看螢幕，一邊移動針或{ -tube }。
    .item-3 = 畫面會顯示針或{ -tube }的尖端在哪裡。
    .item-4 = 這能幫助醫師把尖端放到正確的位置。

## The medicine

# The kinds of medicine, for single shots and tubes (one message serves both). No variables.
# Never a medicine that destroys nerves (neurolytic).
# zh-Hant: 局部麻醉劑 is the medical word patients see on forms; 痙攣 is glossed with the everyday 抽筋.
medicines =
    .p-1 = 這些藥物可以幫忙找出疼痛的原因，也可以用來治療疼痛。這個代碼絕對不會用在破壞神經的藥物上。
    .p-2 = 使用的藥物可能是下面其中一種或幾種：
    .item-1 = { -numbing-medicine }（局部麻醉劑）
    .item-2 = 肌肉鬆弛劑，可以緩解肌肉痙攣（抽筋）
    .item-3 = 強效止痛藥（{ -opioid }）
    .item-4 = { -steroid }，一種可以減輕腫脹的藥
    .item-5 = 其他液體藥物

# 77003 covers no medicine: the shot or tube that gives it has its own code. No variables.
medicines-guidance =
    .p-1 = 這個代碼不包括任何藥物，只包括{ -live-x-ray }。
    .p-2 = 用來給藥的那一針或那條{ -tube }，有它自己的代碼。

## How the medicine is given

# One shot, all at once. No variables.
how-given-single =
    .p-1 = 藥物只打一針，一次全部打完。
    .p-2 = 打完後，針或{ -tube }就會拔掉，不會有任何東西留在您體內。

# Through the tube: a steady flow (continuous infusion) or separate doses (intermittent boluses). No variables.
# .note-1 explains "bolus" after the list: a bolus is one dose given at one time, not always a large one.
# zh-Hant: bolus is 推注 (the word on Taiwanese charts), explained as one dose given all at once; never
# 大劑量 or 衝擊劑量, which would mean a large dose. Pump is 幫浦 (Taiwan; Hong Kong says 泵), glossed.
how-given-catheter =
    .p-1 = 第一次給藥後，{ -tube }會留在體內。在幾個小時或幾天內，藥物都可以經由它送進去。
    .p-2 = 藥物經由{ -tube }送進去的方式有兩種：
    .item-1 = 持續慢慢流入，通常是由幫浦（一種送藥的小機器）推送
    .item-2 = 每隔一段時間分次給一劑
    .note-1 = 分次給的每一劑藥，醫學上叫做「推注」。推注是指一次給完的一劑藥，藥量不一定大。

# 77003 gives no medicine. No variables.
how-given-guidance =
    .p-1 = 放入針或{ -tube }的時候，會使用{ -live-x-ray }。它本身不會給您任何藥物。

## Pictures to guide the needle

# Imaging for a single shot.
# $imaging (String) - "yes" (live x-ray or CT guides the needle) or "no".
imaging-single =
    .p-1 = { $imaging ->
        [yes] 醫師會用{ -live-x-ray }或{ -ct-scan }來導引針。這些檢查能拍出身體內部的畫面。
       *[no] 不使用X光或{ -ct-scan }來導引針。
    }
    .p-2 = { $imaging ->
        [yes] 醫師靠這些畫面來控制針的方向，並看清楚針尖在哪裡。
       *[no] 如果有用X光或{ -ct-scan }的畫面來導引，就會改用另一個代碼。
    }

# Imaging for a tube.
# $imaging (String) - "yes" (live x-ray or CT guides the needle and tube) or "no".
imaging-catheter =
    .p-1 = { $imaging ->
        [yes] 醫師會用{ -live-x-ray }或{ -ct-scan }來導引針和{ -tube }。這些檢查能拍出身體內部的畫面。
       *[no] 不使用X光或{ -ct-scan }來導引針或{ -tube }。
    }
    .p-2 = { $imaging ->
        [yes] 醫師靠這些畫面來控制{ -tube }的方向，並看清楚{ -tube }的尖端在哪裡。
       *[no] 如果有用X光或{ -ct-scan }的畫面來導引，就會改用另一個代碼。
    }

# 77003 is the imaging itself, for a needle or tube near any part of the spine. No variables.
imaging-guidance =
    .p-1 = 這個代碼指的就是影像導引本身。在脊椎任何部位附近，{ -live-x-ray }都可以用來導引針或{ -tube }。
    .p-2 = 它能幫助醫師控制針或{ -tube }的方向，並看清楚尖端在哪裡。

## When to get emergency help (NEW: split out of "when-to-call")

# Emergency signs after a single shot. .p-1 leads into the list. The items are the signs, one each.
# .note-1 says why the first four signs are urgent.
# $region (String) - "upper": a bleed or infection could press on the spinal cord or nerves;
# "lower": on the spinal nerves (the cord usually ends higher up).
# .note-2: the last two signs can come from opioid pain medicine.
# .note-3 speaks about the people with the patient, who must act if the patient is hard to wake.
# zh-Hant: "get emergency help" is 立刻去急診或叫救護車 (no number: 119 in Taiwan, 999 in Hong Kong).
# 鼠蹊部 (Taiwan) is glossed 大腿根部 for Hong Kong readers (腹股溝) and for anyone who does not know the word.
emergency-single =
    .p-1 = 如果您有下面任何一種情況，請立刻去急診或叫救護車：
    .item-1 = 背部或頸部出現新的疼痛，或痛得很厲害
    .item-2 = 手臂或腿出現新的麻木或無力
    .item-3 = 大小便變得很難控制
    .item-4 = 鼠蹊部（大腿根部）或屁股出現新的麻木
    .item-5 = 呼吸變慢或變淺
    .item-6 = 睡得很沉，很難叫醒
    .note-1 = { $region ->
        [upper] 前面四種情況，可能表示有少見的出血或感染正在壓迫您的脊髓或神經。這需要在幾個小時內就得到治療。
       *[lower] 前面四種情況，可能表示有少見的出血或感染正在壓迫您的脊神經。這需要在幾個小時內就得到治療。
    }
    .note-2 = 使用{ -opioid }止痛時，可能會出現呼吸變慢和睡得很沉的情況。
    .note-3 = 如果您很難叫醒，陪在您身邊的人應該立刻幫您叫救護車或送您去急診。

# Emergency signs with a tube. The same as emergency-single; kept apart so each kind can change on its own.
# $region (String) - "upper": a bleed or infection could press on the spinal cord or nerves;
# "lower": on the spinal nerves (the cord usually ends higher up).
# .note-2: the last two signs can come from opioid pain medicine.
# .note-3 speaks about the people with the patient, who must act if the patient is hard to wake.
emergency-catheter =
    .p-1 = 如果您有下面任何一種情況，請立刻去急診或叫救護車：
    .item-1 = 背部或頸部出現新的疼痛，或痛得很厲害
    .item-2 = 手臂或腿出現新的麻木或無力
    .item-3 = 大小便變得很難控制
    .item-4 = 鼠蹊部（大腿根部）或屁股出現新的麻木
    .item-5 = 呼吸變慢或變淺
    .item-6 = 睡得很沉，很難叫醒
    .note-1 = { $region ->
        [upper] 前面四種情況，可能表示有少見的出血或感染正在壓迫您的脊髓或神經。這需要在幾個小時內就得到治療。
       *[lower] 前面四種情況，可能表示有少見的出血或感染正在壓迫您的脊神經。這需要在幾個小時內就得到治療。
    }
    .note-2 = 使用{ -opioid }止痛時，可能會出現呼吸變慢和睡得很沉的情況。
    .note-3 = 如果您很難叫醒，陪在您身邊的人應該立刻幫您叫救護車或送您去急診。

# Emergency signs for 77003. It gives no medicine, so there are no opioid signs. It can be used at any part of
# the spine, so .note-1 names both the spinal cord and the nerves. No variables.
emergency-guidance =
    .p-1 = 如果您有下面任何一種情況，請立刻去急診或叫救護車：
    .item-1 = 背部或頸部出現新的疼痛，或痛得很厲害
    .item-2 = 手臂或腿出現新的麻木或無力
    .item-3 = 大小便變得很難控制
    .item-4 = 鼠蹊部（大腿根部）或屁股出現新的麻木
    .note-1 = 這些情況可能表示有少見的出血或感染正在壓迫您的脊髓或神經。這需要在幾個小時內就得到治療。

## When to call your care team (not an emergency)

# Signs to call the care team about after a single shot. No variables.
# .item-3: a leak of spinal fluid. .item-4: itching or nausea. .item-5: dizziness or feeling faint.
when-to-call-single =
    .p-1 = 如果您有下面這些情況，請打電話給您的{ -care-team }：
    .item-1 = 發燒或發冷
    .item-2 = 打針的地方紅、熱、腫，或流膿、流出液體
    .item-3 = 頭痛得很厲害，坐著或站著時更痛，躺下來就比較好。這可能是脊髓液在外漏。
    .item-4 = 皮膚癢，或噁心（想吐的感覺）
    .item-5 = 頭暈，或覺得好像快要昏倒

# Signs to call the care team about with a tube. No variables.
# .item-3: a leak of spinal fluid. .item-4: itching or nausea. .item-5: dizziness or feeling faint.
when-to-call-catheter =
    .p-1 = 如果您有下面這些情況，請打電話給您的{ -care-team }：
    .item-1 = 發燒或發冷
    .item-2 = { -tube }放進去的地方紅、熱、腫，或流膿、流出液體
    .item-3 = 頭痛得很厲害，坐著或站著時更痛，躺下來就比較好。這可能是脊髓液在外漏。
    .item-4 = 皮膚癢，或噁心（想吐的感覺）
    .item-5 = 頭暈，或覺得好像快要昏倒
    .item-6 = { -tube }掉出來或漏液

# Signs to call the care team about for 77003 (no medicine, so no itching or nausea). No variables.
# .item-3: a leak of spinal fluid. .item-4: dizziness or feeling faint (it can happen with any spine injection).
when-to-call-guidance =
    .p-1 = 如果您有下面這些情況，請打電話給您的{ -care-team }：
    .item-1 = 發燒或發冷
    .item-2 = 針打進去的地方紅、熱、腫，或流膿、流出液體
    .item-3 = 頭痛得很厲害，坐著或站著時更痛，躺下來就比較好。這可能是脊髓液在外漏。
    .item-4 = 頭暈，或覺得好像快要昏倒

## What the code on your bill means

# Billing of a single shot.
# $code (String) - the code number, such as 62320.
# $imaging (String) - "yes": the imaging is part of the code, so 77003 is not billed again;
# "no": 77003 is not billed with it either.
billing-single =
    .p-1 = 代碼{ $code }代表只打一針。針或{ -tube }當天就會拔掉。
    .p-2 = { $imaging ->
        [yes] 影像導引已經包含在這個代碼裡，所以不會再以代碼77003另外收費。
       *[no] 代碼77003（{ -live-x-ray }導引）不會和這個代碼一起收費。
    }

# Billing of a tube: once for the whole series of doses, even over several days.
# $code (String) - the code number, such as 62324.
# $imaging (String) - "yes": the imaging is part of the code, so 77003 is not billed again;
# "no": 77003 is not billed with it either.
# Second review: 整個系列的每一劑藥 was a calque of "the whole series"; 整個療程 is the natural word.
billing-catheter =
    .p-1 = 代碼{ $code }只收費一次，涵蓋整個療程中經由{ -tube }給的每一劑藥。就算{ -tube }在體內留了好幾天，也是一樣。
    .p-2 = { $imaging ->
        [yes] 影像導引已經包含在這個代碼裡，所以不會再以代碼77003另外收費。
       *[no] 代碼77003（{ -live-x-ray }導引）不會和這個代碼一起收費。
    }

# Billing of 77003: never with 62320-62327 (some already include imaging; the others are used when no imaging
# is done). No variables.
billing-guidance =
    .p-1 = 代碼77003只用於{ -live-x-ray }導引。
    .p-2 = 代碼77003不會和代碼62320到62327一起收費。其中有些代碼已經包含影像導引。其他的代碼只在沒有使用影像導引時才會用到。

## Questions to ask your care team

# Questions for a single shot. No variables.
# zh-Hant: "blood thinners" is 抗凝血劑, the word Taiwanese and Hong Kong patients use.
questions-single =
    .item-1 = 為什麼這個方法適合我？我還有哪些其他選擇？
    .item-2 = 我會用到哪一種藥？
    .item-3 = 我需要先停用正在用的某些藥嗎？例如抗凝血劑。
    .item-4 = 如果覺得哪裡不對勁，不論白天或晚上，我該打電話給誰？

# Questions for a tube. No variables. .item-5: the code should be billed once for the whole series.
# Second review: 整個系列 → 整個療程, as in billing-catheter.
questions-catheter =
    .item-1 = 為什麼這個方法適合我？我還有哪些其他選擇？
    .item-2 = 哪一種藥會經由{ -tube }給我？要給多久？
    .item-3 = 我需要先停用正在用的某些藥嗎？例如抗凝血劑。
    .item-4 = 如果覺得哪裡不對勁，不論白天或晚上，我該打電話給誰？
    .item-5 = 這在帳單上會算一次，還是每給一劑就算一次？（應該是整個療程只算一次。）

# Questions for 77003. No variables.
questions-guidance =
    .item-1 = 為什麼需要用{ -live-x-ray }來導引針或{ -tube }？
    .item-2 = 我需要先停用正在用的某些藥嗎？例如抗凝血劑。
    .item-3 = 如果覺得哪裡不對勁，不論白天或晚上，我該打電話給誰？
