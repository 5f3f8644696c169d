### The picture of where: a simple drawing of the spine seen from the side, beside "In simple words".
### The part of the spine a code is about is marked in colour. A needle is drawn where it goes in; for a
### tube that stays in, the tube and a small pump too; when imaging guides the needle, a small x-ray
### machine with a screen.
### Labels sit in narrow columns beside the drawing, in small print, and wrap onto two or three lines:
### keep each one to a handful of short, common words, and use the words of terms.ftl and sections.ftl.
### No variables in the labels.

## The four parts of the spine, from top to bottom.

# The neck part of the spine (cervical spine).
picture-part-neck = 頸部
# The upper-back part of the spine (thoracic spine).
picture-part-upper-back = 上背部
# The lower-back part of the spine (lumbar spine).
picture-part-lower-back = 下背部
# The bottom of the spine: the sacrum and the tailbone. The same words as in -lower-spine (terms.ftl).
picture-part-tailbone = 尾骨一帶

## Inside the spine.

# The spinal cord. The drawing shows it ending at the top of the lower back.
picture-cord = 脊髓
# The sac filled with spinal fluid. It holds the spinal cord and, below the end of the cord, only nerves.
picture-sac = 充滿脊髓液的膜囊
# The space just outside that sac, where the needle's tip is drawn. The same words as -epidural-space.
picture-epidural = 硬脊膜外腔

## What the doctor uses. Each label is shown only when the code uses the thing it names.

# The needle.
picture-needle = 針
# The thin, soft tube (catheter) that stays in. The same word as -tube.
picture-tube = 留在體內的細管
# A small pump that sends medicine through the tube.
picture-pump = 小幫浦
# A small x-ray machine with a screen that shows live pictures, to guide the needle.
picture-x-ray = X光機和螢幕

## For people who cannot see the picture: screen readers read these out, and the PDF carries them.

# The picture's name.
# $code (String) - the code number, such as 62324.
picture-title = 針打在哪裡（代碼{ $code }）
# A few short sentences that say what the picture shows (screen readers read them out).
# $region (String) - the part marked: "upper" (the neck and upper back, where the spinal cord is),
#   "lower" (the lower back and tailbone area, below the end of the spinal cord), "any" (every part).
# $technique (String) - "catheter" when a thin tube that stays in and a small pump are drawn too;
#   "single" or "guidance" (the default) when only a needle is.
# $imaging (String) - "yes" when a small x-ray machine with a screen guides the needle, else "no".
picture-description = 從側面看脊椎的圖。{ $region ->
        [upper] 圖上標出了頸部和上背部。針在脊髓附近打進去。
        [lower] 圖上標出了下背部和尾骨一帶。針在脊髓末端的下方打進去。
       *[any] 圖上標出了整條脊椎。一根針在脊椎附近打進去。
    }{ $technique ->
        [catheter] 一條細管經由針放進去，留在體內。細管接著一個小幫浦。
       *[other] {""}
    }{ $imaging ->
        [yes] 一台有螢幕的小X光機引導針的方向。
       *[no] {""}
    }
