### The title and the short summary of each code.
### The title says what the code is. Titles take no variables: they are also shown in other codes' lists of
### similar codes, and inside the document title (ui.ftl `document-title`).
### The summary ("in simple words") is a few short sentences. The first time the word "imaging" appears on a
### page is in the title, so every summary says what imaging means.
### Summaries take the same variables as the sections (see sections.ftl) but need none in English.
###
### Tagalog: "shot" is "turok". "Imaging" stays "imaging", the word on Philippine hospital bills and department
### signs; every summary explains it ("Ang ibig sabihin ng imaging ay mga larawan mula sa ...").
### (Decision: the first edition's "gabay na larawan" was a coinage that no bill or form uses, and the new
### English now names and explains "imaging" on every page, so the Taglish word is kept and explained.)
### Title tags: "nang walang imaging" (without imaging) / "gamit ang imaging" (with imaging).
### "Steady flow / separate doses from time to time" is "nang tuloy-tuloy / nang hiwa-hiwalay na dosis
### paminsan-minsan" (panel T6: not the calque "bilang tuloy-tuloy na daloy").

# Title of 62320: one shot near the spine, neck or upper back, no imaging.
code-62320-title = Isang turok ng gamot malapit sa gulugod, sa { -upper-spine }, nang walang imaging
# Summary of 62320. Says what "imaging" means.
code-62320-summary = Binibigyan kayo ng doktor ng isang turok ng gamot malapit sa inyong gulugod, sa { -upper-spine(form: "your") }. Tinatanggal ang karayom o { -tube } sa araw ding iyon. Hindi gumagamit ang doktor ng imaging para gabayan ang karayom. Ang ibig sabihin ng imaging ay mga larawan mula sa { -live-x-ray } o { -ct-scan }.

# Title of 62321: one shot near the spine, neck or upper back, with imaging.
code-62321-title = Isang turok ng gamot malapit sa gulugod, sa { -upper-spine }, gamit ang imaging
# Summary of 62321. Says what "imaging" means.
code-62321-summary = Binibigyan kayo ng doktor ng isang turok ng gamot malapit sa inyong gulugod, sa { -upper-spine(form: "your") }. Gumagamit ang doktor ng imaging para gabayan ang karayom. Ang ibig sabihin ng imaging ay mga larawan mula sa { -live-x-ray } o { -ct-scan }. Tinatanggal ang karayom o { -tube } sa araw ding iyon.

# Title of 62322: one shot near the spine, lower back or tailbone area, no imaging.
code-62322-title = Isang turok ng gamot malapit sa gulugod, sa { -lower-spine }, nang walang imaging
# Summary of 62322. Says what "imaging" means.
code-62322-summary = Binibigyan kayo ng doktor ng isang turok ng gamot malapit sa inyong gulugod, sa { -lower-spine(form: "your") }. Tinatanggal ang karayom o { -tube } sa araw ding iyon. Hindi gumagamit ang doktor ng imaging para gabayan ang karayom. Ang ibig sabihin ng imaging ay mga larawan mula sa { -live-x-ray } o { -ct-scan }.

# Title of 62323: one shot near the spine, lower back or tailbone area, with imaging.
code-62323-title = Isang turok ng gamot malapit sa gulugod, sa { -lower-spine }, gamit ang imaging
# Summary of 62323. Says what "imaging" means.
code-62323-summary = Binibigyan kayo ng doktor ng isang turok ng gamot malapit sa inyong gulugod, sa { -lower-spine(form: "your") }. Gumagamit ang doktor ng imaging para gabayan ang karayom. Ang ibig sabihin ng imaging ay mga larawan mula sa { -live-x-ray } o { -ct-scan }. Tinatanggal ang karayom o { -tube } sa araw ding iyon.

