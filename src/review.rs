//! The `review` commands: what is signed off (`status`), files for reviewers (`export`: XLIFF 2.0 or
//! an HTML sheet), and their sign-offs and corrections back (`import`).
//!
//! They work on a locales folder on disk (`./locales`, or `--locales DIR`): that is what a
//! translator changes. The status patients see comes from the texts built into the binary.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use cpt_explain_core::review::{
    self, Kind, Piece, REVIEWS_FILE, Record, Sheet, SheetUnit, State, Unit, UnitStatus,
};
use cpt_explain_core::{Explainer, LocaleFiles, LocaleId, Place, ProcedureCode, ReviewStatus};
use fluent_syntax::ast;
use serde::Serialize;

use crate::args::{
    ListFormat, ReviewExportArgs, ReviewFormat, ReviewImportArgs, ReviewKindArg, ReviewStatusArgs,
};
use crate::handouts::{Outcome, write_atomically};
use crate::{ftl, xliff};

/// The largest XLIFF file `import` reads.
const MAX_IMPORT_BYTES: u64 = 32 * 1024 * 1024;
/// The longest reviewer name or qualification accepted, in characters.
const MAX_NAME_CHARS: usize = 200;

/// A locales folder, read whole.
struct Tree {
    dir: PathBuf,
    files: LocaleFiles,
    explainer: Explainer,
}

impl Tree {
    fn read(dir: &Path) -> anyhow::Result<Tree> {
        let files = read_locales(dir)?;
        let explainer = Explainer::with_locales(&files)
            .with_context(|| format!("reading the texts in {}", dir.display()))?;
        Ok(Tree {
            dir: dir.to_owned(),
            files,
            explainer,
        })
    }

    /// The locale whose tag is exactly `tag`.
    fn locale(&self, tag: &str) -> anyhow::Result<LocaleId> {
        let locales = self.explainer.locales();
        locales.id_of(tag).with_context(|| {
            format!(
                "no locale {tag:?} in {}: the tags are {}",
                self.dir.display(),
                locales.tag_list()
            )
        })
    }

    fn tag(&self, id: LocaleId) -> &str {
        &self.explainer.locales().get(id).info.tag
    }
}

/// Reads `locales.toml` and, in each folder beside it, the `.ftl` files and `reviews.toml`.
fn read_locales(dir: &Path) -> anyhow::Result<LocaleFiles> {
    let table = dir.join("locales.toml");
    if !table.is_file() {
        bail!(
            "no locale table at {}: run this in the repository, or pass --locales DIR",
            table.display()
        );
    }
    let mut files = LocaleFiles::default();
    files.insert(
        "locales.toml",
        fs::read_to_string(&table).with_context(|| format!("reading {}", table.display()))?,
    );
    for entry in fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))? {
        let path = entry?.path();
        let Some(tag) = path.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        if !path.is_dir() {
            continue;
        }
        for file in fs::read_dir(&path)? {
            let file = file?.path();
            let Some(name) = file.file_name().and_then(|n| n.to_str()) else {
                continue;
            };
            if name.ends_with(".ftl") || name == REVIEWS_FILE {
                let text = fs::read_to_string(&file)
                    .with_context(|| format!("reading {}", file.display()))?;
                files.insert(format!("{tag}/{name}"), text);
            }
        }
    }
    Ok(files)
}

/// One locale's files parsed with their comments, and the units in them.
struct Parsed<'t> {
    resources: Vec<(&'t str, ast::Resource<&'t str>)>,
}

impl<'t> Parsed<'t> {
    fn new(files: &'t LocaleFiles, tag: &str) -> anyhow::Result<Parsed<'t>> {
        let resources = files
            .ftl_files(tag)
            .map(|(name, text)| {
                Ok((
                    name,
                    ftl::parse(text).with_context(|| format!("locales/{tag}/{name}"))?,
                ))
            })
            .collect::<anyhow::Result<_>>()?;
        Ok(Parsed { resources })
    }

    fn units(&self) -> Vec<Unit<'_>> {
        review::units(
            self.resources
                .iter()
                .flat_map(|(name, r)| r.body.iter().map(move |e| (*name, e))),
        )
    }
}

