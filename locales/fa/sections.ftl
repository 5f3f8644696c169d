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
###   $region  (String) "upper" (neck or upper back), "lower" (lower back or tailbone area) or "any" (77003).
###            The -single and -catheter messages only ever get "upper" or "lower".
###   $imaging (String) "yes" if live x-ray or CT guides the needle, "no" if not
###
### Anatomy by region: in the neck and upper back the shot or tube is near the spinal cord (نخاع). In the lower
### back and tailbone area it is near the spinal nerves (اعصاب نخاعی), not the cord: the cord usually ends higher
### up. The $region selectors keep this apart.
### List items are written as short phrases or sentences without a capital-letter problem (Persian has none);
### items that are sentences end with a full stop, as in English.

## Headings

# Heading of the part on common reasons for the shot, the tube or the live x-ray.
section-why = چرا این کار انجام می‌شود
# Heading of the numbered steps.
section-what-happens = چه کارهایی انجام می‌شود
# Heading of the part on the kinds of medicine.
section-medicines = دارو
# Heading of the part on how the medicine goes in: one shot, or a steady flow or separate doses.
section-how-given = دارو چطور داده می‌شود
# Heading of the part on imaging (live x-ray or CT pictures).
section-imaging = تصویرهایی برای هدایت سوزن
# Heading of the signs that need emergency help.
section-emergency = چه وقت باید فوری کمک اورژانسی بگیرید
# Heading of the signs to call the care team about (not an emergency).
section-when-to-call = چه وقت با { -care-team } خود تماس بگیرید
# Heading of the part on what the code means on a bill.
section-billing = معنی این کد در صورت‌حساب شما
# Heading of the list of questions.
section-questions = پرسش‌هایی که می‌توانید از { -care-team } خود بپرسید

## Why people get this

# Common reasons for a single shot (62320-62323). Examples only: no promise that it helps.
# $region (String) - "upper" (the pain spreads into an arm) or "lower" (into a leg).
# .item-1: pain from an irritated nerve root (radiculopathy); a disc (دیسک) is the soft cushion between
# two bones of the spine. .item-2: spinal stenosis (تنگی کانال نخاع). .item-3: a test shot (diagnostic injection).
why-single =
    .p-1 = پزشکان این نوع تزریق را به دلیل‌هایی مانند این‌ها انجام می‌دهند:
    .item-1 = { $region ->
        [upper] دردی که تا دست پخش می‌شود، چون یکی از عصب‌های نزدیک ستون فقرات تحریک شده است. بیرون‌زدگی یا فتق دیسک (دیسک لغزیده) می‌تواند باعث این درد شود. دیسک بالشتک نرمی است که میان استخوان‌های ستون فقرات قرار دارد.
       *[lower] دردی که تا پا پخش می‌شود، چون یکی از عصب‌های نزدیک ستون فقرات تحریک شده است. بیرون‌زدگی یا فتق دیسک (دیسک لغزیده) می‌تواند باعث این درد شود. دیسک بالشتک نرمی است که میان استخوان‌های ستون فقرات قرار دارد.
    }
    .item-2 = تنگی کانال نخاع؛ یعنی فضای دور عصب‌ها در ستون فقرات تنگ شده است.
    .item-3 = یک آزمایش، برای اینکه معلوم شود درد از کجا می‌آید
    .note-1 = این‌ها فقط چند نمونه است. از پزشک خود بپرسید چرا این روش برای شما مناسب است.

