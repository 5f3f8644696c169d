### The title and the short summary of each code.
### The title says what the code is. Titles take no variables: they are also shown in other codes' lists of
### similar codes, and inside the document title (ui.ftl `document-title`).
### The summary ("in simple words") is a few short sentences. The first time the word "imaging" appears on a
### page is in the title, so every summary says what imaging means.
### Summaries take the same variables as the sections (see sections.ftl) but need none in English.
### French: "shot" is "injection" (the usual lay word); "one shot" is "une seule injection".
### Each summary is the first place a page uses "radioscopie", so it explains it: "(une radio en temps réel)".
### The first sentence of the English summary is split in two, to keep sentences short.

# Title of 62320: one shot near the spine, neck or upper back, no imaging.
code-62320-title = Une seule injection de médicament près de la colonne vertébrale, au niveau { -upper-spine(case: "de") }, sans imagerie
# Summary of 62320. Says what "imaging" means.
code-62320-summary = Un médecin vous fait une seule injection de médicament près de votre colonne vertébrale. L’injection se fait au niveau { -upper-spine(case: "de") }. On retire l’aiguille ou le { -tube } le jour même. Le médecin n’utilise pas d’imagerie pour guider l’aiguille. L’imagerie, ce sont des images de { -live-x-ray } (une radio en temps réel) ou de { -ct-scan }.

# Title of 62321: one shot near the spine, neck or upper back, with imaging.
code-62321-title = Une seule injection de médicament près de la colonne vertébrale, au niveau { -upper-spine(case: "de") }, avec imagerie
# Summary of 62321. Says what "imaging" means.
code-62321-summary = Un médecin vous fait une seule injection de médicament près de votre colonne vertébrale. L’injection se fait au niveau { -upper-spine(case: "de") }. Le médecin utilise l’imagerie pour guider l’aiguille. L’imagerie, ce sont des images de { -live-x-ray } (une radio en temps réel) ou de { -ct-scan }. On retire l’aiguille ou le { -tube } le jour même.

# Title of 62322: one shot near the spine, lower back or tailbone area, no imaging.
code-62322-title = Une seule injection de médicament près de la colonne vertébrale, au niveau { -lower-spine(case: "de") }, sans imagerie
# Summary of 62322. Says what "imaging" means.
code-62322-summary = Un médecin vous fait une seule injection de médicament près de votre colonne vertébrale. L’injection se fait au niveau { -lower-spine(case: "de") }. On retire l’aiguille ou le { -tube } le jour même. Le médecin n’utilise pas d’imagerie pour guider l’aiguille. L’imagerie, ce sont des images de { -live-x-ray } (une radio en temps réel) ou de { -ct-scan }.

# Title of 62323: one shot near the spine, lower back or tailbone area, with imaging.
code-62323-title = Une seule injection de médicament près de la colonne vertébrale, au niveau { -lower-spine(case: "de") }, avec imagerie
# Summary of 62323. Says what "imaging" means.
code-62323-summary = Un médecin vous fait une seule injection de médicament près de votre colonne vertébrale. L’injection se fait au niveau { -lower-spine(case: "de") }. Le médecin utilise l’imagerie pour guider l’aiguille. L’imagerie, ce sont des images de { -live-x-ray } (une radio en temps réel) ou de { -ct-scan }. On retire l’aiguille ou le { -tube } le jour même.

# Title of 62324: a tube left near the spine, neck or upper back, no imaging.
code-62324-title = Médicament donné par un { -tube } fin laissé près de la colonne vertébrale, au niveau { -upper-spine(case: "de") }, sans imagerie
# Summary of 62324. Says what "imaging" means.
# "steady flow" is "en continu" (not the technical "en flux continu": panel).
code-62324-summary = Un médecin place un { -tube } fin et souple près de votre colonne vertébrale, au niveau { -upper-spine(case: "de") }. Le { -tube } reste en place. Le médicament passe par ce { -tube } pendant des heures ou des jours. Il passe en continu, ou en doses séparées de temps en temps. Le médecin n’utilise pas d’imagerie pour guider le { -tube }. L’imagerie, ce sont des images de { -live-x-ray } (une radio en temps réel) ou de { -ct-scan }.

# Title of 62325: a tube left near the spine, neck or upper back, with imaging.
code-62325-title = Médicament donné par un { -tube } fin laissé près de la colonne vertébrale, au niveau { -upper-spine(case: "de") }, avec imagerie
# Summary of 62325. Says what "imaging" means.
code-62325-summary = Un médecin place un { -tube } fin et souple près de votre colonne vertébrale, au niveau { -upper-spine(case: "de") }. Le médecin utilise l’imagerie pour guider le { -tube }. L’imagerie, ce sont des images de { -live-x-ray } (une radio en temps réel) ou de { -ct-scan }. Le { -tube } reste en place. Le médicament passe par ce { -tube } pendant des heures ou des jours. Il passe en continu, ou en doses séparées de temps en temps.

# Title of 62326: a tube left near the spine, lower back or tailbone area, no imaging.
code-62326-title = Médicament donné par un { -tube } fin laissé près de la colonne vertébrale, au niveau { -lower-spine(case: "de") }, sans imagerie
# Summary of 62326. Says what "imaging" means.
code-62326-summary = Un médecin place un { -tube } fin et souple près de votre colonne vertébrale, au niveau { -lower-spine(case: "de") }. Le { -tube } reste en place. Le médicament passe par ce { -tube } pendant des heures ou des jours. Il passe en continu, ou en doses séparées de temps en temps. Le médecin n’utilise pas d’imagerie pour guider le { -tube }. L’imagerie, ce sont des images de { -live-x-ray } (une radio en temps réel) ou de { -ct-scan }.

# Title of 62327: a tube left near the spine, lower back or tailbone area, with imaging.
code-62327-title = Médicament donné par un { -tube } fin laissé près de la colonne vertébrale, au niveau { -lower-spine(case: "de") }, avec imagerie
# Summary of 62327. Says what "imaging" means.
code-62327-summary = Un médecin place un { -tube } fin et souple près de votre colonne vertébrale, au niveau { -lower-spine(case: "de") }. Le médecin utilise l’imagerie pour guider le { -tube }. L’imagerie, ce sont des images de { -live-x-ray } (une radio en temps réel) ou de { -ct-scan }. Le { -tube } reste en place. Le médicament passe par ce { -tube } pendant des heures ou des jours. Il passe en continu, ou en doses séparées de temps en temps.

# Title of 77003: live x-ray used to guide a needle or tube near the spine (any part of it).
# "near the spine", as in the other titles: not into the bones ("près de", not "dans").
# French: a noun title ("Guidage..."), as French titles usually are, and the word "guidage" used in the other texts.
code-77003-title = Guidage d’une aiguille ou d’un { -tube } près de la colonne vertébrale par { -live-x-ray }
# Summary of 77003. No medicine is part of this code. Says what "imaging" means, and what "radioscopie" is.
code-77003-summary = La { -live-x-ray } est une radio en temps réel. Elle montre sur un écran des images en mouvement de votre colonne vertébrale. Le médecin s’en sert pour guider une aiguille ou un { -tube } au bon endroit. On parle d’« imagerie » pour ce type d’images. Ce code concerne seulement l’imagerie, et aucun médicament.
