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
### Russian:
### "Its tip" is "её кончик": "игла" and "трубка" are both feminine, so "её" fits either.
### "Billed" is "указывают в счёте", as in related.ftl.
### "Pictures" (from live x-ray or CT) is "изображение", not "снимки": "снимки" are still pictures, and a live
### x-ray shows moving pictures. Imaging is "под контролем рентгена или КТ" / "без рентгена и КТ"; the
### guidance (77003) is "контроль с помощью рентгена" (panel findings T3, L1).
### "The sac" around the spinal cord and nerves is "оболочка" (the everyday word for the dura).
### "The spinal nerves" (lower back) are "спинномозговые нервы".
### Where English says "the care team gets you ready / watches you", the Russian uses the impersonal plural
### ("вас готовят", "за вами наблюдают"), as Russian leaflets do (panel finding F9).
### Lists: items are lower case without a full stop, except in the "why" lists, whose items have several
### sentences each: there every item starts with a capital and ends with a full stop (panel finding C2).

## Headings

# Heading of the part on common reasons for the shot, the tube or the live x-ray.
section-why = Почему это назначают
# Heading of the numbered steps.
section-what-happens = Как проходит процедура
# Heading of the part on the kinds of medicine.
section-medicines = Лекарство
# Heading of the part on how the medicine goes in: one shot, or a steady flow or separate doses.
section-how-given = Как вводят лекарство
# Heading of the part on imaging (live x-ray or CT pictures).
# Russian: not "Наведение иглы по изображению" (radiology jargon; on pages without imaging it promised what
# the text then denied): panel finding L1.
section-imaging = Контроль с помощью рентгена или { -ct-scan }
# Heading of the signs that need emergency help.
# Russian: "экстренная" помощь, see emergency-single.
section-emergency = Когда нужна экстренная помощь
# Heading of the signs to call the care team about (not an emergency).
section-when-to-call = Когда связаться с { -care-team(case: "instrumental") }
# Heading of the part on what the code means on a bill.
section-billing = Что означает код в вашем счёте
# Heading of the list of questions.
section-questions = Что спросить у { -care-team(case: "genitive") }

## Why people get this

# Common reasons for a single shot (62320-62323). Examples only: no promise that it helps.
# $region (String) - "upper" (the pain spreads into an arm) or "lower" (into a leg).
# .item-1: pain from an irritated nerve root (medical word: radiculopathy); a disc is the soft cushion between
# two bones of the spine. .item-2: spinal stenosis. .item-3: a test shot (diagnostic injection).
# Russian: "выпячивание или грыжа диска" for "a bulging or herniated (slipped) disc": "грыжа диска" is the
# word every Russian patient knows, so no gloss like "(slipped)" is needed. "Позвонки" are the bones of the spine.
# "Стеноз позвоночного канала" is the name Russian patients see in their papers; the next sentence explains it.
why-single =
    .p-1 = Врачи делают такой укол, например, в таких случаях:
    .item-1 = { $region ->
        [upper] Боль отдаёт в руку, потому что раздражён нерв рядом с позвоночником. Причиной может быть выпячивание или грыжа межпозвонкового диска. Диск — это мягкая прокладка между позвонками.
       *[lower] Боль отдаёт в ногу, потому что раздражён нерв рядом с позвоночником. Причиной может быть выпячивание или грыжа межпозвонкового диска. Диск — это мягкая прокладка между позвонками.
    }
    .item-2 = Стеноз позвоночного канала. Это сужение пространства вокруг нервов в позвоночнике.
    .item-3 = Проверка, которая помогает понять, откуда идёт боль.
    .note-1 = Это только примеры. Спросите своего врача, почему этот способ подходит именно вам.

