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

## Headings

# Heading of the part on common reasons for the shot, the tube or the live x-ray. NEW.
section-why = Why people get this
# Heading of the numbered steps.
section-what-happens = What happens
# Heading of the part on the kinds of medicine.
section-medicines = The medicine
# Heading of the part on how the medicine goes in: one shot, or a steady flow or separate doses.
section-how-given = How the medicine is given
# Heading of the part on imaging (live x-ray or CT pictures).
section-imaging = Pictures to guide the needle
# Heading of the signs that need emergency help. NEW: these signs were in "when-to-call" before.
section-emergency = When to get emergency help
# Heading of the signs to call the care team about (not an emergency). Was "When to get help".
section-when-to-call = When to call your { -care-team }
# Heading of the part on what the code means on a bill.
section-billing = What the code on your bill means
# Heading of the list of questions.
section-questions = Questions to ask your { -care-team }

## Why people get this (NEW)

# Common reasons for a single shot (62320-62323). Examples only: no promise that it helps.
# $region (String) - "upper" (the pain spreads into an arm) or "lower" (into a leg).
# .item-1: pain from an irritated nerve root (medical word: radiculopathy); a disc is the soft cushion between
# two bones of the spine. .item-2: spinal stenosis. .item-3: a test shot (diagnostic injection).
why-single =
    .p-1 = Doctors give this kind of shot for reasons like these:
    .item-1 = { $region ->
        [upper] pain that spreads into an arm because a nerve near the spine is irritated. A bulging or herniated (slipped) disc can cause this. A disc is a soft cushion between the bones of the spine.
       *[lower] pain that spreads into a leg because a nerve near the spine is irritated. A bulging or herniated (slipped) disc can cause this. A disc is a soft cushion between the bones of the spine.
    }
    .item-2 = spinal stenosis. This is a narrowing of the space around the nerves in the spine.
    .item-3 = a test, to help find out where the pain comes from
    .note-1 = These are only examples. Ask your doctor why this is right for you.

# Common reasons for a tube (62324-62327). Examples only: no promise that it helps.
# $region (String) - "upper" or "lower". The "upper" examples are the ones the code's source gives for a tube in
# the neck or upper back. They must not be used for the lower back: the "lower" variants say less on purpose.
# "upper" .item-2: spinal stenosis in the upper back, a narrowing around the spinal cord; numbing medicine and a
# muscle relaxer (antispasmodic) as separate doses. "upper" .item-3: an opioid into the spinal fluid space.
why-catheter =
    .p-1 = A { -tube } lets your { -care-team } give medicine for hours or days, without a new shot for each dose.
    .p-2 = { $region ->
        [upper] Here are some reasons for a { -tube } in the { -upper-spine }:
       *[lower] Here are some reasons for a { -tube } like this:
    }
    .item-1 = { $region ->
        [upper] long-lasting neck pain. A { -steroid }, a medicine that calms swelling, can go in as a steady flow over several days.
       *[lower] long-lasting pain that needs medicine for hours or days, not just one shot
    }
    .item-2 = { $region ->
        [upper] spinal stenosis in the upper back. This is a narrowing of the space around the spinal cord. The { -tube } can carry { -numbing-medicine } and a muscle relaxer as separate doses.
       *[lower] spinal stenosis. This is a narrowing of the space around the nerves in the spine.
    }
    .item-3 = { $region ->
        [upper] pain after surgery on the chest or upper back. Strong pain medicine (an { -opioid }) can go in as a steady flow into the spinal fluid.
       *[lower] pain after surgery
    }
    .note-1 = These are only examples. Ask your doctor why this is right for you.

# Why a doctor uses a live x-ray to guide the needle or tube (77003). No variables.
why-guidance =
    .p-1 = A doctor uses a { -live-x-ray } to see where the tip of the needle or { -tube } is.
    .p-2 = This helps the doctor guide the tip to the right spot near your spine. Then the medicine can go where it is needed.

## What happens