# Title of 62324: a tube left near the spine, neck or upper back, no imaging.
code-62324-title = Gamot na dumadaan sa manipis na { -tube(link: "yes") } iniiwan malapit sa gulugod, sa { -upper-spine }, nang walang imaging
# Summary of 62324. Says what "imaging" means.
code-62324-summary = Naglalagay ang doktor ng manipis at malambot na { -tube } malapit sa inyong gulugod, sa { -upper-spine(form: "your") }. Nananatili sa loob ang { -tube }. Dumadaan dito ang gamot nang tuloy-tuloy, o nang hiwa-hiwalay na dosis paminsan-minsan, sa loob ng ilang oras o ilang araw. Hindi gumagamit ang doktor ng imaging para gabayan ito. Ang ibig sabihin ng imaging ay mga larawan mula sa { -live-x-ray } o { -ct-scan }.

# Title of 62325: a tube left near the spine, neck or upper back, with imaging.
code-62325-title = Gamot na dumadaan sa manipis na { -tube(link: "yes") } iniiwan malapit sa gulugod, sa { -upper-spine }, gamit ang imaging
# Summary of 62325. Says what "imaging" means.
code-62325-summary = Naglalagay ang doktor ng manipis at malambot na { -tube } malapit sa inyong gulugod, sa { -upper-spine(form: "your") }. Gumagamit ang doktor ng imaging para gabayan ito. Ang ibig sabihin ng imaging ay mga larawan mula sa { -live-x-ray } o { -ct-scan }. Nananatili sa loob ang { -tube }. Dumadaan dito ang gamot nang tuloy-tuloy, o nang hiwa-hiwalay na dosis paminsan-minsan, sa loob ng ilang oras o ilang araw.

# Title of 62326: a tube left near the spine, lower back or tailbone area, no imaging.
code-62326-title = Gamot na dumadaan sa manipis na { -tube(link: "yes") } iniiwan malapit sa gulugod, sa { -lower-spine }, nang walang imaging
# Summary of 62326. Says what "imaging" means.
code-62326-summary = Naglalagay ang doktor ng manipis at malambot na { -tube } malapit sa inyong gulugod, sa { -lower-spine(form: "your") }. Nananatili sa loob ang { -tube }. Dumadaan dito ang gamot nang tuloy-tuloy, o nang hiwa-hiwalay na dosis paminsan-minsan, sa loob ng ilang oras o ilang araw. Hindi gumagamit ang doktor ng imaging para gabayan ito. Ang ibig sabihin ng imaging ay mga larawan mula sa { -live-x-ray } o { -ct-scan }.

# Title of 62327: a tube left near the spine, lower back or tailbone area, with imaging.
code-62327-title = Gamot na dumadaan sa manipis na { -tube(link: "yes") } iniiwan malapit sa gulugod, sa { -lower-spine }, gamit ang imaging
# Summary of 62327. Says what "imaging" means.
code-62327-summary = Naglalagay ang doktor ng manipis at malambot na { -tube } malapit sa inyong gulugod, sa { -lower-spine(form: "your") }. Gumagamit ang doktor ng imaging para gabayan ito. Ang ibig sabihin ng imaging ay mga larawan mula sa { -live-x-ray } o { -ct-scan }. Nananatili sa loob ang { -tube }. Dumadaan dito ang gamot nang tuloy-tuloy, o nang hiwa-hiwalay na dosis paminsan-minsan, sa loob ng ilang oras o ilang araw.

# Title of 77003: live x-ray used to guide a needle or tube near the spine (any part of it).
# "malapit sa gulugod" (near the spine), as in the other titles: not into the bones.
code-77003-title = Paggabay sa karayom o { -tube } malapit sa gulugod gamit ang { -live-x-ray }
# Summary of 77003. No medicine is part of this code. Says what "imaging" means.
code-77003-summary = Nagpapakita ang { -live-x-ray } ng mga gumagalaw na larawan ng inyong gulugod sa isang screen. Ginagamit ng doktor ang mga larawang ito para gabayan ang karayom o { -tube } papunta sa tamang lugar. Imaging ang tawag sa mga ganitong larawan. Para lang sa imaging ang code na ito, hindi para sa anumang gamot.
