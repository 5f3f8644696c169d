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
### Arabic: "spinal cord" is النخاع الشوكي, the name most lay readers know
### (الحبل الشوكي is also correct). "Spinal nerves" is الأعصاب الشوكية. "Spinal fluid" is السائل الشوكي.
### "Imaging" is التصوير بالأشعة (see terms.ftl). Direct address is masculine singular (see ui.ftl `disclaimer`).

## Headings

# Heading of the part on common reasons for the shot, the tube or the live x-ray.
# Arabic: "Why this procedure is done", which fits the shot, the tube and the live x-ray alike.
section-why = لماذا يُجرى هذا الإجراء
# Heading of the numbered steps.
section-what-happens = ماذا يحدث
# Heading of the part on the kinds of medicine.
section-medicines = الدواء
# Heading of the part on how the medicine goes in: one shot, or a steady flow or separate doses.
section-how-given = كيف يُعطى الدواء
# Heading of the part on imaging (live x-ray or CT pictures).
section-imaging = صور لتوجيه الإبرة
# Heading of the signs that need emergency help.
# Arabic: "emergency help" is مساعدة طبية طارئة ("emergency medical help"), as in the emergency messages.
section-emergency = متى تطلب مساعدة طبية طارئة
# Heading of the signs to call the care team about (not an emergency).
section-when-to-call = متى تتصل ب{ -care-team(form: "poss") }
# Heading of the part on what the code means on a bill.
section-billing = ماذا يعني الرمز في فاتورتك
# Heading of the list of questions.
section-questions = أسئلة تطرحها على { -care-team(form: "poss") }

## Why people get this

# Common reasons for a single shot (62320-62323). Examples only: no promise that it helps.
# $region (String) - "upper" (the pain spreads into an arm) or "lower" (into a leg).
# .item-1: pain from an irritated nerve root (medical word: radiculopathy); a disc is the soft cushion between
# two bones of the spine. .item-2: spinal stenosis. .item-3: a test shot (diagnostic injection).
# Arabic: "disc" is غضروف, the word lay readers use; "herniated (slipped) disc" is الانزلاق الغضروفي, the lay
# name. "Spinal stenosis" is تضيّق القناة الشوكية.
why-single =
    .p-1 = يعطي الأطباء هذا النوع من الحقن لأسباب مثل هذه:
    .item-1 = { $region ->
        [upper] ألم يمتدّ إلى الذراع لأن عصبًا قرب العمود الفقري متهيّج. وقد يكون السبب غضروفًا بارزًا أو منزلقًا (الانزلاق الغضروفي). والغضروف وسادة ليّنة بين عظام العمود الفقري.
       *[lower] ألم يمتدّ إلى الساق لأن عصبًا قرب العمود الفقري متهيّج. وقد يكون السبب غضروفًا بارزًا أو منزلقًا (الانزلاق الغضروفي). والغضروف وسادة ليّنة بين عظام العمود الفقري.
    }
    .item-2 = تضيّق القناة الشوكية. وهو ضيق في المساحة التي حول الأعصاب داخل العمود الفقري.
    .item-3 = اختبار يساعد على معرفة مصدر الألم
    .note-1 = هذه أمثلة فقط. اسأل طبيبك لماذا يناسبك هذا الإجراء.

