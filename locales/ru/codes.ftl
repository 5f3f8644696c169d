### The title and the short summary of each code.
### The title says what the code is. Titles take no variables: they are also shown in other codes' lists of
### similar codes, and inside the document title (ui.ftl `document-title`).
### The summary ("in simple words") is a few short sentences. The first time the word "imaging" appears on a
### page is in the title, so every summary says what imaging means.
### Summaries take the same variables as the sections (see sections.ftl) but need none in English.
###
### Russian: "shot" is "укол" (the everyday word, not "инъекция").
### "With imaging" is "под контролем рентгена или КТ", "without imaging" is "без рентгена и КТ", in the titles
### and the summaries alike (panel finding T3). Russian has no everyday word for "imaging", so where English
### says "Imaging means pictures from a live x-ray or a CT scan", the summary says what these tests do:
### "… рентгена или КТ — исследований, которые показывают иглу на экране."
### Catheter titles start with "Введение лекарства" (panel finding F3), not with a bare "Лекарство".
### Catheter summaries put the duration first, so "несколько часов или дней" cannot be read as the interval
### between doses (panel finding A2), and say "непрерывно" for "as a steady flow" (panel finding F6).

# Title of 62320: one shot near the spine, neck or upper back, no imaging.
code-62320-title = Один укол лекарства рядом с позвоночником в области { -upper-spine(case: "genitive") }, без рентгена и { -ct-scan }
# Summary of 62320. Says what "imaging" means.
code-62320-summary = Врач делает вам один укол лекарства рядом с позвоночником, в области { -upper-spine(case: "genitive") }. Иглу или { -tube(case: "accusative") } вынимают в тот же день. Врач направляет иглу без рентгена и { -ct-scan } — исследований, которые показывают иглу на экране.

# Title of 62321: one shot near the spine, neck or upper back, with imaging.
code-62321-title = Один укол лекарства рядом с позвоночником в области { -upper-spine(case: "genitive") }, под контролем рентгена или { -ct-scan }
# Summary of 62321. Says what "imaging" means.
code-62321-summary = Врач делает вам один укол лекарства рядом с позвоночником, в области { -upper-spine(case: "genitive") }. Врач направляет иглу под контролем рентгена или { -ct-scan } — исследований, которые показывают иглу на экране. Иглу или { -tube(case: "accusative") } вынимают в тот же день.

# Title of 62322: one shot near the spine, lower back or tailbone area, no imaging.
code-62322-title = Один укол лекарства рядом с позвоночником в области { -lower-spine(case: "genitive") }, без рентгена и { -ct-scan }
# Summary of 62322. Says what "imaging" means.
code-62322-summary = Врач делает вам один укол лекарства рядом с позвоночником, в области { -lower-spine(case: "genitive") }. Иглу или { -tube(case: "accusative") } вынимают в тот же день. Врач направляет иглу без рентгена и { -ct-scan } — исследований, которые показывают иглу на экране.

# Title of 62323: one shot near the spine, lower back or tailbone area, with imaging.
code-62323-title = Один укол лекарства рядом с позвоночником в области { -lower-spine(case: "genitive") }, под контролем рентгена или { -ct-scan }
# Summary of 62323. Says what "imaging" means.
code-62323-summary = Врач делает вам один укол лекарства рядом с позвоночником, в области { -lower-spine(case: "genitive") }. Врач направляет иглу под контролем рентгена или { -ct-scan } — исследований, которые показывают иглу на экране. Иглу или { -tube(case: "accusative") } вынимают в тот же день.

# Title of 62324: a tube left near the spine, neck or upper back, no imaging.
# Russian: "оставленную" agrees with the feminine "трубку".
code-62324-title = Введение лекарства через тонкую { -tube(case: "accusative") }, оставленную рядом с позвоночником в области { -upper-spine(case: "genitive") }, без рентгена и { -ct-scan }
# Summary of 62324. Says what "imaging" means.
code-62324-summary = Врач ставит тонкую мягкую { -tube(case: "accusative") } рядом с вашим позвоночником, в области { -upper-spine(case: "genitive") }. Эта { -tube } остаётся на месте. Лекарство поступает через неё в течение нескольких часов или дней: непрерывно или отдельными дозами время от времени. Врач ставит её без рентгена и { -ct-scan } — исследований, которые показывают { -tube(case: "accusative") } на экране.

# Title of 62325: a tube left near the spine, neck or upper back, with imaging.
code-62325-title = Введение лекарства через тонкую { -tube(case: "accusative") }, оставленную рядом с позвоночником в области { -upper-spine(case: "genitive") }, под контролем рентгена или { -ct-scan }
# Summary of 62325. Says what "imaging" means.
code-62325-summary = Врач ставит тонкую мягкую { -tube(case: "accusative") } рядом с вашим позвоночником, в области { -upper-spine(case: "genitive") }. Он делает это под контролем рентгена или { -ct-scan } — исследований, которые показывают { -tube(case: "accusative") } на экране. Эта { -tube } остаётся на месте. Лекарство поступает через неё в течение нескольких часов или дней: непрерывно или отдельными дозами время от времени.

# Title of 62326: a tube left near the spine, lower back or tailbone area, no imaging.
code-62326-title = Введение лекарства через тонкую { -tube(case: "accusative") }, оставленную рядом с позвоночником в области { -lower-spine(case: "genitive") }, без рентгена и { -ct-scan }
# Summary of 62326. Says what "imaging" means.
code-62326-summary = Врач ставит тонкую мягкую { -tube(case: "accusative") } рядом с вашим позвоночником, в области { -lower-spine(case: "genitive") }. Эта { -tube } остаётся на месте. Лекарство поступает через неё в течение нескольких часов или дней: непрерывно или отдельными дозами время от времени. Врач ставит её без рентгена и { -ct-scan } — исследований, которые показывают { -tube(case: "accusative") } на экране.

# Title of 62327: a tube left near the spine, lower back or tailbone area, with imaging.
code-62327-title = Введение лекарства через тонкую { -tube(case: "accusative") }, оставленную рядом с позвоночником в области { -lower-spine(case: "genitive") }, под контролем рентгена или { -ct-scan }
# Summary of 62327. Says what "imaging" means.
code-62327-summary = Врач ставит тонкую мягкую { -tube(case: "accusative") } рядом с вашим позвоночником, в области { -lower-spine(case: "genitive") }. Он делает это под контролем рентгена или { -ct-scan } — исследований, которые показывают { -tube(case: "accusative") } на экране. Эта { -tube } остаётся на месте. Лекарство поступает через неё в течение нескольких часов или дней: непрерывно или отдельными дозами время от времени.

# Title of 77003: live x-ray used to guide a needle or tube near the spine (any part of it).
# "near the spine", as in the other titles: not into the bones (panel finding F4).
# Russian: "контроль с помощью рентгена", not "наведение" (radiology jargon, panel finding L1).
code-77003-title = Контроль с помощью { -live-x-ray(case: "genitive") } при введении иглы или { -tube(case: "genitive") } рядом с позвоночником
# Summary of 77003. No medicine is part of this code. Says what "imaging" means.
# Russian: "Pictures like these are called imaging" becomes "Это называют контролем с помощью рентгена",
# the phrase the other texts use for the imaging.
code-77003-summary = Во время { -live-x-ray(case: "genitive") } на экране видно движущееся изображение вашего позвоночника. По этому изображению врач направляет иглу или { -tube(case: "accusative") } в нужное место. Это называют контролем с помощью рентгена. Этот код — только за такой контроль, а не за лекарство.
