//! The messages of each language (Fluent), and finding one for the page being made.
//!
//! The server holds every language. The browser holds the page's language only: the page
//! names its messages' address (`data-messages` on `<html>`, a content-hashed `/i18n/...`
//! address, preloaded beside the WebAssembly), and `hydrate` installs them before the page
//! hydrates, so both sides render the same words.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

use super::language::Language;

/// A message's arguments: `args.set("name", value)`.
pub type Args<'a> = FluentArgs<'a>;

/// One language's messages, with English behind those of a language that is not complete.
pub struct Messages {
    language: Language,
    bundle: FluentBundle<FluentResource>,
}

impl Messages {
    /// The messages of `sources`, in order of precedence (a message in the first hides the same
    /// one in the next). A source that is not valid Fluent is an error: a test parses them all.
    pub fn parse(language: Language, sources: &[&str]) -> Result<Messages, String> {
        let id = language.tag().parse().map_err(|e| format!("{language}: {e:?}"))?;
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // The marks that keep a name's direction apart from the text around it matter only
        // where the text runs right to left; elsewhere they would only be noise in subjects.
        bundle.set_use_isolating(language.dir() == "rtl");
        for source in sources {
            let resource = FluentResource::try_new(source.to_string())
                .map_err(|(_, errors)| format!("{language}: {errors:?}"))?;
            // A message already added wins; the later source only fills gaps.
            bundle.add_resource_overriding_none(resource);
        }
        Ok(Messages { language, bundle })
    }

    pub fn language(&self) -> Language {
        self.language
    }

    /// Whether there is a message `key`.
    pub fn has(&self, key: &str) -> bool {
        self.bundle.has_message(key)
    }

    /// Message `key` with `args`, or `None` when there is none (or it does not format).
    pub fn format(&self, key: &str, args: Option<&Args>) -> Option<String> {
        let pattern = self.bundle.get_message(key)?.value()?;
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, args, &mut errors);
        errors.is_empty().then(|| text.into_owned())
    }
}

trait AddNotOverriding {
    fn add_resource_overriding_none(&mut self, resource: FluentResource);
}

impl AddNotOverriding for FluentBundle<FluentResource> {
    fn add_resource_overriding_none(&mut self, resource: FluentResource) {
        // Errors here are only the duplicates the later source was meant to lose.
        let _ = self.add_resource(resource);
    }
}

/// What a page shows for a message that does not exist: a test finds it on any page.
pub fn missing(key: &str) -> String {
    format!("⟦{key}⟧")
}

/// The Fluent sources of `language` in order of precedence: its own, then English for a
/// language that is not complete.
#[cfg(feature = "ssr")]
pub fn sources(language: Language) -> Vec<&'static str> {
    let mut sources = vec![language.source()];
    if !language.is_complete() {
        sources.push(Language::ENGLISH.source());
    }
    sources
}

#[cfg(feature = "ssr")]
static EVERY_LANGUAGE: std::sync::LazyLock<Vec<Messages>> = std::sync::LazyLock::new(|| {
    Language::all()
        .map(|language| Messages::parse(language, &sources(language)).expect("the locales parse"))
        .collect()
});

/// The messages of `language`.
#[cfg(feature = "ssr")]
pub fn of(language: Language) -> &'static Messages {
    &EVERY_LANGUAGE[Language::all().position(|l| l == language).unwrap_or(0)]
}

#[cfg(not(feature = "ssr"))]
static PAGE_MESSAGES: std::sync::OnceLock<Messages> = std::sync::OnceLock::new();

/// Installs the page's messages in the browser (once, before hydrating).
#[cfg(not(feature = "ssr"))]
pub fn install(language: Language, source: &str) -> Result<(), String> {
    let messages = Messages::parse(language, &[source])?;
    let _ = PAGE_MESSAGES.set(messages);
    Ok(())
}

/// Message `key` in `language`, or the missing-message mark.
pub fn text_in(language: Language, key: &str, args: Option<&Args>) -> String {
    #[cfg(feature = "ssr")]
    let found = of(language).format(key, args);
    #[cfg(not(feature = "ssr"))]
    let found = PAGE_MESSAGES
        .get()
        .filter(|messages| messages.language() == language)
        .and_then(|messages| messages.format(key, args));
    found.unwrap_or_else(|| missing(key))
}

/// The language of the page (or server function) being run: on the server, the request's
/// (`i18n::request`); in the browser, the installed messages'. English outside of either.
pub fn current() -> Language {
    #[cfg(feature = "ssr")]
    {
        use leptos::prelude::use_context;
        if let Some(super::PageLanguage(language)) = use_context::<super::PageLanguage>() {
            return language;
        }
        use_context::<http::request::Parts>()
            .and_then(|parts| parts.extensions.get::<Language>().copied())
            .unwrap_or_default()
    }
    #[cfg(not(feature = "ssr"))]
    {
        PAGE_MESSAGES.get().map(Messages::language).unwrap_or_default()
    }
}

/// Message `key` in the current language.
pub fn text(key: &str, args: Option<&Args>) -> String {
    text_in(current(), key, args)
}
