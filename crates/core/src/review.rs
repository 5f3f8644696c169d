//! Sign-off by qualified reviewers: the units of the texts, their fingerprints, the records kept in
//! `locales/<tag>/reviews.toml`, and the review status worked out from them.
//!
//! A unit is one message value (`code-62324-title`), one attribute (`why-single.item-1`) or one term
//! (`-tube`, with its attributes, which are grammar for selectors and never shown). A [`Record`] says
//! who signed a unit off, with what qualification, when, as which [`Kind`] of review, and the
//! fingerprints of the English unit and of the locale's unit at that moment. Whether a unit is
//! reviewed is never stored: [`Review`] works it out from the records and today's texts, so an edit
//! made after a sign-off shows at once as a stale record.

use std::collections::{BTreeSet, HashMap};
use std::fmt::Write as _;

use fluent_syntax::ast;
use fluent_syntax::parser;
use fluent_syntax::serializer;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::i18n::SOURCE_LOCALE;

/// The name of the records file in each locale folder.
pub const REVIEWS_FILE: &str = "reviews.toml";

/// What a sign-off vouches for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A translation, checked against the English by a qualified medical translator.
    Translation,
    /// The English source, checked by a clinician.
    Clinical,
}

impl Kind {
    /// The kind of review a locale's own units get: clinical for the source locale, translation
    /// for every other.
    pub fn of_locale(tag: &str) -> Kind {
        if tag == SOURCE_LOCALE {
            Kind::Clinical
        } else {
            Kind::Translation
        }
    }

    /// The lowercase name, as in the records.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Translation => "translation",
            Kind::Clinical => "clinical",
        }
    }
}

/// Whether qualified reviewers have checked an explanation (or a locale): worked out from the
/// records, never typed by hand.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReviewStatus {
    /// No unit it shows has been signed off.
    Draft,
    /// Some of the units it shows have been signed off, not all.
    PartlyReviewed,
    /// Every unit it shows has been signed off, and nothing changed since.
    Reviewed,
}

impl ReviewStatus {
    /// The name used in JSON: `draft`, `partly-reviewed` or `reviewed`.
    pub fn as_str(self) -> &'static str {
        match self {
            ReviewStatus::Draft => "draft",
            ReviewStatus::PartlyReviewed => "partly-reviewed",
            ReviewStatus::Reviewed => "reviewed",
        }
    }

    /// The id of the message that tells a reader this status.
    pub(crate) fn message_id(self) -> &'static str {
        match self {
            ReviewStatus::Draft => "review-status-draft",
            ReviewStatus::PartlyReviewed => "review-status-partly",
            ReviewStatus::Reviewed => "review-status-reviewed",
        }
    }
}

/// How many of the units an explanation (or a locale) shows are reviewed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ReviewCounts {
    /// Units reviewed: signed off, unchanged since, and so is everything they depend on.
    pub reviewed: usize,
    /// Units shown.
    pub total: usize,
}

impl ReviewCounts {
    /// `reviewed` when every unit is, `draft` when none is, `partly-reviewed` in between.
    pub fn status(self) -> ReviewStatus {
        if self.reviewed == 0 {
            ReviewStatus::Draft
        } else if self.reviewed >= self.total {
            ReviewStatus::Reviewed
        } else {
            ReviewStatus::PartlyReviewed
        }
    }
}

/// A hash of a unit's Fluent source, as `fluent-syntax` writes it, with runs of whitespace made one
/// space: reformatting a file does not change it, changing a word does. SHA-256, in hex.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Fingerprint(String);

impl Fingerprint {
    /// The hex digits.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    fn is_well_formed(&self) -> bool {
        self.0.len() == 64
            && self
                .0
                .bytes()
                .all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
    }

    fn of(normalised: &str) -> Fingerprint {
        let digest = Sha256::digest(normalised.as_bytes());
        let mut hex = String::with_capacity(64);
        for byte in digest.iter() {
            let _ = write!(hex, "{byte:02x}");
        }
        Fingerprint(hex)
    }
}

impl std::fmt::Display for Fingerprint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// One sign-off: a qualified person checked one unit as it was then.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Record {
    /// The unit: `code-62324-title`, `why-single.item-1` or `-tube`.
    pub unit: String,
    /// Who checked it.
    pub reviewer: String,
    /// Their qualification, in their words ("CCHI CoreCHI-P, Spanish").
    pub qualification: String,
    /// When, as YYYY-MM-DD.
    pub date: String,
    /// A translation checked against the English, or the English checked by a clinician.
    pub kind: Kind,
    /// The English unit's fingerprint when it was signed; none for a term only this locale has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub english_fingerprint: Option<Fingerprint>,
    /// This locale's unit's fingerprint when it was signed (for English, the same as above).
    pub text_fingerprint: Fingerprint,
}

