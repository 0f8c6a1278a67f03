//! The dates a report covers: a preset (this week, last month, this quarter, the last 12
//! months) or dates typed, and the previous period of equal length it is compared with.

use chrono::{Datelike, Days, Months, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::domain::schedule::parse_date;
use crate::t;

/// The longest period a report covers (a year and a bit, so "the last 12 months" and a
/// quarter either side fit); its previous period is as long again.
pub const MAX_DAYS: i64 = 400;

/// The presets, as the form offers them: (value, label).
pub const PRESETS: [(&str, &str); 5] = [
    ("this_week", "This week"),
    ("last_month", "Last month"),
    ("this_quarter", "This quarter"),
    ("last_12_months", "Last 12 months"),
    ("custom", "Dates below"),
];

/// Local dates, both included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl Period {
    /// The period `preset` names on `today`, or (`custom`, or no preset) the dates typed.
    pub fn parse(
        preset: &str,
        from: &str,
        to: &str,
        today: NaiveDate,
    ) -> Result<Period, (&'static str, String)> {
        let month_start = |d: NaiveDate| d.with_day(1).unwrap_or(d);
        let period = match preset.trim() {
            "this_week" => {
                let monday = today - Days::new(u64::from(today.weekday().num_days_from_monday()));
                Period { from: monday, to: monday + Days::new(6) }
            }
            "last_month" => {
                let this_month = month_start(today);
                Period { from: this_month - Months::new(1), to: this_month - Days::new(1) }
            }
            "this_quarter" => {
                let first_month = (today.month0() / 3) * 3 + 1;
                let from = NaiveDate::from_ymd_opt(today.year(), first_month, 1).unwrap_or(today);
                Period { from, to: from + Months::new(3) - Days::new(1) }
            }
            "last_12_months" => Period { from: today - Months::new(12) + Days::new(1), to: today },
            "custom" | "" => {
                let from = parse_date(from, &t!("desk-what-first-day")).map_err(|m| ("from", m))?;
                let to = parse_date(to, &t!("desk-what-last-day")).map_err(|m| ("to", m))?;
                if to < from {
                    return Err(("to", t!("desk-report-last-before-first")));
                }
                Period { from, to }
            }
            _ => return Err(("preset", t!("desk-report-choose-period"))),
        };
        if period.days() > MAX_DAYS {
            return Err(("to", t!("desk-report-too-long", days = MAX_DAYS)));
        }
        Ok(period)
    }

    /// How many days it covers.
    pub fn days(&self) -> i64 {
        (self.to - self.from).num_days() + 1
    }

    /// The period of equal length just before this one.
    pub fn previous(&self) -> Period {
        let to = self.from - Days::new(1);
        Period { from: to - Days::new(self.days() as u64 - 1), to }
    }

    pub fn contains(&self, date: NaiveDate) -> bool {
        self.from <= date && date <= self.to
    }

    /// Its dates, in order.
    pub fn dates(&self) -> impl Iterator<Item = NaiveDate> + use<> {
        let from = self.from;
        (0..self.days() as u64).map(move |d| from + Days::new(d))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    fn preset(name: &str, today: &str) -> (NaiveDate, NaiveDate) {
        let p = Period::parse(name, "", "", date(today)).unwrap();
        (p.from, p.to)
    }

    #[test]
    fn presets_cover_whole_weeks_months_and_quarters() {
        // Wednesday 2 December 2026.
        assert_eq!(preset("this_week", "2026-12-02"), (date("2026-11-30"), date("2026-12-06")));
        assert_eq!(preset("last_month", "2026-12-02"), (date("2026-11-01"), date("2026-11-30")));
        assert_eq!(preset("last_month", "2026-03-31"), (date("2026-02-01"), date("2026-02-28")));
        assert_eq!(preset("this_quarter", "2026-12-02"), (date("2026-10-01"), date("2026-12-31")));
        assert_eq!(preset("this_quarter", "2026-02-10"), (date("2026-01-01"), date("2026-03-31")));
        assert_eq!(
            preset("last_12_months", "2026-12-02"),
            (date("2025-12-03"), date("2026-12-02"))
        );
    }

    #[test]
    fn the_previous_period_is_as_long_and_ends_the_day_before() {
        let p = Period { from: date("2026-03-01"), to: date("2026-03-31") };
        assert_eq!(p.previous(), Period { from: date("2026-01-29"), to: date("2026-02-28") });
        assert_eq!(p.previous().days(), p.days());
        assert_eq!(p.dates().count(), 31);
    }

    #[test]
    fn typed_dates_are_checked_and_bounded() {
        let today = date("2026-12-02");
        let p = Period::parse("custom", "2026-01-05", "2026-01-11", today).unwrap();
        assert_eq!(p.days(), 7);
        assert_eq!(Period::parse("", "2026-01-11", "2026-01-05", today).unwrap_err().0, "to");
        assert_eq!(Period::parse("", "soon", "2026-01-05", today).unwrap_err().0, "from");
        let long = Period::parse("custom", "2024-01-01", "2026-01-01", today).unwrap_err();
        assert_eq!(long, ("to", "Choose at most 400 days.".to_string()));
        assert_eq!(Period::parse("yesterday", "", "", today).unwrap_err().0, "preset");
    }
}
