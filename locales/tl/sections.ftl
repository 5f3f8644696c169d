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
### Tagalog (see the note at the top of terms.ftl): kayo/ninyo/inyo throughout; Taglish medical words.
### "spinal cord (utak ng gulugod)" and "spinal fluid (likido ng gulugod)" carry the Tagalog in brackets where
### they first appear on a page, then stand alone (panel T3 over the first-edition note, "utak ng gulugod"
### throughout). The sac is "lamad na bumabalot sa ..." (T5; "supot" is a bag, and slang).
### Spinal nerves are "mga nerve ng gulugod" (T8: "nerbiyo" is easily read as "nerbiyos", nervousness).
### Pain as a symptom is "pananakit"; pain medicine is "gamot sa kirot".
### "Get emergency help" is "pumunta agad sa emergency room o tumawag ng ambulansiya": the two concrete actions
### (no phone number is named, since the number differs by country).

## Headings

# Heading of the part on common reasons for the shot, the tube or the live x-ray. NEW.
section-why = Bakit ito ginagawa
# Heading of the numbered steps.
section-what-happens = Ano ang nangyayari
# Heading of the part on the kinds of medicine.
section-medicines = Ang gamot
# Heading of the part on how the medicine goes in: one shot, or a steady flow or separate doses.
section-how-given = Paano ibinibigay ang gamot
# Heading of the part on imaging (live x-ray or CT pictures).
section-imaging = Mga larawang gabay sa karayom
# Heading of the signs that need emergency help. NEW: these signs were in "when-to-call" before.
section-emergency = Kailan dapat humingi agad ng emergency na tulong
# Heading of the signs to call the care team about (not an emergency). Was "When to get help".
section-when-to-call = Kailan dapat tawagan ang inyong { -care-team }
# Heading of the part on what the code means on a bill.
# Tagalog: "code" and "bill", as Philippine hospitals say them (T2; "kodigo" and "singil" dropped).
section-billing = Ano ang ibig sabihin ng code sa inyong bill
# Heading of the list of questions.
section-questions = Mga tanong para sa inyong { -care-team }

## Why people get this (NEW)

# Common reasons for a single shot (62320-62323). Examples only: no promise that it helps.
# $region (String) - "upper" (the pain spreads into an arm) or "lower" (into a leg).
# .item-1: pain from an irritated nerve root (medical word: radiculopathy); a disc is the soft cushion between
# two bones of the spine. .item-2: spinal stenosis. .item-3: a test shot (diagnostic injection).
# Tagalog: "bulging o herniated disc (slipped disc)" are the words Filipino patients hear; "pagkitid" = narrowing.
why-single =
    .p-1 = Nagbibigay ang mga doktor ng ganitong turok para sa mga dahilang tulad ng mga ito:
    .item-1 = { $region ->
        [upper] pananakit na umaabot hanggang sa braso, dahil iritado ang isang nerve malapit sa gulugod. Maaaring dulot ito ng bulging o herniated disc (slipped disc). Ang disc ay parang malambot na unan sa pagitan ng mga buto ng gulugod.
       *[lower] pananakit na umaabot hanggang sa binti, dahil iritado ang isang nerve malapit sa gulugod. Maaaring dulot ito ng bulging o herniated disc (slipped disc). Ang disc ay parang malambot na unan sa pagitan ng mga buto ng gulugod.
    }
    .item-2 = spinal stenosis. Ito ang pagkitid ng espasyo sa paligid ng mga nerve sa gulugod.
    .item-3 = isang test, para makatulong na malaman kung saan nanggagaling ang pananakit
    .note-1 = Mga halimbawa lang ang mga ito. Tanungin ang inyong doktor kung bakit ito ang tama para sa inyo.