#[derive(Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct RecordsFile {
    #[serde(default)]
    review: Vec<Record>,
}

/// Parses a `reviews.toml`, checking that each unit has one record, that dates are YYYY-MM-DD and
/// that fingerprints are SHA-256 in hex.
pub fn parse_records(text: &str) -> Result<Vec<Record>, String> {
    let file: RecordsFile = toml::from_str(text).map_err(|e| e.to_string())?;
    let mut seen = BTreeSet::new();
    for r in &file.review {
        if !seen.insert(r.unit.as_str()) {
            return Err(format!("{} has more than one record", r.unit));
        }
        if r.reviewer.trim().is_empty() || r.qualification.trim().is_empty() {
            return Err(format!(
                "{}: reviewer and qualification are required",
                r.unit
            ));
        }
        if !is_date(&r.date) {
            return Err(format!("{}: date {:?} is not YYYY-MM-DD", r.unit, r.date));
        }
        let fingerprints = r.english_fingerprint.iter().chain([&r.text_fingerprint]);
        if let Some(bad) = fingerprints.into_iter().find(|f| !f.is_well_formed()) {
            return Err(format!("{}: {bad:?} is not a fingerprint", r.unit));
        }
    }
    Ok(file.review)
}

/// Writes records as a `reviews.toml`, after a comment that says what the file is.
pub fn records_to_toml(records: &[Record]) -> Result<String, String> {
    const HEADER: &str = "\
# Sign-offs of this folder's texts, one per unit, written by `cpt-explain review import`.
# Each record holds fingerprints of the English unit and of this locale's unit as they were when
# signed: a unit whose text changed since shows as stale. Do not edit by hand: the review status
# shown to patients is worked out from these records.

";
    let body = toml::to_string(&RecordsFile {
        review: records.to_vec(),
    })
    .map_err(|e| e.to_string())?;
    Ok(format!("{HEADER}{body}"))
}

fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
}

/// One unit of a locale's texts, borrowed from a parsed `.ftl` file.
#[derive(Clone, Debug)]
pub struct Unit<'a> {
    /// `message`, `message.attribute` or `-term`.
    pub id: String,
    /// The file it is in (`sections.ftl`).
    pub file: &'a str,
    /// Its text (for a term, the value).
    pub pattern: &'a ast::Pattern<&'a str>,
    /// A term's attributes (grammar such as `.gender`): signed with the term, never shown.
    pub attributes: &'a [ast::Attribute<&'a str>],
    /// The comment above the message or term (for an attribute, its message's), when the file was
    /// parsed with comments.
    pub comment: Option<&'a ast::Comment<&'a str>>,
    /// True for a term.
    pub is_term: bool,
}

impl Unit<'_> {
    /// The fingerprint of the unit as it is now.
    pub fn fingerprint(&self) -> Fingerprint {
        let name = "unit";
        let entry = if self.is_term {
            ast::Entry::Term(ast::Term {
                id: ast::Identifier { name },
                value: self.pattern.clone(),
                attributes: self.attributes.to_vec(),
                comment: None,
            })
        } else {
            ast::Entry::Message(ast::Message {
                id: ast::Identifier { name },
                value: Some(self.pattern.clone()),
                attributes: Vec::new(),
                comment: None,
            })
        };
        let source = serializer::serialize(&ast::Resource { body: vec![entry] });
        Fingerprint::of(&normalise_whitespace(&source))
    }

    /// The units this one uses: terms (`-tube`) and messages (`other` or `other.attr`).
    pub fn dependencies(&self) -> Vec<String> {
        let mut deps = BTreeSet::new();
        walk_pattern(self.pattern, &mut |e| reference(e, &mut deps));
        for attr in self.attributes {
            walk_pattern(&attr.value, &mut |e| reference(e, &mut deps));
        }
        deps.into_iter().collect()
    }

    /// The comment's lines joined, or an empty string.
    pub fn comment_text(&self) -> String {
        self.comment
            .map(|c| c.content.join("\n"))
            .unwrap_or_default()
    }
}

