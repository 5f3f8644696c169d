//! Where each label of the picture goes: the label columns beside the drawing, a slot for each label,
//! the words wrapped and sized to fit their slot. The drawing itself is `templates/picture.svg`.
//!
//! Labels never overlap because no two slots do, and never leave the picture because every slot is
//! inside it: each label is wrapped (by the locale table's `line_break`, as the terminal text is) and,
//! when its words are still too wide or too many for the slot, set a little smaller. Widths are
//! estimated from display columns (a CJK character is two); the tests measure the real glyphs.

use cpt_explain_core::render::text::{columns, wrap};
use cpt_explain_core::{Direction, Label, Picture, Site};
use serde::Serialize;

/// The picture's size, in its own units (the `viewBox`).
pub const WIDTH: f64 = 360.0;
/// The picture's height, in its own units.
pub const HEIGHT: f64 = 440.0;
/// The size labels are set in when they fit.
pub const FONT_SIZE: f64 = 16.0;
/// The smallest size a label may be set in to fit its slot.
pub const MIN_FONT_SIZE: f64 = 12.0;
/// Line height, as a multiple of the font size.
pub const LINE_HEIGHT: f64 = 1.15;
/// Bold text (the marked parts) is a little wider.
const BOLD_WIDENING: f64 = 1.07;

/// A column of labels beside the drawing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Column {
    /// Left of the spine: its parts and what is inside it.
    Left,
    /// Right of the back: the tools, placed around the needle.
    Right,
}

impl Column {
    /// Left and right edges, in picture units.
    pub fn span(self) -> (f64, f64) {
        match self {
            Column::Left => (4.0, 100.0),
            Column::Right => (258.0, 356.0),
        }
    }

    /// The edge that faces the drawing, where leader lines start.
    fn inner_edge(self) -> f64 {
        match self {
            Column::Left => 102.0,
            Column::Right => 256.0,
        }
    }
}

/// Where the needle's tip is drawn, for each site: beside the cord in the upper back (between the
/// sixth and seventh vertebrae of the upper back), below the end of the cord in the lower back
/// (between the third and fourth; the template draws the cord ending at y = 282, at the second).
pub fn site_y(site: Site) -> f64 {
    match site {
        Site::UpperBack => 168.0,
        Site::LowerBack => 311.0,
    }
}

/// A label's slot: its column, the band of height it may fill, and the point its leader line
/// points at. For tools, heights and points are relative to the needle's tip.
struct Slot {
    column: Column,
    top: f64,
    bottom: f64,
    target: (f64, f64),
}

fn slot(id: &str, tube_shown: bool) -> Option<Slot> {
    let (column, top, bottom, target) = match id {
        // The parts: beside the vertebrae (x 106-140 in the template).
        "neck" => (Column::Left, 4.0, 64.0, (108.0, 54.0)),
        "upper-back" => (Column::Left, 128.0, 188.0, (108.0, 158.0)),
        "lower-back" => (Column::Left, 252.0, 312.0, (108.0, 282.0)),
        "tailbone" => (Column::Left, 376.0, 436.0, (112.0, 400.0)),
        // What is inside: the cord (x 158-170, down to y 282), the sac (x 148-180) below the cord,
        // where only nerves are, and the epidural space between sac and bone (x 140-148).
        "cord" => (Column::Left, 66.0, 126.0, (164.0, 96.0)),
        "epidural" => (Column::Left, 190.0, 250.0, (144.0, 220.0)),
        "sac" => (Column::Left, 314.0, 374.0, (154.0, 344.0)),
        // The tools, around the needle's tip at (184, 0).
        "x-ray" => (Column::Right, -146.0, -72.0, (256.0, -104.0)),
        "tube" => (Column::Right, -70.0, -10.0, (185.0, -34.0)),
        "needle" if tube_shown => (Column::Right, -8.0, 34.0, (226.0, 17.4)),
        "needle" => (Column::Right, -70.0, 34.0, (226.0, 17.4)),
        "pump" => (Column::Right, 36.0, 104.0, (252.0, 72.0)),
        _ => return None,
    };
    Some(Slot {
        column,
        top,
        bottom,
        target,
    })
}

/// A label placed in its slot.
#[derive(Clone, Debug, Serialize)]
pub struct PlacedLabel {
    /// The label's stable id (`neck`, `cord`, `needle` ...).
    pub id: &'static str,
    /// True for the parts the code is about (set in bold).
    pub marked: bool,
    /// Its column.
    pub column: Column,
    /// The anchor's x: where each line starts or ends, or its middle (see `anchor`).
    pub x: f64,
    /// `start`, `end` or `middle`: SVG's `text-anchor`.
    pub anchor: &'static str,
    /// The font size it is set in.
    pub font_size: f64,
    /// Its lines, each with the y of its baseline.
    pub lines: Vec<Line>,
    /// The slot: the box the label must stay inside (x from, x to, y from, y to; for the tools, y is
    /// relative to the needle's tip, like `lines` and `leader`).
    pub slot: [f64; 4],
    /// The estimated width of its widest line, in picture units.
    pub estimated_width: f64,
    /// The leader line from the label to what it names, when there is room for one.
    pub leader: Option<[f64; 4]>,
}

/// One line of a label.
#[derive(Clone, Debug, Serialize)]
pub struct Line {
    /// The words.
    pub text: String,
    /// The baseline.
    pub y: f64,
}

/// Every label of `p`, placed. Labels of the tools are placed relative to the needle's tip (the
/// template moves them with it); the others in picture units.
pub fn layout(p: &Picture) -> Vec<PlacedLabel> {
    let tube_shown = p.tools.tube;
    p.labels()
        .filter_map(|label| {
            let slot = slot(label.id, tube_shown)?;
            Some(place(p, label, &slot))
        })
        .collect()
}

