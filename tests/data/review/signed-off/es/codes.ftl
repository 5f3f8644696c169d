### The title and the short summary of each code.
### The title says what the code is. Titles take no variables: they are also shown in other codes' lists of
### similar codes, and inside the document title (ui.ftl `document-title`).
### The summary ("in simple words") is a few short sentences. The first time the word "imaging" appears on a
### page is in the title, so every summary says what imaging means.
### Summaries take the same variables as the sections (see sections.ftl) but need none.
###
### Spanish: "shot" is "inyección"; "imaging" is "imágenes" (pictures that guide the needle).
### Titles say "una sola inyección" for "one shot", so they are not read as just "an injection",
### and "con/sin guía por imágenes" for "with/without imaging" ("sin imágenes" alone reads as "without pictures").
### Each summary then says what "guía por imágenes" means: the doctor looks at live x-ray or CT pictures
### (or not) to guide the needle or tube. The summary is the first place on the page that names the CT scan,
### so it uses the full form of -ct-scan, with "(TAC)".

# Title of 62320: one shot near the spine, neck or upper back, no imaging.
code-62320-title = Una sola inyección de medicamento cerca de la columna, en { -upper-spine }, sin guía por imágenes
# Summary of 62320. Says what "imaging" (guía por imágenes) means.
code-62320-summary = Un médico le pone una sola inyección de medicamento cerca de la columna, en { -upper-spine }. La aguja o el { -tube } se saca el mismo día. El médico no usa guía por imágenes. Es decir, no mira imágenes de { -live-x-ray } ni de una { -ct-scan } para guiar la aguja.

# Title of 62321: one shot near the spine, neck or upper back, with imaging.
code-62321-title = Una sola inyección de medicamento cerca de la columna, en { -upper-spine }, con guía por imágenes
# Summary of 62321. Says what "imaging" (guía por imágenes) means.
code-62321-summary = Un médico le pone una sola inyección de medicamento cerca de la columna, en { -upper-spine }. El médico usa guía por imágenes. Es decir, mira imágenes de { -live-x-ray } o de una { -ct-scan } para guiar la aguja. La aguja o el { -tube } se saca el mismo día.

# Title of 62322: one shot near the spine, lower back or tailbone area, no imaging.
code-62322-title = Una sola inyección de medicamento cerca de la columna, en { -lower-spine }, sin guía por imágenes
# Summary of 62322. Says what "imaging" (guía por imágenes) means.
code-62322-summary = Un médico le pone una sola inyección de medicamento cerca de la columna, en { -lower-spine }. La aguja o el { -tube } se saca el mismo día. El médico no usa guía por imágenes. Es decir, no mira imágenes de { -live-x-ray } ni de una { -ct-scan } para guiar la aguja.

# Title of 62323: one shot near the spine, lower back or tailbone area, with imaging.
code-62323-title = Una sola inyección de medicamento cerca de la columna, en { -lower-spine }, con guía por imágenes
# Summary of 62323. Says what "imaging" (guía por imágenes) means.
code-62323-summary = Un médico le pone una sola inyección de medicamento cerca de la columna, en { -lower-spine }. El médico usa guía por imágenes. Es decir, mira imágenes de { -live-x-ray } o de una { -ct-scan } para guiar la aguja. La aguja o el { -tube } se saca el mismo día.

# Title of 62324: a tube left near the spine, neck or upper back, no imaging.
code-62324-title = Medicamento a través de un { -tube } delgado que se deja cerca de la columna, en { -upper-spine }, sin guía por imágenes
# Summary of 62324. Says what "imaging" (guía por imágenes) means.
code-62324-summary = Un médico le coloca un { -tube } delgado y flexible cerca de la columna, en { -upper-spine }. El { -tube } se queda puesto. El medicamento pasa por él de forma continua o en dosis separadas de vez en cuando, durante horas o días. El médico no usa guía por imágenes. Es decir, no mira imágenes de { -live-x-ray } ni de una { -ct-scan } para guiar el { -tube }.

# Title of 62325: a tube left near the spine, neck or upper back, with imaging.
code-62325-title = Medicamento a través de un { -tube } delgado que se deja cerca de la columna, en { -upper-spine }, con guía por imágenes
# Summary of 62325. Says what "imaging" (guía por imágenes) means.
code-62325-summary = Un médico le coloca un { -tube } delgado y flexible cerca de la columna, en { -upper-spine }. El médico usa guía por imágenes. Es decir, mira imágenes de { -live-x-ray } o de una { -ct-scan } para guiar el { -tube }. El { -tube } se queda puesto. El medicamento pasa por él de forma continua o en dosis separadas de vez en cuando, durante horas o días.

# Title of 62326: a tube left near the spine, lower back or tailbone area, no imaging.
code-62326-title = Medicamento a través de un { -tube } delgado que se deja cerca de la columna, en { -lower-spine }, sin guía por imágenes
# Summary of 62326. Says what "imaging" (guía por imágenes) means.
code-62326-summary = Un médico le coloca un { -tube } delgado y flexible cerca de la columna, en { -lower-spine }. El { -tube } se queda puesto. El medicamento pasa por él de forma continua o en dosis separadas de vez en cuando, durante horas o días. El médico no usa guía por imágenes. Es decir, no mira imágenes de { -live-x-ray } ni de una { -ct-scan } para guiar el { -tube }.

# Title of 62327: a tube left near the spine, lower back or tailbone area, with imaging.
code-62327-title = Medicamento a través de un { -tube } delgado que se deja cerca de la columna, en { -lower-spine }, con guía por imágenes
# Summary of 62327. Says what "imaging" (guía por imágenes) means.
code-62327-summary = Un médico le coloca un { -tube } delgado y flexible cerca de la columna, en { -lower-spine }. El médico usa guía por imágenes. Es decir, mira imágenes de { -live-x-ray } o de una { -ct-scan } para guiar el { -tube }. El { -tube } se queda puesto. El medicamento pasa por él de forma continua o en dosis separadas de vez en cuando, durante horas o días.

# Title of 77003: live x-ray used to guide a needle or tube near the spine (any part of it).
# "cerca de la columna", as in the other titles: not into the bones.
code-77003-title = Guiar una aguja o un { -tube } cerca de la columna con { -live-x-ray }
# Summary of 77003. No medicine is part of this code. Says what "imaging" (guía por imágenes) means.
code-77003-summary = Los { -live-x-ray } muestran imágenes en movimiento de su columna en una pantalla. El médico las usa para llevar la aguja o el { -tube } al lugar correcto. A esto se le llama guía por imágenes. Este código es solo para las imágenes, no para ningún medicamento.