# Steps for a single shot.
# $region (String) - "upper": near the spinal cord; "lower": near the spinal nerves, below the end of the cord,
# and near the tailbone through a small natural opening (the caudal route).
# $imaging (String) - "yes" or "no": whether live x-ray or CT pictures are used to check the tip.
# .p-2 gives the medical names once: epidural space, and subarachnoid (intrathecal) space.
what-happens-single =
    .p-1 = { $region ->
        [upper] The doctor gives you one shot of medicine near your spinal cord.
       *[lower] The doctor gives you one shot of medicine near the spinal nerves in your { -lower-spine }. Your spinal cord usually ends higher up. Near the tailbone, the needle goes in through a small natural opening.
    }
    .p-2 = { $region ->
        [upper] The medicine can go into the { -epidural-space }. This is just outside the sac that holds your spinal cord. Or it can go into the { -fluid-space }, inside the sac. Its medical name is the { -fluid-space-medical }.
       *[lower] The medicine can go into the { -epidural-space }. This is just outside the sac that holds your spinal nerves. Or it can go into the { -fluid-space }, inside the sac. Its medical name is the { -fluid-space-medical }.
    }
    .item-1 = The { -care-team } gets you ready.
    .item-2 = The doctor numbs your skin with { -numbing-medicine }.
    .item-3 = The doctor puts in a needle. Sometimes a thin, soft { -tube } is used too.
    .item-4 = { $imaging ->
        [yes] The doctor uses { -live-x-ray } or { -ct-scan } pictures to check that the tip is in the right spot.
       *[no] The doctor checks that the tip is in the right spot.
    }
    .item-5 = The medicine goes in.
    .item-6 = The needle or { -tube } comes out the same day.
    .item-7 = The { -care-team } watches you for a while to see how you react to the medicine.

# Steps for a tube that stays in.
# $region (String) - "upper": near the spinal cord; "lower": near the spinal nerves, below the end of the cord,
# and near the tailbone through a small natural opening (the caudal route).
# $imaging (String) - "yes" or "no": whether live x-ray or CT pictures are used to check the tube.
# .p-2 gives the medical names once: epidural space, and subarachnoid (intrathecal) space.
what-happens-catheter =
    .p-1 = { $region ->
        [upper] The doctor puts a thin, soft { -tube } near your spinal cord.
       *[lower] The doctor puts a thin, soft { -tube } near the spinal nerves in your { -lower-spine }. Your spinal cord usually ends higher up. Near the tailbone, the needle goes in through a small natural opening.
    } The medical word for the { -tube } is { -catheter }.
    .p-2 = { $region ->
        [upper] The { -tube } can go into the { -epidural-space }. This is just outside the sac that holds your spinal cord. Or it can go into the { -fluid-space }, inside the sac. Its medical name is the { -fluid-space-medical }.
       *[lower] The { -tube } can go into the { -epidural-space }. This is just outside the sac that holds your spinal nerves. Or it can go into the { -fluid-space }, inside the sac. Its medical name is the { -fluid-space-medical }.
    }
    .item-1 = The { -care-team } gets you ready.
    .item-2 = The doctor numbs your skin with { -numbing-medicine }.
    .item-3 = The doctor puts in a needle, and then the { -tube }.
    .item-4 = { $imaging ->
        [yes] The doctor uses { -live-x-ray } or { -ct-scan } pictures to check that the { -tube } is in the right spot.
       *[no] The doctor checks that the { -tube } is in the right spot.
    }
    .item-5 = The medicine goes in through the { -tube }.
    .item-6 = The { -tube } is taped or fixed in place, so it stays in.
    .item-7 = The { -care-team } watches you for a while to see how you react to the medicine.

# Steps of the live x-ray guidance (77003). No variables.
what-happens-guidance =
    .p-1 = A { -live-x-ray } shows moving pictures on a screen. The medical word for it is { -fluoroscopy }.
    .item-1 = The x-ray machine shows your spine on a screen as the doctor works.
    .item-2 = The doctor watches the screen while moving the needle or { -tube }.
    .item-3 = The pictures show where its tip is.
    .item-4 = This helps the doctor put the tip in the right spot.

## The medicine

# The kinds of medicine, for single shots and tubes (one message serves both). No variables.
# Never a medicine that destroys nerves (neurolytic).
medicines =
    .p-1 = The medicine can help find the cause of pain, or it can treat it. This code is never used for medicine that destroys nerves.
    .p-2 = The medicine can be one or more of these:
    .item-1 = { -numbing-medicine } (a local anesthetic)
    .item-2 = a muscle relaxer, to ease muscle spasms
    .item-3 = strong pain medicine (an { -opioid })
    .item-4 = a { -steroid }, a medicine that calms swelling
    .item-5 = another liquid medicine

# 77003 covers no medicine: the shot or tube that gives it has its own code. No variables.
medicines-guidance =
    .p-1 = This code does not cover any medicine. It is only for the { -live-x-ray }.
    .p-2 = The shot or { -tube } that gives the medicine has its own code.

## How the medicine is given

# One shot, all at once. No variables.
how-given-single =
    .p-1 = You get the medicine as one shot, all at one time.
    .p-2 = Then the needle or { -tube } comes out. Nothing is left in your body.

# Through the tube: a steady flow (continuous infusion) or separate doses (intermittent boluses). No variables.
# .note-1 explains "bolus" after the list: a bolus is one dose given at one time, not always a large one.
how-given-catheter =
    .p-1 = The { -tube } stays in after the first dose. Medicine can go through it for hours or days.
    .p-2 = Medicine goes through the { -tube } in one of two ways:
    .item-1 = a steady flow, often from a pump
    .item-2 = separate doses from time to time
    .note-1 = Each separate dose is called a bolus. A bolus is not always a large dose.

