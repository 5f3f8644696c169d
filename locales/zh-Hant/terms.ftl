### Shared words. Each is a Fluent term, so every message uses the same word for the same thing.
### Translators: pick the standard word a lay reader of your language knows.
### If your grammar needs other forms (cases, plural), add attributes or variants here and use them in the messages.
### Terms take no variables.

## zh-Hant translator note (first edition)
## Reader: a patient or family member in Taiwan or Hong Kong (or reading Traditional Chinese abroad) with no
## medical training. Traditional characters, Taiwan vocabulary where Taiwan and Hong Kong differ; written
## fresh in Traditional Chinese, not converted from the zh-Hans files.
## Register: polite and plain, as in Taiwanese patient handouts (衛教單張). The reader is always 您.
## Short sentences; everyday words first (打一針, 細管, 麻藥, 大小便, 屁股), and a medical word only where the
## patient will meet it on consent forms or discharge papers, given once with the plain words next to it
## (導管, 硬脊膜外腔, 蜘蛛膜下腔, 脊髓腔內, 局部麻醉劑, 鴉片類藥物, 推注, X光透視).
## Punctuation: full-width punctuation everywhere (，。：；？！（）「」), no spaces around it; quotation marks
## are 「」, never “”. No space between Chinese characters and a code number (代碼62324).
## Latin letters: only X (in X光), CT (after 電腦斷層, once per use) and PDF.
## Key choices and why:
## - "shot" is 打一針 / 注射; "imaging" is 影像, "guide" is 導引 (影像導引, as Taiwanese hospitals write it;
##   the Mainland 引导 is not used).
## - "tube" is 細管, the plain word; 導管 is given once as the medical word (the word on Taiwanese forms).
## - "spinal fluid" is 脊髓液, the word lay readers in Taiwan know (medically 腦脊髓液).
## - CT is 電腦斷層 (Taiwan; Hong Kong readers say 電腦掃描, but 電腦斷層 with "CT" is understood there).
## - opioid is 鴉片類藥物 (Taiwan/Hong Kong), not the Mainland 阿片类; steroid is 類固醇 (not 激素).
## - epidural space is 硬脊膜外腔, as in 硬脊膜外注射 / 硬脊膜外麻醉 on Taiwanese consent forms.
## - subarachnoid is 蜘蛛膜下腔 (Taiwan spelling; Mainland 蛛网膜); intrathecal is given as 脊髓腔內 and 鞘內,
##   the two forms patients meet (脊髓腔內注射, 鞘內注射).
## - live x-ray is 即時X光 (Taiwan 即時 = real time, not the Mainland 实时); fluoroscopy is X光透視.
## - "get emergency help" is 立刻去急診或叫救護車 (concrete; no phone number, since 119 / 999 differ by place).
## - "bolus" is 推注, explained as "one dose given at one time", never as a large dose.
## - lower region: 下背部或尾骨一帶 (下背 as in the familiar 下背痛; the tailbone area covers the caudal route).

# The thin, soft tube that is put near the spine (medical word: catheter).
# zh-Hant: 細管 ("thin tube") is the lay word. "A thin, soft tube" is written 柔軟的細管, so "thin" is not said twice.
-tube = 細管
# The medical word for the tube. Used once, where it is explained.
# zh-Hant: 導管, the standard word in Taiwan and Hong Kong.
-catheter = 導管
# The space just outside the sac that holds the spinal cord and nerves: between the bones of the spine and
# the tough outer layer of the sac (the dura). Medical word: epidural space. Used once, where it is explained.
# zh-Hant: 硬脊膜外腔 (Taiwan; as in 硬脊膜外注射).
-epidural-space = 硬脊膜外腔
# The space inside that sac, filled with spinal fluid, in plain words
# (medical word: subarachnoid or intrathecal space; see -fluid-space-medical).
# zh-Hant: plain words, "the space full of spinal fluid".
-fluid-space = 充滿脊髓液的空間
# NEW. The medical names of the spinal fluid space, as patients meet them on consent forms and discharge papers.
# Used once, next to the plain words. Keep both names if your medical language uses both.
# zh-Hant: 蜘蛛膜下腔 (subarachnoid); intrathecal appears as 脊髓腔內 or 鞘內 (脊髓腔內注射, 鞘內注射).
-fluid-space-medical = 蜘蛛膜下腔（也叫脊髓腔內或鞘內）
# The doctors and nurses who look after the patient.
# zh-Hant: 醫療團隊, the usual Taiwanese wording.
-care-team = 醫療團隊
# Live x-ray that shows moving pictures on a screen (medical word: fluoroscopy).
# zh-Hant: 即時X光 ("real-time x-ray"); plain x-ray is X光 in the messages.
-live-x-ray = 即時X光
# The medical word for live x-ray. Used once, where it is explained.
# zh-Hant: X光透視 (also 透視攝影 in Taiwanese hospitals); keeps the familiar X光.
-fluoroscopy = X光透視
# A CT scan: a test that uses x-rays to take detailed pictures. "CT" may stay as it is.
# zh-Hant: 電腦斷層 is what Taiwanese patients say (做電腦斷層); CT is added for Hong Kong readers and forms.
-ct-scan = 電腦斷層（CT）
# Strong pain medicine (medical word: opioid).
# zh-Hant: 鴉片類藥物, the Taiwan / Hong Kong form; the messages say 強效止痛藥 next to it.
-opioid = 鴉片類藥物
# A medicine that calms swelling (medical word: steroid).
# zh-Hant: 類固醇, the word everyone knows in Taiwan and Hong Kong.
-steroid = 類固醇
# Medicine that numbs (medical word: local anesthetic).
# zh-Hant: 麻藥 is the everyday word; the medical word 局部麻醉劑 is given in medicines.item-1.
-numbing-medicine = 麻藥
# The part of the spine in the neck and upper back (cervical and thoracic spine).
# Used after "in the" / "in your": "in your neck or upper back".
# zh-Hant: used after 在 / 在您, as in 在您頸部或上背部的脊椎附近.
-upper-spine = 頸部或上背部
# The part of the spine in the lower back, down to the tailbone (lumbar and sacral spine). The tailbone area is
# named because these codes also cover a shot through a small natural opening just above the tailbone
# (medical word: caudal). Used after "in the" / "in your": "in your lower back or tailbone area".
# zh-Hant: 下背部 (as in 下背痛) mirrors 上背部; 尾骨一帶 adds the tailbone area.
-lower-spine = 下背部或尾骨一帶
