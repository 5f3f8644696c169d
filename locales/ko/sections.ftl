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
### Korean: polite 해요 style throughout. The reader is not named ("you" is left out), as is usual in Korean.
### $code is followed by the word 코드 ("{ $code } 코드는"), so no particle depends on how the number is read.

## Headings

section-what-happens = 시술 과정
section-medicines = 약
section-how-given = 약을 넣는 방법
section-imaging = 바늘 위치를 잡아 주는 영상
section-billing = 청구서에 적힌 코드의 뜻
section-when-to-call = 도움을 받아야 할 때
section-questions = { -care-team }에게 물어볼 것

## What happens

what-happens-single =
    .p-1 = 의사가 척수 가까이에 있는 공간에 약을 한 번 주사해요.
    .p-2 = 그 공간은 { -epidural-space }일 수 있어요. 척수를 감싸는 주머니의 바로 바깥쪽이에요. 또는 { -fluid-space }일 수도 있어요. 이곳은 그 주머니의 안쪽이에요.
    .item-1 = { -care-team(case: "subject") } 시술 준비를 도와줘요.
    .item-2 = 의사가 { -numbing-medicine(case: "instrument") } 피부를 마취해요.
    .item-3 = 의사가 바늘을 넣어요. 가늘고 부드러운 { -tube(case: "object") } 함께 쓸 때도 있어요.
    .item-4 = { $imaging ->
        [yes] 의사가 { -live-x-ray(case: "or") } { -ct-scan } 영상을 보며, 바늘이나 { -tube(case: "genitive") } 끝이 알맞은 자리에 있는지 확인해요.
       *[no] 의사가 바늘이나 { -tube(case: "genitive") } 끝이 알맞은 자리에 있는지 확인해요.
    }
    .item-5 = 약을 넣어요.
    .item-6 = 바늘이나 { -tube(case: "topic") } 같은 날 빼요.
    .item-7 = { -care-team(case: "subject") } 한동안 지켜보며 약에 몸이 어떻게 반응하는지 살펴요.

what-happens-catheter =
    .p-1 = 의사가 척수 가까이에 있는 공간에 가늘고 부드러운 { -tube(case: "object") } 넣어요. 이 { -tube(case: "object") } 의학 용어로 { -catheter(case: "quote") } 해요.
    .p-2 = 그 공간은 { -epidural-space }일 수 있어요. 척수를 감싸는 주머니의 바로 바깥쪽이에요. 또는 { -fluid-space }일 수도 있어요. 이곳은 그 주머니의 안쪽이에요.
    .item-1 = { -care-team(case: "subject") } 시술 준비를 도와줘요.
    .item-2 = 의사가 { -numbing-medicine(case: "instrument") } 피부를 마취해요.
    .item-3 = 의사가 먼저 바늘을 넣고, 그다음에 { -tube(case: "object") } 넣어요.
    .item-4 = { $imaging ->
        [yes] 의사가 { -live-x-ray(case: "or") } { -ct-scan } 영상을 보며, { -tube(case: "subject") } 알맞은 자리에 있는지 확인해요.
       *[no] 의사가 { -tube(case: "subject") } 알맞은 자리에 있는지 확인해요.
    }
    .item-5 = { -tube(case: "object") } 통해 약을 넣어요.
    .item-6 = { -tube(case: "subject") } 빠지지 않도록 테이프로 붙이거나 고정해 둬요.
    .item-7 = { -care-team(case: "subject") } 한동안 지켜보며 약에 몸이 어떻게 반응하는지 살펴요.

what-happens-guidance =
    .p-1 = { -live-x-ray(case: "topic") } 움직이는 영상을 화면에 보여 줘요. 의학 용어로는 { -fluoroscopy(case: "quote") } 해요.
    .item-1 = 의사가 시술하는 동안 엑스레이 기계가 척추를 화면에 보여 줘요.
    .item-2 = 의사는 화면을 보면서 바늘이나 { -tube(case: "object") } 움직여요.
    .item-3 = 영상을 보면 바늘이나 { -tube(case: "genitive") } 끝이 어디에 있는지 알 수 있어요.
    .item-4 = 이 영상은 의사가 그 끝을 주사하기 알맞은 자리에 놓는 데 도움이 돼요.

