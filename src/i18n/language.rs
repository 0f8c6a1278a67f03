//! The languages the app speaks, in one table: a new language is its Fluent file in `locales/`
//! and one line below.

use serde::{Deserialize, Serialize};

/// Which way a language's text runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    LeftToRight,
    RightToLeft,
}

/// How much of the app a language's file covers. A complete one has every message (a test
/// holds it to that); one for patients has the booking pages' and their emails' messages (those
/// of [`PATIENT_PREFIXES`]), and staff pages fall back to English.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Coverage {
    Complete,
    PatientPages,
}

/// The messages patients see: the booking pages (with the header and the pages that only say
/// something), their emails, form fields' and errors' messages, dates and numbers.
pub const PATIENT_PREFIXES: [&str; 6] = ["format-", "book-", "email-", "field-", "error-", "site-"];

/// One language: its tag (BCP 47, the primary subtag), its own name, and its messages.
#[derive(Debug)]
pub struct LanguageInfo {
    pub tag: &'static str,
    pub name: &'static str,
    pub direction: Direction,
    pub coverage: Coverage,
}

/// The Fluent source of a language's messages, compiled into the server. The browser gets only
/// the page's language, from `/i18n/{tag}.ftl` (see `i18n::messages`).
macro_rules! language {
    ($tag:literal, $name:literal, $direction:ident, $coverage:ident) => {
        (
            LanguageInfo {
                tag: $tag,
                name: $name,
                direction: Direction::$direction,
                coverage: Coverage::$coverage,
            },
            #[cfg(feature = "ssr")]
            include_str!(concat!("../../locales/", $tag, ".ftl")),
        )
    };
}

#[cfg(feature = "ssr")]
type Entry = (LanguageInfo, &'static str);
#[cfg(not(feature = "ssr"))]
type Entry = (LanguageInfo,);

/// Every language, English first (the fallback of a language for patients only).
static LANGUAGES: &[Entry] = &[
    language!("en", "English", LeftToRight, Complete),
    language!("es", "Español", LeftToRight, Complete),
    language!("fr", "Français", LeftToRight, Complete),
    language!("de", "Deutsch", LeftToRight, Complete),
    language!("ar", "العربية", RightToLeft, PatientPages),
];

/// A language the app speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Language(u8);

impl Language {
    pub const ENGLISH: Language = Language(0);

    /// Every language, in the order of the table.
    pub fn all() -> impl Iterator<Item = Language> {
        (0..LANGUAGES.len()).map(|index| Language(index as u8))
    }

    /// The language of a tag: `es`, `es-MX` and `ES` are all Spanish. `None` for one the app does
    /// not speak.
    pub fn parse(tag: &str) -> Option<Language> {
        let primary = tag.trim().split(['-', '_']).next()?;
        LANGUAGES
            .iter()
            .position(|entry| entry.0.tag.eq_ignore_ascii_case(primary))
            .map(|index| Language(index as u8))
    }

    pub fn info(self) -> &'static LanguageInfo {
        &LANGUAGES[usize::from(self.0)].0
    }

    pub fn tag(self) -> &'static str {
        self.info().tag
    }

    /// The language's name in itself ("Español"), for choosing it.
    pub fn name(self) -> &'static str {
        self.info().name
    }

    pub fn is_complete(self) -> bool {
        self.info().coverage == Coverage::Complete
    }

    /// `ltr` or `rtl`, for the page's `dir`.
    pub fn dir(self) -> &'static str {
        match self.info().direction {
            Direction::LeftToRight => "ltr",
            Direction::RightToLeft => "rtl",
        }
    }

    /// The Fluent source of its messages.
    #[cfg(feature = "ssr")]
    pub fn source(self) -> &'static str {
        LANGUAGES[usize::from(self.0)].1
    }

    /// The language a browser asks for first among those the app speaks (`Accept-Language`,
    /// with its weights), or `None` when it asks for none of them.
    pub fn from_accept_language(header: &str) -> Option<Language> {
        let mut asked: Vec<(f32, usize, &str)> = header
            .split(',')
            .enumerate()
            .filter_map(|(order, item)| {
                let mut parts = item.split(';');
                let tag = parts.next()?.trim();
                let weight = parts
                    .find_map(|p| p.trim().strip_prefix("q="))
                    .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
                (!tag.is_empty() && weight > 0.0).then_some((weight, order, tag))
            })
            .collect();
        // Highest weight first; among equals, the browser's order.
        asked.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        asked.into_iter().find_map(|(_, _, tag)| Language::parse(tag))
    }
}

impl Serialize for Language {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.tag())
    }
}

impl<'de> Deserialize<'de> for Language {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let tag = String::deserialize(deserializer)?;
        Language::parse(&tag)
            .ok_or_else(|| serde::de::Error::custom(format!("not a language: {tag}")))
    }
}

impl std::fmt::Display for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.tag())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tag_is_read_by_its_primary_subtag_in_any_case() {
        assert_eq!(Language::parse("es-MX").map(Language::tag), Some("es"));
        assert_eq!(Language::parse("FR").map(Language::tag), Some("fr"));
        assert_eq!(Language::parse("de_AT").map(Language::tag), Some("de"));
        assert_eq!(Language::parse("pt-BR"), None);
        assert_eq!(Language::parse(""), None);
    }

    #[test]
    fn the_browsers_first_choice_it_speaks_wins_by_weight_then_order() {
        let choose = |h: &str| Language::from_accept_language(h).map(Language::tag);
        assert_eq!(choose("es-ES,es;q=0.9,en;q=0.8"), Some("es"));
        assert_eq!(choose("pt-BR,pt;q=0.9,fr;q=0.5,de;q=0.7"), Some("de"));
        assert_eq!(choose("en;q=0.2, fr"), Some("fr"));
        assert_eq!(choose("fr;q=0, de;q=0.1"), Some("de"));
        assert_eq!(choose("pt, zh;q=0.4"), None);
        assert_eq!(choose("*"), None);
    }

    #[test]
    fn english_comes_first_and_every_tag_reads_back() {
        assert_eq!(Language::default(), Language::ENGLISH);
        assert_eq!(Language::ENGLISH.tag(), "en");
        for language in Language::all() {
            assert_eq!(Language::parse(language.tag()), Some(language));
        }
        assert_eq!(Language::parse("ar").map(Language::dir), Some("rtl"));
    }
}
