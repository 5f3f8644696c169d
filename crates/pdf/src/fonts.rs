//! The fonts handouts are typeset with: subsets of Noto made by `scripts/make-fonts.py`,
//! embedded so output never depends on the printing machine, and which characters they can draw.

use std::sync::OnceLock;

use typst::foundations::Bytes;
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;

static FILES: [&[u8]; 10] = [
    include_bytes!("../fonts/NotoSans-Regular.ttf"),
    include_bytes!("../fonts/NotoSans-Bold.ttf"),
    include_bytes!("../fonts/NotoNaskhArabic-Regular.ttf"),
    include_bytes!("../fonts/NotoNaskhArabic-Bold.ttf"),
    include_bytes!("../fonts/NotoSansCJKsc-Regular.otf"),
    include_bytes!("../fonts/NotoSansCJKsc-Bold.otf"),
    include_bytes!("../fonts/NotoSansCJKtc-Regular.otf"),
    include_bytes!("../fonts/NotoSansCJKtc-Bold.otf"),
    include_bytes!("../fonts/NotoSansCJKkr-Regular.otf"),
    include_bytes!("../fonts/NotoSansCJKkr-Bold.otf"),
];

/// The parsed fonts and their book, built once.
pub(crate) struct Fonts {
    pub(crate) fonts: Vec<Font>,
    pub(crate) book: LazyHash<FontBook>,
}

pub(crate) fn fonts() -> &'static Fonts {
    static FONTS: OnceLock<Fonts> = OnceLock::new();
    FONTS.get_or_init(|| {
        let fonts: Vec<Font> = FILES
            .iter()
            .flat_map(|data| Font::iter(Bytes::new(*data)))
            .collect();
        let book = LazyHash::new(FontBook::from_fonts(&fonts));
        Fonts { fonts, book }
    })
}

/// True when some bundled font has a glyph for `c`.
pub fn has_glyph(c: char) -> bool {
    fonts()
        .fonts
        .iter()
        .any(|f| f.info().coverage.contains(c as u32))
}

/// The characters of `text` that no bundled font can draw (white space and format controls aside).
pub fn missing_glyphs(text: &str) -> Vec<char> {
    let mut missing: Vec<char> = text
        .chars()
        .filter(|c| !c.is_whitespace() && !is_format_control(*c) && !has_glyph(*c))
        .collect();
    missing.dedup();
    missing
}

/// Bidi and joiner controls: they shape text but are never drawn.
pub(crate) fn is_format_control(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
}
