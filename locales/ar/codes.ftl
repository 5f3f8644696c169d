### The title and the short summary of each code.
### The title says what the code is. The summary ("in simple words") is two or three short sentences.
###
### Arabic: "shot" is حقنة (injection); "imaging" is التصوير.

# 62320: one shot near the spine, neck or upper back, no imaging.
code-62320-title = حقنة دواء واحدة قرب العمود الفقري في { -upper-spine }، دون تصوير
code-62320-summary = يعطيك الطبيب حقنة دواء واحدة قرب عمودك الفقري، في { -upper-spine }. تُزال الإبرة أو { -tube(form: "def") } في اليوم نفسه. لا تُستخدم الأشعة السينية ولا { -ct-scan } لتوجيه الإبرة.

# 62321: one shot near the spine, neck or upper back, with imaging.
code-62321-title = حقنة دواء واحدة قرب العمود الفقري في { -upper-spine }، مع التصوير
code-62321-summary = يعطيك الطبيب حقنة دواء واحدة قرب عمودك الفقري، في { -upper-spine }. تساعد { -live-x-ray } أو { -ct-scan } على توجيه الإبرة. تُزال الإبرة أو { -tube(form: "def") } في اليوم نفسه.

# 62322: one shot near the spine, lower back, no imaging.
code-62322-title = حقنة دواء واحدة قرب العمود الفقري في { -lower-spine }، دون تصوير
code-62322-summary = يعطيك الطبيب حقنة دواء واحدة قرب عمودك الفقري، في { -lower-spine }. تُزال الإبرة أو { -tube(form: "def") } في اليوم نفسه. لا تُستخدم الأشعة السينية ولا { -ct-scan } لتوجيه الإبرة.

# 62323: one shot near the spine, lower back, with imaging.
code-62323-title = حقنة دواء واحدة قرب العمود الفقري في { -lower-spine }، مع التصوير
code-62323-summary = يعطيك الطبيب حقنة دواء واحدة قرب عمودك الفقري، في { -lower-spine }. تساعد { -live-x-ray } أو { -ct-scan } على توجيه الإبرة. تُزال الإبرة أو { -tube(form: "def") } في اليوم نفسه.

# 62324: a tube left near the spine, neck or upper back, no imaging.
code-62324-title = دواء عبر { -tube } رفيع يُترك قرب العمود الفقري في { -upper-spine }، دون تصوير
code-62324-summary = يضع الطبيب { -tube(form: "acc") } رفيعًا وليّنًا قرب عمودك الفقري، في { -upper-spine }. يبقى { -tube(form: "def") } في مكانه. ويمرّ الدواء عبره بتدفّق مستمر، أو على جرعات منفصلة من وقت لآخر، لساعات أو أيام. لا تُستخدم الأشعة السينية ولا { -ct-scan } لتوجيهه.

# 62325: a tube left near the spine, neck or upper back, with imaging.
code-62325-title = دواء عبر { -tube } رفيع يُترك قرب العمود الفقري في { -upper-spine }، مع التصوير
code-62325-summary = يضع الطبيب { -tube(form: "acc") } رفيعًا وليّنًا قرب عمودك الفقري، في { -upper-spine }. تساعد { -live-x-ray } أو { -ct-scan } على توجيهه. يبقى { -tube(form: "def") } في مكانه. ويمرّ الدواء عبره بتدفّق مستمر، أو على جرعات منفصلة من وقت لآخر، لساعات أو أيام.

# 62326: a tube left near the spine, lower back, no imaging.
code-62326-title = دواء عبر { -tube } رفيع يُترك قرب العمود الفقري في { -lower-spine }، دون تصوير
code-62326-summary = يضع الطبيب { -tube(form: "acc") } رفيعًا وليّنًا قرب عمودك الفقري، في { -lower-spine }. يبقى { -tube(form: "def") } في مكانه. ويمرّ الدواء عبره بتدفّق مستمر، أو على جرعات منفصلة من وقت لآخر، لساعات أو أيام. لا تُستخدم الأشعة السينية ولا { -ct-scan } لتوجيهه.

# 62327: a tube left near the spine, lower back, with imaging.
code-62327-title = دواء عبر { -tube } رفيع يُترك قرب العمود الفقري في { -lower-spine }، مع التصوير
code-62327-summary = يضع الطبيب { -tube(form: "acc") } رفيعًا وليّنًا قرب عمودك الفقري، في { -lower-spine }. تساعد { -live-x-ray } أو { -ct-scan } على توجيهه. يبقى { -tube(form: "def") } في مكانه. ويمرّ الدواء عبره بتدفّق مستمر، أو على جرعات منفصلة من وقت لآخر، لساعات أو أيام.

# 77003: live x-ray used to guide a needle or tube into the spine. No medicine is part of this code.
code-77003-title = توجيه إبرة أو { -tube } في العمود الفقري ب{ -live-x-ray }
code-77003-summary = تعرض { -live-x-ray } صورًا متحركة لعمودك الفقري على شاشة. ويستعين الطبيب بهذه الصور لتوجيه إبرة أو { -tube } إلى المكان الصحيح لإعطاء الحقنة. هذا الرمز خاص بالأشعة السينية فقط.
