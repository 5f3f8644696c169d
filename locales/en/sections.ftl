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

## Headings

section-what-happens = What happens
section-medicines = The medicine
section-how-given = How the medicine is given
section-imaging = Pictures to guide the needle
section-billing = What the code on your bill means
section-when-to-call = When to get help
section-questions = Questions to ask your { -care-team }

## What happens

what-happens-single =
    .p-1 = The doctor gives you one shot of medicine into a space near your spinal cord.
    .p-2 = It can be the { -epidural-space }. This is just outside the sac that holds your spinal cord. Or it can be the { -fluid-space }. This is inside the sac.
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

what-happens-catheter =
    .p-1 = The doctor puts a thin, soft { -tube } into a space near your spinal cord. The medical word for the { -tube } is { -catheter }.
    .p-2 = It can be the { -epidural-space }. This is just outside the sac that holds your spinal cord. Or it can be the { -fluid-space }. This is inside the sac.
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

what-happens-guidance =
    .p-1 = A { -live-x-ray } shows moving pictures on a screen. The medical word for it is { -fluoroscopy }.
    .item-1 = The x-ray machine shows your spine on a screen as the doctor works.
    .item-2 = The doctor watches the screen while moving the needle or { -tube }.
    .item-3 = The pictures show where its tip is.
    .item-4 = This helps the doctor put the tip in the right spot for the shot.

## The medicine

medicines =
    .p-1 = The medicine can help find the cause of pain, or it can treat it. This code is never used for medicine that destroys nerves.
    .p-2 = The medicine can be one or more of these:
    .item-1 = { -numbing-medicine } (a local anesthetic)
    .item-2 = a muscle relaxer, to ease muscle spasms
    .item-3 = strong pain medicine (an { -opioid })
    .item-4 = a { -steroid }, a medicine that calms swelling
    .item-5 = another liquid medicine

medicines-guidance =
    .p-1 = This code does not cover any medicine. It is only for the { -live-x-ray }.
    .p-2 = The shot that gives the medicine has its own code.

## How the medicine is given

how-given-single =
    .p-1 = You get the medicine as one shot, all at one time.
    .p-2 = Then the needle or { -tube } comes out. Nothing is left in your back.

how-given-catheter =
    .p-1 = The { -tube } stays in after the first dose. This can go on for hours or days.
    .p-2 = A dose given at one time is called a bolus. A bolus is not always a large dose.
    .p-3 = Medicine goes through the { -tube } in one of two ways:
    .item-1 = a steady flow, often from a small pump
    .item-2 = separate doses from time to time

how-given-guidance =
    .p-1 = The { -live-x-ray } is used while the needle or { -tube } goes in. It does not give any medicine.

## Pictures to guide the needle

imaging-single =
    .p-1 = { $imaging ->
        [yes] A { -live-x-ray } or a { -ct-scan } guides the needle. These machines show pictures of the inside of your body.
       *[no] No x-ray or { -ct-scan } is used to guide the needle.
    }
    .p-2 = { $imaging ->
        [yes] The doctor uses the pictures to steer the needle and to see where its tip is.
       *[no] If x-ray or { -ct-scan } pictures were used to guide it, a different code is used.
    }

imaging-catheter =
    .p-1 = { $imaging ->
        [yes] A { -live-x-ray } or a { -ct-scan } guides the needle and the { -tube }. These machines show pictures of the inside of your body.
       *[no] No x-ray or { -ct-scan } is used to guide the needle or the { -tube }.
    }
    .p-2 = { $imaging ->
        [yes] The doctor uses the pictures to steer the { -tube } and to see where its tip is.
       *[no] If x-ray or { -ct-scan } pictures were used to guide it, a different code is used.
    }

imaging-guidance =
    .p-1 = This code is the imaging. The { -live-x-ray } can be used for a shot in any part of the spine.
    .p-2 = It helps the doctor steer the needle or { -tube } and see where its tip is.

## What the code on your bill means