# Common reasons for a tube (62324-62327). Examples only: no promise that it helps.
# $region (String) - "upper" or "lower". The "upper" examples are the ones the code's source gives for a tube in
# the neck or upper back. They must not be used for the lower back: the "lower" variants say less on purpose.
# "upper" .item-2: spinal stenosis in the upper back, a narrowing around the spinal cord; numbing medicine and a
# muscle relaxer (antispasmodic) as separate doses. "upper" .item-3: an opioid into the spinal fluid space.
# Arabic: "upper" .item-1 is the first place a steroid is named, so it carries the same gloss as `medicines`
# .item-4: (من نوع الكورتيزون), "cortisone-type" (review 2026-11-29, finding 13: kept).
why-catheter =
    .p-1 = يتيح { -tube(form: "def") } ل{ -care-team(form: "poss") } أن يعطيك الدواء لساعات أو أيام، دون حقنة جديدة لكل جرعة.
    .p-2 = { $region ->
        [upper] هذه بعض أسباب وضع { -tube } في { -upper-spine }:
       *[lower] هذه بعض أسباب وضع { -tube } كهذا:
    }
    .item-1 = { $region ->
        [upper] ألم طويل الأمد في الرقبة. ويمكن أن يُعطى عبر { -tube(form: "def") } { -steroid } (من نوع الكورتيزون)، وهو دواء يخفّف التورّم، بتدفّق مستمر على مدى عدة أيام.
       *[lower] ألم طويل الأمد يحتاج إلى دواء لساعات أو أيام، لا إلى حقنة واحدة فقط
    }
    .item-2 = { $region ->
        [upper] تضيّق القناة الشوكية في أعلى الظهر. وهو ضيق في المساحة التي حول النخاع الشوكي. ويمكن أن يُعطى عبر { -tube(form: "def") } { -numbing-medicine } ودواء يُرخي العضلات، على جرعات منفصلة.
       *[lower] تضيّق القناة الشوكية. وهو ضيق في المساحة التي حول الأعصاب داخل العمود الفقري.
    }
    .item-3 = { $region ->
        [upper] ألم بعد عملية جراحية في الصدر أو أعلى الظهر. ويمكن أن يُعطى دواء قوي للألم ({ -opioid }) بتدفّق مستمر في السائل الشوكي.
       *[lower] ألم بعد عملية جراحية
    }
    .note-1 = هذه أمثلة فقط. اسأل طبيبك لماذا يناسبك هذا الإجراء.

# Why a doctor uses a live x-ray to guide the needle or tube (77003). No variables.
why-guidance =
    .p-1 = يستخدم الطبيب { -live-x-ray } ليرى أين يقع طرف الإبرة أو { -tube(form: "def") }.
    .p-2 = وهذا يساعده على توجيه الطرف إلى المكان الصحيح قرب عمودك الفقري. وبذلك يمكن أن يصل الدواء إلى حيث يلزم.

## What happens

# Steps for a single shot.
# $region (String) - "upper": near the spinal cord; "lower": near the spinal nerves, below the end of the cord,
# and near the tailbone through a small natural opening (the caudal route).
# $imaging (String) - "yes" or "no": whether live x-ray or CT pictures are used to check the tip.
# .p-2 gives the medical names once: epidural space, and subarachnoid (intrathecal) space.
# Arabic: "the tip" is named as the tip of the needle or tube, since Arabic needs the owner of "tip".
# Arabic, .p-2: the term الحيّز فوق الجافية holds the word الجافية (the dura), so .p-2 explains it: "the outer
# layer of the sac". Review 2026-11-29, finding 4, suggested أي الكيس ("that is, the sac"); the dura is only the
# outer layer of the sac (reference: "the tough outer layer"), so this wording is kept as the more accurate one.
# Arabic, .item-3: أيضًا dropped after معها (finding 12).
what-happens-single =
    .p-1 = { $region ->
        [upper] يعطيك الطبيب حقنة دواء واحدة قرب نخاعك الشوكي.
       *[lower] يعطيك الطبيب حقنة دواء واحدة قرب الأعصاب الشوكية في { -lower-spine }. أما نخاعك الشوكي فينتهي عادةً في مستوى أعلى. وعند منطقة العصعص، تدخل الإبرة من فتحة طبيعية صغيرة.
    }
    .p-2 = { $region ->
        [upper] قد يُحقن الدواء في { -epidural-space }. وهو يقع مباشرةً خارج الجافية، وهي الغلاف الخارجي للكيس الذي يضمّ نخاعك الشوكي. أو قد يُحقن في { -fluid-space }، داخل هذا الكيس. واسمه في الطب { -fluid-space-medical }.
       *[lower] قد يُحقن الدواء في { -epidural-space }. وهو يقع مباشرةً خارج الجافية، وهي الغلاف الخارجي للكيس الذي يضمّ أعصابك الشوكية. أو قد يُحقن في { -fluid-space }، داخل هذا الكيس. واسمه في الطب { -fluid-space-medical }.
    }
    .item-1 = يجهّزك { -care-team } للحقنة.
    .item-2 = يخدّر الطبيب جلدك ب{ -numbing-medicine }.
    .item-3 = يُدخل الطبيب إبرة. وأحيانًا يُستخدم معها { -tube } رفيع وليّن.
    .item-4 = { $imaging ->
        [yes] يستعين الطبيب ب{ -live-x-ray } أو ب{ -ct-scan } ليتأكد من أنّ طرف الإبرة أو { -tube(form: "def") } في المكان الصحيح.
       *[no] يتأكد الطبيب من أنّ طرف الإبرة أو { -tube(form: "def") } في المكان الصحيح.
    }
    .item-5 = يُحقن الدواء.
    .item-6 = تُزال الإبرة أو { -tube(form: "def") } في اليوم نفسه.
    .item-7 = يراقبك { -care-team } لبعض الوقت ليرى كيف يتفاعل جسمك مع الدواء.

