//! The picture of where: what a schematic side view of the spine shows for one code, as a small
//! model that renderers draw (the SVG template lives in `cpt-explain-html`).
//!
//! Everything it shows follows from the catalogue row: `region` marks the parts of the spine and
//! places the needle, `technique` picks the tools (a needle; a needle, a thin tube that stays in and
//! a pump), `imaging` adds an x-ray machine with a screen. Every word comes from `picture.ftl`. So a
//! new code gets its picture from its row, with no drawing work.

use fluent_bundle::FluentArgs;
use serde::Serialize;

use crate::catalog::{CodeFacts, Region, Technique};
use crate::code::ProcedureCode;
use crate::error::Error;
use crate::explanation::{Texts, code_args, kebab};
use crate::i18n::{Direction, LineBreak, Locale};

/// One of the four labelled parts of the spine, from top to bottom.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Part {
    /// The neck (cervical spine).
    Neck,
    /// The upper back (thoracic spine).
    UpperBack,
    /// The lower back (lumbar spine). The spinal cord ends at its top.
    LowerBack,
    /// The tailbone area (sacrum and tailbone; the caudal route).
    Tailbone,
}

impl Part {
    /// The four parts, from top to bottom.
    pub const ALL: [Part; 4] = [Part::Neck, Part::UpperBack, Part::LowerBack, Part::Tailbone];

    /// The name used in ids and message ids (`upper-back`, `picture-part-upper-back`).
    pub fn as_str(self) -> &'static str {
        match self {
            Part::Neck => "neck",
            Part::UpperBack => "upper-back",
            Part::LowerBack => "lower-back",
            Part::Tailbone => "tailbone",
        }
    }

    /// True when a code for `region` is about this part.
    pub fn in_region(self, region: Region) -> bool {
        match region {
            Region::Upper => matches!(self, Part::Neck | Part::UpperBack),
            Region::Lower => matches!(self, Part::LowerBack | Part::Tailbone),
            Region::Any => true,
        }
    }
}

/// Where the needle is drawn: one level of the spine.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Site {
    /// The upper back, beside the spinal cord.
    UpperBack,
    /// The lower back, below the end of the spinal cord: only nerves in the sac there.
    LowerBack,
}

impl Site {
    /// The level a code for `region` is drawn at. A code for any part (imaging guidance) is drawn
    /// in the lower back, where the cord is not, with every part marked.
    pub fn of(region: Region) -> Site {
        match region {
            Region::Upper => Site::UpperBack,
            Region::Lower | Region::Any => Site::LowerBack,
        }
    }
}

/// The things drawn beside the spine.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Tools {
    /// A needle: always.
    pub needle: bool,
    /// A thin tube that stays in: for the catheter codes.
    pub tube: bool,
    /// A small pump joined to the tube: for the catheter codes.
    pub pump: bool,
    /// A small x-ray machine with a screen: when imaging guides the needle.
    pub x_ray: bool,
}

impl Tools {
    /// The tools a code with this technique and imaging uses.
    pub fn of(technique: Technique, imaging: bool) -> Tools {
        let catheter = technique == Technique::Catheter;
        Tools {
            needle: true,
            tube: catheter,
            pump: catheter,
            x_ray: imaging,
        }
    }
}

/// A label on the picture: which thing it names (a stable id) and its words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Label {
    /// What it names: a part (`neck`, `upper-back`, `lower-back`, `tailbone`), a structure (`cord`,
    /// `sac`, `epidural`) or a tool (`needle`, `tube`, `pump`, `x-ray`). Stable: renderers use it in
    /// ids, and tests look labels up by it.
    pub id: &'static str,
    /// The label in the served language: a handful of words.
    pub text: String,
    /// True for the parts of the spine the code is about.
    pub marked: bool,
}