/// Runs of Fluent's own whitespace (space, tab, line breaks) as one space, trimmed. Other spaces
/// (a no-break space before French punctuation) are text and count.
fn normalise_whitespace(source: &str) -> String {
    source
        .split([' ', '\t', '\n', '\r'])
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The units of one locale, from its files' entries (file name, entry), in file and entry order.
pub fn units<'a>(
    entries: impl IntoIterator<Item = (&'a str, &'a ast::Entry<&'a str>)>,
) -> Vec<Unit<'a>> {
    let mut out = Vec::new();
    for (file, entry) in entries {
        match entry {
            ast::Entry::Message(m) => {
                if let Some(value) = &m.value {
                    out.push(Unit {
                        id: m.id.name.to_owned(),
                        file,
                        pattern: value,
                        attributes: &[],
                        comment: m.comment.as_ref(),
                        is_term: false,
                    });
                }
                for a in &m.attributes {
                    out.push(Unit {
                        id: format!("{}.{}", m.id.name, a.id.name),
                        file,
                        pattern: &a.value,
                        attributes: &[],
                        comment: m.comment.as_ref(),
                        is_term: false,
                    });
                }
            }
            ast::Entry::Term(t) => out.push(Unit {
                id: format!("-{}", t.id.name),
                file,
                pattern: &t.value,
                attributes: &t.attributes,
                comment: t.comment.as_ref(),
                is_term: true,
            }),
            _ => {}
        }
    }
    out
}

/// Calls `visit` on every inline expression in `pattern`, selectors and variants included.
fn walk_pattern<'p>(
    pattern: &'p ast::Pattern<&'p str>,
    visit: &mut dyn FnMut(&'p ast::InlineExpression<&'p str>),
) {
    for el in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            walk_expression(expression, visit);
        }
    }
}

fn walk_expression<'p>(
    e: &'p ast::Expression<&'p str>,
    visit: &mut dyn FnMut(&'p ast::InlineExpression<&'p str>),
) {
    match e {
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, visit);
            for v in variants {
                walk_pattern(&v.value, visit);
            }
        }
        ast::Expression::Inline(i) => walk_inline(i, visit),
    }
}

fn walk_inline<'p>(
    i: &'p ast::InlineExpression<&'p str>,
    visit: &mut dyn FnMut(&'p ast::InlineExpression<&'p str>),
) {
    visit(i);
    match i {
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, visit),
        ast::InlineExpression::FunctionReference { arguments, .. }
        | ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for a in &arguments.positional {
                walk_inline(a, visit);
            }
            for a in &arguments.named {
                walk_inline(&a.value, visit);
            }
        }
        _ => {}
    }
}

fn reference(e: &ast::InlineExpression<&str>, deps: &mut BTreeSet<String>) {
    match e {
        ast::InlineExpression::TermReference { id, .. } => {
            deps.insert(format!("-{}", id.name));
        }
        ast::InlineExpression::MessageReference { id, attribute } => {
            deps.insert(match attribute {
                Some(a) => format!("{}.{}", id.name, a.name),
                None => id.name.to_owned(),
            });
        }
        _ => {}
    }
}

/// What a unit's own record says of today's texts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum State {
    /// A record matches both of today's fingerprints.
    Reviewed,
    /// A record exists, but the English or this locale's text changed since.
    Stale,
    /// No record.
    Unreviewed,
}

/// The review status of one unit of one locale.
#[derive(Clone, Debug, Serialize)]
pub struct UnitStatus {
    /// The unit.
    pub unit: String,
    /// What its own record says.
    pub state: State,
    /// For a stale unit: the English changed since it was signed.
    pub english_changed: bool,
    /// For a stale unit: this locale's text changed since it was signed.
    pub text_changed: bool,
    /// Units it uses (terms, messages) that are not reviewed.
    pub waiting_on: Vec<String>,
    /// For a translation: the English it translates is not clinically reviewed.
    pub english_pending: bool,
    /// Its record, if any.
    pub record: Option<Record>,
    #[serde(skip)]
    dependencies: Vec<String>,
    #[serde(skip)]
    has_english: bool,
}

impl UnitStatus {
    /// Reviewed: its own record matches today's texts, and everything it depends on is reviewed
    /// (the terms it uses; for a translation, the English clinically).
    pub fn is_reviewed(&self) -> bool {
        self.state == State::Reviewed && self.waiting_on.is_empty() && !self.english_pending
    }

    /// True when the unit has an English counterpart (false for a term only this locale has).
    pub fn has_english(&self) -> bool {
        self.has_english
    }
}

/// The review status of every unit of one locale, worked out from its records and today's texts.
#[derive(Clone, Debug, Default)]
pub struct Review {
    statuses: Vec<UnitStatus>,
    index: HashMap<String, usize>,
    /// For each unit, the units it uses that exist, by index.
    dependencies: Vec<Vec<usize>>,
    orphans: Vec<Record>,
}