# Steps for a tube that stays in.
# $region (String) - "upper": near the spinal cord; "lower": near the spinal nerves, below the end of the cord,
# and near the tailbone through a small natural opening (the caudal route).
# $imaging (String) - "yes" or "no": whether live x-ray or CT pictures are used to check the tube.
# .p-2 gives the medical names once: epidural space, and subarachnoid (intrathecal) space.
# Arabic, .p-2: الجافية is explained as in what-happens-single (finding 4).
what-happens-catheter =
    .p-1 = { $region ->
        [upper] يضع الطبيب { -tube(form: "acc") } رفيعًا وليّنًا قرب نخاعك الشوكي.
       *[lower] يضع الطبيب { -tube(form: "acc") } رفيعًا وليّنًا قرب الأعصاب الشوكية في { -lower-spine }. أما نخاعك الشوكي فينتهي عادةً في مستوى أعلى. وعند منطقة العصعص، تدخل الإبرة من فتحة طبيعية صغيرة.
    } ويُسمّى هذا { -tube(form: "def") } في الطب «{ -catheter }».
    .p-2 = { $region ->
        [upper] قد يوضع { -tube(form: "def") } في { -epidural-space }. وهو يقع مباشرةً خارج الجافية، وهي الغلاف الخارجي للكيس الذي يضمّ نخاعك الشوكي. أو قد يوضع في { -fluid-space }، داخل هذا الكيس. واسمه في الطب { -fluid-space-medical }.
       *[lower] قد يوضع { -tube(form: "def") } في { -epidural-space }. وهو يقع مباشرةً خارج الجافية، وهي الغلاف الخارجي للكيس الذي يضمّ أعصابك الشوكية. أو قد يوضع في { -fluid-space }، داخل هذا الكيس. واسمه في الطب { -fluid-space-medical }.
    }
    .item-1 = يجهّزك { -care-team } للإجراء.
    .item-2 = يخدّر الطبيب جلدك ب{ -numbing-medicine }.
    .item-3 = يُدخل الطبيب إبرة، ثم يُدخل { -tube(form: "def") }.
    .item-4 = { $imaging ->
        [yes] يستعين الطبيب ب{ -live-x-ray } أو ب{ -ct-scan } ليتأكد من أنّ { -tube(form: "def") } في المكان الصحيح.
       *[no] يتأكد الطبيب من أنّ { -tube(form: "def") } في المكان الصحيح.
    }
    .item-5 = يُعطى الدواء عبر { -tube(form: "def") }.
    .item-6 = يُثبَّت { -tube(form: "def") } بشريط لاصق أو بطريقة أخرى، حتى يبقى في مكانه.
    .item-7 = يراقبك { -care-team } لبعض الوقت ليرى كيف يتفاعل جسمك مع الدواء.

