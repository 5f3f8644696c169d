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
### Anatomy by region: in the neck and upper back the shot or tube is near the spinal cord (척수). In the lower
### back and tailbone area it is near the spinal nerves (척추 신경), not the cord: the cord usually ends higher
### up, and below it the sac holds only nerves floating in spinal fluid. The $region selectors keep this apart.
###
### Korean: statements in 합니다/습니다, instructions in -세요 (see the note at the top of terms.ftl).
### The reader is not named ("you" is left out), as is usual in Korean.
### $code is followed by the word 코드 ("{ $code } 코드는"), so no particle depends on how the number is read.
### List items that are signs end in ~ㄹ 때 ("when ..."), after a lead-in that ends in a full stop.

## Headings

# Heading of the part on common reasons for the shot, the tube or the live x-ray.
# Korean: 시술 ("procedure") covers the shot, the tube and the x-ray guidance alike.
section-why = 이 시술을 받는 이유
# Heading of the numbered steps.
section-what-happens = 시술 과정
# Heading of the part on the kinds of medicine.
section-medicines = 약
# Heading of the part on how the medicine goes in: one shot, or a steady flow or separate doses.
section-how-given = 약을 넣는 방법
# Heading of the part on imaging (live x-ray or CT pictures).
section-imaging = 바늘 위치를 잡아 주는 영상
# Heading of the signs that need emergency help.
# Korean: 응급 상황일 때 ("when it is an emergency"); the part itself says what to do.
section-emergency = 응급 상황일 때
# Heading of the signs to call the care team about (not an emergency).
section-when-to-call = { -care-team }에게 연락해야 할 때
# Heading of the part on what the code means on a bill.
section-billing = 청구서에 적힌 코드의 뜻
# Heading of the list of questions.
section-questions = { -care-team }에게 물어볼 것

## Why people get this

# Common reasons for a single shot (62320-62323). Examples only: no promise that it helps.
# $region (String) - "upper" (the pain spreads into an arm) or "lower" (into a leg).
# .item-1: pain from an irritated nerve root (medical word: radiculopathy); a disc is the soft cushion between
# two bones of the spine. Korean: "bulging or herniated (slipped)" is 디스크가 부풀거나 튀어나오면, the plain
# words Korean patients use (허리 디스크, 목 디스크); no medical name is added.
# .item-2: spinal stenosis (척추관 협착증). .item-3: a test shot (diagnostic injection).
why-single =
    .p-1 = 의사는 다음과 같은 이유로 이런 주사를 놓습니다.
    .item-1 = { $region ->
        [upper] 척추 근처의 신경이 자극을 받아 팔까지 뻗치는 통증. 디스크가 부풀거나 튀어나오면 이런 통증이 생길 수 있습니다. 디스크는 척추뼈와 척추뼈 사이에 있는 부드러운 쿠션입니다.
       *[lower] 척추 근처의 신경이 자극을 받아 다리까지 뻗치는 통증. 디스크가 부풀거나 튀어나오면 이런 통증이 생길 수 있습니다. 디스크는 척추뼈와 척추뼈 사이에 있는 부드러운 쿠션입니다.
    }
    .item-2 = 척추관 협착증. 척추 안에서 신경을 둘러싼 공간이 좁아진 상태입니다.
    .item-3 = 통증이 어디에서 오는지 알아내는 데 도움이 되는 검사
    .note-1 = 여기 적은 것은 예일 뿐입니다. 왜 이 방법이 맞는지 의사에게 물어보세요.

