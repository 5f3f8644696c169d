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
###
### Vietnamese: "the sac that holds your spinal cord" is "túi màng bọc tủy sống";
### "the tip" is "phần đầu" (of the needle or tube); "get emergency help" is
### "đi cấp cứu hoặc gọi cấp cứu" (no phone number); "billed" is "tính phí", "billed again" is
### "tính phí thêm lần nữa" and "includes" is "bao gồm", here and in related.ftl;
### "steer" is "đưa ... đi đúng hướng"; "the whole series" is "toàn bộ các liều".

## Headings

section-what-happens = Những gì sẽ diễn ra
section-medicines = Thuốc
section-how-given = Cách đưa thuốc vào
section-imaging = Hình ảnh dẫn đường cho kim
section-billing = Ý nghĩa của mã trên hóa đơn
section-when-to-call = Khi nào cần tìm trợ giúp
section-questions = Những câu nên hỏi { -care-team } chăm sóc bạn

## What happens

# Vietnamese: .item-4 says "the tip of the needle or tube", because .item-3 says a tube is sometimes used too.
what-happens-single =
    .p-1 = Bác sĩ tiêm cho bạn một mũi thuốc vào một khoang gần tủy sống của bạn.
    .p-2 = Đó có thể là { -epidural-space }. Khoang này nằm ngay bên ngoài túi màng bọc tủy sống của bạn. Hoặc đó có thể là { -fluid-space }. Khoang này nằm bên trong túi màng đó.
    .item-1 = { -care-team(cap: "yes") } chuẩn bị cho bạn.
    .item-2 = Bác sĩ dùng { -numbing-medicine } để làm tê vùng da của bạn.
    .item-3 = Bác sĩ đưa kim vào. Đôi khi bác sĩ dùng thêm một { -tube } nhỏ, mềm.
    .item-4 = { $imaging ->
        [yes] Bác sĩ dùng hình ảnh { -live-x-ray } hoặc { -ct-scan(form: "short") } để kiểm tra xem phần đầu của kim hoặc { -tube } đã nằm đúng chỗ chưa.
       *[no] Bác sĩ kiểm tra xem phần đầu của kim hoặc { -tube } đã nằm đúng chỗ chưa.
    }
    .item-5 = Thuốc được tiêm vào.
    .item-6 = Kim hoặc { -tube } được rút ra ngay trong ngày.
    .item-7 = { -care-team(cap: "yes") } theo dõi bạn một lúc để xem cơ thể bạn phản ứng với thuốc ra sao.

what-happens-catheter =
    .p-1 = Bác sĩ đặt một { -tube } nhỏ, mềm vào một khoang gần tủy sống của bạn. Trong y khoa, { -tube } này còn được gọi là { -catheter }.
    .p-2 = Đó có thể là { -epidural-space }. Khoang này nằm ngay bên ngoài túi màng bọc tủy sống của bạn. Hoặc đó có thể là { -fluid-space }. Khoang này nằm bên trong túi màng đó.
    .item-1 = { -care-team(cap: "yes") } chuẩn bị cho bạn.
    .item-2 = Bác sĩ dùng { -numbing-medicine } để làm tê vùng da của bạn.
    .item-3 = Bác sĩ đưa kim vào, rồi luồn { -tube } vào.
    .item-4 = { $imaging ->
        [yes] Bác sĩ dùng hình ảnh { -live-x-ray } hoặc { -ct-scan(form: "short") } để kiểm tra xem { -tube } đã nằm đúng chỗ chưa.
       *[no] Bác sĩ kiểm tra xem { -tube } đã nằm đúng chỗ chưa.
    }
    .item-5 = Thuốc được đưa vào qua { -tube }.
    .item-6 = { -tube(cap: "yes") } được dán băng keo hoặc cố định lại để nằm yên tại chỗ.
    .item-7 = { -care-team(cap: "yes") } theo dõi bạn một lúc để xem cơ thể bạn phản ứng với thuốc ra sao.

