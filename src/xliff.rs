//! XLIFF 2.0 for the review commands: one file per locale, one `<unit>` per unit of text, written with
//! quick-xml and read back with roxmltree.
//!
//! Fluent syntax inside a text is never text to a translation tool: each placeable (`{ $code }`,
//! `{ -tube }`) and each part of a selector (`{ $region -> [upper]`, `*[lower]`, `}`) is a `<ph>`
//! whose `disp` shows it and whose `<data>` in `<originalData>` holds it exactly. A selector stays
//! whole in its unit, its parts marked so that they are neither copied nor deleted; the words of
//! each variant sit between them.

use std::collections::HashMap;

use anyhow::{Context, bail};
use cpt_explain_core::review::{Code, Piece};
use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};

/// The XLIFF 2.0 namespace.
pub const XLIFF_NS: &str = "urn:oasis:names:tc:xliff:document:2.0";
/// Our namespace, for the fingerprints each unit carries and the kind of review.
pub const CPT_NS: &str = "urn:cpt-explain:review:1";

/// What an export holds.
pub struct Export<'a> {
    /// The locale reviewed (`es`; `en` for a clinical review).
    pub locale: &'a str,
    /// `translation` or `clinical`.
    pub kind: &'a str,
    /// Notes for the whole file.
    pub notes: Vec<String>,
    /// The units, in file order.
    pub units: Vec<ExportUnit>,
}

/// One unit of an export.
pub struct ExportUnit {
    pub id: String,
    /// The `.ftl` file it is in: units are grouped by file.
    pub file: String,
    pub source: Vec<Piece>,
    pub target: Vec<Piece>,
    /// (category, text).
    pub notes: Vec<(&'static str, String)>,
    pub english_fingerprint: Option<String>,
    pub text_fingerprint: String,
    /// `final` when a record matches today's text, else `translated`.
    pub signed: bool,
}

type XmlResult = Result<(), quick_xml::Error>;

/// Writes `export` as XLIFF 2.0.
pub fn write(export: &Export) -> anyhow::Result<Vec<u8>> {
    let mut out = Out {
        w: Writer::new(Vec::new()),
    };
    out.write(export).context("writing XLIFF")?;
    let mut bytes = out.w.into_inner();
    bytes.push(b'\n');
    Ok(bytes)
}

/// A writer that indents between structural elements only: inside `<source>` and `<target>`,
/// whitespace is text, so nothing is added there.
struct Out {
    w: Writer<Vec<u8>>,
}

impl Out {
    fn newline(&mut self, depth: usize) -> XmlResult {
        let indent = format!("\n{}", "  ".repeat(depth));
        self.w.write_event(Event::Text(BytesText::new(&indent)))?;
        Ok(())
    }

    fn start(&mut self, depth: usize, name: &str, attrs: &[(&str, &str)]) -> XmlResult {
        self.newline(depth)?;
        let mut start = BytesStart::new(name);
        for &(k, v) in attrs {
            start.push_attribute((k, v));
        }
        self.w.write_event(Event::Start(start))?;
        Ok(())
    }

    fn end(&mut self, depth: usize, name: &str) -> XmlResult {
        self.newline(depth)?;
        self.w.write_event(Event::End(BytesEnd::new(name)))?;
        Ok(())
    }

    /// `<name attrs>text</name>` on one line.
    fn leaf(&mut self, depth: usize, name: &str, attrs: &[(&str, &str)], text: &str) -> XmlResult {
        self.newline(depth)?;
        let mut start = BytesStart::new(name);
        for &(k, v) in attrs {
            start.push_attribute((k, v));
        }
        self.w.write_event(Event::Start(start))?;
        self.text(text)?;
        self.w.write_event(Event::End(BytesEnd::new(name)))?;
        Ok(())
    }

