//! Writing a reviewer's corrections into a `.ftl` file: the entries that changed are re-serialised by
//! fluent-syntax and spliced in by their byte span; every other byte of the file stays as it was.
//!
//! fluent-syntax 0.12 parses without spans, but its AST borrows from the source, so an entry's
//! position is where its first slice (its comment, or its id) points into the source.

use std::collections::BTreeMap;
use std::ops::Range;

use anyhow::{Context, bail};
use fluent_syntax::ast;
use fluent_syntax::parser;
use fluent_syntax::serializer;

/// Parses a whole `.ftl` file, comments included; any syntax error is an error.
pub fn parse(source: &str) -> anyhow::Result<ast::Resource<&str>> {
    let resource = parser::parse(source).map_err(|(_, errors)| {
        anyhow::anyhow!(
            "{}",
            errors
                .iter()
                .map(|e| e.kind.to_string())
                .collect::<Vec<_>>()
                .join("; ")
        )
    })?;
    if resource
        .body
        .iter()
        .any(|e| matches!(e, ast::Entry::Junk { .. }))
    {
        bail!("it has text Fluent cannot read");
    }
    Ok(resource)
}

/// The byte range of each entry of `resource` in `source`: from the first line of its comment (or
/// its id) to the end of its last line, line break included, blank lines after it left out.
pub fn entry_spans(
    source: &str,
    resource: &ast::Resource<&str>,
) -> anyhow::Result<Vec<Range<usize>>> {
    let starts = resource
        .body
        .iter()
        .map(|entry| {
            let first: &str = match entry {
                ast::Entry::Message(m) => m
                    .comment
                    .as_ref()
                    .and_then(|c| c.content.first().copied())
                    .unwrap_or(m.id.name),
                ast::Entry::Term(t) => t
                    .comment
                    .as_ref()
                    .and_then(|c| c.content.first().copied())
                    .unwrap_or(t.id.name),
                ast::Entry::Comment(c)
                | ast::Entry::GroupComment(c)
                | ast::Entry::ResourceComment(c) => c.content.first().copied().unwrap_or_default(),
                ast::Entry::Junk { content } => content,
            };
            let offset = (first.as_ptr() as usize)
                .checked_sub(source.as_ptr() as usize)
                .filter(|&o| o <= source.len())
                .context("an entry does not point into its file")?;
            Ok(source[..offset].rfind('\n').map_or(0, |i| i + 1))
        })
        .collect::<anyhow::Result<Vec<usize>>>()?;
    let mut spans = Vec::with_capacity(starts.len());
    for (i, &start) in starts.iter().enumerate() {
        let next = starts.get(i + 1).copied().unwrap_or(source.len());
        if next < start {
            bail!("the entries are out of order");
        }
        spans.push(start..trim_blank_lines(source, start, next));
    }
    Ok(spans)
}

/// The end of `source[start..end]` without the blank lines at its end (its last line break kept).
fn trim_blank_lines(source: &str, start: usize, mut end: usize) -> usize {
    loop {
        let body = &source[start..end];
        let without_break = body.strip_suffix('\n').unwrap_or(body);
        let Some(i) = without_break.rfind('\n') else {
            return end;
        };
        if without_break[i + 1..].trim().is_empty() {
            end = start + i + 1;
        } else {
            return end;
        }
    }
}

/// A new text for one unit: `message`, `message.attribute` or `-term`.
pub struct Correction<'a> {
    pub unit: &'a str,
    pub pattern: ast::Pattern<&'a str>,
}

/// `source` with `corrections` applied. Each entry that has one is re-serialised whole (its
/// comment, other attributes and order kept); everything else is left byte for byte.
pub fn apply<'a>(source: &'a str, corrections: Vec<Correction<'a>>) -> anyhow::Result<String> {
    let resource = parse(source)?;
    let spans = entry_spans(source, &resource)?;
    let mut by_entry: BTreeMap<usize, Vec<Correction>> = BTreeMap::new();
    for correction in corrections {
        let (name, attribute) = match correction.unit.split_once('.') {
            Some((m, a)) => (m, Some(a)),
            None => (correction.unit, None),
        };
        let index = resource
            .body
            .iter()
            .position(|e| match e {
                ast::Entry::Message(m) => m.id.name == name,
                ast::Entry::Term(t) => name.strip_prefix('-') == Some(t.id.name),
                _ => false,
            })
            .with_context(|| format!("no entry for {}", correction.unit))?;
        if attribute.is_some() && name.starts_with('-') {
            bail!(
                "{}: a term's attributes are not reviewed apart",
                correction.unit
            );
        }
        by_entry.entry(index).or_default().push(correction);
    }
    let mut out = String::with_capacity(source.len() + 256);
    let mut at = 0;
    for (index, corrections) in by_entry {
        let span = spans[index].clone();
        let mut entry = resource.body[index].clone();
        for c in corrections {
            let attribute = c.unit.split_once('.').map(|(_, a)| a);
            match (&mut entry, attribute) {
                (ast::Entry::Message(m), None) => m.value = Some(c.pattern),
                (ast::Entry::Message(m), Some(name)) => {
                    let attr = m
                        .attributes
                        .iter_mut()
                        .find(|a| a.id.name == name)
                        .with_context(|| format!("no attribute {}", c.unit))?;
                    attr.value = c.pattern;
                }
                (ast::Entry::Term(t), None) => t.value = c.pattern,
                _ => bail!("{} cannot be corrected", c.unit),
            }
        }
        let mut text = serializer::serialize(&ast::Resource { body: vec![entry] });
        if !source[span.clone()].ends_with('\n') {
            text.pop();
        }
        out.push_str(&source[at..span.start]);
        out.push_str(&text);
        at = span.end;
    }
    out.push_str(&source[at..]);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "\
### A file comment

