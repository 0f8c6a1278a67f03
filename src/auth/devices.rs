//! Turning a user agent into words a person recognises ("Firefox on Windows"), in the page's
//! language.

use std::sync::LazyLock;

static PARSER: LazyLock<woothee::parser::Parser> = LazyLock::new(woothee::parser::Parser::new);

pub fn describe(user_agent: &str) -> String {
    let known = |s: &str| !s.is_empty() && s != "UNKNOWN";
    match PARSER.parse(user_agent) {
        Some(found) if known(found.name) && known(found.os) => {
            crate::t!("account-device-on", browser = found.name, system = found.os)
        }
        Some(found) if known(found.name) => found.name.to_string(),
        _ if user_agent.is_empty() => crate::t!("account-device-unknown"),
        _ => crate::t!("account-device-other"),
    }
}

#[cfg(test)]
mod tests {
    use super::describe;

    #[test]
    fn names_common_browsers_and_systems() {
        let chrome = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36";
        assert_eq!(describe(chrome), "Chrome on Linux");
        let iphone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1";
        assert_eq!(describe(iphone), "Safari on iPhone");
        assert_eq!(describe(""), "Unknown device");
    }
}