# Common reasons for a tube (62324-62327). Examples only: no promise that it helps.
# $region (String) - "upper" or "lower". The "upper" examples are the ones the code's source gives for a tube in
# the neck or upper back. They must not be used for the lower back: the "lower" variants say less on purpose.
# "upper" .item-2: spinal stenosis in the upper back (등), a narrowing around the spinal cord; numbing medicine
# and a muscle relaxer (antispasmodic) as separate doses. "upper" .item-3: an opioid into the spinal fluid.
why-catheter =
    .p-1 = { -tube(case: "subject") } 있으면, 약을 넣을 때마다 새로 주사하지 않고도 { -care-team(case: "subject") } 몇 시간이나 며칠 동안 약을 줄 수 있습니다.
    .p-2 = { $region ->
        [upper] { -upper-spine }에 { -tube(case: "object") } 넣는 이유에는 다음과 같은 것이 있습니다.
       *[lower] 이런 { -tube(case: "object") } 넣는 이유에는 다음과 같은 것이 있습니다.
    }
    .item-1 = { $region ->
        [upper] 오래가는 목 통증. 부기를 가라앉히는 약인 { -steroid(case: "object") } 며칠 동안 일정하게 계속 넣을 수 있습니다.
       *[lower] 주사 한 번으로는 부족하고, 몇 시간이나 며칠 동안 약이 필요한 오래가는 통증
    }
    .item-2 = { $region ->
        [upper] 등 부위의 척추관 협착증. 척수를 둘러싼 공간이 좁아진 상태입니다. { -tube(case: "instrument") } { -numbing-medicine(case: "and") } 근육 이완제를 한 번씩 따로 넣을 수 있습니다.
       *[lower] 척추관 협착증. 척추 안에서 신경을 둘러싼 공간이 좁아진 상태입니다.
    }
    .item-3 = { $region ->
        [upper] 가슴이나 등 수술 뒤의 통증. 통증을 줄이는 강한 약인 { -opioid(case: "object") } 척수액 속으로 일정하게 계속 넣을 수 있습니다.
       *[lower] 수술 뒤의 통증
    }
    .note-1 = 여기 적은 것은 예일 뿐입니다. 왜 이 방법이 맞는지 의사에게 물어보세요.

# Why a doctor uses a live x-ray to guide the needle or tube (77003). No variables.
why-guidance =
    .p-1 = 의사는 { -live-x-ray(case: "instrument") } 바늘이나 { -tube(case: "genitive") } 끝이 어디에 있는지 봅니다.
    .p-2 = 이렇게 하면 의사가 그 끝을 척추 근처의 알맞은 자리로 이끌 수 있습니다. 그러면 약이 필요한 곳에 들어갈 수 있습니다.

## What happens

# Steps for a single shot.
# $region (String) - "upper": near the spinal cord (척수); "lower": near the spinal nerves (척추 신경), below the
# end of the cord, and near the tailbone (꼬리뼈) through a small natural opening (the caudal route).
# $imaging (String) - "yes" or "no": whether live x-ray or CT pictures are used to check the tip.
# .p-2 gives the medical names once: epidural space, and subarachnoid (intrathecal) space.
what-happens-single =
    .p-1 = { $region ->
        [upper] 의사가 척수 가까이에 약을 한 번 주사합니다.
       *[lower] 의사가 { -lower-spine }에 있는 척추 신경 가까이에 약을 한 번 주사합니다. 척수는 보통 이보다 더 위에서 끝납니다. 꼬리뼈 근처에서는 몸에 원래 있는 작은 틈으로 바늘을 넣습니다.
    }
    .p-2 = { $region ->
        [upper] 약은 { -epidural-space }에 들어갈 수 있습니다. 이곳은 척수를 감싸는 주머니의 바로 바깥쪽입니다. 또는 그 주머니 안쪽인 { -fluid-space }에 들어갈 수도 있습니다. 이 공간을 의학 용어로는 { -fluid-space-medical(case: "quote") } 합니다.
       *[lower] 약은 { -epidural-space }에 들어갈 수 있습니다. 이곳은 척추 신경을 감싸는 주머니의 바로 바깥쪽입니다. 또는 그 주머니 안쪽인 { -fluid-space }에 들어갈 수도 있습니다. 이 공간을 의학 용어로는 { -fluid-space-medical(case: "quote") } 합니다.
    }
    .item-1 = { -care-team(case: "subject") } 시술 준비를 도와줍니다.
    .item-2 = 의사가 { -numbing-medicine(case: "instrument") } 피부를 마취합니다.
    .item-3 = 의사가 바늘을 넣습니다. 가늘고 부드러운 { -tube(case: "object") } 함께 쓸 때도 있습니다.
    .item-4 = { $imaging ->
        [yes] 의사가 { -live-x-ray(case: "or") } { -ct-scan } 영상을 보며, 바늘이나 { -tube(case: "genitive") } 끝이 알맞은 자리에 있는지 확인합니다.
       *[no] 의사가 바늘이나 { -tube(case: "genitive") } 끝이 알맞은 자리에 있는지 확인합니다.
    }
    .item-5 = 약을 넣습니다.
    .item-6 = 바늘이나 { -tube(case: "topic") } 같은 날 뺍니다.
    .item-7 = { -care-team(case: "subject") } 한동안 지켜보며 약에 몸이 어떻게 반응하는지 살핍니다.

