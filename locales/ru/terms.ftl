### Shared words. Each is a Fluent term, so every message uses the same word for the same thing.
### Translators: pick the standard word a lay reader of your language knows.
### If your grammar needs other forms (cases, plural), add attributes or variants here and use them in the messages.
### Terms take no variables.
###
### Russian translator note (second edition).
### Register: the reader is addressed as "вы" (lower case), as in Russian patient leaflets. Short sentences,
### everyday words; each medical word is given once, next to the plain words ("Медицинское название … — …").
### Key term choices:
###   "shot" is "укол" (the everyday word, not "инъекция").
###   -tube is "трубка"; its medical name "катетер" is given once.
###   -care-team is "врач или медсестра" (singular, joined by "или"), because Russian speakers say
###     "сообщите врачу", not "позвоните своим врачам и медсёстрам" (panel finding F9). Where English says
###     "the care team gets you ready / watches you", the Russian uses the impersonal plural ("вас готовят").
###   -steroid is "кортикостероид", always with the gloss "гормональное лекарство, которое уменьшает отёк":
###     a bare "стероид" makes lay readers think of anabolic steroids (panel finding T1).
###   Imaging has ONE formula: "под контролем рентгена или КТ" / "без рентгена и КТ"; the live x-ray is
###     always "рентген в реальном времени" (-live-x-ray); the guidance itself (77003) is
###     "контроль с помощью рентгена" (panel findings T3, L1). Russian has no everyday word for
###     "imaging", so the texts name x-ray and CT directly and say that they show the needle on a screen.
###   "Get emergency help" is "обратиться за экстренной медицинской помощью" (see sections.ftl).
### Grammar: nouns change their ending with the grammatical case. Each term that is needed
### in more than one case has a $case selector, and the messages call it as
### { -tube(case: "accusative") } and so on. The default variant is always the nominative.
###   nominative, genitive, dative, accusative, instrumental, prepositional
### Adjectives, pronouns and verbs in the messages agree with these words:
### "трубка" (-tube) is feminine, so messages write "тонкую мягкую трубку", "эта трубка", "её кончик";
### "врач или медсестра" (-care-team) takes a singular verb.
### If you change a word, check every variant and the words around it in every message.
### Terms are never put first in a sentence (the terms are lower case); sentences are worded around them.
### The letter ё is written everywhere (остаётся, счёт, отёк), as a help to readers.
### Typography: a no-break space (U+00A0) follows each one-letter preposition (в, к, о, с, у) and comes
### before each dash (—), so a printed line never ends on "в" or starts with "—" (panel finding C3).
### The no-break spaces are invisible in most editors: keep them when you edit a line.

# The thin, soft tube that is put near the spine (medical word: catheter).
# Russian: "трубка" (feminine), the plain word. Messages add "тонкая мягкая" where English says "thin, soft".
-tube =
    { $case ->
       *[nominative] трубка
        [genitive] трубки
        [dative] трубке
        [accusative] трубку
        [instrumental] трубкой
        [prepositional] трубке
    }
# The medical word for the tube. Used once, where it is explained:
# "Медицинское название такой трубки — катетер."
-catheter = катетер
# The space just outside the sac that holds the spinal cord and nerves: between the bones of the spine and
# the tough outer layer of the sac (the dura). Medical word: epidural space. Used once, where it is explained.
# Russian: the medical word is also the usual one; messages explain it right after.
-epidural-space =
    { $case ->
       *[nominative] эпидуральное пространство
        [genitive] эпидурального пространства
        [dative] эпидуральному пространству
        [accusative] эпидуральное пространство
        [instrumental] эпидуральным пространством
        [prepositional] эпидуральном пространстве
    }
# The space inside that sac, filled with spinal fluid, in plain words
# (medical word: subarachnoid or intrathecal space; see -fluid-space-medical).
# Russian: "пространство, заполненное спинномозговой жидкостью" (panel finding F1). "Спинномозговая жидкость"
# is the usual lay word for spinal fluid (not "ликвор"). The participle phrase needs a closing comma if
# the sentence goes on after it, so messages put this term at the end of a sentence.
-fluid-space =
    { $case ->
       *[nominative] пространство, заполненное спинномозговой жидкостью
        [genitive] пространства, заполненного спинномозговой жидкостью
        [dative] пространству, заполненному спинномозговой жидкостью
        [accusative] пространство, заполненное спинномозговой жидкостью
        [instrumental] пространством, заполненным спинномозговой жидкостью
        [prepositional] пространстве, заполненном спинномозговой жидкостью
    }
