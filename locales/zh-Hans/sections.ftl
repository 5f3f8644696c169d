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
# zh-Hans: spinal cord is 脊髓; spinal nerves are 脊神经; "the sac" is 膜囊; spinal fluid is 脑脊液.
# "The tip" of the needle or tube is 前端 (针尖 where only the needle is meant).
# List items have no final 。 unless they hold a second sentence, as in the first edition.

## Headings

# Heading of the part on common reasons for the shot, the tube or the live x-ray. NEW.
# zh-Hans: 这种方法 fits all three kinds (a shot, a tube, the live x-ray), like the first question in questions-*.
section-why = 为什么要用这种方法
# Heading of the numbered steps.
section-what-happens = 具体过程
# Heading of the part on the kinds of medicine.
section-medicines = 所用的药物
# Heading of the part on how the medicine goes in: one shot, or a steady flow or separate doses.
section-how-given = 怎样给药
# Heading of the part on imaging (live x-ray or CT pictures).
# zh-Hans: a neutral topic heading (reviewer M1): it is shown for codes with and without imaging, so it must
# not say that imaging is used. The first edition's 用影像引导进针 read as a statement.
section-imaging = 关于影像引导
# Heading of the signs that need emergency help. NEW: these signs were in "when-to-call" before.
# zh-Hans: 紧急就医 is the usual wording of Chinese patient materials; the body says what to do (去急诊或叫救护车).
section-emergency = 什么情况需要紧急就医
# Heading of the signs to call the care team about (not an emergency). Was "When to get help".
section-when-to-call = 什么情况需要联系您的{ -care-team }
# Heading of the part on what the code means on a bill.
section-billing = 账单上的代码是什么意思
# Heading of the list of questions.
section-questions = 可以问{ -care-team }的问题

## Why people get this (NEW)

# Common reasons for a single shot (62320-62323). Examples only: no promise that it helps.
# $region (String) - "upper" (the pain spreads into an arm) or "lower" (into a leg).
# .item-1: pain from an irritated nerve root (medical word: radiculopathy); a disc is the soft cushion between
# two bones of the spine. .item-2: spinal stenosis. .item-3: a test shot (diagnostic injection).
# zh-Hans: "bulging or herniated (slipped) disc" is 椎间盘膨出或突出; 椎间盘突出 is itself the everyday name,
# so "(slipped)" needs no extra word. Spinal stenosis is 椎管狭窄, the name patients hear, explained at once.
why-single =
    .p-1 = 医生打这种针，可能有下面这些原因：
    .item-1 = { $region ->
        [upper] 脊柱附近的神经受到刺激，疼痛一直传到胳膊上。椎间盘膨出或突出可能会引起这种情况。椎间盘是夹在脊柱骨头之间的软垫。
       *[lower] 脊柱附近的神经受到刺激，疼痛一直传到腿上。椎间盘膨出或突出可能会引起这种情况。椎间盘是夹在脊柱骨头之间的软垫。
    }
    .item-2 = 椎管狭窄，也就是脊柱里神经周围的空间变窄了
    .item-3 = 作为一种检查，帮助找出疼痛是从哪里来的
    .note-1 = 以上只是举例。这种方法为什么适合您，请问您的医生。

# Common reasons for a tube (62324-62327). Examples only: no promise that it helps.
# $region (String) - "upper" or "lower". The "upper" examples are the ones the code's source gives for a tube in
# the neck or upper back. They must not be used for the lower back: the "lower" variants say less on purpose.
# "upper" .item-2: spinal stenosis in the upper back, a narrowing around the spinal cord; numbing medicine and a
# muscle relaxer (antispasmodic) as separate doses. "upper" .item-3: an opioid into the spinal fluid space.
# zh-Hans: "as separate doses" is 分几次给; "a steady flow" is 持续慢慢输入, as elsewhere.
why-catheter =
    .p-1 = 有了{ -tube }，您的{ -care-team }就可以在几个小时或几天里给您用药，不用每给一剂药都重新打一针。
    .p-2 = { $region ->
        [upper] 在{ -upper-spine }放{ -tube }，可能有下面这些原因：
       *[lower] 放这样的{ -tube }，可能有下面这些原因：
    }
    .item-1 = { $region ->
        [upper] 长期的颈部疼痛。可以用{ -steroid }（一种能减轻肿胀的药），在几天里持续慢慢输入。
       *[lower] 长期的疼痛，只打一针不够，需要连续几个小时或几天用药
    }
    .item-2 = { $region ->
        [upper] 上背部的椎管狭窄，也就是脊髓周围的空间变窄了。可以通过{ -tube }分几次给{ -numbing-medicine }和肌肉松弛药。
       *[lower] 椎管狭窄，也就是脊柱里神经周围的空间变窄了
    }
    .item-3 = { $region ->
        [upper] 胸部或上背部手术后的疼痛。可以把强效止痛药（{ -opioid }）持续慢慢输入脑脊液里。
       *[lower] 手术后的疼痛
    }
    .note-1 = 以上只是举例。这种方法为什么适合您，请问您的医生。