# Steps of the live x-ray guidance (77003). No variables.
what-happens-guidance =
    .p-1 = يعرض { -live-x-ray } صورًا متحركة على شاشة. واسمه في الطب «{ -fluoroscopy }».
    .item-1 = يعرض جهاز الأشعة عمودك الفقري على شاشة أثناء عمل الطبيب.
    .item-2 = يراقب الطبيب الشاشة وهو يحرّك الإبرة أو { -tube(form: "def") }.
    .item-3 = تُظهر الصور مكان طرف الإبرة أو { -tube(form: "def") }.
    .item-4 = هذا يساعد الطبيب على وضع الطرف في المكان الصحيح.

## The medicine

# The kinds of medicine, for single shots and tubes (one message serves both). No variables.
# Never a medicine that destroys nerves (neurolytic).
# Arabic: item-4 adds "(cortisone-type)" after the medical word, because most Arabic-speaking
# patients know steroid medicines as "cortisone". Review 2026-11-29, finding 13: the reviewer recommends
# keeping it; kept.
medicines =
    .p-1 = قد يساعد الدواء على معرفة سبب الألم، أو قد يعالجه. ولا يُستخدم هذا الرمز أبدًا لدواء يُتلف الأعصاب.
    .p-2 = قد يكون الدواء واحدًا أو أكثر مما يلي:
    .item-1 = { -numbing-medicine } (مخدِّر موضعي)
    .item-2 = دواء يُرخي العضلات، لتخفيف تشنّجها
    .item-3 = دواء قوي للألم ({ -opioid })
    .item-4 = { -steroid } (من نوع الكورتيزون)، وهو دواء يخفّف التورّم
    .item-5 = دواء سائل آخر

# 77003 covers no medicine: the shot or tube that gives it has its own code. No variables.
# Arabic, .p-2: "The shot or tube that gives the medicine" is "giving the medicine, by a shot or through a tube".
medicines-guidance =
    .p-1 = هذا الرمز لا يشمل أي دواء. فهو خاص ب{ -live-x-ray } فقط.
    .p-2 = أما إعطاء الدواء، بحقنة أو عبر { -tube }، فله رمز خاص به.

## How the medicine is given

# One shot, all at once. No variables.
# Arabic: "at one time" is دفعةً واحدة ("all at once"), the phrase the term جرعة دفعية comes from;
# في وقت واحد would read as "at the same time" (simultaneously).
how-given-single =
    .p-1 = يُعطى لك الدواء في حقنة واحدة، كلّه دفعةً واحدة.
    .p-2 = بعد ذلك تُزال الإبرة أو { -tube(form: "def") }. ولا يبقى شيء في جسمك.

# Through the tube: a steady flow (continuous infusion) or separate doses (intermittent boluses). No variables.
# .note-1 explains "bolus" after the list: a bolus is one dose given at one time, not always a large one.
# Arabic: "bolus" is جرعة دفعية ("a dose given in one push"), the term used in Arabic clinical
# practice; the dictionary term بُلعة would make lay readers think of swallowing.
how-given-catheter =
    .p-1 = يبقى { -tube(form: "def") } في مكانه بعد الجرعة الأولى. ويمكن أن يمرّ الدواء عبره لساعات أو أيام.
    .p-2 = يمرّ الدواء عبر { -tube(form: "def") } بإحدى طريقتين:
    .item-1 = تدفّق مستمر، غالبًا من مضخة
    .item-2 = جرعات منفصلة من وقت لآخر
    .note-1 = وتُسمّى كل جرعة منفصلة في الطب «جرعة دفعية». والجرعة الدفعية ليست دائمًا جرعة كبيرة.

# 77003 gives no medicine. No variables.
how-given-guidance =
    .p-1 = يُستخدم { -live-x-ray } أثناء إدخال الإبرة أو { -tube(form: "def") }. ولا يُعطى به أي دواء.

