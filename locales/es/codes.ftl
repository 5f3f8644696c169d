### The title and the short summary of each code.
### The title says what the code is. The summary ("in simple words") is two or three short sentences.
# Spanish: "shot" is "inyección"; "imaging" is "imágenes" (pictures that guide the needle).
# Titles say "una sola inyección" for "one shot", so they are not read as just "an injection",
# and "con/sin guía por imágenes" for "with/without imaging" ("sin imágenes" alone reads as "without pictures").
# "El médico" is used as the generic word for the doctor (man or woman).

# 62320: one shot near the spine, neck or upper back, no imaging.
code-62320-title = Una sola inyección de medicamento cerca de la columna, en { -upper-spine }, sin guía por imágenes
code-62320-summary = Un médico le pone una sola inyección de medicamento cerca de la columna, en { -upper-spine }. La aguja o el { -tube } se saca el mismo día. No se usan rayos X ni { -ct-scan } para guiar la aguja.

# 62321: one shot near the spine, neck or upper back, with imaging.
code-62321-title = Una sola inyección de medicamento cerca de la columna, en { -upper-spine }, con guía por imágenes
code-62321-summary = Un médico le pone una sola inyección de medicamento cerca de la columna, en { -upper-spine }. Los { -live-x-ray } o una { -ct-scan } ayudan a guiar la aguja. La aguja o el { -tube } se saca el mismo día.

# 62322: one shot near the spine, lower back, no imaging.
code-62322-title = Una sola inyección de medicamento cerca de la columna, en { -lower-spine }, sin guía por imágenes
code-62322-summary = Un médico le pone una sola inyección de medicamento cerca de la columna, en { -lower-spine }. La aguja o el { -tube } se saca el mismo día. No se usan rayos X ni { -ct-scan } para guiar la aguja.

# 62323: one shot near the spine, lower back, with imaging.
code-62323-title = Una sola inyección de medicamento cerca de la columna, en { -lower-spine }, con guía por imágenes
code-62323-summary = Un médico le pone una sola inyección de medicamento cerca de la columna, en { -lower-spine }. Los { -live-x-ray } o una { -ct-scan } ayudan a guiar la aguja. La aguja o el { -tube } se saca el mismo día.

# 62324: a tube left near the spine, neck or upper back, no imaging.
code-62324-title = Medicamento a través de un { -tube } delgado que se deja cerca de la columna, en { -upper-spine }, sin guía por imágenes
code-62324-summary = Un médico le coloca un { -tube } delgado y flexible cerca de la columna, en { -upper-spine }. El { -tube } se queda puesto. El medicamento pasa por él de forma continua o en dosis separadas de vez en cuando, durante horas o días. No se usan rayos X ni { -ct-scan } para guiar el { -tube }.

# 62325: a tube left near the spine, neck or upper back, with imaging.
code-62325-title = Medicamento a través de un { -tube } delgado que se deja cerca de la columna, en { -upper-spine }, con guía por imágenes
code-62325-summary = Un médico le coloca un { -tube } delgado y flexible cerca de la columna, en { -upper-spine }. Los { -live-x-ray } o una { -ct-scan } ayudan a guiarlo. El { -tube } se queda puesto. El medicamento pasa por él de forma continua o en dosis separadas de vez en cuando, durante horas o días.

# 62326: a tube left near the spine, lower back, no imaging.
code-62326-title = Medicamento a través de un { -tube } delgado que se deja cerca de la columna, en { -lower-spine }, sin guía por imágenes
code-62326-summary = Un médico le coloca un { -tube } delgado y flexible cerca de la columna, en { -lower-spine }. El { -tube } se queda puesto. El medicamento pasa por él de forma continua o en dosis separadas de vez en cuando, durante horas o días. No se usan rayos X ni { -ct-scan } para guiar el { -tube }.

# 62327: a tube left near the spine, lower back, with imaging.
code-62327-title = Medicamento a través de un { -tube } delgado que se deja cerca de la columna, en { -lower-spine }, con guía por imágenes
code-62327-summary = Un médico le coloca un { -tube } delgado y flexible cerca de la columna, en { -lower-spine }. Los { -live-x-ray } o una { -ct-scan } ayudan a guiarlo. El { -tube } se queda puesto. El medicamento pasa por él de forma continua o en dosis separadas de vez en cuando, durante horas o días.

# 77003: live x-ray used to guide a needle or tube into the spine. No medicine is part of this code.
code-77003-title = Guiar una aguja o un { -tube } en la columna con { -live-x-ray }
code-77003-summary = Los { -live-x-ray } muestran imágenes en movimiento de su columna en una pantalla. El médico las usa para llevar la aguja o el { -tube } al lugar correcto para la inyección. Este código cubre solo los rayos X.