    /// Text, with characters XML 1.0 cannot hold as `<cp>`.
    fn text(&mut self, text: &str) -> XmlResult {
        let mut rest = text;
        while let Some(i) = rest.find(|c: char| !is_xml_char(c)) {
            let c = rest[i..].chars().next().unwrap_or_default();
            if i > 0 {
                self.w
                    .write_event(Event::Text(BytesText::new(&rest[..i])))?;
            }
            let hex = format!("{:04X}", c as u32);
            let mut cp = BytesStart::new("cp");
            cp.push_attribute(("hex", hex.as_str()));
            self.w.write_event(Event::Empty(cp))?;
            rest = &rest[i + c.len_utf8()..];
        }
        if !rest.is_empty() {
            self.w.write_event(Event::Text(BytesText::new(rest)))?;
        }
        Ok(())
    }

    fn write(&mut self, export: &Export) -> XmlResult {
        self.w
            .write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
        self.newline(0)?;
        let mut root = BytesStart::new("xliff");
        root.push_attribute(("xmlns", XLIFF_NS));
        root.push_attribute(("xmlns:cpt", CPT_NS));
        root.push_attribute(("version", "2.0"));
        root.push_attribute(("srcLang", "en"));
        root.push_attribute(("trgLang", export.locale));
        self.w.write_event(Event::Start(root))?;
        let original = format!("locales/{}", export.locale);
        self.start(
            1,
            "file",
            &[
                ("id", export.locale),
                ("original", &original),
                ("canResegment", "no"),
                ("cpt:kind", export.kind),
            ],
        )?;
        if !export.notes.is_empty() {
            self.start(2, "notes", &[])?;
            for note in &export.notes {
                self.leaf(3, "note", &[("category", "instructions")], note)?;
            }
            self.end(2, "notes")?;
        }
        let mut group: Option<&str> = None;
        for unit in &export.units {
            if group != Some(unit.file.as_str()) {
                if group.is_some() {
                    self.end(2, "group")?;
                }
                self.start(2, "group", &[("id", &unit.file), ("name", &unit.file)])?;
                group = Some(&unit.file);
            }
            self.unit(unit)?;
        }
        if group.is_some() {
            self.end(2, "group")?;
        }
        self.end(1, "file")?;
        self.newline(0)?;
        self.w.write_event(Event::End(BytesEnd::new("xliff")))?;
        Ok(())
    }

    fn unit(&mut self, unit: &ExportUnit) -> XmlResult {
        let mut attrs = vec![("id", unit.id.as_str())];
        if let Some(english) = &unit.english_fingerprint {
            attrs.push(("cpt:english", english));
        }
        attrs.push(("cpt:text", &unit.text_fingerprint));
        self.start(3, "unit", &attrs)?;
        if !unit.notes.is_empty() {
            self.start(4, "notes", &[])?;
            for (category, text) in &unit.notes {
                self.leaf(5, "note", &[("category", category)], text)?;
            }
            self.end(4, "notes")?;
        }
        let codes = Codes::new(&unit.source, &unit.target);
        if !codes.data.is_empty() {
            self.start(4, "originalData", &[])?;
            for (i, source) in codes.data.iter().enumerate() {
                let id = format!("d{}", i + 1);
                self.leaf(5, "data", &[("id", &id)], source)?;
            }
            self.end(4, "originalData")?;
        }
        let state = if unit.signed { "final" } else { "translated" };
        self.start(4, "segment", &[("state", state)])?;
        self.content(5, "source", &unit.source, &codes.source_ids, &codes)?;
        self.content(5, "target", &unit.target, &codes.target_ids, &codes)?;
        self.end(4, "segment")?;
        self.end(3, "unit")?;
        Ok(())
    }

