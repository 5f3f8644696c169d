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
### Arabic: "spinal cord" is النخاع الشوكي, the name most lay readers know
### (الحبل الشوكي is also correct). "Spinal fluid" is السائل الشوكي.

## Headings

section-what-happens = ماذا يحدث
section-medicines = الدواء
section-how-given = كيف يُعطى الدواء
section-imaging = صور لتوجيه الإبرة
section-billing = ماذا يعني الرمز في فاتورتك
section-when-to-call = متى تطلب المساعدة
section-questions = أسئلة تطرحها على { -care-team(form: "poss") }

## What happens

# Arabic: "the tip" is named as the tip of the needle or tube, since Arabic needs the owner of "tip".
what-happens-single =
    .p-1 = يعطيك الطبيب حقنة دواء واحدة في حيّز قريب من نخاعك الشوكي.
    .p-2 = قد يكون هذا الحيّز هو { -epidural-space }. وهو يقع مباشرةً خارج الكيس الذي يضمّ نخاعك الشوكي. وقد يكون { -fluid-space }. وهو يقع داخل هذا الكيس.
    .item-1 = يجهّزك { -care-team } للحقنة.
    .item-2 = يخدّر الطبيب جلدك ب{ -numbing-medicine }.
    .item-3 = يُدخل الطبيب إبرة. وأحيانًا يُستخدم معها أيضًا { -tube } رفيع وليّن.
    .item-4 = { $imaging ->
        [yes] يستعين الطبيب بصور { -live-x-ray } أو { -ct-scan } ليتأكد من أنّ طرف الإبرة أو { -tube(form: "def") } في المكان الصحيح.
       *[no] يتأكد الطبيب من أنّ طرف الإبرة أو { -tube(form: "def") } في المكان الصحيح.
    }
    .item-5 = يُحقن الدواء.
    .item-6 = تُزال الإبرة أو { -tube(form: "def") } في اليوم نفسه.
    .item-7 = يراقبك { -care-team } لبعض الوقت ليرى كيف يتفاعل جسمك مع الدواء.

what-happens-catheter =
    .p-1 = يضع الطبيب { -tube(form: "acc") } رفيعًا وليّنًا في حيّز قريب من نخاعك الشوكي. ويُسمّى هذا { -tube(form: "def") } في الطب «{ -catheter }».
    .p-2 = قد يكون هذا الحيّز هو { -epidural-space }. وهو يقع مباشرةً خارج الكيس الذي يضمّ نخاعك الشوكي. وقد يكون { -fluid-space }. وهو يقع داخل هذا الكيس.
    .item-1 = يجهّزك { -care-team } للإجراء.
    .item-2 = يخدّر الطبيب جلدك ب{ -numbing-medicine }.
    .item-3 = يُدخل الطبيب إبرة، ثم يُدخل { -tube(form: "def") }.
    .item-4 = { $imaging ->
        [yes] يستعين الطبيب بصور { -live-x-ray } أو { -ct-scan } ليتأكد من أنّ { -tube(form: "def") } في المكان الصحيح.
       *[no] يتأكد الطبيب من أنّ { -tube(form: "def") } في المكان الصحيح.
    }
    .item-5 = يُعطى الدواء عبر { -tube(form: "def") }.
    .item-6 = يُثبَّت { -tube(form: "def") } بشريط لاصق أو بطريقة أخرى، حتى يبقى في مكانه.
    .item-7 = يراقبك { -care-team } لبعض الوقت ليرى كيف يتفاعل جسمك مع الدواء.

what-happens-guidance =
    .p-1 = تعرض { -live-x-ray } صورًا متحركة على شاشة. واسمها في الطب «{ -fluoroscopy }».
    .item-1 = يعرض جهاز الأشعة عمودك الفقري على شاشة أثناء عمل الطبيب.
    .item-2 = يراقب الطبيب الشاشة وهو يحرّك الإبرة أو { -tube(form: "def") }.
    .item-3 = تُظهر الصور مكان طرف الإبرة أو { -tube(form: "def") }.
    .item-4 = هذا يساعد الطبيب على وضع الطرف في المكان الصحيح لإعطاء الحقنة.

