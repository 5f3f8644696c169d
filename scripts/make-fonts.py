#!/usr/bin/env python3
"""Makes the font subsets in crates/pdf/fonts/ that handouts are typeset with.

Needs Debian's fonts-noto-core and fonts-noto-cjk, and pyftsubset (pip install fonttools).
Each subset covers every character in locales/ plus the common characters of names:
Latin with diacritics (Vietnamese included), Cyrillic, Arabic and Persian, the GB2312 hanzi (Simplified),
the Big5 level-1 hanzi (Traditional) and all Hangul syllables.
Run it again after adding a language or a character the fonts lack (tests/it/handouts.rs says which).

Usage: python3 scripts/make-fonts.py
"""
import pathlib
import re
import shutil
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "crates" / "pdf" / "fonts"
CORE = pathlib.Path("/usr/share/fonts/truetype/noto")
CJK = pathlib.Path("/usr/share/fonts/opentype/noto")

# (output name, source file, font number in a collection, extra ranges)
LATIN = "U+0020-007E,U+00A0-024F,U+0300-036F,U+1E00-1EFF,U+2000-206F,U+20A0-20BF,U+2100-215F,U+2190-2193,U+2212,U+25A0-25FF,U+FB00-FB06"
CYRILLIC = "U+0400-052F"
ARABIC = "U+0600-06FF,U+0750-077F,U+FB50-FDFF,U+FE70-FEFF,U+0020-0040,U+00A0,U+060C,U+061B,U+061F"
CJK_PUNCT = "U+3000-303F,U+FF00-FFEF,U+2000-206F,U+0020-007E"
HANGUL = "U+AC00-D7A3,U+1100-11FF,U+3130-318F"

FONTS = [
    ("NotoSans-Regular.ttf", CORE / "NotoSans-Regular.ttf", None, LATIN + "," + CYRILLIC),
    ("NotoSans-Bold.ttf", CORE / "NotoSans-Bold.ttf", None, LATIN + "," + CYRILLIC),
    ("NotoNaskhArabic-Regular.ttf", CORE / "NotoNaskhArabic-Regular.ttf", None, ARABIC),
    ("NotoNaskhArabic-Bold.ttf", CORE / "NotoNaskhArabic-Bold.ttf", None, ARABIC),
    ("NotoSansCJKsc-Regular.otf", CJK / "NotoSansCJK-Regular.ttc", 2, CJK_PUNCT + ",GB2312"),
    ("NotoSansCJKsc-Bold.otf", CJK / "NotoSansCJK-Bold.ttc", 2, CJK_PUNCT + ",GB2312"),
    ("NotoSansCJKtc-Regular.otf", CJK / "NotoSansCJK-Regular.ttc", 3, CJK_PUNCT + ",BIG5"),
    ("NotoSansCJKtc-Bold.otf", CJK / "NotoSansCJK-Bold.ttc", 3, CJK_PUNCT + ",BIG5"),
    ("NotoSansCJKkr-Regular.otf", CJK / "NotoSansCJK-Regular.ttc", 1, CJK_PUNCT + "," + HANGUL),
    ("NotoSansCJKkr-Bold.otf", CJK / "NotoSansCJK-Bold.ttc", 1, CJK_PUNCT + "," + HANGUL),
]


def gb2312_hanzi():
    """Every character of the GB2312 set (levels 1 and 2 hanzi and its symbols)."""
    chars = set()
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return chars


def big5_hanzi():
    """The frequently used hanzi of Big5 (level 1, 0xA440-0xC67E) and its symbols."""
    chars = set()
    for hi in range(0xA1, 0xC7):
        for lo in list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)):
            try:
                chars.add(bytes([hi, lo]).decode("big5"))
            except UnicodeDecodeError:
                pass
    return chars


def locale_text():
    text = "".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "locales").rglob("*.ftl")))
    text += (ROOT / "locales" / "locales.toml").read_text(encoding="utf-8")
    return set(text) - set("\n\r\t")


def main():
    missing = [str(src) for _, src, _, _ in FONTS if not src.exists()]
    if missing:
        sys.exit(f"missing {missing}: apt-get install fonts-noto-core fonts-noto-cjk")
    if not shutil.which("pyftsubset"):
        sys.exit("missing pyftsubset: pip install fonttools")
    OUT.mkdir(exist_ok=True)
    ours = locale_text()
    hanzi = gb2312_hanzi()
    for name, src, number, ranges in FONTS:
        extra = set()
        if "GB2312" in ranges:
            extra = hanzi
            ranges = ranges.replace(",GB2312", "")
        if "BIG5" in ranges:
            extra = big5_hanzi()
            ranges = ranges.replace(",BIG5", "")
        # Every font gets every character of locales/: a font keeps only those it has glyphs for.
        chars = ours | extra
        text_file = OUT / f".{name}.chars"
        text_file.write_text("".join(sorted(chars)), encoding="utf-8")
        cmd = [
            "pyftsubset", str(src),
            f"--unicodes={ranges}",
            f"--text-file={text_file}",
            f"--output-file={OUT / name}",
            "--layout-features=*",
            "--name-IDs=*",
            "--name-languages=*",
            "--notdef-outline",
            "--no-hinting",
            "--desubroutinize",
        ]
        if number is not None:
            cmd.append(f"--font-number={number}")
        subprocess.run(cmd, check=True)
        text_file.unlink()
        print(f"{name}: {(OUT / name).stat().st_size // 1024} KiB")
    # The licence: SIL OFL 1.1, as Debian ships it in the fonts' copyright files.
    copyright = pathlib.Path("/usr/share/doc/fonts-noto-core/copyright").read_text(encoding="utf-8")
    block = copyright[copyright.rindex("License: OFL-1.1") :]
    lines = [l[1:] if l.startswith(" ") else l for l in block.splitlines()[1:]]
    lines = ["" if l == "." else l for l in lines]
    body = "\n".join(lines).strip()
    body = re.split(r"\n(?=License: )", body)[0]
    (OUT / "OFL.txt").write_text(
        "The fonts in this folder are subsets of Noto Sans, Noto Naskh Arabic and Noto Sans CJK,\n"
        "Copyright 2012-2023 Google LLC and the Noto project authors (github.com/notofonts),\n"
        "made by scripts/make-fonts.py. They are licensed under the SIL Open Font License 1.1:\n\n"
        + body + "\n",
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