    fn content(
        &mut self,
        depth: usize,
        name: &str,
        pieces: &[Piece],
        ids: &[String],
        codes: &Codes,
    ) -> XmlResult {
        self.newline(depth)?;
        self.w.write_event(Event::Start(BytesStart::new(name)))?;
        let mut ids = ids.iter();
        for piece in pieces {
            match piece {
                Piece::Text(text) => self.text(text)?,
                Piece::Code(code) => {
                    let id = ids.next().map(String::as_str).unwrap_or_default();
                    let data = codes.data_id(&code.source);
                    let mut ph = BytesStart::new("ph");
                    ph.push_attribute(("id", id));
                    ph.push_attribute(("dataRef", data.as_str()));
                    ph.push_attribute(("disp", code.display.as_str()));
                    if code.selector {
                        // A part of a selector: the tool must keep it, once, where it is.
                        ph.push_attribute(("canCopy", "no"));
                    }
                    ph.push_attribute(("canDelete", "no"));
                    self.w.write_event(Event::Empty(ph))?;
                }
            }
        }
        self.w.write_event(Event::End(BytesEnd::new(name)))?;
        Ok(())
    }
}

/// The codes of a unit: each distinct Fluent source once in `<originalData>`, and an id for each
/// code in the source and the target. A target code with the same source as the n-th such code of
/// the source corresponds to it and shares its id; any other gets an id of its own.
struct Codes {
    data: Vec<String>,
    source_ids: Vec<String>,
    target_ids: Vec<String>,
}

impl Codes {
    fn new(source: &[Piece], target: &[Piece]) -> Codes {
        let mut data: Vec<String> = Vec::new();
        let codes = |pieces: &[Piece]| -> Vec<Code> {
            pieces
                .iter()
                .filter_map(|p| match p {
                    Piece::Code(c) => Some(c.clone()),
                    Piece::Text(_) => None,
                })
                .collect()
        };
        let (source, target) = (codes(source), codes(target));
        for c in source.iter().chain(&target) {
            if !data.contains(&c.source) {
                data.push(c.source.clone());
            }
        }
        let mut next = 0;
        let mut by_occurrence: HashMap<(String, usize), String> = HashMap::new();
        let mut seen: HashMap<String, usize> = HashMap::new();
        let mut source_ids = Vec::new();
        for c in &source {
            next += 1;
            let n = seen.entry(c.source.clone()).or_default();
            by_occurrence.insert((c.source.clone(), *n), next.to_string());
            *n += 1;
            source_ids.push(next.to_string());
        }
        let mut seen: HashMap<String, usize> = HashMap::new();
        let mut target_ids = Vec::new();
        for c in &target {
            let n = seen.entry(c.source.clone()).or_default();
            let id = match by_occurrence.get(&(c.source.clone(), *n)) {
                Some(id) => id.clone(),
                None => {
                    next += 1;
                    next.to_string()
                }
            };
            *n += 1;
            target_ids.push(id);
        }
        Codes {
            data,
            source_ids,
            target_ids,
        }
    }

