### The title and the short summary of each code.
### The title says what the code is. The summary ("in simple words") is two or three short sentences.
###
### Russian: "shot" is "укол" (the everyday word, not "инъекция").
### "With imaging" is "под контролем рентгена или КТ", "without imaging" is "без рентгена и КТ":
### the imaging in these codes is always live x-ray or CT, and lay readers know both words.

# 62320: one shot near the spine, neck or upper back, no imaging.
code-62320-title = Один укол лекарства рядом с позвоночником в области { -upper-spine(case: "genitive") }, без рентгена и { -ct-scan }
code-62320-summary = Врач делает вам один укол лекарства рядом с позвоночником, в области { -upper-spine(case: "genitive") }. Иглу или { -tube(case: "accusative") } вынимают в тот же день. Рентген и { -ct-scan } для наведения иглы не используют.

# 62321: one shot near the spine, neck or upper back, with imaging.
code-62321-title = Один укол лекарства рядом с позвоночником в области { -upper-spine(case: "genitive") }, под контролем рентгена или { -ct-scan }
code-62321-summary = Врач делает вам один укол лекарства рядом с позвоночником, в области { -upper-spine(case: "genitive") }. Направить иглу помогает { -live-x-ray } или { -ct-scan }. Иглу или { -tube(case: "accusative") } вынимают в тот же день.

# 62322: one shot near the spine, lower back, no imaging.
code-62322-title = Один укол лекарства рядом с позвоночником в области { -lower-spine(case: "genitive") }, без рентгена и { -ct-scan }
code-62322-summary = Врач делает вам один укол лекарства рядом с позвоночником, в области { -lower-spine(case: "genitive") }. Иглу или { -tube(case: "accusative") } вынимают в тот же день. Рентген и { -ct-scan } для наведения иглы не используют.

# 62323: one shot near the spine, lower back, with imaging.
code-62323-title = Один укол лекарства рядом с позвоночником в области { -lower-spine(case: "genitive") }, под контролем рентгена или { -ct-scan }
code-62323-summary = Врач делает вам один укол лекарства рядом с позвоночником, в области { -lower-spine(case: "genitive") }. Направить иглу помогает { -live-x-ray } или { -ct-scan }. Иглу или { -tube(case: "accusative") } вынимают в тот же день.

# 62324: a tube left near the spine, neck or upper back, no imaging.
# Russian: "оставленную" agrees with the feminine "трубку".
code-62324-title = Лекарство через тонкую { -tube(case: "accusative") }, оставленную рядом с позвоночником в области { -upper-spine(case: "genitive") }, без рентгена и { -ct-scan }
code-62324-summary = Врач ставит тонкую мягкую { -tube(case: "accusative") } рядом с вашим позвоночником, в области { -upper-spine(case: "genitive") }. Эта { -tube } остаётся на месте. Через неё вводят лекарство ровным потоком или отдельными дозами время от времени, несколько часов или дней. Её ставят без рентгена и { -ct-scan }.

# 62325: a tube left near the spine, neck or upper back, with imaging.
code-62325-title = Лекарство через тонкую { -tube(case: "accusative") }, оставленную рядом с позвоночником в области { -upper-spine(case: "genitive") }, под контролем рентгена или { -ct-scan }
code-62325-summary = Врач ставит тонкую мягкую { -tube(case: "accusative") } рядом с вашим позвоночником, в области { -upper-spine(case: "genitive") }. Поставить её помогает { -live-x-ray } или { -ct-scan }. Эта { -tube } остаётся на месте. Через неё вводят лекарство ровным потоком или отдельными дозами время от времени, несколько часов или дней.

# 62326: a tube left near the spine, lower back, no imaging.
code-62326-title = Лекарство через тонкую { -tube(case: "accusative") }, оставленную рядом с позвоночником в области { -lower-spine(case: "genitive") }, без рентгена и { -ct-scan }
code-62326-summary = Врач ставит тонкую мягкую { -tube(case: "accusative") } рядом с вашим позвоночником, в области { -lower-spine(case: "genitive") }. Эта { -tube } остаётся на месте. Через неё вводят лекарство ровным потоком или отдельными дозами время от времени, несколько часов или дней. Её ставят без рентгена и { -ct-scan }.

# 62327: a tube left near the spine, lower back, with imaging.
code-62327-title = Лекарство через тонкую { -tube(case: "accusative") }, оставленную рядом с позвоночником в области { -lower-spine(case: "genitive") }, под контролем рентгена или { -ct-scan }
code-62327-summary = Врач ставит тонкую мягкую { -tube(case: "accusative") } рядом с вашим позвоночником, в области { -lower-spine(case: "genitive") }. Поставить её помогает { -live-x-ray } или { -ct-scan }. Эта { -tube } остаётся на месте. Через неё вводят лекарство ровным потоком или отдельными дозами время от времени, несколько часов или дней.

# 77003: live x-ray used to guide a needle or tube into the spine. No medicine is part of this code.
code-77003-title = Наведение иглы или { -tube(case: "genitive") } в позвоночнике с помощью { -live-x-ray(case: "genitive") }
code-77003-summary = Во время { -live-x-ray(case: "genitive") } на экране видно движущееся изображение вашего позвоночника. По нему врач направляет иглу или { -tube(case: "accusative") } в нужное место для укола. Этот код — только за рентген.