# Why a doctor uses a live x-ray to guide the needle or tube (77003). No variables.
why-guidance =
    .p-1 = 医生用{ -live-x-ray }来看针或{ -tube }的前端在哪里。
    .p-2 = 这样，医生就能把前端引导到您脊柱附近的正确位置。药物就能到达需要的地方。

## What happens

# Steps for a single shot.
# $region (String) - "upper": near the spinal cord; "lower": near the spinal nerves, below the end of the cord,
# and near the tailbone through a small natural opening (the caudal route).
# $imaging (String) - "yes" or "no": whether live x-ray or CT pictures are used to check the tip.
# .p-2 gives the medical names once: epidural space, and subarachnoid (intrathecal) space.
# zh-Hans: "the sac that holds your spinal cord / spinal nerves" is 包着脊髓 / 脊神经的膜囊 (a sac made of membrane).
# zh-Hans: the small natural opening above the tailbone is 天然的小开口; its medical name (骶管裂孔) is not given, as in English.
what-happens-single =
    .p-1 = { $region ->
        [upper] 医生会在您的脊髓附近打一针药。
       *[lower] 医生会在您{ -lower-spine }的脊神经附近打一针药。您的脊髓通常到不了这里，在更高的地方就结束了。在尾骨附近打针时，针会从那里的一个天然小开口进去。
    }
    .p-2 = { $region ->
        [upper] 药可以打进{ -epidural-space }，它紧挨在包着脊髓的膜囊外面。药也可以打进膜囊里面{ -fluid-space }，医学上叫作{ -fluid-space-medical }。
       *[lower] 药可以打进{ -epidural-space }，它紧挨在包着脊神经的膜囊外面。药也可以打进膜囊里面{ -fluid-space }，医学上叫作{ -fluid-space-medical }。
    }
    .item-1 = { -care-team }会帮您做好准备。
    .item-2 = 医生用{ -numbing-medicine }让您的皮肤麻木。
    .item-3 = 医生把一根针扎进去。有时还会用到一根柔软的{ -tube }。
    .item-4 = { $imaging ->
        [yes] 医生借助{ -live-x-ray }或{ -ct-scan }的图像，确认针或{ -tube }的前端到了正确的位置。
       *[no] 医生会确认针或{ -tube }的前端到了正确的位置。
    }
    .item-5 = 然后把药注射进去。
    .item-6 = 针或{ -tube }当天就会拔掉。
    .item-7 = { -care-team }会观察您一段时间，看您对药物有什么反应。