# Common reasons for a tube (62324-62327). Examples only: no promise that it helps.
# $region (String) - "upper" or "lower". The "upper" examples are the ones the code's source gives for a tube in
# the neck or upper back. They must not be used for the lower back: the "lower" variants say less on purpose.
# "upper" .item-2: spinal stenosis in the upper back, a narrowing around the spinal cord; numbing medicine and a
# muscle relaxer (شل‌کننده‌ی عضله, antispasmodic) as separate doses. "upper" .item-3: an opioid into the spinal fluid.
why-catheter =
    .p-1 = با { -tube(form: "indef") } که در بدن می‌ماند، { -care-team } شما می‌تواند چند ساعت یا چند روز دارو بدهد، بدون اینکه برای هر دوز دوباره تزریق کند.
    .p-2 = { $region ->
        [upper] چند دلیل برای گذاشتن { -tube } در { -upper-spine }:
       *[lower] چند دلیل برای گذاشتن چنین { -tube(form: "indef") }:
    }
    .item-1 = { $region ->
        [upper] درد طولانی‌مدت گردن. { -steroid }، یعنی دارویی که ورم و التهاب را کم می‌کند، می‌تواند در چند روز به شکل جریانی آرام و پیوسته داده شود.
       *[lower] درد طولانی‌مدتی که به جای یک بار تزریق، چند ساعت یا چند روز دارو لازم دارد
    }
    .item-2 = { $region ->
        [upper] تنگی کانال نخاع در بالای پشت؛ یعنی فضای دور نخاع تنگ شده است. از راه این { -tube } می‌توان { -numbing-medicine } و داروی شل‌کننده‌ی عضله را در دوزهای جداگانه داد.
       *[lower] تنگی کانال نخاع؛ یعنی فضای دور عصب‌ها در ستون فقرات تنگ شده است.
    }
    .item-3 = { $region ->
        [upper] درد بعد از جراحی روی قفسه‌ی سینه یا بالای پشت. داروی مسکن قوی ({ -opioid }) می‌تواند به شکل جریانی آرام و پیوسته به داخل مایع نخاع برود.
       *[lower] درد بعد از جراحی
    }
    .note-1 = این‌ها فقط چند نمونه است. از پزشک خود بپرسید چرا این روش برای شما مناسب است.

# Why a doctor uses a live x-ray to guide the needle or tube (77003). No variables.
why-guidance =
    .p-1 = پزشک به کمک { -live-x-ray } می‌بیند که نوک سوزن یا { -tube } کجاست.
    .p-2 = این کار به پزشک کمک می‌کند نوک آن را به جای درست، نزدیک ستون فقرات شما، برساند. به این ترتیب دارو به همان جایی می‌رسد که لازم است.

## What happens

# Steps for a single shot.
# $region (String) - "upper": near the spinal cord; "lower": near the spinal nerves, below the end of the cord,
# and near the tailbone through a small natural opening (the caudal route).
# $imaging (String) - "yes" or "no": whether live x-ray or CT pictures are used to check the tip.
# .p-2 gives the medical names once: epidural space, and subarachnoid (intrathecal) space.
what-happens-single =
    .p-1 = { $region ->
        [upper] پزشک یک بار دارو را نزدیک نخاع شما تزریق می‌کند.
       *[lower] پزشک یک بار دارو را نزدیک اعصاب نخاعی، در { -lower-spine }، تزریق می‌کند. نخاع شما معمولاً بالاتر از این ناحیه تمام می‌شود. در نزدیکی دنبالچه، سوزن از یک سوراخ کوچک طبیعی وارد می‌شود.
    }
    .p-2 = { $region ->
        [upper] دارو ممکن است به { -epidural-space } برود. این فضا درست بیرون کیسه‌ای است که نخاع شما را در بر گرفته است. یا ممکن است به { -fluid-space }، در داخل همین کیسه، برود. نام پزشکی این فضا، فضای { -fluid-space-medical } است.
       *[lower] دارو ممکن است به { -epidural-space } برود. این فضا درست بیرون کیسه‌ای است که اعصاب نخاعی شما را در بر گرفته است. یا ممکن است به { -fluid-space }، در داخل همین کیسه، برود. نام پزشکی این فضا، فضای { -fluid-space-medical } است.
    }
    .item-1 = { -care-team }، شما را برای این کار آماده می‌کند.
    .item-2 = پزشک پوست شما را با { -numbing-medicine } بی‌حس می‌کند.
    .item-3 = پزشک سوزن را وارد می‌کند. گاهی { -tube(form: "indef") } نازک و نرم هم به کار می‌رود.
    .item-4 = { $imaging ->
        [yes] پزشک به کمک { -live-x-ray } یا { -ct-scan } مطمئن می‌شود که نوک سوزن در جای درست است.
       *[no] پزشک مطمئن می‌شود که نوک سوزن در جای درست است.
    }
    .item-5 = دارو تزریق می‌شود.
    .item-6 = سوزن یا { -tube } همان روز بیرون آورده می‌شود.
    .item-7 = { -care-team } مدتی مراقب شماست تا ببیند بدن شما به دارو چه واکنشی نشان می‌دهد.