## The medicine

# Korean: the medical words 국소 마취제 (local anesthetic) and 오피오이드 (opioid) are given here once, in brackets.
medicines =
    .p-1 = 이 약은 통증의 원인을 찾는 데 도움이 되거나, 통증을 치료할 수 있어요. 신경을 파괴하는 약에는 이 코드를 절대 쓰지 않아요.
    .p-2 = 다음 약 중 한 가지나 여러 가지를 쓸 수 있어요.
    .item-1 = { -numbing-medicine }(국소 마취제)
    .item-2 = 근육 경련을 풀어 주는 근육 이완제
    .item-3 = 통증을 줄이는 강한 약인 { -opioid }({ -opioid(case: "medical") })
    .item-4 = 염증과 부기를 가라앉히는 약인 { -steroid }
    .item-5 = 그 밖의 다른 액체 약

medicines-guidance =
    .p-1 = 이 코드에는 어떤 약도 포함되지 않아요. { -live-x-ray }만을 위한 코드예요.
    .p-2 = 약을 넣는 주사에는 따로 코드가 있어요.

## How the medicine is given

how-given-single =
    .p-1 = 약은 주사 한 번으로, 한꺼번에 모두 들어가요.
    .p-2 = 그다음 바늘이나 { -tube(case: "object") } 빼요. 몸 안에 남겨 두는 것은 없어요.

# Korean: bolus is 볼루스 (the word Korean hospitals use), explained as "the amount given at one time".
how-given-catheter =
    .p-1 = 처음 약을 넣은 뒤에도 { -tube(case: "topic") } 빼지 않고 그대로 둬요. 이 상태가 몇 시간이나 며칠 동안 이어질 수 있어요.
    .p-2 = 한 번에 주는 약을 의학 용어로 볼루스라고 해요. 볼루스가 늘 많은 양인 것은 아니에요.
    .p-3 = 약은 다음 두 가지 방법 중 하나로 { -tube(case: "object") } 통해 들어가요.
    .item-1 = 일정하게 계속 흘려 넣기. 작은 펌프를 쓸 때가 많아요.
    .item-2 = 때때로 한 번씩 따로 넣기

how-given-guidance =
    .p-1 = { -live-x-ray(case: "topic") } 바늘이나 { -tube(case: "subject") } 들어가는 동안 써요. 엑스레이 자체는 약을 주지 않아요.

## Pictures to guide the needle

imaging-single =
    .p-1 = { $imaging ->
        [yes] { -live-x-ray(case: "or") } { -ct-scan(case: "subject") } 바늘 위치를 잡아 줘요. 이 기계들은 몸속을 영상으로 보여 줘요.
       *[no] 바늘 위치를 잡을 때 엑스레이나 { -ct-scan(case: "object") } 쓰지 않아요.
    }
    .p-2 = { $imaging ->
        [yes] 의사는 영상을 보며 바늘의 방향을 잡고, 바늘 끝이 어디에 있는지 확인해요.
       *[no] 엑스레이나 { -ct-scan } 영상으로 위치를 잡았다면, 다른 코드를 써요.
    }

imaging-catheter =
    .p-1 = { $imaging ->
        [yes] { -live-x-ray(case: "or") } { -ct-scan(case: "subject") } 바늘과 { -tube(case: "genitive") } 위치를 잡아 줘요. 이 기계들은 몸속을 영상으로 보여 줘요.
       *[no] 바늘이나 { -tube(case: "genitive") } 위치를 잡을 때 엑스레이나 { -ct-scan(case: "object") } 쓰지 않아요.
    }
    .p-2 = { $imaging ->
        [yes] 의사는 영상을 보며 { -tube(case: "genitive") } 방향을 잡고, 그 끝이 어디에 있는지 확인해요.
       *[no] 엑스레이나 { -ct-scan } 영상으로 위치를 잡았다면, 다른 코드를 써요.
    }

