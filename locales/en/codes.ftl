### The title and the short summary of each code.
### The title says what the code is. The summary ("in simple words") is two or three short sentences.

# 62320: one shot near the spine, neck or upper back, no imaging.
code-62320-title = One shot of medicine near the spine in the { -upper-spine }, without imaging
code-62320-summary = A doctor gives you one shot of medicine near your spine, in your { -upper-spine }. The needle or { -tube } comes out the same day. No x-ray or { -ct-scan } is used to guide the needle.

# 62321: one shot near the spine, neck or upper back, with imaging.
code-62321-title = One shot of medicine near the spine in the { -upper-spine }, with imaging
code-62321-summary = A doctor gives you one shot of medicine near your spine, in your { -upper-spine }. A { -live-x-ray } or a { -ct-scan } helps guide the needle. The needle or { -tube } comes out the same day.

# 62322: one shot near the spine, lower back, no imaging.
code-62322-title = One shot of medicine near the spine in the { -lower-spine }, without imaging
code-62322-summary = A doctor gives you one shot of medicine near your spine, in your { -lower-spine }. The needle or { -tube } comes out the same day. No x-ray or { -ct-scan } is used to guide the needle.

# 62323: one shot near the spine, lower back, with imaging.
code-62323-title = One shot of medicine near the spine in the { -lower-spine }, with imaging
code-62323-summary = A doctor gives you one shot of medicine near your spine, in your { -lower-spine }. A { -live-x-ray } or a { -ct-scan } helps guide the needle. The needle or { -tube } comes out the same day.

# 62324: a tube left near the spine, neck or upper back, no imaging.
code-62324-title = Medicine through a thin { -tube } left near the spine in the { -upper-spine }, without imaging
code-62324-summary = A doctor puts a thin, soft { -tube } near your spine, in your { -upper-spine }. The { -tube } stays in. Medicine goes through it as a steady flow, or as separate doses from time to time, for hours or days. No x-ray or { -ct-scan } is used to guide it.

# 62325: a tube left near the spine, neck or upper back, with imaging.
code-62325-title = Medicine through a thin { -tube } left near the spine in the { -upper-spine }, with imaging
code-62325-summary = A doctor puts a thin, soft { -tube } near your spine, in your { -upper-spine }. A { -live-x-ray } or a { -ct-scan } helps guide it. The { -tube } stays in. Medicine goes through it as a steady flow, or as separate doses from time to time, for hours or days.

# 62326: a tube left near the spine, lower back, no imaging.
code-62326-title = Medicine through a thin { -tube } left near the spine in the { -lower-spine }, without imaging
code-62326-summary = A doctor puts a thin, soft { -tube } near your spine, in your { -lower-spine }. The { -tube } stays in. Medicine goes through it as a steady flow, or as separate doses from time to time, for hours or days. No x-ray or { -ct-scan } is used to guide it.

# 62327: a tube left near the spine, lower back, with imaging.
code-62327-title = Medicine through a thin { -tube } left near the spine in the { -lower-spine }, with imaging
code-62327-summary = A doctor puts a thin, soft { -tube } near your spine, in your { -lower-spine }. A { -live-x-ray } or a { -ct-scan } helps guide it. The { -tube } stays in. Medicine goes through it as a steady flow, or as separate doses from time to time, for hours or days.

# 77003: live x-ray used to guide a needle or tube into the spine. No medicine is part of this code.
code-77003-title = Guiding a needle or { -tube } in the spine with a { -live-x-ray }
code-77003-summary = A { -live-x-ray } shows moving pictures of your spine on a screen. The doctor uses them to guide a needle or { -tube } to the right spot for a shot. This code is for the x-ray only.
