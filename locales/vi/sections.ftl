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
###
### Vietnamese word choices (see also the note at the top of terms.ftl):
###   "the sac that holds your spinal cord" is "túi màng bọc tủy sống"; for the lower back, "túi màng chứa
###   { -spinal-nerves }"; "the tip" is "đầu kim" / "đầu { -tube }";
###   "get emergency help" is "đi cấp cứu hoặc gọi cấp cứu" (no phone number);
###   "billed" is "tính phí", "billed again" is "tính phí riêng" and "includes" is "bao gồm", here and in
###   related.ftl; "steer" is "đưa … đi đúng hướng"; "the whole series" is "toàn bộ các liều";
###   "poop" is "đi cầu" (plain, Southern), not the formal "đi đại tiện";
###   "hard to wake" is "khó đánh thức", not "khó gọi dậy".
###   List items start with a lower-case letter, as in the first edition; a colon ends each lead-in.

## Headings

# Heading of the part on common reasons for the shot, the tube or the live x-ray. NEW.
# Vietnamese: "cách này" (this way of doing it), the same words as in the questions ("Vì sao cách này …").
section-why = Vì sao người bệnh cần đến cách này
# Heading of the numbered steps.
section-what-happens = Những gì sẽ diễn ra
# Heading of the part on the kinds of medicine.
section-medicines = Thuốc
# Heading of the part on how the medicine goes in: one shot, or a steady flow or separate doses.
section-how-given = Cách đưa thuốc vào
# Heading of the part on imaging (live x-ray or CT pictures).
section-imaging = Hình ảnh dẫn đường cho kim
# Heading of the signs that need emergency help. NEW: these signs were in "when-to-call" before.
section-emergency = Khi nào cần đi cấp cứu
# Heading of the signs to call the care team about (not an emergency). Was "When to get help".
# Vietnamese: was "Khi nào cần tìm trợ giúp" (a calque of "seek help", panel finding); now follows the new English.
section-when-to-call = Khi nào cần gọi cho { -care-team } chăm sóc quý vị
# Heading of the part on what the code means on a bill.
section-billing = Ý nghĩa của mã trên hóa đơn
# Heading of the list of questions.
section-questions = Những câu nên hỏi { -care-team } chăm sóc quý vị

## Why people get this (NEW)

# Common reasons for a single shot (62320-62323). Examples only: no promise that it helps.
# $region (String) - "upper" (the pain spreads into an arm) or "lower" (into a leg).
# .item-1: pain from an irritated nerve root (medical word: radiculopathy); a disc is the soft cushion between
# two bones of the spine. .item-2: spinal stenosis. .item-3: a test shot (diagnostic injection).
# Vietnamese: "phình đĩa đệm" (bulging disc) and "thoát vị đĩa đệm" (herniated or slipped disc) are the words
# lay readers know; "hẹp ống sống" is spinal stenosis.
why-single =
    .p-1 = Bác sĩ chỉ định loại mũi tiêm này vì những lý do như:
    .item-1 = { $region ->
        [upper] đau lan xuống cánh tay vì một dây thần kinh gần cột sống bị kích thích. Phình đĩa đệm hoặc thoát vị đĩa đệm có thể gây ra tình trạng này. Đĩa đệm là miếng đệm mềm nằm giữa các đốt xương sống.
       *[lower] đau lan xuống chân vì một dây thần kinh gần cột sống bị kích thích. Phình đĩa đệm hoặc thoát vị đĩa đệm có thể gây ra tình trạng này. Đĩa đệm là miếng đệm mềm nằm giữa các đốt xương sống.
    }
    .item-2 = hẹp ống sống. Đây là tình trạng khoảng trống quanh các dây thần kinh trong cột sống bị hẹp lại.
    .item-3 = một mũi tiêm để kiểm tra, giúp tìm ra cơn đau bắt nguồn từ đâu
    .note-1 = Đây chỉ là một vài ví dụ. Hãy hỏi bác sĩ vì sao cách này phù hợp với quý vị.