impl Review {
    /// Works out the status of `units` from `records`. For a translation, `english` is the English
    /// units and their review; for English itself, `None`. Fingerprints are made only for units
    /// that have a record: a locale without records costs no hashing.
    pub fn new(units: &[Unit], records: &[Record], english: Option<(&[Unit], &Review)>) -> Review {
        let kind = if english.is_some() {
            Kind::Translation
        } else {
            Kind::Clinical
        };
        let english_units: HashMap<&str, &Unit> = english
            .map(|(u, _)| u.iter().map(|u| (u.id.as_str(), u)).collect())
            .unwrap_or_default();
        let by_unit: HashMap<&str, &Record> = records
            .iter()
            .filter(|r| r.kind == kind)
            .map(|r| (r.unit.as_str(), r))
            .collect();
        let mut statuses = Vec::with_capacity(units.len());
        let mut index = HashMap::with_capacity(units.len());
        for unit in units {
            let english_unit = english_units.get(unit.id.as_str());
            let record = by_unit.get(unit.id.as_str()).copied();
            let (state, english_changed, text_changed) = match record {
                None => (State::Unreviewed, false, false),
                Some(r) => {
                    let text = unit.fingerprint();
                    let english_now = match english {
                        Some(_) => english_unit.map(|u| u.fingerprint()),
                        None => Some(text.clone()),
                    };
                    let english_changed = r.english_fingerprint != english_now;
                    let text_changed = r.text_fingerprint != text;
                    let state = if english_changed || text_changed {
                        State::Stale
                    } else {
                        State::Reviewed
                    };
                    (state, english_changed, text_changed)
                }
            };
            index.insert(unit.id.clone(), statuses.len());
            statuses.push(UnitStatus {
                unit: unit.id.clone(),
                state,
                english_changed,
                text_changed,
                waiting_on: Vec::new(),
                english_pending: english.is_some_and(|(_, review)| {
                    english_unit.is_some_and(|u| !review.is_reviewed(&u.id))
                }),
                record: record.cloned(),
                dependencies: unit.dependencies(),
                has_english: english.is_none() || english_unit.is_some(),
            });
        }
        let orphans = records
            .iter()
            .filter(|r| r.kind != kind || !index.contains_key(&r.unit))
            .cloned()
            .collect();
        let dependencies = statuses
            .iter()
            .map(|s| {
                s.dependencies
                    .iter()
                    .filter_map(|d| index.get(d).copied())
                    .collect()
            })
            .collect();
        let mut review = Review {
            statuses,
            index,
            dependencies,
            orphans,
        };
        review.propagate();
        review
    }

    /// Fills `waiting_on`: a unit is reviewed only if the units it uses are, all the way down.
    fn propagate(&mut self) {
        #[derive(Clone, Copy, PartialEq)]
        enum Mark {
            New,
            Busy,
            Done(bool),
        }
        fn visit(i: usize, review: &mut Review, marks: &mut [Mark]) -> bool {
            match marks[i] {
                Mark::Done(ok) => return ok,
                // A cycle: Fluent refuses to render it, so nothing in it is reviewed.
                Mark::Busy => return false,
                Mark::New => {}
            }
            marks[i] = Mark::Busy;
            let deps = review.statuses[i].dependencies.clone();
            let mut waiting = Vec::new();
            for dep in deps {
                let ok = match review.index.get(&dep).copied() {
                    Some(j) => visit(j, review, marks),
                    None => false,
                };
                if !ok {
                    waiting.push(dep);
                }
            }
            let status = &mut review.statuses[i];
            status.waiting_on = waiting;
            let ok = status.is_reviewed();
            marks[i] = Mark::Done(ok);
            ok
        }
        let mut marks = vec![Mark::New; self.statuses.len()];
        for i in 0..self.statuses.len() {
            visit(i, self, &mut marks);
        }
    }

    /// The status of every unit, in file and entry order.
    pub fn statuses(&self) -> &[UnitStatus] {
        &self.statuses
    }

    /// The status of unit `id`.
    pub fn status(&self, id: &str) -> Option<&UnitStatus> {
        self.index.get(id).map(|&i| &self.statuses[i])
    }

    /// True when unit `id` exists and is reviewed, with everything it depends on.
    pub fn is_reviewed(&self, id: &str) -> bool {
        self.status(id).is_some_and(UnitStatus::is_reviewed)
    }

