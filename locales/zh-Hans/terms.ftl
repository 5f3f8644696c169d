### Shared words. Each is a Fluent term, so every message uses the same word for the same thing.
### Translators: pick the standard word a lay reader of your language knows.
### If your grammar needs other forms (cases, plural), add attributes or variants here and use them in the messages.
# zh-Hans: Chinese needs no case or plural forms, so no variants are added.
# zh-Hans: the messages address the reader as 您 (polite "you") throughout.

# The thin, soft tube that is put near the spine (medical word: catheter).
# zh-Hans: 细管 ("thin tube") is the lay word; 导管 is kept as the medical word.
# "A thin, soft tube" is written 柔软的细管, so "thin" is not said twice.
-tube = 细管
# The medical word for the tube. Used once, where it is explained.
-catheter = 导管
# The space just outside the sac that holds the spinal cord (medical word: epidural space).
-epidural-space = 硬膜外腔
# The space inside that sac, filled with spinal fluid (medical word: subarachnoid or intrathecal space).
# zh-Hans: 脑脊液腔 ("spinal fluid space"); spinal fluid is 脑脊液, the standard word, also used in when-to-call.
# The medical word 蛛网膜下腔 is not printed, as the English does not print "subarachnoid".
-fluid-space = 脑脊液腔
# The doctors and nurses who look after the patient.
-care-team = 医护团队
# Live x-ray that shows moving pictures on a screen (medical word: fluoroscopy).
# zh-Hans: 实时X光 ("real-time x-ray"); plain x-ray is X光 in the messages.
-live-x-ray = 实时X光
# The medical word for live x-ray. Used once, where it is explained.
# zh-Hans: 透视 is the word used in mainland hospitals for fluoroscopy (also X线透视).
-fluoroscopy = 透视
# A CT scan: a machine that uses x-rays to take detailed pictures. "CT" may stay as it is.
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
-upper-spine = 颈部或上背部
# The part of the spine in the lower back, down to the tailbone (lumbar and sacral spine).
# zh-Hans: 下背部 mirrors 上背部 so the two regions read as a pair; 腰部 would be the other everyday word.
-lower-spine = 下背部
