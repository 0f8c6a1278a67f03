//! Dates, times, numbers and money as a reader expects them: the words and punctuation come
//! from the language (its `format-*` messages), the conventions from the clinic's region
//! (a 12- or 24-hour clock, the order of day, month and year).

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Timelike};
use serde::{Deserialize, Serialize};

use super::Args;
use super::language::Language;
use super::messages::text_in;

/// A region (ISO 3166-1 alpha-2, upper case): where a clinic is, for its conventions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Region([u8; 2]);

impl Region {
    pub const GB: Region = Region(*b"GB");
    pub const US: Region = Region(*b"US");

    /// Two letters, in any case.
    pub fn parse(code: &str) -> Option<Region> {
        match code.trim().as_bytes() {
            [a, b] if a.is_ascii_alphabetic() && b.is_ascii_alphabetic() => {
                Some(Region([a.to_ascii_uppercase(), b.to_ascii_uppercase()]))
            }
            _ => None,
        }
    }

    /// Where the clock on the wall shows 12 hours and AM/PM.
    pub fn twelve_hour_clock(self) -> bool {
        matches!(&self.0, b"US" | b"CA" | b"AU" | b"NZ" | b"IN" | b"PH")
    }

    /// The order of a typed date's day and month (`domain::patient::parse_typed_date`).
    pub fn typed_date_order(self) -> crate::domain::patient::DateOrder {
        use crate::domain::patient::DateOrder;
        if self.date_order() == "mdy" { DateOrder::MonthFirst } else { DateOrder::DayFirst }
    }

    /// How the region writes a date in numbers: `dmy`, `mdy` or `ymd` (a selector of the
    /// languages' `format-date-*` messages).
    pub fn date_order(self) -> &'static str {
        match &self.0 {
            b"US" | b"PH" => "mdy",
            b"CN" | b"JP" | b"KR" | b"TW" | b"HU" | b"LT" | b"SE" => "ymd",
            _ => "dmy",
        }
    }
}

impl Default for Region {
    fn default() -> Self {
        Region::GB
    }
}

impl TryFrom<String> for Region {
    type Error = String;
    fn try_from(code: String) -> Result<Self, String> {
        Region::parse(&code).ok_or_else(|| format!("not a region: {code}"))
    }
}

impl From<Region> for String {
    fn from(region: Region) -> String {
        String::from_utf8_lossy(&region.0).into_owned()
    }
}

impl std::fmt::Display for Region {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&String::from_utf8_lossy(&self.0))
    }
}

/// A reader's language in a clinic's region: everything a date, time or amount needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct Locale {
    pub language: Language,
    pub region: Region,
}

impl Locale {
    pub fn new(language: Language, region: Region) -> Locale {
        Locale { language, region }
    }

    /// The current page's language in `region`.
    pub fn here(region: Region) -> Locale {
        Locale::new(super::current(), region)
    }

    fn text(self, key: &str, args: &Args) -> String {
        text_in(self.language, key, Some(args))
    }

    fn word(self, key: &str) -> String {
        text_in(self.language, key, None)
    }

    /// "Tuesday" (weekday 1 is Monday).
    pub fn weekday(self, date: NaiveDate) -> String {
        self.word(&format!("format-weekday-{}", date.weekday().number_from_monday()))
    }

    /// "Tue".
    pub fn weekday_short(self, date: NaiveDate) -> String {
        self.word(&format!("format-weekday-short-{}", date.weekday().number_from_monday()))
    }

    /// "December".
    pub fn month(self, month: u32) -> String {
        self.word(&format!("format-month-{month}"))
    }