## Pictures to guide the needle

# Imaging for a single shot.
# $imaging (String) - "yes" (live x-ray or CT guides the needle) or "no".
# Arabic, .p-2 [no]: no ف before the present verb in the answer clause (review 2026-11-29, finding 11).
imaging-single =
    .p-1 = { $imaging ->
        [yes] يُستخدم { -live-x-ray } أو { -ct-scan } لتوجيه الإبرة. وتعرض هذه الفحوص صورًا من داخل جسمك.
       *[no] لا تُستخدم الأشعة السينية ولا { -ct-scan } لتوجيه الإبرة.
    }
    .p-2 = { $imaging ->
        [yes] يستعين الطبيب بالصور لتوجيه الإبرة ولمعرفة مكان طرفها.
       *[no] وإذا استُخدمت صور الأشعة السينية أو { -ct-scan } لتوجيه الإبرة، يكون الرمز مختلفًا.
    }

# Imaging for a tube.
# $imaging (String) - "yes" (live x-ray or CT guides the needle and tube) or "no".
imaging-catheter =
    .p-1 = { $imaging ->
        [yes] يُستخدم { -live-x-ray } أو { -ct-scan } لتوجيه الإبرة و{ -tube(form: "def") }. وتعرض هذه الفحوص صورًا من داخل جسمك.
       *[no] لا تُستخدم الأشعة السينية ولا { -ct-scan } لتوجيه الإبرة أو { -tube(form: "def") }.
    }
    .p-2 = { $imaging ->
        [yes] يستعين الطبيب بالصور لتوجيه { -tube(form: "def") } ولمعرفة مكان طرفه.
       *[no] وإذا استُخدمت صور الأشعة السينية أو { -ct-scan } لتوجيه { -tube(form: "def") }، يكون الرمز مختلفًا.
    }

# 77003 is the imaging itself, for a needle or tube near any part of the spine. No variables.
imaging-guidance =
    .p-1 = هذا الرمز خاص بالتصوير بالأشعة نفسه. ويمكن أن يوجّه { -live-x-ray } إبرةً أو { -tube(form: "acc") } قرب أي جزء من العمود الفقري.
    .p-2 = فهو يساعد الطبيب على توجيه الإبرة أو { -tube(form: "def") }، وعلى رؤية مكان الطرف.

## When to get emergency help

# Emergency signs after a single shot. .p-1 leads into the list. The items are the signs, one each.
# .note-1 says why the first four signs are urgent.
# $region (String) - "upper": a bleed or infection could press on the spinal cord or nerves;
# "lower": on the spinal nerves (the cord usually ends higher up).
# .note-2: the last two signs can come from opioid pain medicine.
# .note-3 speaks about the people with the patient, who must act if the patient is hard to wake.
# Arabic: "Get emergency help" is اطلب مساعدة طبية طارئة ("seek emergency medical help"): the bare
# المساعدة الطارئة does not say that the help must be medical. No phone number is named.
# "Pee or poop" is خروج البول أو البراز, plain but not slang, as slang differs by country.
# "Groin" is أصل الفخذين ("where the thighs meet the body"), the lay word.
# .note-1: "infection" is خُرّاج (تجمّع للصديد), an abscess: an Arabic عدوى ("infection") cannot "press" on
# anything (review 2026-11-29, finding 9; the reference names an abscess).
emergency-single =
    .p-1 = اطلب مساعدة طبية طارئة فورًا إذا حدث لك أيٌّ مما يلي:
    .item-1 = ألم جديد أو شديد في الظهر أو الرقبة
    .item-2 = خدر أو ضعف جديد في ذراعيك أو ساقيك
    .item-3 = صعوبة في التحكم في المثانة أو الأمعاء (أي في خروج البول أو البراز)
    .item-4 = خدر جديد في أصل الفخذين أو في الأرداف
    .item-5 = تنفّس بطيء أو سطحي
    .item-6 = نعاس شديد يصعب معه إيقاظك
    .note-1 = { $region ->
        [upper] قد تعني العلامات الأربع الأولى أن نزيفًا أو خُرّاجًا (تجمّعًا للصديد) يضغط على نخاعك الشوكي أو أعصابك. وهذا نادر، لكنه يحتاج إلى علاج خلال ساعات.
       *[lower] قد تعني العلامات الأربع الأولى أن نزيفًا أو خُرّاجًا (تجمّعًا للصديد) يضغط على أعصابك الشوكية. وهذا نادر، لكنه يحتاج إلى علاج خلال ساعات.
    }
    .note-2 = وقد يحدث التنفّس البطيء والنعاس الشديد مع { -opioid(form: "def-plural") }.
    .note-3 = وإذا صعُب إيقاظك، فعلى من معك أن يطلبوا لك مساعدة طبية طارئة.

