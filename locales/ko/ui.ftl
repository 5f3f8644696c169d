### Labels and notes around the explanation.

# Heading above the short summary of the code.
label-in-simple-words = 쉽게 말하면
# Heading above the list of similar codes and how they differ.
label-related = 비슷한 코드
# Shown before a code number, as in "Code 62324".
# $code (String) - the code number, such as 62324.
label-code = 코드 { $code }
# Shown next to the language name, as in "Language: English".
label-language = 언어
# Tells the reader that no qualified medical reviewer has checked this text yet.
review-status-draft = 초안: 아직 자격을 갖춘 의료 번역가가 이 글을 검토하지 않았어요.
# Tells the reader that a qualified medical translator has checked this text.
review-status-reviewed = 자격을 갖춘 의료 번역가가 이 글을 검토했어요.
# Printed at the end of every explanation.
# Korean: "billing code" is 진료비 청구 코드 (the code used to bill for care).
# "your own care team" is 담당 의료진 (the care team in charge of you); the reader is not named,
# as elsewhere (나/내 would clash with the 저 of the patient's questions).
disclaimer = 이 글은 진료비 청구 코드를 설명해요. 담당 { -care-team }의 조언을 대신하지 않아요. 치료에 대해서는 담당 { -care-team }에게 물어보세요.

## Handouts and the web page

# Label before the patient's name on a printed handout.
handout-patient = 환자
# Label before the date on a printed handout.
handout-date = 날짜
# Label before the clinic's name on a printed handout.
handout-clinic = 병원
# Shown in "When to get help" on a handout when the clinic gives its phone number.
# $phone (String) - the clinic's phone number, as the clinic typed it.
handout-call-us = 궁금한 점이나 문제가 있으면 이 번호로 전화하세요: { $phone }
# A button that prints the page.
page-print = 인쇄
# A link to the printable handout as a PDF file.
page-handout-pdf = 인쇄용 안내문(PDF)
# Label of the list of languages the reader can switch to.
page-choose-language = 언어 선택