# 77003 gives no medicine. No variables.
how-given-guidance =
    .p-1 = The { -live-x-ray } is used while the needle or { -tube } goes in. It does not give any medicine.

## Pictures to guide the needle

# Imaging for a single shot.
# $imaging (String) - "yes" (live x-ray or CT guides the needle) or "no".
imaging-single =
    .p-1 = { $imaging ->
        [yes] A { -live-x-ray } or a { -ct-scan } guides the needle. These tests show pictures of the inside of your body.
       *[no] No x-ray or { -ct-scan } is used to guide the needle.
    }
    .p-2 = { $imaging ->
        [yes] The doctor uses the pictures to steer the needle and to see where its tip is.
       *[no] If x-ray or { -ct-scan } pictures are used to guide it, a different code is used.
    }

# Imaging for a tube.
# $imaging (String) - "yes" (live x-ray or CT guides the needle and tube) or "no".
imaging-catheter =
    .p-1 = { $imaging ->
        [yes] A { -live-x-ray } or a { -ct-scan } guides the needle and the { -tube }. These tests show pictures of the inside of your body.
       *[no] No x-ray or { -ct-scan } is used to guide the needle or the { -tube }.
    }
    .p-2 = { $imaging ->
        [yes] The doctor uses the pictures to steer the { -tube } and to see where its tip is.
       *[no] If x-ray or { -ct-scan } pictures are used to guide it, a different code is used.
    }

# 77003 is the imaging itself, for a needle or tube near any part of the spine. No variables.
imaging-guidance =
    .p-1 = This code is for the imaging itself. The { -live-x-ray } can guide a needle or { -tube } near any part of the spine.
    .p-2 = It helps the doctor steer the needle or { -tube } and see where its tip is.

## When to get emergency help (NEW: split out of "when-to-call")

# Emergency signs after a single shot. .p-1 leads into the list. The items are the signs, one each.
# .note-1 says why the first four signs are urgent.
# $region (String) - "upper": a bleed or infection could press on the spinal cord or nerves;
# "lower": on the spinal nerves (the cord usually ends higher up).
# .note-2: the last two signs can come from opioid pain medicine.
# .note-3 speaks about the people with the patient, who must act if the patient is hard to wake.
emergency-single =
    .p-1 = Get emergency help right away if you have any of these:
    .item-1 = new or bad back or neck pain
    .item-2 = new numbness or weakness in your arms or legs
    .item-3 = trouble controlling your bladder or bowels (when you pee or poop)
    .item-4 = new numbness in your groin or buttocks
    .item-5 = slow or shallow breathing
    .item-6 = sleepiness so deep that you are hard to wake
    .note-1 = { $region ->
        [upper] The first four signs can mean a rare bleed or infection is pressing on your spinal cord or nerves. This needs care within hours.
       *[lower] The first four signs can mean a rare bleed or infection is pressing on your spinal nerves. This needs care within hours.
    }
    .note-2 = Slow breathing and deep sleepiness can happen with { -opioid } pain medicine.
    .note-3 = If you are hard to wake, the people with you should get emergency help for you.

# Emergency signs with a tube. The same as emergency-single; kept apart so each kind can change on its own.
# $region (String) - "upper": a bleed or infection could press on the spinal cord or nerves;
# "lower": on the spinal nerves (the cord usually ends higher up).
# .note-2: the last two signs can come from opioid pain medicine.
# .note-3 speaks about the people with the patient, who must act if the patient is hard to wake.
emergency-catheter =
    .p-1 = Get emergency help right away if you have any of these:
    .item-1 = new or bad back or neck pain
    .item-2 = new numbness or weakness in your arms or legs
    .item-3 = trouble controlling your bladder or bowels (when you pee or poop)
    .item-4 = new numbness in your groin or buttocks
    .item-5 = slow or shallow breathing
    .item-6 = sleepiness so deep that you are hard to wake
    .note-1 = { $region ->
        [upper] The first four signs can mean a rare bleed or infection is pressing on your spinal cord or nerves. This needs care within hours.
       *[lower] The first four signs can mean a rare bleed or infection is pressing on your spinal nerves. This needs care within hours.
    }
    .note-2 = Slow breathing and deep sleepiness can happen with { -opioid } pain medicine.
    .note-3 = If you are hard to wake, the people with you should get emergency help for you.

