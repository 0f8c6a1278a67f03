//! Languages: which one a page or an email is in (`language`), its words (`messages`, Fluent
//! files in `locales/`), and how it writes dates, times and amounts (`formats`).
//!
//! In code a message is `t!("book-your-details")`, or with arguments
//! `t!("book-held-until", time = until)`: Fluent does the plurals and the placeholders.

pub mod formats;
pub mod language;
pub mod messages;
#[cfg(feature = "ssr")]
pub mod request;
#[cfg(all(test, feature = "ssr"))]
mod tests;

pub use formats::{Locale, Region};
pub use language::Language;
pub use messages::{Args, current, text, text_in};

/// The language of the page being rendered on the server, provided by the app's root so that
/// every message on the page finds it cheaply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageLanguage(pub Language);

/// A message in the current language: `t!("key")` or `t!("key", name = value, ...)`, where a
/// value is text or a number (numbers choose plural forms).
#[macro_export]
macro_rules! t {
    ($key:expr) => {
        $crate::i18n::text($key, None)
    };
    ($key:expr, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::Args::new();
        $( args.set(stringify!($name), $value); )+
        $crate::i18n::text($key, Some(&args))
    }};
}

/// A message in a given language (an email's, not the page's): `t_in!(language, "key", ...)`.
#[macro_export]
macro_rules! t_in {
    ($language:expr, $key:expr) => {
        $crate::i18n::text_in($language, $key, None)
    };
    ($language:expr, $key:expr, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::Args::new();
        $( args.set(stringify!($name), $value); )+
        $crate::i18n::text_in($language, $key, Some(&args))
    }};
}