# Steps for a tube that stays in.
# $region (String) - "upper": near the spinal cord; "lower": near the spinal nerves, below the end of the cord,
# and near the tailbone through a small natural opening (the caudal route).
# $imaging (String) - "yes" or "no": whether live x-ray or CT pictures are used to check the tube.
# .p-2 gives the medical names once: epidural space, and subarachnoid (intrathecal) space.
# zh-Hans: "stays in" is 留在体内, without 一直 ("always"), which could read as "for good".
what-happens-catheter =
    .p-1 = { $region ->
        [upper] 医生会在您的脊髓附近放一根柔软的{ -tube }。
       *[lower] 医生会在您{ -lower-spine }的脊神经附近放一根柔软的{ -tube }。您的脊髓通常到不了这里，在更高的地方就结束了。在尾骨附近放{ -tube }时，针会从那里的一个天然小开口进去。
    }医学上把这种{ -tube }叫作“{ -catheter }”。
    .p-2 = { $region ->
        [upper] { -tube }可以放进{ -epidural-space }，它紧挨在包着脊髓的膜囊外面。{ -tube }也可以放进膜囊里面{ -fluid-space }，医学上叫作{ -fluid-space-medical }。
       *[lower] { -tube }可以放进{ -epidural-space }，它紧挨在包着脊神经的膜囊外面。{ -tube }也可以放进膜囊里面{ -fluid-space }，医学上叫作{ -fluid-space-medical }。
    }
    .item-1 = { -care-team }会帮您做好准备。
    .item-2 = 医生用{ -numbing-medicine }让您的皮肤麻木。
    .item-3 = 医生先把一根针扎进去，再放入{ -tube }。
    .item-4 = { $imaging ->
        [yes] 医生借助{ -live-x-ray }或{ -ct-scan }的图像，确认{ -tube }到了正确的位置。
       *[no] 医生会确认{ -tube }到了正确的位置。
    }
    .item-5 = 药物通过{ -tube }注射进去。
    .item-6 = 用胶布贴好或用其他方法把{ -tube }固定住，这样它就能留在体内。
    .item-7 = { -care-team }会观察您一段时间，看您对药物有什么反应。

# Steps of the live x-ray guidance (77003). No variables.
# zh-Hans: .item-1 has no 一直 ("the whole time"), which the English does not say (reviewer m4).
# .item-3 names the needle or tube instead of 它, which could be read as the x-ray.
what-happens-guidance =
    .p-1 = { -live-x-ray }能在屏幕上显示动态画面。医学上把它叫作“{ -fluoroscopy }”。
    .item-1 = 医生操作时，X光机把您的脊柱显示在屏幕上。
    .item-2 = 医生一边看屏幕，一边移动针或{ -tube }。
    .item-3 = 画面会显示针或{ -tube }的前端在哪里。
    .item-4 = 这能帮医生把前端放到正确的位置。

## The medicine

# The kinds of medicine, for single shots and tubes (one message serves both). No variables.
# Never a medicine that destroys nerves (neurolytic).
# zh-Hans: 痉挛 is glossed as 抽筋 (reviewer m14).
medicines =
    .p-1 = 药物可以用来帮助查明疼痛的原因，也可以用来治疗疼痛。这个代码绝不用于破坏神经的药物。
    .p-2 = 所用的药可以是下面的一种或几种：
    .item-1 = { -numbing-medicine }（局部麻醉药）
    .item-2 = 肌肉松弛药，用来缓解肌肉痉挛（抽筋）
    .item-3 = 强效止痛药（{ -opioid }）
    .item-4 = { -steroid }，一种能减轻肿胀的药
    .item-5 = 其他液体药物

# 77003 covers no medicine: the shot or tube that gives the medicine has its own code. No variables.
# zh-Hans: 打药 is avoided (it also means spraying pesticide).
medicines-guidance =
    .p-1 = 这个代码不包括任何药物。它只针对{ -live-x-ray }。
    .p-2 = 用来给药的那一针或{ -tube }，另有自己的代码。

## How the medicine is given

# One shot, all at once. No variables.
# zh-Hans: "Nothing is left in your body" is said of the needle or tube (不会留在您体内), so it does not
# suggest that the medicine itself leaves the body.
how-given-single =
    .p-1 = 药只打一针，一次全部打进去。
    .p-2 = 然后针或{ -tube }会被拔掉，不会留在您体内。