    fn date_args(self, date: NaiveDate) -> Args<'static> {
        let mut args = Args::new();
        args.set("weekday", self.weekday(date));
        args.set("weekday_short", self.weekday_short(date));
        args.set("day", date.day().to_string());
        args.set("day2", format!("{:02}", date.day()));
        args.set("month", self.month(date.month()));
        args.set("month_short", self.word(&format!("format-month-short-{}", date.month())));
        args.set("month2", format!("{:02}", date.month()));
        args.set("year", date.year().to_string());
        args.set("order", self.region.date_order());
        args
    }

    /// "Tuesday 1 December 2026", "martes, 1 de diciembre de 2026".
    pub fn date_long(self, date: NaiveDate) -> String {
        self.text("format-date-long", &self.date_args(date))
    }

    /// "Tue 1 Dec": a day near enough that its year goes without saying.
    pub fn date_medium(self, date: NaiveDate) -> String {
        self.text("format-date-medium", &self.date_args(date))
    }

    /// "Tuesday 1 December": a day of the coming weeks.
    pub fn date_without_year(self, date: NaiveDate) -> String {
        self.text("format-date-without-year", &self.date_args(date))
    }

    /// "1 Dec".
    pub fn day_month_short(self, date: NaiveDate) -> String {
        self.text("format-day-month-short", &self.date_args(date))
    }

    /// "1 Dec 2026" ("Dec 1, 2026" in the US): a day of a list.
    pub fn date_short(self, date: NaiveDate) -> String {
        let mut args = self.date_args(date);
        args.set("day_month", self.day_month_short(date));
        self.text("format-date-short", &args)
    }

    /// A date already written (`date`) and a time beside it: "1 Dec 2026 14:30".
    pub fn with_time(self, date: String, time: NaiveTime) -> String {
        let mut args = Args::new();
        args.set("date", date);
        args.set("time", self.time(time));
        self.text("format-date-and-time", &args)
    }

    /// "1 Dec 2026 14:30": a moment of a list, in its own zone's wall time.
    pub fn moment_short(self, moment: NaiveDateTime) -> String {
        self.with_time(self.date_short(moment.date()), moment.time())
    }

    /// "Tue 8 Dec 2026 10:30" ("Tue, Dec 8, 2026 10:30 AM" in the US): a moment of a list, with
    /// its weekday.
    pub fn moment_weekday(self, at: NaiveDateTime) -> String {
        let mut args = Args::new();
        args.set("weekday", self.weekday_short(at.date()));
        args.set("date", self.date_short(at.date()));
        args.set("time", self.time(at.time()));
        args.set("order", self.region.date_order());
        self.text("desk-weekday-date-time", &args)
    }

    /// "01/12/2026 14:30": a moment of a record's history, in numbers.
    pub fn moment_numeric(self, at: NaiveDateTime) -> String {
        self.with_time(self.date_numeric(at.date()), at.time())
    }

    /// "Tue 1 Dec 10:30": a moment of the coming days.
    pub fn moment_medium(self, at: NaiveDateTime) -> String {
        self.with_time(self.date_medium(at.date()), at.time())
    }

    /// "1 Dec 10:42": a moment of the last days.
    pub fn moment_day_month(self, at: NaiveDateTime) -> String {
        self.with_time(self.day_month_short(at.date()), at.time())
    }

    /// "Tue 1 Dec 2026" ("Tue, Dec 1, 2026" in the US).
    pub fn date_medium_year(self, date: NaiveDate) -> String {
        let mut args = Args::new();
        args.set("date", self.date_medium(date));
        args.set("year", date.year().to_string());
        args.set("order", self.region.date_order());
        self.text("server-date-medium-year", &args)
    }

    /// "Tue 1 Dec 2026, 10:30".
    pub fn moment_medium_year(self, at: NaiveDateTime) -> String {
        let mut args = Args::new();
        args.set("date", self.date_medium_year(at.date()));
        args.set("time", self.time(at.time()));
        self.text("server-date-comma-time", &args)
    }

    /// "Tue 1 Dec at 10:00".
    pub fn moment_medium_at(self, at: NaiveDateTime) -> String {
        self.date_at(self.date_medium(at.date()), at.time())
    }

    /// "Tue 1 Dec 2026 at 10:00".
    pub fn moment_medium_year_at(self, at: NaiveDateTime) -> String {
        self.date_at(self.date_medium_year(at.date()), at.time())
    }

    /// "1 Dec 2026 14:30": instant `at` on the wall clock of time zone `zone` (an IANA name),
    /// or in UTC, saying so, when `zone` is not one.
    #[cfg(feature = "ssr")]
    pub fn moment_in(self, at: chrono::DateTime<chrono::Utc>, zone: &str) -> String {
        match zone.parse::<chrono_tz::Tz>() {
            Ok(zone) => self.moment_short(at.with_timezone(&zone).naive_local()),
            Err(_) => {
                let mut args = Args::new();
                args.set("moment", self.moment_short(at.naive_utc()));
                self.text("desk-utc", &args)
            }
        }
    }

    /// "01/12/2026", "12/01/2026", "01.12.2026".
    pub fn date_numeric(self, date: NaiveDate) -> String {
        self.text("format-date-numeric", &self.date_args(date))
    }

    /// "December 2026".
    pub fn month_year(self, date: NaiveDate) -> String {
        self.text("format-month-year", &self.date_args(date))
    }

    /// "14:30" or "2:30 PM".
    pub fn time(self, time: NaiveTime) -> String {
        let mut args = Args::new();
        args.set("minute", format!("{:02}", time.minute()));
        if self.region.twelve_hour_clock() {
            let (pm, hour) = time.hour12();
            args.set("hour", hour.to_string());
            args.set("period", if pm { "pm" } else { "am" });
            self.text("format-time-12", &args)
        } else {
            args.set("hour", format!("{:02}", time.hour()));
            self.text("format-time-24", &args)
        }
    }

    /// "Tuesday 1 December 2026 at 14:30".
    pub fn date_time_long(self, date: NaiveDate, time: NaiveTime) -> String {
        self.date_at(self.date_long(date), time)
    }

    /// "Tuesday 1 December at 14:30".
    pub fn date_time_without_year(self, date: NaiveDate, time: NaiveTime) -> String {
        self.date_at(self.date_without_year(date), time)
    }

    /// A moment in its own zone, in full: "Tuesday 1 December 2026 at 14:30".
    pub fn moment_long<Z: chrono::TimeZone>(self, moment: &chrono::DateTime<Z>) -> String {
        let local = moment.naive_local();
        self.date_time_long(local.date(), local.time())
    }

    /// A moment of the coming weeks in its own zone: "Tuesday 1 December at 14:30".
    pub fn moment_without_year<Z: chrono::TimeZone>(self, moment: &chrono::DateTime<Z>) -> String {
        let local = moment.naive_local();
        self.date_time_without_year(local.date(), local.time())
    }

    fn date_at(self, date: String, time: NaiveTime) -> String {
        let mut args = Args::new();
        args.set("date", date);
        args.set("time", self.time(time));
        self.text("format-date-time", &args)
    }

    /// `value` with `decimals` places, grouped: "1,234.50", "1.234,50", "1 234,50".
    pub fn number(self, value: f64, decimals: usize) -> String {
        let text = format!("{:.*}", decimals, value.abs());
        let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
        let group = self.word("format-number-group");
        let mut grouped = String::new();
        for (index, digit) in whole.chars().enumerate() {
            if index > 0 && (whole.len() - index) % 3 == 0 {
                grouped.push_str(&group);
            }
            grouped.push(digit);
        }
        let sign = if value < 0.0 && text.chars().any(|c| c.is_ascii_digit() && c != '0') {
            "-"
        } else {
            ""
        };
        if fraction.is_empty() {
            format!("{sign}{grouped}")
        } else {
            format!("{sign}{grouped}{}{fraction}", self.word("format-number-decimal"))
        }
    }

    /// `percent` (already times 100) with `decimals` places: "72.5%", "72,5 %".
    pub fn percent(self, percent: f64, decimals: usize) -> String {
        let mut args = Args::new();
        args.set("number", self.number(percent, decimals));
        self.text("format-percent", &args)
    }

    /// An amount in minor units (pence, cents) of `currency` (ISO 4217, two decimals):
    /// "£45.00", "45,00 €".
    pub fn money(self, minor: i64, currency: &str) -> String {
        let mut args = Args::new();
        args.set("amount", self.number(minor as f64 / 100.0, 2));
        args.set("symbol", currency_symbol(currency).to_string());
        self.text("format-money", &args)
    }
}

