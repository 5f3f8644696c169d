### The parts of an explanation.
###
### Each part has a heading (section-...) and, for each kind of code, one message whose
### attributes are its text: `.p-N` are paragraphs and `.item-N` are list items.
### Paragraphs are shown first, then the list, each in number order.
### A message without a kind (such as `medicines`) serves every kind that has no message of its own.
### The three kinds of code:
###   -single    one shot; the needle or tube comes out the same day
###   -catheter  a thin tube stays in, and medicine goes through it for hours or days
###   -guidance  the live x-ray that guides the needle (code 77003)
###
### Variables, where a message uses them:
###   $code    (String) the code number, such as 62324
###   $region  (String) where on the spine: "upper" (neck or upper back) or "lower" (lower back)
###   $imaging (String) "yes" if live x-ray or CT guides the needle, "no" if not

## Headings

section-what-happens = 具体过程
section-medicines = 所用的药物
section-how-given = 怎样给药
section-imaging = 用影像引导进针
section-billing = 账单上的代码是什么意思
section-when-to-call = 什么时候需要寻求帮助
section-questions = 可以问{ -care-team }的问题

## What happens
# zh-Hans: "the sac that holds your spinal cord" is 包着脊髓的膜囊 (a sac made of membrane).
# "The tip" of the needle or tube is 前端 (针尖 where only the needle is meant).
# "Stays in" is 留在体内, without 一直 ("always"), which could read as "for good".

what-happens-single =
    .p-1 = 医生会给您打一针药，打进脊髓附近的一个空隙里。
    .p-2 = 这个空隙可以是{ -epidural-space }，它紧挨在包着脊髓的膜囊外面。也可以是{ -fluid-space }，它在这个膜囊里面。
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

what-happens-catheter =
    .p-1 = 医生会把一根柔软的{ -tube }放进您脊髓附近的一个空隙里。医学上把这种{ -tube }叫作“{ -catheter }”。
    .p-2 = 这个空隙可以是{ -epidural-space }，它紧挨在包着脊髓的膜囊外面。也可以是{ -fluid-space }，它在这个膜囊里面。
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

what-happens-guidance =
    .p-1 = { -live-x-ray }能在屏幕上显示动态画面。医学上把它叫作“{ -fluoroscopy }”。
    .item-1 = 医生操作时，X光机一直把您的脊柱显示在屏幕上。
    .item-2 = 医生一边看屏幕，一边移动针或{ -tube }。
    .item-3 = 画面会显示它的前端在哪里。
    .item-4 = 这能帮医生把前端放到正确的位置，以便打针。

## The medicine
# zh-Hans: "the shot that gives the medicine" is 用来注射药物的那一针; 打药 is avoided (it also means spraying pesticide).

medicines =
    .p-1 = 药物可以用来帮助查明疼痛的原因，也可以用来治疗疼痛。这个代码绝不用于破坏神经的药物。
    .p-2 = 所用的药可以是下面的一种或几种：
    .item-1 = { -numbing-medicine }（局部麻醉药）
    .item-2 = 肌肉松弛药，用来缓解肌肉痉挛
    .item-3 = 强效止痛药（{ -opioid }）
    .item-4 = { -steroid }，一种能减轻肿胀的药
    .item-5 = 其他液体药物

medicines-guidance =
    .p-1 = 这个代码不包括任何药物。它只针对{ -live-x-ray }。
    .p-2 = 用来注射药物的那一针，另有自己的代码。

## How the medicine is given
# zh-Hans: "bolus" is 推注 (the word used in Chinese pain care for a single dose pushed in at once).
# The text says at once that it need not be a large dose; avoid 冲击剂量 and 负荷剂量, which do mean large doses.
# "Separate doses from time to time" is 每隔一段时间单独给一剂, the same words as in the summaries.
# "Nothing is left in your back" is said of the needle or tube (不会留在您体内), which also fits a shot in the neck
# and does not suggest that the medicine itself leaves the body.

how-given-single =
    .p-1 = 药只打一针，一次全部打进去。
    .p-2 = 然后针或{ -tube }会被拔掉，不会留在您体内。

how-given-catheter =
    .p-1 = 第一次给药以后，{ -tube }还会继续留在体内。这可能持续几个小时或几天。
    .p-2 = 把一剂药一次性给进去，医学上叫作“推注”。推注的药量不一定大。
    .p-3 = 药会通过{ -tube }，用下面两种方式中的一种给进去：
    .item-1 = 稳定地持续流入，常常用一个小泵来输送
    .item-2 = 每隔一段时间单独给一剂

how-given-guidance =
    .p-1 = 在针或{ -tube }放进去的过程中，会用到{ -live-x-ray }。它本身不会给您任何药物。

## Pictures to guide the needle

imaging-single =
    .p-1 = { $imaging ->
        [yes] 用{ -live-x-ray }或{ -ct-scan }来引导针。这些机器能显示您身体内部的图像。
       *[no] 不用X光或{ -ct-scan }来引导针。
    }
    .p-2 = { $imaging ->
        [yes] 医生根据图像来控制针的方向，并看清针尖在哪里。
       *[no] 如果用了X光或{ -ct-scan }的图像来引导，就要用另一个代码。
    }

imaging-catheter =
    .p-1 = { $imaging ->
        [yes] 用{ -live-x-ray }或{ -ct-scan }来引导针和{ -tube }。这些机器能显示您身体内部的图像。
       *[no] 不用X光或{ -ct-scan }来引导针或{ -tube }。
    }
    .p-2 = { $imaging ->
        [yes] 医生根据图像来控制{ -tube }的方向，并看清它的前端在哪里。
       *[no] 如果用了X光或{ -ct-scan }的图像来引导，就要用另一个代码。
    }