# Emergency signs with a tube. The same as emergency-single; kept apart so each kind can change on its own.
# $region (String) - "upper": a bleed or infection could press on the spinal cord or nerves;
# "lower": on the spinal nerves (the cord usually ends higher up).
# .note-2: the last two signs can come from opioid pain medicine.
# .note-3 speaks about the people with the patient, who must act if the patient is hard to wake.
# Arabic: the same wording as emergency-single (see its notes).
emergency-catheter =
    .p-1 = اطلب مساعدة طبية طارئة فورًا إذا حدث لك أيٌّ مما يلي:
    .item-1 = ألم جديد أو شديد في الظهر أو الرقبة
    .item-2 = خدر أو ضعف جديد في ذراعيك أو ساقيك
    .item-3 = صعوبة في التحكم في المثانة أو الأمعاء (أي في خروج البول أو البراز)
    .item-4 = خدر جديد في أصل الفخذين أو في الأرداف
    .item-5 = تنفّس بطيء أو سطحي
    .item-6 = نعاس شديد يصعب معه إيقاظك
    .note-1 = { $region ->
        [upper] قد تعني العلامات الأربع الأولى أن نزيفًا أو خُرّاجًا (تجمّعًا للصديد) يضغط على نخاعك الشوكي أو أعصابك. وهذا نادر، لكنه يحتاج إلى علاج خلال ساعات.
       *[lower] قد تعني العلامات الأربع الأولى أن نزيفًا أو خُرّاجًا (تجمّعًا للصديد) يضغط على أعصابك الشوكية. وهذا نادر، لكنه يحتاج إلى علاج خلال ساعات.
    }
    .note-2 = وقد يحدث التنفّس البطيء والنعاس الشديد مع { -opioid(form: "def-plural") }.
    .note-3 = وإذا صعُب إيقاظك، فعلى من معك أن يطلبوا لك مساعدة طبية طارئة.

# Emergency signs for 77003. It gives no medicine, so there are no opioid signs. It can be used at any part of
# the spine, so .note-1 names both the spinal cord and the nerves. No variables.
# Arabic: the same wording as emergency-single (see its notes).
emergency-guidance =
    .p-1 = اطلب مساعدة طبية طارئة فورًا إذا حدث لك أيٌّ مما يلي:
    .item-1 = ألم جديد أو شديد في الظهر أو الرقبة
    .item-2 = خدر أو ضعف جديد في ذراعيك أو ساقيك
    .item-3 = صعوبة في التحكم في المثانة أو الأمعاء (أي في خروج البول أو البراز)
    .item-4 = خدر جديد في أصل الفخذين أو في الأرداف
    .note-1 = قد تعني هذه العلامات أن نزيفًا أو خُرّاجًا (تجمّعًا للصديد) يضغط على نخاعك الشوكي أو أعصابك. وهذا نادر، لكنه يحتاج إلى علاج خلال ساعات.

## When to call your care team (not an emergency)