fn place(p: &Picture, label: &Label, slot: &Slot) -> PlacedLabel {
    let (left, right) = slot.column.span();
    let width = right - left;
    let height = slot.bottom - slot.top;
    let widening = if label.marked { BOLD_WIDENING } else { 1.0 };
    let widest = |lines: &[String], size: f64| {
        lines
            .iter()
            .map(|l| ems(l) * size * widening)
            .fold(0.0, f64::max)
    };
    // From the full size down, the first size at which the words fit the slot: at each size, lines
    // are wrapped at fewer and fewer columns until the widest is narrow enough; then they must also
    // fit the slot's height (fewer columns only make more lines).
    let fit = |size: f64| {
        let most = (width / (size * 0.3 * widening)).ceil() as usize;
        (1..=most).rev().find_map(|room| {
            let lines = wrap(&label.text, room, p.line_break);
            (widest(&lines, size) <= width).then_some(lines)
        })
    };
    // A label's box runs from the first line's ascent to the last line's descent.
    let (ascent, descent) = extent(&label.text);
    let tall = |lines: usize, size: f64| {
        (lines.max(1) - 1) as f64 * size * LINE_HEIGHT + (ascent + descent) * size
    };
    let mut size = FONT_SIZE;
    let lines = loop {
        match fit(size) {
            Some(lines) if tall(lines.len(), size) <= height => break lines,
            // Nothing fits even at the smallest size: set it there anyway; the tests catch it.
            _ if size <= MIN_FONT_SIZE => {
                break fit(size).unwrap_or_else(|| vec![label.text.clone()]);
            }
            _ => size -= 0.5,
        }
    };
    let estimated_width = widest(&lines, size);
    let line_height = size * LINE_HEIGHT;
    let middle = (slot.top + slot.bottom) / 2.0;
    // The box centred in the slot.
    let first = middle - tall(lines.len(), size) / 2.0 + ascent * size;
    // Right to left, browsers take `start` as the right end and usvg (Typst's SVG reader) as the
    // left: only `middle` means the same to both, so right-to-left labels are centred in their
    // column. Left to right, labels sit against the drawing.
    let (x, anchor) = match (p.direction, slot.column) {
        (Direction::Rtl, _) => ((left + right) / 2.0, "middle"),
        (Direction::Ltr, Column::Left) => (right, "end"),
        (Direction::Ltr, Column::Right) => (left, "start"),
    };
    let edge = slot.column.inner_edge();
    let (tx, ty) = slot.target;
    let leader = ((tx - edge).abs() > 4.0).then(|| [edge, round(middle), tx, ty]);
    PlacedLabel {
        id: label.id,
        marked: label.marked,
        column: slot.column,
        x,
        anchor,
        font_size: size,
        lines: lines
            .into_iter()
            .enumerate()
            .map(|(i, text)| Line {
                text,
                y: round(first + i as f64 * line_height),
            })
            .collect(),
        slot: [left, right, slot.top, slot.bottom],
        estimated_width: round(estimated_width),
        leader,
    }
}

/// How far a line of `text` reaches above and below its baseline, in ems, as fonts give it (the
/// box browsers and usvg measure): CJK faces reach higher, Arabic ones lower.
fn extent(text: &str) -> (f64, f64) {
    let wide = text
        .chars()
        .any(|c| columns(c.encode_utf8(&mut [0; 4])) == 2);
    let arabic = text.chars().any(is_arabic);
    (
        if wide { 1.17 } else { 1.07 },
        if arabic { 0.64 } else { 0.3 },
    )
}

fn is_arabic(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// How wide `text` is estimated to be, in ems of a sans-serif face such as Noto Sans: by the kind of
/// each character (narrow and wide letters, capitals, Latin and other lowercase, Arabic script, East
/// Asian wide characters), rounded up. Only an estimate: the tests check it against the bundled
/// fonts, and browsers may use other fonts.
pub fn ems(text: &str) -> f64 {
    text.chars()
        .map(|c| match c {
            ' ' | '\u{00A0}' | '\u{202F}' => 0.27,
            'i' | 'j' | 'l' | 'ı' | 'í' | 'ì' | 'î' | 'ï' | 'I' | 'Í' | '.' | ',' | ':' | ';'
            | '\'' | '’' | '!' | '|' => 0.3,
            'f' | 't' | 'r' | '(' | ')' | '-' | '\u{2011}' => 0.42,
            'm' | 'w' | 'M' | 'W' | 'ж' | 'м' | 'ш' | 'щ' | 'ы' | 'ю' | 'ф' | 'Ж' | 'Ш' | 'Щ'
            | 'Ю' | 'Ф' | 'Ы' => 0.96,
            // Arabic script: narrow letters, wide ones, the rest.
            'ا' | 'أ' | 'إ' | 'آ' | 'ل' | 'د' | 'ذ' | 'ر' | 'ز' | 'ژ' | 'و' | 'ؤ' | 'ة' | '،'
            | '؛' => 0.4,
            'س' | 'ش' | 'ص' | 'ض' | 'ط' | 'ظ' | 'ع' | 'غ' => 0.86,
            _ if is_arabic(c) => 0.61,
            _ => match columns(c.encode_utf8(&mut [0; 4])) {
                0 => 0.0,
                2 => 1.02,
                _ if c.is_uppercase() => 0.74,
                // The narrower Latin lowercase letters, with their accents.
                _ if "acekqsvxyzàáâãäåāăąçćčèéêëēėęěśšşýÿžźżạảấầẩẫậắằẳẵặẹẻẽếềểễệỳỵỷỹ"
                    .contains(c) =>
                {
                    0.57
                }
                _ => 0.63,
            },
        })
        .sum()
}

fn round(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}
