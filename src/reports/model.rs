//! What a practice report shows: headline figures beside the previous period's, a day-by-day
//! series of each, and tables (per provider, chair, day of the week, cancellation reason). The
//! server counts into [`Tally`]s and turns them into these; the page and the CSV export show
//! the same tables.

use std::collections::BTreeMap;
use std::ops::AddAssign;

use serde::{Deserialize, Serialize};

use super::period::Period;
use crate::i18n::Locale;
use crate::setup::model::ClinicRef;

/// Amounts by currency code, in minor units (a report over clinics that charge in different
/// currencies never adds them up).
pub type Money = BTreeMap<String, i64>;

/// The counts every figure is made from, for any set of provider-days: they add up, so a
/// day's, a provider's and the whole period's come from the same rows.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tally {
    /// The providers' working time by their rotas, less time off and closures.
    pub available_minutes: i64,
    /// The time live appointments take (visit, preparation and clean-up).
    pub booked_minutes: i64,
    /// Appointments made (any status but a hold), by the date of the visit.
    pub appointments: i64,
    /// Patients who came (arrived, in the chair, completed).
    pub attended: i64,
    pub no_shows: i64,
    pub completed: i64,
    /// Cancelled inside the clinic's cancellation notice, or before it.
    pub late_cancellations: i64,
    pub early_cancellations: i64,
    /// Fees of live appointments (booked, not cancelled and not a no-show), and of completed.
    pub scheduled_fees: Money,
    pub completed_fees: Money,
    /// Patients whose first completed visit ever is here, by how that visit was booked.
    pub new_online: i64,
    pub new_front_desk: i64,
    /// Completed visits with a hygienist, and those whose patient left with a later
    /// appointment booked.
    pub hygiene_completed: i64,
    pub hygiene_reappointed: i64,
    /// Appointments booked online by the patient.
    pub online: i64,
    /// Minutes from booking to the visit, summed over `appointments`.
    pub lead_minutes: i64,
}

impl AddAssign<&Tally> for Tally {
    fn add_assign(&mut self, other: &Tally) {
        self.available_minutes += other.available_minutes;
        self.booked_minutes += other.booked_minutes;
        self.appointments += other.appointments;
        self.attended += other.attended;
        self.no_shows += other.no_shows;
        self.completed += other.completed;
        self.late_cancellations += other.late_cancellations;
        self.early_cancellations += other.early_cancellations;
        for (currency, amount) in &other.scheduled_fees {
            *self.scheduled_fees.entry(currency.clone()).or_default() += amount;
        }
        for (currency, amount) in &other.completed_fees {
            *self.completed_fees.entry(currency.clone()).or_default() += amount;
        }
        self.new_online += other.new_online;
        self.new_front_desk += other.new_front_desk;
        self.hygiene_completed += other.hygiene_completed;
        self.hygiene_reappointed += other.hygiene_reappointed;
        self.online += other.online;
        self.lead_minutes += other.lead_minutes;
    }
}

/// `part / whole`, or nothing when there is no whole.
fn ratio(part: i64, whole: i64) -> Option<f64> {
    (whole > 0).then(|| part as f64 / whole as f64)
}

impl Tally {
    pub fn utilization(&self) -> Option<f64> {
        ratio(self.booked_minutes, self.available_minutes)
    }
    /// No-shows among the patients who came or did not.
    pub fn no_show_rate(&self) -> Option<f64> {
        ratio(self.no_shows, self.attended + self.no_shows)
    }
    pub fn late_cancellation_rate(&self) -> Option<f64> {
        ratio(self.late_cancellations, self.appointments)
    }
    pub fn early_cancellation_rate(&self) -> Option<f64> {
        ratio(self.early_cancellations, self.appointments)
    }
    pub fn new_patients(&self) -> i64 {
        self.new_online + self.new_front_desk
    }
    pub fn hygiene_reappointment_rate(&self) -> Option<f64> {
        ratio(self.hygiene_reappointed, self.hygiene_completed)
    }
    pub fn online_share(&self) -> Option<f64> {
        ratio(self.online, self.appointments)
    }
    /// The average days from booking to visit.
    pub fn lead_days(&self) -> Option<f64> {
        (self.appointments > 0)
            .then(|| self.lead_minutes as f64 / self.appointments as f64 / (24.0 * 60.0))
    }
    pub fn available_hours(&self) -> f64 {
        self.available_minutes as f64 / 60.0
    }
    pub fn booked_hours(&self) -> f64 {
        self.booked_minutes as f64 / 60.0
    }
    /// Completed fees per hour of available time.
    pub fn completed_fees_per_hour(&self) -> Money {
        if self.available_minutes == 0 {
            return Money::new();
        }
        self.completed_fees
            .iter()
            .map(|(currency, minor)| {
                (
                    currency.clone(),
                    (*minor as f64 * 60.0 / self.available_minutes as f64).round() as i64,
                )
            })
            .collect()
    }
}