what-happens-guidance =
    .p-1 = { -live-x-ray } cho thấy hình ảnh chuyển động trên màn hình. Trong y khoa, cách này được gọi là { -fluoroscopy }.
    .item-1 = Máy X-quang cho thấy cột sống của bạn trên màn hình trong lúc bác sĩ làm thủ thuật.
    .item-2 = Bác sĩ nhìn màn hình trong khi di chuyển kim hoặc { -tube }.
    .item-3 = Hình ảnh cho thấy phần đầu của kim hoặc { -tube } đang nằm ở đâu.
    .item-4 = Điều này giúp bác sĩ đặt phần đầu đó vào đúng chỗ để tiêm.

## The medicine

medicines =
    .p-1 = Thuốc có thể giúp tìm ra nguyên nhân gây đau, hoặc có thể dùng để chữa đau. Mã này không bao giờ được dùng cho thuốc phá hủy dây thần kinh.
    .p-2 = Thuốc có thể là một hoặc nhiều loại sau:
    .item-1 = { -numbing-medicine } (thuốc gây tê tại chỗ)
    .item-2 = thuốc giãn cơ, giúp giảm co thắt cơ
    .item-3 = thuốc giảm đau mạnh (gọi là { -opioid })
    .item-4 = { -steroid }, một loại thuốc giúp giảm sưng viêm
    .item-5 = một loại thuốc dạng lỏng khác

medicines-guidance =
    .p-1 = Mã này không bao gồm bất kỳ loại thuốc nào. Mã này chỉ dành cho { -live-x-ray }.
    .p-2 = Mũi tiêm đưa thuốc vào có mã riêng.

## How the medicine is given

how-given-single =
    .p-1 = Bạn được tiêm toàn bộ thuốc trong một mũi, cùng một lúc.
    .p-2 = Sau đó, kim hoặc { -tube } được rút ra. Không còn gì nằm lại trong lưng bạn.

# Vietnamese: "bô-lút" is the Vietnamese spelling of "bolus", so the reader can match what staff say.
# "Given at one time" is "đưa vào hết trong một lần" (all in one go), not "cùng một lúc",
# which can read as "at the same time as something else".
# The next sentence keeps the nuance: a bolus is not always a large dose.
how-given-catheter =
    .p-1 = { -tube(cap: "yes") } vẫn được để lại sau liều thuốc đầu tiên. Việc này có thể kéo dài nhiều giờ hoặc nhiều ngày.
    .p-2 = Liều thuốc đưa vào hết trong một lần được gọi là liều bô-lút. Liều bô-lút không phải lúc nào cũng là liều lớn.
    .p-3 = Thuốc được đưa qua { -tube } theo một trong hai cách:
    .item-1 = thành một dòng chảy đều, thường nhờ một máy bơm nhỏ
    .item-2 = thành từng liều riêng, cách quãng

how-given-guidance =
    .p-1 = { -live-x-ray } được dùng trong lúc đưa kim hoặc { -tube } vào. { -live-x-ray } không đưa thuốc nào vào cơ thể bạn.

## Pictures to guide the needle

imaging-single =
    .p-1 = { $imaging ->
        [yes] { -live-x-ray } hoặc { -ct-scan } dẫn đường cho kim. Máy X-quang và máy { -ct-scan(form: "short") } cho thấy hình ảnh bên trong cơ thể bạn.
       *[no] Bác sĩ không dùng X-quang hay { -ct-scan } để dẫn đường cho kim.
    }
    .p-2 = { $imaging ->
        [yes] Bác sĩ dùng các hình ảnh này để đưa kim đi đúng hướng và xem phần đầu của kim đang nằm ở đâu.
       *[no] Nếu có dùng hình ảnh X-quang hoặc { -ct-scan(form: "short") } để dẫn đường, thì một mã khác sẽ được dùng.
    }

imaging-catheter =
    .p-1 = { $imaging ->
        [yes] { -live-x-ray } hoặc { -ct-scan } dẫn đường cho kim và { -tube }. Máy X-quang và máy { -ct-scan(form: "short") } cho thấy hình ảnh bên trong cơ thể bạn.
       *[no] Bác sĩ không dùng X-quang hay { -ct-scan } để dẫn đường cho kim hoặc { -tube }.
    }
    .p-2 = { $imaging ->
        [yes] Bác sĩ dùng các hình ảnh này để đưa { -tube } đi đúng hướng và xem phần đầu của { -tube } đang nằm ở đâu.
       *[no] Nếu có dùng hình ảnh X-quang hoặc { -ct-scan(form: "short") } để dẫn đường, thì một mã khác sẽ được dùng.
    }

