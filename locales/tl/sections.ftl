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
### Tagalog: the reader is addressed politely ("kayo / ninyo / inyo"). Spinal cord is
### "utak ng gulugod" and spinal fluid is "likido ng gulugod" throughout. Pain as a symptom is
### "pananakit"; pain medicine is "gamot sa kirot". "Get emergency help" is
### "humingi ng tulong pang-emerhensiya" (no phone number is named).

## Headings

section-what-happens = Ano ang nangyayari
section-medicines = Ang gamot
section-how-given = Paano ibinibigay ang gamot
section-imaging = Mga larawang gabay sa karayom
section-billing = Ano ang ibig sabihin ng kodigo sa inyong singil
section-when-to-call = Kailan dapat humingi ng tulong
section-questions = Mga tanong para sa inyong { -care-team }

## What happens

what-happens-single =
    .p-1 = Binibigyan kayo ng doktor ng isang turok ng gamot sa isang espasyo malapit sa inyong utak ng gulugod.
    .p-2 = Maaaring ito ang { -epidural-space }. Nasa mismong labas ito ng supot na naglalaman ng inyong utak ng gulugod. O maaaring ito ang { -fluid-space }. Nasa loob naman ito ng supot.
    .item-1 = Inihahanda kayo ng { -care-team }.
    .item-2 = Pinapamanhid ng doktor ang inyong balat gamit ang { -numbing-medicine }.
    .item-3 = Ipinapasok ng doktor ang karayom. Minsan, gumagamit din ng manipis at malambot na { -tube }.
    .item-4 = { $imaging ->
        [yes] Gumagamit ang doktor ng mga larawan mula sa { -live-x-ray } o { -ct-scan } para suriin kung nasa tamang lugar ang dulo.
       *[no] Sinusuri ng doktor kung nasa tamang lugar ang dulo.
    }
    .item-5 = Itinuturok ang gamot.
    .item-6 = Tinatanggal ang karayom o { -tube } sa araw ding iyon.
    .item-7 = Binabantayan kayo ng { -care-team } nang ilang sandali para makita ang reaksiyon ng inyong katawan sa gamot.

# Tagalog: in .item-6, "idinidikit" (stuck down, as with tape) avoids the English word "tape".
what-happens-catheter =
    .p-1 = Naglalagay ang doktor ng manipis at malambot na { -tube } sa isang espasyo malapit sa inyong utak ng gulugod. Sa medisina, { -catheter } ang tawag sa { -tube(link: "yes") } ito.
    .p-2 = Maaaring ito ang { -epidural-space }. Nasa mismong labas ito ng supot na naglalaman ng inyong utak ng gulugod. O maaaring ito ang { -fluid-space }. Nasa loob naman ito ng supot.
    .item-1 = Inihahanda kayo ng { -care-team }.
    .item-2 = Pinapamanhid ng doktor ang inyong balat gamit ang { -numbing-medicine }.
    .item-3 = Ipinapasok ng doktor ang karayom, at pagkatapos ay ang { -tube }.
    .item-4 = { $imaging ->
        [yes] Gumagamit ang doktor ng mga larawan mula sa { -live-x-ray } o { -ct-scan } para suriin kung nasa tamang lugar ang { -tube }.
       *[no] Sinusuri ng doktor kung nasa tamang lugar ang { -tube }.
    }
    .item-5 = Ipinapasok ang gamot sa pamamagitan ng { -tube }.
    .item-6 = Idinidikit o ikinakabit nang maayos ang { -tube } para manatili ito sa loob.
    .item-7 = Binabantayan kayo ng { -care-team } nang ilang sandali para makita ang reaksiyon ng inyong katawan sa gamot.

what-happens-guidance =
    .p-1 = Nagpapakita ang { -live-x-ray } ng mga gumagalaw na larawan sa isang iskrin. Sa medisina, { -fluoroscopy } ang tawag dito.
    .item-1 = Ipinapakita ng makina ng eks-rey ang inyong gulugod sa iskrin habang nagtatrabaho ang doktor.
    .item-2 = Tinitingnan ng doktor ang iskrin habang iginagalaw niya ang karayom o { -tube }.
    .item-3 = Ipinapakita ng mga larawan kung nasaan ang dulo nito.
    .item-4 = Nakatutulong ito para mailagay ng doktor ang dulo sa tamang lugar para sa turok.

## The medicine

# Tagalog: "nerbiyo" = nerve ("ugat" would also mean vein or root).
medicines =
    .p-1 = Makatutulong ang gamot para malaman ang sanhi ng pananakit, o magagamot nito ang pananakit. Hindi kailanman ginagamit ang kodigong ito para sa gamot na sumisira sa mga nerbiyo.
    .p-2 = Maaaring isa o higit pa sa mga ito ang gamot:
    .item-1 = { -numbing-medicine } (lokal na anestisya)
    .item-2 = gamot na pampaluwag ng kalamnan, para maibsan ang pamumulikat
    .item-3 = matapang na gamot sa kirot ({ -opioid })
    .item-4 = { -steroid }, isang gamot na nagpapahupa ng pamamaga
    .item-5 = ibang gamot na likido

