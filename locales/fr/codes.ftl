### The title and the short summary of each code.
### The title says what the code is. The summary ("in simple words") is two or three short sentences.
# French: "shot" is "injection" (the usual lay word); "one shot" is "une seule injection".

# 62320: one shot near the spine, neck or upper back, no imaging.
code-62320-title = Une seule injection de médicament près de la colonne vertébrale, au niveau { -upper-spine(case: "de") }, sans imagerie
code-62320-summary = Un médecin vous fait une seule injection de médicament près de votre colonne vertébrale, au niveau { -upper-spine(case: "de") }. On retire l'aiguille ou le { -tube } le jour même. On n'utilise ni radio ni { -ct-scan } pour guider l'aiguille.

# 62321: one shot near the spine, neck or upper back, with imaging.
code-62321-title = Une seule injection de médicament près de la colonne vertébrale, au niveau { -upper-spine(case: "de") }, avec imagerie
code-62321-summary = Un médecin vous fait une seule injection de médicament près de votre colonne vertébrale, au niveau { -upper-spine(case: "de") }. Une { -live-x-ray } ou un { -ct-scan } aide à guider l'aiguille. On retire l'aiguille ou le { -tube } le jour même.

# 62322: one shot near the spine, lower back, no imaging.
code-62322-title = Une seule injection de médicament près de la colonne vertébrale, au niveau { -lower-spine(case: "de") }, sans imagerie
code-62322-summary = Un médecin vous fait une seule injection de médicament près de votre colonne vertébrale, au niveau { -lower-spine(case: "de") }. On retire l'aiguille ou le { -tube } le jour même. On n'utilise ni radio ni { -ct-scan } pour guider l'aiguille.

# 62323: one shot near the spine, lower back, with imaging.
code-62323-title = Une seule injection de médicament près de la colonne vertébrale, au niveau { -lower-spine(case: "de") }, avec imagerie
code-62323-summary = Un médecin vous fait une seule injection de médicament près de votre colonne vertébrale, au niveau { -lower-spine(case: "de") }. Une { -live-x-ray } ou un { -ct-scan } aide à guider l'aiguille. On retire l'aiguille ou le { -tube } le jour même.

# 62324: a tube left near the spine, neck or upper back, no imaging.
code-62324-title = Médicament donné par un { -tube } fin laissé près de la colonne vertébrale, au niveau { -upper-spine(case: "de") }, sans imagerie
code-62324-summary = Un médecin place un { -tube } fin et souple près de votre colonne vertébrale, au niveau { -upper-spine(case: "de") }. Le { -tube } reste en place. Le médicament passe par ce { -tube } en flux continu, ou en doses séparées de temps en temps, pendant des heures ou des jours. On n'utilise ni radio ni { -ct-scan } pour le guider.

# 62325: a tube left near the spine, neck or upper back, with imaging.
code-62325-title = Médicament donné par un { -tube } fin laissé près de la colonne vertébrale, au niveau { -upper-spine(case: "de") }, avec imagerie
code-62325-summary = Un médecin place un { -tube } fin et souple près de votre colonne vertébrale, au niveau { -upper-spine(case: "de") }. Une { -live-x-ray } ou un { -ct-scan } aide à le guider. Le { -tube } reste en place. Le médicament passe par ce { -tube } en flux continu, ou en doses séparées de temps en temps, pendant des heures ou des jours.

# 62326: a tube left near the spine, lower back, no imaging.
code-62326-title = Médicament donné par un { -tube } fin laissé près de la colonne vertébrale, au niveau { -lower-spine(case: "de") }, sans imagerie
code-62326-summary = Un médecin place un { -tube } fin et souple près de votre colonne vertébrale, au niveau { -lower-spine(case: "de") }. Le { -tube } reste en place. Le médicament passe par ce { -tube } en flux continu, ou en doses séparées de temps en temps, pendant des heures ou des jours. On n'utilise ni radio ni { -ct-scan } pour le guider.

# 62327: a tube left near the spine, lower back, with imaging.
code-62327-title = Médicament donné par un { -tube } fin laissé près de la colonne vertébrale, au niveau { -lower-spine(case: "de") }, avec imagerie
code-62327-summary = Un médecin place un { -tube } fin et souple près de votre colonne vertébrale, au niveau { -lower-spine(case: "de") }. Une { -live-x-ray } ou un { -ct-scan } aide à le guider. Le { -tube } reste en place. Le médicament passe par ce { -tube } en flux continu, ou en doses séparées de temps en temps, pendant des heures ou des jours.

# 77003: live x-ray used to guide a needle or tube into the spine. No medicine is part of this code.
# French: a noun title ("Guidage..."), as French titles usually are, and the word "guidage" used in the other texts.
code-77003-title = Guidage d'une aiguille ou d'un { -tube } dans la colonne vertébrale par { -live-x-ray }
code-77003-summary = Une { -live-x-ray } montre des images en mouvement de votre colonne vertébrale sur un écran. Le médecin s'en sert pour guider une aiguille ou un { -tube } au bon endroit pour une injection. Ce code concerne seulement la radio.