# Common reasons for a tube (62324-62327). Examples only: no promise that it helps.
# $region (String) - "upper" or "lower". The "upper" examples are the ones the code's source gives for a tube in
# the neck or upper back. They must not be used for the lower back: the "lower" variants say less on purpose.
# "upper" .item-2: spinal stenosis in the upper back, a narrowing around the spinal cord; numbing medicine and a
# muscle relaxer (antispasmodic) as separate doses. "upper" .item-3: an opioid into the spinal fluid space.
why-catheter =
    .p-1 = { -tube(cap: "yes") } giúp { -care-team } chăm sóc quý vị đưa thuốc vào trong nhiều giờ hoặc nhiều ngày. Không cần tiêm một mũi mới cho mỗi liều.
    .p-2 = { $region ->
        [upper] Sau đây là một số lý do để đặt { -tube } ở vùng { -upper-spine }:
       *[lower] Sau đây là một số lý do để đặt { -tube } như thế này:
    }
    .item-1 = { $region ->
        [upper] đau cổ kéo dài. Có thể truyền đều đặn { -steroid } (một loại thuốc giúp giảm sưng viêm) qua { -tube } trong vài ngày.
       *[lower] đau kéo dài, cần dùng thuốc trong nhiều giờ hoặc nhiều ngày, chứ không chỉ một mũi tiêm
    }
    .item-2 = { $region ->
        [upper] hẹp ống sống ở vùng lưng trên. Đây là tình trạng khoảng trống quanh tủy sống bị hẹp lại. Có thể đưa { -numbing-medicine } và thuốc giãn cơ qua { -tube } theo từng liều riêng.
       *[lower] hẹp ống sống. Đây là tình trạng khoảng trống quanh các dây thần kinh trong cột sống bị hẹp lại.
    }
    .item-3 = { $region ->
        [upper] đau sau khi mổ ở vùng ngực hoặc lưng trên. Có thể truyền đều đặn thuốc giảm đau mạnh ({ -opioid }) vào dịch tủy sống.
       *[lower] đau sau khi mổ
    }
    .note-1 = Đây chỉ là một vài ví dụ. Hãy hỏi bác sĩ vì sao cách này phù hợp với quý vị.

# Why a doctor uses a live x-ray to guide the needle or tube (77003). No variables.
why-guidance =
    .p-1 = Bác sĩ dùng { -live-x-ray } để xem đầu kim hoặc đầu { -tube } đang nằm ở đâu.
    .p-2 = Nhờ vậy, bác sĩ có thể dẫn đầu kim hoặc đầu { -tube } đến đúng chỗ gần cột sống của quý vị. Khi đó, thuốc có thể đi đến đúng nơi cần thiết.

## What happens

# Steps for a single shot.
# $region (String) - "upper": near the spinal cord; "lower": near the spinal nerves, below the end of the cord,
# and near the tailbone through a small natural opening (the caudal route).
# $imaging (String) - "yes" or "no": whether live x-ray or CT pictures are used to check the tip.
# .p-2 gives the medical names once: epidural space, and subarachnoid (intrathecal) space.
# Vietnamese: .item-4 says "the tip of the needle or tube", because .item-3 says a tube is sometimes used too.
# "A small natural opening" is "một khe hở nhỏ tự nhiên" (the sacral hiatus, just above the tailbone).
what-happens-single =
    .p-1 = { $region ->
        [upper] Bác sĩ tiêm cho quý vị một mũi thuốc gần tủy sống.
       *[lower] Bác sĩ tiêm cho quý vị một mũi thuốc gần { -spinal-nerves } ở vùng { -lower-spine }. Tủy sống thường kết thúc ở phía trên vùng này. Ở gần xương cụt, kim đi vào qua một khe hở nhỏ tự nhiên.
    }
    .p-2 = { $region ->
        [upper] Thuốc có thể được tiêm vào { -epidural-space }. Khoang này nằm ngay bên ngoài túi màng bọc tủy sống. Hoặc thuốc có thể được tiêm vào { -fluid-space }, ở bên trong túi màng đó. Trong y khoa, khoang này được gọi là { -fluid-space-medical }.
       *[lower] Thuốc có thể được tiêm vào { -epidural-space }. Khoang này nằm ngay bên ngoài túi màng chứa { -spinal-nerves }. Hoặc thuốc có thể được tiêm vào { -fluid-space }, ở bên trong túi màng đó. Trong y khoa, khoang này được gọi là { -fluid-space-medical }.
    }
    .item-1 = { -care-team(cap: "yes") } chuẩn bị cho quý vị.
    .item-2 = Bác sĩ dùng { -numbing-medicine } để làm tê vùng da của quý vị.
    .item-3 = Bác sĩ đưa kim vào. Đôi khi bác sĩ dùng thêm một { -tube } mảnh, mềm.
    .item-4 = { $imaging ->
        [yes] Bác sĩ dùng hình ảnh { -live-x-ray } hoặc { -ct-scan(form: "short") } để kiểm tra xem đầu kim hoặc đầu { -tube } đã nằm đúng chỗ chưa.
       *[no] Bác sĩ kiểm tra xem đầu kim hoặc đầu { -tube } đã nằm đúng chỗ chưa.
    }
    .item-5 = Thuốc được tiêm vào.
    .item-6 = Kim hoặc { -tube } được rút ra ngay trong ngày.
    .item-7 = { -care-team(cap: "yes") } theo dõi quý vị một lúc để xem cơ thể quý vị phản ứng với thuốc ra sao.

