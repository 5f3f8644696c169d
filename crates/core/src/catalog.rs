//! The catalogue: the facts about each code, read from the one data table `data/codes.toml`.
//!
//! Nothing here is prose. How two related codes differ is worked out from their columns,
//! so adding a code means adding a row (and its texts in `locales/`), not new logic.

use serde::{Deserialize, Serialize};

use crate::code::ProcedureCode;
use crate::error::Error;

const CODES_TOML: &str = include_str!("../../../data/codes.toml");

/// How the medicine gets in, or what the code covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Technique {
    /// One injection; the needle or catheter comes out the same day.
    Single,
    /// An indwelling catheter: continuous infusion or intermittent boluses.
    Catheter,
    /// The imaging itself: fluoroscopic guidance of a needle or catheter tip.
    Guidance,
}

/// Where on the spine.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Region {
    /// Cervical or thoracic: the neck or upper back.
    Upper,
    /// Lumbar or sacral (caudal): the lower back.
    Lower,
    /// Any region of the spine.
    Any,
}

/// How a code is reported on a bill.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Billing {
    /// Once for each single injection.
    PerInjection,
    /// Once for the whole series of doses through one catheter, even over several days.
    OncePerSeries,
    /// Once for the imaging guidance.
    PerGuidance,
}

/// What tells a related code apart from the one being explained, seen from the latter.
/// The names are the `$difference` values that `related-difference` in `locales/` selects on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Difference {
    /// The related code uses imaging (live x-ray or CT); this one does not.
    ImagingYes,
    /// The related code uses no imaging; this one does.
    ImagingNo,
    /// The related code is for the lower back (lumbar or sacral, caudal).
    RegionLower,
    /// The related code is for the neck or upper back (cervical or thoracic).
    RegionUpper,
    /// The related code is a single injection, removed the same day.
    TechniqueSingle,
    /// The related code leaves an indwelling catheter in place.
    TechniqueCatheter,
    /// The related code is the imaging guidance (77003), never reported with this one.
    GuidanceExcluded,
    /// The related code is the imaging guidance (77003), which this one already includes.
    GuidanceIncluded,
    /// This code is the imaging guidance, which the related code already includes.
    IncludesGuidance,
}

/// One row of the table.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CodeFacts {
    /// The five-digit CPT code.
    pub code: ProcedureCode,
    /// How the medicine gets in, or what the code covers.
    pub technique: Technique,
    /// Where on the spine.
    pub region: Region,
    /// True when fluoroscopy or CT guidance is part of the code.
    pub imaging: bool,
    /// How the code is reported on a bill.
    pub billing: Billing,
    /// Codes never reported together with this one.
    pub not_with: Vec<ProcedureCode>,
    /// Close relatives shown to the patient, each differing from this code in one way.
    pub related: Vec<ProcedureCode>,
}

/// All the codes we explain, in table order.
#[derive(Debug)]
pub struct Catalog {
    codes: Vec<CodeFacts>,
}

impl Catalog {
    /// Reads and checks the embedded table.
    pub fn load() -> Result<Catalog, Error> {
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Table {
            code: Vec<CodeFacts>,
        }
        let table: Table =
            toml::from_str(CODES_TOML).map_err(|e| Error::Data(format!("data/codes.toml: {e}")))?;
        let catalog = Catalog { codes: table.code };
        catalog.check()?;
        Ok(catalog)
    }

    /// All the rows, in table order.
    pub fn codes(&self) -> &[CodeFacts] {
        &self.codes
    }

    /// The row for `code`, if we explain it.
    pub fn get(&self, code: ProcedureCode) -> Option<&CodeFacts> {
        self.codes.iter().find(|c| c.code == code)
    }