# Common reasons for a tube (62324-62327). Examples only: no promise that it helps.
# $region (String) - "upper" or "lower". The "upper" examples are the ones the code's source gives for a tube in
# the neck or upper back. They must not be used for the lower back: the "lower" variants say less on purpose.
# "upper" .item-2: spinal stenosis in the upper back, a narrowing around the spinal cord; numbing medicine and a
# muscle relaxer (antispasmodic) as separate doses. "upper" .item-3: an opioid into the spinal fluid space.
# Russian: "хроническая" is glossed as "долго не проходящая"; "непрерывно" for "as a steady flow".
why-catheter =
    .p-1 = Через { -tube(case: "accusative") } можно вводить лекарство в течение нескольких часов или дней. Для каждой дозы не нужен новый укол.
    .p-2 = { $region ->
        [upper] Вот некоторые причины, по которым ставят { -tube(case: "accusative") } в области { -upper-spine(case: "genitive") }:
       *[lower] Вот некоторые причины, по которым ставят такую { -tube(case: "accusative") }:
    }
    .item-1 = { $region ->
        [upper] Хроническая (долго не проходящая) боль в шее. Через { -tube(case: "accusative") } можно несколько дней непрерывно вводить { -steroid(case: "accusative") } — гормональное лекарство, которое уменьшает отёк.
       *[lower] Хроническая (долго не проходящая) боль, при которой лекарство нужно вводить в течение нескольких часов или дней, а не одним уколом.
    }
    .item-2 = { $region ->
        [upper] Стеноз позвоночного канала в верхней части спины. Это сужение пространства вокруг спинного мозга. Через { -tube(case: "accusative") } можно отдельными дозами вводить { -numbing-medicine(case: "accusative") } и лекарство, которое расслабляет мышцы.
       *[lower] Стеноз позвоночного канала. Это сужение пространства вокруг нервов в позвоночнике.
    }
    .item-3 = { $region ->
        [upper] Боль после операции на грудной клетке или верхней части спины. Сильное обезболивающее ({ -opioid }) можно непрерывно вводить в спинномозговую жидкость.
       *[lower] Боль после операции.
    }
    .note-1 = Это только примеры. Спросите своего врача, почему этот способ подходит именно вам.

# Why a doctor uses a live x-ray to guide the needle or tube (77003). No variables.
why-guidance =
    .p-1 = С помощью { -live-x-ray(case: "genitive") } врач видит, где находится кончик иглы или { -tube(case: "genitive") }.
    .p-2 = Это помогает врачу направить кончик в нужное место рядом с вашим позвоночником. Тогда лекарство попадёт туда, где оно нужно.

## What happens

# Steps for a single shot.
# $region (String) - "upper": near the spinal cord; "lower": near the spinal nerves, below the end of the cord,
# and near the tailbone through a small natural opening (the caudal route).
# $imaging (String) - "yes" or "no": whether live x-ray or CT pictures are used to check the tip.
# .p-2 gives the medical names once: epidural space, and subarachnoid (intrathecal) space.
# Russian: "сразу за оболочкой, которая окружает …" (panel finding F1). Sentences start with "Это пространство",
# not "Оно", which could be read as "лекарство". .item-4 [yes] follows panel finding F2.
# second review: .p-2 "между костями позвоночника и оболочкой", not "сразу за оболочкой" (seen from the needle, "за" can mean inside).
what-happens-single =
    .p-1 = { $region ->
        [upper] Врач делает вам один укол лекарства рядом со спинным мозгом.
       *[lower] Врач делает вам один укол лекарства рядом со спинномозговыми нервами в области { -lower-spine(case: "genitive") }. Сам спинной мозг обычно заканчивается выше. Если укол делают у копчика, игла проходит через маленькое естественное отверстие.
    }
    .p-2 = { $region ->
        [upper] Лекарство могут ввести в { -epidural-space(case: "accusative") }. Это пространство находится между костями позвоночника и оболочкой, которая окружает спинной мозг. Или лекарство могут ввести внутрь этой оболочки, в { -fluid-space(case: "accusative") }. Его медицинское название — { -fluid-space-medical }.
       *[lower] Лекарство могут ввести в { -epidural-space(case: "accusative") }. Это пространство находится между костями позвоночника и оболочкой, в которой лежат спинномозговые нервы. Или лекарство могут ввести внутрь этой оболочки, в { -fluid-space(case: "accusative") }. Его медицинское название — { -fluid-space-medical }.
    }
    .item-1 = Сначала вас готовят к процедуре.
    .item-2 = Чтобы кожа онемела, врач использует { -numbing-medicine(case: "accusative") }.
    .item-3 = Врач вводит иглу. Иногда вместе с ней используют и тонкую мягкую { -tube(case: "accusative") }.
    .item-4 = { $imaging ->
        [yes] Врач смотрит на экран ({ -live-x-ray } или { -ct-scan }) и проверяет, находится ли кончик иглы или { -tube(case: "genitive") } в нужном месте.
       *[no] Врач проверяет, находится ли кончик иглы или { -tube(case: "genitive") } в нужном месте.
    }
    .item-5 = Затем вводят лекарство.
    .item-6 = Иглу или { -tube(case: "accusative") } вынимают в тот же день.
    .item-7 = Потом за вами какое-то время наблюдают: смотрят, как ваш организм реагирует на лекарство.