# Common reasons for a tube (62324-62327). Examples only: no promise that it helps.
# $region (String) - "upper" or "lower". The "upper" examples are the ones the code's source gives for a tube in
# the neck or upper back. They must not be used for the lower back: the "lower" variants say less on purpose.
# "upper" .item-2: spinal stenosis in the upper back, a narrowing around the spinal cord; numbing medicine and a
# muscle relaxer (antispasmodic) as separate doses. "upper" .item-3: an opioid into the spinal fluid space.
# Tagalog: "spinal cord" and "spinal fluid" get their Tagalog in brackets here, as this is where 62324 and
# 62325 first name them.
why-catheter =
    .p-1 = Dahil sa { -tube }, makakapagbigay ng gamot ang inyong { -care-team } nang ilang oras o ilang araw. Hindi na kailangang turukan kayo ulit sa bawat dosis.
    .p-2 = { $region ->
        [upper] Narito ang ilang dahilan para maglagay ng { -tube } sa { -upper-spine }:
       *[lower] Narito ang ilang dahilan para maglagay ng ganitong { -tube }:
    }
    .item-1 = { $region ->
        [upper] pangmatagalang pananakit ng leeg. Maaaring ibigay nang tuloy-tuloy sa loob ng ilang araw ang { -steroid }, isang gamot na nagpapahupa ng pamamaga.
       *[lower] pangmatagalang pananakit na nangangailangan ng gamot nang ilang oras o ilang araw, hindi lang ng isang turok
    }
    .item-2 = { $region ->
        [upper] spinal stenosis sa itaas na bahagi ng likod. Ito ang pagkitid ng espasyo sa paligid ng spinal cord (utak ng gulugod). Maaaring dumaan sa { -tube } ang { -numbing-medicine } at ang muscle relaxant, nang hiwa-hiwalay na dosis.
       *[lower] spinal stenosis. Ito ang pagkitid ng espasyo sa paligid ng mga nerve sa gulugod.
    }
    .item-3 = { $region ->
        [upper] pananakit pagkatapos ng operasyon sa dibdib o sa itaas na bahagi ng likod. Maaaring dumaloy nang tuloy-tuloy sa spinal fluid (likido ng gulugod) ang matapang na gamot sa kirot ({ -opioid }).
       *[lower] pananakit pagkatapos ng operasyon
    }
    .note-1 = Mga halimbawa lang ang mga ito. Tanungin ang inyong doktor kung bakit ito ang tama para sa inyo.

# Why a doctor uses a live x-ray to guide the needle or tube (77003). No variables.
why-guidance =
    .p-1 = Gumagamit ang doktor ng { -live-x-ray } para makita kung nasaan ang dulo ng karayom o { -tube }.
    .p-2 = Nakakatulong ito para magabayan ng doktor ang dulo papunta sa tamang lugar malapit sa inyong gulugod. Sa ganoon, makakarating ang gamot kung saan ito kailangan.

## What happens

# Steps for a single shot.
# $region (String) - "upper": near the spinal cord; "lower": near the spinal nerves, below the end of the cord,
# and near the tailbone through a small natural opening (the caudal route).
# $imaging (String) - "yes" or "no": whether live x-ray or CT pictures are used to check the tip.
# .p-2 gives the medical names once: epidural space, and subarachnoid (intrathecal) space.
what-happens-single =
    .p-1 = { $region ->
        [upper] Binibigyan kayo ng doktor ng isang turok ng gamot malapit sa inyong spinal cord (utak ng gulugod).
       *[lower] Binibigyan kayo ng doktor ng isang turok ng gamot malapit sa mga nerve ng gulugod, sa { -lower-spine(form: "your") }. Karaniwang nagtatapos nang mas mataas ang inyong spinal cord (utak ng gulugod). Sa bandang tailbone, pumapasok ang karayom sa isang maliit na natural na butas.
    }
    .p-2 = { $region ->
        [upper] Maaaring pumasok ang gamot sa { -epidural-space }. Nasa labas lang ito ng lamad na bumabalot sa inyong spinal cord. O maaari itong pumasok sa { -fluid-space } (likido ng gulugod), sa loob ng lamad. Sa medisina, { -fluid-space-medical } ang tawag dito.
       *[lower] Maaaring pumasok ang gamot sa { -epidural-space }. Nasa labas lang ito ng lamad na bumabalot sa mga nerve ng inyong gulugod. O maaari itong pumasok sa { -fluid-space } (likido ng gulugod), sa loob ng lamad. Sa medisina, { -fluid-space-medical } ang tawag dito.
    }
    .item-1 = Inihahanda kayo ng { -care-team }.
    .item-2 = Pinapamanhid ng doktor ang inyong balat gamit ang { -numbing-medicine }.
    .item-3 = Ipinapasok ng doktor ang karayom. Minsan, gumagamit din ng manipis at malambot na { -tube }.
    .item-4 = { $imaging ->
        [yes] Gumagamit ang doktor ng mga larawan mula sa { -live-x-ray } o { -ct-scan } para matiyak na nasa tamang lugar ang dulo.
       *[no] Tinitiyak ng doktor na nasa tamang lugar ang dulo.
    }
    .item-5 = Ipinapasok ang gamot.
    .item-6 = Tinatanggal ang karayom o { -tube } sa araw ding iyon.
    .item-7 = Binabantayan kayo ng { -care-team } nang ilang sandali para makita ang reaksiyon ng inyong katawan sa gamot.