    /// Records that match no unit of this locale, or are of the wrong kind for it.
    pub fn orphans(&self) -> &[Record] {
        &self.orphans
    }

    /// The units `ids` name and every unit they use, all the way down, as indices into
    /// [`Review::statuses`], in order. Ids of no unit are left out.
    pub fn with_dependencies<'a>(&self, ids: impl IntoIterator<Item = &'a str>) -> Vec<usize> {
        let mut seen = vec![false; self.statuses.len()];
        let mut todo: Vec<usize> = ids
            .into_iter()
            .filter_map(|id| self.index.get(id).copied())
            .collect();
        while let Some(i) = todo.pop() {
            if std::mem::replace(&mut seen[i], true) {
                continue;
            }
            todo.extend(self.dependencies[i].iter().filter(|&&j| !seen[j]));
        }
        seen.iter()
            .enumerate()
            .filter_map(|(i, &s)| s.then_some(i))
            .collect()
    }

    /// How many of the units at `indices` (into [`Review::statuses`]) are reviewed.
    pub fn count(&self, indices: &[usize]) -> ReviewCounts {
        ReviewCounts {
            reviewed: indices
                .iter()
                .filter(|&&i| self.statuses.get(i).is_some_and(UnitStatus::is_reviewed))
                .count(),
            total: indices.len(),
        }
    }
}

/// A part of a unit's text as a reviewer sees it: words to check, or Fluent syntax to keep.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Piece {
    /// Words.
    Text(String),
    /// Fluent syntax that must stay as it is.
    Code(Code),
}

/// Fluent syntax inside a unit's text: a placeable (`{ $code }`, `{ -tube }`), or a part of a
/// selector (`{ $region -> [upper]`, `*[lower]`, `}`), which must also stay in its place.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Code {
    /// The Fluent source, exactly (a selector's parts hold the line breaks Fluent needs).
    pub source: String,
    /// The same on one line, for display.
    pub display: String,
    /// True for a part of a selector: it cannot be copied, deleted or moved.
    pub selector: bool,
}

/// A unit's text as words and codes, in order. Selectors are kept whole, their parts as codes, so
/// that each variant's words can be checked between them.
pub fn pieces(pattern: &ast::Pattern<&str>) -> Vec<Piece> {
    let mut out = Vec::new();
    push_pattern(pattern, &mut out);
    // Adjacent words as one piece.
    let mut merged: Vec<Piece> = Vec::with_capacity(out.len());
    for piece in out {
        match (merged.last_mut(), piece) {
            (Some(Piece::Text(a)), Piece::Text(b)) => a.push_str(&b),
            (_, piece) => merged.push(piece),
        }
    }
    merged
}

fn push_pattern(pattern: &ast::Pattern<&str>, out: &mut Vec<Piece>) {
    for el in &pattern.elements {
        match el {
            ast::PatternElement::TextElement { value } => {
                out.push(Piece::Text((*value).to_owned()))
            }
            ast::PatternElement::Placeable {
                expression: ast::Expression::Inline(inline),
            } => {
                let source = inline_source(inline);
                out.push(Piece::Code(Code {
                    display: source.clone(),
                    source,
                    selector: false,
                }));
            }
            ast::PatternElement::Placeable {
                expression: ast::Expression::Select { selector, variants },
            } => {
                let selector = inline_source(selector);
                let selector = selector
                    .strip_prefix("{ ")
                    .and_then(|s| s.strip_suffix(" }"))
                    .unwrap_or(&selector);
                for (i, v) in variants.iter().enumerate() {
                    let key = match &v.key {
                        ast::VariantKey::Identifier { name } => name,
                        ast::VariantKey::NumberLiteral { value } => value,
                    };
                    let key = format!("{}[{key}]", if v.default { "*" } else { "" });
                    let (source, display) = if i == 0 {
                        (
                            format!("{{ {selector} ->\n{key} "),
                            format!("{{ {selector} -> {key}"),
                        )
                    } else {
                        (format!("\n{key} "), key)
                    };
                    out.push(Piece::Code(Code {
                        source,
                        display,
                        selector: true,
                    }));
                    push_pattern(&v.value, out);
                }
                out.push(Piece::Code(Code {
                    source: "\n}".into(),
                    display: "}".into(),
                    selector: true,
                }));
            }
        }
    }
}