# Steps for a tube that stays in.
# $region (String) - "upper": near the spinal cord; "lower": near the spinal nerves, below the end of the cord,
# and near the tailbone through a small natural opening (the caudal route).
# $imaging (String) - "yes" or "no": whether live x-ray or CT pictures are used to check the tube.
# .p-2 gives the medical names once: epidural space, and subarachnoid (intrathecal) space.
what-happens-catheter =
    .p-1 = { $region ->
        [upper] Bác sĩ đặt một { -tube } mảnh, mềm gần tủy sống của quý vị.
       *[lower] Bác sĩ đặt một { -tube } mảnh, mềm gần { -spinal-nerves } ở vùng { -lower-spine } của quý vị. Tủy sống thường kết thúc ở phía trên vùng này. Ở gần xương cụt, kim đi vào qua một khe hở nhỏ tự nhiên.
    } Trong y khoa, { -tube } này được gọi là { -catheter }.
    .p-2 = { $region ->
        [upper] { -tube(cap: "yes") } có thể nằm trong { -epidural-space }. Khoang này nằm ngay bên ngoài túi màng bọc tủy sống. Hoặc { -tube } có thể nằm trong { -fluid-space }, ở bên trong túi màng đó. Trong y khoa, khoang này được gọi là { -fluid-space-medical }.
       *[lower] { -tube(cap: "yes") } có thể nằm trong { -epidural-space }. Khoang này nằm ngay bên ngoài túi màng chứa { -spinal-nerves }. Hoặc { -tube } có thể nằm trong { -fluid-space }, ở bên trong túi màng đó. Trong y khoa, khoang này được gọi là { -fluid-space-medical }.
    }
    .item-1 = { -care-team(cap: "yes") } chuẩn bị cho quý vị.
    .item-2 = Bác sĩ dùng { -numbing-medicine } để làm tê vùng da của quý vị.
    .item-3 = Bác sĩ đưa kim vào, rồi luồn { -tube } vào.
    .item-4 = { $imaging ->
        [yes] Bác sĩ dùng hình ảnh { -live-x-ray } hoặc { -ct-scan(form: "short") } để kiểm tra xem { -tube } đã nằm đúng chỗ chưa.
       *[no] Bác sĩ kiểm tra xem { -tube } đã nằm đúng chỗ chưa.
    }
    .item-5 = Thuốc được đưa vào qua { -tube }.
    .item-6 = { -tube(cap: "yes") } được dán băng keo hoặc cố định lại để nằm yên tại chỗ.
    .item-7 = { -care-team(cap: "yes") } theo dõi quý vị một lúc để xem cơ thể quý vị phản ứng với thuốc ra sao.

# Steps of the live x-ray guidance (77003). No variables.
# Vietnamese: "thủ thuật" (a procedure) is a word most readers know (panel: acceptable).
what-happens-guidance =
    .p-1 = { -live-x-ray } cho thấy hình ảnh chuyển động trên màn hình. Trong y khoa, cách này được gọi là { -fluoroscopy }.
    .item-1 = Máy { -x-ray } cho thấy cột sống của quý vị trên màn hình trong lúc bác sĩ làm thủ thuật.
    .item-2 = Bác sĩ nhìn màn hình trong khi di chuyển kim hoặc { -tube }.
    .item-3 = Hình ảnh cho thấy đầu kim hoặc đầu { -tube } đang nằm ở đâu.
    .item-4 = Nhờ vậy, bác sĩ đặt được phần đầu đó vào đúng chỗ.