# Emergency signs for 77003. It gives no medicine, so there are no opioid signs. It can be used at any part of
# the spine, so .note-1 names both the spinal cord and the nerves. No variables.
emergency-guidance =
    .p-1 = Get emergency help right away if you have any of these:
    .item-1 = new or bad back or neck pain
    .item-2 = new numbness or weakness in your arms or legs
    .item-3 = trouble controlling your bladder or bowels (when you pee or poop)
    .item-4 = new numbness in your groin or buttocks
    .note-1 = These signs can mean a rare bleed or infection is pressing on your spinal cord or nerves. This needs care within hours.

## When to call your care team (not an emergency)

# Signs to call the care team about after a single shot. No variables.
# .item-3: a leak of spinal fluid. .item-4: itching or nausea. .item-5: dizziness or feeling faint.
when-to-call-single =
    .p-1 = Call your { -care-team } if you have:
    .item-1 = a fever or chills
    .item-2 = redness, warmth, swelling, pus or fluid where the needle went in
    .item-3 = a bad headache that gets worse when you sit or stand and better when you lie down. Spinal fluid may be leaking.
    .item-4 = itching or nausea (a sick feeling in your stomach)
    .item-5 = dizziness, or a feeling that you may faint

# Signs to call the care team about with a tube. No variables.
# .item-3: a leak of spinal fluid. .item-4: itching or nausea. .item-5: dizziness or feeling faint.
when-to-call-catheter =
    .p-1 = Call your { -care-team } if you have:
    .item-1 = a fever or chills
    .item-2 = redness, warmth, swelling, pus or fluid where the { -tube } goes in
    .item-3 = a bad headache that gets worse when you sit or stand and better when you lie down. Spinal fluid may be leaking.
    .item-4 = itching or nausea (a sick feeling in your stomach)
    .item-5 = dizziness, or a feeling that you may faint
    .item-6 = a { -tube } that falls out or leaks

# Signs to call the care team about for 77003 (no medicine, so no itching or nausea). No variables.
# .item-3: a leak of spinal fluid. .item-4: dizziness or feeling faint (it can happen with any spine injection).
when-to-call-guidance =
    .p-1 = Call your { -care-team } if you have:
    .item-1 = a fever or chills
    .item-2 = redness, warmth, swelling, pus or fluid where the needle went in
    .item-3 = a bad headache that gets worse when you sit or stand and better when you lie down. Spinal fluid may be leaking.
    .item-4 = dizziness, or a feeling that you may faint

## What the code on your bill means

# Billing of a single shot.
# $code (String) - the code number, such as 62320.
# $imaging (String) - "yes": the imaging is part of the code, so 77003 is not billed again;
# "no": 77003 is not billed with it either.
billing-single =
    .p-1 = Code { $code } stands for one shot. The needle or { -tube } comes out the same day.
    .p-2 = { $imaging ->
        [yes] The imaging is part of this code. So it is not billed again as code 77003.
       *[no] Code 77003, for { -live-x-ray } guidance, is not billed with this code.
    }

# Billing of a tube: once for the whole series of doses, even over several days.
# $code (String) - the code number, such as 62324.
# $imaging (String) - "yes": the imaging is part of the code, so 77003 is not billed again;
# "no": 77003 is not billed with it either.
billing-catheter =
    .p-1 = Code { $code } is billed once for the whole series of doses through the { -tube }. This is true even when the { -tube } stays in for several days.
    .p-2 = { $imaging ->
        [yes] The imaging is part of this code. So it is not billed again as code 77003.
       *[no] Code 77003, for { -live-x-ray } guidance, is not billed with this code.
    }

# Billing of 77003: never with 62320-62327 (some already include imaging; the others are used when no imaging
# is done). No variables.
billing-guidance =
    .p-1 = Code 77003 is only for the { -live-x-ray } guidance.
    .p-2 = It is not billed with codes 62320 to 62327. Some of those codes already include imaging. The others are only used when no imaging is done.

## Questions to ask your care team

# Questions for a single shot. No variables.
questions-single =
    .item-1 = Why is this the right choice for me? What other choices do I have?
    .item-2 = Which medicine will I get?
    .item-3 = Should I stop any of my medicines first, such as blood thinners?
    .item-4 = Who do I call, day or night, if something feels wrong?

# Questions for a tube. No variables. .item-5: the code should be billed once for the whole series.
questions-catheter =
    .item-1 = Why is this the right choice for me? What other choices do I have?
    .item-2 = Which medicine will go through the { -tube }, and for how long?
    .item-3 = Should I stop any of my medicines first, such as blood thinners?
    .item-4 = Who do I call, day or night, if something feels wrong?
    .item-5 = Will this show on my bill once, or once for each dose? (It should be once for the whole series.)

# Questions for 77003. No variables.
questions-guidance =
    .item-1 = Why do I need a { -live-x-ray } to guide the needle or { -tube }?
    .item-2 = Should I stop any of my medicines first, such as blood thinners?
    .item-3 = Who do I call, day or night, if something feels wrong?