/// A value in a table or a headline, as counted (the page writes it for people, the CSV for
/// spreadsheets).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Cell {
    Text(String),
    Count(i64),
    /// A ratio in [0, 1] (or past 1: booked time past the rota); none when nothing to divide by.
    Percent(Option<f64>),
    Hours(f64),
    Days(Option<f64>),
    Money(Money),
}

impl Cell {
    /// As the page shows it, in the reader's words and the clinic's way.
    pub fn written(&self, locale: Locale) -> String {
        match self {
            Cell::Text(text) => text.clone(),
            Cell::Count(n) => locale.number(*n as f64, 0),
            Cell::Percent(Some(r)) => locale.percent(r * 100.0, 1),
            Cell::Hours(h) => locale.number(*h, 1),
            Cell::Days(Some(d)) => locale.number(*d, 1),
            Cell::Percent(None) | Cell::Days(None) => "–".into(),
            Cell::Money(money) => written_money(money, locale),
        }
    }

    /// Whether the page aligns it as a number.
    pub fn numeric(&self) -> bool {
        !matches!(self, Cell::Text(_))
    }

    /// As a number, for charts (money only in one currency).
    pub fn value(&self) -> Option<f64> {
        match self {
            Cell::Count(n) => Some(*n as f64),
            Cell::Percent(r) => r.map(|r| r * 100.0),
            Cell::Hours(h) => Some(*h),
            Cell::Days(d) => *d,
            Cell::Money(money) if money.len() <= 1 => {
                Some(money.values().next().copied().unwrap_or(0) as f64 / 100.0)
            }
            Cell::Text(_) | Cell::Money(_) => None,
        }
    }
}

/// `£1,200.50`, or `£1,200.50 + $300.00` over several currencies; `0` for none.
pub fn written_money(money: &Money, locale: Locale) -> String {
    let parts: Vec<String> = money.iter().map(|(code, minor)| locale.money(*minor, code)).collect();
    if parts.is_empty() { "0".into() } else { parts.join(" + ") }
}

/// A figure of the period beside the previous period's.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Headline {
    pub name: String,
    pub current: Cell,
    pub previous: Cell,
    /// Which of the day-by-day series shows it.
    pub series: Option<usize>,
}

/// One figure day by day over the period, charted with a table view beside it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Series {
    pub title: String,
    /// What the numbers are in (`%`, `appointments`, `GBP`).
    pub unit: String,
    /// Each day (ISO) and its value.
    pub points: Vec<(String, Cell)>,
}

/// A table of the report; each can be exported as CSV.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReportTable {
    /// In the export's address: `providers`, `chairs`, `weekdays`, `reasons`, `days`.
    pub key: String,
    pub title: String,
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

/// A report, as the page shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReportView {
    /// The clinic reported on (empty slug: all of the caller's clinics), and their choices.
    pub clinic: String,
    pub clinics: Vec<ClinicRef>,
    /// The provider reported on, and the providers of the clinics (id, name).
    pub provider_id: Option<i64>,
    pub providers: Vec<(i64, String)>,
    pub preset: String,
    pub period: Period,
    pub previous: Period,
    pub headlines: Vec<Headline>,
    pub series: Vec<Series>,
    pub tables: Vec<ReportTable>,
}

/// The tables a report has, by key, for the export's checks.
pub const TABLE_KEYS: [&str; 5] = ["providers", "chairs", "weekdays", "reasons", "days"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tallies_add_up_field_by_field_and_currency_by_currency() {
        let mut a = Tally {
            available_minutes: 480,
            booked_minutes: 360,
            appointments: 10,
            attended: 7,
            no_shows: 1,
            completed_fees: [("GBP".to_string(), 5000)].into(),
            ..Tally::default()
        };
        let b = Tally {
            available_minutes: 120,
            booked_minutes: 0,
            appointments: 2,
            attended: 1,
            no_shows: 1,
            completed_fees: [("GBP".to_string(), 1000), ("USD".to_string(), 700)].into(),
            ..Tally::default()
        };
        a += &b;
        assert_eq!(a.utilization(), Some(0.6));
        assert_eq!(a.no_show_rate(), Some(0.2));
        let english = Locale::default();
        assert_eq!(written_money(&a.completed_fees, english), "£60.00 + $7.00");
        assert_eq!(written_money(&a.completed_fees_per_hour(), english), "£6.00 + $0.70");
    }

    #[test]
    fn a_figure_with_nothing_to_divide_by_is_shown_as_a_dash() {
        let empty = Tally::default();
        assert_eq!(empty.utilization(), None);
        let english = Locale::default();
        assert_eq!(Cell::Percent(empty.online_share()).written(english), "–");
        assert_eq!(Cell::Percent(Some(0.7251)).written(english), "72.5%");
        assert_eq!(Cell::Money(Money::new()).written(english), "0");
        let french = Locale::new(crate::i18n::Language::parse("fr").unwrap(), Default::default());
        assert_eq!(Cell::Percent(Some(0.7251)).written(french), "72,5\u{a0}%");
        assert_eq!(Cell::Count(12_345).written(french), "12\u{202f}345");
    }
}