## The medicine

# The kinds of medicine, for single shots and tubes (one message serves both). No variables.
# Never a medicine that destroys nerves (neurolytic).
medicines =
    .p-1 = Thuốc có thể giúp tìm ra nguyên nhân gây đau, hoặc có thể dùng để chữa đau. Mã này không bao giờ được dùng cho thuốc phá hủy dây thần kinh.
    .p-2 = Thuốc có thể là một hoặc nhiều loại sau:
    .item-1 = { -numbing-medicine } (thuốc gây tê tại chỗ)
    .item-2 = thuốc giãn cơ, giúp giảm co thắt cơ
    .item-3 = thuốc giảm đau mạnh ({ -opioid })
    .item-4 = { -steroid }, một loại thuốc giúp giảm sưng viêm
    .item-5 = một loại thuốc dạng lỏng khác

# 77003 covers no medicine: the shot or tube that gives it has its own code. No variables.
medicines-guidance =
    .p-1 = Mã này không bao gồm thuốc nào cả, mà chỉ dành cho phần { -live-x-ray }.
    .p-2 = Mũi tiêm hoặc { -tube } dùng để đưa thuốc vào có mã riêng.

## How the medicine is given

# One shot, all at once. No variables.
# Vietnamese: "một lần là xong" (done in one go), not "cùng một lúc", which can read as "at the same time as
# something else" (panel finding, fluency).
how-given-single =
    .p-1 = Quý vị được tiêm toàn bộ thuốc trong một mũi, một lần là xong.
    .p-2 = Sau đó, kim hoặc { -tube } được rút ra. Không còn gì nằm lại trong cơ thể quý vị.

# Through the tube: a steady flow (continuous infusion) or separate doses (intermittent boluses). No variables.
# .note-1 explains "bolus" after the list: a bolus is one dose given at one time, not always a large one.
# Vietnamese: "truyền" (infuse) for the steady flow, "bơm" (push in) for each separate dose; never "thành …"
# (a calque of "as", panel finding O2). "liều bolus" as staff write it, not "bô-lút" (panel, terminology;
# it overrides the first translator's note).
how-given-catheter =
    .p-1 = { -tube(cap: "yes") } vẫn được để lại sau liều thuốc đầu tiên. Thuốc có thể được đưa qua { -tube } trong nhiều giờ hoặc nhiều ngày.
    .p-2 = Thuốc được đưa qua { -tube } theo một trong hai cách:
    .item-1 = truyền đều đặn, liên tục, thường bằng máy bơm
    .item-2 = bơm từng liều riêng, cách quãng
    .note-1 = Mỗi liều riêng như vậy được gọi là một liều bolus. Liều bolus không phải lúc nào cũng là liều lớn.

# 77003 gives no medicine. No variables.
how-given-guidance =
    .p-1 = { -live-x-ray } được dùng trong lúc bác sĩ đưa kim hoặc { -tube } vào, và không đưa thuốc nào vào cơ thể quý vị.

## Pictures to guide the needle

# Imaging for a single shot.
# $imaging (String) - "yes" (live x-ray or CT guides the needle) or "no".
imaging-single =
    .p-1 = { $imaging ->
        [yes] { -live-x-ray } hoặc { -ct-scan } dẫn đường cho kim. Các cách chụp này cho thấy hình ảnh bên trong cơ thể quý vị.
       *[no] Bác sĩ không dùng { -x-ray } hay { -ct-scan } để dẫn đường cho kim.
    }
    .p-2 = { $imaging ->
        [yes] Bác sĩ dùng các hình ảnh này để đưa kim đi đúng hướng và xem đầu kim đang nằm ở đâu.
       *[no] Nếu có dùng hình ảnh { -x-ray } hoặc { -ct-scan(form: "short") } để dẫn đường, thì một mã khác sẽ được dùng.
    }

# Imaging for a tube.
# $imaging (String) - "yes" (live x-ray or CT guides the needle and tube) or "no".
imaging-catheter =
    .p-1 = { $imaging ->
        [yes] { -live-x-ray } hoặc { -ct-scan } dẫn đường cho kim và { -tube }. Các cách chụp này cho thấy hình ảnh bên trong cơ thể quý vị.
       *[no] Bác sĩ không dùng { -x-ray } hay { -ct-scan } để dẫn đường cho kim hoặc { -tube }.
    }
    .p-2 = { $imaging ->
        [yes] Bác sĩ dùng các hình ảnh này để đưa { -tube } đi đúng hướng và xem đầu { -tube } đang nằm ở đâu.
       *[no] Nếu có dùng hình ảnh { -x-ray } hoặc { -ct-scan(form: "short") } để dẫn đường, thì một mã khác sẽ được dùng.
    }

