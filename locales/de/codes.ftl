### The title and the short summary of each code.
### The title says what the code is. The summary ("in simple words") is two or three short sentences.
###
### German notes for reviewers:
### - "shot" is "Spritze", the everyday German word for an injection.
### - "doctor" is "Ärztin oder Arzt", naming women and men, as German patient information usually does.
### - "imaging" is "Bildgebung" in the titles and on the bill: pictures from live x-ray or CT.
### - "the tube stays in" is "bleibt liegen", the usual German phrase for a tube left in the body.

# 62320: one shot near the spine, neck or upper back, no imaging.
code-62320-title = Eine einzelne Spritze mit Medikament an die Wirbelsäule im { -upper-spine(case: "dative") }, ohne Bildgebung
code-62320-summary = Eine Ärztin oder ein Arzt gibt Ihnen eine einzelne Spritze mit einem Medikament an die Wirbelsäule, im { -upper-spine(case: "dative") }. Die Nadel oder der { -tube } wird noch am selben Tag entfernt. Die Nadel wird nicht mit Röntgen oder { -ct-scan } geführt.

# 62321: one shot near the spine, neck or upper back, with imaging.
code-62321-title = Eine einzelne Spritze mit Medikament an die Wirbelsäule im { -upper-spine(case: "dative") }, mit Bildgebung
code-62321-summary = Eine Ärztin oder ein Arzt gibt Ihnen eine einzelne Spritze mit einem Medikament an die Wirbelsäule, im { -upper-spine(case: "dative") }. Eine { -live-x-ray } oder ein { -ct-scan } hilft, die Nadel zu führen. Die Nadel oder der { -tube } wird noch am selben Tag entfernt.

# 62322: one shot near the spine, lower back, no imaging.
code-62322-title = Eine einzelne Spritze mit Medikament an die Wirbelsäule im { -lower-spine(case: "dative") }, ohne Bildgebung
code-62322-summary = Eine Ärztin oder ein Arzt gibt Ihnen eine einzelne Spritze mit einem Medikament an die Wirbelsäule, im { -lower-spine(case: "dative") }. Die Nadel oder der { -tube } wird noch am selben Tag entfernt. Die Nadel wird nicht mit Röntgen oder { -ct-scan } geführt.

# 62323: one shot near the spine, lower back, with imaging.
code-62323-title = Eine einzelne Spritze mit Medikament an die Wirbelsäule im { -lower-spine(case: "dative") }, mit Bildgebung
code-62323-summary = Eine Ärztin oder ein Arzt gibt Ihnen eine einzelne Spritze mit einem Medikament an die Wirbelsäule, im { -lower-spine(case: "dative") }. Eine { -live-x-ray } oder ein { -ct-scan } hilft, die Nadel zu führen. Die Nadel oder der { -tube } wird noch am selben Tag entfernt.

# 62324: a tube left near the spine, neck or upper back, no imaging.
code-62324-title = Medikament durch einen dünnen { -tube(case: "accusative") }, der an der Wirbelsäule im { -upper-spine(case: "dative") } liegen bleibt, ohne Bildgebung
code-62324-summary = Eine Ärztin oder ein Arzt legt einen dünnen, weichen { -tube(case: "accusative") } an Ihre Wirbelsäule, im { -upper-spine(case: "dative") }. Der { -tube } bleibt liegen. Durch ihn fließt das Medikament gleichmäßig, oder es wird von Zeit zu Zeit in einzelnen Dosen gegeben. Das dauert Stunden oder Tage. Der { -tube } wird nicht mit Röntgen oder { -ct-scan } geführt.

# 62325: a tube left near the spine, neck or upper back, with imaging.
code-62325-title = Medikament durch einen dünnen { -tube(case: "accusative") }, der an der Wirbelsäule im { -upper-spine(case: "dative") } liegen bleibt, mit Bildgebung
code-62325-summary = Eine Ärztin oder ein Arzt legt einen dünnen, weichen { -tube(case: "accusative") } an Ihre Wirbelsäule, im { -upper-spine(case: "dative") }. Eine { -live-x-ray } oder ein { -ct-scan } hilft, den { -tube(case: "accusative") } zu führen. Der { -tube } bleibt liegen. Durch ihn fließt das Medikament gleichmäßig, oder es wird von Zeit zu Zeit in einzelnen Dosen gegeben. Das dauert Stunden oder Tage.

# 62326: a tube left near the spine, lower back, no imaging.
code-62326-title = Medikament durch einen dünnen { -tube(case: "accusative") }, der an der Wirbelsäule im { -lower-spine(case: "dative") } liegen bleibt, ohne Bildgebung
code-62326-summary = Eine Ärztin oder ein Arzt legt einen dünnen, weichen { -tube(case: "accusative") } an Ihre Wirbelsäule, im { -lower-spine(case: "dative") }. Der { -tube } bleibt liegen. Durch ihn fließt das Medikament gleichmäßig, oder es wird von Zeit zu Zeit in einzelnen Dosen gegeben. Das dauert Stunden oder Tage. Der { -tube } wird nicht mit Röntgen oder { -ct-scan } geführt.

# 62327: a tube left near the spine, lower back, with imaging.
code-62327-title = Medikament durch einen dünnen { -tube(case: "accusative") }, der an der Wirbelsäule im { -lower-spine(case: "dative") } liegen bleibt, mit Bildgebung
code-62327-summary = Eine Ärztin oder ein Arzt legt einen dünnen, weichen { -tube(case: "accusative") } an Ihre Wirbelsäule, im { -lower-spine(case: "dative") }. Eine { -live-x-ray } oder ein { -ct-scan } hilft, den { -tube(case: "accusative") } zu führen. Der { -tube } bleibt liegen. Durch ihn fließt das Medikament gleichmäßig, oder es wird von Zeit zu Zeit in einzelnen Dosen gegeben. Das dauert Stunden oder Tage.

# 77003: live x-ray used to guide a needle or tube into the spine. No medicine is part of this code.
code-77003-title = Führung einer Nadel oder eines { -tube(case: "genitive") } an der Wirbelsäule mit { -live-x-ray }
code-77003-summary = Eine { -live-x-ray } zeigt bewegte Bilder Ihrer Wirbelsäule auf einem Bildschirm. Mit diesen Bildern führt die Ärztin oder der Arzt eine Nadel oder einen { -tube(case: "accusative") } an die richtige Stelle für eine Spritze. Dieser Code gilt nur für das Röntgen.