# Steps for a tube that stays in.
# $region (String) - "upper": near the spinal cord; "lower": near the spinal nerves, below the end of the cord,
# and near the tailbone through a small natural opening (the caudal route).
# $imaging (String) - "yes" or "no": whether live x-ray or CT pictures are used to check the tube.
# .p-2 gives the medical names once: epidural space, and subarachnoid (intrathecal) space.
what-happens-catheter =
    .p-1 = { $region ->
        [upper] پزشک { -tube(form: "indef") } نازک و نرم را نزدیک نخاع شما می‌گذارد.
       *[lower] پزشک { -tube(form: "indef") } نازک و نرم را نزدیک اعصاب نخاعی، در { -lower-spine }، می‌گذارد. نخاع شما معمولاً بالاتر از این ناحیه تمام می‌شود. در نزدیکی دنبالچه، سوزن از یک سوراخ کوچک طبیعی وارد می‌شود.
    } نام پزشکی این { -tube } «{ -catheter }» است.
    .p-2 = { $region ->
        [upper] { -tube } ممکن است در { -epidural-space } قرار بگیرد. این فضا درست بیرون کیسه‌ای است که نخاع شما را در بر گرفته است. یا ممکن است در { -fluid-space }، در داخل همین کیسه، قرار بگیرد. نام پزشکی این فضا، فضای { -fluid-space-medical } است.
       *[lower] { -tube } ممکن است در { -epidural-space } قرار بگیرد. این فضا درست بیرون کیسه‌ای است که اعصاب نخاعی شما را در بر گرفته است. یا ممکن است در { -fluid-space }، در داخل همین کیسه، قرار بگیرد. نام پزشکی این فضا، فضای { -fluid-space-medical } است.
    }
    .item-1 = { -care-team }، شما را برای این کار آماده می‌کند.
    .item-2 = پزشک پوست شما را با { -numbing-medicine } بی‌حس می‌کند.
    .item-3 = پزشک اول سوزن را وارد می‌کند و بعد { -tube } را.
    .item-4 = { $imaging ->
        [yes] پزشک به کمک { -live-x-ray } یا { -ct-scan } مطمئن می‌شود که { -tube } در جای درست است.
       *[no] پزشک مطمئن می‌شود که { -tube } در جای درست است.
    }
    .item-5 = دارو از راه { -tube } وارد بدن می‌شود.
    .item-6 = { -tube } را با چسب یا وسیله‌ای دیگر محکم می‌کنند تا در جای خود بماند.
    .item-7 = { -care-team } مدتی مراقب شماست تا ببیند بدن شما به دارو چه واکنشی نشان می‌دهد.

# Steps of the live x-ray guidance (77003). No variables.
what-happens-guidance =
    .p-1 = { -live-x-ray } تصویرهای متحرک را روی صفحه نشان می‌دهد. نام پزشکی آن «{ -fluoroscopy }» است.
    .item-1 = در همان زمانی که پزشک کار می‌کند، دستگاه اشعه‌ی ایکس ستون فقرات شما را روی صفحه نشان می‌دهد.
    .item-2 = پزشک هنگام جلو بردن سوزن یا { -tube }، صفحه را نگاه می‌کند.
    .item-3 = تصویرها نشان می‌دهند که نوک آن کجاست.
    .item-4 = این کار به پزشک کمک می‌کند نوک آن را در جای درست بگذارد.

## The medicine