/// `{ $code }`, `{ -tube(form: "definite") }`: one placeable as Fluent writes it.
fn inline_source(e: &ast::InlineExpression<&str>) -> String {
    let message = ast::Message {
        id: ast::Identifier { name: "x" },
        value: Some(ast::Pattern {
            elements: vec![ast::PatternElement::Placeable {
                expression: ast::Expression::Inline(e.clone()),
            }],
        }),
        attributes: Vec::new(),
        comment: None,
    };
    let source = serializer::serialize(&ast::Resource {
        body: vec![ast::Entry::Message(message)],
    });
    let source = source.trim_end();
    source.strip_prefix("x = ").unwrap_or(source).to_owned()
}

/// The Fluent source of a message `unit` whose value is `pieces`: the way back from
/// [`pieces`], for a reviewer's corrected text. Words are taken as words: a brace in them is
/// refused (braces are never shown to a reader; Fluent's are the codes), and a word that would
/// start a line with `[`, `*` or `.` is written so that Fluent reads it as a word.
pub fn pieces_to_source(pieces: &[Piece]) -> Result<String, String> {
    let mut body = String::new();
    for piece in pieces {
        match piece {
            Piece::Code(code) => body.push_str(&code.source),
            Piece::Text(text) => {
                if text.contains(['{', '}']) {
                    return Err(
                        "the text has a { or }: keep Fluent's placeables as they are and use no braces in words"
                            .into(),
                    );
                }
                for (i, line) in text.split('\n').enumerate() {
                    if i > 0 {
                        body.push('\n');
                    }
                    let at_line_start = body.is_empty() || body.ends_with('\n');
                    let words = line.trim_start_matches([' ', '\t']);
                    match words.chars().next() {
                        Some(c @ ('[' | '*' | '.')) if at_line_start => {
                            let _ = write!(body, "{{ \"{c}\" }}{}", &words[1..]);
                        }
                        _ => body.push_str(line),
                    }
                }
            }
        }
    }
    let mut source = String::from("unit =\n");
    for line in body.split('\n') {
        source.push_str("    ");
        source.push_str(line);
        source.push('\n');
    }
    Ok(source)
}

/// Parses the source [`pieces_to_source`] made: one message `unit` with a value and nothing else.
pub fn parse_unit_source(source: &str) -> Result<ast::Pattern<&str>, String> {
    let resource = parser::parse(source).map_err(|(_, errors)| {
        errors
            .first()
            .map(|e| format!("it is not valid Fluent: {}", e.kind))
            .unwrap_or_else(|| "it is not valid Fluent".into())
    })?;
    let mut body = resource.body.into_iter();
    match (body.next(), body.next()) {
        (Some(ast::Entry::Message(m)), None) if m.attributes.is_empty() => {
            m.value.ok_or_else(|| "it is empty".to_owned())
        }
        _ => Err("it is not one Fluent text".into()),
    }
}

/// The fingerprint a unit would have with text `pattern` (and a term's `attributes`).
pub fn fingerprint_of(
    pattern: &ast::Pattern<&str>,
    attributes: &[ast::Attribute<&str>],
    is_term: bool,
) -> Fingerprint {
    Unit {
        id: String::new(),
        file: "",
        pattern,
        attributes,
        comment: None,
        is_term,
    }
    .fingerprint()
}

/// What a text exposes to the program, which a reviewer must not change: the variables, terms and
/// messages it uses and the keys of its selectors.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Shape {
    /// Variables (`$code`), without the `$`.
    pub variables: BTreeSet<String>,
    /// Terms (`-tube`), with the `-`.
    pub terms: BTreeSet<String>,
    /// Messages referred to.
    pub messages: BTreeSet<String>,
    /// Selector keys (`[upper]`, `*[lower]`).
    pub keys: BTreeSet<String>,
}

/// The shape of `pattern`.
pub fn shape(pattern: &ast::Pattern<&str>) -> Shape {
    let mut s = Shape::default();
    let mut deps = BTreeSet::new();
    walk_pattern(pattern, &mut |e| {
        if let ast::InlineExpression::VariableReference { id } = e {
            s.variables.insert(id.name.to_owned());
        }
        reference(e, &mut deps);
    });
    for dep in deps {
        if dep.starts_with('-') {
            s.terms.insert(dep);
        } else {
            s.messages.insert(dep);
        }
    }
    collect_keys(pattern, &mut s.keys);
    s
}

fn collect_keys(pattern: &ast::Pattern<&str>, keys: &mut BTreeSet<String>) {
    for el in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            collect_keys_expression(expression, keys);
        }
    }
}

