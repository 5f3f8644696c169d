//! Markdown, for pasting into documents and chat: one heading per section, lists for steps.

use std::fmt::Write;

use crate::explanation::Explanation;
use crate::i18n::strip_bidi;

/// Renders `e` as Markdown, without bidi controls.
pub fn render(e: &Explanation) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", e.labels.document_title);
    let _ = writeln!(out, "_{}_\n", e.labels.language_line);
    let _ = writeln!(out, "_{}_\n", e.review_notice);
    let _ = writeln!(out, "## {}\n\n{}\n", e.labels.in_simple_words, e.summary);
    for section in &e.sections {
        let _ = writeln!(out, "## {}\n", section.heading);
        for p in &section.paragraphs {
            let _ = writeln!(out, "{p}\n");
        }
        for (i, text) in section.items.iter().enumerate() {
            if section.numbered {
                let _ = writeln!(out, "{}. {text}", i + 1);
            } else {
                let _ = writeln!(out, "- {text}");
            }
        }
        if !section.items.is_empty() {
            out.push('\n');
        }
        for p in &section.notes {
            let _ = writeln!(out, "{p}\n");
        }
    }
    let _ = writeln!(out, "## {}\n", e.labels.related);
    for r in &e.related {
        let _ = writeln!(out, "- **{}**  \n  {}", r.label, r.difference);
    }
    let _ = writeln!(out, "\n---\n\n_{}_", e.disclaimer);
    strip_bidi(&out)
}