# Steps for a tube that stays in.
# $region (String) - "upper": near the spinal cord (척수); "lower": near the spinal nerves (척추 신경), below the
# end of the cord, and near the tailbone (꼬리뼈) through a small natural opening (the caudal route).
# $imaging (String) - "yes" or "no": whether live x-ray or CT pictures are used to check the tube.
# .p-1 gives the medical word for the tube (카테터) once; .p-2 the medical names of the two spaces.
what-happens-catheter =
    .p-1 = { $region ->
        [upper] 의사가 척수 가까이에 가늘고 부드러운 { -tube(case: "object") } 넣습니다.
       *[lower] 의사가 { -lower-spine }에 있는 척추 신경 가까이에 가늘고 부드러운 { -tube(case: "object") } 넣습니다. 척수는 보통 이보다 더 위에서 끝납니다. 꼬리뼈 근처에서는 몸에 원래 있는 작은 틈으로 바늘을 넣습니다.
    } { -tube(case: "object") } 의학 용어로는 { -catheter(case: "quote") } 합니다.
    .p-2 = { $region ->
        [upper] { -tube(case: "topic") } { -epidural-space }에 넣을 수 있습니다. 이곳은 척수를 감싸는 주머니의 바로 바깥쪽입니다. 또는 그 주머니 안쪽인 { -fluid-space }에 넣을 수도 있습니다. 이 공간을 의학 용어로는 { -fluid-space-medical(case: "quote") } 합니다.
       *[lower] { -tube(case: "topic") } { -epidural-space }에 넣을 수 있습니다. 이곳은 척추 신경을 감싸는 주머니의 바로 바깥쪽입니다. 또는 그 주머니 안쪽인 { -fluid-space }에 넣을 수도 있습니다. 이 공간을 의학 용어로는 { -fluid-space-medical(case: "quote") } 합니다.
    }
    .item-1 = { -care-team(case: "subject") } 시술 준비를 도와줍니다.
    .item-2 = 의사가 { -numbing-medicine(case: "instrument") } 피부를 마취합니다.
    .item-3 = 의사가 먼저 바늘을 넣고, 그다음에 { -tube(case: "object") } 넣습니다.
    .item-4 = { $imaging ->
        [yes] 의사가 { -live-x-ray(case: "or") } { -ct-scan } 영상을 보며, { -tube(case: "subject") } 알맞은 자리에 있는지 확인합니다.
       *[no] 의사가 { -tube(case: "subject") } 알맞은 자리에 있는지 확인합니다.
    }
    .item-5 = { -tube(case: "object") } 통해 약을 넣습니다.
    .item-6 = { -tube(case: "subject") } 빠지지 않도록 테이프로 붙이거나 고정해 둡니다.
    .item-7 = { -care-team(case: "subject") } 한동안 지켜보며 약에 몸이 어떻게 반응하는지 살핍니다.

# Steps of the live x-ray guidance (77003). No variables.
# .p-1 gives the medical word for live x-ray (투시 촬영) once.
what-happens-guidance =
    .p-1 = { -live-x-ray(case: "topic") } 움직이는 영상을 화면에 보여 줍니다. 의학 용어로는 { -fluoroscopy(case: "quote") } 합니다.
    .item-1 = 의사가 시술하는 동안 엑스레이 기계가 척추를 화면에 보여 줍니다.
    .item-2 = 의사는 화면을 보면서 바늘이나 { -tube(case: "object") } 움직입니다.
    .item-3 = 영상을 보면 바늘이나 { -tube(case: "genitive") } 끝이 어디에 있는지 알 수 있습니다.
    .item-4 = 이 영상은 의사가 그 끝을 알맞은 자리에 놓는 데 도움이 됩니다.

## The medicine

