### Shared words. Each is a Fluent term, so every message uses the same word for the same thing.
### Translators: pick the standard word a lay reader of your language knows.
### If your grammar needs other forms (cases, plural), add attributes or variants here and use them in the messages.
###
### Russian: nouns change their ending with the grammatical case. Each term that is needed
### in more than one case has a $case selector, and the messages call it as
### { -tube(case: "accusative") } and so on. The default variant is always the nominative.
###   nominative, genitive, dative, accusative, instrumental, prepositional
### Adjectives and pronouns in the messages agree with these words:
### "трубка" (-tube) is feminine, so messages write "тонкую мягкую трубку", "эта трубка", "её кончик";
### "врачи и медсёстры" (-care-team) is plural, so verbs are plural ("готовят", "наблюдают").
### If you change a word, check every variant and the words around it in every message.
### Terms are never put first in a sentence (the terms are lower case); sentences are worded around them.
### The letter ё is written everywhere (медсёстры, остаётся, счёт), as a help to readers.

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
# The medical word for the tube. Used once, where it is explained.
# Russian: used in "называется катетером" (instrumental).
-catheter =
    { $case ->
       *[nominative] катетер
        [instrumental] катетером
    }
# The space just outside the sac that holds the spinal cord (medical word: epidural space).
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
# The space inside that sac, filled with spinal fluid (medical word: subarachnoid or intrathecal space).
# Russian: "спинномозговая жидкость" is the usual lay word for spinal fluid (not "ликвор").
-fluid-space =
    { $case ->
       *[nominative] пространство со спинномозговой жидкостью
        [genitive] пространства со спинномозговой жидкостью
        [dative] пространству со спинномозговой жидкостью
        [accusative] пространство со спинномозговой жидкостью
        [instrumental] пространством со спинномозговой жидкостью
        [prepositional] пространстве со спинномозговой жидкостью
    }
# The doctors and nurses who look after the patient.
# Russian: "врачи и медсёстры" (plural). "Медицинская бригада" was avoided: in Russian it suggests an ambulance crew.
-care-team =
    { $case ->
       *[nominative] врачи и медсёстры
        [genitive] врачей и медсестёр
        [dative] врачам и медсёстрам
        [accusative] врачей и медсестёр
        [instrumental] врачами и медсёстрами
        [prepositional] врачах и медсёстрах
    }
# Live x-ray that shows moving pictures on a screen (medical word: fluoroscopy).
# Russian: "рентген в реальном времени" (masculine); only "рентген" declines.
-live-x-ray =
    { $case ->
       *[nominative] рентген в реальном времени
        [genitive] рентгена в реальном времени
        [dative] рентгену в реальном времени
        [accusative] рентген в реальном времени
        [instrumental] рентгеном в реальном времени
        [prepositional] рентгене в реальном времени
    }
# The medical word for live x-ray. Used once, where it is explained.
# Russian: used in "называется рентгеноскопией" (instrumental).
-fluoroscopy =
    { $case ->
       *[nominative] рентгеноскопия
        [instrumental] рентгеноскопией
    }
# A CT scan: a machine that uses x-rays to take detailed pictures. "CT" may stay as it is.
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
-steroid = стероид
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
# Russian: messages use the genitive after "в области" ("in the area of").
-upper-spine =
    { $case ->
       *[nominative] шея или верхняя часть спины
        [genitive] шеи или верхней части спины
    }
# The part of the spine in the lower back, down to the tailbone (lumbar and sacral spine).
# Russian: "нижняя часть спины" rather than "поясница", which would leave out the sacrum.
-lower-spine =
    { $case ->
       *[nominative] нижняя часть спины
        [genitive] нижней части спины
    }