## The medicine

# Arabic: item-4 adds "(cortisone-type)" after the medical word, because most Arabic-speaking
# patients know steroid medicines as "cortisone". A reviewer may drop it.
medicines =
    .p-1 = قد يساعد الدواء على معرفة سبب الألم، أو قد يعالجه. ولا يُستخدم هذا الرمز أبدًا لدواء يُتلف الأعصاب.
    .p-2 = قد يكون الدواء واحدًا أو أكثر مما يلي:
    .item-1 = { -numbing-medicine } (مخدِّر موضعي)
    .item-2 = دواء يُرخي العضلات، لتخفيف تشنّجها
    .item-3 = دواء قوي للألم ({ -opioid })
    .item-4 = { -steroid } (من نوع الكورتيزون)، وهو دواء يخفّف التورّم
    .item-5 = دواء سائل آخر

medicines-guidance =
    .p-1 = هذا الرمز لا يشمل أي دواء. فهو خاص ب{ -live-x-ray } فقط.
    .p-2 = أما الحقنة التي تُعطي الدواء فلها رمز خاص بها.

## How the medicine is given

# Arabic: "bolus" is جرعة دفعية ("a dose given in one push"), the term used in Arabic clinical
# practice; the dictionary term بُلعة would make lay readers think of swallowing.
# "At one time" is دفعةً واحدة ("all at once") in both how-given messages, the phrase the term
# جرعة دفعية comes from; في وقت واحد would read as "at the same time" (simultaneously).
how-given-single =
    .p-1 = يُعطى لك الدواء في حقنة واحدة، كلّه دفعةً واحدة.
    .p-2 = بعد ذلك تُزال الإبرة أو { -tube(form: "def") }. ولا يبقى شيء في ظهرك.

how-given-catheter =
    .p-1 = يبقى { -tube(form: "def") } في مكانه بعد الجرعة الأولى. وقد يستمر ذلك لساعات أو أيام.
    .p-2 = الجرعة التي تُعطى دفعةً واحدة تُسمّى في الطب «جرعة دفعية». والجرعة الدفعية ليست دائمًا جرعة كبيرة.
    .p-3 = يمرّ الدواء عبر { -tube(form: "def") } بإحدى طريقتين:
    .item-1 = تدفّق مستمر، غالبًا من مضخة صغيرة
    .item-2 = جرعات منفصلة من وقت لآخر

how-given-guidance =
    .p-1 = تُستخدم { -live-x-ray } أثناء إدخال الإبرة أو { -tube(form: "def") }. ولا يُعطى بها أي دواء.

## Pictures to guide the needle

imaging-single =
    .p-1 = { $imaging ->
        [yes] تُستخدم { -live-x-ray } أو { -ct-scan } لتوجيه الإبرة. وهذه الأجهزة تعرض صورًا من داخل جسمك.
       *[no] لا تُستخدم الأشعة السينية ولا { -ct-scan } لتوجيه الإبرة.
    }
    .p-2 = { $imaging ->
        [yes] يستعين الطبيب بالصور لتوجيه الإبرة ولمعرفة مكان طرفها.
       *[no] إذا استُخدمت صور الأشعة السينية أو { -ct-scan } لتوجيه الإبرة، فيُستخدم رمز آخر.
    }

imaging-catheter =
    .p-1 = { $imaging ->
        [yes] تُستخدم { -live-x-ray } أو { -ct-scan } لتوجيه الإبرة و{ -tube(form: "def") }. وهذه الأجهزة تعرض صورًا من داخل جسمك.
       *[no] لا تُستخدم الأشعة السينية ولا { -ct-scan } لتوجيه الإبرة أو { -tube(form: "def") }.
    }
    .p-2 = { $imaging ->
        [yes] يستعين الطبيب بالصور لتوجيه { -tube(form: "def") } ولمعرفة مكان طرفه.
       *[no] إذا استُخدمت صور الأشعة السينية أو { -ct-scan } لتوجيه { -tube(form: "def") }، فيُستخدم رمز آخر.
    }

