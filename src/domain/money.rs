//! Money: the currency a clinic charges in, and fees in its minor unit (pence, cents), so that
//! sums are exact.

use serde::{Deserialize, Serialize};

/// The currencies a clinic may charge in (ISO 4217, all with two decimal places), each with
/// the symbol people may type before an amount (pages write amounts with `Locale::money`).
const CURRENCIES: &[(&str, &str)] = &[
    ("GBP", "£"),
    ("EUR", "€"),
    ("USD", "$"),
    ("CAD", "CA$"),
    ("AUD", "A$"),
    ("NZD", "NZ$"),
    ("CHF", "CHF\u{a0}"),
    ("SEK", "SEK\u{a0}"),
    ("NOK", "NOK\u{a0}"),
    ("DKK", "DKK\u{a0}"),
    ("PLN", "PLN\u{a0}"),
    ("CZK", "CZK\u{a0}"),
];

/// A currency the app supports (serialised as its code).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Currency(&'static str);

impl Currency {
    pub fn parse(input: &str) -> Result<Self, String> {
        let code = input.trim().to_ascii_uppercase();
        CURRENCIES
            .iter()
            .find(|(known, _)| *known == code)
            .map(|(known, _)| Currency(known))
            .ok_or_else(|| crate::t!("check-currency"))
    }

    pub fn code(self) -> &'static str {
        self.0
    }

    /// Every supported currency's code, for a choice.
    pub fn choices() -> Vec<String> {
        CURRENCIES.iter().map(|(code, _)| code.to_string()).collect()
    }
}

impl Serialize for Currency {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.0)
    }
}

impl<'de> Deserialize<'de> for Currency {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let code = String::deserialize(deserializer)?;
        Currency::parse(&code).map_err(serde::de::Error::custom)
    }
}

/// The largest fee: 100,000.00.
pub const MAX_FEE_MINOR: i64 = 10_000_000;

/// A fee in minor units (hundredths), from 0 to [`MAX_FEE_MINOR`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Fee(i64);

impl Fee {
    pub const ZERO: Fee = Fee(0);

    /// A fee as people type it: `45`, `45.5`, `45.50`, `£45`, `1,200.00`, or with a decimal
    /// comma, `45,50`. Empty is no fee (0).
    pub fn parse(input: &str) -> Result<Self, String> {
        if input.trim().is_empty() {
            return Ok(Fee::ZERO);
        }
        let text: String =
            without_currency(input.trim()).chars().filter(|c| !c.is_whitespace()).collect();
        if text.starts_with('-') {
            return Err(crate::t!("check-fee-negative"));
        }
        // A comma before exactly three digits (and more digits or a point after them) groups
        // thousands; any other comma is a decimal comma.
        let mut normal = String::with_capacity(text.len());
        let chars: Vec<char> = text.chars().collect();
        for (i, c) in chars.iter().enumerate() {
            if *c == ',' {
                let rest: String = chars[i + 1..].iter().collect();
                let digits = rest.chars().take_while(char::is_ascii_digit).count();
                let groups_thousands =
                    digits == 3 && (rest.len() == 3 || rest[3..].starts_with(['.', ','])) && i > 0;
                if !groups_thousands {
                    normal.push('.');
                }
            } else {
                normal.push(*c);
            }
        }
        let shape = || crate::t!("check-fee-shape");
        let (whole, fraction) = match normal.split_once('.') {
            Some((whole, fraction)) => (whole, fraction),
            None => (normal.as_str(), ""),
        };
        if (whole.is_empty() && fraction.is_empty())
            || !whole.bytes().all(|b| b.is_ascii_digit())
            || !fraction.bytes().all(|b| b.is_ascii_digit())
        {
            return Err(shape());
        }
        if fraction.len() > 2 {
            return Err(crate::t!("check-fee-decimals"));
        }
        let too_much = || crate::t!("check-fee-too-much");
        let whole: i64 = if whole.is_empty() {
            0
        } else if whole.len() > 9 {
            return Err(too_much());
        } else {
            whole.parse().map_err(|_| shape())?
        };
        let hundredths: i64 = format!("{fraction:0<2}").parse().map_err(|_| shape())?;
        let minor = whole * 100 + hundredths;
        if minor > MAX_FEE_MINOR {
            return Err(too_much());
        }
        Ok(Fee(minor))
    }

    /// A fee of `minor` hundredths, if within range.
    pub fn from_minor(minor: i64) -> Option<Self> {
        (0..=MAX_FEE_MINOR).contains(&minor).then_some(Fee(minor))
    }

    pub fn minor(self) -> i64 {
        self.0
    }

    /// `1200.50`: as a form shows it back.
    pub fn plain(self) -> String {
        format!("{}.{:02}", self.0 / 100, self.0 % 100)
    }
}

/// `input` without a leading currency symbol or code (`£45`, `GBP 45`).
fn without_currency(input: &str) -> &str {
    for (code, prefix) in CURRENCIES {
        for written in [prefix.trim_end_matches('\u{a0}'), code] {
            if let Some(rest) = input.strip_prefix(written) {
                return rest;
            }
        }
    }
    input
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fee(input: &str) -> Result<i64, String> {
        Fee::parse(input).map(Fee::minor)
    }

    #[test]
    fn fees_are_read_as_people_type_them() {
        assert_eq!(fee("45"), Ok(4500));
        assert_eq!(fee(" 45.5 "), Ok(4550));
        assert_eq!(fee("45.50"), Ok(4550));
        assert_eq!(fee("£45"), Ok(4500));
        assert_eq!(fee("€ 45,50"), Ok(4550));
        assert_eq!(fee("1,200.00"), Ok(120_000));
        assert_eq!(fee("GBP 12"), Ok(1200));
        assert_eq!(fee("$12"), Ok(1200));
        assert_eq!(fee("1,200"), Ok(120_000));
        assert_eq!(fee("0.99"), Ok(99));
        assert_eq!(fee(".5"), Ok(50));
        assert_eq!(fee(""), Ok(0));
        assert_eq!(fee("100000"), Ok(MAX_FEE_MINOR));
    }

    #[test]
    fn a_fee_that_is_not_an_amount_is_refused_in_plain_words() {
        assert_eq!(fee("-5"), Err("A fee cannot be negative.".into()));
        assert_eq!(fee("45.505"), Err("A fee has at most two decimal places.".into()));
        assert_eq!(fee("100000.01"), Err("A fee is at most 100,000.00.".into()));
        assert_eq!(fee("99999999999999"), Err("A fee is at most 100,000.00.".into()));
        for bad in ["forty", "4 5x", "1.2.3", ".", "$", "12£"] {
            assert_eq!(fee(bad), Err("Enter the fee as an amount, like 45.00.".into()), "{bad}");
        }
    }

    #[test]
    fn fees_are_shown_back_plain_and_currencies_are_known() {
        assert_eq!(Fee::parse("1200.5").unwrap().plain(), "1200.50");
        assert_eq!(Fee::parse("45").unwrap().plain(), "45.00");
        assert_eq!(Currency::parse("XYZ"), Err("Choose one of the currencies listed.".into()));
    }
}