/// What the picture of one code shows, in one language.
#[derive(Clone, Debug, Serialize)]
pub struct Picture {
    /// The code pictured.
    pub code: ProcedureCode,
    /// The locale served.
    pub locale: String,
    /// The served language's writing direction: labels are set in it; the drawing never flips.
    pub direction: Direction,
    /// Where the served language's lines may break, for wrapping labels.
    pub line_break: LineBreak,
    /// The font family the served language's script is set in when it needs one of its own (CJK),
    /// from the locale table: named first, so Chinese and Korean get their own glyph forms.
    pub font: Option<String>,
    /// The catalogue's technique.
    pub technique: Technique,
    /// The catalogue's region.
    pub region: Region,
    /// The catalogue's imaging.
    pub imaging: bool,
    /// The parts of the spine the code is about, from top to bottom.
    pub marked: Vec<Part>,
    /// Where the needle is drawn.
    pub site: Site,
    /// What is drawn beside the spine.
    pub tools: Tools,
    /// The picture's accessible name.
    pub title: String,
    /// A few short sentences that say what the picture shows, for people who cannot see it.
    pub description: String,
    /// The four parts of the spine, from top to bottom.
    pub parts: Vec<Label>,
    /// The spinal cord, the sac of spinal fluid and the epidural space.
    pub structures: Vec<Label>,
    /// The tools drawn, each with its label.
    pub tool_labels: Vec<Label>,
}

impl Picture {
    /// Every label, parts first.
    pub fn labels(&self) -> impl Iterator<Item = &Label> {
        self.parts
            .iter()
            .chain(&self.structures)
            .chain(&self.tool_labels)
    }
}

/// Builds the picture of `facts` in `locale`. Any row gives a picture: nothing here names a code.
pub(crate) fn build(facts: &CodeFacts, locale: &Locale) -> Result<Picture, Error> {
    let texts = Texts::new(locale);
    let tools = Tools::of(facts.technique, facts.imaging);
    let label = |id: &'static str, message: &str, marked: bool| -> Result<Label, Error> {
        Ok(Label {
            id,
            text: texts.format(message, None, None)?,
            marked,
        })
    };
    let parts = Part::ALL
        .iter()
        .map(|&part| {
            label(
                part.as_str(),
                &format!("picture-part-{}", part.as_str()),
                part.in_region(facts.region),
            )
        })
        .collect::<Result<Vec<_>, _>>()?;
    let structures = vec![
        label("cord", "picture-cord", false)?,
        label("sac", "picture-sac", false)?,
        label("epidural", "picture-epidural", false)?,
    ];
    let mut tool_labels = Vec::new();
    for (shown, id) in [
        (tools.needle, "needle"),
        (tools.tube, "tube"),
        (tools.pump, "pump"),
        (tools.x_ray, "x-ray"),
    ] {
        if shown {
            tool_labels.push(label(id, &format!("picture-{id}"), false)?);
        }
    }
    let mut args: FluentArgs = code_args(facts);
    args.set("technique", kebab(&facts.technique));
    let info = &locale.info;
    Ok(Picture {
        code: facts.code,
        locale: info.tag.clone(),
        direction: info.direction,
        line_break: info.line_break,
        font: info.font.clone(),
        technique: facts.technique,
        region: facts.region,
        imaging: facts.imaging,
        marked: Part::ALL
            .into_iter()
            .filter(|p| p.in_region(facts.region))
            .collect(),
        site: Site::of(facts.region),
        tools,
        title: texts.format("picture-title", None, Some(&args))?,
        description: texts.format("picture-description", None, Some(&args))?,
        parts,
        structures,
        tool_labels,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regions_mark_the_parts_the_reference_names() {
        let marked = |region| {
            Part::ALL
                .into_iter()
                .filter(|p| p.in_region(region))
                .collect::<Vec<_>>()
        };
        assert_eq!(marked(Region::Upper), [Part::Neck, Part::UpperBack]);
        assert_eq!(marked(Region::Lower), [Part::LowerBack, Part::Tailbone]);
        assert_eq!(marked(Region::Any), Part::ALL);
    }

    #[test]
    fn a_lower_back_needle_is_never_drawn_beside_the_cord() {
        // The cord ends at the top of the lower back: only the upper site is beside it.
        assert_eq!(Site::of(Region::Upper), Site::UpperBack);
        assert_eq!(Site::of(Region::Lower), Site::LowerBack);
        assert_eq!(Site::of(Region::Any), Site::LowerBack);
    }

    #[test]
    fn tools_follow_technique_and_imaging() {
        let single = Tools::of(Technique::Single, false);
        assert!(single.needle && !single.tube && !single.pump && !single.x_ray);
        let catheter = Tools::of(Technique::Catheter, true);
        assert!(catheter.needle && catheter.tube && catheter.pump && catheter.x_ray);
        let guidance = Tools::of(Technique::Guidance, true);
        assert!(guidance.needle && !guidance.tube && guidance.x_ray);
    }
}