# Steps for a tube that stays in.
# $region (String) - "upper": near the spinal cord; "lower": near the spinal nerves, below the end of the cord,
# and near the tailbone through a small natural opening (the caudal route).
# $imaging (String) - "yes" or "no": whether live x-ray or CT pictures are used to check the tube.
# .p-2 gives the medical names once: epidural space, and subarachnoid (intrathecal) space.
# Russian: "Медицинское название … — катетер" rather than "По-медицински …", whose hyphen a narrow line
# could break (panel finding C3).
# second review: .p-2 "между костями позвоночника и оболочкой", as in what-happens-single.
what-happens-catheter =
    .p-1 = { $region ->
        [upper] Врач ставит тонкую мягкую { -tube(case: "accusative") } рядом со спинным мозгом.
       *[lower] Врач ставит тонкую мягкую { -tube(case: "accusative") } рядом со спинномозговыми нервами в области { -lower-spine(case: "genitive") }. Сам спинной мозг обычно заканчивается выше. Если { -tube(case: "accusative") } ставят у копчика, игла проходит через маленькое естественное отверстие.
    } Медицинское название такой { -tube(case: "genitive") } — { -catheter }.
    .p-2 = { $region ->
        [upper] Её могут поставить в { -epidural-space(case: "accusative") }. Это пространство находится между костями позвоночника и оболочкой, которая окружает спинной мозг. Или её могут поставить внутрь этой оболочки, в { -fluid-space(case: "accusative") }. Его медицинское название — { -fluid-space-medical }.
       *[lower] Её могут поставить в { -epidural-space(case: "accusative") }. Это пространство находится между костями позвоночника и оболочкой, в которой лежат спинномозговые нервы. Или её могут поставить внутрь этой оболочки, в { -fluid-space(case: "accusative") }. Его медицинское название — { -fluid-space-medical }.
    }
    .item-1 = Сначала вас готовят к процедуре.
    .item-2 = Чтобы кожа онемела, врач использует { -numbing-medicine(case: "accusative") }.
    .item-3 = Врач вводит иглу, а затем { -tube(case: "accusative") }.
    .item-4 = { $imaging ->
        [yes] Врач смотрит на экран ({ -live-x-ray } или { -ct-scan }) и проверяет, находится ли { -tube } в нужном месте.
       *[no] Врач проверяет, находится ли { -tube } в нужном месте.
    }
    .item-5 = Через { -tube(case: "accusative") } вводят лекарство.
    .item-6 = Затем { -tube(case: "accusative") } приклеивают пластырем или закрепляют, чтобы она оставалась на месте.
    .item-7 = Потом за вами какое-то время наблюдают: смотрят, как ваш организм реагирует на лекарство.