## A group

# Comment of a.
# Second line.
a = First text.
    .p-1 = An attribute.
b =
    { $x ->
        [one] One.
       *[other] Other.
    }


# A lone comment.

-term = Term
    .gender = f
c = Last, no line break";

    #[test]
    fn spans_cover_each_entry_and_nothing_else() {
        let resource = parse(SAMPLE).unwrap();
        let spans = entry_spans(SAMPLE, &resource).unwrap();
        let texts: Vec<&str> = spans.iter().map(|s| &SAMPLE[s.clone()]).collect();
        assert_eq!(
            texts,
            [
                "### A file comment\n",
                "## A group\n",
                "# Comment of a.\n# Second line.\na = First text.\n    .p-1 = An attribute.\n",
                "b =\n    { $x ->\n        [one] One.\n       *[other] Other.\n    }\n",
                "# A lone comment.\n",
                "-term = Term\n    .gender = f\n",
                "c = Last, no line break",
            ]
        );
    }

    #[test]
    fn a_correction_changes_its_entry_only() {
        let new = parser::parse("x = New { $y } text.\n").unwrap();
        let ast::Entry::Message(m) = &new.body[0] else {
            panic!()
        };
        let pattern = m.value.clone().unwrap();
        let out = apply(
            SAMPLE,
            vec![Correction {
                unit: "a.p-1",
                pattern: pattern.clone(),
            }],
        )
        .unwrap();
        assert_eq!(
            out,
            SAMPLE.replace("    .p-1 = An attribute.", "    .p-1 = New { $y } text.")
        );
        let out = apply(
            SAMPLE,
            vec![
                Correction {
                    unit: "c",
                    pattern: pattern.clone(),
                },
                Correction {
                    unit: "-term",
                    pattern,
                },
            ],
        )
        .unwrap();
        assert_eq!(
            out,
            SAMPLE
                .replace("-term = Term", "-term = New { $y } text.")
                .replace("c = Last, no line break", "c = New { $y } text.")
        );
        assert!(apply(SAMPLE, vec![]).unwrap() == SAMPLE);
    }

    #[test]
    fn every_entry_of_every_locale_splices_back_to_the_same_file() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
        let mut checked = 0;
        for dir in std::fs::read_dir(&root).unwrap() {
            let dir = dir.unwrap().path();
            if !dir.is_dir() {
                continue;
            }
            for file in std::fs::read_dir(&dir).unwrap() {
                let path = file.unwrap().path();
                if path.extension().is_none_or(|e| e != "ftl") {
                    continue;
                }
                let source = std::fs::read_to_string(&path).unwrap();
                let resource = parse(&source).unwrap();
                let spans = entry_spans(&source, &resource).unwrap();
                // The spans are in order, do not overlap, and only blank lines lie between them.
                let mut at = 0;
                for span in &spans {
                    assert!(
                        source[at..span.start].trim().is_empty(),
                        "{}",
                        path.display()
                    );
                    at = span.end;
                }
                assert!(source[at..].trim().is_empty());
                // Each entry re-serialised on its own parses back to the same entry.
                for (entry, span) in resource.body.iter().zip(&spans) {
                    let alone = parse(&source[span.clone()]).unwrap();
                    assert_eq!(
                        alone.body.len(),
                        1,
                        "{}: {:?}",
                        path.display(),
                        &source[span.clone()]
                    );
                    assert_eq!(&alone.body[0], entry);
                    checked += 1;
                }
            }
        }
        assert!(checked > 1000, "{checked}");
    }
}