fn collect_keys_expression(e: &ast::Expression<&str>, keys: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { variants, .. } => {
            for v in variants {
                let key = match &v.key {
                    ast::VariantKey::Identifier { name } => name,
                    ast::VariantKey::NumberLiteral { value } => value,
                };
                keys.insert(format!("{}[{key}]", if v.default { "*" } else { "" }));
                collect_keys(&v.value, keys);
            }
        }
        ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
            collect_keys_expression(expression, keys)
        }
        ast::Expression::Inline(_) => {}
    }
}

/// A bilingual sheet for reviewers who work on paper: the value `cpt-explain-html` renders.
#[derive(Clone, Debug, Serialize)]
pub struct Sheet {
    /// The locale reviewed.
    pub locale: String,
    /// Its name in its own script.
    pub language_name: String,
    /// Its writing direction (`ltr`, `rtl`), for the translation column.
    pub direction: crate::Direction,
    /// Translation or clinical review.
    pub kind: Kind,
    /// The units, in file order.
    pub units: Vec<SheetUnit>,
}

/// One unit on a [`Sheet`].
#[derive(Clone, Debug, Serialize)]
pub struct SheetUnit {
    /// The unit id.
    pub id: String,
    /// The file it is in.
    pub file: String,
    /// The English, in pieces.
    pub english: Vec<Piece>,
    /// The text under review (for a clinical review, the English again), in pieces.
    pub text: Vec<Piece>,
    /// Notes: the comment from the `.ftl` file, where the unit is used, its review state.
    pub notes: Vec<String>,
    /// True when a record already matches today's text.
    pub signed: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(source: &str) -> ast::Resource<&str> {
        parser::parse(source).unwrap()
    }

    fn fingerprints(source: &str) -> Vec<(String, Fingerprint)> {
        let resource = parse(source);
        units(resource.body.iter().map(|e| ("x.ftl", e)))
            .iter()
            .map(|u| (u.id.clone(), u.fingerprint()))
            .collect()
    }

    #[test]
    fn reformatting_is_not_a_change_and_a_word_is() {
        let a = fingerprints("hello = Hello { $name }, welcome.\n-t = tube\n    .gender = m\n");
        let b = fingerprints(
            "# A comment\nhello =\n    Hello {$name},\n    welcome.\n\n-t =   tube\n  .gender   = m\n",
        );
        assert_eq!(a, b);
        let c = fingerprints("hello = Hello { $name }, welcome!\n-t = tube\n    .gender = f\n");
        assert_ne!(a[0].1, c[0].1);
        assert_ne!(a[1].1, c[1].1, "a term's attributes are signed with it");
        // A no-break space is text, not layout.
        let d =
            fingerprints("hello = Hello { $name },\u{a0}welcome.\n-t = tube\n    .gender = m\n");
        assert_ne!(a[0].1, d[0].1);
    }

    #[test]
    fn pieces_go_back_to_the_same_text() {
        let source = "m = { $region ->\n        [upper] The { -tube } in the { -upper-spine }.\n       *[lower] A [plain] word. { $code }\n    } then *more*\n";
        let resource = parse(source);
        let unit = &units(resource.body.iter().map(|e| ("x.ftl", e)))[0];
        let p = pieces(unit.pattern);
        assert!(
            matches!(&p[0], Piece::Code(c) if c.selector && c.display == "{ $region -> [upper]")
        );
        let back = pieces_to_source(&p).unwrap();
        let pattern = parse_unit_source(&back).unwrap();
        assert_eq!(fingerprint_of(&pattern, &[], false), unit.fingerprint());
        assert_eq!(shape(&pattern), shape(unit.pattern));
        // Words that would start a line with Fluent's syntax stay words.
        let p = vec![Piece::Text("[1] first\n*second\n.third".into())];
        let back = pieces_to_source(&p).unwrap();
        let pattern = parse_unit_source(&back).unwrap();
        let text: String = pieces(&pattern)
            .iter()
            .map(|p| match p {
                Piece::Text(t) => t.clone(),
                Piece::Code(c) => c.source.trim_matches(['{', '}', ' ', '"']).to_owned(),
            })
            .collect();
        assert_eq!(text, "[1] first\n*second\n.third");
        assert!(pieces_to_source(&[Piece::Text("a { $b }".into())]).is_err());
    }