# The kinds of medicine, for single shots and tubes (one message serves both). No variables.
# Never a medicine that destroys nerves (neurolytic).
medicines =
    .p-1 = دارو می‌تواند به پیدا کردن علت درد کمک کند، یا درد را درمان کند. این کد هرگز برای دارویی که عصب را از بین می‌برد به کار نمی‌رود.
    .p-2 = دارو می‌تواند یکی یا چند تا از این‌ها باشد:
    .item-1 = { -numbing-medicine } (داروی بی‌حسی موضعی)
    .item-2 = داروی شل‌کننده‌ی عضله، برای آرام کردن گرفتگی عضله
    .item-3 = داروی مسکن قوی ({ -opioid })
    .item-4 = { -steroid }، یعنی دارویی که ورم و التهاب را کم می‌کند
    .item-5 = داروی مایع دیگری

# 77003 covers no medicine: the shot or tube that gives it has its own code. No variables.
medicines-guidance =
    .p-1 = این کد هیچ دارویی را در بر نمی‌گیرد. فقط برای { -live-x-ray } است.
    .p-2 = تزریق یا { -tube(form: "indef") } که دارو را می‌رساند، کد جداگانه‌ی خودش را دارد.

## How the medicine is given

# One shot, all at once. No variables.
# Second review: .p-1 «همه با هم» (all together, said of people) replaced by «یک‌جا» (all at one time).
how-given-single =
    .p-1 = دارو در یک تزریق، یک‌جا، به شما داده می‌شود.
    .p-2 = بعد سوزن یا { -tube } بیرون آورده می‌شود. چیزی در بدن شما باقی نمی‌ماند.

# Through the tube: a steady flow (continuous infusion) or separate doses (intermittent boluses). No variables.
# .note-1 explains "bolus" (بولوس) after the list: one dose given at one time, not always a large one.
how-given-catheter =
    .p-1 = بعد از دوز اول، { -tube } در بدن می‌ماند. دارو می‌تواند چند ساعت یا چند روز از راه آن داده شود.
    .p-2 = دارو به یکی از این دو شکل از راه { -tube } داده می‌شود:
    .item-1 = به شکل جریانی آرام و پیوسته، که اغلب با یک پمپ انجام می‌شود
    .item-2 = در دوزهای جداگانه، هر چند وقت یک بار
    .note-1 = به هر دوز جداگانه «بولوس» می‌گویند، یعنی مقداری دارو که یک‌جا داده می‌شود. بولوس همیشه دوز زیادی نیست.

# 77003 gives no medicine. No variables.
how-given-guidance =
    .p-1 = { -live-x-ray } در همان زمانی به کار می‌رود که سوزن یا { -tube } وارد بدن می‌شود. این کار هیچ دارویی به شما نمی‌دهد.

## Pictures to guide the needle

# Imaging for a single shot.
# $imaging (String) - "yes" (live x-ray or CT guides the needle) or "no".
# Second review: «این آزمایش‌ها» (lab-test word) -> «این روش‌ها», as in the summaries (codes.ftl).
imaging-single =
    .p-1 = { $imaging ->
        [yes] سوزن به کمک { -live-x-ray } یا { -ct-scan } هدایت می‌شود. این روش‌ها از داخل بدن شما تصویر می‌گیرند.
       *[no] برای هدایت سوزن از اشعه‌ی ایکس یا { -ct-scan } استفاده نمی‌شود.
    }
    .p-2 = { $imaging ->
        [yes] پزشک با کمک این تصویرها سوزن را هدایت می‌کند و می‌بیند که نوک آن کجاست.
       *[no] اگر برای هدایت سوزن از تصویرهای اشعه‌ی ایکس یا { -ct-scan } استفاده شود، کد دیگری به کار می‌رود.
    }