    /// The codes as a readable list, for error messages.
    pub fn known_list(&self) -> String {
        self.codes
            .iter()
            .map(|c| c.code.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// How `other` differs from `this`.
    pub fn difference(this: &CodeFacts, other: &CodeFacts) -> Option<Difference> {
        use Technique::Guidance;
        match (this.technique, other.technique) {
            (Guidance, Guidance) => None,
            (_, Guidance) if this.imaging => Some(Difference::GuidanceIncluded),
            (_, Guidance) => Some(Difference::GuidanceExcluded),
            (Guidance, _) if other.imaging => Some(Difference::IncludesGuidance),
            (Guidance, _) => None,
            _ => {
                let technique = this.technique != other.technique;
                let region = this.region != other.region;
                let imaging = this.imaging != other.imaging;
                match (technique, region, imaging) {
                    (true, false, false) => Some(match other.technique {
                        Technique::Single => Difference::TechniqueSingle,
                        _ => Difference::TechniqueCatheter,
                    }),
                    (false, true, false) => Some(match other.region {
                        Region::Lower => Difference::RegionLower,
                        _ => Difference::RegionUpper,
                    }),
                    (false, false, true) => Some(if other.imaging {
                        Difference::ImagingYes
                    } else {
                        Difference::ImagingNo
                    }),
                    // Codes that differ in more than one way are not close relatives.
                    _ => None,
                }
            }
        }
    }

    fn check(&self) -> Result<(), Error> {
        for (i, row) in self.codes.iter().enumerate() {
            if self.codes[..i].iter().any(|c| c.code == row.code) {
                return Err(Error::Data(format!("code {} is listed twice", row.code)));
            }
        }
        for row in &self.codes {
            for rel in row.related.iter().chain(&row.not_with) {
                let Some(other) = self.get(*rel) else {
                    return Err(Error::Data(format!(
                        "{} names unknown code {rel}",
                        row.code
                    )));
                };
                if row.related.contains(rel) && Catalog::difference(row, other).is_none() {
                    return Err(Error::Data(format!(
                        "{} lists {rel} as related, but they differ in more than one way",
                        row.code
                    )));
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts(code: &str) -> CodeFacts {
        let catalog = Catalog::load().unwrap();
        catalog
            .get(ProcedureCode::parse(code).unwrap())
            .unwrap()
            .clone()
    }

    #[test]
    fn the_table_loads_and_holds_the_family() {
        let catalog = Catalog::load().unwrap();
        assert_eq!(
            catalog.known_list(),
            "62320, 62321, 62322, 62323, 62324, 62325, 62326, 62327, 77003"
        );
    }

    #[test]
    fn differences_of_62324() {
        let this = facts("62324");
        let got: Vec<_> = this
            .related
            .iter()
            .map(|c| Catalog::difference(&this, &facts(c.as_str())).unwrap())
            .collect();
        assert_eq!(
            got,
            [
                Difference::ImagingYes,
                Difference::RegionLower,
                Difference::TechniqueSingle,
                Difference::GuidanceExcluded
            ]
        );
    }

    #[test]
    fn facts_match_the_reference_grid() {
        let catalog = Catalog::load().unwrap();
        for row in catalog.codes() {
            let n: u32 = row.code.as_str().parse().unwrap();
            if (62320..=62327).contains(&n) {
                let i = n - 62320;
                let technique = if i >= 4 {
                    Technique::Catheter
                } else {
                    Technique::Single
                };
                let region = if i % 4 >= 2 {
                    Region::Lower
                } else {
                    Region::Upper
                };
                assert_eq!(row.technique, technique, "{n}");
                assert_eq!(row.region, region, "{n}");
                assert_eq!(row.imaging, i % 2 == 1, "{n}");
                assert!(row.not_with.iter().any(|c| c.as_str() == "77003"), "{n}");
            }
        }
        let guidance = facts("77003");
        assert_eq!(guidance.technique, Technique::Guidance);
        assert_eq!(guidance.not_with.len(), 8);
        assert_eq!(facts("62324").billing, Billing::OncePerSeries);
    }
}
