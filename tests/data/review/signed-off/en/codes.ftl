### The title and the short summary of each code.
### The title says what the code is. Titles take no variables: they are also shown in other codes' lists of
### similar codes, and inside the document title (ui.ftl `document-title`).
### The summary ("in simple words") is a few short sentences. The first time the word "imaging" appears on a
### page is in the title, so every summary says what imaging means.
### Summaries take the same variables as the sections (see sections.ftl) but need none in English.

# Title of 62320: one shot near the spine, neck or upper back, no imaging.
code-62320-title = One shot of medicine near the spine in the { -upper-spine }, without imaging
# Summary of 62320. Says what "imaging" means.
code-62320-summary = A doctor gives you one shot of medicine near your spine, in your { -upper-spine }. The needle or { -tube } comes out the same day. The doctor does not use imaging to guide the needle. Imaging means pictures from a { -live-x-ray } or a { -ct-scan }.

# Title of 62321: one shot near the spine, neck or upper back, with imaging.
code-62321-title = One shot of medicine near the spine in the { -upper-spine }, with imaging
# Summary of 62321. Says what "imaging" means.
code-62321-summary = A doctor gives you one shot of medicine near your spine, in your { -upper-spine }. The doctor uses imaging to guide the needle. Imaging means pictures from a { -live-x-ray } or a { -ct-scan }. The needle or { -tube } comes out the same day.

# Title of 62322: one shot near the spine, lower back or tailbone area, no imaging.
code-62322-title = One shot of medicine near the spine in the { -lower-spine }, without imaging
# Summary of 62322. Says what "imaging" means.
code-62322-summary = A doctor gives you one shot of medicine near your spine, in your { -lower-spine }. The needle or { -tube } comes out the same day. The doctor does not use imaging to guide the needle. Imaging means pictures from a { -live-x-ray } or a { -ct-scan }.

# Title of 62323: one shot near the spine, lower back or tailbone area, with imaging.
code-62323-title = One shot of medicine near the spine in the { -lower-spine }, with imaging
# Summary of 62323. Says what "imaging" means.
code-62323-summary = A doctor gives you one shot of medicine near your spine, in your { -lower-spine }. The doctor uses imaging to guide the needle. Imaging means pictures from a { -live-x-ray } or a { -ct-scan }. The needle or { -tube } comes out the same day.

# Title of 62324: a tube left near the spine, neck or upper back, no imaging.
code-62324-title = Medicine through a thin { -tube } left near the spine in the { -upper-spine }, without imaging
# Summary of 62324. Says what "imaging" means.
code-62324-summary = A doctor puts a thin, soft { -tube } near your spine, in your { -upper-spine }. The { -tube } stays in. Medicine goes through it as a steady flow, or as separate doses from time to time, for hours or days. The doctor does not use imaging to guide it. Imaging means pictures from a { -live-x-ray } or a { -ct-scan }.

# Title of 62325: a tube left near the spine, neck or upper back, with imaging.
code-62325-title = Medicine through a thin { -tube } left near the spine in the { -upper-spine }, with imaging
# Summary of 62325. Says what "imaging" means.
code-62325-summary = A doctor puts a thin, soft { -tube } near your spine, in your { -upper-spine }. The doctor uses imaging to guide it. Imaging means pictures from a { -live-x-ray } or a { -ct-scan }. The { -tube } stays in. Medicine goes through it as a steady flow, or as separate doses from time to time, for hours or days.

# Title of 62326: a tube left near the spine, lower back or tailbone area, no imaging.
code-62326-title = Medicine through a thin { -tube } left near the spine in the { -lower-spine }, without imaging
# Summary of 62326. Says what "imaging" means.
code-62326-summary = A doctor puts a thin, soft { -tube } near your spine, in your { -lower-spine }. The { -tube } stays in. Medicine goes through it as a steady flow, or as separate doses from time to time, for hours or days. The doctor does not use imaging to guide it. Imaging means pictures from a { -live-x-ray } or a { -ct-scan }.

# Title of 62327: a tube left near the spine, lower back or tailbone area, with imaging.
code-62327-title = Medicine through a thin { -tube } left near the spine in the { -lower-spine }, with imaging
# Summary of 62327. Says what "imaging" means.
code-62327-summary = A doctor puts a thin, soft { -tube } near your spine, in your { -lower-spine }. The doctor uses imaging to guide it. Imaging means pictures from a { -live-x-ray } or a { -ct-scan }. The { -tube } stays in. Medicine goes through it as a steady flow, or as separate doses from time to time, for hours or days.

# Title of 77003: live x-ray used to guide a needle or tube near the spine (any part of it).
# "near the spine", as in the other titles: not into the bones.
code-77003-title = Guiding a needle or { -tube } near the spine with a { -live-x-ray }
# Summary of 77003. No medicine is part of this code. Says what "imaging" means.
code-77003-summary = A { -live-x-ray } shows moving pictures of your spine on a screen. The doctor uses them to guide a needle or { -tube } to the right spot. Pictures like these are called imaging. This code is only for the imaging, not for any medicine.
