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
pub const HEIGHT: f64 = 500.0;
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

/// Where the needle's tip is drawn, for each site: beside the cord in the upper back, below the end
/// of the cord in the lower back (the template draws the cord ending at y = 312).
pub fn site_y(site: Site) -> f64 {
    match site {
        Site::UpperBack => 190.0,
        Site::LowerBack => 350.0,
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
        "neck" => (Column::Left, 8.0, 96.0, (108.0, 62.0)),
        "upper-back" => (Column::Left, 158.0, 232.0, (108.0, 196.0)),
        "lower-back" => (Column::Left, 288.0, 350.0, (108.0, 322.0)),
        "tailbone" => (Column::Left, 406.0, 492.0, (112.0, 432.0)),
        // What is inside: the cord (x 158-170, down to y 312), the sac (x 148-180) below the cord,
        // where only nerves are, and the epidural space between sac and bone (x 140-148).
        "cord" => (Column::Left, 98.0, 156.0, (164.0, 128.0)),
        "epidural" => (Column::Left, 234.0, 286.0, (144.0, 262.0)),
        "sac" => (Column::Left, 352.0, 404.0, (154.0, 380.0)),
        // The tools, around the needle's tip at (184, 0).
        "x-ray" => (Column::Right, -142.0, -64.0, (256.0, -104.0)),
        "tube" => (Column::Right, -60.0, -14.0, (185.0, -34.0)),
        "needle" if tube_shown => (Column::Right, -10.0, 34.0, (226.0, 17.4)),
        "needle" => (Column::Right, -60.0, 34.0, (226.0, 17.4)),
        "pump" => (Column::Right, 38.0, 104.0, (252.0, 72.0)),
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
    /// The slot: the box the label must stay inside (x from, x to, y from, y to).
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
    let mut size = FONT_SIZE;
    let lines = loop {
        match fit(size) {
            Some(lines) if lines.len() as f64 * size * LINE_HEIGHT <= height => break lines,
            // Nothing fits even at the smallest size: set it there anyway; the tests catch it.
            _ if size <= MIN_FONT_SIZE => break fit(size).unwrap_or_else(|| vec![label.text.clone()]),
            _ => size -= 0.5,
        }
    };
    let estimated_width = widest(&lines, size);
    let line_height = size * LINE_HEIGHT;
    let block = lines.len() as f64 * line_height;
    let middle = (slot.top + slot.bottom) / 2.0;
    // The first baseline: the block centred in the slot; a line's ink sits about 0.8 em above it.
    let first = middle - block / 2.0 + size * 0.8 + (line_height - size) / 2.0;
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

/// How wide `text` is estimated to be, in ems of a sans-serif face such as Noto Sans: by the kind of
/// each character (narrow letters, wide letters, capitals, East Asian wide characters), rounded up.
/// Only an estimate: the tests compare it with the bundled fonts, and browsers may use other fonts.
pub fn ems(text: &str) -> f64 {
    text.chars()
        .map(|c| match c {
            ' ' | '\u{00A0}' | '\u{202F}' => 0.27,
            'i' | 'j' | 'l' | 'ı' | 'í' | 'ì' | 'î' | 'ï' | 'I' | 'Í' | '.' | ',' | ':' | ';' | '\'' | '’' | '!' | '|' => 0.3,
            'f' | 't' | 'r' | '(' | ')' | '-' | '\u{2011}' => 0.42,
            'm' | 'w' | 'M' | 'W' | 'ж' | 'м' | 'ш' | 'щ' | 'ы' | 'ю' | 'ф' | 'Ж' | 'Ш' | 'Щ' | 'Ю' | 'Ф' | 'Ы' => 0.96,
            _ => match columns(c.encode_utf8(&mut [0; 4])) {
                0 => 0.0,
                2 => 1.02,
                _ if c.is_uppercase() => 0.74,
                _ => 0.62,
            },
        })
        .sum()
}

fn round(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}