# Imaging for a tube.
# $imaging (String) - "yes" (live x-ray or CT guides the needle and tube) or "no".
# Second review: «این آزمایش‌ها» (lab-test word) -> «این روش‌ها», as in the summaries (codes.ftl).
imaging-catheter =
    .p-1 = { $imaging ->
        [yes] سوزن و { -tube } به کمک { -live-x-ray } یا { -ct-scan } هدایت می‌شوند. این روش‌ها از داخل بدن شما تصویر می‌گیرند.
       *[no] برای هدایت سوزن یا { -tube } از اشعه‌ی ایکس یا { -ct-scan } استفاده نمی‌شود.
    }
    .p-2 = { $imaging ->
        [yes] پزشک با کمک این تصویرها { -tube } را هدایت می‌کند و می‌بیند که نوک آن کجاست.
       *[no] اگر برای هدایت آن از تصویرهای اشعه‌ی ایکس یا { -ct-scan } استفاده شود، کد دیگری به کار می‌رود.
    }

# 77003 is the imaging itself, for a needle or tube near any part of the spine. No variables.
imaging-guidance =
    .p-1 = این کد برای خودِ تصویربرداری است. { -live-x-ray } می‌تواند سوزن یا { -tube } را نزدیک هر بخشی از ستون فقرات هدایت کند.
    .p-2 = این کار به پزشک کمک می‌کند سوزن یا { -tube } را هدایت کند و ببیند که نوک آن کجاست.

## When to get emergency help

# Emergency signs after a single shot. .p-1 leads into the list. The items are the signs, one each.
# .note-1 says why the first four signs are urgent.
# $region (String) - "upper": a bleed or infection could press on the spinal cord or nerves;
# "lower": on the spinal nerves (the cord usually ends higher up).
# .note-2: the last two signs can come from opioid pain medicine.
# .note-3 speaks about the people with the patient, who must act if the patient is hard to wake.
emergency-single =
    .p-1 = اگر هر یک از این نشانه‌ها را دارید، فوراً کمک اورژانسی بگیرید:
    .item-1 = درد تازه یا شدید در کمر، پشت یا گردن
    .item-2 = بی‌حسی یا ضعف تازه در دست‌ها یا پاها
    .item-3 = مشکل در کنترل ادرار یا مدفوع (هنگام دستشویی رفتن)
    .item-4 = بی‌حسی تازه در کشاله‌ی ران یا باسن
    .item-5 = نفس کشیدن کند یا سطحی
    .item-6 = خواب‌آلودگی آن‌قدر سنگین که به سختی بیدار می‌شوید
    .note-1 = { $region ->
        [upper] چهار نشانه‌ی اول ممکن است به این معنی باشد که خونریزی یا عفونتی نادر به نخاع یا اعصاب شما فشار می‌آورد. این وضعیت باید در عرض چند ساعت درمان شود.
       *[lower] چهار نشانه‌ی اول ممکن است به این معنی باشد که خونریزی یا عفونتی نادر به اعصاب نخاعی شما فشار می‌آورد. این وضعیت باید در عرض چند ساعت درمان شود.
    }
    .note-2 = کند شدن نفس و خواب‌آلودگی سنگین ممکن است با داروی مسکن { -opioid } پیش بیاید.
    .note-3 = اگر به سختی بیدار می‌شوید، کسانی که همراه شما هستند باید برای شما کمک اورژانسی بگیرند.

# Emergency signs with a tube. The same as emergency-single; kept apart so each kind can change on its own.
# $region (String) - "upper": a bleed or infection could press on the spinal cord or nerves;
# "lower": on the spinal nerves (the cord usually ends higher up).
# .note-2: the last two signs can come from opioid pain medicine.
# .note-3 speaks about the people with the patient, who must act if the patient is hard to wake.
emergency-catheter =
    .p-1 = اگر هر یک از این نشانه‌ها را دارید، فوراً کمک اورژانسی بگیرید:
    .item-1 = درد تازه یا شدید در کمر، پشت یا گردن
    .item-2 = بی‌حسی یا ضعف تازه در دست‌ها یا پاها
    .item-3 = مشکل در کنترل ادرار یا مدفوع (هنگام دستشویی رفتن)
    .item-4 = بی‌حسی تازه در کشاله‌ی ران یا باسن
    .item-5 = نفس کشیدن کند یا سطحی
    .item-6 = خواب‌آلودگی آن‌قدر سنگین که به سختی بیدار می‌شوید
    .note-1 = { $region ->
        [upper] چهار نشانه‌ی اول ممکن است به این معنی باشد که خونریزی یا عفونتی نادر به نخاع یا اعصاب شما فشار می‌آورد. این وضعیت باید در عرض چند ساعت درمان شود.
       *[lower] چهار نشانه‌ی اول ممکن است به این معنی باشد که خونریزی یا عفونتی نادر به اعصاب نخاعی شما فشار می‌آورد. این وضعیت باید در عرض چند ساعت درمان شود.
    }
    .note-2 = کند شدن نفس و خواب‌آلودگی سنگین ممکن است با داروی مسکن { -opioid } پیش بیاید.
    .note-3 = اگر به سختی بیدار می‌شوید، کسانی که همراه شما هستند باید برای شما کمک اورژانسی بگیرند.