# Steps for a tube that stays in.
# $region (String) - "upper": near the spinal cord; "lower": near the spinal nerves, below the end of the cord,
# and near the tailbone through a small natural opening (the caudal route).
# $imaging (String) - "yes" or "no": whether live x-ray or CT pictures are used to check the tube.
# .p-2 gives the medical names once: epidural space, and subarachnoid (intrathecal) space.
# Tagalog: in .item-6, "idinidikit ng tape" = taped down. The [upper] variants give no "(utak ng gulugod)" or
# "(likido ng gulugod)": why-catheter [upper] has already given them on those pages; the [lower] variants do.
what-happens-catheter =
    .p-1 = { $region ->
        [upper] Naglalagay ang doktor ng manipis at malambot na { -tube } malapit sa inyong spinal cord.
       *[lower] Naglalagay ang doktor ng manipis at malambot na { -tube } malapit sa mga nerve ng gulugod, sa { -lower-spine(form: "your") }. Karaniwang nagtatapos nang mas mataas ang inyong spinal cord (utak ng gulugod). Sa bandang tailbone, pumapasok ang karayom sa isang maliit na natural na butas.
    } Sa medisina, { -catheter } ang tawag sa { -tube(link: "yes") } ito.
    .p-2 = { $region ->
        [upper] Maaaring ilagay ang { -tube } sa { -epidural-space }. Nasa labas lang ito ng lamad na bumabalot sa inyong spinal cord. O maaari itong ilagay sa { -fluid-space }, sa loob ng lamad. Sa medisina, { -fluid-space-medical } ang tawag dito.
       *[lower] Maaaring ilagay ang { -tube } sa { -epidural-space }. Nasa labas lang ito ng lamad na bumabalot sa mga nerve ng inyong gulugod. O maaari itong ilagay sa { -fluid-space } (likido ng gulugod), sa loob ng lamad. Sa medisina, { -fluid-space-medical } ang tawag dito.
    }
    .item-1 = Inihahanda kayo ng { -care-team }.
    .item-2 = Pinapamanhid ng doktor ang inyong balat gamit ang { -numbing-medicine }.
    .item-3 = Ipinapasok ng doktor ang karayom, at pagkatapos ay ang { -tube }.
    .item-4 = { $imaging ->
        [yes] Gumagamit ang doktor ng mga larawan mula sa { -live-x-ray } o { -ct-scan } para matiyak na nasa tamang lugar ang { -tube }.
       *[no] Tinitiyak ng doktor na nasa tamang lugar ang { -tube }.
    }
    .item-5 = Ipinapasok ang gamot sa pamamagitan ng { -tube }.
    .item-6 = Idinidikit ng tape o ikinakabit nang maayos ang { -tube }, para manatili ito sa loob.
    .item-7 = Binabantayan kayo ng { -care-team } nang ilang sandali para makita ang reaksiyon ng inyong katawan sa gamot.

# Steps of the live x-ray guidance (77003). No variables.
# Tagalog: "procedure" is the word Filipino clinics use for what the doctor does.
what-happens-guidance =
    .p-1 = Nagpapakita ang { -live-x-ray } ng mga gumagalaw na larawan sa isang screen. Sa medisina, { -fluoroscopy } ang tawag dito.
    .item-1 = Ipinapakita ng x-ray machine ang inyong gulugod sa screen habang ginagawa ng doktor ang procedure.
    .item-2 = Tinitingnan ng doktor ang screen habang iginagalaw niya ang karayom o { -tube }.
    .item-3 = Ipinapakita ng mga larawan kung nasaan ang dulo nito.
    .item-4 = Nakakatulong ito para mailagay ng doktor ang dulo sa tamang lugar.

