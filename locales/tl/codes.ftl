### The title and the short summary of each code.
### The title says what the code is. The summary ("in simple words") is two or three short sentences.
###
### Tagalog: "shot" is "turok" (the native word; "iniksiyon" is not used, so there is one word).
### "Imaging" is "gabay na larawan" (pictures that guide the needle); the summaries name the
### machines (eks-rey, CT). "Steady flow" is "tuloy-tuloy na daloy"; "separate doses from time
### to time" is "hiwa-hiwalay na dosis paminsan-minsan", as in sections.ftl.

# 62320: one shot near the spine, neck or upper back, no imaging.
code-62320-title = Isang turok ng gamot malapit sa gulugod, sa { -upper-spine }, nang walang gabay na larawan
code-62320-summary = Binibigyan kayo ng doktor ng isang turok ng gamot malapit sa inyong gulugod, sa inyong { -upper-spine }. Tinatanggal ang karayom o { -tube } sa araw ding iyon. Walang eks-rey o { -ct-scan } na ginagamit para gabayan ang karayom.

# 62321: one shot near the spine, neck or upper back, with imaging.
code-62321-title = Isang turok ng gamot malapit sa gulugod, sa { -upper-spine }, nang may gabay na larawan
code-62321-summary = Binibigyan kayo ng doktor ng isang turok ng gamot malapit sa inyong gulugod, sa inyong { -upper-spine }. Nakatutulong ang { -live-x-ray } o ang { -ct-scan } para gabayan ang karayom. Tinatanggal ang karayom o { -tube } sa araw ding iyon.

# 62322: one shot near the spine, lower back, no imaging.
code-62322-title = Isang turok ng gamot malapit sa gulugod, sa { -lower-spine }, nang walang gabay na larawan
code-62322-summary = Binibigyan kayo ng doktor ng isang turok ng gamot malapit sa inyong gulugod, sa inyong { -lower-spine }. Tinatanggal ang karayom o { -tube } sa araw ding iyon. Walang eks-rey o { -ct-scan } na ginagamit para gabayan ang karayom.

# 62323: one shot near the spine, lower back, with imaging.
code-62323-title = Isang turok ng gamot malapit sa gulugod, sa { -lower-spine }, nang may gabay na larawan
code-62323-summary = Binibigyan kayo ng doktor ng isang turok ng gamot malapit sa inyong gulugod, sa inyong { -lower-spine }. Nakatutulong ang { -live-x-ray } o ang { -ct-scan } para gabayan ang karayom. Tinatanggal ang karayom o { -tube } sa araw ding iyon.

# 62324: a tube left near the spine, neck or upper back, no imaging.
code-62324-title = Gamot na dumadaan sa manipis na { -tube(link: "yes") } iniiwan malapit sa gulugod, sa { -upper-spine }, nang walang gabay na larawan
code-62324-summary = Naglalagay ang doktor ng manipis at malambot na { -tube } malapit sa inyong gulugod, sa inyong { -upper-spine }. Nananatili sa loob ang { -tube }. Dumadaan dito ang gamot bilang tuloy-tuloy na daloy, o bilang hiwa-hiwalay na dosis paminsan-minsan, nang ilang oras o ilang araw. Walang eks-rey o { -ct-scan } na ginagamit para gabayan ito.

# 62325: a tube left near the spine, neck or upper back, with imaging.
code-62325-title = Gamot na dumadaan sa manipis na { -tube(link: "yes") } iniiwan malapit sa gulugod, sa { -upper-spine }, nang may gabay na larawan
code-62325-summary = Naglalagay ang doktor ng manipis at malambot na { -tube } malapit sa inyong gulugod, sa inyong { -upper-spine }. Nakatutulong ang { -live-x-ray } o ang { -ct-scan } para gabayan ito. Nananatili sa loob ang { -tube }. Dumadaan dito ang gamot bilang tuloy-tuloy na daloy, o bilang hiwa-hiwalay na dosis paminsan-minsan, nang ilang oras o ilang araw.

# 62326: a tube left near the spine, lower back, no imaging.
code-62326-title = Gamot na dumadaan sa manipis na { -tube(link: "yes") } iniiwan malapit sa gulugod, sa { -lower-spine }, nang walang gabay na larawan
code-62326-summary = Naglalagay ang doktor ng manipis at malambot na { -tube } malapit sa inyong gulugod, sa inyong { -lower-spine }. Nananatili sa loob ang { -tube }. Dumadaan dito ang gamot bilang tuloy-tuloy na daloy, o bilang hiwa-hiwalay na dosis paminsan-minsan, nang ilang oras o ilang araw. Walang eks-rey o { -ct-scan } na ginagamit para gabayan ito.

# 62327: a tube left near the spine, lower back, with imaging.
code-62327-title = Gamot na dumadaan sa manipis na { -tube(link: "yes") } iniiwan malapit sa gulugod, sa { -lower-spine }, nang may gabay na larawan
code-62327-summary = Naglalagay ang doktor ng manipis at malambot na { -tube } malapit sa inyong gulugod, sa inyong { -lower-spine }. Nakatutulong ang { -live-x-ray } o ang { -ct-scan } para gabayan ito. Nananatili sa loob ang { -tube }. Dumadaan dito ang gamot bilang tuloy-tuloy na daloy, o bilang hiwa-hiwalay na dosis paminsan-minsan, nang ilang oras o ilang araw.

# 77003: live x-ray used to guide a needle or tube into the spine. No medicine is part of this code.
code-77003-title = Paggabay sa karayom o { -tube } sa gulugod gamit ang { -live-x-ray }
code-77003-summary = Nagpapakita ang { -live-x-ray } ng mga gumagalaw na larawan ng inyong gulugod sa isang iskrin. Ginagamit ng doktor ang mga larawang ito para gabayan ang karayom o { -tube } sa tamang lugar para sa turok. Para lang sa eks-rey ang kodigong ito.