imaging-guidance =
    .p-1 = هذا الرمز هو رمز التصوير نفسه. ويمكن استخدام { -live-x-ray } لحقنة في أي جزء من العمود الفقري.
    .p-2 = وهي تساعد الطبيب على توجيه الإبرة أو { -tube(form: "def") }، وعلى رؤية مكان الطرف.

## What the code on your bill means

# Arabic: "billed" is يُضاف إلى الفاتورة ("added to the bill") throughout.
billing-single =
    .p-1 = الرمز { $code } يعني حقنة واحدة. وتُزال الإبرة أو { -tube(form: "def") } في اليوم نفسه.
    .p-2 = { $imaging ->
        [yes] التصوير جزء من هذا الرمز. لذلك لا يُضاف إلى الفاتورة مرة أخرى بالرمز 77003.
       *[no] الرمز 77003، وهو للتوجيه ب{ -live-x-ray }، لا يُضاف إلى الفاتورة مع هذا الرمز.
    }

billing-catheter =
    .p-1 = يُضاف الرمز { $code } إلى الفاتورة مرة واحدة عن سلسلة الجرعات كلها التي تُعطى عبر { -tube(form: "def") }. ويصحّ هذا حتى لو بقي { -tube(form: "def") } في مكانه عدة أيام.
    .p-2 = { $imaging ->
        [yes] التصوير جزء من هذا الرمز. لذلك لا يُضاف إلى الفاتورة مرة أخرى بالرمز 77003.
       *[no] الرمز 77003، وهو للتوجيه ب{ -live-x-ray }، لا يُضاف إلى الفاتورة مع هذا الرمز.
    }

billing-guidance =
    .p-1 = الرمز 77003 خاص بالتوجيه ب{ -live-x-ray } فقط.
    .p-2 = ولا يُضاف إلى الفاتورة مع الرموز من 62320 إلى 62327. فبعض هذه الرموز يشمل التصوير أصلًا. أما باقيها فهو لحقن تُعطى دون تصوير.

## When to get help

# Arabic: "Get emergency help" is اطلب مساعدة طبية طارئة ("seek emergency medical help"): the bare
# المساعدة الطارئة does not say that the help must be medical. No phone number is named.
# "Spinal fluid may be leaking" is فقد يكون ذلك بسبب تسرّب السائل الشوكي ("this may be from a leak of spinal fluid").
# "Pee or poop" is خروج البول أو البراز, plain but not slang, as slang differs by country.
# "Upset stomach" is اضطراب في المعدة.
when-to-call-single =
    .p-1 = اطلب مساعدة طبية طارئة فورًا إذا حدث لك أيٌّ مما يلي: ألم جديد أو شديد في الظهر أو الرقبة، أو خدر أو ضعف جديد في ذراعيك أو ساقيك، أو عدم القدرة على التحكم في خروج البول أو البراز. فقد يكون السبب نزيفًا أو عدوى تضغط على نخاعك الشوكي. وهذا نادر، لكنه يحتاج إلى علاج خلال ساعات.
    .p-2 = واطلب مساعدة طبية طارئة أيضًا إذا صار تنفّسك بطيئًا أو سطحيًا، أو إذا شعرت بنعاس شديد وصار إيقاظك صعبًا. فقد يحدث هذا مع { -opioid(form: "def-plural") }.
    .p-3 = اتصل ب{ -care-team(form: "poss") } إذا حدث لك أيٌّ مما يلي:
    .item-1 = حمّى أو قشعريرة
    .item-2 = احمرار أو سخونة أو تورّم أو صديد أو سائل في المكان الذي دخلت منه الإبرة
    .item-3 = صداع شديد يزداد عند الجلوس أو الوقوف، ويخفّ عند الاستلقاء. فقد يكون ذلك بسبب تسرّب السائل الشوكي.
    .item-4 = حكّة، أو اضطراب في المعدة، أو دوخة، أو شعور بالإغماء

