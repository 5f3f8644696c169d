### The picture of where: a simple drawing of the spine seen from the side, beside "In simple words".
### The part of the spine a code is about is marked in colour. A needle is drawn where it goes in; for a
### tube that stays in, the tube and a small pump too; when imaging guides the needle, a small x-ray
### machine with a screen.
### Labels sit in narrow columns beside the drawing, in small print, and wrap onto two or three lines:
### keep each one to a handful of short, common words, and use the words of terms.ftl and sections.ftl.
### No variables in the labels.

## The four parts of the spine, from top to bottom.

# The neck part of the spine (cervical spine).
picture-part-neck = گردن
# The upper-back part of the spine (thoracic spine).
picture-part-upper-back = بالای پشت
# The lower-back part of the spine (lumbar spine).
picture-part-lower-back = پایین کمر
# The bottom of the spine: the sacrum and the tailbone. The same words as in -lower-spine (terms.ftl).
picture-part-tailbone = ناحیه‌ی دنبالچه

## Inside the spine.

# The spinal cord. The drawing shows it ending at the top of the lower back.
picture-cord = نخاع
# The sac filled with spinal fluid. It holds the spinal cord and, below the end of the cord, only nerves.
picture-sac = کیسه‌ی مایع نخاع
# The space just outside that sac, where the needle's tip is drawn. The same words as -epidural-space.
picture-epidural = فضای اپیدورال

## What the doctor uses. Each label is shown only when the code uses the thing it names.

# The needle.
picture-needle = سوزن
# The thin, soft tube (catheter) that stays in. The same word as -tube.
picture-tube = لوله‌ی باریکی که می‌ماند
# A small pump that sends medicine through the tube.
picture-pump = پمپ کوچک
# A small x-ray machine with a screen that shows live pictures, to guide the needle.
picture-x-ray = دستگاه اشعه‌ی ایکس و صفحه‌نمایش

## For people who cannot see the picture: screen readers read these out, and the PDF carries them.

# The picture's name.
# $code (String) - the code number, such as 62324.
picture-title = سوزن کجا وارد می‌شود، کد { $code }
# A few short sentences that say what the picture shows (screen readers read them out).
# $region (String) - the part marked: "upper" (the neck and upper back, where the spinal cord is),
#   "lower" (the lower back and tailbone area, below the end of the spinal cord), "any" (every part).
# $technique (String) - "catheter" when a thin tube that stays in and a small pump are drawn too;
#   "single" or "guidance" (the default) when only a needle is.
# $imaging (String) - "yes" when a small x-ray machine with a screen guides the needle, else "no".
picture-description = تصویر ستون فقرات از پهلو. { $region ->
        [upper] گردن و بالای پشت رنگی شده‌اند. سوزن نزدیک نخاع وارد می‌شود.
        [lower] پایین کمر و ناحیه‌ی دنبالچه رنگی شده‌اند. سوزن پایین‌تر از جایی که نخاع تمام می‌شود وارد می‌شود.
       *[any] همه‌ی بخش‌های ستون فقرات رنگی شده‌اند. یک سوزن نزدیک ستون فقرات وارد می‌شود.
    }{ $technique ->
        [catheter] {" "}یک لوله‌ی باریک از راه سوزن وارد می‌شود و در بدن می‌ماند. این لوله به یک پمپ کوچک وصل است.
       *[other] {""}
    }{ $imaging ->
        [yes] {" "}یک دستگاه کوچک اشعه‌ی ایکس با صفحه‌نمایش سوزن را راهنمایی می‌کند.
       *[no] {""}
    }