# Through the tube: a steady flow (continuous infusion) or separate doses (intermittent boluses). No variables.
# .note-1 explains "bolus" after the list: a bolus is one dose given at one time, not always a large one.
# zh-Hans: "bolus" is 推注 (the word used in Chinese pain care for a single dose pushed in at once); never
# 冲击剂量 or 负荷剂量, which do mean large doses. Wording of .p-2 and .note-1 from reviewer m3.
# zh-Hans: reviewer m2/m3 applied over the first-edition note (单独给一剂, 稳定地持续流入): 持续慢慢流入 and
# 再给一剂 read as Chinese, and the summaries use the same words.
how-given-catheter =
    .p-1 = 第一次给药以后，{ -tube }会留在体内。在几个小时或几天里，药物都可以通过它进入体内。
    .p-2 = 药物会用下面两种方式之一，通过{ -tube }进入体内：
    .item-1 = 持续慢慢流入，常常用泵来输送
    .item-2 = 每隔一段时间再给一剂
    .note-1 = 第二种方式里，每一剂药都是一次性注入的，医学上叫作“推注”。推注的药量不一定大。

# 77003 gives no medicine. No variables.
how-given-guidance =
    .p-1 = 在针或{ -tube }放进去的过程中，会用到{ -live-x-ray }。它本身不会给您任何药物。

## Pictures to guide the needle

# Imaging for a single shot.
# $imaging (String) - "yes" (live x-ray or CT guides the needle) or "no".
imaging-single =
    .p-1 = { $imaging ->
        [yes] 医生会用{ -live-x-ray }或{ -ct-scan }来引导针。这些检查能显示您身体内部的图像。
       *[no] 医生不用X光或{ -ct-scan }来引导针。
    }
    .p-2 = { $imaging ->
        [yes] 医生根据图像来控制针的方向，并看清针尖在哪里。
       *[no] 如果用了X光或{ -ct-scan }的图像来引导，就要用另一个代码。
    }

# Imaging for a tube.
# $imaging (String) - "yes" (live x-ray or CT guides the needle and tube) or "no".
imaging-catheter =
    .p-1 = { $imaging ->
        [yes] 医生会用{ -live-x-ray }或{ -ct-scan }来引导针和{ -tube }。这些检查能显示您身体内部的图像。
       *[no] 医生不用X光或{ -ct-scan }来引导针或{ -tube }。
    }
    .p-2 = { $imaging ->
        [yes] 医生根据图像来控制{ -tube }的方向，并看清{ -tube }的前端在哪里。
       *[no] 如果用了X光或{ -ct-scan }的图像来引导，就要用另一个代码。
    }

# 77003 is the imaging itself, for a needle or tube near any part of the spine. No variables.
# zh-Hans: .p-2 names the live x-ray and the needle or tube instead of two 它 (reviewer m5).
imaging-guidance =
    .p-1 = 这个代码指的就是影像引导本身。在脊柱任何部位附近，{ -live-x-ray }都可以用来引导针或{ -tube }。
    .p-2 = { -live-x-ray }帮医生控制针或{ -tube }的方向，并看清针或{ -tube }的前端在哪里。

## When to get emergency help (NEW: split out of "when-to-call")

# Emergency signs after a single shot. .p-1 leads into the list. The items are the signs, one each.
# .note-1 says why the first four signs are urgent.
# $region (String) - "upper": a bleed or infection could press on the spinal cord or nerves;
# "lower": on the spinal nerves (the cord usually ends higher up).
# .note-2: the last two signs can come from opioid pain medicine.
# .note-3 speaks about the people with the patient, who must act if the patient is hard to wake.
# zh-Hans: reviewer m8 applied over the first-edition note (寻求急救): 马上去急诊或叫救护车 says what to do; no phone number.
# zh-Hans: everyday words (m8): 背部或颈部疼痛 (one register), 胳膊 not 手臂, 大小便; groin is 大腿根部, buttocks 臀部.
emergency-single =
    .p-1 = 如果您有下面任何一种情况，请马上去急诊或叫救护车：
    .item-1 = 背部或颈部新出现疼痛，或者疼得很厉害
    .item-2 = 胳膊或腿新出现麻木或无力
    .item-3 = 控制不住大小便
    .item-4 = 大腿根部或臀部新出现麻木
    .item-5 = 呼吸变慢或变浅
    .item-6 = 困得很厉害，很难叫醒
    .note-1 = { $region ->
        [upper] 上面前四种情况，可能说明有少见的出血或感染正在压迫您的脊髓或神经。这需要在几个小时内得到治疗。
       *[lower] 上面前四种情况，可能说明有少见的出血或感染正在压迫您的脊神经。这需要在几个小时内得到治疗。
    }
    .note-2 = 用{ -opioid }止痛时，可能会出现呼吸变慢和困得很厉害的情况。
    .note-3 = 如果您很难被叫醒，您身边的人应该马上替您叫救护车或送您去急诊。

