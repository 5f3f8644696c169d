### The picture of where: a simple drawing of the spine seen from the side, beside "In simple words".
### The part of the spine a code is about is marked in colour. A needle is drawn where it goes in; for a
### tube that stays in, the tube and a small pump too; when imaging guides the needle, a small x-ray
### machine with a screen.
### Labels sit in narrow columns beside the drawing, in small print, and wrap onto two or three lines:
### keep each one to a handful of short, common words, and use the words of terms.ftl and sections.ftl.
### No variables in the labels.

## The four parts of the spine, from top to bottom.

# The neck part of the spine (cervical spine).
picture-part-neck = 颈部
# The upper-back part of the spine (thoracic spine).
picture-part-upper-back = 上背部
# The lower-back part of the spine (lumbar spine).
picture-part-lower-back = 腰部
# The bottom of the spine: the sacrum and the tailbone. The same words as in -lower-spine (terms.ftl).
picture-part-tailbone = 尾骨一带

## Inside the spine.

# The spinal cord. The drawing shows it ending at the top of the lower back.
picture-cord = 脊髓
# The sac filled with spinal fluid. It holds the spinal cord and, below the end of the cord, only nerves.
picture-sac = 充满脑脊液的膜囊
# The space just outside that sac, where the needle's tip is drawn. The same words as -epidural-space.
picture-epidural = 硬膜外腔

## What the doctor uses. Each label is shown only when the code uses the thing it names.

# The needle.
picture-needle = 针
# The thin, soft tube (catheter) that stays in. The same word as -tube.
picture-tube = 留在体内的细管
# A small pump that sends medicine through the tube.
picture-pump = 小泵
# A small x-ray machine with a screen that shows live pictures, to guide the needle.
picture-x-ray = X光机和屏幕

## For people who cannot see the picture: screen readers read these out, and the PDF carries them.

# The picture's name.
# $code (String) - the code number, such as 62324.
picture-title = 针扎在哪里（代码{ $code }）
# A few short sentences that say what the picture shows (screen readers read them out).
# $region (String) - the part marked: "upper" (the neck and upper back, where the spinal cord is),
#   "lower" (the lower back and tailbone area, below the end of the spinal cord), "any" (every part).
# $technique (String) - "catheter" when a thin tube that stays in and a small pump are drawn too;
#   "single" or "guidance" (the default) when only a needle is.
# $imaging (String) - "yes" when a small x-ray machine with a screen guides the needle, else "no".
picture-description = 从侧面看脊柱的图。{ $region ->
        [upper] 图上标出了颈部和上背部。针在脊髓附近扎进去。
        [lower] 图上标出了腰部和尾骨一带。针在脊髓末端的下面扎进去。
       *[any] 图上标出了整条脊柱。一根针在脊柱附近扎进去。
    }{ $technique ->
        [catheter] 一根细管通过针放进去，留在体内。细管连着一个小泵。
       *[other] {""}
    }{ $imaging ->
        [yes] 一台带屏幕的小X光机引导针的方向。
       *[no] {""}
    }