medicines-guidance =
    .p-1 = Walang kasamang gamot ang kodigong ito. Para lang ito sa { -live-x-ray }.
    .p-2 = May sariling kodigo ang turok na nagbibigay ng gamot.

## How the medicine is given

how-given-single =
    .p-1 = Tatanggapin ninyo ang gamot sa isang turok, lahat nang minsanan.
    .p-2 = Pagkatapos, tinatanggal ang karayom o { -tube }. Walang naiiwan sa inyong likod.

# Tagalog: "bolus" is kept as the medical word; "minsanan" = given all at one time.
# In .item-1, "pump" is described ("a small machine that pushes the medicine"), since "bomba" also means "bomb".
how-given-catheter =
    .p-1 = Nananatili sa loob ang { -tube } pagkatapos ng unang dosis. Maaari itong tumagal nang ilang oras o ilang araw.
    .p-2 = Ang dosis na ibinibigay nang minsanan ay tinatawag na bolus. Hindi laging malaking dosis ang bolus.
    .p-3 = Dumadaan ang gamot sa { -tube } sa isa sa dalawang paraan:
    .item-1 = tuloy-tuloy na daloy, kadalasan mula sa isang maliit na makinang nagtutulak ng gamot
    .item-2 = hiwa-hiwalay na dosis paminsan-minsan

how-given-guidance =
    .p-1 = Ginagamit ang { -live-x-ray } habang ipinapasok ang karayom o { -tube }. Hindi ito nagbibigay ng anumang gamot.

## Pictures to guide the needle

imaging-single =
    .p-1 = { $imaging ->
        [yes] Ginagabayan ng { -live-x-ray } o ng { -ct-scan } ang karayom. Nagpapakita ang mga makinang ito ng larawan ng loob ng inyong katawan.
       *[no] Walang eks-rey o { -ct-scan } na ginagamit para gabayan ang karayom.
    }
    .p-2 = { $imaging ->
        [yes] Ginagamit ng doktor ang mga larawan para gabayan ang galaw ng karayom at para makita kung nasaan ang dulo nito.
       *[no] Kung gumamit ng mga larawan ng eks-rey o { -ct-scan } para gabayan ito, ibang kodigo ang ginagamit.
    }

imaging-catheter =
    .p-1 = { $imaging ->
        [yes] Ginagabayan ng { -live-x-ray } o ng { -ct-scan } ang karayom at ang { -tube }. Nagpapakita ang mga makinang ito ng larawan ng loob ng inyong katawan.
       *[no] Walang eks-rey o { -ct-scan } na ginagamit para gabayan ang karayom o ang { -tube }.
    }
    .p-2 = { $imaging ->
        [yes] Ginagamit ng doktor ang mga larawan para gabayan ang galaw ng { -tube } at para makita kung nasaan ang dulo nito.
       *[no] Kung gumamit ng mga larawan ng eks-rey o { -ct-scan } para gabayan ito, ibang kodigo ang ginagamit.
    }

imaging-guidance =
    .p-1 = Ang kodigong ito ay para mismo sa gabay na larawan. Magagamit ang { -live-x-ray } para sa turok sa alinmang bahagi ng gulugod.
    .p-2 = Tinutulungan nito ang doktor na gabayan ang galaw ng karayom o { -tube } at makita kung nasaan ang dulo nito.

## What the code on your bill means

billing-single =
    .p-1 = Ang kodigo { $code } ay para sa isang turok. Tinatanggal ang karayom o { -tube } sa araw ding iyon.
    .p-2 = { $imaging ->
        [yes] Kasama na sa kodigong ito ang gabay na larawan. Kaya hindi na ito sinisingil ulit bilang kodigo 77003.
       *[no] Ang kodigo 77003, para sa paggabay gamit ang { -live-x-ray }, ay hindi sinisingil kasama ng kodigong ito.
    }

billing-catheter =
    .p-1 = Isang beses lang sinisingil ang kodigo { $code } para sa buong serye ng dosis na dumadaan sa { -tube }. Ganito pa rin kahit manatili sa loob ang { -tube } nang ilang araw.
    .p-2 = { $imaging ->
        [yes] Kasama na sa kodigong ito ang gabay na larawan. Kaya hindi na ito sinisingil ulit bilang kodigo 77003.
       *[no] Ang kodigo 77003, para sa paggabay gamit ang { -live-x-ray }, ay hindi sinisingil kasama ng kodigong ito.
    }

billing-guidance =
    .p-1 = Ang kodigo 77003 ay para lang sa paggabay gamit ang { -live-x-ray }.
    .p-2 = Hindi ito sinisingil kasama ng mga kodigong 62320 hanggang 62327. Kasama na sa ilan sa mga kodigong iyon ang gabay na larawan. Ang iba naman ay para sa mga turok na ginawa nang walang gabay na larawan.

## When to get help

