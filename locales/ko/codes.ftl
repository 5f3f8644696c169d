### The title and the short summary of each code.
### The title says what the code is. Titles take no variables: they are also shown in other codes' lists of
### similar codes, and inside the document title (ui.ftl `document-title`).
### The summary ("in simple words") is a few short sentences. The first time the word "imaging" appears on a
### page is in the title, so every summary says what imaging means.
### Summaries take the same variables as the sections (see sections.ftl) but need none in English.
###
### Korean: "guide the needle" is 바늘 위치를 잡다 ("set the needle's position") throughout.
### "imaging" is 영상; each summary explains it once: 영상이란 … 몸속 사진을 말합니다.
### Titles are short noun phrases; "with/without imaging" is shown in brackets: (영상을 보며) / (영상을 보지 않고).
### (영상 없이), the first edition's tag, was dropped: it could be read as "without video" (panel K5).

# Title of 62320: one shot near the spine, neck or upper back, no imaging.
code-62320-title = { -upper-spine }의 척추 근처에 약을 한 번 주사하기(영상을 보지 않고)
# Summary of 62320. Says what "imaging" (영상) means.
code-62320-summary = 의사가 { -upper-spine }의 척추 근처에 약을 한 번 주사합니다. 바늘이나 { -tube(case: "topic") } 같은 날 뺍니다. 의사는 바늘 위치를 잡을 때 영상을 쓰지 않습니다. 영상이란 { -live-x-ray(case: "or") } { -ct-scan(case: "instrument") } 보는 몸속 사진을 말합니다.

# Title of 62321: one shot near the spine, neck or upper back, with imaging.
code-62321-title = { -upper-spine }의 척추 근처에 약을 한 번 주사하기(영상을 보며)
# Summary of 62321. Says what "imaging" (영상) means.
code-62321-summary = 의사가 { -upper-spine }의 척추 근처에 약을 한 번 주사합니다. 의사는 영상을 보며 바늘 위치를 잡습니다. 영상이란 { -live-x-ray(case: "or") } { -ct-scan(case: "instrument") } 보는 몸속 사진을 말합니다. 바늘이나 { -tube(case: "topic") } 같은 날 뺍니다.

# Title of 62322: one shot near the spine, lower back or tailbone area, no imaging.
code-62322-title = { -lower-spine }의 척추 근처에 약을 한 번 주사하기(영상을 보지 않고)
# Summary of 62322. Says what "imaging" (영상) means.
code-62322-summary = 의사가 { -lower-spine }의 척추 근처에 약을 한 번 주사합니다. 바늘이나 { -tube(case: "topic") } 같은 날 뺍니다. 의사는 바늘 위치를 잡을 때 영상을 쓰지 않습니다. 영상이란 { -live-x-ray(case: "or") } { -ct-scan(case: "instrument") } 보는 몸속 사진을 말합니다.

# Title of 62323: one shot near the spine, lower back or tailbone area, with imaging.
code-62323-title = { -lower-spine }의 척추 근처에 약을 한 번 주사하기(영상을 보며)
# Summary of 62323. Says what "imaging" (영상) means.
code-62323-summary = 의사가 { -lower-spine }의 척추 근처에 약을 한 번 주사합니다. 의사는 영상을 보며 바늘 위치를 잡습니다. 영상이란 { -live-x-ray(case: "or") } { -ct-scan(case: "instrument") } 보는 몸속 사진을 말합니다. 바늘이나 { -tube(case: "topic") } 같은 날 뺍니다.

# Title of 62324: a tube left near the spine, neck or upper back, no imaging.
# Korean: "a steady flow, or separate doses from time to time" is 일정하게 계속 / 때때로 한 번씩 따로;
# nothing suggests that a dose is large.
code-62324-title = { -upper-spine }의 척추 근처에 남겨 둔 가는 { -tube(case: "instrument") } 약 주기(영상을 보지 않고)
# Summary of 62324. Says what "imaging" (영상) means.
code-62324-summary = 의사가 { -upper-spine }의 척추 근처에 가늘고 부드러운 { -tube(case: "object") } 넣습니다. 이 { -tube(case: "topic") } 빼지 않고 그대로 둡니다. 몇 시간이나 며칠 동안 이 { -tube(case: "object") } 통해 약이 들어갑니다. 약은 일정하게 계속 들어가거나, 때때로 한 번씩 따로 들어갑니다. 의사는 { -tube(case: "genitive") } 위치를 잡을 때 영상을 쓰지 않습니다. 영상이란 { -live-x-ray(case: "or") } { -ct-scan(case: "instrument") } 보는 몸속 사진을 말합니다.