# The kinds of medicine, for single shots and tubes (one message serves both). No variables.
# Never a medicine that destroys nerves (neurolytic).
# Korean: the medical words 국소 마취제 (local anesthetic) and 오피오이드 (opioid) are given here once, in brackets.
# .p-1 starts with 여기에 쓰는 약은 ("the medicine used here"), not 이 약은: no medicine has been named yet (panel K5).
# .item-4: 부기를 가라앉히는 약, as the English "calms swelling" (panel K3; see -steroid in terms.ftl).
# .item-5: 그 밖의 액체 약, not 그 밖의 다른 (the same thing said twice; panel K5).
medicines =
    .p-1 = 여기에 쓰는 약은 통증의 원인을 찾는 데 도움이 되거나, 통증을 치료할 수 있습니다. 신경을 파괴하는 약에는 이 코드를 절대 쓰지 않습니다.
    .p-2 = 다음 약 가운데 한 가지 또는 여러 가지를 쓸 수 있습니다.
    .item-1 = { -numbing-medicine }(국소 마취제)
    .item-2 = 근육 경련을 풀어 주는 근육 이완제
    .item-3 = 통증을 줄이는 강한 약인 { -opioid }({ -opioid(case: "medical") })
    .item-4 = 부기를 가라앉히는 약인 { -steroid }
    .item-5 = 그 밖의 액체 약

# 77003 covers no medicine: the shot or tube that gives it has its own code. No variables.
medicines-guidance =
    .p-1 = 이 코드에는 어떤 약도 포함되지 않습니다. { -live-x-ray }만을 위한 코드입니다.
    .p-2 = 약을 넣는 주사나 { -tube }에는 따로 코드가 있습니다.

## How the medicine is given

# One shot, all at once. No variables.
how-given-single =
    .p-1 = 약은 주사 한 번으로, 한꺼번에 모두 들어갑니다.
    .p-2 = 그다음 바늘이나 { -tube(case: "object") } 뺍니다. 몸 안에 남는 것은 없습니다.

# Through the tube: a steady flow (continuous infusion) or separate doses (intermittent boluses). No variables.
# .note-1 explains "bolus" after the list: a bolus is one dose given at one time, not always a large one.
# Korean: bolus is 볼루스 (the word Korean hospitals use). Nothing may suggest that a dose is large.
how-given-catheter =
    .p-1 = 처음 약을 넣은 뒤에도 { -tube(case: "topic") } 빼지 않고 그대로 둡니다. 몇 시간이나 며칠 동안 이 { -tube(case: "instrument") } 약이 들어갈 수 있습니다.
    .p-2 = 약은 다음 두 가지 방법 가운데 하나로 { -tube(case: "object") } 통해 들어갑니다.
    .item-1 = 일정하게 계속 흘려 넣기. 펌프를 쓸 때가 많습니다.
    .item-2 = 때때로 한 번씩 따로 넣기
    .note-1 = 이렇게 한 번씩 따로 넣는 약을 볼루스라고 합니다. 볼루스가 늘 많은 양인 것은 아닙니다.

# 77003 gives no medicine. No variables.
how-given-guidance =
    .p-1 = { -live-x-ray(case: "topic") } 바늘이나 { -tube(case: "subject") } 들어가는 동안 씁니다. 엑스레이 자체는 약을 넣지 않습니다.

## Pictures to guide the needle

# Imaging for a single shot.
# $imaging (String) - "yes" (live x-ray or CT guides the needle) or "no".
imaging-single =
    .p-1 = { $imaging ->
        [yes] { -live-x-ray(case: "or") } { -ct-scan(case: "instrument") } 바늘 위치를 잡습니다. 이런 검사는 몸속을 영상으로 보여 줍니다.
       *[no] 바늘 위치를 잡을 때 엑스레이나 { -ct-scan(case: "object") } 쓰지 않습니다.
    }
    .p-2 = { $imaging ->
        [yes] 의사는 영상을 보며 바늘의 방향을 잡고, 바늘 끝이 어디에 있는지 확인합니다.
       *[no] 엑스레이나 { -ct-scan } 영상으로 위치를 잡는다면, 다른 코드를 씁니다.
    }

# Imaging for a tube.
# $imaging (String) - "yes" (live x-ray or CT guides the needle and tube) or "no".
imaging-catheter =
    .p-1 = { $imaging ->
        [yes] { -live-x-ray(case: "or") } { -ct-scan(case: "instrument") } 바늘과 { -tube(case: "genitive") } 위치를 잡습니다. 이런 검사는 몸속을 영상으로 보여 줍니다.
       *[no] 바늘이나 { -tube(case: "genitive") } 위치를 잡을 때 엑스레이나 { -ct-scan(case: "object") } 쓰지 않습니다.
    }
    .p-2 = { $imaging ->
        [yes] 의사는 영상을 보며 { -tube(case: "genitive") } 방향을 잡고, 그 끝이 어디에 있는지 확인합니다.
       *[no] 엑스레이나 { -ct-scan } 영상으로 위치를 잡는다면, 다른 코드를 씁니다.
    }