# Steps of the live x-ray guidance (77003). No variables.
what-happens-guidance =
    .p-1 = При { -live-x-ray(case: "prepositional") } на экране видно движущееся изображение. Медицинское название такого рентгена — { -fluoroscopy }.
    .item-1 = Пока врач работает, рентгеновский аппарат показывает ваш позвоночник на экране.
    .item-2 = Врач смотрит на экран и в это время продвигает иглу или { -tube(case: "accusative") }.
    .item-3 = На изображении видно, где находится её кончик.
    .item-4 = Это помогает врачу поставить кончик в нужное место.

## The medicine

# The kinds of medicine, for single shots and tubes (one message serves both). No variables.
# Never a medicine that destroys nerves (neurolytic).
# Russian: .item-4 "кортикостероид — гормональное лекарство …" (panel finding T1; the lead asked for it too).
medicines =
    .p-1 = Лекарство может помочь найти причину боли или лечить её. Этот код никогда не используют для лекарств, которые разрушают нервы.
    .p-2 = Это может быть одно или несколько из этих лекарств:
    .item-1 = { -numbing-medicine } (местный анестетик)
    .item-2 = лекарство, которое расслабляет мышцы и снимает спазмы
    .item-3 = сильное обезболивающее ({ -opioid })
    .item-4 = { -steroid } — гормональное лекарство, которое уменьшает отёк
    .item-5 = другое жидкое лекарство

# 77003 covers no medicine: the shot or tube that gives it has its own code. No variables.
medicines-guidance =
    .p-1 = В этот код не входит никакое лекарство. Он только за { -live-x-ray(case: "accusative") }.
    .p-2 = Для укола или { -tube(case: "genitive") }, через которую вводят лекарство, есть свой отдельный код.

## How the medicine is given

# One shot, all at once. No variables.
how-given-single =
    .p-1 = Всё лекарство вводят одним уколом, за один раз.
    .p-2 = Затем иглу или { -tube(case: "accusative") } вынимают. В теле ничего не остаётся.

# Through the tube: a steady flow (continuous infusion) or separate doses (intermittent boluses). No variables.
# .note-1 explains "bolus" after the list: a bolus is one dose given at one time, not always a large one.
# Russian: "непрерывно, понемногу" for "a steady flow" (panel finding F6); "насос" without "маленький".
how-given-catheter =
    .p-1 = После первой дозы { -tube } остаётся на месте. Через неё можно вводить лекарство в течение нескольких часов или дней.
    .p-2 = Лекарство поступает через { -tube(case: "accusative") } одним из двух способов:
    .item-1 = непрерывно, понемногу, часто с помощью насоса
    .item-2 = отдельными дозами время от времени
    .note-1 = Каждая такая отдельная доза называется болюсом. Болюс — это не обязательно большая доза.

# 77003 gives no medicine. No variables.
how-given-guidance =
    .p-1 = Пока вводят иглу или { -tube(case: "accusative") }, используют { -live-x-ray(case: "accusative") }. Сам рентген никакого лекарства не вводит.

## Pictures to guide the needle

# Imaging for a single shot.
# $imaging (String) - "yes" (live x-ray or CT guides the needle) or "no".
# Russian: [yes] also gives the medical word "рентгеноскопия", which patients meet on their papers
# (panel finding T4).
imaging-single =
    .p-1 = { $imaging ->
        [yes] Иглу направляют под контролем { -live-x-ray(case: "genitive") } или { -ct-scan }. Эти исследования показывают изображение того, что находится внутри тела. Такой рентген врачи называют { -fluoroscopy(case: "instrumental") }.
       *[no] Иглу направляют без рентгена и { -ct-scan }.
    }
    .p-2 = { $imaging ->
        [yes] По изображению на экране врач направляет иглу и видит, где её кончик.
       *[no] Если иглу направляют под контролем рентгена или { -ct-scan }, в счёте указывают другой код.
    }

