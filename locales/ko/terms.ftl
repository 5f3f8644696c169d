### Shared words. Each is a Fluent term, so every message uses the same word for the same thing.
### Translators: pick the standard word a lay reader of your language knows.
### If your grammar needs other forms (cases, plural), add attributes or variants here and use them in the messages.
###
### Korean: particles change with the last sound of the word before them
### (은/는, 이/가, 을/를, 으로/로, 이나/나, 이라고/라고).
### So each term that takes such a particle has a $case selector, and the messages
### call it as { -tube(case: "object") } and so on. If you change a word, change every
### variant and check that each particle still fits its last sound.
###   plain       the word alone (default)
###   topic       + 은/는
###   subject     + 이/가
###   object      + 을/를
###   instrument  + 으로/로
###   genitive    + 의
###   or          + 이나/나
###   quote       + 이라고/라고 (used before 해요: "... is called X")
### Particles that never change (의, 에, 에게, 도, 만, 부터, 까지) are written in the messages.

# The thin, soft tube that is put near the spine (medical word: catheter).
# Korean: 관 (plain native lay word, "tube"); ends in a consonant.
-tube =
    { $case ->
        [topic] 관은
        [subject] 관이
        [object] 관을
        [instrument] 관으로
        [genitive] 관의
       *[plain] 관
    }
# The medical word for the tube. Used once, where it is explained.
-catheter =
    { $case ->
        [quote] 카테터라고
       *[plain] 카테터
    }
# The space just outside the sac that holds the spinal cord (medical word: epidural space).
# Korean: 경막외 공간, the usual Korean name (as in 경막외 주사), also known to lay readers.
-epidural-space = 경막외 공간
# The space inside that sac, filled with spinal fluid (medical word: subarachnoid or intrathecal space).
# Korean: 척수액 공간 ("spinal fluid space"), a plain description rather than 지주막하 공간.
-fluid-space = 척수액 공간
# The doctors and nurses who look after the patient.
-care-team =
    { $case ->
        [subject] 의료진이
       *[plain] 의료진
    }
# Live x-ray that shows moving pictures on a screen (medical word: fluoroscopy).
# Korean: 실시간 엑스레이 ("real-time x-ray"); ends in a vowel.
-live-x-ray =
    { $case ->
        [topic] 실시간 엑스레이는
        [subject] 실시간 엑스레이가
        [object] 실시간 엑스레이를
        [instrument] 실시간 엑스레이로
        [or] 실시간 엑스레이나
       *[plain] 실시간 엑스레이
    }
# The medical word for live x-ray. Used once, where it is explained.
# Korean: 투시 촬영, the word Korean hospitals use for fluoroscopy.
-fluoroscopy =
    { $case ->
        [quote] 투시 촬영이라고
       *[plain] 투시 촬영
    }
# A CT scan: a machine that uses x-rays to take detailed pictures. "CT" may stay as it is.
# Korean: CT 촬영; the word 촬영 carries the particle, so it does not depend on how "CT" is read.
-ct-scan =
    { $case ->
        [subject] CT 촬영이
        [object] CT 촬영을
       *[plain] CT 촬영
    }
# Strong pain medicine (medical word: opioid).
# Korean: 마약성 진통제 is the everyday Korean name for opioid pain medicine.
# The variant [medical] gives the medical word 오피오이드, shown once (in the list of medicines).
-opioid =
    { $case ->
        [object] 마약성 진통제를
        [medical] 오피오이드
       *[plain] 마약성 진통제
    }
# A medicine that calms swelling (medical word: steroid).
# Korean: 스테로이드. Where it is explained (list of medicines), "calms swelling" is 염증과 부기를 가라앉히는:
# 부기 alone reads as visible puffiness, while the steroid acts on inflammation (염증, an everyday word).
-steroid = 스테로이드
# Medicine that numbs (medical word: local anesthetic).
# Korean: 부분 마취약 ("partial anesthetic", the lay word); the medical word 국소 마취제 is given once in the list of medicines.
-numbing-medicine =
    { $case ->
        [instrument] 부분 마취약으로
       *[plain] 부분 마취약
    }
# The part of the spine in the neck and upper back (cervical and thoracic spine).
# Korean: 목이나 등. In Korean, 등 is the upper and middle back (thoracic), and 허리 is the lower back,
# so 목이나 등 / 허리 match the two regions without the word "upper".
-upper-spine = 목이나 등
# The part of the spine in the lower back, down to the tailbone (lumbar and sacral spine).
# Korean: 허리 (lower back). Reviewer: lay readers may not think of the area near the tailbone as 허리.
-lower-spine = 허리