# 77003 is the imaging itself, for a needle or tube near any part of the spine. No variables.
imaging-guidance =
    .p-1 = 이 코드는 영상 촬영 그 자체를 위한 코드입니다. { -live-x-ray(case: "topic") } 척추의 어느 부분에서든 바늘이나 { -tube(case: "genitive") } 위치를 잡는 데 쓸 수 있습니다.
    .p-2 = 의사가 바늘이나 { -tube(case: "genitive") } 방향을 잡고, 그 끝이 어디에 있는지 보는 데 도움이 됩니다.

## When to get emergency help

# Emergency signs after a single shot. .p-1 leads into the list. The items are the signs, one each.
# Korean: "get emergency help" is 바로 응급실에 가거나 구급차를 부르세요 (go to the emergency room or call
# an ambulance); no phone number is named. "back" is 등이나 허리 (in Korean these are two parts of the back).
# "numbness" is 감각이 둔해지다 (feeling dulled), not 감각이 없어지다 (feeling gone), so that partial
# numbness is also a reason to get help. .item-3: 소변이나 대변 is already the plain word, so the English gloss
# "(when you pee or poop)" needs no Korean counterpart.
# .note-1 says why the first four signs are urgent.
# $region (String) - "upper": a bleed or infection could press on the spinal cord or nerves (척수나 신경);
# "lower": on the spinal nerves (척추 신경; the cord usually ends higher up).
# .note-2: the last two signs can come from opioid pain medicine.
# .note-3 speaks about the people with the patient (곁에 있는 사람), who must act if the patient is hard to wake.
emergency-single =
    .p-1 = 다음 가운데 하나라도 해당하면 바로 응급실에 가거나 구급차를 부르세요.
    .item-1 = 등이나 허리, 목에 통증이 새로 생기거나 심하게 아플 때
    .item-2 = 팔이나 다리의 감각이 새로 둔해지거나 힘이 빠질 때
    .item-3 = 소변이나 대변을 마음대로 조절하기 어려울 때
    .item-4 = 사타구니나 엉덩이의 감각이 새로 둔해질 때
    .item-5 = 숨이 느리거나 얕을 때
    .item-6 = 깨우기 힘들 만큼 심하게 졸릴 때
    .note-1 = { $region ->
        [upper] 처음 네 가지 증상은 출혈이나 감염이 척수나 신경을 누르고 있다는 신호일 수 있습니다. 이런 일은 드물지만, 몇 시간 안에 치료를 받아야 합니다.
       *[lower] 처음 네 가지 증상은 출혈이나 감염이 척추 신경을 누르고 있다는 신호일 수 있습니다. 이런 일은 드물지만, 몇 시간 안에 치료를 받아야 합니다.
    }
    .note-2 = 숨이 느려지거나 심하게 졸린 증상은 { -opioid(case: "object") } 쓸 때 생길 수 있습니다.
    .note-3 = 깨우기 힘들 만큼 잠들어 있으면, 곁에 있는 사람이 대신 구급차를 부르거나 응급실에 데려가야 합니다.

# Emergency signs with a tube. The same as emergency-single; kept apart so each kind can change on its own.
# $region (String) - "upper": a bleed or infection could press on the spinal cord or nerves (척수나 신경);
# "lower": on the spinal nerves (척추 신경; the cord usually ends higher up).
# .note-2: the last two signs can come from opioid pain medicine.
# .note-3 speaks about the people with the patient (곁에 있는 사람), who must act if the patient is hard to wake.
emergency-catheter =
    .p-1 = 다음 가운데 하나라도 해당하면 바로 응급실에 가거나 구급차를 부르세요.
    .item-1 = 등이나 허리, 목에 통증이 새로 생기거나 심하게 아플 때
    .item-2 = 팔이나 다리의 감각이 새로 둔해지거나 힘이 빠질 때
    .item-3 = 소변이나 대변을 마음대로 조절하기 어려울 때
    .item-4 = 사타구니나 엉덩이의 감각이 새로 둔해질 때
    .item-5 = 숨이 느리거나 얕을 때
    .item-6 = 깨우기 힘들 만큼 심하게 졸릴 때
    .note-1 = { $region ->
        [upper] 처음 네 가지 증상은 출혈이나 감염이 척수나 신경을 누르고 있다는 신호일 수 있습니다. 이런 일은 드물지만, 몇 시간 안에 치료를 받아야 합니다.
       *[lower] 처음 네 가지 증상은 출혈이나 감염이 척추 신경을 누르고 있다는 신호일 수 있습니다. 이런 일은 드물지만, 몇 시간 안에 치료를 받아야 합니다.
    }
    .note-2 = 숨이 느려지거나 심하게 졸린 증상은 { -opioid(case: "object") } 쓸 때 생길 수 있습니다.
    .note-3 = 깨우기 힘들 만큼 잠들어 있으면, 곁에 있는 사람이 대신 구급차를 부르거나 응급실에 데려가야 합니다.

