### Shared words. Each is a Fluent term, so every message uses the same word for the same thing.
### Translators: pick the standard word a lay reader of your language knows.
### If your grammar needs other forms (cases, plural), add attributes or variants here and use them in the messages.
### Terms take no variables.
###
### Vietnamese translator note (second edition).
### Readers: Vietnamese-speaking patients in the US, many of them older. Aim: plain words, short sentences.
### Register: "quý vị" (the polite "you" of US Vietnamese patient materials), "Quý vị" at the start of a
###   sentence; never "bạn" (first edition) and never mixed. The patient's own questions use "tôi".
### Vocabulary leans Southern, as most US Vietnamese readers do: "ngưng", "băng keo", "ớn lạnh", "đi cầu".
### No cases or plurals. Terms that can start a sentence have a $cap selector:
###   { -tube(cap: "yes") } gives "Ống thông" for the start of a sentence.
### Other selectors: -ct-scan $form [short] "CT" after "hình ảnh" (pictures); -opioid $form [pain]
###   "thuốc giảm đau nhóm opioid" where English says "opioid pain medicine"; -live-x-ray $form [explained]
###   adds a short gloss, used once per page, in the summary, where the word first appears.
### Messages write "vùng" (area) before -upper-spine and -lower-spine: "ở vùng { -lower-spine }".
### Messages write "chăm sóc quý vị" after -care-team where English says "your care team".
### Key choices, and why:
###   - "ống thông" (tube): the Vietnamese word that lay readers know; "catheter" (not "ca-tê-te") is the
###     medical word, as staff write it on orders and bills; the same for "liều bolus" (not "bô-lút").
###   - "thuốc nhóm opioid", never "thuốc phiện" (opium: the word of illegal drugs, and "thuốc … thuốc" is clumsy).
###   - "X‑quang" is written with a NON-BREAKING hyphen (U+2011), through the term -x-ray, so that no line ever
###     breaks it into "X-" / "quang". Always write { -x-ray }, never type "X-quang" with a plain hyphen.
###   - "hình ảnh dẫn đường" (pictures that guide) for "imaging", in every file; each summary says what it is.
###   - "dịch tủy sống" (spinal fluid): the plain word, as in English; the medical names of the space
###     are given once (-fluid-space-medical).

# The thin, soft tube that is put near the spine (medical word: catheter).
# Vietnamese: "ống thông", the usual word that lay readers know (as in ống thông tiểu).
# Messages add "mảnh, mềm" where English says "thin, soft" ("mảnh" = thin, not "nhỏ" = small).
# The tube is always { -tube }, never the bare "ống".
-tube =
    { $cap ->
        [yes] Ống thông
       *[no] ống thông
    }
# The medical word for the tube. Used once, where it is explained.
# Vietnamese: "catheter", written as staff write it on orders and bills, so that the patient can match it.
# Panel (terminology) over the first translator's note: "ca-tê-te" is rarely seen in print today.
-catheter = catheter
# The space just outside the sac that holds the spinal cord and nerves: between the bones of the spine and
# the tough outer layer of the sac (the dura). Medical word: epidural space. Used once, where it is explained.
# Vietnamese: "khoang ngoài màng cứng", the standard name, known to lay readers (gây tê ngoài màng cứng).
-epidural-space = khoang ngoài màng cứng
# The space inside that sac, filled with spinal fluid, in plain words
# (medical word: subarachnoid or intrathecal space; see -fluid-space-medical).
# Vietnamese: plain "khoang chứa dịch tủy sống"; "dịch tủy sống" (spinal fluid) is also the word in the
# warning signs. Panel suggestion "dịch não tủy" declined: English keeps the plain "spinal fluid", and the
# medical names now come once through -fluid-space-medical ("khoang dưới nhện", as the panel asked).
-fluid-space = khoang chứa dịch tủy sống
# The medical names of the spinal fluid space, as patients meet them on consent forms and discharge papers.
# Used once, next to the plain words. Keep both names if your medical language uses both.
# Vietnamese: "khoang dưới nhện" (subarachnoid space) and "khoang nội tủy" (intrathecal, as in "tiêm nội tủy").
-fluid-space-medical = khoang dưới nhện hoặc khoang nội tủy
# The doctors and nurses who look after the patient.
# Vietnamese: "đội ngũ y tế" (the medical team: doctors and nurses).
-care-team =
    { $cap ->
        [yes] Đội ngũ y tế
       *[no] đội ngũ y tế
    }