imaging-guidance =
    .p-1 = 这个代码指的就是影像引导本身。脊柱任何部位打针，都可以用{ -live-x-ray }来引导。
    .p-2 = 它帮医生控制针或{ -tube }的方向，并看清它的前端在哪里。

## What the code on your bill means

billing-single =
    .p-1 = 代码{ $code }代表打一针。针或{ -tube }当天就会拔掉。
    .p-2 = { $imaging ->
        [yes] 影像引导已经包含在这个代码里，所以不会再按代码77003另外收费。
       *[no] 代码77003是{ -live-x-ray }引导的代码，不会和这个代码一起收费。
    }

billing-catheter =
    .p-1 = 通过{ -tube }给的每一次药，都算在代码{ $code }里，整个过程只收一次费。即使{ -tube }留了好几天，也是这样。
    .p-2 = { $imaging ->
        [yes] 影像引导已经包含在这个代码里，所以不会再按代码77003另外收费。
       *[no] 代码77003是{ -live-x-ray }引导的代码，不会和这个代码一起收费。
    }

billing-guidance =
    .p-1 = 代码77003只针对{ -live-x-ray }引导。
    .p-2 = 它不会和代码62320到62327一起收费。这些代码里，有的已经包含影像引导，其余的代码用于没有影像引导的打针。

## When to get help
# zh-Hans: the heading is 什么时候需要寻求帮助; 什么时候要求助 could be misread as 要求 ("demand").
# "get emergency help" is 寻求急救, with no phone number.
# "Cannot control when you pee or poop" is 控制不住大小便 (everyday words).

when-to-call-single =
    .p-1 = 如果出现以下情况，请马上寻求急救：新出现的或很厉害的背痛或颈部疼痛；手臂或腿新出现麻木或无力；或者控制不住大小便。这可能是少见的出血或感染在压迫您的脊髓。这种情况需要在几个小时内得到治疗。
    .p-2 = 如果您的呼吸变慢或变浅，或者您特别困、很难叫醒，也要马上寻求急救。用{ -opioid }止痛时可能会出现这种情况。
    .p-3 = 如果您有以下情况，请打电话给您的{ -care-team }：
    .item-1 = 发烧或打寒战
    .item-2 = 针扎进去的地方发红、发热、肿胀、流脓或渗液
    .item-3 = 很厉害的头痛，坐着或站着时加重，躺下后减轻。这可能是脑脊液在往外漏。
    .item-4 = 身上发痒、恶心，或者头晕、感觉快要晕倒

when-to-call-catheter =
    .p-1 = 如果出现以下情况，请马上寻求急救：新出现的或很厉害的背痛或颈部疼痛；手臂或腿新出现麻木或无力；或者控制不住大小便。这可能是少见的出血或感染在压迫您的脊髓。这种情况需要在几个小时内得到治疗。
    .p-2 = 如果您的呼吸变慢或变浅，或者您特别困、很难叫醒，也要马上寻求急救。用{ -opioid }止痛时可能会出现这种情况。
    .p-3 = 如果您有以下情况，请打电话给您的{ -care-team }：
    .item-1 = 发烧或打寒战
    .item-2 = { -tube }进入皮肤的地方发红、发热、肿胀、流脓或渗液
    .item-3 = 很厉害的头痛，坐着或站着时加重，躺下后减轻。这可能是脑脊液在往外漏。
    .item-4 = 身上发痒、恶心，或者头晕、感觉快要晕倒
    .item-5 = { -tube }掉出来了，或者在漏液

when-to-call-guidance =
    .p-1 = 如果出现以下情况，请马上寻求急救：新出现的或很厉害的背痛或颈部疼痛；手臂或腿新出现麻木或无力；或者控制不住大小便。这可能是少见的出血或感染在压迫您的脊髓。这种情况需要在几个小时内得到治疗。
    .p-2 = 如果您有以下情况，请打电话给您的{ -care-team }：
    .item-1 = 发烧或打寒战
    .item-2 = 针扎进去的地方发红、发热、肿胀、流脓或渗液
    .item-3 = 很厉害的头痛，坐着或站着时加重，躺下后减轻。这可能是脑脊液在往外漏。

## Questions to ask your care team
# zh-Hans: "blood thinners" is 抗凝药这类防止血液凝固的药: 抗凝药 alone is narrow (it leaves out aspirin-type
# antiplatelet drugs), so 这类 ("drugs of this kind") and the plain description keep the lay meaning broad.

questions-single =
    .item-1 = 为什么这种方法适合我？我还有哪些别的选择？
    .item-2 = 我会用什么药？
    .item-3 = 我需要先停用正在用的某些药吗？比如抗凝药这类防止血液凝固的药。
    .item-4 = 如果感觉哪里不对劲，不管白天还是夜里，我该打电话找谁？

questions-catheter =
    .item-1 = 为什么这种方法适合我？我还有哪些别的选择？
    .item-2 = 哪种药会通过{ -tube }给进去？要用多长时间？
    .item-3 = 我需要先停用正在用的某些药吗？比如抗凝药这类防止血液凝固的药。
    .item-4 = 如果感觉哪里不对劲，不管白天还是夜里，我该打电话找谁？
    .item-5 = 这在账单上只算一次，还是每给一剂药就算一次？（应该是整个过程只算一次。）

questions-guidance =
    .item-1 = 我打针时为什么需要用{ -live-x-ray }？
    .item-2 = 我需要先停用正在用的某些药吗？比如抗凝药这类防止血液凝固的药。
    .item-3 = 如果感觉哪里不对劲，不管白天还是夜里，我该打电话找谁？