# Emergency signs for 77003. It gives no medicine, so there are no opioid signs. It can be used at any part of
# the spine, so .note-1 names both the spinal cord and the nerves (척수나 신경). No variables.
emergency-guidance =
    .p-1 = 다음 가운데 하나라도 해당하면 바로 응급실에 가거나 구급차를 부르세요.
    .item-1 = 등이나 허리, 목에 통증이 새로 생기거나 심하게 아플 때
    .item-2 = 팔이나 다리의 감각이 새로 둔해지거나 힘이 빠질 때
    .item-3 = 소변이나 대변을 마음대로 조절하기 어려울 때
    .item-4 = 사타구니나 엉덩이의 감각이 새로 둔해질 때
    .note-1 = 이런 증상은 출혈이나 감염이 척수나 신경을 누르고 있다는 신호일 수 있습니다. 이런 일은 드물지만, 몇 시간 안에 치료를 받아야 합니다.

## When to call your care team (not an emergency)

# Signs to call the care team about after a single shot. No variables.
# .item-3: a leak of spinal fluid. .item-4: itching or nausea. .item-5: dizziness or feeling faint.
when-to-call-single =
    .p-1 = 다음과 같은 때에는 { -care-team }에게 연락하세요.
    .item-1 = 열이 나거나 오한이 들 때
    .item-2 = 바늘이 들어갔던 자리가 붉어지거나, 뜨거워지거나, 붓거나, 고름이나 진물이 나올 때
    .item-3 = 앉거나 서면 더 심해지고 누우면 나아지는 심한 두통이 있을 때. 척수액이 새고 있을 수 있습니다.
    .item-4 = 몸이 가렵거나 속이 메스꺼울 때
    .item-5 = 어지럽거나 쓰러질 것 같을 때

# Signs to call the care team about with a tube. No variables.
# .item-3: a leak of spinal fluid. .item-4: itching or nausea. .item-5: dizziness or feeling faint.
when-to-call-catheter =
    .p-1 = 다음과 같은 때에는 { -care-team }에게 연락하세요.
    .item-1 = 열이 나거나 오한이 들 때
    .item-2 = { -tube(case: "subject") } 들어가 있는 자리가 붉어지거나, 뜨거워지거나, 붓거나, 고름이나 진물이 나올 때
    .item-3 = 앉거나 서면 더 심해지고 누우면 나아지는 심한 두통이 있을 때. 척수액이 새고 있을 수 있습니다.
    .item-4 = 몸이 가렵거나 속이 메스꺼울 때
    .item-5 = 어지럽거나 쓰러질 것 같을 때
    .item-6 = { -tube(case: "subject") } 빠지거나 샐 때

# Signs to call the care team about for 77003 (no medicine, so no itching or nausea). No variables.
# .item-3: a leak of spinal fluid. .item-4: dizziness or feeling faint (it can happen with any spine injection).
when-to-call-guidance =
    .p-1 = 다음과 같은 때에는 { -care-team }에게 연락하세요.
    .item-1 = 열이 나거나 오한이 들 때
    .item-2 = 바늘이 들어갔던 자리가 붉어지거나, 뜨거워지거나, 붓거나, 고름이나 진물이 나올 때
    .item-3 = 앉거나 서면 더 심해지고 누우면 나아지는 심한 두통이 있을 때. 척수액이 새고 있을 수 있습니다.
    .item-4 = 어지럽거나 쓰러질 것 같을 때

## What the code on your bill means