when-to-call-catheter =
    .p-1 = اطلب مساعدة طبية طارئة فورًا إذا حدث لك أيٌّ مما يلي: ألم جديد أو شديد في الظهر أو الرقبة، أو خدر أو ضعف جديد في ذراعيك أو ساقيك، أو عدم القدرة على التحكم في خروج البول أو البراز. فقد يكون السبب نزيفًا أو عدوى تضغط على نخاعك الشوكي. وهذا نادر، لكنه يحتاج إلى علاج خلال ساعات.
    .p-2 = واطلب مساعدة طبية طارئة أيضًا إذا صار تنفّسك بطيئًا أو سطحيًا، أو إذا شعرت بنعاس شديد وصار إيقاظك صعبًا. فقد يحدث هذا مع { -opioid(form: "def-plural") }.
    .p-3 = اتصل ب{ -care-team(form: "poss") } إذا حدث لك أيٌّ مما يلي:
    .item-1 = حمّى أو قشعريرة
    .item-2 = احمرار أو سخونة أو تورّم أو صديد أو سائل في المكان الذي يدخل منه { -tube(form: "def") }
    .item-3 = صداع شديد يزداد عند الجلوس أو الوقوف، ويخفّ عند الاستلقاء. فقد يكون ذلك بسبب تسرّب السائل الشوكي.
    .item-4 = حكّة، أو اضطراب في المعدة، أو دوخة، أو شعور بالإغماء
    .item-5 = خروج { -tube(form: "def") } من مكانه، أو تسرّب منه

when-to-call-guidance =
    .p-1 = اطلب مساعدة طبية طارئة فورًا إذا حدث لك أيٌّ مما يلي: ألم جديد أو شديد في الظهر أو الرقبة، أو خدر أو ضعف جديد في ذراعيك أو ساقيك، أو عدم القدرة على التحكم في خروج البول أو البراز. فقد يكون السبب نزيفًا أو عدوى تضغط على نخاعك الشوكي. وهذا نادر، لكنه يحتاج إلى علاج خلال ساعات.
    .p-2 = اتصل ب{ -care-team(form: "poss") } إذا حدث لك أيٌّ مما يلي:
    .item-1 = حمّى أو قشعريرة
    .item-2 = احمرار أو سخونة أو تورّم أو صديد أو سائل في المكان الذي دخلت منه الإبرة
    .item-3 = صداع شديد يزداد عند الجلوس أو الوقوف، ويخفّ عند الاستلقاء. فقد يكون ذلك بسبب تسرّب السائل الشوكي.

## Questions to ask your care team

# Arabic: "blood thinners" is مميّعات الدم, the common lay name.
questions-single =
    .item-1 = لماذا هذا هو الخيار المناسب لي؟ وما الخيارات الأخرى المتاحة لي؟
    .item-2 = ما الدواء الذي سأحصل عليه؟
    .item-3 = هل يجب أن أوقف أيًّا من أدويتي أولًا، مثل مميّعات الدم؟
    .item-4 = بمن أتصل، ليلًا أو نهارًا، إذا شعرت أن شيئًا ما ليس على ما يرام؟

questions-catheter =
    .item-1 = لماذا هذا هو الخيار المناسب لي؟ وما الخيارات الأخرى المتاحة لي؟
    .item-2 = ما الدواء الذي سيمرّ عبر { -tube(form: "def") }، ولأي مدة؟
    .item-3 = هل يجب أن أوقف أيًّا من أدويتي أولًا، مثل مميّعات الدم؟
    .item-4 = بمن أتصل، ليلًا أو نهارًا، إذا شعرت أن شيئًا ما ليس على ما يرام؟
    .item-5 = هل سيظهر هذا في فاتورتي مرة واحدة، أم مرة عن كل جرعة؟ (يجب أن يظهر مرة واحدة عن سلسلة الجرعات كلها.)

questions-guidance =
    .item-1 = لماذا أحتاج إلى { -live-x-ray } من أجل حقنتي؟
    .item-2 = هل يجب أن أوقف أيًّا من أدويتي أولًا، مثل مميّعات الدم؟
    .item-3 = بمن أتصل، ليلًا أو نهارًا، إذا شعرت أن شيئًا ما ليس على ما يرام؟