# Signs to call the care team about after a single shot. No variables.
# .item-3: a leak of spinal fluid. .item-4: itching or nausea. .item-5: dizziness or feeling faint.
# Arabic: "Spinal fluid may be leaking" is فقد يكون ذلك بسبب تسرّب السائل الشوكي ("this may be from a leak
# of spinal fluid"). "Nausea" is غثيان, explained as "a feeling that you want to vomit".
# .item-2: "warmth" is دفء. Review 2026-11-29, finding 12, found سخونة ambiguous (it can mean "fever"); the
# reviewer offered دفء or حرارة; دفء is used, because حرارة also means "fever" in everyday speech.
when-to-call-single =
    .p-1 = اتصل ب{ -care-team(form: "poss") } إذا حدث لك أيٌّ مما يلي:
    .item-1 = حمّى أو قشعريرة
    .item-2 = احمرار أو دفء أو تورّم أو صديد أو سائل في المكان الذي دخلت منه الإبرة
    .item-3 = صداع شديد يزداد عند الجلوس أو الوقوف، ويخفّ عند الاستلقاء. فقد يكون ذلك بسبب تسرّب السائل الشوكي.
    .item-4 = حكّة أو غثيان (شعور بالرغبة في التقيّؤ)
    .item-5 = دوخة، أو شعور بأنك على وشك الإغماء

# Signs to call the care team about with a tube. No variables.
# .item-3: a leak of spinal fluid. .item-4: itching or nausea. .item-5: dizziness or feeling faint.
# Arabic: the same wording as when-to-call-single (see its notes).
when-to-call-catheter =
    .p-1 = اتصل ب{ -care-team(form: "poss") } إذا حدث لك أيٌّ مما يلي:
    .item-1 = حمّى أو قشعريرة
    .item-2 = احمرار أو دفء أو تورّم أو صديد أو سائل في المكان الذي يدخل منه { -tube(form: "def") }
    .item-3 = صداع شديد يزداد عند الجلوس أو الوقوف، ويخفّ عند الاستلقاء. فقد يكون ذلك بسبب تسرّب السائل الشوكي.
    .item-4 = حكّة أو غثيان (شعور بالرغبة في التقيّؤ)
    .item-5 = دوخة، أو شعور بأنك على وشك الإغماء
    .item-6 = خروج { -tube(form: "def") } من مكانه، أو تسرّب منه

# Signs to call the care team about for 77003 (no medicine, so no itching or nausea). No variables.
# .item-3: a leak of spinal fluid. .item-4: dizziness or feeling faint (it can happen with any spine injection).
# Arabic: the same wording as when-to-call-single (see its notes).
when-to-call-guidance =
    .p-1 = اتصل ب{ -care-team(form: "poss") } إذا حدث لك أيٌّ مما يلي:
    .item-1 = حمّى أو قشعريرة
    .item-2 = احمرار أو دفء أو تورّم أو صديد أو سائل في المكان الذي دخلت منه الإبرة
    .item-3 = صداع شديد يزداد عند الجلوس أو الوقوف، ويخفّ عند الاستلقاء. فقد يكون ذلك بسبب تسرّب السائل الشوكي.
    .item-4 = دوخة، أو شعور بأنك على وشك الإغماء

## What the code on your bill means

# Billing of a single shot.
# $code (String) - the code number, such as 62320.
# $imaging (String) - "yes": the imaging is part of the code, so 77003 is not billed again;
# "no": 77003 is not billed with it either.
# Arabic: "billed" is يُضاف إلى الفاتورة ("added to the bill") throughout. .p-2 [yes]: the subject (التصوير)
# is named and "as code 77003" is تحت الرمز 77003 (review 2026-11-29, finding 5).
billing-single =
    .p-1 = الرمز { $code } يعني حقنة واحدة. وتُزال الإبرة أو { -tube(form: "def") } في اليوم نفسه.
    .p-2 = { $imaging ->
        [yes] التصوير بالأشعة جزء من هذا الرمز. لذلك لا يُضاف التصوير إلى الفاتورة مرة ثانية تحت الرمز 77003.
       *[no] الرمز 77003، وهو للتوجيه ب{ -live-x-ray }، لا يُضاف إلى الفاتورة مع هذا الرمز.
    }