# 77003 is the imaging itself, for a needle or tube near any part of the spine. No variables.
imaging-guidance =
    .p-1 = Mã này dành riêng cho phần hình ảnh dẫn đường. { -live-x-ray } có thể dẫn đường cho kim hoặc { -tube } ở gần bất kỳ phần nào của cột sống.
    .p-2 = Hình ảnh giúp bác sĩ đưa kim hoặc { -tube } đi đúng hướng, và xem đầu kim hoặc đầu { -tube } đang nằm ở đâu.

## When to get emergency help (NEW: split out of "when-to-call")

# Emergency signs after a single shot. .p-1 leads into the list. The items are the signs, one each.
# .note-1 says why the first four signs are urgent.
# $region (String) - "upper": a bleed or infection could press on the spinal cord or nerves;
# "lower": on the spinal nerves (the cord usually ends higher up).
# .note-2: the last two signs can come from opioid pain medicine.
# .note-3 speaks about the people with the patient, who must act if the patient is hard to wake.
# Vietnamese: "a rare bleed or infection" is "một khối máu tụ hoặc một ổ nhiễm trùng" (a collection of blood
# or of infection), since it is the collection, not the bleeding itself, that presses on the cord or nerves.
# "Groin" is "vùng bẹn".
# Second review: .item-1 "hoặc đau dữ dội", not "hoặc rất dữ dội": English "bad" (reference: "severe"); "rất" raised the threshold for going to the emergency room.
emergency-single =
    .p-1 = Hãy đi cấp cứu hoặc gọi cấp cứu ngay nếu quý vị có bất kỳ dấu hiệu nào sau đây:
    .item-1 = đau lưng hoặc đau cổ mới xuất hiện, hoặc đau dữ dội
    .item-2 = mới bị tê hoặc yếu ở tay hoặc chân
    .item-3 = khó kiểm soát việc đi tiểu hoặc đi cầu
    .item-4 = mới bị tê ở vùng bẹn hoặc mông
    .item-5 = thở chậm hoặc thở nông
    .item-6 = ngủ say đến mức khó đánh thức
    .note-1 = { $region ->
        [upper] Bốn dấu hiệu đầu có thể là do một khối máu tụ hoặc một ổ nhiễm trùng đè lên tủy sống hoặc các dây thần kinh. Điều này hiếm gặp, nhưng cần được chữa trị trong vòng vài giờ.
       *[lower] Bốn dấu hiệu đầu có thể là do một khối máu tụ hoặc một ổ nhiễm trùng đè lên { -spinal-nerves }. Điều này hiếm gặp, nhưng cần được chữa trị trong vòng vài giờ.
    }
    .note-2 = Thở chậm và ngủ say khó đánh thức có thể xảy ra khi dùng { -opioid(form: "pain") }.
    .note-3 = Nếu quý vị ngủ say khó đánh thức, những người ở cùng quý vị cần gọi cấp cứu cho quý vị.

# Emergency signs with a tube. The same as emergency-single; kept apart so each kind can change on its own.
# $region (String) - "upper": a bleed or infection could press on the spinal cord or nerves;
# "lower": on the spinal nerves (the cord usually ends higher up).
# .note-2: the last two signs can come from opioid pain medicine.
# .note-3 speaks about the people with the patient, who must act if the patient is hard to wake.
# Second review: .item-1 "hoặc đau dữ dội", not "hoặc rất dữ dội": English "bad" (reference: "severe"); "rất" raised the threshold for going to the emergency room.
emergency-catheter =
    .p-1 = Hãy đi cấp cứu hoặc gọi cấp cứu ngay nếu quý vị có bất kỳ dấu hiệu nào sau đây:
    .item-1 = đau lưng hoặc đau cổ mới xuất hiện, hoặc đau dữ dội
    .item-2 = mới bị tê hoặc yếu ở tay hoặc chân
    .item-3 = khó kiểm soát việc đi tiểu hoặc đi cầu
    .item-4 = mới bị tê ở vùng bẹn hoặc mông
    .item-5 = thở chậm hoặc thở nông
    .item-6 = ngủ say đến mức khó đánh thức
    .note-1 = { $region ->
        [upper] Bốn dấu hiệu đầu có thể là do một khối máu tụ hoặc một ổ nhiễm trùng đè lên tủy sống hoặc các dây thần kinh. Điều này hiếm gặp, nhưng cần được chữa trị trong vòng vài giờ.
       *[lower] Bốn dấu hiệu đầu có thể là do một khối máu tụ hoặc một ổ nhiễm trùng đè lên { -spinal-nerves }. Điều này hiếm gặp, nhưng cần được chữa trị trong vòng vài giờ.
    }
    .note-2 = Thở chậm và ngủ say khó đánh thức có thể xảy ra khi dùng { -opioid(form: "pain") }.
    .note-3 = Nếu quý vị ngủ say khó đánh thức, những người ở cùng quý vị cần gọi cấp cứu cho quý vị.

