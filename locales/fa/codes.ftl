### The title and the short summary of each code.
### The title says what the code is. Titles take no variables: they are also shown in other codes' lists of
### similar codes, and inside the document title (ui.ftl `document-title`).
### The summary ("in simple words") is a few short sentences. The first time the word "imaging"
### (تصویربرداری) appears on a page is in the title, so every summary says what imaging means.
### Summaries take the same variables as the sections (see sections.ftl) but need none.

# Title of 62320: one shot near the spine, neck or upper back, no imaging.
code-62320-title = یک بار تزریق دارو نزدیک ستون فقرات در { -upper-spine }، بدون تصویربرداری
# Summary of 62320. Says what "imaging" means.
code-62320-summary = پزشک یک بار دارو را نزدیک ستون فقرات شما، در { -upper-spine }، تزریق می‌کند. سوزن یا { -tube } همان روز بیرون آورده می‌شود. پزشک برای هدایت سوزن از تصویربرداری استفاده نمی‌کند. منظور از تصویربرداری، { -live-x-ray } یا { -ct-scan } است. این روش‌ها از داخل بدن تصویر می‌گیرند.

# Title of 62321: one shot near the spine, neck or upper back, with imaging.
code-62321-title = یک بار تزریق دارو نزدیک ستون فقرات در { -upper-spine }، با تصویربرداری
# Summary of 62321. Says what "imaging" means.
code-62321-summary = پزشک یک بار دارو را نزدیک ستون فقرات شما، در { -upper-spine }، تزریق می‌کند. پزشک برای هدایت سوزن از تصویربرداری کمک می‌گیرد. منظور از تصویربرداری، { -live-x-ray } یا { -ct-scan } است. این روش‌ها از داخل بدن تصویر می‌گیرند. سوزن یا { -tube } همان روز بیرون آورده می‌شود.

# Title of 62322: one shot near the spine, lower back or tailbone area, no imaging.
code-62322-title = یک بار تزریق دارو نزدیک ستون فقرات در { -lower-spine }، بدون تصویربرداری
# Summary of 62322. Says what "imaging" means.
code-62322-summary = پزشک یک بار دارو را نزدیک ستون فقرات شما، در { -lower-spine }، تزریق می‌کند. سوزن یا { -tube } همان روز بیرون آورده می‌شود. پزشک برای هدایت سوزن از تصویربرداری استفاده نمی‌کند. منظور از تصویربرداری، { -live-x-ray } یا { -ct-scan } است. این روش‌ها از داخل بدن تصویر می‌گیرند.

# Title of 62323: one shot near the spine, lower back or tailbone area, with imaging.
code-62323-title = یک بار تزریق دارو نزدیک ستون فقرات در { -lower-spine }، با تصویربرداری
# Summary of 62323. Says what "imaging" means.
code-62323-summary = پزشک یک بار دارو را نزدیک ستون فقرات شما، در { -lower-spine }، تزریق می‌کند. پزشک برای هدایت سوزن از تصویربرداری کمک می‌گیرد. منظور از تصویربرداری، { -live-x-ray } یا { -ct-scan } است. این روش‌ها از داخل بدن تصویر می‌گیرند. سوزن یا { -tube } همان روز بیرون آورده می‌شود.

# Title of 62324: a tube left near the spine, neck or upper back, no imaging.
code-62324-title = دارو از راه { -tube(form: "indef") } نازک که نزدیک ستون فقرات در { -upper-spine } می‌ماند، بدون تصویربرداری
# Summary of 62324. Says what "imaging" means.
code-62324-summary = پزشک { -tube(form: "indef") } نازک و نرم را نزدیک ستون فقرات شما، در { -upper-spine }، می‌گذارد. این { -tube } در بدن می‌ماند. دارو از راه آن به شکل جریانی آرام و پیوسته، یا در دوزهای جداگانه هر چند وقت یک بار، چند ساعت یا چند روز داده می‌شود. پزشک برای هدایت آن از تصویربرداری استفاده نمی‌کند. منظور از تصویربرداری، { -live-x-ray } یا { -ct-scan } است. این روش‌ها از داخل بدن تصویر می‌گیرند.

# Title of 62325: a tube left near the spine, neck or upper back, with imaging.
code-62325-title = دارو از راه { -tube(form: "indef") } نازک که نزدیک ستون فقرات در { -upper-spine } می‌ماند، با تصویربرداری
# Summary of 62325. Says what "imaging" means.
code-62325-summary = پزشک { -tube(form: "indef") } نازک و نرم را نزدیک ستون فقرات شما، در { -upper-spine }، می‌گذارد. پزشک برای هدایت آن از تصویربرداری کمک می‌گیرد. منظور از تصویربرداری، { -live-x-ray } یا { -ct-scan } است. این روش‌ها از داخل بدن تصویر می‌گیرند. این { -tube } در بدن می‌ماند. دارو از راه آن به شکل جریانی آرام و پیوسته، یا در دوزهای جداگانه هر چند وقت یک بار، چند ساعت یا چند روز داده می‌شود.

# Title of 62326: a tube left near the spine, lower back or tailbone area, no imaging.
code-62326-title = دارو از راه { -tube(form: "indef") } نازک که نزدیک ستون فقرات در { -lower-spine } می‌ماند، بدون تصویربرداری
# Summary of 62326. Says what "imaging" means.
code-62326-summary = پزشک { -tube(form: "indef") } نازک و نرم را نزدیک ستون فقرات شما، در { -lower-spine }، می‌گذارد. این { -tube } در بدن می‌ماند. دارو از راه آن به شکل جریانی آرام و پیوسته، یا در دوزهای جداگانه هر چند وقت یک بار، چند ساعت یا چند روز داده می‌شود. پزشک برای هدایت آن از تصویربرداری استفاده نمی‌کند. منظور از تصویربرداری، { -live-x-ray } یا { -ct-scan } است. این روش‌ها از داخل بدن تصویر می‌گیرند.

# Title of 62327: a tube left near the spine, lower back or tailbone area, with imaging.
code-62327-title = دارو از راه { -tube(form: "indef") } نازک که نزدیک ستون فقرات در { -lower-spine } می‌ماند، با تصویربرداری
# Summary of 62327. Says what "imaging" means.
code-62327-summary = پزشک { -tube(form: "indef") } نازک و نرم را نزدیک ستون فقرات شما، در { -lower-spine }، می‌گذارد. پزشک برای هدایت آن از تصویربرداری کمک می‌گیرد. منظور از تصویربرداری، { -live-x-ray } یا { -ct-scan } است. این روش‌ها از داخل بدن تصویر می‌گیرند. این { -tube } در بدن می‌ماند. دارو از راه آن به شکل جریانی آرام و پیوسته، یا در دوزهای جداگانه هر چند وقت یک بار، چند ساعت یا چند روز داده می‌شود.

# Title of 77003: live x-ray used to guide a needle or tube near the spine (any part of it).
# "near the spine" (نزدیک ستون فقرات), as in the other titles: not into the bones.
code-77003-title = هدایت سوزن یا { -tube } نزدیک ستون فقرات به کمک { -live-x-ray }
# Summary of 77003. No medicine is part of this code. Says what "imaging" means.
code-77003-summary = { -live-x-ray } تصویرهای متحرکی از ستون فقرات شما را روی صفحه نشان می‌دهد. پزشک با کمک این تصویرها سوزن یا { -tube } را به جای درست می‌رساند. به گرفتن چنین تصویرهایی تصویربرداری می‌گویند. این کد فقط برای تصویربرداری است، نه برای دارو.