when-to-call-single =
    .p-1 = Humingi agad ng tulong pang-emerhensiya kung mayroon kayong bago o matinding pananakit ng likod o leeg, bagong pamamanhid o panghihina ng mga braso o binti, o kung hindi ninyo makontrol kung kailan kayo iihi o dudumi. Maaaring may bihirang pagdurugo o impeksiyon na dumidiin sa inyong utak ng gulugod. Kailangan itong magamot sa loob ng ilang oras.
    .p-2 = Humingi rin ng tulong pang-emerhensiya kung mabagal o mababaw ang inyong paghinga, o kung antok na antok kayo at mahirap kayong gisingin. Maaari itong mangyari sa gamot sa kirot na { -opioid }.
    .p-3 = Tawagan ang inyong { -care-team } kung mayroon kayong:
    .item-1 = lagnat o panginginig sa ginaw
    .item-2 = pamumula, pag-init, pamamaga, nana o likido sa tinusukan ng karayom
    .item-3 = matinding sakit ng ulo na lumalala kapag nakaupo o nakatayo kayo, at gumagaan kapag nakahiga kayo. Maaaring tumatagas ang likido ng gulugod.
    .item-4 = pangangati, masamang pakiramdam sa sikmura, o pagkahilo o pakiramdam na parang hihimatayin

when-to-call-catheter =
    .p-1 = Humingi agad ng tulong pang-emerhensiya kung mayroon kayong bago o matinding pananakit ng likod o leeg, bagong pamamanhid o panghihina ng mga braso o binti, o kung hindi ninyo makontrol kung kailan kayo iihi o dudumi. Maaaring may bihirang pagdurugo o impeksiyon na dumidiin sa inyong utak ng gulugod. Kailangan itong magamot sa loob ng ilang oras.
    .p-2 = Humingi rin ng tulong pang-emerhensiya kung mabagal o mababaw ang inyong paghinga, o kung antok na antok kayo at mahirap kayong gisingin. Maaari itong mangyari sa gamot sa kirot na { -opioid }.
    .p-3 = Tawagan ang inyong { -care-team } kung mayroon kayong:
    .item-1 = lagnat o panginginig sa ginaw
    .item-2 = pamumula, pag-init, pamamaga, nana o likido sa pinasukan ng { -tube }
    .item-3 = matinding sakit ng ulo na lumalala kapag nakaupo o nakatayo kayo, at gumagaan kapag nakahiga kayo. Maaaring tumatagas ang likido ng gulugod.
    .item-4 = pangangati, masamang pakiramdam sa sikmura, o pagkahilo o pakiramdam na parang hihimatayin
    .item-5 = { -tube(link: "yes") } natanggal o tumatagas

when-to-call-guidance =
    .p-1 = Humingi agad ng tulong pang-emerhensiya kung mayroon kayong bago o matinding pananakit ng likod o leeg, bagong pamamanhid o panghihina ng mga braso o binti, o kung hindi ninyo makontrol kung kailan kayo iihi o dudumi. Maaaring may bihirang pagdurugo o impeksiyon na dumidiin sa inyong utak ng gulugod. Kailangan itong magamot sa loob ng ilang oras.
    .p-2 = Tawagan ang inyong { -care-team } kung mayroon kayong:
    .item-1 = lagnat o panginginig sa ginaw
    .item-2 = pamumula, pag-init, pamamaga, nana o likido sa tinusukan ng karayom
    .item-3 = matinding sakit ng ulo na lumalala kapag nakaupo o nakatayo kayo, at gumagaan kapag nakahiga kayo. Maaaring tumatagas ang likido ng gulugod.

## Questions to ask your care team

questions-single =
    .item-1 = Bakit ito ang tamang pagpipilian para sa akin? Ano pa ang iba kong mapagpipilian?
    .item-2 = Anong gamot ang ibibigay sa akin?
    .item-3 = Dapat ko bang ihinto muna ang alinman sa aking mga gamot, gaya ng pampalabnaw ng dugo?
    .item-4 = Sino ang tatawagan ko, araw man o gabi, kung may nararamdaman akong hindi tama?

questions-catheter =
    .item-1 = Bakit ito ang tamang pagpipilian para sa akin? Ano pa ang iba kong mapagpipilian?
    .item-2 = Anong gamot ang dadaan sa { -tube }, at gaano katagal?
    .item-3 = Dapat ko bang ihinto muna ang alinman sa aking mga gamot, gaya ng pampalabnaw ng dugo?
    .item-4 = Sino ang tatawagan ko, araw man o gabi, kung may nararamdaman akong hindi tama?
    .item-5 = Isang beses lang ba ito lalabas sa aking singil, o isang beses para sa bawat dosis? (Dapat ay isang beses lang para sa buong serye.)

questions-guidance =
    .item-1 = Bakit kailangan ko ng { -live-x-ray } para sa aking turok?
    .item-2 = Dapat ko bang ihinto muna ang alinman sa aking mga gamot, gaya ng pampalabnaw ng dugo?
    .item-3 = Sino ang tatawagan ko, araw man o gabi, kung may nararamdaman akong hindi tama?
