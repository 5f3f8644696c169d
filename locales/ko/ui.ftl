### Labels and notes around the explanation.
###
### Korean punctuation in labels: a colon right after the label and one space after it ("언어: 한국어"),
### as the Korean punctuation rules (한글 맞춤법 부록, 문장 부호) write it; a full stop is "." as in English.

# Heading above the short summary of the code.
label-in-simple-words = 쉽게 말하면
# Heading above the list of similar codes and how they differ.
label-related = 비슷한 코드
# Shown before a code number, as in "Code 62324".
# $code (String) - the code number, such as 62324.
label-code = 코드 { $code }
# The line that names the language of the page, as in "Language: English".
# $name (String) - the language's name in its own script, such as English, Español or 한국어.
language-line = 언어: { $name }
# The title of the whole document: the HTML page title, the PDF title, the Markdown heading, the heading in
# the terminal and the subtitle of the Infobutton answer.
# $code (String) - the code number, such as 62324.
# $title (String) - the code's title from codes.ftl, such as "목이나 등의 척추 근처에 남겨 둔 가는 관으로 약 주기(영상을 보지 않고)".
# Korean: 코드 { $code } as in label-code.
document-title = 코드 { $code }: { $title }
# Tells the reader that no qualified medical reviewer has checked this text yet.
# (In English, the source, a "reviewer"; in a translation, a "translator", who checks it against the English.)
# Korean: 의료 번역가 ("medical translator"), as the English comment asks.
review-status-draft = 초안: 자격을 갖춘 의료 번역가가 아직 이 글을 검토하지 않았습니다.
# Tells the reader that a qualified medical translator has checked some parts of this text, but not all.
# $reviewed (Number) - how many parts have been checked, such as 4. Always at least 1 and less than $total.
# $total (Number) - how many parts the text has, such as 9. Always at least 2.
# Korean: no plural forms; the counter 개 follows each number.
review-status-partly = 일부 검토: 자격을 갖춘 의료 번역가가 이 글의 { $total }개 부분 가운데 { $reviewed }개를 검토했습니다.
# Tells the reader that a qualified medical translator has checked this text.
review-status-reviewed = 자격을 갖춘 의료 번역가가 이 글을 검토했습니다.
# Printed at the end of every explanation.
# Korean: "billing code" is 진료비 청구 코드 (the code used to bill for care).
# "your own care team" is 담당 의료진 (the care team in charge of you); the reader is not named,
# as elsewhere (나/내 would clash with the 저 of the patient's questions).
disclaimer = 이 글은 진료비 청구 코드를 설명합니다. 담당 { -care-team }의 조언을 대신하지 않습니다. 치료에 대해서는 담당 { -care-team }에게 물어보세요.

## Handouts and the web page

# The patient's name on a printed handout, with its label.
# $value (String) - the patient's name, as the clinic typed it. Shown only when given.
# Korean: 환자 이름 ("patient's name"), the label Korean forms use before a name.
handout-field-patient = 환자 이름: { $value }
# The date on a printed handout, with its label.
# $value (String) - the date, as the clinic typed it. Shown only when given.
handout-field-date = 날짜: { $value }
# The clinic's name on a printed handout, with its label.
# $value (String) - the clinic's name, as the clinic typed it. Shown only when given.
# Korean: 병원, the everyday word for any clinic or hospital.
handout-field-clinic = 병원: { $value }
# Shown in "When to call your care team" on a handout when the clinic gives its phone number.
# $phone (String) - the clinic's phone number, as the clinic typed it.
# Korean: the number comes last, after a colon, so no particle depends on how the number is read.
handout-call-us = 궁금한 점이나 문제가 있으면 이 번호로 전화하세요: { $phone }
# A button that prints the page.
page-print = 인쇄
# A link to the printable handout as a PDF file.
page-handout-pdf = 인쇄용 안내문(PDF)
# Label of the list of languages the reader can switch to.
page-choose-language = 언어 선택