## The medicine

# The kinds of medicine, for single shots and tubes (one message serves both). No variables.
# Never a medicine that destroys nerves (neurolytic).
# Tagalog: panel T8 over the first-edition note ("nerbiyo" = nerve): "nerve" cannot be misread as "nerbiyos".
# Tagalog: "muscle relaxant" is the word on Philippine prescriptions; "pulikat" = muscle spasm or cramp.
medicines =
    .p-1 = Makakatulong ang gamot na malaman ang sanhi ng pananakit, o magagamot nito ang pananakit. Hindi kailanman ginagamit ang code na ito para sa gamot na sumisira sa mga nerve.
    .p-2 = Maaaring isa o higit pa sa mga ito ang gamot:
    .item-1 = { -numbing-medicine } (local anesthetic)
    .item-2 = muscle relaxant (gamot na pampaluwag ng kalamnan), para maibsan ang pulikat
    .item-3 = matapang na gamot sa kirot ({ -opioid })
    .item-4 = { -steroid }, isang gamot na nagpapahupa ng pamamaga
    .item-5 = iba pang gamot na likido

# 77003 covers no medicine: the shot or tube that gives it has its own code. No variables.
# Second review: "tubong nagbibigay", not "tubo na": linker -ng after a vowel (see terms.ftl).
medicines-guidance =
    .p-1 = Hindi sakop ng code na ito ang anumang gamot. Para lang ito sa { -live-x-ray }.
    .p-2 = May sariling code ang turok o ang { -tube(link: "yes") } nagbibigay ng gamot.

## How the medicine is given

# One shot, all at once. No variables.
how-given-single =
    .p-1 = Makukuha ninyo ang gamot sa isang turok, lahat nang minsanan.
    .p-2 = Pagkatapos, tinatanggal ang karayom o { -tube }. Walang naiiwan sa loob ng inyong katawan.

# Through the tube: a steady flow (continuous infusion) or separate doses (intermittent boluses). No variables.
# .note-1 explains "bolus" after the list: a bolus is one dose given at one time, not always a large one.
# Tagalog: "bolus" is kept as the medical word, explained in .note-1.
# Tagalog: panel T6 over the first-edition note (describe the pump, "a small machine that pushes the medicine"):
# Filipinos say "pump"; "bomba" stays out (it also means "bomb").
how-given-catheter =
    .p-1 = Nananatili sa loob ang { -tube } pagkatapos ng unang dosis. Maaaring dumaan dito ang gamot nang ilang oras o ilang araw.
    .p-2 = Dumadaan ang gamot sa { -tube } sa isa sa dalawang paraan:
    .item-1 = tuloy-tuloy na daloy, kadalasan mula sa isang pump
    .item-2 = hiwa-hiwalay na dosis paminsan-minsan
    .note-1 = Bolus ang tawag sa bawat hiwalay na dosis. Hindi laging malaking dosis ang bolus.

# 77003 gives no medicine. No variables.
how-given-guidance =
    .p-1 = Ginagamit ang { -live-x-ray } habang ipinapasok ang karayom o { -tube }. Hindi ito nagbibigay ng anumang gamot.

## Pictures to guide the needle

# Imaging for a single shot.
# $imaging (String) - "yes" (live x-ray or CT guides the needle) or "no".
imaging-single =
    .p-1 = { $imaging ->
        [yes] Ginagabayan ng { -live-x-ray } o ng { -ct-scan } ang karayom. Nagpapakita ang mga test na ito ng mga larawan ng loob ng inyong katawan.
       *[no] Walang x-ray o { -ct-scan } na ginagamit para gabayan ang karayom.
    }
    .p-2 = { $imaging ->
        [yes] Ginagamit ng doktor ang mga larawan para gabayan ang karayom at para makita kung nasaan ang dulo nito.
       *[no] Kung gagamit ng mga larawan mula sa x-ray o { -ct-scan } para gabayan ito, ibang code ang gagamitin.
    }

