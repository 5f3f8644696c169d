//! Plain text for a terminal: headings, wrapped paragraphs, numbered steps, no bidi controls.

use std::fmt::Write;

use textwrap::core::display_width;
use textwrap::{Options, fill};

use crate::explanation::Explanation;
use crate::i18n::strip_bidi;

/// Renders `e` wrapped to `width` columns.
pub fn render(e: &Explanation, width: usize) -> String {
    let width = width.clamp(30, 100);
    let mut out = String::new();
    let para = |out: &mut String, text: &str| {
        let _ = writeln!(out, "{}\n", fill(text, width));
    };
    let item = |out: &mut String, marker: &str, text: &str| {
        let indent = " ".repeat(display_width(marker));
        let opts = Options::new(width)
            .initial_indent(marker)
            .subsequent_indent(&indent);
        let _ = writeln!(out, "{}", fill(text, opts));
    };

    heading(&mut out, &format!("{} · {}", e.code, e.title), '═', width);
    para(
        &mut out,
        &format!(
            "{}: {}. {}",
            e.labels.language, e.language_name, e.review_notice
        ),
    );
    heading(&mut out, &e.labels.in_simple_words, '─', width);
    para(&mut out, &e.summary);
    for section in &e.sections {
        heading(&mut out, &section.heading, '─', width);
        for p in &section.paragraphs {
            para(&mut out, p);
        }
        let digits = section.items.len().to_string().len();
        for (i, text) in section.items.iter().enumerate() {
            let marker = if section.is_steps() {
                format!("{:>digits$}. ", i + 1)
            } else {
                "• ".to_owned()
            };
            item(&mut out, &marker, text);
        }
        if !section.items.is_empty() {
            out.push('\n');
        }
    }
    heading(&mut out, &e.labels.related, '─', width);
    for r in &e.related {
        item(&mut out, "• ", &format!("{}: {}", r.code, r.title));
        item(&mut out, "  ", &r.difference);
    }
    out.push('\n');
    para(&mut out, &e.disclaimer);
    strip_bidi(out.trim_end()) + "\n"
}

fn heading(out: &mut String, text: &str, rule: char, width: usize) {
    let text = fill(text, width);
    let longest = text.lines().map(display_width).max().unwrap_or(0);
    let _ = writeln!(
        out,
        "{text}\n{}",
        rule.to_string().repeat(longest.min(width))
    );
}