    fn data_id(&self, source: &str) -> String {
        let i = self.data.iter().position(|d| d == source).unwrap_or(0);
        format!("d{}", i + 1)
    }
}

/// XML 1.0's `Char`: what may appear as text (everything else goes out as `<cp>`).
fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// What an XLIFF file a reviewer returns holds.
#[derive(Debug)]
pub struct Import {
    pub src_lang: String,
    pub trg_lang: String,
    /// Our `cpt:kind`, when the file still carries it.
    pub kind: Option<String>,
    pub units: Vec<ImportUnit>,
}

/// One unit of a returned file.
#[derive(Debug)]
pub struct ImportUnit {
    pub id: String,
    pub source: Vec<Piece>,
    /// `None` when the unit has no target.
    pub target: Option<Vec<Piece>>,
    /// Every segment's state is `final`.
    pub signed: bool,
    pub english_fingerprint: Option<String>,
    pub text_fingerprint: Option<String>,
}

/// Reads an XLIFF 2.0 file. No DTD is accepted (roxmltree refuses them), so no entity can expand.
pub fn read(text: &str) -> anyhow::Result<Import> {
    let doc = roxmltree::Document::parse(text).context("it is not well-formed XML")?;
    let root = doc.root_element();
    if root.tag_name().namespace() != Some(XLIFF_NS) || root.tag_name().name() != "xliff" {
        bail!("it is not an XLIFF 2.0 file (no <xliff> in {XLIFF_NS})");
    }
    if !root
        .attribute("version")
        .is_some_and(|v| v.starts_with("2."))
    {
        bail!(
            "it is not an XLIFF 2.0 file (version {:?})",
            root.attribute("version").unwrap_or("")
        );
    }
    let src_lang = root.attribute("srcLang").unwrap_or_default().to_owned();
    let trg_lang = root
        .attribute("trgLang")
        .context("the file names no target language (trgLang)")?
        .to_owned();
    let files: Vec<_> = root.children().filter(|n| is(n, "file")).collect();
    let [file] = files.as_slice() else {
        bail!(
            "the file holds {} <file> elements; one is expected",
            files.len()
        );
    };
    let mut units = Vec::new();
    collect_units(*file, &mut units)?;
    Ok(Import {
        src_lang,
        trg_lang,
        kind: file.attribute((CPT_NS, "kind")).map(str::to_owned),
        units,
    })
}

fn is(node: &roxmltree::Node, name: &str) -> bool {
    node.is_element()
        && node.tag_name().namespace() == Some(XLIFF_NS)
        && node.tag_name().name() == name
}

fn collect_units(parent: roxmltree::Node, out: &mut Vec<ImportUnit>) -> anyhow::Result<()> {
    for node in parent.children() {
        if is(&node, "group") {
            collect_units(node, out)?;
        } else if is(&node, "unit") {
            let id = node.attribute("id").unwrap_or_default().to_owned();
            let unit = read_unit(node, id.clone()).with_context(|| format!("unit {id}"))?;
            out.push(unit);
        }
    }
    Ok(())
}

fn read_unit(node: roxmltree::Node, id: String) -> anyhow::Result<ImportUnit> {
    let mut data = HashMap::new();
    for original in node.children().filter(|n| is(n, "originalData")) {
        for d in original.children().filter(|n| is(n, "data")) {
            let key = d.attribute("id").unwrap_or_default().to_owned();
            data.insert(key, inline_text(d)?);
        }
    }
    let mut source = Vec::new();
    let mut target: Option<Vec<Piece>> = None;
    let mut segments = 0;
    let mut with_target = 0;
    let mut signed = true;
    for part in node
        .children()
        .filter(|n| is(n, "segment") || is(n, "ignorable"))
    {
        let is_segment = is(&part, "segment");
        if is_segment {
            segments += 1;
            signed &= part.attribute("state") == Some("final");
        }
        for child in part.children() {
            if is(&child, "source") {
                read_inline(child, &data, &mut source)?;
            } else if is(&child, "target") {
                if is_segment {
                    with_target += 1;
                }
                read_inline(child, &data, target.get_or_insert_with(Vec::new))?;
            }
        }
    }
    if segments == 0 {
        bail!("it has no <segment>");
    }
    if with_target != 0 && with_target != segments {
        bail!("some of its segments have a target and some do not");
    }
    Ok(ImportUnit {
        id,
        source,
        target,
        signed,
        english_fingerprint: node.attribute((CPT_NS, "english")).map(str::to_owned),
        text_fingerprint: node.attribute((CPT_NS, "text")).map(str::to_owned),
    })
}

/// The text of an element that holds only text and `<cp>`.
fn inline_text(node: roxmltree::Node) -> anyhow::Result<String> {
    let mut out = String::new();
    for child in node.children() {
        if let Some(t) = child.text().filter(|_| child.is_text()) {
            out.push_str(t);
        } else if is(&child, "cp") {
            out.push(code_point(child)?);
        }
    }
    Ok(out)
}

fn code_point(node: roxmltree::Node) -> anyhow::Result<char> {
    let hex = node.attribute("hex").unwrap_or_default();
    u32::from_str_radix(hex, 16)
        .ok()
        .and_then(char::from_u32)
        .with_context(|| format!("<cp hex={hex:?}> is not a character"))
}

/// The pieces of a `<source>` or `<target>`: text, `<cp>`, `<ph>` (its data), and the text inside
/// annotations (`<mrk>`) that tools add. Formatting codes (`<pc>`, `<sc>`, `<ec>`) have no place in
/// our texts.
fn read_inline(
    node: roxmltree::Node,
    data: &HashMap<String, String>,
    out: &mut Vec<Piece>,
) -> anyhow::Result<()> {
    let push_text = |out: &mut Vec<Piece>, t: &str| match out.last_mut() {
        Some(Piece::Text(last)) => last.push_str(t),
        _ => out.push(Piece::Text(t.to_owned())),
    };
    for child in node.children() {
        if child.is_text() {
            push_text(out, child.text().unwrap_or_default());
        } else if is(&child, "cp") {
            push_text(out, &code_point(child)?.to_string());
        } else if is(&child, "ph") {
            let reference = child
                .attribute("dataRef")
                .context("a placeholder (<ph>) lost its dataRef")?;
            let source = data.get(reference).with_context(|| {
                format!("a placeholder refers to {reference:?}, which <originalData> lacks")
            })?;
            out.push(Piece::Code(Code {
                source: source.clone(),
                display: child.attribute("disp").unwrap_or(source).to_owned(),
                selector: false,
            }));
        } else if is(&child, "mrk") {
            read_inline(child, data, out)?;
        } else if is(&child, "sm") || is(&child, "em") {
            // Annotation markers: nothing of the text.
        } else if child.is_element() {
            bail!(
                "<{}> has no place in these texts (only text and <ph> placeholders)",
                child.tag_name().name()
            );
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(source: &str, selector: bool) -> Piece {
        Piece::Code(Code {
            source: source.into(),
            display: source.replace('\n', " ").trim().into(),
            selector,
        })
    }

    #[test]
    fn writes_and_reads_back_the_same_pieces() {
        let source = vec![
            code("{ $region ->\n[upper] ", true),
            Piece::Text("a <b> & \"c\" \u{0001} in the ".into()),
            code("{ -tube }", false),
            code("\n*[lower] ", true),
            Piece::Text("\u{2068}x\u{2069}".into()),
            code("\n}", true),
        ];
        let mut target = source.clone();
        target.push(code("{ -tube(form: \"definite\") }", false));
        let export = Export {
            locale: "es",
            kind: "translation",
            notes: vec!["Mark a unit final".into()],
            units: vec![ExportUnit {
                id: "why-single.item-1".into(),
                file: "sections.ftl".into(),
                source: source.clone(),
                target: target.clone(),
                notes: vec![("comment", "A comment".into())],
                english_fingerprint: Some("ab".into()),
                text_fingerprint: "cd".into(),
                signed: true,
            }],
        };
        let xml = String::from_utf8(write(&export).unwrap()).unwrap();
        assert!(xml.contains(r#"<cp hex="0001"/>"#), "{xml}");
        let back = read(&xml).unwrap();
        assert_eq!(
            (back.src_lang.as_str(), back.trg_lang.as_str()),
            ("en", "es")
        );
        assert_eq!(back.kind.as_deref(), Some("translation"));
        let unit = &back.units[0];
        assert_eq!(unit.id, "why-single.item-1");
        assert!(unit.signed);
        assert_eq!(unit.text_fingerprint.as_deref(), Some("cd"));
        let sources = |pieces: &[Piece]| -> Vec<String> {
            pieces
                .iter()
                .map(|p| match p {
                    Piece::Text(t) => t.clone(),
                    Piece::Code(c) => c.source.clone(),
                })
                .collect()
        };
        assert_eq!(sources(&unit.source), sources(&source));
        assert_eq!(sources(unit.target.as_ref().unwrap()), sources(&target));
    }

    #[test]
    fn refuses_what_is_not_ours_to_read() {
        for bad in [
            "<xliff/>",
            r#"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="1.2" srcLang="en" trgLang="es"/>"#,
            r#"<!DOCTYPE x [<!ENTITY a "aaaa">]><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="es"><file id="f"/></xliff>"#,
            r#"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="es"><file id="f"><unit id="a"><segment><source>x <pc id="1">y</pc></source></segment></unit></file></xliff>"#,
            r#"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="es"><file id="f"><unit id="a"><segment><source>x <ph id="1" dataRef="d9"/></source></segment></unit></file></xliff>"#,
        ] {
            assert!(read(bad).is_err(), "{bad}");
        }
    }
}
