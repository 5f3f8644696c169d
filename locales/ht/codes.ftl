### The title and the short summary of each code.
### The title says what the code is. Titles take no variables: they are also shown in other codes' lists of
### similar codes, and inside the document title (ui.ftl `document-title`).
### The summary ("in simple words") is a few short sentences. The first time the word "imaging" appears on a
### page is in the title, so every summary says what imaging means.
### Summaries take the same variables as the sections (see sections.ftl) but need none in English.
### Kreyòl: "imaging" is "imaj"; every summary says "Imaj vle di foto ki soti nan ...".
### Determiners after a term are written in the message: "tib la", "radyografi an dirèk la".

# Title of 62320: one shot near the spine, neck or upper back, no imaging.
code-62320-title = Yon sèl piki medikaman toupre zo rèl do, nan { -upper-spine }, san imaj
# Summary of 62320. Says what "imaging" means.
code-62320-summary = Yon doktè ba ou yon sèl piki medikaman toupre zo rèl do ou, nan { -upper-spine(form: "your") }. Yo retire zegwi a oswa { -tube } la menm jou a. Doktè a pa sèvi ak imaj pou gide zegwi a. Imaj vle di foto ki soti nan yon { -live-x-ray } oswa nan yon { -ct-scan }.

# Title of 62321: one shot near the spine, neck or upper back, with imaging.
code-62321-title = Yon sèl piki medikaman toupre zo rèl do, nan { -upper-spine }, ak imaj
# Summary of 62321. Says what "imaging" means.
code-62321-summary = Yon doktè ba ou yon sèl piki medikaman toupre zo rèl do ou, nan { -upper-spine(form: "your") }. Doktè a sèvi ak imaj pou gide zegwi a. Imaj vle di foto ki soti nan yon { -live-x-ray } oswa nan yon { -ct-scan }. Yo retire zegwi a oswa { -tube } la menm jou a.

# Title of 62322: one shot near the spine, lower back or tailbone area, no imaging.
code-62322-title = Yon sèl piki medikaman toupre zo rèl do, nan { -lower-spine }, san imaj
# Summary of 62322. Says what "imaging" means.
code-62322-summary = Yon doktè ba ou yon sèl piki medikaman toupre zo rèl do ou, nan { -lower-spine(form: "your") }. Yo retire zegwi a oswa { -tube } la menm jou a. Doktè a pa sèvi ak imaj pou gide zegwi a. Imaj vle di foto ki soti nan yon { -live-x-ray } oswa nan yon { -ct-scan }.

# Title of 62323: one shot near the spine, lower back or tailbone area, with imaging.
code-62323-title = Yon sèl piki medikaman toupre zo rèl do, nan { -lower-spine }, ak imaj
# Summary of 62323. Says what "imaging" means.
code-62323-summary = Yon doktè ba ou yon sèl piki medikaman toupre zo rèl do ou, nan { -lower-spine(form: "your") }. Doktè a sèvi ak imaj pou gide zegwi a. Imaj vle di foto ki soti nan yon { -live-x-ray } oswa nan yon { -ct-scan }. Yo retire zegwi a oswa { -tube } la menm jou a.

# Title of 62324: a tube left near the spine, neck or upper back, no imaging.
code-62324-title = Medikaman ki pase nan yon ti { -tube } fen yo kite toupre zo rèl do, nan { -upper-spine }, san imaj
# Summary of 62324. Says what "imaging" means.
code-62324-summary = Yon doktè mete yon ti { -tube } fen e mou toupre zo rèl do ou, nan { -upper-spine(form: "your") }. Yo kite { -tube } la anplas. Medikaman pase ladan l san rete, oswa an dòz apa detanzantan, pandan plizyè èdtan oswa plizyè jou. Doktè a pa sèvi ak imaj pou gide l. Imaj vle di foto ki soti nan yon { -live-x-ray } oswa nan yon { -ct-scan }.

# Title of 62325: a tube left near the spine, neck or upper back, with imaging.
code-62325-title = Medikaman ki pase nan yon ti { -tube } fen yo kite toupre zo rèl do, nan { -upper-spine }, ak imaj
# Summary of 62325. Says what "imaging" means.
code-62325-summary = Yon doktè mete yon ti { -tube } fen e mou toupre zo rèl do ou, nan { -upper-spine(form: "your") }. Doktè a sèvi ak imaj pou gide l. Imaj vle di foto ki soti nan yon { -live-x-ray } oswa nan yon { -ct-scan }. Yo kite { -tube } la anplas. Medikaman pase ladan l san rete, oswa an dòz apa detanzantan, pandan plizyè èdtan oswa plizyè jou.

# Title of 62326: a tube left near the spine, lower back or tailbone area, no imaging.
code-62326-title = Medikaman ki pase nan yon ti { -tube } fen yo kite toupre zo rèl do, nan { -lower-spine }, san imaj
# Summary of 62326. Says what "imaging" means.
code-62326-summary = Yon doktè mete yon ti { -tube } fen e mou toupre zo rèl do ou, nan { -lower-spine(form: "your") }. Yo kite { -tube } la anplas. Medikaman pase ladan l san rete, oswa an dòz apa detanzantan, pandan plizyè èdtan oswa plizyè jou. Doktè a pa sèvi ak imaj pou gide l. Imaj vle di foto ki soti nan yon { -live-x-ray } oswa nan yon { -ct-scan }.

# Title of 62327: a tube left near the spine, lower back or tailbone area, with imaging.
code-62327-title = Medikaman ki pase nan yon ti { -tube } fen yo kite toupre zo rèl do, nan { -lower-spine }, ak imaj
# Summary of 62327. Says what "imaging" means.
code-62327-summary = Yon doktè mete yon ti { -tube } fen e mou toupre zo rèl do ou, nan { -lower-spine(form: "your") }. Doktè a sèvi ak imaj pou gide l. Imaj vle di foto ki soti nan yon { -live-x-ray } oswa nan yon { -ct-scan }. Yo kite { -tube } la anplas. Medikaman pase ladan l san rete, oswa an dòz apa detanzantan, pandan plizyè èdtan oswa plizyè jou.

# Title of 77003: live x-ray used to guide a needle or tube near the spine (any part of it).
# "near the spine", as in the other titles: not into the bones.
code-77003-title = Gide yon zegwi oswa yon { -tube } toupre zo rèl do ak yon { -live-x-ray }
# Summary of 77003. No medicine is part of this code. Says what "imaging" means.
code-77003-summary = Yon { -live-x-ray } montre zo rèl do ou sou yon ekran, an foto k ap bouje. Doktè a sèvi ak foto sa yo pou li mennen zegwi a oswa { -tube } la nan bon plas la. Foto konsa rele imaj. Kòd sa a se pou imaj la sèlman, li pa pou okenn medikaman.
