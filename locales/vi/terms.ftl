### Shared words. Each is a Fluent term, so every message uses the same word for the same thing.
### Translators: pick the standard word a lay reader of your language knows.
### If your grammar needs other forms (cases, plural), add attributes or variants here and use them in the messages.
###
### Vietnamese: no cases or plurals. Terms that can start a sentence (-tube, -care-team) have a
### $cap selector: { -tube(cap: "yes") } gives the capitalised form for the start of a sentence.
### -ct-scan has a $form selector: [short] "CT" after the word "hình ảnh" (pictures), as in
### "hình ảnh X-quang hoặc CT", where "chụp CT" (CT scanning) would read badly.
### Messages write "vùng" (area) before -upper-spine and -lower-spine: "ở vùng { -lower-spine }".
### Messages write "chăm sóc bạn" after -care-team where English says "your care team".

# The thin, soft tube that is put near the spine (medical word: catheter).
# Vietnamese: "ống thông", the usual word that lay readers know (as in ống thông tiểu).
# Messages add "nhỏ, mềm" where English says "thin, soft".
-tube =
    { $cap ->
        [yes] Ống thông
       *[no] ống thông
    }
# The medical word for the tube. Used once, where it is explained.
# Vietnamese: "ống thông" is already the Vietnamese medical word, and staff say "catheter".
# Reviewer: "ca-tê-te" is the Vietnamese spelling of the loanword, so the reader can match what
# staff say without an English word in the text. Change it if you prefer another form.
-catheter = ca-tê-te
# The space just outside the sac that holds the spinal cord (medical word: epidural space).
# Vietnamese: "khoang ngoài màng cứng", the standard name, known to lay readers (gây tê ngoài màng cứng).
-epidural-space = khoang ngoài màng cứng
# The space inside that sac, filled with spinal fluid (medical word: subarachnoid or intrathecal space).
# Vietnamese: plain "khoang chứa dịch tủy sống" rather than the medical "khoang dưới nhện";
# "dịch tủy sống" (spinal fluid) is also used in the warning signs, rather than "dịch não tủy".
-fluid-space = khoang chứa dịch tủy sống
# The doctors and nurses who look after the patient.
# Vietnamese: "đội ngũ y tế" (the medical team: doctors and nurses).
-care-team =
    { $cap ->
        [yes] Đội ngũ y tế
       *[no] đội ngũ y tế
    }
# Live x-ray that shows moving pictures on a screen (medical word: fluoroscopy).
# Vietnamese: "X-quang trực tiếp" (live x-ray). "X-quang" is the Vietnamese word for x-ray.
-live-x-ray = X-quang trực tiếp
# The medical word for live x-ray. Used once, where it is explained.
# Vietnamese: "soi huỳnh quang". Reviewer: some hospitals say "chiếu X-quang" or "X-quang tăng sáng".
-fluoroscopy = soi huỳnh quang
# A CT scan: a machine that uses x-rays to take detailed pictures. "CT" may stay as it is.
# Vietnamese: "chụp CT", the everyday word (medical: chụp cắt lớp vi tính).
-ct-scan =
    { $form ->
        [short] CT
       *[plain] chụp CT
    }
# Strong pain medicine (medical word: opioid).
# Vietnamese: "thuốc dạng thuốc phiện", from the official Vietnamese term for opioids
# ("các chất dạng thuốc phiện"); no English word. The lay words "thuốc giảm đau mạnh" stay in the messages.
-opioid = thuốc dạng thuốc phiện
# A medicine that calms swelling (medical word: steroid).
# Vietnamese: "thuốc corticoid", the word Vietnamese readers know for the steroids used in these shots
# (tiêm corticoid ngoài màng cứng). Reviewer: "corticoid" is a loanword written in Latin letters.
-steroid = thuốc corticoid
# Medicine that numbs (medical word: local anesthetic).
# Vietnamese: "thuốc tê"; the medical word "thuốc gây tê tại chỗ" is given once, in the list of medicines.
-numbing-medicine = thuốc tê
# The part of the spine in the neck and upper back (cervical and thoracic spine).
-upper-spine = cổ hoặc lưng trên
# The part of the spine in the lower back, down to the tailbone (lumbar and sacral spine).
# Vietnamese: "lưng dưới", to pair with "lưng trên" (upper back); "thắt lưng" is also common.
-lower-spine = lưng dưới