imaging-guidance =
    .p-1 = Chính mã này là phần hình ảnh dẫn đường. { -live-x-ray } có thể được dùng cho mũi tiêm ở bất kỳ phần nào của cột sống.
    .p-2 = Cách này giúp bác sĩ đưa kim hoặc { -tube } đi đúng hướng, và xem phần đầu của chúng đang nằm ở đâu.

## What the code on your bill means

billing-single =
    .p-1 = Mã { $code } dùng cho một mũi tiêm. Kim hoặc { -tube } được rút ra ngay trong ngày.
    .p-2 = { $imaging ->
        [yes] Phần hình ảnh dẫn đường đã được bao gồm trong mã này. Vì vậy, phần này không bị tính phí thêm lần nữa theo mã 77003.
       *[no] Mã 77003, dành cho việc dẫn đường bằng { -live-x-ray }, không được tính phí chung với mã này.
    }

billing-catheter =
    .p-1 = Mã { $code } chỉ được tính phí một lần cho toàn bộ các liều thuốc đưa qua { -tube }. Điều này vẫn đúng ngay cả khi { -tube } được để lại trong vài ngày.
    .p-2 = { $imaging ->
        [yes] Phần hình ảnh dẫn đường đã được bao gồm trong mã này. Vì vậy, phần này không bị tính phí thêm lần nữa theo mã 77003.
       *[no] Mã 77003, dành cho việc dẫn đường bằng { -live-x-ray }, không được tính phí chung với mã này.
    }

billing-guidance =
    .p-1 = Mã 77003 chỉ dành cho việc dẫn đường bằng { -live-x-ray }.
    .p-2 = Mã này không được tính phí chung với các mã từ 62320 đến 62327. Một số mã trong nhóm đó đã bao gồm phần hình ảnh dẫn đường. Các mã còn lại dùng cho những mũi tiêm không có hình ảnh dẫn đường.

## When to get help

# Vietnamese: "an upset stomach" is "buồn nôn" (nausea), the sign the reference lists.
# "A rare bleed or infection" is "một khối máu tụ hoặc một ổ nhiễm trùng" (a collection of blood
# or of infection), since it is the collection, not the bleeding itself, that presses on the cord.
when-to-call-single =
    .p-1 = Hãy đi cấp cứu hoặc gọi cấp cứu ngay nếu bạn bị đau lưng hoặc đau cổ mới xuất hiện hay đau dữ dội, mới bị tê hoặc yếu ở tay hoặc chân, hoặc không kiểm soát được việc đi tiểu hay đi đại tiện. Đó có thể là do một khối máu tụ hoặc một ổ nhiễm trùng đang đè lên tủy sống. Điều này hiếm gặp, nhưng cần được chữa trị trong vòng vài giờ.
    .p-2 = Bạn cũng cần đi cấp cứu hoặc gọi cấp cứu ngay nếu bạn thở chậm hoặc thở nông, hoặc nếu bạn rất buồn ngủ và khó gọi dậy. Điều này có thể xảy ra khi dùng { -opioid } để giảm đau.
    .p-3 = Hãy gọi cho { -care-team } chăm sóc bạn nếu bạn có:
    .item-1 = sốt hoặc ớn lạnh
    .item-2 = đỏ, nóng, sưng, có mủ hoặc chảy dịch ở chỗ kim đã đâm vào
    .item-3 = đau đầu nhiều, nặng hơn khi ngồi hoặc đứng, và đỡ hơn khi nằm xuống. Có thể dịch tủy sống đang bị rò ra.
    .item-4 = ngứa, buồn nôn, hoặc cảm thấy chóng mặt hay sắp ngất