/// For each unit: the codes whose explanation shows it, and where.
type WhereUsed = HashMap<String, (BTreeSet<ProcedureCode>, BTreeSet<Place>)>;

fn where_used(explainer: &Explainer, locale: LocaleId) -> anyhow::Result<WhereUsed> {
    let mut out = WhereUsed::new();
    for facts in explainer.catalog().codes() {
        for (unit, place) in explainer.units_shown(facts.code, locale)? {
            let (codes, places) = out.entry(unit).or_default();
            codes.insert(facts.code);
            places.insert(place);
        }
    }
    Ok(out)
}

fn where_used_note(used: Option<&(BTreeSet<ProcedureCode>, BTreeSet<Place>)>) -> String {
    match used {
        None => "Not shown by any explanation.".into(),
        Some((codes, places)) => format!(
            "Shown for {} in: {}.",
            codes
                .iter()
                .map(|c| c.to_string())
                .collect::<Vec<_>>()
                .join(", "),
            places
                .iter()
                .map(|p| p.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

fn kind_of(arg: ReviewKindArg) -> Kind {
    match arg {
        ReviewKindArg::Translation => Kind::Translation,
        ReviewKindArg::Clinical => Kind::Clinical,
    }
}

/// The kind of review asked for must be the one the locale gets.
fn check_kind(tag: &str, kind: Kind) -> anyhow::Result<()> {
    match (Kind::of_locale(tag), kind) {
        (a, b) if a == b => Ok(()),
        (Kind::Clinical, _) => {
            bail!("{tag} is the source: a clinician reviews it, with --kind clinical")
        }
        _ => {
            bail!("--kind clinical is for the English source only; {tag} gets a translation review")
        }
    }
}

// ---------------------------------------------------------------------------------------------
// status

#[derive(Serialize)]
struct LocaleStatus<'a> {
    locale: &'a str,
    kind: Kind,
    units: UnitCounts,
    explanations: BTreeMap<&'static str, usize>,
    stale: Vec<&'a UnitStatus>,
    waiting: Vec<&'a UnitStatus>,
    orphans: &'a [Record],
    /// Units whose own record matches today's text.
    #[serde(skip)]
    signed: BTreeSet<&'a str>,
}

#[derive(Default, Serialize)]
struct UnitCounts {
    reviewed: usize,
    /// Signed off and unchanged, but something they use is not reviewed.
    waiting: usize,
    stale: usize,
    unreviewed: usize,
    total: usize,
}

pub fn status(args: ReviewStatusArgs) -> anyhow::Result<Vec<u8>> {
    let tree = Tree::read(&args.locales.dir)?;
    let locales = tree.explainer.locales();
    let ids: Vec<LocaleId> = match &args.lang {
        Some(tag) => vec![tree.locale(tag)?],
        None => locales
            .all()
            .iter()
            .filter_map(|l| locales.id_of(&l.info.tag))
            .collect(),
    };
    let mut all = Vec::new();
    for id in ids {
        let tag = tree.tag(id);
        let review = tree.explainer.review(id);
        let mut units = UnitCounts::default();
        for s in review.statuses() {
            units.total += 1;
            match s.state {
                _ if s.is_reviewed() => units.reviewed += 1,
                State::Reviewed => units.waiting += 1,
                State::Stale => units.stale += 1,
                State::Unreviewed => units.unreviewed += 1,
            }
        }
        let mut explanations: BTreeMap<&'static str, usize> = [
            ReviewStatus::Reviewed,
            ReviewStatus::PartlyReviewed,
            ReviewStatus::Draft,
        ]
        .iter()
        .map(|s| (s.as_str(), 0))
        .collect();
        let negotiated = tree
            .explainer
            .locales()
            .negotiate_exact(tag)
            .context("negotiating")?;
        for facts in tree.explainer.catalog().codes() {
            let e = tree
                .explainer
                .explain_code(facts.code, negotiated.clone())?;
            *explanations.entry(e.review_status.as_str()).or_default() += 1;
        }
        all.push(LocaleStatus {
            locale: tag,
            kind: Kind::of_locale(tag),
            units,
            explanations,
            stale: review
                .statuses()
                .iter()
                .filter(|s| s.state == State::Stale)
                .collect(),
            waiting: review
                .statuses()
                .iter()
                .filter(|s| s.state == State::Reviewed && !s.is_reviewed())
                .collect(),
            orphans: review.orphans(),
            signed: review
                .statuses()
                .iter()
                .filter(|s| s.state == State::Reviewed)
                .map(|s| s.unit.as_str())
                .collect(),
        });
    }
    Ok(match args.format {
        ListFormat::Json => serde_json::to_string_pretty(&all)? + "\n",
        ListFormat::Text => all.iter().map(status_text).collect(),
    }
    .into_bytes())
}

fn status_text(s: &LocaleStatus) -> String {
    let mut out = String::new();
    let u = &s.units;
    let e = &s.explanations;
    let _ = writeln!(
        out,
        "{} ({} review): {} of {} units reviewed; {} waiting, {} stale, {} unreviewed. Explanations: {} reviewed, {} partly reviewed, {} draft.",
        s.locale,
        s.kind.as_str(),
        u.reviewed,
        u.total,
        u.waiting,
        u.stale,
        u.unreviewed,
        e["reviewed"],
        e["partly-reviewed"],
        e["draft"],
    );
    for unit in &s.stale {
        let what = match (s.kind, unit.english_changed, unit.text_changed) {
            (Kind::Clinical, ..) => "the English changed",
            (_, true, true) => "the English and the translation changed",
            (_, true, false) => "the English changed",
            _ => "the translation changed",
        };
        let by = unit
            .record
            .as_ref()
            .map(|r| format!(" since {} signed it off on {}", r.reviewer, r.date))
            .unwrap_or_default();
        let _ = writeln!(out, "  stale    {}: {what}{by}", unit.unit);
    }
    // Signed-off units held back by something else, by cause: the English they translate, or a unit
    // they use that is itself not signed off (stale or unreviewed). Every unit is in the JSON.
    let english = s.waiting.iter().filter(|u| u.english_pending).count();
    if english > 0 {
        let _ = writeln!(
            out,
            "  waiting  {english} signed-off unit{} wait{} on the clinical review of the English (see `review status --lang en`)",
            if english == 1 { "" } else { "s" },
            if english == 1 { "s" } else { "" },
        );
    }
    let mut causes: BTreeMap<&str, usize> = BTreeMap::new();
    for unit in &s.waiting {
        for dep in &unit.waiting_on {
            if !s.signed.contains(dep.as_str()) {
                *causes.entry(dep).or_default() += 1;
            }
        }
    }
    for (dep, n) in causes {
        let _ = writeln!(
            out,
            "  waiting  {n} signed-off unit{} use{} {dep}, which is not signed off",
            if n == 1 { "" } else { "s" },
            if n == 1 { "s" } else { "" },
        );
    }
    for r in s.orphans {
        let _ = writeln!(
            out,
            "  unused   record for {} ({} review by {} on {}): no such unit, or the wrong kind of review here",
            r.unit,
            r.kind.as_str(),
            r.reviewer,
            r.date
        );
    }
    out
}

// ---------------------------------------------------------------------------------------------
// export

/// Everything an export shows of one unit.
struct ExportedUnit {
    id: String,
    file: String,
    english: Vec<Piece>,
    text: Vec<Piece>,
    notes: Vec<(&'static str, String)>,
    english_fingerprint: Option<String>,
    text_fingerprint: String,
    signed: bool,
}

fn exported_units(tree: &Tree, id: LocaleId) -> anyhow::Result<Vec<ExportedUnit>> {
    let tag = tree.tag(id);
    let kind = Kind::of_locale(tag);
    let parsed = Parsed::new(&tree.files, tag)?;
    let units = parsed.units();
    let english_parsed = Parsed::new(&tree.files, cpt_explain_core::i18n::SOURCE_LOCALE)?;
    let english_units = english_parsed.units();
    let english: HashMap<&str, &Unit> = english_units.iter().map(|u| (u.id.as_str(), u)).collect();
    let review = tree.explainer.review(id);
    let used = where_used(&tree.explainer, id)?;
    let mut out = Vec::new();
    for unit in &units {
        let status = review.status(&unit.id);
        let english_unit = english.get(unit.id.as_str()).copied();
        let mut notes = Vec::new();
        let comment = unit.comment_text();
        if !comment.trim().is_empty() {
            notes.push(("comment", comment));
        }
        notes.push(("location", where_used_note(used.get(&unit.id))));
        if unit.is_term && !unit.attributes.is_empty() {
            let attrs: Vec<String> = unit
                .attributes
                .iter()
                .map(|a| {
                    let text: String = review::pieces(&a.value)
                        .iter()
                        .map(|p| match p {
                            Piece::Text(t) => t.clone(),
                            Piece::Code(c) => c.display.clone(),
                        })
                        .collect();
                    format!(".{} = {}", a.id.name, text)
                })
                .collect();
            notes.push((
                "grammar",
                format!(
                    "Grammar kept with this term, signed with it, never shown: {}",
                    attrs.join("; ")
                ),
            ));
        }
        if english_unit.is_none() {
            notes.push((
                "source",
                "This term exists only in this language: the source shows the translation itself."
                    .into(),
            ));
        }
        if review::pieces(unit.pattern)
            .iter()
            .any(|p| matches!(p, Piece::Code(c) if c.selector))
        {
            notes.push((
                "selector",
                "The text has variants: the words after each [key] mark are one variant. Check each; keep every mark, once, in its place.".into(),
            ));
        }
        if let Some(note) = status.and_then(|s| state_note(s, kind)) {
            notes.push(("review", note));
        }
        let text_fingerprint = unit.fingerprint();
        let english_fingerprint = match kind {
            Kind::Clinical => Some(text_fingerprint.clone()),
            Kind::Translation => english_unit.map(|u| u.fingerprint()),
        };
        out.push(ExportedUnit {
            id: unit.id.clone(),
            file: unit.file.to_owned(),
            english: review::pieces(english_unit.unwrap_or(unit).pattern),
            text: review::pieces(unit.pattern),
            notes,
            english_fingerprint: english_fingerprint.map(|f| f.to_string()),
            text_fingerprint: text_fingerprint.to_string(),
            signed: status.is_some_and(|s| s.state == State::Reviewed),
        });
    }
    Ok(out)
}

/// A note on what the records say, for a unit that has one.
fn state_note(s: &UnitStatus, kind: Kind) -> Option<String> {
    let r = s.record.as_ref()?;
    let who = format!("{} ({}) on {}", r.reviewer, r.qualification, r.date);
    Some(match s.state {
        State::Reviewed => format!("Signed off by {who}."),
        State::Stale => {
            let what = match (s.english_changed, s.text_changed, kind) {
                (true, true, Kind::Translation) => "the English and the translation have changed",
                (true, _, _) | (_, _, Kind::Clinical) => "the English has changed",
                _ => "the translation has changed",
            };
            format!("Signed off by {who}; since then {what}. Check it again.")
        }
        State::Unreviewed => return None,
    })
}

pub fn export(args: ReviewExportArgs) -> anyhow::Result<Outcome> {
    let tree = Tree::read(&args.locales.dir)?;
    let id = tree.locale(&args.lang)?;
    let tag = tree.tag(id);
    let kind = kind_of(args.kind);
    check_kind(tag, kind)?;
    let units = exported_units(&tree, id)?;
    let bytes = match args.format {
        ReviewFormat::Xliff => xliff::write(&xliff::Export {
            locale: tag,
            kind: kind.as_str(),
            notes: vec![instructions(kind)],
            units: units
                .into_iter()
                .map(|u| xliff::ExportUnit {
                    id: u.id,
                    file: u.file,
                    source: u.english,
                    target: u.text,
                    notes: u.notes,
                    english_fingerprint: u.english_fingerprint,
                    text_fingerprint: u.text_fingerprint,
                    signed: u.signed,
                })
                .collect(),
        })?,
        ReviewFormat::Html => {
            let info = &tree.explainer.locales().get(id).info;
            let sheet = Sheet {
                locale: tag.to_owned(),
                language_name: info.name.clone(),
                direction: info.direction,
                kind,
                units: units
                    .into_iter()
                    .map(|u| SheetUnit {
                        id: u.id,
                        file: u.file,
                        english: u.english,
                        text: u.text,
                        notes: u.notes.into_iter().map(|(_, n)| n).collect(),
                        signed: u.signed,
                    })
                    .collect(),
            };
            cpt_explain_html::review_sheet(&sheet)?.into_bytes()
        }
    };
    match args.output {
        Some(path) => {
            write_atomically(&path, &bytes, false)?;
            Ok(Outcome::Written)
        }
        None => Ok(Outcome::Stdout(bytes)),
    }
}

fn instructions(kind: Kind) -> String {
    match kind {
        Kind::Translation => "Check each target against the English source. Correct the target where needed, then set the segment's state to final to sign it off. Leave a unit as it is to leave it unsigned. Placeholders are Fluent code: keep each one.".into(),
        Kind::Clinical => "Check that each English text is medically accurate and clear for patients. Correct the target where needed, then set the segment's state to final to sign it off. Leave a unit as it is to leave it unsigned. Placeholders are Fluent code: keep each one.".into(),
    }
}

// ---------------------------------------------------------------------------------------------
// import

/// A refused import: one line per problem.
#[derive(Debug)]
pub struct Refused {
    pub file: PathBuf,
    pub problems: Vec<String>,
}

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "refused {}: {} problem{}, nothing written",
            self.file.display(),
            self.problems.len(),
            if self.problems.len() == 1 { "" } else { "s" }
        )?;
        for p in &self.problems {
            write!(f, "\n  {p}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Refused {}

/// A unit as the reviewer returned it, checked.
struct Checked<'a> {
    unit: &'a Unit<'a>,
    /// The corrected text's Fluent source, when the reviewer changed it.
    corrected: Option<String>,
    signed: bool,
}

pub fn import(args: ReviewImportArgs) -> anyhow::Result<Vec<u8>> {
    let reviewer = check_name("--reviewer", &args.reviewer)?;
    let qualification = check_name("--qualification", &args.qualification)?;
    let date = match &args.date {
        Some(d) => chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d")
            .ok()
            .filter(|_| d.len() == 10)
            .with_context(|| format!("--date {d:?} is not a date as YYYY-MM-DD"))?,
        None => chrono::Utc::now().date_naive(),
    }
    .format("%Y-%m-%d")
    .to_string();
    let size = fs::metadata(&args.file)
        .with_context(|| format!("reading {}", args.file.display()))?
        .len();
    if size > MAX_IMPORT_BYTES {
        bail!(
            "{} is larger than {} MiB; an export of one locale is far smaller",
            args.file.display(),
            MAX_IMPORT_BYTES / 1024 / 1024
        );
    }
    let text = fs::read_to_string(&args.file)
        .with_context(|| format!("reading {}", args.file.display()))?;
    let file = xliff::read(&text).with_context(|| format!("reading {}", args.file.display()))?;
    let tree = Tree::read(&args.locales.dir)?;
    let refuse = |problems: Vec<String>| Refused {
        file: args.file.clone(),
        problems,
    };
    // The file as a whole: for which locale, and which kind of review.
    if file.src_lang != cpt_explain_core::i18n::SOURCE_LOCALE {
        return Err(refuse(vec![format!(
            "the file's source language is {:?}, not en",
            file.src_lang
        )])
        .into());
    }
    if let Some(wanted) = args.lang.as_ref().filter(|w| **w != file.trg_lang) {
        return Err(refuse(vec![format!(
            "the file is for locale {}, not {wanted}",
            file.trg_lang
        )])
        .into());
    }
    let Some(id) = tree.explainer.locales().id_of(&file.trg_lang) else {
        return Err(refuse(vec![format!(
            "the file is for locale {:?}, which {} does not have (the tags are {})",
            file.trg_lang,
            tree.dir.display(),
            tree.explainer.locales().tag_list()
        )])
        .into());
    };
    let tag = tree.tag(id).to_owned();
    let kind = Kind::of_locale(&tag);
    let asked = args.kind.map(kind_of);
    let in_file = file.kind.as_deref();
    if asked.is_some_and(|k| k != kind) || in_file.is_some_and(|k| k != kind.as_str()) {
        return Err(refuse(vec![format!(
            "the file is a {} review, but {tag} gets a {} review",
            in_file.or(asked.map(Kind::as_str)).unwrap_or("different"),
            kind.as_str()
        )])
        .into());
    }

    let parsed = Parsed::new(&tree.files, &tag)?;
    let units = parsed.units();
    let by_id: HashMap<&str, &Unit> = units.iter().map(|u| (u.id.as_str(), u)).collect();
    let english_parsed = Parsed::new(&tree.files, cpt_explain_core::i18n::SOURCE_LOCALE)?;
    let english_units = english_parsed.units();
    let english: HashMap<&str, &Unit> = english_units.iter().map(|u| (u.id.as_str(), u)).collect();

    let mut problems = Vec::new();
    let mut stale = Vec::new();
    let mut checked = Vec::new();
    let mut seen = BTreeSet::new();
    for u in &file.units {
        if !seen.insert(u.id.as_str()) {
            problems.push(format!("unit {}: appears more than once", u.id));
            continue;
        }
        let Some(unit) = by_id.get(u.id.as_str()).copied() else {
            problems.push(format!("unit {}: no such unit in locales/{tag}", u.id));
            continue;
        };
        let text_now = unit.fingerprint();
        // The English in the file must be today's English.
        let english_unit = match kind {
            Kind::Clinical => Some(unit),
            Kind::Translation => english.get(unit.id.as_str()).copied(),
        };
        if let Some(english_unit) = english_unit {
            let english_now = english_unit.fingerprint();
            let source_matches = review::pieces_to_source(&u.source)
                .ok()
                .and_then(|s| {
                    review::parse_unit_source(&s).ok().map(|p| {
                        review::fingerprint_of(&p, english_unit.attributes, english_unit.is_term)
                    })
                })
                .is_some_and(|f| f == english_now);
            let attribute_matches = u
                .english_fingerprint
                .as_deref()
                .is_none_or(|f| f == english_now.as_str());
            if !source_matches || !attribute_matches {
                stale.push(u.id.clone());
                continue;
            }
        }
        let mut corrected = None;
        match &u.target {
            Some(target) => match check_target(unit, target) {
                Ok(Some(source)) => corrected = Some(source),
                Ok(None) => {}
                Err(problem) => {
                    problems.push(format!("unit {}: {problem}", u.id));
                    continue;
                }
            },
            None if u.signed => {
                problems.push(format!(
                    "unit {}: marked final, but the file has no target for it",
                    u.id
                ));
                continue;
            }
            None => {}
        }
        // A text that changed in locales/ after the export is never overwritten by the older one.
        if corrected.is_some()
            && u.text_fingerprint
                .as_deref()
                .is_some_and(|f| f != text_now.as_str())
        {
            problems.push(format!(
                "unit {}: its text in locales/{tag} changed after this file was exported; export again",
                u.id
            ));
            continue;
        }
        checked.push(Checked {
            unit,
            corrected,
            signed: u.signed,
        });
    }
    if !stale.is_empty() {
        problems.insert(
            0,
            format!(
                "the English of {} unit{} in the file is not today's English (a stale export, or an edited source; export again): {}",
                stale.len(),
                if stale.len() == 1 { "" } else { "s" },
                stale.join(", ")
            ),
        );
    }
    if !problems.is_empty() {
        return Err(refuse(problems).into());
    }

    // Corrections into the .ftl files, each file parsed again to check the result.
    let mut by_file: BTreeMap<&str, Vec<&Checked>> = BTreeMap::new();
    for c in checked.iter().filter(|c| c.corrected.is_some()) {
        by_file.entry(c.unit.file).or_default().push(c);
    }
    let mut new_files = tree.files.clone();
    let mut writes: Vec<(PathBuf, String)> = Vec::new();
    for (name, corrections) in &by_file {
        let path = format!("{tag}/{name}");
        let source = tree.files.get(&path).context("a file went missing")?;
        let patterns = corrections
            .iter()
            .map(|c| {
                let source = c.corrected.as_deref().unwrap_or_default();
                review::parse_unit_source(source)
                    .map(|pattern| ftl::Correction {
                        unit: &c.unit.id,
                        pattern,
                    })
                    .map_err(|e| anyhow::anyhow!("{}: {e}", c.unit.id))
            })
            .collect::<anyhow::Result<Vec<_>>>()?;
        let text = ftl::apply(source, patterns).with_context(|| format!("correcting {path}"))?;
        new_files.insert(path.clone(), text.clone());
        writes.push((tree.dir.join(&path), text));
    }

    // The records: a new one for each unit marked final, unless one already matches it.
    let new_parsed = Parsed::new(&new_files, &tag)?;
    let new_units = new_parsed.units();
    let new_by_id: HashMap<&str, &Unit> = new_units.iter().map(|u| (u.id.as_str(), u)).collect();
    // A clinical import may correct the English itself; a translation import leaves it as it is.
    let english_after = if kind == Kind::Clinical {
        &new_by_id
    } else {
        &english
    };
    let old_review = tree.explainer.review(id);
    let mut records = existing_records(&tree.files, &tag)?;
    let mut signed = 0;
    let mut kept = 0;
    for c in checked.iter().filter(|c| c.signed) {
        let unit = new_by_id
            .get(c.unit.id.as_str())
            .context("a unit went missing")?;
        let already = c.corrected.is_none()
            && old_review
                .status(&c.unit.id)
                .is_some_and(|s| s.state == State::Reviewed);
        if already {
            kept += 1;
            continue;
        }
        let text = unit.fingerprint();
        let english_fingerprint = match kind {
            Kind::Clinical => Some(text.clone()),
            Kind::Translation => english_after
                .get(c.unit.id.as_str())
                .map(|u| u.fingerprint()),
        };
        let record = Record {
            unit: c.unit.id.clone(),
            reviewer: reviewer.clone(),
            qualification: qualification.clone(),
            date: date.clone(),
            kind,
            english_fingerprint,
            text_fingerprint: text,
        };
        match records.iter_mut().find(|r| r.unit == record.unit) {
            Some(old) => *old = record,
            None => records.push(record),
        }
        signed += 1;
    }
    // In the order of the texts; records for units that are gone stay, last.
    let order: HashMap<&str, usize> = new_units
        .iter()
        .enumerate()
        .map(|(i, u)| (u.id.as_str(), i))
        .collect();
    records.sort_by_key(|r| order.get(r.unit.as_str()).copied().unwrap_or(usize::MAX));
    let corrected: Vec<&str> = checked
        .iter()
        .filter(|c| c.corrected.is_some())
        .map(|c| c.unit.id.as_str())
        .collect();
    if signed > 0 {
        let reviews = review::records_to_toml(&records).map_err(anyhow::Error::msg)?;
        let path = format!("{tag}/{REVIEWS_FILE}");
        new_files.insert(path.clone(), reviews.clone());
        writes.push((tree.dir.join(path), reviews));
    }
    if !corrected.is_empty() {
        let path = tree.dir.join(&tag).join("CHANGES.md");
        let mut changes = fs::read_to_string(&path).unwrap_or_default();
        if !changes.is_empty() && !changes.ends_with('\n') {
            changes.push('\n');
        }
        let _ = writeln!(
            changes,
            "\n- {date}: {} review by {reviewer} ({qualification}) corrected {}.",
            kind.as_str(),
            corrected
                .iter()
                .map(|u| format!("`{u}`"))
                .collect::<Vec<_>>()
                .join(", ")
        );
        writes.push((path, changes));
    }

    // The result must load and render every code, or nothing is written.
    let check = Explainer::with_locales(&new_files)
        .context("the corrected texts do not load; nothing written")?;
    let negotiated = check
        .locales()
        .negotiate_exact(&tag)
        .context("negotiating")?;
    for facts in check.catalog().codes() {
        check
            .explain_code(facts.code, negotiated.clone())
            .context("the corrected texts do not render; nothing written")?;
    }
    for (path, text) in &writes {
        write_atomically(path, text.as_bytes(), false)?;
    }
    let not_final = file.units.len() - checked.iter().filter(|c| c.signed).count();
    let mut out = format!(
        "{tag}: {signed} unit{} signed off by {reviewer} on {date}; {kept} already signed off; {not_final} not marked final",
        if signed == 1 { "" } else { "s" }
    );
    if !corrected.is_empty() {
        let _ = write!(
            out,
            "; {} corrected in locales/{tag}: {}",
            corrected.len(),
            corrected.join(", ")
        );
    }
    out.push('\n');
    Ok(out.into_bytes())
}

/// The records in a locale's `reviews.toml` on disk.
fn existing_records(files: &LocaleFiles, tag: &str) -> anyhow::Result<Vec<Record>> {
    match files.get(&format!("{tag}/{REVIEWS_FILE}")) {
        Some(text) => review::parse_records(text)
            .map_err(|e| anyhow::anyhow!("locales/{tag}/{REVIEWS_FILE}: {e}")),
        None => Ok(Vec::new()),
    }
}

/// A name or qualification as it goes into a record: trimmed, not empty, one line, not too long.
fn check_name(option: &str, value: &str) -> anyhow::Result<String> {
    let value = value.trim();
    if value.is_empty() {
        bail!("{option} is empty");
    }
    if value.chars().count() > MAX_NAME_CHARS {
        bail!("{option} is longer than {MAX_NAME_CHARS} characters");
    }
    if let Some(c) = value.chars().find(|c| c.is_control()) {
        bail!("{option} contains the control character U+{:04X}", c as u32);
    }
    Ok(value.to_owned())
}

/// Checks a reviewer's target for `unit`: `Ok(None)` when it is today's text, `Ok(Some(source))`
/// with the corrected text's Fluent source, or the problem.
fn check_target(unit: &Unit, target: &[Piece]) -> Result<Option<String>, String> {
    let source = review::pieces_to_source(target)?;
    let pattern = review::parse_unit_source(&source)?;
    if review::fingerprint_of(&pattern, unit.attributes, unit.is_term) == unit.fingerprint() {
        return Ok(None);
    }
    let (now, then) = (review::shape(unit.pattern), review::shape(&pattern));
    let mut changes = Vec::new();
    let mut compare = |what: &str, prefix: &str, a: &BTreeSet<String>, b: &BTreeSet<String>| {
        for x in a.difference(b) {
            changes.push(format!("drops the {what} {prefix}{x}"));
        }
        for x in b.difference(a) {
            changes.push(format!("adds the {what} {prefix}{x}"));
        }
    };
    compare("variable", "$", &now.variables, &then.variables);
    compare("term", "", &now.terms, &then.terms);
    compare("message reference", "", &now.messages, &then.messages);
    compare("variant", "", &now.keys, &then.keys);
    if !changes.is_empty() {
        return Err(format!(
            "the corrected text {} (placeholders must stay as they are)",
            changes.join(", ")
        ));
    }
    Ok(Some(source))
}
