### Shared words. Each is a Fluent term, so every message uses the same word for the same thing.
### Translators: pick the standard word a lay reader of your language knows.
### If your grammar needs other forms (cases, plural), add attributes or variants here and use them in the messages.
### Terms take no variables.

## zh-Hans translator note (second edition)
## Reader: a Mainland patient or family member with no medical training. Simplified characters only.
## Register: polite and plain. The reader is always 您, never 你. Short sentences; everyday words first
## (打一针, 细管, 麻药, 胳膊, 大小便), and a medical word only where the patient will meet it on forms,
## given once, with the plain words next to it (导管, 硬膜外腔, 蛛网膜下腔/鞘内, 局部麻醉药, 阿片类药物, 推注).
## Punctuation: full-width Chinese punctuation everywhere (，。：；？（）“”), no spaces around it, and never an
## ASCII ": " or ". " (the label messages in ui.ftl and related.ftl carry their own ：).
## Latin letters: only CT, X (in X光, X线) and PDF.
## Key choices:
## - "shot" is 打一针; "tube" is 细管 (medical word 导管, given once); "imaging" is 影像 / 影像引导.
## - "get emergency help" is 马上去急诊或叫救护车 (concrete; no phone number, as it differs by country).
## - the subarachnoid/intrathecal space is described in plain words (膜囊里面充满脑脊液的空间) and its two
##   medical names are given once: 蛛网膜下腔, and 鞘内 as in 鞘内注射 on consent forms.
## - lower region: 腰部或尾骨一带 (lumbar and sacral, including the caudal opening above the tailbone).

# The thin, soft tube that is put near the spine (medical word: catheter).
# zh-Hans: 细管 ("thin tube") is the lay word; 导管 is kept as the medical word.
# "A thin, soft tube" is written 柔软的细管, so "thin" is not said twice.
-tube = 细管
# The medical word for the tube. Used once, where it is explained.
-catheter = 导管
# The space just outside the sac that holds the spinal cord and nerves: between the bones of the spine and
# the tough outer layer of the sac (the dura). Medical word: epidural space. Used once, where it is explained.
# zh-Hans: 硬膜外腔 is the standard Mainland term, the one on consent forms (硬膜外麻醉, 硬膜外注射).
-epidural-space = 硬膜外腔
# The space inside that sac, filled with spinal fluid, in plain words
# (medical word: subarachnoid or intrathecal space; see -fluid-space-medical).
# zh-Hans: plain words, "the space full of spinal fluid"; 脑脊液 is the everyday word for spinal fluid too.
# zh-Hans: reviewer M2 applied over the first-edition note: the made-up 脑脊液腔 is gone; the medical names are in -fluid-space-medical.
-fluid-space = 充满脑脊液的空间
# NEW. The medical names of the spinal fluid space, as patients meet them on consent forms and discharge papers.
# Used once, next to the plain words. Keep both names if your medical language uses both.
# zh-Hans: 蛛网膜下腔 (subarachnoid space) and 鞘内 (intrathecal, as in 鞘内注射 / 鞘内给药); both are standard.
-fluid-space-medical = 蛛网膜下腔（也叫鞘内）
# The doctors and nurses who look after the patient.
-care-team = 医护团队
# Live x-ray that shows moving pictures on a screen (medical word: fluoroscopy).
# zh-Hans: 实时X光 ("real-time x-ray"); plain x-ray is X光 in the messages.
-live-x-ray = 实时X光
# The medical word for live x-ray. Used once, where it is explained.
# zh-Hans: reviewer m15 applied over the first-edition note (透视): X线透视 is the fuller standard hospital term, and still contains the familiar 透视.
-fluoroscopy = X线透视
# A CT scan: a test that uses x-rays to take detailed pictures. "CT" may stay as it is.
# zh-Hans: patients say 做CT; CT扫描 is the usual written form.
-ct-scan = CT扫描
# Strong pain medicine (medical word: opioid).
-opioid = 阿片类药物
# A medicine that calms swelling (medical word: steroid).
# zh-Hans: 类固醇激素 joins the two words readers meet (类固醇 and 激素).
-steroid = 类固醇激素
# Medicine that numbs (medical word: local anesthetic).
# zh-Hans: 麻药 is the everyday word; the medical word 局部麻醉药 is given in medicines.item-1.
-numbing-medicine = 麻药
# The part of the spine in the neck and upper back (cervical and thoracic spine).
# Used after "in the" / "in your": "in your neck or upper back".
# zh-Hans: used after 在 / 在您, as in 在您颈部或上背部的脊柱附近.
-upper-spine = 颈部或上背部
# The part of the spine in the lower back, down to the tailbone (lumbar and sacral spine). The tailbone area is
# named because these codes also cover a shot through a small natural opening just above the tailbone
# (medical word: caudal). Used after "in the" / "in your": "in your lower back or tailbone area".
# zh-Hans: reviewer m9 and the new English applied over the first-edition note (下背部, to mirror 上背部): Mainland patients call this area 腰部, and 尾骨一带 adds the tailbone area.
-lower-spine = 腰部或尾骨一带
