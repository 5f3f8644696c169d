### The title and the short summary of each code.
### The title says what the code is. The summary ("in simple words") is two or three short sentences.
###
### Korean: "guide the needle" is 바늘 위치를 잡다 ("set the needle's position") throughout.
### Titles are short noun phrases; "with/without imaging" is shown in brackets: (영상을 보며) / (영상 없이).

# 62320: one shot near the spine, neck or upper back, no imaging.
code-62320-title = { -upper-spine }의 척추 근처에 약을 한 번 주사하기(영상 없이)
code-62320-summary = 의사가 { -upper-spine }의 척추 근처에 약을 한 번 주사해요. 바늘이나 { -tube(case: "topic") } 같은 날 빼요. 바늘 위치를 잡을 때 엑스레이나 { -ct-scan(case: "object") } 쓰지 않아요.

# 62321: one shot near the spine, neck or upper back, with imaging.
code-62321-title = { -upper-spine }의 척추 근처에 약을 한 번 주사하기(영상을 보며)
code-62321-summary = 의사가 { -upper-spine }의 척추 근처에 약을 한 번 주사해요. { -live-x-ray(case: "or") } { -ct-scan(case: "subject") } 바늘 위치를 잡는 데 도움을 줘요. 바늘이나 { -tube(case: "topic") } 같은 날 빼요.

# 62322: one shot near the spine, lower back, no imaging.
code-62322-title = { -lower-spine }의 척추 근처에 약을 한 번 주사하기(영상 없이)
code-62322-summary = 의사가 { -lower-spine }의 척추 근처에 약을 한 번 주사해요. 바늘이나 { -tube(case: "topic") } 같은 날 빼요. 바늘 위치를 잡을 때 엑스레이나 { -ct-scan(case: "object") } 쓰지 않아요.

# 62323: one shot near the spine, lower back, with imaging.
code-62323-title = { -lower-spine }의 척추 근처에 약을 한 번 주사하기(영상을 보며)
code-62323-summary = 의사가 { -lower-spine }의 척추 근처에 약을 한 번 주사해요. { -live-x-ray(case: "or") } { -ct-scan(case: "subject") } 바늘 위치를 잡는 데 도움을 줘요. 바늘이나 { -tube(case: "topic") } 같은 날 빼요.

# 62324: a tube left near the spine, neck or upper back, no imaging.
# Korean: "a steady flow, or separate doses from time to time" is 일정하게 계속 / 때때로 한 번씩 따로;
# nothing suggests that a dose is large.
code-62324-title = { -upper-spine }의 척추 근처에 남겨 둔 가는 { -tube(case: "instrument") } 약 주기(영상 없이)
code-62324-summary = 의사가 { -upper-spine }의 척추 근처에 가늘고 부드러운 { -tube(case: "object") } 넣어요. 이 { -tube(case: "topic") } 빼지 않고 그대로 둬요. 몇 시간이나 며칠 동안 이 { -tube(case: "object") } 통해 약이 들어가요. 약은 일정하게 계속 들어가거나, 때때로 한 번씩 따로 들어가요. { -tube(case: "genitive") } 위치를 잡을 때 엑스레이나 { -ct-scan(case: "object") } 쓰지 않아요.

# 62325: a tube left near the spine, neck or upper back, with imaging.
code-62325-title = { -upper-spine }의 척추 근처에 남겨 둔 가는 { -tube(case: "instrument") } 약 주기(영상을 보며)
code-62325-summary = 의사가 { -upper-spine }의 척추 근처에 가늘고 부드러운 { -tube(case: "object") } 넣어요. { -live-x-ray(case: "or") } { -ct-scan(case: "subject") } { -tube(case: "genitive") } 위치를 잡는 데 도움을 줘요. 이 { -tube(case: "topic") } 빼지 않고 그대로 둬요. 몇 시간이나 며칠 동안 이 { -tube(case: "object") } 통해 약이 들어가요. 약은 일정하게 계속 들어가거나, 때때로 한 번씩 따로 들어가요.

# 62326: a tube left near the spine, lower back, no imaging.
code-62326-title = { -lower-spine }의 척추 근처에 남겨 둔 가는 { -tube(case: "instrument") } 약 주기(영상 없이)
code-62326-summary = 의사가 { -lower-spine }의 척추 근처에 가늘고 부드러운 { -tube(case: "object") } 넣어요. 이 { -tube(case: "topic") } 빼지 않고 그대로 둬요. 몇 시간이나 며칠 동안 이 { -tube(case: "object") } 통해 약이 들어가요. 약은 일정하게 계속 들어가거나, 때때로 한 번씩 따로 들어가요. { -tube(case: "genitive") } 위치를 잡을 때 엑스레이나 { -ct-scan(case: "object") } 쓰지 않아요.

# 62327: a tube left near the spine, lower back, with imaging.
code-62327-title = { -lower-spine }의 척추 근처에 남겨 둔 가는 { -tube(case: "instrument") } 약 주기(영상을 보며)
code-62327-summary = 의사가 { -lower-spine }의 척추 근처에 가늘고 부드러운 { -tube(case: "object") } 넣어요. { -live-x-ray(case: "or") } { -ct-scan(case: "subject") } { -tube(case: "genitive") } 위치를 잡는 데 도움을 줘요. 이 { -tube(case: "topic") } 빼지 않고 그대로 둬요. 몇 시간이나 며칠 동안 이 { -tube(case: "object") } 통해 약이 들어가요. 약은 일정하게 계속 들어가거나, 때때로 한 번씩 따로 들어가요.

# 77003: live x-ray used to guide a needle or tube into the spine. No medicine is part of this code.
code-77003-title = { -live-x-ray(case: "instrument") } 척추에 넣는 바늘이나 { -tube(case: "genitive") } 위치 잡기
code-77003-summary = { -live-x-ray(case: "topic") } 척추의 모습을 화면에 움직이는 영상으로 보여 줘요. 의사는 이 영상을 보며 바늘이나 { -tube(case: "object") } 주사하기 알맞은 자리까지 넣어요. 이 코드는 엑스레이에만 해당해요.