# Imaging for a tube.
# $imaging (String) - "yes" (live x-ray or CT guides the needle and tube) or "no".
imaging-catheter =
    .p-1 = { $imaging ->
        [yes] Иглу и { -tube(case: "accusative") } направляют под контролем { -live-x-ray(case: "genitive") } или { -ct-scan }. Эти исследования показывают изображение того, что находится внутри тела. Такой рентген врачи называют { -fluoroscopy(case: "instrumental") }.
       *[no] Иглу и { -tube(case: "accusative") } направляют без рентгена и { -ct-scan }.
    }
    .p-2 = { $imaging ->
        [yes] По изображению на экране врач направляет { -tube(case: "accusative") } и видит, где её кончик.
       *[no] Если их направляют под контролем рентгена или { -ct-scan }, в счёте указывают другой код.
    }

# 77003 is the imaging itself, for a needle or tube near any part of the spine. No variables.
imaging-guidance =
    .p-1 = Этот код — за сам контроль с помощью рентгена. Так можно направлять иглу или { -tube(case: "accusative") } рядом с любой частью позвоночника.
    .p-2 = По изображению на экране врач направляет иглу или { -tube(case: "accusative") } и видит, где её кончик.

## When to get emergency help

# Emergency signs after a single shot. .p-1 leads into the list. The items are the signs, one each.
# .note-1 says why the first four signs are urgent.
# $region (String) - "upper": a bleed or infection could press on the spinal cord or nerves;
# "lower": on the spinal nerves (the cord usually ends higher up).
# .note-2: the last two signs can come from opioid pain medicine.
# .note-3 speaks about the people with the patient, who must act if the patient is hard to wake.
# Russian: "Срочно обратитесь за экстренной медицинской помощью", not "вызовите скорую помощь", which would
# leave out a patient who is still in hospital (panel finding A1). The reviewer suggested "неотложной";
# I chose "экстренной": in Russian medicine "неотложная помощь" is the tier for cases WITHOUT a threat to
# life (and the name of a home-visit service), "экстренная" is the tier for a threat to life, which these are.
# "A rare bleed or infection" is "скопление крови или гноя", what actually presses (panel finding L2).
# .item-3 has no gloss like "(when you pee or poop)": "мочеиспускание или стул" is already everyday Russian.
emergency-single =
    .p-1 = Срочно обратитесь за экстренной медицинской помощью, если у вас есть хотя бы один из этих признаков:
    .item-1 = новая или сильная боль в спине или шее
    .item-2 = новое онемение или слабость в руках или ногах
    .item-3 = трудно контролировать мочеиспускание или стул
    .item-4 = новое онемение в паху или ягодицах
    .item-5 = медленное или поверхностное дыхание
    .item-6 = такая сильная сонливость, что вас трудно разбудить
    .note-1 = { $region ->
        [upper] Первые четыре признака могут означать, что на спинной мозг или нервы давит скопление крови или гноя. Такое бывает редко, но помощь нужна в течение нескольких часов.
       *[lower] Первые четыре признака могут означать, что на спинномозговые нервы давит скопление крови или гноя. Такое бывает редко, но помощь нужна в течение нескольких часов.
    }
    .note-2 = Медленное дыхание и сильная сонливость могут возникнуть из-за { -opioid(case: "genitive-plural") } — сильных обезболивающих.
    .note-3 = Если вас трудно разбудить, люди рядом с вами должны сразу вызвать для вас экстренную медицинскую помощь.

