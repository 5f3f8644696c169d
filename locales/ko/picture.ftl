### The picture of where: a simple drawing of the spine seen from the side, beside "In simple words".
### The part of the spine a code is about is marked in colour. A needle is drawn where it goes in; for a
### tube that stays in, the tube and a small pump too; when imaging guides the needle, a small x-ray
### machine with a screen.
### Labels sit in narrow columns beside the drawing, in small print, and wrap onto two or three lines:
### keep each one to a handful of short, common words, and use the words of terms.ftl and sections.ftl.
### No variables in the labels.

## The four parts of the spine, from top to bottom.

# The neck part of the spine (cervical spine).
picture-part-neck = 목
# The upper-back part of the spine (thoracic spine).
picture-part-upper-back = 등
# The lower-back part of the spine (lumbar spine).
picture-part-lower-back = 허리
# The bottom of the spine: the sacrum and the tailbone. The same words as in -lower-spine (terms.ftl).
picture-part-tailbone = 엉치

## Inside the spine.

# The spinal cord. The drawing shows it ending at the top of the lower back.
picture-cord = 척수
# The sac filled with spinal fluid. It holds the spinal cord and, below the end of the cord, only nerves.
picture-sac = 척수액이 든 주머니
# The space just outside that sac, where the needle's tip is drawn. The same words as -epidural-space.
picture-epidural = 경막외 공간

## What the doctor uses. Each label is shown only when the code uses the thing it names.

# The needle.
picture-needle = 바늘
# The thin, soft tube (catheter) that stays in. The same word as -tube.
picture-tube = 몸에 남겨 두는 가는 관
# A small pump that sends medicine through the tube.
picture-pump = 작은 펌프
# A small x-ray machine with a screen that shows live pictures, to guide the needle.
picture-x-ray = 엑스레이 기계와 화면

## For people who cannot see the picture: screen readers read these out, and the PDF carries them.

# The picture's name.
# $code (String) - the code number, such as 62324.
picture-title = 바늘이 들어가는 곳, 코드 { $code }
# A few short sentences that say what the picture shows (screen readers read them out).
# $region (String) - the part marked: "upper" (the neck and upper back, where the spinal cord is),
#   "lower" (the lower back and tailbone area, below the end of the spinal cord), "any" (every part).
# $technique (String) - "catheter" when a thin tube that stays in and a small pump are drawn too;
#   "single" or "guidance" (the default) when only a needle is.
# $imaging (String) - "yes" when a small x-ray machine with a screen guides the needle, else "no".
picture-description = 옆에서 본 척추 그림입니다. { $region ->
        [upper] 목과 등이 표시되어 있습니다. 바늘은 척수 가까이에 들어갑니다.
        [lower] 허리와 엉치가 표시되어 있습니다. 바늘은 척수가 끝나는 곳보다 아래에 들어갑니다.
       *[any] 척추 전체가 표시되어 있습니다. 바늘이 척추 가까이에 들어갑니다.
    }{ $technique ->
        [catheter] {" "}가는 관이 바늘을 통해 들어가 몸에 남습니다. 이 관은 작은 펌프에 이어집니다.
       *[other] {""}
    }{ $imaging ->
        [yes] {" "}화면이 달린 작은 엑스레이 기계가 바늘을 안내합니다.
       *[no] {""}
    }
