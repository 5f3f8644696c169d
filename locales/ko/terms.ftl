### Shared words. Each is a Fluent term, so every message uses the same word for the same thing.
### Translators: pick the standard word a lay reader of your language knows.
### If your grammar needs other forms (cases, plural), add attributes or variants here and use them in the messages.
### Terms take no variables.
###
### Korean translator note (second edition)
###
### Register: statements end in 합니다/습니다 (합쇼체), as in Korean hospital handouts; instructions end in
### -세요 (가세요, 연락하세요, 물어보세요). Never 해요 in statements, never -십시오, never 당신.
### The reader is not named ("you" is left out), as is usual in Korean.
### One exception on purpose: the questions the patient asks the care team (questions-*) are the patient's
### own words to a doctor, so they stay in polite spoken style (인가요? 나요?), the way a patient says them.
###
### Key word choices (and why):
###   관 (tube) ............. plain native word; 카테터 given once as the medical word.
###   허리나 엉치 ........... "lower back or tailbone area": 허리 alone does not cover the area near the
###                           tailbone (the caudal route); 엉치 is the everyday word for it (엉치뼈 = sacrum).
###   목이나 등 ............. "neck or upper back": in Korean 등 is the upper/middle back, 허리 the lower back.
###   영상 .................. "imaging"; every summary says what it means (pictures from x-ray or CT).
###   실시간 엑스레이 ....... "live x-ray"; 투시 촬영 given once as the medical word.
###   마약성 진통제 ......... "opioid", the everyday name; 오피오이드 given once in the list of medicines.
###   부분 마취약 ........... "numbing medicine"; 국소 마취제 given once in the list of medicines.
###   경막외 공간 / 척수액 공간 / 지주막하 공간 또는 척수강 내 공간: see the terms below.
###   "get emergency help" .. 응급실에 가거나 구급차를 부르세요; no phone number is named (the readers are in the US).
###
### Korean particles change with the last sound of the word before them
### (은/는, 이/가, 을/를, 으로/로, 이나/나, 와/과, 이라고/라고).
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
###   and         + 와/과
###   quote       + 이라고/라고 (used before 합니다: "... is called X")
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
# The space just outside the sac that holds the spinal cord and nerves: between the bones of the spine and
# the tough outer layer of the sac (the dura). Medical word: epidural space. Used once, where it is explained.
# Korean: 경막외 공간, the usual Korean name (as in 경막외 주사), also known to lay readers.
-epidural-space = 경막외 공간
# The space inside that sac, filled with spinal fluid, in plain words
# (medical word: subarachnoid or intrathecal space; see -fluid-space-medical).
# Korean: 척수액 공간 ("spinal fluid space"), a plain description.
-fluid-space = 척수액 공간
# The medical names of the spinal fluid space, as patients meet them on consent forms and discharge papers.
# Used once, next to the plain words.
# Korean: both names, as Korean consent forms use them: 지주막하 (subarachnoid) and 척수강 내 (intrathecal,
# as in 척수강 내 주사). Ends in a consonant (공간).
-fluid-space-medical =
    { $case ->
        [quote] 지주막하 공간 또는 척수강 내 공간이라고
       *[plain] 지주막하 공간 또는 척수강 내 공간
    }
# The doctors and nurses who look after the patient.
# Korean: 의료진 ("medical team"), the usual word on Korean hospital papers.
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
# A CT scan: a test that uses x-rays to take detailed pictures. "CT" may stay as it is.
# Korean: CT 촬영; the word 촬영 carries the particle, so it does not depend on how "CT" is read.
-ct-scan =
    { $case ->
        [subject] CT 촬영이
        [object] CT 촬영을
        [instrument] CT 촬영으로
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
# Korean: 스테로이드. Where it is explained, "a medicine that calms swelling" is 부기를 가라앉히는 약.
# Panel K3 over the first-edition note: 염증 (inflammation) was dropped because the English does not say it.
-steroid =
    { $case ->
        [object] 스테로이드를
       *[plain] 스테로이드
    }
# Medicine that numbs (medical word: local anesthetic).
# Korean: 부분 마취약 ("partial anesthetic", the lay word); the medical word 국소 마취제 is given once in the
# list of medicines.
-numbing-medicine =
    { $case ->
        [instrument] 부분 마취약으로
        [and] 부분 마취약과
       *[plain] 부분 마취약
    }
# The part of the spine in the neck and upper back (cervical and thoracic spine).
# Used after "in the" / "in your": "in your neck or upper back".
# Korean: 목이나 등. In Korean, 등 is the upper and middle back (thoracic), and 허리 is the lower back,
# so 목이나 등 / 허리나 엉치 match the two regions without the word "upper".
-upper-spine = 목이나 등
# The part of the spine in the lower back, down to the tailbone (lumbar and sacral spine). The tailbone area is
# named because these codes also cover a shot through a small natural opening just above the tailbone
# (medical word: caudal). Used after "in the" / "in your": "in your lower back or tailbone area".
# Korean: 허리나 엉치 (panel K5a, and the lead). 허리 alone leaves out the area near the tailbone;
# 엉치 is the everyday word for the area at the base of the spine (엉치뼈 = sacrum), just above the tailbone.
# Messages add 에, 의 or 에 있는 after it; 꼬리뼈 (tailbone) is named where the small opening is explained.
-lower-spine = 허리나 엉치