billing-single =
    .p-1 = Code { $code } stands for one shot. The needle or { -tube } comes out the same day.
    .p-2 = { $imaging ->
        [yes] The imaging is part of this code. So it is not billed again as code 77003.
       *[no] Code 77003, for { -live-x-ray } guidance, is not billed with this code.
    }

billing-catheter =
    .p-1 = Code { $code } is billed once for the whole series of doses through the { -tube }. This is true even when the { -tube } stays in for several days.
    .p-2 = { $imaging ->
        [yes] The imaging is part of this code. So it is not billed again as code 77003.
       *[no] Code 77003, for { -live-x-ray } guidance, is not billed with this code.
    }

billing-guidance =
    .p-1 = Code 77003 is only for the { -live-x-ray } guidance.
    .p-2 = It is not billed with codes 62320 to 62327. Some of those codes already include imaging. The rest are for shots done without it.

## When to get help

when-to-call-single =
    .p-1 = Get emergency help right away if you have new or bad back or neck pain, new numbness or weakness in your arms or legs, or you cannot control when you pee or poop. A rare bleed or infection may be pressing on your spinal cord. It needs care within hours.
    .p-2 = Also get emergency help if your breathing is slow or shallow, or if you are very sleepy and hard to wake. This can happen with { -opioid } pain medicine.
    .p-3 = Call your { -care-team } if you have:
    .item-1 = a fever or chills
    .item-2 = redness, warmth, swelling, pus or fluid where the needle went in
    .item-3 = a bad headache that gets worse when you sit or stand and better when you lie down. Spinal fluid may be leaking.
    .item-4 = itching, an upset stomach, or feeling dizzy or faint

when-to-call-catheter =
    .p-1 = Get emergency help right away if you have new or bad back or neck pain, new numbness or weakness in your arms or legs, or you cannot control when you pee or poop. A rare bleed or infection may be pressing on your spinal cord. It needs care within hours.
    .p-2 = Also get emergency help if your breathing is slow or shallow, or if you are very sleepy and hard to wake. This can happen with { -opioid } pain medicine.
    .p-3 = Call your { -care-team } if you have:
    .item-1 = a fever or chills
    .item-2 = redness, warmth, swelling, pus or fluid where the { -tube } goes in
    .item-3 = a bad headache that gets worse when you sit or stand and better when you lie down. Spinal fluid may be leaking.
    .item-4 = itching, an upset stomach, or feeling dizzy or faint
    .item-5 = a { -tube } that falls out or leaks

when-to-call-guidance =
    .p-1 = Get emergency help right away if you have new or bad back or neck pain, new numbness or weakness in your arms or legs, or you cannot control when you pee or poop. A rare bleed or infection may be pressing on your spinal cord. It needs care within hours.
    .p-2 = Call your { -care-team } if you have:
    .item-1 = a fever or chills
    .item-2 = redness, warmth, swelling, pus or fluid where the needle went in
    .item-3 = a bad headache that gets worse when you sit or stand and better when you lie down. Spinal fluid may be leaking.

## Questions to ask your care team

questions-single =
    .item-1 = Why is this the right choice for me? What other choices do I have?
    .item-2 = Which medicine will I get?
    .item-3 = Should I stop any of my medicines first, such as blood thinners?
    .item-4 = Who do I call, day or night, if something feels wrong?

questions-catheter =
    .item-1 = Why is this the right choice for me? What other choices do I have?
    .item-2 = Which medicine will go through the { -tube }, and for how long?
    .item-3 = Should I stop any of my medicines first, such as blood thinners?
    .item-4 = Who do I call, day or night, if something feels wrong?
    .item-5 = Will this show on my bill once, or once for each dose? (It should be once for the whole series.)

questions-guidance =
    .item-1 = Why do I need a { -live-x-ray } for my shot?
    .item-2 = Should I stop any of my medicines first, such as blood thinners?
    .item-3 = Who do I call, day or night, if something feels wrong?