# Emergency signs with a tube. The same as emergency-single; kept apart so each kind can change on its own.
# $region (String) - "upper": a bleed or infection could press on the spinal cord or nerves;
# "lower": on the spinal nerves (the cord usually ends higher up).
# .note-2: the last two signs can come from opioid pain medicine.
# .note-3 speaks about the people with the patient, who must act if the patient is hard to wake.
# Russian: as emergency-single.
emergency-catheter =
    .p-1 = Срочно обратитесь за экстренной медицинской помощью, если у вас есть хотя бы один из этих признаков:
    .item-1 = новая или сильная боль в спине или шее
    .item-2 = новое онемение или слабость в руках или ногах
    .item-3 = трудно контролировать мочеиспускание или стул
    .item-4 = новое онемение в паху или ягодицах
    .item-5 = медленное или поверхностное дыхание
    .item-6 = такая сильная сонливость, что вас трудно разбудить
    .note-1 = { $region ->
        [upper] Первые четыре признака могут означать, что на спинной мозг или нервы давит скопление крови или гноя. Такое бывает редко, но помощь нужна в течение нескольких часов.
       *[lower] Первые четыре признака могут означать, что на спинномозговые нервы давит скопление крови или гноя. Такое бывает редко, но помощь нужна в течение нескольких часов.
    }
    .note-2 = Медленное дыхание и сильная сонливость могут возникнуть из-за { -opioid(case: "genitive-plural") } — сильных обезболивающих.
    .note-3 = Если вас трудно разбудить, люди рядом с вами должны сразу вызвать для вас экстренную медицинскую помощь.

# Emergency signs for 77003. It gives no medicine, so there are no opioid signs. It can be used at any part of
# the spine, so .note-1 names both the spinal cord and the nerves. No variables.
# Russian: as emergency-single.
emergency-guidance =
    .p-1 = Срочно обратитесь за экстренной медицинской помощью, если у вас есть хотя бы один из этих признаков:
    .item-1 = новая или сильная боль в спине или шее
    .item-2 = новое онемение или слабость в руках или ногах
    .item-3 = трудно контролировать мочеиспускание или стул
    .item-4 = новое онемение в паху или ягодицах
    .note-1 = Эти признаки могут означать, что на спинной мозг или нервы давит скопление крови или гноя. Такое бывает редко, но помощь нужна в течение нескольких часов.

## When to call your care team (not an emergency)

# Signs to call the care team about after a single shot. No variables.
# .item-3: a leak of spinal fluid. .item-4: itching or nausea. .item-5: dizziness or feeling faint.
# Russian: .item-2 ends "гной или другие выделения" (panel finding F8). .item-3 puts the cause in brackets,
# so that no item in the list ends with a full stop (panel finding C2). .item-4: "тошнота" is the everyday word
# and needs no gloss like "(a sick feeling in your stomach)".
when-to-call-single =
    .p-1 = Свяжитесь с { -care-team(case: "instrumental") }, если у вас:
    .item-1 = повышенная температура или озноб
    .item-2 = в месте укола: покраснение, припухлость, кожа горячая на ощупь, гной или другие выделения
    .item-3 = сильная головная боль, которая усиливается, когда вы сидите или стоите, и ослабевает, когда вы лежите (возможно, подтекает спинномозговая жидкость)
    .item-4 = зуд или тошнота
    .item-5 = головокружение или чувство, что вы вот-вот упадёте в обморок

# Signs to call the care team about with a tube. No variables.
# .item-3: a leak of spinal fluid. .item-4: itching or nausea. .item-5: dizziness or feeling faint.
# Russian: as when-to-call-single.
when-to-call-catheter =
    .p-1 = Свяжитесь с { -care-team(case: "instrumental") }, если у вас:
    .item-1 = повышенная температура или озноб
    .item-2 = там, где { -tube } входит в кожу: покраснение, припухлость, кожа горячая на ощупь, гной или другие выделения
    .item-3 = сильная головная боль, которая усиливается, когда вы сидите или стоите, и ослабевает, когда вы лежите (возможно, подтекает спинномозговая жидкость)
    .item-4 = зуд или тошнота
    .item-5 = головокружение или чувство, что вы вот-вот упадёте в обморок
    .item-6 = { -tube } выпала или подтекает

# Signs to call the care team about for 77003 (no medicine, so no itching or nausea). No variables.
# .item-3: a leak of spinal fluid. .item-4: dizziness or feeling faint (it can happen with any spine injection).
# Russian: as when-to-call-single.
when-to-call-guidance =
    .p-1 = Свяжитесь с { -care-team(case: "instrumental") }, если у вас:
    .item-1 = повышенная температура или озноб
    .item-2 = в месте укола: покраснение, припухлость, кожа горячая на ощупь, гной или другие выделения
    .item-3 = сильная головная боль, которая усиливается, когда вы сидите или стоите, и ослабевает, когда вы лежите (возможно, подтекает спинномозговая жидкость)
    .item-4 = головокружение или чувство, что вы вот-вот упадёте в обморок

