### The title and the short summary of each code.
### The title says what the code is. Titles take no variables: they are also shown in other codes' lists of
### similar codes, and inside the document title (ui.ftl `document-title`).
### The summary ("in simple words") is a few short sentences. The first time the word "imaging" appears on a
### page is in the title, so every summary says what imaging means.
### Summaries take the same variables as the sections (see sections.ftl) but need none in English or Arabic.
###
### Arabic: "shot" is حقنة (injection). "Imaging" is التصوير بالأشعة, never a bare التصوير, which first reads as
### "photography". Titles say دون التصوير بالأشعة / مع التصوير بالأشعة: both definite, so the pair is parallel.
### Review 2026-11-29, finding 2: the reviewer's first suggestion was دون توجيه بالأشعة / بتوجيه الأشعة; its
### alternative (التصوير بالأشعة) is used, so that the titles use the same word the summaries define.

# Title of 62320: one shot near the spine, neck or upper back, no imaging.
code-62320-title = حقنة دواء واحدة قرب العمود الفقري في { -upper-spine }، دون التصوير بالأشعة
# Summary of 62320. Says what "imaging" means.
code-62320-summary = يعطيك الطبيب حقنة دواء واحدة قرب عمودك الفقري، في { -upper-spine }. وتُزال الإبرة أو { -tube(form: "def") } في اليوم نفسه. ولا يستخدم الطبيب التصوير بالأشعة لتوجيه الإبرة. والتصوير بالأشعة هنا هو { -live-x-ray } أو { -ct-scan }.

# Title of 62321: one shot near the spine, neck or upper back, with imaging.
code-62321-title = حقنة دواء واحدة قرب العمود الفقري في { -upper-spine }، مع التصوير بالأشعة
# Summary of 62321. Says what "imaging" means.
code-62321-summary = يعطيك الطبيب حقنة دواء واحدة قرب عمودك الفقري، في { -upper-spine }. ويستخدم الطبيب التصوير بالأشعة لتوجيه الإبرة. والتصوير بالأشعة هنا هو { -live-x-ray } أو { -ct-scan }. وتُزال الإبرة أو { -tube(form: "def") } في اليوم نفسه.

# Title of 62322: one shot near the spine, lower back or tailbone area, no imaging.
code-62322-title = حقنة دواء واحدة قرب العمود الفقري في { -lower-spine }، دون التصوير بالأشعة
# Summary of 62322. Says what "imaging" means.
code-62322-summary = يعطيك الطبيب حقنة دواء واحدة قرب عمودك الفقري، في { -lower-spine }. وتُزال الإبرة أو { -tube(form: "def") } في اليوم نفسه. ولا يستخدم الطبيب التصوير بالأشعة لتوجيه الإبرة. والتصوير بالأشعة هنا هو { -live-x-ray } أو { -ct-scan }.

# Title of 62323: one shot near the spine, lower back or tailbone area, with imaging.
code-62323-title = حقنة دواء واحدة قرب العمود الفقري في { -lower-spine }، مع التصوير بالأشعة
# Summary of 62323. Says what "imaging" means.
code-62323-summary = يعطيك الطبيب حقنة دواء واحدة قرب عمودك الفقري، في { -lower-spine }. ويستخدم الطبيب التصوير بالأشعة لتوجيه الإبرة. والتصوير بالأشعة هنا هو { -live-x-ray } أو { -ct-scan }. وتُزال الإبرة أو { -tube(form: "def") } في اليوم نفسه.

# Title of 62324: a tube left near the spine, neck or upper back, no imaging.
code-62324-title = دواء عبر { -tube } رفيع يُترك قرب العمود الفقري في { -upper-spine }، دون التصوير بالأشعة
# Summary of 62324. Says what "imaging" means.
code-62324-summary = يضع الطبيب { -tube(form: "acc") } رفيعًا وليّنًا قرب عمودك الفقري، في { -upper-spine }. ويبقى { -tube(form: "def") } في مكانه. ويمرّ الدواء عبره بتدفّق مستمر، أو على جرعات منفصلة من وقت لآخر، لساعات أو أيام. ولا يستخدم الطبيب التصوير بالأشعة لتوجيه { -tube(form: "def") }. والتصوير بالأشعة هنا هو { -live-x-ray } أو { -ct-scan }.

# Title of 62325: a tube left near the spine, neck or upper back, with imaging.
code-62325-title = دواء عبر { -tube } رفيع يُترك قرب العمود الفقري في { -upper-spine }، مع التصوير بالأشعة
# Summary of 62325. Says what "imaging" means.
code-62325-summary = يضع الطبيب { -tube(form: "acc") } رفيعًا وليّنًا قرب عمودك الفقري، في { -upper-spine }. ويستخدم الطبيب التصوير بالأشعة لتوجيهه. والتصوير بالأشعة هنا هو { -live-x-ray } أو { -ct-scan }. ويبقى { -tube(form: "def") } في مكانه. ويمرّ الدواء عبره بتدفّق مستمر، أو على جرعات منفصلة من وقت لآخر، لساعات أو أيام.

# Title of 62326: a tube left near the spine, lower back or tailbone area, no imaging.
code-62326-title = دواء عبر { -tube } رفيع يُترك قرب العمود الفقري في { -lower-spine }، دون التصوير بالأشعة
# Summary of 62326. Says what "imaging" means.
code-62326-summary = يضع الطبيب { -tube(form: "acc") } رفيعًا وليّنًا قرب عمودك الفقري، في { -lower-spine }. ويبقى { -tube(form: "def") } في مكانه. ويمرّ الدواء عبره بتدفّق مستمر، أو على جرعات منفصلة من وقت لآخر، لساعات أو أيام. ولا يستخدم الطبيب التصوير بالأشعة لتوجيه { -tube(form: "def") }. والتصوير بالأشعة هنا هو { -live-x-ray } أو { -ct-scan }.

# Title of 62327: a tube left near the spine, lower back or tailbone area, with imaging.
code-62327-title = دواء عبر { -tube } رفيع يُترك قرب العمود الفقري في { -lower-spine }، مع التصوير بالأشعة
# Summary of 62327. Says what "imaging" means.
code-62327-summary = يضع الطبيب { -tube(form: "acc") } رفيعًا وليّنًا قرب عمودك الفقري، في { -lower-spine }. ويستخدم الطبيب التصوير بالأشعة لتوجيهه. والتصوير بالأشعة هنا هو { -live-x-ray } أو { -ct-scan }. ويبقى { -tube(form: "def") } في مكانه. ويمرّ الدواء عبره بتدفّق مستمر، أو على جرعات منفصلة من وقت لآخر، لساعات أو أيام.

# Title of 77003: live x-ray used to guide a needle or tube near the spine (any part of it).
# "near the spine" (قرب), as in the other titles: not into the bones.
code-77003-title = توجيه إبرة أو { -tube } قرب العمود الفقري ب{ -live-x-ray }
# Summary of 77003. No medicine is part of this code. Says what "imaging" means.
# Arabic: "Pictures like these are called imaging" is "Taking pictures like these is called «imaging»".
code-77003-summary = يعرض { -live-x-ray } صورًا متحركة لعمودك الفقري على شاشة. ويستعين الطبيب بهذه الصور لتوجيه إبرة أو { -tube } إلى المكان الصحيح. ويُسمّى أخذ صور كهذه «التصوير بالأشعة». وهذا الرمز خاص بالتصوير بالأشعة فقط، لا بأي دواء.