# Billing of a tube: once for the whole series of doses, even over several days.
# $code (String) - the code number, such as 62324.
# $imaging (String) - "yes": the imaging is part of the code, so 77003 is not billed again;
# "no": 77003 is not billed with it either.
# Arabic, .p-1: one sentence, as the reviewer suggested (finding 7): "once for all the doses ..., even if ...".
# Second review: split again into two short sentences, as in the English (one 22-word sentence was the longest on the page); finding 7's wording is kept, without ويصحّ هذا.
billing-catheter =
    .p-1 = يُضاف الرمز { $code } إلى الفاتورة مرة واحدة عن كل الجرعات التي تُعطى عبر { -tube(form: "def") }. ولا يتغيّر ذلك حتى لو بقي { -tube(form: "def") } في مكانه عدة أيام.
    .p-2 = { $imaging ->
        [yes] التصوير بالأشعة جزء من هذا الرمز. لذلك لا يُضاف التصوير إلى الفاتورة مرة ثانية تحت الرمز 77003.
       *[no] الرمز 77003، وهو للتوجيه ب{ -live-x-ray }، لا يُضاف إلى الفاتورة مع هذا الرمز.
    }

# Billing of 77003: never with 62320-62327 (some already include imaging; the others are used when no imaging
# is done). No variables.
billing-guidance =
    .p-1 = الرمز 77003 خاص بالتوجيه ب{ -live-x-ray } فقط.
    .p-2 = ولا يُضاف إلى الفاتورة مع الرموز من 62320 إلى 62327. فبعض هذه الرموز يشمل التصوير بالأشعة أصلًا. أما باقيها فلا يُستخدم إلا إذا لم يُجرَ أي تصوير بالأشعة.

## Questions to ask your care team

# Questions for a single shot. No variables.
# Arabic: "blood thinners" is مميّعات الدم, the common lay name. "Should I stop any of my medicines" is
# هل عليّ أن أتوقف عن تناول أيٍّ من أدويتي (finding 12).
questions-single =
    .item-1 = لماذا هذا هو الخيار المناسب لي؟ وما الخيارات الأخرى المتاحة لي؟
    .item-2 = ما الدواء الذي سأحصل عليه؟
    .item-3 = هل عليّ أن أتوقف عن تناول أيٍّ من أدويتي أولًا، مثل مميّعات الدم؟
    .item-4 = بمن أتصل، ليلًا أو نهارًا، إذا شعرت أن شيئًا ما ليس على ما يرام؟

# Questions for a tube. No variables. .item-5: the code should be billed once for the whole series.
# Arabic, .item-5: أ…أم rather than هل…أم, and ينبغي ("should") rather than يجب ("must") (finding 8).
questions-catheter =
    .item-1 = لماذا هذا هو الخيار المناسب لي؟ وما الخيارات الأخرى المتاحة لي؟
    .item-2 = ما الدواء الذي سيمرّ عبر { -tube(form: "def") }، ولأي مدة؟
    .item-3 = هل عليّ أن أتوقف عن تناول أيٍّ من أدويتي أولًا، مثل مميّعات الدم؟
    .item-4 = بمن أتصل، ليلًا أو نهارًا، إذا شعرت أن شيئًا ما ليس على ما يرام؟
    .item-5 = أسيظهر هذا في فاتورتي مرة واحدة، أم مرة عن كل جرعة؟ (ينبغي أن يظهر مرة واحدة عن الجرعات كلها.)

# Questions for 77003. No variables.
questions-guidance =
    .item-1 = لماذا أحتاج إلى { -live-x-ray } لتوجيه الإبرة أو { -tube(form: "def") }؟
    .item-2 = هل عليّ أن أتوقف عن تناول أيٍّ من أدويتي أولًا، مثل مميّعات الدم؟
    .item-3 = بمن أتصل، ليلًا أو نهارًا، إذا شعرت أن شيئًا ما ليس على ما يرام؟