# Imaging for a tube.
# $imaging (String) - "yes" (live x-ray or CT guides the needle and tube) or "no".
imaging-catheter =
    .p-1 = { $imaging ->
        [yes] Ginagabayan ng { -live-x-ray } o ng { -ct-scan } ang karayom at ang { -tube }. Nagpapakita ang mga test na ito ng mga larawan ng loob ng inyong katawan.
       *[no] Walang x-ray o { -ct-scan } na ginagamit para gabayan ang karayom o ang { -tube }.
    }
    .p-2 = { $imaging ->
        [yes] Ginagamit ng doktor ang mga larawan para gabayan ang { -tube } at para makita kung nasaan ang dulo nito.
       *[no] Kung gagamit ng mga larawan mula sa x-ray o { -ct-scan } para gabayan ito, ibang code ang gagamitin.
    }

# 77003 is the imaging itself, for a needle or tube near any part of the spine. No variables.
imaging-guidance =
    .p-1 = Ang code na ito ay para mismo sa imaging. Magagamit ang { -live-x-ray } para gabayan ang karayom o { -tube } malapit sa alinmang bahagi ng gulugod.
    .p-2 = Tinutulungan nito ang doktor na gabayan ang karayom o { -tube } at makita kung nasaan ang dulo nito.

## When to get emergency help (NEW: split out of "when-to-call")

# Emergency signs after a single shot. .p-1 leads into the list. The items are the signs, one each.
# .note-1 says why the first four signs are urgent.
# $region (String) - "upper": a bleed or infection could press on the spinal cord or nerves;
# "lower": on the spinal nerves (the cord usually ends higher up).
# .note-2: the last two signs can come from opioid pain medicine.
# .note-3 speaks about the people with the patient, who must act if the patient is hard to wake.
# Tagalog: the panel's 36-word sentence (T10) is now a list; the longest sentence here is under 20 words.
# "singit" = groin, "puwit" = buttocks.
emergency-single =
    .p-1 = Pumunta agad sa emergency room o tumawag ng ambulansiya kung maranasan ninyo ang alinman sa mga ito:
    .item-1 = bago o matinding pananakit ng likod o leeg
    .item-2 = bagong pamamanhid o panghihina ng inyong mga braso o binti
    .item-3 = hirap kontrolin ang pag-ihi o pagdumi
    .item-4 = bagong pamamanhid sa inyong singit o puwit
    .item-5 = mabagal o mababaw na paghinga
    .item-6 = sobrang antok, kaya mahirap kayong gisingin
    .note-1 = { $region ->
        [upper] Ang unang apat na senyales ay maaaring dulot ng bihirang pagdurugo o impeksiyon na dumidiin sa inyong spinal cord o sa mga nerve. Kailangan itong magamot sa loob ng ilang oras.
       *[lower] Ang unang apat na senyales ay maaaring dulot ng bihirang pagdurugo o impeksiyon na dumidiin sa mga nerve ng inyong gulugod. Kailangan itong magamot sa loob ng ilang oras.
    }
    .note-2 = Maaaring mangyari ang mabagal na paghinga at sobrang antok dahil sa { -opioid }, isang matapang na gamot sa kirot.
    .note-3 = Kung mahirap kayong gisingin, dapat kayong dalhin agad ng inyong mga kasama sa emergency room, o tumawag sila ng ambulansiya.

# Emergency signs with a tube. The same as emergency-single; kept apart so each kind can change on its own.
# $region (String) - "upper": a bleed or infection could press on the spinal cord or nerves;
# "lower": on the spinal nerves (the cord usually ends higher up).
# .note-2: the last two signs can come from opioid pain medicine.
# .note-3 speaks about the people with the patient, who must act if the patient is hard to wake.
emergency-catheter =
    .p-1 = Pumunta agad sa emergency room o tumawag ng ambulansiya kung maranasan ninyo ang alinman sa mga ito:
    .item-1 = bago o matinding pananakit ng likod o leeg
    .item-2 = bagong pamamanhid o panghihina ng inyong mga braso o binti
    .item-3 = hirap kontrolin ang pag-ihi o pagdumi
    .item-4 = bagong pamamanhid sa inyong singit o puwit
    .item-5 = mabagal o mababaw na paghinga
    .item-6 = sobrang antok, kaya mahirap kayong gisingin
    .note-1 = { $region ->
        [upper] Ang unang apat na senyales ay maaaring dulot ng bihirang pagdurugo o impeksiyon na dumidiin sa inyong spinal cord o sa mga nerve. Kailangan itong magamot sa loob ng ilang oras.
       *[lower] Ang unang apat na senyales ay maaaring dulot ng bihirang pagdurugo o impeksiyon na dumidiin sa mga nerve ng inyong gulugod. Kailangan itong magamot sa loob ng ilang oras.
    }
    .note-2 = Maaaring mangyari ang mabagal na paghinga at sobrang antok dahil sa { -opioid }, isang matapang na gamot sa kirot.
    .note-3 = Kung mahirap kayong gisingin, dapat kayong dalhin agad ng inyong mga kasama sa emergency room, o tumawag sila ng ambulansiya.