# Title of 62325: a tube left near the spine, neck or upper back, with imaging.
code-62325-title = { -upper-spine }의 척추 근처에 남겨 둔 가는 { -tube(case: "instrument") } 약 주기(영상을 보며)
# Summary of 62325. Says what "imaging" (영상) means.
code-62325-summary = 의사가 { -upper-spine }의 척추 근처에 가늘고 부드러운 { -tube(case: "object") } 넣습니다. 의사는 영상을 보며 { -tube(case: "genitive") } 위치를 잡습니다. 영상이란 { -live-x-ray(case: "or") } { -ct-scan(case: "instrument") } 보는 몸속 사진을 말합니다. 이 { -tube(case: "topic") } 빼지 않고 그대로 둡니다. 몇 시간이나 며칠 동안 이 { -tube(case: "object") } 통해 약이 들어갑니다. 약은 일정하게 계속 들어가거나, 때때로 한 번씩 따로 들어갑니다.

# Title of 62326: a tube left near the spine, lower back or tailbone area, no imaging.
code-62326-title = { -lower-spine }의 척추 근처에 남겨 둔 가는 { -tube(case: "instrument") } 약 주기(영상을 보지 않고)
# Summary of 62326. Says what "imaging" (영상) means.
code-62326-summary = 의사가 { -lower-spine }의 척추 근처에 가늘고 부드러운 { -tube(case: "object") } 넣습니다. 이 { -tube(case: "topic") } 빼지 않고 그대로 둡니다. 몇 시간이나 며칠 동안 이 { -tube(case: "object") } 통해 약이 들어갑니다. 약은 일정하게 계속 들어가거나, 때때로 한 번씩 따로 들어갑니다. 의사는 { -tube(case: "genitive") } 위치를 잡을 때 영상을 쓰지 않습니다. 영상이란 { -live-x-ray(case: "or") } { -ct-scan(case: "instrument") } 보는 몸속 사진을 말합니다.

# Title of 62327: a tube left near the spine, lower back or tailbone area, with imaging.
code-62327-title = { -lower-spine }의 척추 근처에 남겨 둔 가는 { -tube(case: "instrument") } 약 주기(영상을 보며)
# Summary of 62327. Says what "imaging" (영상) means.
code-62327-summary = 의사가 { -lower-spine }의 척추 근처에 가늘고 부드러운 { -tube(case: "object") } 넣습니다. 의사는 영상을 보며 { -tube(case: "genitive") } 위치를 잡습니다. 영상이란 { -live-x-ray(case: "or") } { -ct-scan(case: "instrument") } 보는 몸속 사진을 말합니다. 이 { -tube(case: "topic") } 빼지 않고 그대로 둡니다. 몇 시간이나 며칠 동안 이 { -tube(case: "object") } 통해 약이 들어갑니다. 약은 일정하게 계속 들어가거나, 때때로 한 번씩 따로 들어갑니다.

# Title of 77003: live x-ray used to guide a needle or tube near the spine (any part of it).
# "near the spine", as in the other titles: not into the bones (척추 근처에 넣는, not 척추에 넣는).
code-77003-title = { -live-x-ray(case: "instrument") } 척추 근처에 넣는 바늘이나 { -tube(case: "genitive") } 위치 잡기
# Summary of 77003. No medicine is part of this code. Says what "imaging" (영상) means.
# "to the right spot" is 알맞은 자리까지 (the first edition's 주사하기 알맞은, panel K4, is gone with "for a shot").
code-77003-summary = { -live-x-ray(case: "topic") } 척추의 모습을 화면에 움직이는 사진으로 보여 줍니다. 의사는 이 사진을 보며 바늘이나 { -tube(case: "object") } 알맞은 자리까지 넣습니다. 이런 사진을 영상이라고 합니다. 이 코드는 영상 촬영에만 해당하며, 약은 포함하지 않습니다.