# The medical names of the spinal fluid space, as patients meet them on consent forms and discharge papers.
# Used once, next to the plain words: "Его медицинское название — субарахноидальное (интратекальное) пространство."
# Russian: both names are used on Russian forms ("субарахноидально", "интратекально"); the brackets show
# that they are two names for one space (panel finding T2).
-fluid-space-medical = субарахноидальное (интратекальное) пространство
# The doctors and nurses who look after the patient.
# Russian: "врач или медсестра", singular (see the note at the top; panel finding F9). Not "медицинская
# бригада", which suggests an ambulance crew, and not "медперсонал", which is office language.
-care-team =
    { $case ->
       *[nominative] врач или медсестра
        [genitive] врача или медсестры
        [dative] врачу или медсестре
        [accusative] врача или медсестру
        [instrumental] врачом или медсестрой
        [prepositional] враче или медсестре
    }
# Live x-ray that shows moving pictures on a screen (medical word: fluoroscopy).
# Russian: "рентген в реальном времени" (masculine); only "рентген" declines.
-live-x-ray =
    { $case ->
       *[nominative] рентген в реальном времени
        [genitive] рентгена в реальном времени
        [dative] рентгену в реальном времени
        [accusative] рентген в реальном времени
        [instrumental] рентгеном в реальном времени
        [prepositional] рентгене в реальном времени
    }
# The medical word for live x-ray. Used where it is explained:
# "Медицинское название такого рентгена — рентгеноскопия."
# Russian: also given on the pages with imaging (panel finding T4), in the instrumental:
# "Врачи называют такой рентген рентгеноскопией."
-fluoroscopy =
    { $case ->
       *[nominative] рентгеноскопия
        [instrumental] рентгеноскопией
    }
# A CT scan: a test that uses x-rays to take detailed pictures. "CT" may stay as it is.
# Russian: "КТ" in Cyrillic (компьютерная томография) is what Russian readers know and say;
# it does not decline, so it has no $case selector.
-ct-scan = КТ
# Strong pain medicine (medical word: opioid).
# Russian: "genitive-plural" is used in "из-за опиоидов".
-opioid =
    { $case ->
       *[nominative] опиоид
        [genitive-plural] опиоидов
    }
# A medicine that calms swelling (medical word: steroid).
# Russian: "кортикостероид", the word used for these injections; never the bare "стероид", which lay readers
# take for anabolic steroids (panel finding T1). Messages always add "гормональное лекарство, которое уменьшает отёк".
-steroid =
    { $case ->
       *[nominative] кортикостероид
        [genitive] кортикостероида
        [accusative] кортикостероид
    }
# Medicine that numbs (medical word: local anesthetic).
# Russian: "местное обезболивающее", the usual lay phrase; the medical "местный анестетик" is given once in the messages.
-numbing-medicine =
    { $case ->
       *[nominative] местное обезболивающее
        [genitive] местного обезболивающего
        [dative] местному обезболивающему
        [accusative] местное обезболивающее
        [instrumental] местным обезболивающим
        [prepositional] местном обезболивающем
    }
# The part of the spine in the neck and upper back (cervical and thoracic spine).
# Russian: messages use the genitive after "в области" ("in the area of"): "в области шеи или верхней части спины".
-upper-spine =
    { $case ->
       *[nominative] шея или верхняя часть спины
        [genitive] шеи или верхней части спины
    }
# The part of the spine in the lower back, down to the tailbone (lumbar and sacral spine). The tailbone area is
# named because these codes also cover a shot through a small natural opening just above the tailbone
# (medical word: caudal).
# Russian: "нижняя часть спины" rather than "поясница", which would leave out the sacrum; "копчик" is the
# tailbone. Messages use the genitive after "в области": "в области нижней части спины или копчика".
-lower-spine =
    { $case ->
       *[nominative] нижняя часть спины или область копчика
        [genitive] нижней части спины или копчика
    }
