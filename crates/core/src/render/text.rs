//! Plain text for a terminal: headings, wrapped paragraphs, numbered steps, no bidi controls.
//!
//! Where lines may break is the locale table's `line_break`: Korean only at spaces, other scripts
//! where Unicode allows (between Chinese characters too). Nothing breaks after a hyphen inside a word
//! (`x-ray`), and no word is hyphenated.

use std::fmt::Write;

use textwrap::core::{Word, display_width};
use textwrap::{Options, WordSeparator, WordSplitter, fill};

use crate::explanation::Explanation;
use crate::i18n::{LineBreak, strip_bidi};

/// Renders `e` wrapped to `width` columns (30 to 100).
pub fn render(e: &Explanation, width: usize) -> String {
    let width = width.clamp(30, 100);
    let wrap = Wrap {
        width,
        separator: separator(e.line_break),
    };
    let mut out = String::new();
    wrap.heading(&mut out, &e.labels.document_title, '═');
    wrap.para(&mut out, &e.labels.language_line);
    wrap.para(&mut out, &e.review_notice);
    wrap.heading(&mut out, &e.labels.in_simple_words, '─');
    wrap.para(&mut out, &e.summary);
    for section in &e.sections {
        wrap.heading(&mut out, &section.heading, '─');
        for p in &section.paragraphs {
            wrap.para(&mut out, p);
        }
        let digits = section.items.len().to_string().len();
        for (i, text) in section.items.iter().enumerate() {
            let marker = if section.numbered {
                format!("{:>digits$}. ", i + 1)
            } else {
                "• ".to_owned()
            };
            wrap.item(&mut out, &marker, text);
        }
        if !section.items.is_empty() {
            out.push('\n');
        }
        for p in &section.notes {
            wrap.para(&mut out, p);
        }
    }
    wrap.heading(&mut out, &e.labels.related, '─');
    for r in &e.related {
        wrap.item(&mut out, "• ", &r.label);
        wrap.item(&mut out, "  ", &r.difference);
    }
    out.push('\n');
    wrap.para(&mut out, &e.disclaimer);
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

/// `text` broken into lines of at most `width` columns, where the locale's `line_break` allows (as
/// [`render`] breaks paragraphs): Korean only at spaces, other scripts where Unicode allows, never
/// after a hyphen inside a word. Words are never split: a word wider than `width` is a line of its
/// own, wider than asked, which a caller that must fit can see and act on.
pub fn wrap(text: &str, width: usize, line_break: LineBreak) -> Vec<String> {
    let opts = Options::new(width.max(1))
        .word_separator(separator(line_break))
        .word_splitter(WordSplitter::NoHyphenation)
        .break_words(false);
    textwrap::wrap(text, opts)
        .into_iter()
        .map(|line| line.trim().to_owned())
        .filter(|line| !line.is_empty())
        .collect()
}

/// How many terminal columns `text` takes: a CJK character two, a combining mark none.
pub fn columns(text: &str) -> usize {
    display_width(text)
}

fn separator(line_break: LineBreak) -> WordSeparator {
    match line_break {
        LineBreak::Normal => WordSeparator::Custom(unicode_words_whole_hyphenated),
        LineBreak::KeepAll => WordSeparator::AsciiSpace,
    }
}

struct Wrap {
    width: usize,
    separator: WordSeparator,
}

impl Wrap {
    fn options<'a>(&self, initial: &'a str, subsequent: &'a str) -> Options<'a> {
        Options::new(self.width)
            .word_separator(self.separator)
            .word_splitter(WordSplitter::NoHyphenation)
            .initial_indent(initial)
            .subsequent_indent(subsequent)
    }

    fn para(&self, out: &mut String, text: &str) {
        let _ = writeln!(out, "{}\n", fill(&strip_bidi(text), self.options("", "")));
    }

    fn item(&self, out: &mut String, marker: &str, text: &str) {
        let indent = " ".repeat(display_width(marker));
        let _ = writeln!(
            out,
            "{}",
            fill(&strip_bidi(text), self.options(marker, &indent))
        );
    }

    fn heading(&self, out: &mut String, text: &str, rule: char) {
        let text = fill(&strip_bidi(text), self.options("", ""));
        let longest = text.lines().map(display_width).max().unwrap_or(0);
        let _ = writeln!(
            out,
            "{text}\n{}",
            rule.to_string().repeat(longest.min(self.width))
        );
    }
}

/// Unicode line breaking (UAX #14), except after a hyphen inside a word: `x-ray` stays whole.
fn unicode_words_whole_hyphenated(line: &str) -> Box<dyn Iterator<Item = Word<'_>> + '_> {
    let mut words = Vec::new();
    let mut start: Option<usize> = None;
    for word in WordSeparator::UnicodeBreakProperties.find_words(line) {
        // Every word is a slice of `line`.
        let offset = word.word.as_ptr() as usize - line.as_ptr() as usize;
        let from = *start.get_or_insert(offset);
        let end = offset + word.word.len() + word.whitespace.len();
        let joins_next = word.whitespace.is_empty()
            && word.word.ends_with(['-', '\u{2010}', '\u{2011}'])
            && line[end..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric);
        if !joins_next {
            words.push(Word::from(&line[from..end]));
            start = None;
        }
    }
    if let Some(from) = start {
        words.push(Word::from(&line[from..]));
    }
    Box::new(words.into_iter())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wrapped(text: &str, width: usize, separator: WordSeparator) -> Vec<String> {
        let opts = Options::new(width)
            .word_separator(separator)
            .word_splitter(WordSplitter::NoHyphenation);
        textwrap::wrap(text, opts)
            .into_iter()
            .map(|l| l.into_owned())
            .collect()
    }

    #[test]
    fn hyphenated_words_stay_whole() {
        let custom = WordSeparator::Custom(unicode_words_whole_hyphenated);
        for width in 6..30 {
            for line in wrapped("A live x-ray or a well-known CT scan helps.", width, custom) {
                assert!(!line.ends_with('-'), "{width}: {line:?}");
            }
        }
    }

    #[test]
    fn korean_breaks_only_at_spaces() {
        let text = "의사가 척추 근처에 가늘고 부드러운 관을 넣습니다";
        for width in 8..30 {
            for line in wrapped(text, width, WordSeparator::AsciiSpace) {
                assert!(
                    text.split(' ').any(|w| line.trim().starts_with(w)),
                    "{width}: {line:?}"
                );
            }
        }
    }
}
