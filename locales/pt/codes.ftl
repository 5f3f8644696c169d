### The title and the short summary of each code.
### The title says what the code is. Titles take no variables: they are also shown in other codes' lists of
### similar codes, and inside the document title (ui.ftl `document-title`).
### The summary ("in simple words") is a few short sentences. The first time the word "imaging" appears on a
### page is in the title, so every summary says what imaging means.
### Summaries take the same variables as the sections (see sections.ftl) but need none in English.
###
### Portuguese: "imaging" = "uso de imagens" in the titles; each summary explains it.
### -upper-spine and -lower-spine carry their own "no"/"na": write ", { -upper-spine }", never "na { -upper-spine }".

# Title of 62320: one shot near the spine, neck or upper back, no imaging.
code-62320-title = Uma injeção de medicamento perto da coluna, { -upper-spine }, sem uso de imagens
# Summary of 62320. Says what "imaging" means.
code-62320-summary = O médico aplica uma injeção de medicamento perto da coluna, { -upper-spine }. A agulha ou o { -tube } sai no mesmo dia. O médico não usa imagens para guiar a agulha. Uso de imagens quer dizer ver o interior do corpo com um { -live-x-ray } ou uma { -ct-scan }.

# Title of 62321: one shot near the spine, neck or upper back, with imaging.
code-62321-title = Uma injeção de medicamento perto da coluna, { -upper-spine }, com uso de imagens
# Summary of 62321. Says what "imaging" means.
code-62321-summary = O médico aplica uma injeção de medicamento perto da coluna, { -upper-spine }. O médico usa imagens para guiar a agulha. Uso de imagens quer dizer ver o interior do corpo com um { -live-x-ray } ou uma { -ct-scan }. A agulha ou o { -tube } sai no mesmo dia.

# Title of 62322: one shot near the spine, lower back or tailbone area, no imaging.
code-62322-title = Uma injeção de medicamento perto da coluna, { -lower-spine }, sem uso de imagens
# Summary of 62322. Says what "imaging" means.
code-62322-summary = O médico aplica uma injeção de medicamento perto da coluna, { -lower-spine }. A agulha ou o { -tube } sai no mesmo dia. O médico não usa imagens para guiar a agulha. Uso de imagens quer dizer ver o interior do corpo com um { -live-x-ray } ou uma { -ct-scan }.

# Title of 62323: one shot near the spine, lower back or tailbone area, with imaging.
code-62323-title = Uma injeção de medicamento perto da coluna, { -lower-spine }, com uso de imagens
# Summary of 62323. Says what "imaging" means.
code-62323-summary = O médico aplica uma injeção de medicamento perto da coluna, { -lower-spine }. O médico usa imagens para guiar a agulha. Uso de imagens quer dizer ver o interior do corpo com um { -live-x-ray } ou uma { -ct-scan }. A agulha ou o { -tube } sai no mesmo dia.

# Title of 62324: a tube left near the spine, neck or upper back, no imaging.
code-62324-title = Medicamento por um { -tube } fino deixado perto da coluna, { -upper-spine }, sem uso de imagens
# Summary of 62324. Says what "imaging" means.
code-62324-summary = O médico coloca um { -tube } fino e flexível perto da coluna, { -upper-spine }. O { -tube } fica no lugar. O medicamento passa por ele de forma contínua, ou em doses separadas de tempos em tempos, por horas ou dias. O médico não usa imagens para guiar o { -tube }. Uso de imagens quer dizer ver o interior do corpo com um { -live-x-ray } ou uma { -ct-scan }.

# Title of 62325: a tube left near the spine, neck or upper back, with imaging.
code-62325-title = Medicamento por um { -tube } fino deixado perto da coluna, { -upper-spine }, com uso de imagens
# Summary of 62325. Says what "imaging" means.
code-62325-summary = O médico coloca um { -tube } fino e flexível perto da coluna, { -upper-spine }. O médico usa imagens para guiar o { -tube }. Uso de imagens quer dizer ver o interior do corpo com um { -live-x-ray } ou uma { -ct-scan }. O { -tube } fica no lugar. O medicamento passa por ele de forma contínua, ou em doses separadas de tempos em tempos, por horas ou dias.

# Title of 62326: a tube left near the spine, lower back or tailbone area, no imaging.
code-62326-title = Medicamento por um { -tube } fino deixado perto da coluna, { -lower-spine }, sem uso de imagens
# Summary of 62326. Says what "imaging" means.
code-62326-summary = O médico coloca um { -tube } fino e flexível perto da coluna, { -lower-spine }. O { -tube } fica no lugar. O medicamento passa por ele de forma contínua, ou em doses separadas de tempos em tempos, por horas ou dias. O médico não usa imagens para guiar o { -tube }. Uso de imagens quer dizer ver o interior do corpo com um { -live-x-ray } ou uma { -ct-scan }.

# Title of 62327: a tube left near the spine, lower back or tailbone area, with imaging.
code-62327-title = Medicamento por um { -tube } fino deixado perto da coluna, { -lower-spine }, com uso de imagens
# Summary of 62327. Says what "imaging" means.
code-62327-summary = O médico coloca um { -tube } fino e flexível perto da coluna, { -lower-spine }. O médico usa imagens para guiar o { -tube }. Uso de imagens quer dizer ver o interior do corpo com um { -live-x-ray } ou uma { -ct-scan }. O { -tube } fica no lugar. O medicamento passa por ele de forma contínua, ou em doses separadas de tempos em tempos, por horas ou dias.

# Title of 77003: live x-ray used to guide a needle or tube near the spine (any part of it).
# "near the spine", as in the other titles: not into the bones.
code-77003-title = Uso de { -live-x-ray } para guiar uma agulha ou um { -tube } perto da coluna
# Summary of 77003. No medicine is part of this code. Says what "imaging" means.
code-77003-summary = Um { -live-x-ray } mostra numa tela imagens em movimento da sua coluna. O médico usa essas imagens para levar a agulha ou o { -tube } até o lugar certo. Isso se chama uso de imagens. Este código é só para as imagens. Ele não inclui nenhum medicamento.