## What the code on your bill means

# Billing of a single shot.
# $code (String) - the code number, such as 62320.
# $imaging (String) - "yes": the imaging is part of the code, so 77003 is not billed again;
# "no": 77003 is not billed with it either.
billing-single =
    .p-1 = Код { $code } означает один укол. Иглу или { -tube(case: "accusative") } вынимают в тот же день.
    .p-2 = { $imaging ->
        [yes] Контроль с помощью рентгена или { -ct-scan } уже входит в этот код. Поэтому в счёте его не указывают ещё раз как код 77003.
       *[no] Код 77003 (контроль с помощью { -live-x-ray(case: "genitive") }) вместе с этим кодом в счёте не указывают.
    }

# Billing of a tube: once for the whole series of doses, even over several days.
# $code (String) - the code number, such as 62324.
# $imaging (String) - "yes": the imaging is part of the code, so 77003 is not billed again;
# "no": 77003 is not billed with it either.
billing-catheter =
    .p-1 = Код { $code } указывают в счёте один раз за все дозы, которые вводят через { -tube(case: "accusative") }. Так делают, даже если { -tube } остаётся на месте несколько дней.
    .p-2 = { $imaging ->
        [yes] Контроль с помощью рентгена или { -ct-scan } уже входит в этот код. Поэтому в счёте его не указывают ещё раз как код 77003.
       *[no] Код 77003 (контроль с помощью { -live-x-ray(case: "genitive") }) вместе с этим кодом в счёте не указывают.
    }

# Billing of 77003: never with 62320-62327 (some already include imaging; the others are used when no imaging
# is done). No variables.
billing-guidance =
    .p-1 = Код 77003 — только за контроль с помощью { -live-x-ray(case: "genitive") }.
    .p-2 = Его не указывают в счёте вместе с кодами от 62320 до 62327. В некоторые из этих кодов контроль с помощью рентгена или { -ct-scan } уже входит. Остальные используют, только когда рентген и { -ct-scan } не применяют.

## Questions to ask your care team

# Questions for a single shot. No variables.
questions-single =
    .item-1 = Почему этот способ подходит именно мне? Какие ещё есть варианты?
    .item-2 = Какое лекарство мне введут?
    .item-3 = Нужно ли мне заранее перестать принимать какие-то лекарства, например те, что разжижают кровь?
    .item-4 = Кому звонить в любое время дня и ночи, если мне покажется, что что-то не так?

# Questions for a tube. No variables. .item-5: the code should be billed once for the whole series.
questions-catheter =
    .item-1 = Почему этот способ подходит именно мне? Какие ещё есть варианты?
    .item-2 = Какое лекарство будут вводить через { -tube(case: "accusative") } и как долго?
    .item-3 = Нужно ли мне заранее перестать принимать какие-то лекарства, например те, что разжижают кровь?
    .item-4 = Кому звонить в любое время дня и ночи, если мне покажется, что что-то не так?
    .item-5 = Это будет указано в моём счёте один раз или отдельно за каждую дозу? (Должно быть один раз за все дозы вместе.)

# Questions for 77003. No variables.
# second review: .item-1 no longer says "Зачем мне нужен …, чтобы направить" (calque; it made the patient the one who guides).
questions-guidance =
    .item-1 = Почему в моём случае иглу или { -tube(case: "accusative") } нужно направлять под контролем { -live-x-ray(case: "genitive") }?
    .item-2 = Нужно ли мне заранее перестать принимать какие-то лекарства, например те, что разжижают кровь?
    .item-3 = Кому звонить в любое время дня и ночи, если мне покажется, что что-то не так?