imaging-guidance =
    .p-1 = 이 코드가 바로 영상 촬영에 대한 코드예요. { -live-x-ray(case: "topic") } 척추의 어느 부분에 놓는 주사에든 쓸 수 있어요.
    .p-2 = 의사가 바늘이나 { -tube(case: "genitive") } 방향을 잡고, 그 끝이 어디에 있는지 보는 데 도움이 돼요.

## What the code on your bill means

billing-single =
    .p-1 = { $code } 코드는 주사 한 번을 뜻해요. 바늘이나 { -tube(case: "topic") } 같은 날 빼요.
    .p-2 = { $imaging ->
        [yes] 영상 촬영은 이 코드에 포함되어 있어요. 그래서 77003 코드로 다시 청구하지 않아요.
       *[no] { -live-x-ray(case: "instrument") } 위치를 잡는 일에 쓰는 77003 코드는 이 코드와 함께 청구하지 않아요.
    }

billing-catheter =
    .p-1 = { $code } 코드는 { -tube(case: "object") } 통해 들어가는 약 전체를 묶어서 한 번만 청구해요. { -tube(case: "subject") } 며칠 동안 몸에 있어도 마찬가지예요.
    .p-2 = { $imaging ->
        [yes] 영상 촬영은 이 코드에 포함되어 있어요. 그래서 77003 코드로 다시 청구하지 않아요.
       *[no] { -live-x-ray(case: "instrument") } 위치를 잡는 일에 쓰는 77003 코드는 이 코드와 함께 청구하지 않아요.
    }

billing-guidance =
    .p-1 = 77003 코드는 { -live-x-ray(case: "instrument") } 위치를 잡는 일에만 해당해요.
    .p-2 = 이 코드는 62320부터 62327까지의 코드와 함께 청구하지 않아요. 그중 일부 코드에는 영상 촬영이 이미 포함되어 있어요. 나머지는 영상 촬영 없이 하는 주사에 쓰는 코드예요.

## When to get help

# Korean: "get emergency help" is 바로 응급실에 가거나 구급차를 부르세요 (go to the emergency room or call
# an ambulance), the plain Korean way to say it; no phone number is named.
# "back" is 등이나 허리 (in Korean these are two parts of the back).
# "numbness" is 감각이 둔해지다 (feeling dulled), not 감각이 없어지다 (feeling gone), so that partial
# numbness is also a reason to get help; 새로 ("new") covers both numbness and weakness.
when-to-call-single =
    .p-1 = 등이나 허리, 목에 통증이 새로 생기거나 심하게 아플 때, 팔이나 다리의 감각이 둔해지거나 힘이 빠지는 증상이 새로 생겼을 때, 또는 소변이나 대변을 마음대로 조절할 수 없을 때는 바로 응급실에 가거나 구급차를 부르세요. 드물지만 출혈이나 감염이 척수를 누르고 있을 수 있어요. 이때는 몇 시간 안에 치료를 받아야 해요.
    .p-2 = 숨이 느리거나 얕을 때, 또는 너무 졸려서 깨우기 힘들 때도 바로 응급실에 가거나 구급차를 부르세요. { -opioid(case: "object") } 쓸 때 이런 일이 생길 수 있어요.
    .p-3 = 다음과 같은 때에는 { -care-team }에게 연락하세요.
    .item-1 = 열이 나거나 오한이 들 때
    .item-2 = 바늘이 들어갔던 자리가 붉어지거나, 뜨거워지거나, 붓거나, 고름이나 진물이 나올 때
    .item-3 = 앉거나 서면 더 심해지고 누우면 나아지는 심한 두통이 있을 때. 척수액이 새고 있을 수 있어요.
    .item-4 = 가렵거나, 속이 메스껍거나, 어지럽거나 쓰러질 것 같을 때