/// The symbol written with an amount of `currency`; its code when there is no common one.
pub fn currency_symbol(currency: &str) -> &str {
    match currency {
        "GBP" => "£",
        "USD" => "$",
        "EUR" => "€",
        "CAD" => "CA$",
        "AUD" => "A$",
        "NZD" => "NZ$",
        "CHF" => "CHF",
        "JPY" => "¥",
        "INR" => "₹",
        other => other,
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use chrono::{NaiveDate, NaiveTime};

    use super::{Locale, Region};
    use crate::domain::patient::parse_typed_date;
    use crate::i18n::Language;

    fn locale(tag: &str, region: &str) -> Locale {
        Locale::new(Language::parse(tag).unwrap(), Region::parse(region).unwrap())
    }

    fn first_december() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()
    }

    #[test]
    fn a_date_is_written_in_the_readers_words_in_the_regions_order() {
        let day = first_december();
        assert_eq!(locale("en", "GB").date_long(day), "Tuesday 1 December 2026");
        assert_eq!(locale("en", "US").date_long(day), "Tuesday, December 1, 2026");
        assert_eq!(locale("fr", "FR").date_long(day), "mardi 1 décembre 2026");
        assert_eq!(locale("es", "ES").date_long(day), "martes, 1 de diciembre de 2026");
        assert_eq!(locale("de", "DE").date_long(day), "Dienstag, 1. Dezember 2026");
        assert_eq!(locale("en", "GB").date_numeric(day), "01/12/2026");
        assert_eq!(locale("en", "US").date_numeric(day), "12/01/2026");
        assert_eq!(locale("de", "DE").date_numeric(day), "01.12.2026");
        assert_eq!(locale("en", "SE").date_numeric(day), "2026-12-01");
    }

    #[test]
    fn a_time_follows_the_regions_clock() {
        let afternoon = NaiveTime::from_hms_opt(14, 5, 0).unwrap();
        let morning = NaiveTime::from_hms_opt(9, 30, 0).unwrap();
        assert_eq!(locale("en", "GB").time(afternoon), "14:05");
        assert_eq!(locale("fr", "GB").time(morning), "09:30");
        assert_eq!(locale("en", "US").time(afternoon), "2:05 PM");
        assert_eq!(locale("en", "US").time(morning), "9:30 AM");
        assert_eq!(locale("es", "US").time(afternoon), "2:05\u{a0}p.\u{a0}m.");
    }

    #[test]
    fn numbers_and_money_use_the_languages_separators() {
        assert_eq!(locale("en", "GB").number(1_234_567.891, 2), "1,234,567.89");
        assert_eq!(locale("de", "DE").number(1_234_567.891, 2), "1.234.567,89");
        assert_eq!(locale("fr", "FR").number(-1234.5, 1), "-1\u{202f}234,5");
        assert_eq!(locale("en", "GB").number(-0.001, 2), "0.00");
        assert_eq!(locale("en", "GB").money(4500, "GBP"), "£45.00");
        assert_eq!(locale("en", "US").money(123_456, "USD"), "$1,234.56");
        assert_eq!(locale("de", "DE").money(4550, "EUR"), "45,50\u{a0}€");
    }

    #[test]
    fn a_date_written_in_numbers_reads_back_in_every_language_and_region() {
        let dates = [first_december(), NaiveDate::from_ymd_opt(1985, 3, 7).unwrap()];
        for language in Language::all() {
            for region in ["GB", "US", "DE", "FR", "ES", "SE"] {
                let locale = Locale::new(language, Region::parse(region).unwrap());
                for date in dates {
                    let written = locale.date_numeric(date);
                    let read = parse_typed_date(&written, locale.region.typed_date_order());
                    assert_eq!(read, Some(date), "{language} {region}: {written}");
                }
            }
        }
    }
}
