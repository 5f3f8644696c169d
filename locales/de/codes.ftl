### The title and the short summary of each code.
### The title says what the code is. Titles take no variables: they are also shown in other codes' lists of
### similar codes, and inside the document title (ui.ftl `document-title`).
### The summary ("in simple words") is a few short sentences. The first time the word "imaging" appears on a
### page is in the title, so every summary says what imaging means.
### Summaries take the same variables as the sections (see sections.ftl) but need none in English.
###
### German notes for reviewers:
### - "shot" is "Spritze", the everyday German word for an injection.
### - "doctor" is "Ärztin oder Arzt", naming women and men, as German patient information usually does.
### - "imaging" is "Bildgebung" in the titles and on the bill; each summary says it means pictures from a
###   Röntgendurchleuchtung or a CT. The summary is where a page first names the live x-ray, so it uses the
###   full word "Röntgendurchleuchtung" (see terms.ftl).
### - "the tube stays in" is "bleibt liegen", the usual German phrase for a tube left in the body.
### - "for hours or days" is "Das kann Stunden oder Tage dauern" (review 2026-11-29: "Das dauert" was too
###   categorical).

# Title of 62320: one shot near the spine, neck or upper back, no imaging.
code-62320-title = Eine einzelne Spritze mit Medikament an die Wirbelsäule im { -upper-spine(case: "dative") }, ohne Bildgebung
# Summary of 62320. Says what "imaging" means.
code-62320-summary = Eine Ärztin oder ein Arzt gibt Ihnen eine einzelne Spritze mit einem Medikament an die Wirbelsäule, im { -upper-spine(case: "dative") }. Die Nadel oder der { -tube } wird noch am selben Tag entfernt. Die Nadel wird ohne Bildgebung geführt. Mit Bildgebung sind Bilder aus einer { -live-x-ray } oder einem { -ct-scan } gemeint.

# Title of 62321: one shot near the spine, neck or upper back, with imaging.
code-62321-title = Eine einzelne Spritze mit Medikament an die Wirbelsäule im { -upper-spine(case: "dative") }, mit Bildgebung
# Summary of 62321. Says what "imaging" means.
code-62321-summary = Eine Ärztin oder ein Arzt gibt Ihnen eine einzelne Spritze mit einem Medikament an die Wirbelsäule, im { -upper-spine(case: "dative") }. Die Nadel wird mithilfe von Bildgebung geführt. Mit Bildgebung sind Bilder aus einer { -live-x-ray } oder einem { -ct-scan } gemeint. Die Nadel oder der { -tube } wird noch am selben Tag entfernt.

# Title of 62322: one shot near the spine, lower back or tailbone area, no imaging.
code-62322-title = Eine einzelne Spritze mit Medikament an die Wirbelsäule im { -lower-spine(case: "dative") }, ohne Bildgebung
# Summary of 62322. Says what "imaging" means.
code-62322-summary = Eine Ärztin oder ein Arzt gibt Ihnen eine einzelne Spritze mit einem Medikament an die Wirbelsäule, im { -lower-spine(case: "dative") }. Die Nadel oder der { -tube } wird noch am selben Tag entfernt. Die Nadel wird ohne Bildgebung geführt. Mit Bildgebung sind Bilder aus einer { -live-x-ray } oder einem { -ct-scan } gemeint.

# Title of 62323: one shot near the spine, lower back or tailbone area, with imaging.
code-62323-title = Eine einzelne Spritze mit Medikament an die Wirbelsäule im { -lower-spine(case: "dative") }, mit Bildgebung
# Summary of 62323. Says what "imaging" means.
code-62323-summary = Eine Ärztin oder ein Arzt gibt Ihnen eine einzelne Spritze mit einem Medikament an die Wirbelsäule, im { -lower-spine(case: "dative") }. Die Nadel wird mithilfe von Bildgebung geführt. Mit Bildgebung sind Bilder aus einer { -live-x-ray } oder einem { -ct-scan } gemeint. Die Nadel oder der { -tube } wird noch am selben Tag entfernt.