when-to-call-catheter =
    .p-1 = Hãy đi cấp cứu hoặc gọi cấp cứu ngay nếu bạn bị đau lưng hoặc đau cổ mới xuất hiện hay đau dữ dội, mới bị tê hoặc yếu ở tay hoặc chân, hoặc không kiểm soát được việc đi tiểu hay đi đại tiện. Đó có thể là do một khối máu tụ hoặc một ổ nhiễm trùng đang đè lên tủy sống. Điều này hiếm gặp, nhưng cần được chữa trị trong vòng vài giờ.
    .p-2 = Bạn cũng cần đi cấp cứu hoặc gọi cấp cứu ngay nếu bạn thở chậm hoặc thở nông, hoặc nếu bạn rất buồn ngủ và khó gọi dậy. Điều này có thể xảy ra khi dùng { -opioid } để giảm đau.
    .p-3 = Hãy gọi cho { -care-team } chăm sóc bạn nếu bạn có:
    .item-1 = sốt hoặc ớn lạnh
    .item-2 = đỏ, nóng, sưng, có mủ hoặc chảy dịch ở chỗ { -tube } đi vào da
    .item-3 = đau đầu nhiều, nặng hơn khi ngồi hoặc đứng, và đỡ hơn khi nằm xuống. Có thể dịch tủy sống đang bị rò ra.
    .item-4 = ngứa, buồn nôn, hoặc cảm thấy chóng mặt hay sắp ngất
    .item-5 = { -tube } bị tuột ra hoặc bị rò rỉ

when-to-call-guidance =
    .p-1 = Hãy đi cấp cứu hoặc gọi cấp cứu ngay nếu bạn bị đau lưng hoặc đau cổ mới xuất hiện hay đau dữ dội, mới bị tê hoặc yếu ở tay hoặc chân, hoặc không kiểm soát được việc đi tiểu hay đi đại tiện. Đó có thể là do một khối máu tụ hoặc một ổ nhiễm trùng đang đè lên tủy sống. Điều này hiếm gặp, nhưng cần được chữa trị trong vòng vài giờ.
    .p-2 = Hãy gọi cho { -care-team } chăm sóc bạn nếu bạn có:
    .item-1 = sốt hoặc ớn lạnh
    .item-2 = đỏ, nóng, sưng, có mủ hoặc chảy dịch ở chỗ kim đã đâm vào
    .item-3 = đau đầu nhiều, nặng hơn khi ngồi hoặc đứng, và đỡ hơn khi nằm xuống. Có thể dịch tủy sống đang bị rò ra.

## Questions to ask your care team

questions-single =
    .item-1 = Vì sao cách này phù hợp với tôi? Tôi còn có những lựa chọn nào khác?
    .item-2 = Tôi sẽ được dùng thuốc gì?
    .item-3 = Trước khi làm thủ thuật, tôi có cần ngưng thuốc nào đang dùng không, ví dụ như thuốc chống đông máu?
    .item-4 = Nếu thấy có gì không ổn, tôi nên gọi cho ai, dù là ban ngày hay ban đêm?

questions-catheter =
    .item-1 = Vì sao cách này phù hợp với tôi? Tôi còn có những lựa chọn nào khác?
    .item-2 = Thuốc nào sẽ được đưa qua { -tube }, và trong bao lâu?
    .item-3 = Trước khi làm thủ thuật, tôi có cần ngưng thuốc nào đang dùng không, ví dụ như thuốc chống đông máu?
    .item-4 = Nếu thấy có gì không ổn, tôi nên gọi cho ai, dù là ban ngày hay ban đêm?
    .item-5 = Khoản này sẽ được ghi trên hóa đơn của tôi một lần, hay một lần cho mỗi liều? (Đúng ra chỉ ghi một lần cho toàn bộ các liều.)

questions-guidance =
    .item-1 = Vì sao mũi tiêm của tôi cần dùng { -live-x-ray }?
    .item-2 = Trước khi làm thủ thuật, tôi có cần ngưng thuốc nào đang dùng không, ví dụ như thuốc chống đông máu?
    .item-3 = Nếu thấy có gì không ổn, tôi nên gọi cho ai, dù là ban ngày hay ban đêm?