# Emergency signs for 77003. It gives no medicine, so there are no opioid signs. It can be used at any part of
# the spine, so .note-1 names both the spinal cord and the nerves. No variables.
emergency-guidance =
    .p-1 = اگر هر یک از این نشانه‌ها را دارید، فوراً کمک اورژانسی بگیرید:
    .item-1 = درد تازه یا شدید در کمر، پشت یا گردن
    .item-2 = بی‌حسی یا ضعف تازه در دست‌ها یا پاها
    .item-3 = مشکل در کنترل ادرار یا مدفوع (هنگام دستشویی رفتن)
    .item-4 = بی‌حسی تازه در کشاله‌ی ران یا باسن
    .note-1 = این نشانه‌ها ممکن است به این معنی باشد که خونریزی یا عفونتی نادر به نخاع یا اعصاب شما فشار می‌آورد. این وضعیت باید در عرض چند ساعت درمان شود.

## When to call your care team (not an emergency)

# Signs to call the care team about after a single shot. No variables.
# .item-3: a leak of spinal fluid. .item-4: itching or nausea. .item-5: dizziness or feeling faint.
when-to-call-single =
    .p-1 = اگر این نشانه‌ها را دارید، با { -care-team } خود تماس بگیرید:
    .item-1 = تب یا لرز
    .item-2 = قرمزی، گرمی، ورم، چرک یا ترشح در جایی که سوزن وارد شده است
    .item-3 = سردرد شدیدی که وقتی می‌نشینید یا می‌ایستید بدتر می‌شود و وقتی دراز می‌کشید بهتر می‌شود. ممکن است مایع نخاع نشت کند.
    .item-4 = خارش یا حالت تهوع (دل‌آشوبه)
    .item-5 = سرگیجه، یا احساس اینکه ممکن است از حال بروید

# Signs to call the care team about with a tube. No variables.
# .item-3: a leak of spinal fluid. .item-4: itching or nausea. .item-5: dizziness or feeling faint.
when-to-call-catheter =
    .p-1 = اگر این نشانه‌ها را دارید، با { -care-team } خود تماس بگیرید:
    .item-1 = تب یا لرز
    .item-2 = قرمزی، گرمی، ورم، چرک یا ترشح در جایی که { -tube } وارد بدن شده است
    .item-3 = سردرد شدیدی که وقتی می‌نشینید یا می‌ایستید بدتر می‌شود و وقتی دراز می‌کشید بهتر می‌شود. ممکن است مایع نخاع نشت کند.
    .item-4 = خارش یا حالت تهوع (دل‌آشوبه)
    .item-5 = سرگیجه، یا احساس اینکه ممکن است از حال بروید
    .item-6 = بیرون افتادن { -tube } یا نشت کردن آن

# Signs to call the care team about for 77003 (no medicine, so no itching or nausea). No variables.
# .item-3: a leak of spinal fluid. .item-4: dizziness or feeling faint (it can happen with any spine injection).
when-to-call-guidance =
    .p-1 = اگر این نشانه‌ها را دارید، با { -care-team } خود تماس بگیرید:
    .item-1 = تب یا لرز
    .item-2 = قرمزی، گرمی، ورم، چرک یا ترشح در جایی که سوزن وارد شده است
    .item-3 = سردرد شدیدی که وقتی می‌نشینید یا می‌ایستید بدتر می‌شود و وقتی دراز می‌کشید بهتر می‌شود. ممکن است مایع نخاع نشت کند.
    .item-4 = سرگیجه، یا احساس اینکه ممکن است از حال بروید