# Title of 62324: a tube left near the spine, neck or upper back, no imaging.
code-62324-title = Medikament durch einen dünnen { -tube(case: "accusative") }, der an der Wirbelsäule im { -upper-spine(case: "dative") } liegen bleibt, ohne Bildgebung
# Summary of 62324. Says what "imaging" means.
code-62324-summary = Eine Ärztin oder ein Arzt legt einen dünnen, weichen { -tube(case: "accusative") } an Ihre Wirbelsäule, im { -upper-spine(case: "dative") }. Der { -tube } bleibt liegen. Durch ihn fließt das Medikament gleichmäßig, oder Sie bekommen es von Zeit zu Zeit in einzelnen Dosen. Das kann Stunden oder Tage dauern. Der { -tube } wird ohne Bildgebung geführt. Mit Bildgebung sind Bilder aus einer { -live-x-ray } oder einem { -ct-scan } gemeint.

# Title of 62325: a tube left near the spine, neck or upper back, with imaging.
code-62325-title = Medikament durch einen dünnen { -tube(case: "accusative") }, der an der Wirbelsäule im { -upper-spine(case: "dative") } liegen bleibt, mit Bildgebung
# Summary of 62325. Says what "imaging" means.
code-62325-summary = Eine Ärztin oder ein Arzt legt einen dünnen, weichen { -tube(case: "accusative") } an Ihre Wirbelsäule, im { -upper-spine(case: "dative") }. Der { -tube } wird mithilfe von Bildgebung geführt. Mit Bildgebung sind Bilder aus einer { -live-x-ray } oder einem { -ct-scan } gemeint. Der { -tube } bleibt liegen. Durch ihn fließt das Medikament gleichmäßig, oder Sie bekommen es von Zeit zu Zeit in einzelnen Dosen. Das kann Stunden oder Tage dauern.

# Title of 62326: a tube left near the spine, lower back or tailbone area, no imaging.
code-62326-title = Medikament durch einen dünnen { -tube(case: "accusative") }, der an der Wirbelsäule im { -lower-spine(case: "dative") } liegen bleibt, ohne Bildgebung
# Summary of 62326. Says what "imaging" means.
code-62326-summary = Eine Ärztin oder ein Arzt legt einen dünnen, weichen { -tube(case: "accusative") } an Ihre Wirbelsäule, im { -lower-spine(case: "dative") }. Der { -tube } bleibt liegen. Durch ihn fließt das Medikament gleichmäßig, oder Sie bekommen es von Zeit zu Zeit in einzelnen Dosen. Das kann Stunden oder Tage dauern. Der { -tube } wird ohne Bildgebung geführt. Mit Bildgebung sind Bilder aus einer { -live-x-ray } oder einem { -ct-scan } gemeint.

# Title of 62327: a tube left near the spine, lower back or tailbone area, with imaging.
code-62327-title = Medikament durch einen dünnen { -tube(case: "accusative") }, der an der Wirbelsäule im { -lower-spine(case: "dative") } liegen bleibt, mit Bildgebung
# Summary of 62327. Says what "imaging" means.
code-62327-summary = Eine Ärztin oder ein Arzt legt einen dünnen, weichen { -tube(case: "accusative") } an Ihre Wirbelsäule, im { -lower-spine(case: "dative") }. Der { -tube } wird mithilfe von Bildgebung geführt. Mit Bildgebung sind Bilder aus einer { -live-x-ray } oder einem { -ct-scan } gemeint. Der { -tube } bleibt liegen. Durch ihn fließt das Medikament gleichmäßig, oder Sie bekommen es von Zeit zu Zeit in einzelnen Dosen. Das kann Stunden oder Tage dauern.

# Title of 77003: live x-ray used to guide a needle or tube near the spine (any part of it).
# "near the spine", as in the other titles ("an der Wirbelsäule"): not into the bones.
code-77003-title = Führung einer Nadel oder eines { -tube(case: "genitive") } an der Wirbelsäule mit { -live-x-ray }
# Summary of 77003. No medicine is part of this code. Says what "imaging" means.
code-77003-summary = Eine { -live-x-ray } zeigt bewegte Bilder Ihrer Wirbelsäule auf einem Bildschirm. Mit diesen Bildern führt die Ärztin oder der Arzt eine Nadel oder einen { -tube(case: "accusative") } an die richtige Stelle. Solche Bilder nennt man Bildgebung. Dieser Code gilt nur für die Bildgebung, nicht für ein Medikament.