    #[test]
    fn status_follows_the_records_and_the_terms() {
        let en_src = "-t = tube\nm = The { -t }.\nn = Plain.\n";
        let es_src = "-t = tubo\nm = El { -t }.\nn = Sencillo.\n";
        let (en_res, es_res) = (parse(en_src), parse(es_src));
        let en = units(en_res.body.iter().map(|e| ("x.ftl", e)));
        let es = units(es_res.body.iter().map(|e| ("x.ftl", e)));
        let sign = |u: &Unit, english: &Unit, kind| Record {
            unit: u.id.clone(),
            reviewer: "R".into(),
            qualification: "Q".into(),
            date: "2026-12-01".into(),
            kind,
            english_fingerprint: Some(english.fingerprint()),
            text_fingerprint: u.fingerprint(),
        };
        let en_records: Vec<_> = en.iter().map(|u| sign(u, u, Kind::Clinical)).collect();
        let en_review = Review::new(&en, &en_records, None);
        assert!(en.iter().all(|u| en_review.is_reviewed(&u.id)));
        // The Spanish message is signed, its term is not: it waits on the term.
        let es_records = vec![sign(&es[1], &en[1], Kind::Translation)];
        let es_review = Review::new(&es, &es_records, Some((&en, &en_review)));
        let m = es_review.status("m").unwrap();
        assert_eq!(m.state, State::Reviewed);
        assert_eq!(m.waiting_on, ["-t"]);
        assert!(!m.is_reviewed());
        assert_eq!(es_review.status("n").unwrap().state, State::Unreviewed);
        // Everything signed: reviewed; then the English changes, and the records are stale.
        let es_records: Vec<_> = es
            .iter()
            .zip(&en)
            .map(|(u, e)| sign(u, e, Kind::Translation))
            .collect();
        let es_review = Review::new(&es, &es_records, Some((&en, &en_review)));
        assert!(es.iter().all(|u| es_review.is_reviewed(&u.id)));
        let changed = parse("-t = soft tube\nm = The { -t }.\nn = Plain.\n");
        let en2 = units(changed.body.iter().map(|e| ("x.ftl", e)));
        let en2_review = Review::new(&en2, &en_records, None);
        assert_eq!(en2_review.status("-t").unwrap().state, State::Stale);
        assert!(!en2_review.is_reviewed("m"), "m uses -t");
        let es2 = Review::new(&es, &es_records, Some((&en2, &en2_review)));
        let t = es2.status("-t").unwrap();
        assert_eq!(
            (t.state, t.english_changed, t.text_changed),
            (State::Stale, true, false)
        );
        let m = es2.status("m").unwrap();
        assert_eq!(m.state, State::Reviewed);
        assert!(m.english_pending && !m.is_reviewed());
        assert!(es2.is_reviewed("n"));
        let all = es2.with_dependencies(["m", "n", "no-such-unit"]);
        let ids: Vec<&str> = all
            .iter()
            .map(|&i| es2.statuses()[i].unit.as_str())
            .collect();
        assert_eq!(ids, ["-t", "m", "n"]);
        assert_eq!(
            es2.count(&all),
            ReviewCounts {
                reviewed: 1,
                total: 3
            }
        );
        assert_eq!(es2.count(&all).status(), ReviewStatus::PartlyReviewed);
    }

    #[test]
    fn records_round_trip_and_bad_ones_are_refused() {
        let record = Record {
            unit: "code-62324-title".into(),
            reviewer: "Ana \"A\" Pérez".into(),
            qualification: "CCHI CoreCHI-P, Spanish".into(),
            date: "2026-12-01".into(),
            kind: Kind::Translation,
            english_fingerprint: Some(Fingerprint::of("a")),
            text_fingerprint: Fingerprint::of("b"),
        };
        let text = records_to_toml(std::slice::from_ref(&record)).unwrap();
        assert!(text.starts_with("# Sign-offs"), "{text}");
        assert_eq!(parse_records(&text).unwrap(), [record]);
        assert_eq!(parse_records("").unwrap(), []);
        for bad in [
            "[[review]]\nunit = \"a\"\nreviewer = \"R\"\nqualification = \"Q\"\ndate = \"2026-1-1\"\nkind = \"translation\"\ntext_fingerprint = \"00\"\n",
            "[[review]]\nunit = \"a\"\nreviewer = \"R\"\nqualification = \"Q\"\ndate = \"2026-01-01\"\nkind = \"translation\"\ntext_fingerprint = \"00\"\n",
            "[[review]]\nunit = \"a\"\nreviewer = \"R\"\nqualification = \"Q\"\ndate = \"2026-01-01\"\nkind = \"other\"\ntext_fingerprint = \"00\"\n",
            "[[review]]\nunit = \"a\"\nstatus = \"reviewed\"\n",
        ] {
            assert!(parse_records(bad).is_err(), "{bad}");
        }
    }
}