# Emergency signs for 77003. It gives no medicine, so there are no opioid signs. It can be used at any part of
# the spine, so .note-1 names both the spinal cord and the nerves. No variables.
# Second review: .item-1 "hoặc đau dữ dội", not "hoặc rất dữ dội": English "bad" (reference: "severe"); "rất" raised the threshold for going to the emergency room.
emergency-guidance =
    .p-1 = Hãy đi cấp cứu hoặc gọi cấp cứu ngay nếu quý vị có bất kỳ dấu hiệu nào sau đây:
    .item-1 = đau lưng hoặc đau cổ mới xuất hiện, hoặc đau dữ dội
    .item-2 = mới bị tê hoặc yếu ở tay hoặc chân
    .item-3 = khó kiểm soát việc đi tiểu hoặc đi cầu
    .item-4 = mới bị tê ở vùng bẹn hoặc mông
    .note-1 = Những dấu hiệu này có thể là do một khối máu tụ hoặc một ổ nhiễm trùng đè lên tủy sống hoặc các dây thần kinh. Điều này hiếm gặp, nhưng cần được chữa trị trong vòng vài giờ.

## When to call your care team (not an emergency)

# Signs to call the care team about after a single shot. No variables.
# .item-3: a leak of spinal fluid. .item-4: itching or nausea. .item-5: dizziness or feeling faint.
when-to-call-single =
    .p-1 = Hãy gọi cho { -care-team } chăm sóc quý vị nếu quý vị có:
    .item-1 = sốt hoặc ớn lạnh
    .item-2 = đỏ, nóng, sưng, có mủ hoặc chảy dịch ở chỗ kim đã đâm vào
    .item-3 = đau đầu nhiều, nặng hơn khi ngồi hoặc đứng, và đỡ hơn khi nằm xuống. Có thể dịch tủy sống đang bị rò ra.
    .item-4 = ngứa hoặc buồn nôn (cảm giác nôn nao, khó chịu trong bụng)
    .item-5 = chóng mặt, hoặc cảm thấy như sắp ngất

# Signs to call the care team about with a tube. No variables.
# .item-3: a leak of spinal fluid. .item-4: itching or nausea. .item-5: dizziness or feeling faint.
when-to-call-catheter =
    .p-1 = Hãy gọi cho { -care-team } chăm sóc quý vị nếu quý vị có:
    .item-1 = sốt hoặc ớn lạnh
    .item-2 = đỏ, nóng, sưng, có mủ hoặc chảy dịch ở chỗ { -tube } đi vào da
    .item-3 = đau đầu nhiều, nặng hơn khi ngồi hoặc đứng, và đỡ hơn khi nằm xuống. Có thể dịch tủy sống đang bị rò ra.
    .item-4 = ngứa hoặc buồn nôn (cảm giác nôn nao, khó chịu trong bụng)
    .item-5 = chóng mặt, hoặc cảm thấy như sắp ngất
    .item-6 = { -tube } bị tuột ra hoặc bị rò rỉ