# Emergency signs with a tube. The same as emergency-single; kept apart so each kind can change on its own.
# $region (String) - "upper": a bleed or infection could press on the spinal cord or nerves;
# "lower": on the spinal nerves (the cord usually ends higher up).
# .note-2: the last two signs can come from opioid pain medicine.
# .note-3 speaks about the people with the patient, who must act if the patient is hard to wake.
emergency-catheter =
    .p-1 = 如果您有下面任何一种情况，请马上去急诊或叫救护车：
    .item-1 = 背部或颈部新出现疼痛，或者疼得很厉害
    .item-2 = 胳膊或腿新出现麻木或无力
    .item-3 = 控制不住大小便
    .item-4 = 大腿根部或臀部新出现麻木
    .item-5 = 呼吸变慢或变浅
    .item-6 = 困得很厉害，很难叫醒
    .note-1 = { $region ->
        [upper] 上面前四种情况，可能说明有少见的出血或感染正在压迫您的脊髓或神经。这需要在几个小时内得到治疗。
       *[lower] 上面前四种情况，可能说明有少见的出血或感染正在压迫您的脊神经。这需要在几个小时内得到治疗。
    }
    .note-2 = 用{ -opioid }止痛时，可能会出现呼吸变慢和困得很厉害的情况。
    .note-3 = 如果您很难被叫醒，您身边的人应该马上替您叫救护车或送您去急诊。

# Emergency signs for 77003. It gives no medicine, so there are no opioid signs. It can be used at any part of
# the spine, so .note-1 names both the spinal cord and the nerves. No variables.
emergency-guidance =
    .p-1 = 如果您有下面任何一种情况，请马上去急诊或叫救护车：
    .item-1 = 背部或颈部新出现疼痛，或者疼得很厉害
    .item-2 = 胳膊或腿新出现麻木或无力
    .item-3 = 控制不住大小便
    .item-4 = 大腿根部或臀部新出现麻木
    .note-1 = 这些情况可能说明有少见的出血或感染正在压迫您的脊髓或神经。这需要在几个小时内得到治疗。

## When to call your care team (not an emergency)

# Signs to call the care team about after a single shot. No variables.
# .item-3: a leak of spinal fluid. .item-4: itching or nausea. .item-5: dizziness or feeling faint.
# zh-Hans: nausea is 恶心, glossed as 想吐 ("feel like throwing up").
when-to-call-single =
    .p-1 = 如果您有以下情况，请打电话给您的{ -care-team }：
    .item-1 = 发烧或打寒战
    .item-2 = 针扎进去的地方发红、发热、肿胀、流脓或渗液
    .item-3 = 很厉害的头痛，坐着或站着时加重，躺下后减轻。这可能是脑脊液在往外漏。
    .item-4 = 身上发痒，或者恶心（想吐）
    .item-5 = 头晕，或者感觉快要晕倒

# Signs to call the care team about with a tube. No variables.
# .item-3: a leak of spinal fluid. .item-4: itching or nausea. .item-5: dizziness or feeling faint.
when-to-call-catheter =
    .p-1 = 如果您有以下情况，请打电话给您的{ -care-team }：
    .item-1 = 发烧或打寒战
    .item-2 = { -tube }进入皮肤的地方发红、发热、肿胀、流脓或渗液
    .item-3 = 很厉害的头痛，坐着或站着时加重，躺下后减轻。这可能是脑脊液在往外漏。
    .item-4 = 身上发痒，或者恶心（想吐）
    .item-5 = 头晕，或者感觉快要晕倒
    .item-6 = { -tube }掉出来了，或者在漏液

# Signs to call the care team about for 77003 (no medicine, so no itching or nausea). No variables.
# .item-3: a leak of spinal fluid. .item-4: dizziness or feeling faint (it can happen with any spine injection).
when-to-call-guidance =
    .p-1 = 如果您有以下情况，请打电话给您的{ -care-team }：
    .item-1 = 发烧或打寒战
    .item-2 = 针扎进去的地方发红、发热、肿胀、流脓或渗液
    .item-3 = 很厉害的头痛，坐着或站着时加重，躺下后减轻。这可能是脑脊液在往外漏。
    .item-4 = 头晕，或者感觉快要晕倒

