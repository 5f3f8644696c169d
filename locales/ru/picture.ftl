### The picture of where: a simple drawing of the spine seen from the side, beside "In simple words".
### The part of the spine a code is about is marked in colour. A needle is drawn where it goes in; for a
### tube that stays in, the tube and a small pump too; when imaging guides the needle, a small x-ray
### machine with a screen.
### Labels sit in narrow columns beside the drawing, in small print, and wrap onto two or three lines:
### keep each one to a handful of short, common words, and use the words of terms.ftl and sections.ftl.
### No variables in the labels.

## The four parts of the spine, from top to bottom.

# The neck part of the spine (cervical spine).
picture-part-neck = Шея
# The upper-back part of the spine (thoracic spine).
picture-part-upper-back = Верхняя часть спины
# The lower-back part of the spine (lumbar spine).
picture-part-lower-back = Нижняя часть спины
# The bottom of the spine: the sacrum and the tailbone. The same words as in -lower-spine (terms.ftl).
picture-part-tailbone = Область копчика

## Inside the spine.

# The spinal cord. The drawing shows it ending at the top of the lower back.
picture-cord = Спинной мозг
# The sac filled with spinal fluid. It holds the spinal cord and, below the end of the cord, only nerves.
picture-sac = Оболочка с жидкостью
# The space just outside that sac, where the needle's tip is drawn. The same words as -epidural-space.
picture-epidural = Эпидуральное пространство

## What the doctor uses. Each label is shown only when the code uses the thing it names.

# The needle.
picture-needle = Игла
# The thin, soft tube (catheter) that stays in. The same word as -tube.
picture-tube = Трубка остаётся в теле
# A small pump that sends medicine through the tube.
picture-pump = Маленький насос
# A small x-ray machine with a screen that shows live pictures, to guide the needle.
picture-x-ray = Аппарат для рентгена и экран

## For people who cannot see the picture: screen readers read these out, and the PDF carries them.

# The picture's name.
# $code (String) - the code number, such as 62324.
picture-title = Куда вводят иглу, код { $code }
# A few short sentences that say what the picture shows (screen readers read them out).
# $region (String) - the part marked: "upper" (the neck and upper back, where the spinal cord is),
#   "lower" (the lower back and tailbone area, below the end of the spinal cord), "any" (every part).
# $technique (String) - "catheter" when a thin tube that stays in and a small pump are drawn too;
#   "single" or "guidance" (the default) when only a needle is.
# $imaging (String) - "yes" when a small x-ray machine with a screen guides the needle, else "no".
picture-description = Рисунок позвоночника сбоку. { $region ->
        [upper] Выделены шея и верхняя часть спины. Игла входит рядом со спинным мозгом.
        [lower] Выделены нижняя часть спины и область копчика. Игла входит ниже того места, где кончается спинной мозг.
       *[any] Выделены все части позвоночника. Игла входит рядом с позвоночником.
    }{ $technique ->
        [catheter] {" "}Через иглу вводят тонкую трубку, и она остаётся в теле. Трубка идёт к маленькому насосу.
       *[other] {""}
    }{ $imaging ->
        [yes] {" "}Маленький рентгеновский аппарат с экраном помогает направлять иглу.
       *[no] {""}
    }