# Vietnamese only: the word for x-ray, "X‑quang", with a NON-BREAKING hyphen (U+2011) so that a line never
# breaks inside it. Use it wherever a message says x-ray.
-x-ray = X‑quang
# Live x-ray that shows moving pictures on a screen (medical word: fluoroscopy).
# Vietnamese: "X‑quang trực tiếp" ("trực tiếp" = live, as in a live broadcast). The panel noted that
# "trực tiếp" can also be read as "direct", so [explained] adds a short gloss; each summary uses it once.
-live-x-ray =
    { $form ->
        [explained] { -x-ray } trực tiếp (hình động, hiện ngay trên màn hình)
       *[plain] { -x-ray } trực tiếp
    }
# The medical word for live x-ray. Used once, where it is explained.
# Vietnamese: "soi huỳnh quang". Reviewer: some hospitals say "chiếu X-quang" or "X-quang tăng sáng".
-fluoroscopy = soi huỳnh quang
# A CT scan: a test that uses x-rays to take detailed pictures. "CT" may stay as it is.
# Vietnamese: "chụp CT", the everyday word (medical: chụp cắt lớp vi tính).
# [short] "CT" after "hình ảnh" (pictures), as in "hình ảnh X‑quang trực tiếp hoặc CT".
-ct-scan =
    { $form ->
        [short] CT
       *[plain] chụp CT
    }
# Strong pain medicine (medical word: opioid).
# Vietnamese: "thuốc nhóm opioid", the standard patient-facing term (panel finding O1, lead's instruction):
# not "thuốc dạng thuốc phiện" (first edition). [pain] is "opioid pain medicine".
-opioid =
    { $form ->
        [pain] thuốc giảm đau nhóm opioid
       *[plain] thuốc nhóm opioid
    }
# A medicine that calms swelling (medical word: steroid).
# Vietnamese: "thuốc corticoid", the word Vietnamese readers know for the steroids used in these shots
# (tiêm corticoid ngoài màng cứng). Messages explain it as "giúp giảm sưng viêm" (calms swelling and
# inflammation), which the panel found medically right and natural.
-steroid = thuốc corticoid
# Medicine that numbs (medical word: local anesthetic).
# Vietnamese: "thuốc tê"; the medical word "thuốc gây tê tại chỗ" is given once, in the list of medicines.
-numbing-medicine = thuốc tê
# Vietnamese only: the spinal nerves, for the lower back and tailbone area, where the spinal cord has ended.
# "dây thần kinh cột sống" is the everyday word (as in "chèn ép dây thần kinh cột sống").
-spinal-nerves = các dây thần kinh cột sống
# The part of the spine in the neck and upper back (cervical and thoracic spine).
# Used after "in the" / "in your": "in your neck or upper back".
# Vietnamese: used after "vùng" (area): "ở vùng cổ hoặc lưng trên".
-upper-spine = cổ hoặc lưng trên
# The part of the spine in the lower back, down to the tailbone (lumbar and sacral spine). The tailbone area is
# named because these codes also cover a shot through a small natural opening just above the tailbone
# (medical word: caudal). Used after "in the" / "in your": "in your lower back or tailbone area".
# Vietnamese: used after "vùng" (area), which covers both: "ở vùng lưng dưới hoặc xương cụt".
# "lưng dưới" pairs with "lưng trên" (upper back); "xương cụt" is the tailbone.
-lower-spine = lưng dưới hoặc xương cụt