# Emergency signs for 77003. It gives no medicine, so there are no opioid signs. It can be used at any part of
# the spine, so .note-1 names both the spinal cord and the nerves. No variables.
# Tagalog: "spinal cord (utak ng gulugod)" gets its Tagalog here, as 77003 names it nowhere before.
emergency-guidance =
    .p-1 = Pumunta agad sa emergency room o tumawag ng ambulansiya kung maranasan ninyo ang alinman sa mga ito:
    .item-1 = bago o matinding pananakit ng likod o leeg
    .item-2 = bagong pamamanhid o panghihina ng inyong mga braso o binti
    .item-3 = hirap kontrolin ang pag-ihi o pagdumi
    .item-4 = bagong pamamanhid sa inyong singit o puwit
    .note-1 = Ang mga senyales na ito ay maaaring dulot ng bihirang pagdurugo o impeksiyon na dumidiin sa inyong spinal cord (utak ng gulugod) o sa mga nerve. Kailangan itong magamot sa loob ng ilang oras.

## When to call your care team (not an emergency)

# Signs to call the care team about after a single shot. No variables.
# .item-3: a leak of spinal fluid. .item-4: itching or nausea. .item-5: dizziness or feeling faint.
# Tagalog: "pagduduwal" = nausea, explained as "parang masusuka" (feeling about to vomit).
when-to-call-single =
    .p-1 = Tawagan ang inyong { -care-team } kung mayroon kayong:
    .item-1 = lagnat o panginginig sa ginaw
    .item-2 = pamumula, pag-init, pamamaga, nana o likido sa tinusukan ng karayom
    .item-3 = matinding sakit ng ulo na lumalala kapag nakaupo o nakatayo kayo, at gumagaan kapag nakahiga kayo. Maaaring tumatagas ang spinal fluid.
    .item-4 = pangangati o pagduduwal (pakiramdam na parang masusuka)
    .item-5 = pagkahilo, o pakiramdam na parang hihimatayin

# Signs to call the care team about with a tube. No variables.
# .item-3: a leak of spinal fluid. .item-4: itching or nausea. .item-5: dizziness or feeling faint.
when-to-call-catheter =
    .p-1 = Tawagan ang inyong { -care-team } kung mayroon kayong:
    .item-1 = lagnat o panginginig sa ginaw
    .item-2 = pamumula, pag-init, pamamaga, nana o likido sa pinasukan ng { -tube }
    .item-3 = matinding sakit ng ulo na lumalala kapag nakaupo o nakatayo kayo, at gumagaan kapag nakahiga kayo. Maaaring tumatagas ang spinal fluid.
    .item-4 = pangangati o pagduduwal (pakiramdam na parang masusuka)
    .item-5 = pagkahilo, o pakiramdam na parang hihimatayin
    .item-6 = { -tube(link: "yes") } natanggal o tumatagas

# Signs to call the care team about for 77003 (no medicine, so no itching or nausea). No variables.
# .item-3: a leak of spinal fluid. .item-4: dizziness or feeling faint (it can happen with any spine injection).
# Tagalog: "spinal fluid (likido ng gulugod)" gets its Tagalog here, as 77003 names it nowhere before.
when-to-call-guidance =
    .p-1 = Tawagan ang inyong { -care-team } kung mayroon kayong:
    .item-1 = lagnat o panginginig sa ginaw
    .item-2 = pamumula, pag-init, pamamaga, nana o likido sa tinusukan ng karayom
    .item-3 = matinding sakit ng ulo na lumalala kapag nakaupo o nakatayo kayo, at gumagaan kapag nakahiga kayo. Maaaring tumatagas ang spinal fluid (likido ng gulugod).
    .item-4 = pagkahilo, o pakiramdam na parang hihimatayin