## What the code on your bill means

# Billing of a single shot.
# $code (String) - the code number, such as 62320 (.p-1 only).
# $imaging (String) - "yes": the imaging is part of the code, so 77003 is not billed again;
# "no": 77003 is not billed with it either (.p-2 only; 本代码 = the code named in .p-1).
# zh-Hans: .p-2 [no] from reviewer m11 (代码 said once less).
billing-single =
    .p-1 = 代码{ $code }代表打一针。针或{ -tube }当天就会拔掉。
    .p-2 = { $imaging ->
        [yes] 影像引导已经包含在本代码里，所以不会再按代码77003另外收费。
       *[no] 代码77003（{ -live-x-ray }引导）不会和本代码一起收费。
    }

# Billing of a tube: once for the whole series of doses, even over several days.
# $code (String) - the code number, such as 62324 (.p-1 only).
# $imaging (String) - "yes": the imaging is part of the code, so 77003 is not billed again;
# "no": 77003 is not billed with it either (.p-2 only).
# zh-Hans: .p-1 says that this code is billed once (reviewer M3), not that the whole treatment is charged once:
# drugs, a pump or hospital days can be billed on their own. 每一剂药, not 每一次药 (reviewer m12).
billing-catheter =
    .p-1 = 通过{ -tube }给的每一剂药，都算在代码{ $code }里，这个代码只收一次费。即使{ -tube }留在体内好几天，也是这样。
    .p-2 = { $imaging ->
        [yes] 影像引导已经包含在本代码里，所以不会再按代码77003另外收费。
       *[no] 代码77003（{ -live-x-ray }引导）不会和本代码一起收费。
    }

# Billing of 77003: never with 62320-62327 (some already include imaging; the others are used when no imaging
# is done). No variables.
billing-guidance =
    .p-1 = 代码77003只针对{ -live-x-ray }引导。
    .p-2 = 它不会和代码62320到62327一起收费。这些代码里，有的已经包含影像引导；其余的只在不用影像引导时使用。

## Questions to ask your care team
# zh-Hans: "blood thinners" is 抗凝药这类防止血液凝固的药: 抗凝药 alone is narrow (it leaves out aspirin-type
# antiplatelet drugs), so 这类 ("drugs of this kind") and the plain description keep the lay meaning broad.

# Questions for a single shot. No variables.
# zh-Hans: 哪些药, as the medicine can be one or more (reviewer m13).
questions-single =
    .item-1 = 为什么这种方法适合我？我还有哪些别的选择？
    .item-2 = 我会用哪些药？
    .item-3 = 我需要先停用正在用的某些药吗？比如抗凝药这类防止血液凝固的药。
    .item-4 = 如果感觉哪里不对劲，不管白天还是夜里，我该打电话找谁？

# Questions for a tube. No variables. .item-5: the code should be billed once for the whole series.
# zh-Hans: .item-2 哪些药 (reviewer m13); .item-5 keeps the claim to the code (reviewer M3).
questions-catheter =
    .item-1 = 为什么这种方法适合我？我还有哪些别的选择？
    .item-2 = 哪些药会通过{ -tube }给进去？要用多长时间？
    .item-3 = 我需要先停用正在用的某些药吗？比如抗凝药这类防止血液凝固的药。
    .item-4 = 如果感觉哪里不对劲，不管白天还是夜里，我该打电话找谁？
    .item-5 = 这在账单上只算一次，还是每给一剂药就算一次？（这个代码应该只算一次，所有剂量都包括在内。）

# Questions for 77003. No variables.
questions-guidance =
    .item-1 = 我为什么需要用{ -live-x-ray }来引导针或{ -tube }？
    .item-2 = 我需要先停用正在用的某些药吗？比如抗凝药这类防止血液凝固的药。
    .item-3 = 如果感觉哪里不对劲，不管白天还是夜里，我该打电话找谁？