## What the code on your bill means

# Billing of a single shot.
# $code (String) - the code number, such as 62320.
# $imaging (String) - "yes": the imaging is part of the code, so 77003 is not billed again;
# "no": 77003 is not billed with it either.
billing-single =
    .p-1 = کد { $code } یعنی یک بار تزریق. سوزن یا { -tube } همان روز بیرون آورده می‌شود.
    .p-2 = { $imaging ->
        [yes] تصویربرداری جزو همین کد است. پس دوباره با کد 77003 در صورت‌حساب نمی‌آید.
       *[no] کد 77003، برای هدایت به کمک { -live-x-ray }، همراه این کد در صورت‌حساب نمی‌آید.
    }

# Billing of a tube: once for the whole series of doses, even over several days.
# $code (String) - the code number, such as 62324.
# $imaging (String) - "yes": the imaging is part of the code, so 77003 is not billed again;
# "no": 77003 is not billed with it either.
billing-catheter =
    .p-1 = کد { $code } برای همه‌ی دوزهایی که از راه { -tube } داده می‌شود، فقط یک بار در صورت‌حساب می‌آید. حتی اگر { -tube } چند روز در بدن بماند، باز هم همین‌طور است.
    .p-2 = { $imaging ->
        [yes] تصویربرداری جزو همین کد است. پس دوباره با کد 77003 در صورت‌حساب نمی‌آید.
       *[no] کد 77003، برای هدایت به کمک { -live-x-ray }، همراه این کد در صورت‌حساب نمی‌آید.
    }

# Billing of 77003: never with 62320-62327 (some already include imaging; the others are used when no imaging
# is done). No variables.
billing-guidance =
    .p-1 = کد 77003 فقط برای هدایت به کمک { -live-x-ray } است.
    .p-2 = این کد همراه کدهای 62320 تا 62327 در صورت‌حساب نمی‌آید. بعضی از آن کدها خودشان تصویربرداری را در بر دارند. بقیه فقط وقتی به کار می‌روند که هیچ تصویربرداری انجام نشود.

## Questions to ask your care team

# Questions for a single shot. No variables.
questions-single =
    .item-1 = چرا این روش برای من مناسب است؟ چه راه‌های دیگری دارم؟
    .item-2 = چه دارویی به من داده می‌شود؟
    .item-3 = آیا باید اول مصرف بعضی از داروهایم را قطع کنم، مثلاً داروهای رقیق‌کننده‌ی خون؟
    .item-4 = اگر حالم خوب نبود، در هر ساعتی از شب یا روز، با چه کسی تماس بگیرم؟

# Questions for a tube. No variables. .item-5: the code should be billed once for the whole series.
questions-catheter =
    .item-1 = چرا این روش برای من مناسب است؟ چه راه‌های دیگری دارم؟
    .item-2 = چه دارویی از راه { -tube } داده می‌شود، و تا چه مدت؟
    .item-3 = آیا باید اول مصرف بعضی از داروهایم را قطع کنم، مثلاً داروهای رقیق‌کننده‌ی خون؟
    .item-4 = اگر حالم خوب نبود، در هر ساعتی از شب یا روز، با چه کسی تماس بگیرم؟
    .item-5 = آیا این کد یک بار در صورت‌حساب من می‌آید، یا برای هر دوز یک بار؟ (باید برای همه‌ی دوزها فقط یک بار بیاید.)

# Questions for 77003. No variables.
questions-guidance =
    .item-1 = چرا برای هدایت سوزن یا { -tube } به { -live-x-ray } نیاز دارم؟
    .item-2 = آیا باید اول مصرف بعضی از داروهایم را قطع کنم، مثلاً داروهای رقیق‌کننده‌ی خون؟
    .item-3 = اگر حالم خوب نبود، در هر ساعتی از شب یا روز، با چه کسی تماس بگیرم؟