# Signs to call the care team about for 77003 (no medicine, so no itching or nausea). No variables.
# .item-3: a leak of spinal fluid. .item-4: dizziness or feeling faint (it can happen with any spine injection).
when-to-call-guidance =
    .p-1 = Hãy gọi cho { -care-team } chăm sóc quý vị nếu quý vị có:
    .item-1 = sốt hoặc ớn lạnh
    .item-2 = đỏ, nóng, sưng, có mủ hoặc chảy dịch ở chỗ kim đã đâm vào
    .item-3 = đau đầu nhiều, nặng hơn khi ngồi hoặc đứng, và đỡ hơn khi nằm xuống. Có thể dịch tủy sống đang bị rò ra.
    .item-4 = chóng mặt, hoặc cảm thấy như sắp ngất

## What the code on your bill means

# Billing of a single shot.
# $code (String) - the code number, such as 62320.
# $imaging (String) - "yes": the imaging is part of the code, so 77003 is not billed again;
# "no": 77003 is not billed with it either.
# Vietnamese: active "Mã này đã bao gồm …" and "(…)" instead of an appositive between commas (panel fix 4).
billing-single =
    .p-1 = Mã { $code } dùng cho một mũi tiêm. Kim hoặc { -tube } được rút ra ngay trong ngày.
    .p-2 = { $imaging ->
        [yes] Mã này đã bao gồm phần hình ảnh dẫn đường, nên phần này không bị tính phí riêng theo mã 77003.
       *[no] Mã 77003 (dẫn đường bằng { -live-x-ray }) không được tính phí chung với mã này.
    }

# Billing of a tube: once for the whole series of doses, even over several days.
# $code (String) - the code number, such as 62324.
# $imaging (String) - "yes": the imaging is part of the code, so 77003 is not billed again;
# "no": 77003 is not billed with it either.
billing-catheter =
    .p-1 = Mã { $code } chỉ được tính phí một lần cho toàn bộ các liều thuốc đưa qua { -tube }, kể cả khi { -tube } được để lại trong vài ngày.
    .p-2 = { $imaging ->
        [yes] Mã này đã bao gồm phần hình ảnh dẫn đường, nên phần này không bị tính phí riêng theo mã 77003.
       *[no] Mã 77003 (dẫn đường bằng { -live-x-ray }) không được tính phí chung với mã này.
    }

# Billing of 77003: never with 62320-62327 (some already include imaging; the others are used when no imaging
# is done). No variables.
billing-guidance =
    .p-1 = Mã 77003 chỉ dành cho việc dẫn đường bằng { -live-x-ray }.
    .p-2 = Mã này không được tính phí chung với các mã từ 62320 đến 62327. Một số mã trong nhóm đó đã bao gồm phần hình ảnh dẫn đường. Các mã còn lại chỉ được dùng khi không có hình ảnh dẫn đường.

## Questions to ask your care team

# Questions for a single shot. No variables.
questions-single =
    .item-1 = Vì sao cách này phù hợp với tôi? Tôi còn có những lựa chọn nào khác?
    .item-2 = Tôi sẽ được dùng thuốc gì?
    .item-3 = Trước khi làm thủ thuật, tôi có cần ngưng thuốc nào đang dùng không, ví dụ như thuốc chống đông máu?
    .item-4 = Nếu thấy có gì không ổn, tôi nên gọi cho ai, dù là ban ngày hay ban đêm?

# Questions for a tube. No variables. .item-5: the code should be billed once for the whole series.
questions-catheter =
    .item-1 = Vì sao cách này phù hợp với tôi? Tôi còn có những lựa chọn nào khác?
    .item-2 = Thuốc nào sẽ được đưa qua { -tube }, và trong bao lâu?
    .item-3 = Trước khi làm thủ thuật, tôi có cần ngưng thuốc nào đang dùng không, ví dụ như thuốc chống đông máu?
    .item-4 = Nếu thấy có gì không ổn, tôi nên gọi cho ai, dù là ban ngày hay ban đêm?
    .item-5 = Khoản này sẽ được ghi trên hóa đơn của tôi một lần, hay một lần cho mỗi liều? (Đúng ra chỉ ghi một lần cho toàn bộ các liều.)

# Questions for 77003. No variables.
questions-guidance =
    .item-1 = Vì sao tôi cần dùng { -live-x-ray } để dẫn đường cho kim hoặc { -tube }?
    .item-2 = Trước khi làm thủ thuật, tôi có cần ngưng thuốc nào đang dùng không, ví dụ như thuốc chống đông máu?
    .item-3 = Nếu thấy có gì không ổn, tôi nên gọi cho ai, dù là ban ngày hay ban đêm?