# Billing of a single shot.
# $code (String) - the code number, such as 62320.
# $imaging (String) - "yes": the imaging is part of the code, so 77003 is not billed again;
# "no": 77003 is not billed with it either.
billing-single =
    .p-1 = { $code } 코드는 주사 한 번을 뜻합니다. 바늘이나 { -tube(case: "topic") } 같은 날 뺍니다.
    .p-2 = { $imaging ->
        [yes] 영상 촬영은 이 코드에 포함되어 있습니다. 그래서 77003 코드로 다시 청구하지 않습니다.
       *[no] { -live-x-ray(case: "instrument") } 위치를 잡는 일에 쓰는 77003 코드는 이 코드와 함께 청구하지 않습니다.
    }

# Billing of a tube: once for the whole series of doses, even over several days.
# $code (String) - the code number, such as 62324.
# $imaging (String) - "yes": the imaging is part of the code, so 77003 is not billed again;
# "no": 77003 is not billed with it either.
billing-catheter =
    .p-1 = { $code } 코드는 { -tube(case: "object") } 통해 들어가는 약 전체를 묶어서 한 번만 청구합니다. { -tube(case: "subject") } 며칠 동안 몸에 있어도 마찬가지입니다.
    .p-2 = { $imaging ->
        [yes] 영상 촬영은 이 코드에 포함되어 있습니다. 그래서 77003 코드로 다시 청구하지 않습니다.
       *[no] { -live-x-ray(case: "instrument") } 위치를 잡는 일에 쓰는 77003 코드는 이 코드와 함께 청구하지 않습니다.
    }

# Billing of 77003: never with 62320-62327 (some already include imaging; the others are used when no imaging
# is done). No variables.
billing-guidance =
    .p-1 = 77003 코드는 { -live-x-ray(case: "instrument") } 위치를 잡는 일에만 해당합니다.
    .p-2 = 62320부터 62327까지의 코드와는 함께 청구하지 않습니다. 그 가운데 일부 코드에는 영상 촬영이 이미 포함되어 있습니다. 나머지 코드는 영상 촬영을 하지 않을 때만 씁니다.

## Questions to ask your care team

# Questions for a single shot. No variables.
# Korean: these are the patient's own words to the care team, so they stay in polite spoken style (인가요?, 나요?).
# "blood thinners" is 피를 묽게 하는 약, the lay phrase. "day or night" is 낮이든 밤이든 (the usual order; panel K5).
questions-single =
    .item-1 = 왜 이 방법이 저에게 맞는 선택인가요? 다른 방법에는 무엇이 있나요?
    .item-2 = 어떤 약을 맞게 되나요?
    .item-3 = 지금 쓰는 약 가운데 미리 끊어야 하는 약이 있나요? 예를 들어 피를 묽게 하는 약 같은 것이요.
    .item-4 = 낮이든 밤이든 몸이 이상하다고 느껴지면 누구에게 연락해야 하나요?

# Questions for a tube. No variables. .item-5: the code should be billed once for the whole series.
# Korean: the bracketed answer in .item-5 is the text's voice, so it is in 합니다.
questions-catheter =
    .item-1 = 왜 이 방법이 저에게 맞는 선택인가요? 다른 방법에는 무엇이 있나요?
    .item-2 = { -tube(case: "object") } 통해 어떤 약이, 얼마 동안 들어가나요?
    .item-3 = 지금 쓰는 약 가운데 미리 끊어야 하는 약이 있나요? 예를 들어 피를 묽게 하는 약 같은 것이요.
    .item-4 = 낮이든 밤이든 몸이 이상하다고 느껴지면 누구에게 연락해야 하나요?
    .item-5 = 이 시술은 청구서에 한 번만 나오나요, 아니면 약을 한 번 넣을 때마다 나오나요? (전체를 묶어서 한 번만 나와야 합니다.)

# Questions for 77003. No variables.
questions-guidance =
    .item-1 = 바늘이나 { -tube(case: "genitive") } 위치를 잡는 데 왜 { -live-x-ray(case: "subject") } 필요한가요?
    .item-2 = 지금 쓰는 약 가운데 미리 끊어야 하는 약이 있나요? 예를 들어 피를 묽게 하는 약 같은 것이요.
    .item-3 = 낮이든 밤이든 몸이 이상하다고 느껴지면 누구에게 연락해야 하나요?