## What the code on your bill means

# Billing of a single shot.
# $code (String) - the code number, such as 62320.
# $imaging (String) - "yes": the imaging is part of the code, so 77003 is not billed again;
# "no": 77003 is not billed with it either.
billing-single =
    .p-1 = Ang code { $code } ay para sa isang turok. Tinatanggal ang karayom o { -tube } sa araw ding iyon.
    .p-2 = { $imaging ->
        [yes] Kasama na sa code na ito ang imaging. Kaya hindi na ito sinisingil ulit bilang code 77003.
       *[no] Ang code 77003, para sa paggabay gamit ang { -live-x-ray }, ay hindi sinisingil kasabay ng code na ito.
    }

# Billing of a tube: once for the whole series of doses, even over several days.
# $code (String) - the code number, such as 62324.
# $imaging (String) - "yes": the imaging is part of the code, so 77003 is not billed again;
# "no": 77003 is not billed with it either.
billing-catheter =
    .p-1 = Isang beses lang sinisingil ang code { $code } para sa buong serye ng dosis na dumadaan sa { -tube }. Ganito pa rin kahit manatili sa loob ang { -tube } nang ilang araw.
    .p-2 = { $imaging ->
        [yes] Kasama na sa code na ito ang imaging. Kaya hindi na ito sinisingil ulit bilang code 77003.
       *[no] Ang code 77003, para sa paggabay gamit ang { -live-x-ray }, ay hindi sinisingil kasabay ng code na ito.
    }

# Billing of 77003: never with 62320-62327 (some already include imaging; the others are used when no imaging
# is done). No variables.
billing-guidance =
    .p-1 = Ang code 77003 ay para lang sa paggabay gamit ang { -live-x-ray }.
    .p-2 = Hindi ito sinisingil kasabay ng mga code na 62320 hanggang 62327. Kasama na ang imaging sa ilan sa mga code na iyon. Ang iba naman ay ginagamit lang kapag walang imaging na ginawa.

## Questions to ask your care team

# Questions for a single shot. No variables.
# Tagalog: the patient says these to the doctor, so they carry "po" (T9), as a Filipino patient would say them.
# "blood thinner" is the word on Philippine prescriptions; "pampalabnaw ng dugo" follows in brackets.
questions-single =
    .item-1 = Bakit po ito ang tamang pagpipilian para sa akin? Ano pa po ang iba kong mapagpipilian?
    .item-2 = Anong gamot po ang ibibigay sa akin?
    .item-3 = Dapat ko po bang ihinto muna ang alinman sa aking mga gamot, gaya ng blood thinner (pampalabnaw ng dugo)?
    .item-4 = Sino po ang tatawagan ko, araw man o gabi, kung may maramdaman akong hindi tama?

# Questions for a tube. No variables. .item-5: the code should be billed once for the whole series.
# Tagalog: "po" as in questions-single; the answer in brackets is not the patient's words, so it has no "po".
questions-catheter =
    .item-1 = Bakit po ito ang tamang pagpipilian para sa akin? Ano pa po ang iba kong mapagpipilian?
    .item-2 = Anong gamot po ang dadaan sa { -tube }, at gaano katagal?
    .item-3 = Dapat ko po bang ihinto muna ang alinman sa aking mga gamot, gaya ng blood thinner (pampalabnaw ng dugo)?
    .item-4 = Sino po ang tatawagan ko, araw man o gabi, kung may maramdaman akong hindi tama?
    .item-5 = Isang beses lang po ba ito lalabas sa aking bill, o isang beses para sa bawat dosis? (Dapat ay isang beses lang para sa buong serye.)

# Questions for 77003. No variables.
# Tagalog: "po" as in questions-single.
questions-guidance =
    .item-1 = Bakit po kailangan ko ng { -live-x-ray } para gabayan ang karayom o { -tube }?
    .item-2 = Dapat ko po bang ihinto muna ang alinman sa aking mga gamot, gaya ng blood thinner (pampalabnaw ng dugo)?
    .item-3 = Sino po ang tatawagan ko, araw man o gabi, kung may maramdaman akong hindi tama?