when-to-call-catheter =
    .p-1 = 등이나 허리, 목에 통증이 새로 생기거나 심하게 아플 때, 팔이나 다리의 감각이 둔해지거나 힘이 빠지는 증상이 새로 생겼을 때, 또는 소변이나 대변을 마음대로 조절할 수 없을 때는 바로 응급실에 가거나 구급차를 부르세요. 드물지만 출혈이나 감염이 척수를 누르고 있을 수 있어요. 이때는 몇 시간 안에 치료를 받아야 해요.
    .p-2 = 숨이 느리거나 얕을 때, 또는 너무 졸려서 깨우기 힘들 때도 바로 응급실에 가거나 구급차를 부르세요. { -opioid(case: "object") } 쓸 때 이런 일이 생길 수 있어요.
    .p-3 = 다음과 같은 때에는 { -care-team }에게 연락하세요.
    .item-1 = 열이 나거나 오한이 들 때
    .item-2 = { -tube(case: "subject") } 들어가 있는 자리가 붉어지거나, 뜨거워지거나, 붓거나, 고름이나 진물이 나올 때
    .item-3 = 앉거나 서면 더 심해지고 누우면 나아지는 심한 두통이 있을 때. 척수액이 새고 있을 수 있어요.
    .item-4 = 가렵거나, 속이 메스껍거나, 어지럽거나 쓰러질 것 같을 때
    .item-5 = { -tube(case: "subject") } 빠지거나 샐 때

when-to-call-guidance =
    .p-1 = 등이나 허리, 목에 통증이 새로 생기거나 심하게 아플 때, 팔이나 다리의 감각이 둔해지거나 힘이 빠지는 증상이 새로 생겼을 때, 또는 소변이나 대변을 마음대로 조절할 수 없을 때는 바로 응급실에 가거나 구급차를 부르세요. 드물지만 출혈이나 감염이 척수를 누르고 있을 수 있어요. 이때는 몇 시간 안에 치료를 받아야 해요.
    .p-2 = 다음과 같은 때에는 { -care-team }에게 연락하세요.
    .item-1 = 열이 나거나 오한이 들 때
    .item-2 = 바늘이 들어갔던 자리가 붉어지거나, 뜨거워지거나, 붓거나, 고름이나 진물이 나올 때
    .item-3 = 앉거나 서면 더 심해지고 누우면 나아지는 심한 두통이 있을 때. 척수액이 새고 있을 수 있어요.

## Questions to ask your care team

# Korean: "blood thinners" is 피를 묽게 하는 약, the lay phrase.
questions-single =
    .item-1 = 왜 이 방법이 저에게 맞는 선택인가요? 다른 방법에는 무엇이 있나요?
    .item-2 = 어떤 약을 맞게 되나요?
    .item-3 = 지금 쓰는 약 가운데 미리 끊어야 하는 약이 있나요? 예를 들어 피를 묽게 하는 약 같은 것이요.
    .item-4 = 밤이든 낮이든 몸이 이상하다고 느껴지면 누구에게 연락해야 하나요?

questions-catheter =
    .item-1 = 왜 이 방법이 저에게 맞는 선택인가요? 다른 방법에는 무엇이 있나요?
    .item-2 = { -tube(case: "object") } 통해 어떤 약이, 얼마 동안 들어가나요?
    .item-3 = 지금 쓰는 약 가운데 미리 끊어야 하는 약이 있나요? 예를 들어 피를 묽게 하는 약 같은 것이요.
    .item-4 = 밤이든 낮이든 몸이 이상하다고 느껴지면 누구에게 연락해야 하나요?
    .item-5 = 이 시술은 청구서에 한 번만 나오나요, 아니면 약을 한 번 넣을 때마다 나오나요? (전체를 묶어서 한 번만 나와야 해요.)

questions-guidance =
    .item-1 = 제 주사에 왜 { -live-x-ray(case: "subject") } 필요한가요?
    .item-2 = 지금 쓰는 약 가운데 미리 끊어야 하는 약이 있나요? 예를 들어 피를 묽게 하는 약 같은 것이요.
    .item-3 = 밤이든 낮이든 몸이 이상하다고 느껴지면 누구에게 연락해야 하나요?
