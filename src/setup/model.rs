//! What the set-up pages show and what their forms send. Every form arrives as text, exactly as
//! typed, and `parse` turns it into checked values or one message per field; the browser runs
//! the same parsers as you type.

use crate::i18n::{Language, Region};
use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

use crate::domain::fields::{minutes_in_fives, optional_text, required_text, whole_number};
use crate::domain::schedule::{parse_date, parse_time};
use crate::domain::{
    CancelReasonKind, Colour, Currency, DateSpan, Email, Fee, Phone, Slug, TimeZoneName, Weekday,
    WeeklyInterval,
};
use crate::error::FieldErrors;
use crate::feeds::model::PatientDetail;

/// A clinic as menus and headings name it, with how it writes dates and times.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct ClinicRef {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub time_zone: String,
    #[cfg_attr(feature = "ssr", sqlx(try_from = "String"))]
    pub region: Region,
    /// The first day of its calendar's week (ISO: 1 is Monday, 7 is Sunday).
    #[cfg_attr(feature = "ssr", sqlx(try_from = "i16"))]
    pub week_starts: u8,
}

impl ClinicRef {
    /// The columns of a [`ClinicRef`], of a clinic named `c` in the query.
    pub const COLUMNS: &'static str = "c.id, c.slug, c.name, c.time_zone, c.region, c.week_starts";

    /// The page's language in the clinic's region.
    pub fn locale(&self) -> crate::i18n::Locale {
        crate::i18n::Locale::here(self.region)
    }
}

/// A set-up page's data for one clinic, and whether the viewer may change it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SetupView<T> {
    pub clinic: ClinicRef,
    pub can_edit: bool,
    pub data: T,
}

/// Collects per-field messages while a form is parsed.
#[derive(Default)]
struct Problems(FieldErrors);

impl Problems {
    fn check<T>(&mut self, field: impl Into<String>, result: Result<T, String>) -> Option<T> {
        result.map_err(|message| self.0.insert(field.into(), message)).ok()
    }

    fn finish<T>(self, value: Option<T>) -> Result<T, FieldErrors> {
        match value {
            Some(value) if self.0.is_empty() => Ok(value),
            _ => Err(self.0),
        }
    }
}

fn checked(input: &Option<String>) -> bool {
    input.as_deref().is_some_and(|v| !v.is_empty() && v != "false")
}

// ---------------------------------------------------------------------------------------------
// Clinic

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClinicSettings {
    pub clinic: ClinicRef,
    pub address: String,
    pub phone: String,
    pub email: String,
    /// The country calling code local phone numbers are read with (44, 1, …).
    pub calling_code: i32,
    pub slot_step_minutes: i32,
    pub min_notice_minutes: i32,
    pub horizon_days: i32,
    pub cancel_notice_hours: i32,
    /// When email reminders go, in hours before the appointment (largest first).
    pub reminder_hours: Vec<i32>,
    /// Recall emails go this many days before the due date; `None`: none go.
    pub recall_email_days_before: Option<i32>,
    /// ...and once more this many days after, if the patient has not booked; `None`: never.
    pub recall_email_again_after_days: Option<i32>,
    /// What its appointment types' fees are in.
    pub currency: Currency,
    /// How much of the patient providers' calendar feeds show.
    pub feed_patient_detail: PatientDetail,
    /// What patients of no known language are written to in.
    pub language: Language,
    /// Where it is: how its dates, times and numbers are written.
    pub region: Region,
    /// The first day of its calendar's week (ISO: 1 is Monday, 7 is Sunday).
    pub week_starts: u8,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ClinicForm {
    pub name: String,
    pub slug: String,
    pub time_zone: String,
    pub address: String,
    pub phone: String,
    pub email: String,
    pub calling_code: String,
    pub slot_step_minutes: String,
    pub min_notice_minutes: String,
    pub horizon_days: String,
    pub cancel_notice_hours: String,
    /// `48, 2`; empty: no reminders.
    pub reminder_hours: String,
    /// Days before the due date; empty: no recall emails.
    pub recall_email_days_before: String,
    /// Days after the first recall email; empty: no second one.
    pub recall_email_again_after_days: String,
    /// `GBP`.
    pub currency: String,
    /// `initials`, `none` or `name`.
    pub feed_patient_detail: String,
    /// `en`; empty: unchanged.
    pub language: String,
    /// `GB`; empty: unchanged.
    pub region: String,
    /// `1` (Monday) to `7` (Sunday); empty: unchanged.
    pub week_starts: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClinicChanges {
    pub name: String,
    pub slug: Slug,
    pub time_zone: TimeZoneName,
    pub address: String,
    pub phone: Option<Phone>,
    pub email: Option<Email>,
    pub calling_code: i32,
    pub slot_step_minutes: i32,
    pub min_notice_minutes: i32,
    pub horizon_days: i32,
    pub cancel_notice_hours: i32,
    pub reminder_offsets_minutes: Vec<i32>,
    pub recall_email_days_before: Option<i32>,
    pub recall_email_again_after_days: Option<i32>,
    pub currency: Currency,
    pub feed_patient_detail: PatientDetail,
    /// `None`: unchanged (a form from before languages).
    pub language: Option<Language>,
    pub region: Option<Region>,
    pub week_starts: Option<u8>,
}

/// A clinic's default language: one the app speaks.
pub fn check_language(input: &str) -> Result<Option<Language>, String> {
    match input.trim() {
        "" => Ok(None),
        tag => Language::parse(tag).map(Some).ok_or_else(|| crate::t!("field-language")),
    }
}

/// A region: two letters (ISO 3166-1), like GB or US.
pub fn check_region(input: &str) -> Result<Option<Region>, String> {
    match input.trim() {
        "" => Ok(None),
        code => Region::parse(code).map(Some).ok_or_else(|| crate::t!("field-region")),
    }
}

/// The first day of the week: 1 (Monday) to 7 (Sunday).
pub fn check_week_starts(input: &str) -> Result<Option<u8>, String> {
    match input.trim() {
        "" => Ok(None),
        day => match day.parse::<u8>() {
            Ok(day @ 1..=7) => Ok(Some(day)),
            _ => Err(crate::t!("field-week-starts")),
        },
    }
}

/// Email reminders' hours before an appointment: up to four whole numbers from 1 to 336 (two
/// weeks), separated by commas or spaces; empty for none. Answers minutes, largest first.
pub fn check_reminder_hours(input: &str) -> Result<Vec<i32>, String> {
    let mut hours = input
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|part| !part.is_empty())
        .map(|part| whole_number(part, 1, 336, &crate::t!("check-what-hours")))
        .collect::<Result<Vec<i32>, String>>()?;
    hours.sort_unstable_by(|a, b| b.cmp(a));
    hours.dedup();
    if hours.len() > 4 {
        return Err(crate::t!("check-reminders-at-most-four"));
    }
    Ok(hours.into_iter().map(|h| h * 60).collect())
}

/// Days before a recall's due date that its email goes (0 to 90); empty for none.
pub fn check_recall_days_before(input: &str) -> Result<Option<i32>, String> {
    if input.trim().is_empty() {
        Ok(None)
    } else {
        whole_number(input, 0, 90, &crate::t!("check-what-days")).map(Some)
    }
}
/// Days after the first recall email that a second goes (1 to 180); empty for none.
pub fn check_recall_again_after(input: &str) -> Result<Option<i32>, String> {
    if input.trim().is_empty() {
        Ok(None)
    } else {
        whole_number(input, 1, 180, &crate::t!("check-what-days")).map(Some)
    }
}

pub fn check_calling_code(input: &str) -> Result<i32, String> {
    let unit = crate::t!("check-what-calling-code");
    whole_number(input.trim().trim_start_matches('+'), 1, 999, &unit)
}
pub fn check_slot_step(input: &str) -> Result<i32, String> {
    minutes_in_fives(input, 5, 60)
}
pub fn check_notice(input: &str) -> Result<i32, String> {
    whole_number(input, 0, 20160, &crate::t!("check-what-minutes"))
}
pub fn check_horizon(input: &str) -> Result<i32, String> {
    whole_number(input, 1, 730, &crate::t!("check-what-days"))
}
pub fn check_cancel_notice(input: &str) -> Result<i32, String> {
    whole_number(input, 0, 336, &crate::t!("check-what-hours"))
}
pub fn check_optional_phone(input: &str) -> Result<Option<Phone>, String> {
    if input.trim().is_empty() { Ok(None) } else { Phone::parse(input).map(Some) }
}
pub fn check_optional_email(input: &str) -> Result<Option<Email>, String> {
    if input.trim().is_empty() { Ok(None) } else { Email::parse(input).map(Some) }
}

impl ClinicForm {
    pub fn from_settings(settings: &ClinicSettings) -> Self {
        ClinicForm {
            name: settings.clinic.name.clone(),
            slug: settings.clinic.slug.clone(),
            time_zone: settings.clinic.time_zone.clone(),
            address: settings.address.clone(),
            phone: settings.phone.clone(),
            email: settings.email.clone(),
            calling_code: settings.calling_code.to_string(),
            slot_step_minutes: settings.slot_step_minutes.to_string(),
            min_notice_minutes: settings.min_notice_minutes.to_string(),
            horizon_days: settings.horizon_days.to_string(),
            cancel_notice_hours: settings.cancel_notice_hours.to_string(),
            reminder_hours: settings
                .reminder_hours
                .iter()
                .map(|h| h.to_string())
                .collect::<Vec<_>>()
                .join(", "),
            recall_email_days_before: settings
                .recall_email_days_before
                .map(|d| d.to_string())
                .unwrap_or_default(),
            recall_email_again_after_days: settings
                .recall_email_again_after_days
                .map(|d| d.to_string())
                .unwrap_or_default(),
            currency: settings.currency.code().to_string(),
            feed_patient_detail: settings.feed_patient_detail.as_str().to_string(),
            language: settings.language.tag().to_string(),
            region: settings.region.to_string(),
            week_starts: settings.week_starts.to_string(),
        }
    }

    pub fn parse(&self) -> Result<ClinicChanges, FieldErrors> {
        let mut p = Problems::default();
        let name =
            p.check("name", required_text(&self.name, &crate::t!("setup-clinic-what-name"), 200));
        let slug = p.check("slug", Slug::parse(&self.slug));
        let time_zone = p.check("time_zone", TimeZoneName::parse(&self.time_zone));
        let address = p.check("address", optional_text(&self.address, 500));
        let phone = p.check("phone", check_optional_phone(&self.phone));
        let email = p.check("email", check_optional_email(&self.email));
        let calling_code = p.check("calling_code", check_calling_code(&self.calling_code));
        let slot_step = p.check("slot_step_minutes", check_slot_step(&self.slot_step_minutes));
        let notice = p.check("min_notice_minutes", check_notice(&self.min_notice_minutes));
        let horizon = p.check("horizon_days", check_horizon(&self.horizon_days));
        let cancel = p.check("cancel_notice_hours", check_cancel_notice(&self.cancel_notice_hours));
        let reminders = p.check("reminder_hours", check_reminder_hours(&self.reminder_hours));
        let recall_before = p.check(
            "recall_email_days_before",
            check_recall_days_before(&self.recall_email_days_before),
        );
        let recall_again = p.check(
            "recall_email_again_after_days",
            check_recall_again_after(&self.recall_email_again_after_days),
        );
        let currency = p.check("currency", Currency::parse(&self.currency));
        let feed_detail =
            p.check("feed_patient_detail", PatientDetail::check(&self.feed_patient_detail));
        let language = p.check("language", check_language(&self.language));
        let region = p.check("region", check_region(&self.region));
        let week_starts = p.check("week_starts", check_week_starts(&self.week_starts));
        let changes = (|| {
            Some(ClinicChanges {
                name: name?,
                slug: slug?,
                time_zone: time_zone?,
                address: address?,
                phone: phone?,
                email: email?,
                calling_code: calling_code?,
                slot_step_minutes: slot_step?,
                min_notice_minutes: notice?,
                horizon_days: horizon?,
                cancel_notice_hours: cancel?,
                reminder_offsets_minutes: reminders?,
                recall_email_days_before: recall_before?,
                recall_email_again_after_days: recall_again?,
                currency: currency?,
                feed_patient_detail: feed_detail?,
                language: language?,
                region: region?,
                week_starts: week_starts?,
            })
        })();
        p.finish(changes)
    }
}

// ---------------------------------------------------------------------------------------------
// Chairs

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Chair {
    pub id: i64,
    pub name: String,
    pub active: bool,
    pub display_order: i32,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ChairForm {
    pub name: String,
    pub display_order: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChairChanges {
    pub name: String,
    pub display_order: i32,
}

pub fn check_chair_name(input: &str) -> Result<String, String> {
    required_text(input, &crate::t!("check-what-chair-name"), 60)
}
pub fn check_display_order(input: &str) -> Result<i32, String> {
    if input.trim().is_empty() {
        Ok(0)
    } else {
        whole_number(input, 0, 999, &crate::t!("check-what-places"))
    }
}

impl ChairForm {
    pub fn from_chair(chair: &Chair) -> Self {
        ChairForm { name: chair.name.clone(), display_order: chair.display_order.to_string() }
    }

    pub fn parse(&self) -> Result<ChairChanges, FieldErrors> {
        let mut p = Problems::default();
        let name = p.check("name", check_chair_name(&self.name));
        let display_order = p.check("display_order", check_display_order(&self.display_order));
        let changes = name
            .zip(display_order)
            .map(|(name, display_order)| ChairChanges { name, display_order });
        p.finish(changes)
    }
}

// ---------------------------------------------------------------------------------------------
// Cancellation reasons

/// An entry of the clinic's list of cancellation reasons.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct CancelReason {
    pub id: i64,
    pub label: String,
    /// `custom`, or the built-in entry it is (see [`CancelReasonKind`]).
    pub kind: String,
    pub active: bool,
    pub display_order: i32,
}

impl CancelReason {
    pub fn kind(&self) -> CancelReasonKind {
        CancelReasonKind::parse(&self.kind).unwrap_or(CancelReasonKind::Custom)
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CancelReasonForm {
    pub label: String,
    pub display_order: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CancelReasonChanges {
    pub label: String,
    pub display_order: i32,
}

pub fn check_cancel_reason_label(input: &str) -> Result<String, String> {
    required_text(input, &crate::t!("check-what-cancel-reason"), 80)
}

impl CancelReasonForm {
    pub fn from_reason(reason: &CancelReason) -> Self {
        CancelReasonForm {
            label: reason.label.clone(),
            display_order: reason.display_order.to_string(),
        }
    }

    pub fn parse(&self) -> Result<CancelReasonChanges, FieldErrors> {
        let mut p = Problems::default();
        let label = p.check("label", check_cancel_reason_label(&self.label));
        let display_order = p.check("display_order", check_display_order(&self.display_order));
        let changes = label
            .zip(display_order)
            .map(|(label, display_order)| CancelReasonChanges { label, display_order });
        p.finish(changes)
    }
}

// ---------------------------------------------------------------------------------------------
// Providers

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProviderKind {
    Dentist,
    Hygienist,
}

impl ProviderKind {
    pub const ALL: [ProviderKind; 2] = [ProviderKind::Dentist, ProviderKind::Hygienist];

    pub fn as_str(self) -> &'static str {
        match self {
            ProviderKind::Dentist => "dentist",
            ProviderKind::Hygienist => "hygienist",
        }
    }

    pub fn label(self) -> String {
        crate::t!(match self {
            ProviderKind::Dentist => "setup-provider-kind-dentist",
            ProviderKind::Hygienist => "setup-provider-kind-hygienist",
        })
    }

    pub fn parse(input: &str) -> Result<ProviderKind, String> {
        ProviderKind::ALL
            .into_iter()
            .find(|kind| kind.as_str() == input.trim())
            .ok_or_else(|| crate::t!("check-provider-kind"))
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Provider {
    pub id: i64,
    pub name: String,
    pub kind: ProviderKind,
    pub colour: String,
    pub active: bool,
    pub staff_id: Option<i64>,
    pub staff_name: Option<String>,
}

/// A staff member of the clinic who could be linked to a provider.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffChoice {
    pub id: i64,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProvidersData {
    pub providers: Vec<Provider>,
    pub staff: Vec<StaffChoice>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ProviderForm {
    pub name: String,
    pub kind: String,
    pub colour: String,
    /// A staff id, or empty for none.
    pub staff_id: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProviderChanges {
    pub name: String,
    pub kind: ProviderKind,
    pub colour: Colour,
    pub staff_id: Option<i64>,
}

pub fn check_provider_name(input: &str) -> Result<String, String> {
    required_text(input, &crate::t!("check-what-provider-name"), 100)
}

fn optional_id(input: &str, message: &str) -> Result<Option<i64>, String> {
    let text = input.trim();
    if text.is_empty() {
        return Ok(None);
    }
    text.parse::<i64>().map(Some).map_err(|_| message.to_string())
}

impl ProviderForm {
    pub fn from_provider(provider: &Provider) -> Self {
        ProviderForm {
            name: provider.name.clone(),
            kind: provider.kind.as_str().into(),
            colour: provider.colour.clone(),
            staff_id: provider.staff_id.map(|id| id.to_string()).unwrap_or_default(),
        }
    }

    pub fn parse(&self) -> Result<ProviderChanges, FieldErrors> {
        let mut p = Problems::default();
        let name = p.check("name", check_provider_name(&self.name));
        let kind = p.check("kind", ProviderKind::parse(&self.kind));
        let colour = p.check("colour", Colour::parse(&self.colour));
        let staff_id = p.check(
            "staff_id",
            optional_id(&self.staff_id, &crate::t!("check-staff-member-or-none")),
        );
        let changes = (|| {
            Some(ProviderChanges { name: name?, kind: kind?, colour: colour?, staff_id: staff_id? })
        })();
        p.finish(changes)
    }
}

// ---------------------------------------------------------------------------------------------
// Working hours

/// One stored interval with the dates it is valid for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HoursInterval {
    pub interval: WeeklyInterval,
    pub span: DateSpan,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HoursData {
    pub provider: Provider,
    pub chairs: Vec<Chair>,
    /// The date whose rota is shown (today in the clinic, unless another was asked for).
    pub on: NaiveDate,
    /// Every interval valid on or after the clinic's today, by start date then day and time.
    pub intervals: Vec<HoursInterval>,
}

impl HoursData {
    /// The weekly rota in effect on `self.on`.
    pub fn rota(&self) -> Vec<WeeklyInterval> {
        let mut rota: Vec<WeeklyInterval> = self
            .intervals
            .iter()
            .filter(|i| i.span.contains(self.on))
            .map(|i| i.interval)
            .collect();
        rota.sort_by_key(|i| (i.weekday, i.starts));
        rota
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct HoursRow {
    pub weekday: String,
    pub starts: String,
    pub ends: String,
    /// A chair id, or empty for none.
    pub chair_id: String,
}

impl HoursRow {
    fn is_blank(&self) -> bool {
        self.starts.trim().is_empty() && self.ends.trim().is_empty()
    }
}

/// A new weekly rota: the rows (blank ones are ignored) and the dates it applies to. Saving it
/// replaces whatever rota applied over those dates and leaves other dates as they were.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct HoursForm {
    pub valid_from: String,
    pub valid_until: String,
    pub rows: Vec<HoursRow>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewRota {
    pub span: DateSpan,
    pub intervals: Vec<WeeklyInterval>,
}

/// Most intervals one rota may have (two a day, every day, with room to spare).
pub const MAX_ROTA_ROWS: usize = 42;

/// An interval as a message names it, its day in the page's language and its times written by
/// `time`: "Monday 09:00–12:30".
pub fn interval_named(interval: &WeeklyInterval, time: impl Fn(NaiveTime) -> String) -> String {
    crate::t!(
        "check-rota-interval",
        weekday = crate::t!(&format!("format-weekday-{}", interval.weekday.iso())),
        starts = time(interval.starts),
        ends = time(interval.ends),
    )
}

impl HoursForm {
    pub fn from_rota(on: NaiveDate, rota: &[WeeklyInterval]) -> Self {
        let fmt = |t: NaiveTime| t.format("%H:%M").to_string();
        HoursForm {
            valid_from: on.to_string(),
            valid_until: String::new(),
            rows: rota
                .iter()
                .map(|i| HoursRow {
                    weekday: i.weekday.iso().to_string(),
                    starts: fmt(i.starts),
                    ends: fmt(i.ends),
                    chair_id: i.chair_id.map(|id| id.to_string()).unwrap_or_default(),
                })
                .collect(),
        }
    }

    pub fn parse(&self) -> Result<NewRota, FieldErrors> {
        let mut p = Problems::default();
        let from =
            p.check("valid_from", parse_date(&self.valid_from, &crate::t!("setup-what-first-day")));
        let until = if self.valid_until.trim().is_empty() {
            Some(None)
        } else {
            let last_day = crate::t!("setup-what-last-day");
            p.check("valid_until", parse_date(&self.valid_until, &last_day).map(Some))
        };
        let span = match (from, until) {
            (Some(from), Some(until)) => p.check("valid_until", DateSpan::new(from, until)),
            _ => None,
        };
        if self.rows.len() > MAX_ROTA_ROWS {
            let message = crate::t!("check-rota-at-most", count = MAX_ROTA_ROWS);
            p.check::<()>("rows", Err(message));
        }
        let mut intervals = Vec::new();
        let mut positions = Vec::new();
        let rows = self.rows.iter().take(MAX_ROTA_ROWS).enumerate();
        let (what_start, what_end) =
            (crate::t!("setup-hours-what-start"), crate::t!("setup-hours-what-end"));
        for (index, row) in rows.filter(|(_, row)| !row.is_blank()) {
            let key = |field: &str| format!("rows.{index}.{field}");
            let weekday = p.check(key("weekday"), Weekday::parse(&row.weekday));
            let starts = p.check(key("starts"), parse_time(&row.starts, &what_start));
            let ends = p.check(key("ends"), parse_time(&row.ends, &what_end));
            let chair = p.check(
                key("chair_id"),
                optional_id(&row.chair_id, &crate::t!("check-chair-or-none")),
            );
            if let (Some(weekday), Some(starts), Some(ends), Some(chair)) =
                (weekday, starts, ends, chair)
                && let Some(interval) =
                    p.check(key("ends"), WeeklyInterval::new(weekday, starts, ends, chair))
            {
                intervals.push(interval);
                positions.push(index);
            }
        }
        if let Some((first, second)) = crate::domain::schedule::first_overlap(&intervals) {
            // No region here (the browser runs this too): times as the time inputs write them.
            let earlier = interval_named(&intervals[first], |t| t.format("%H:%M").to_string());
            p.check::<()>(
                format!("rows.{}.starts", positions[second]),
                Err(crate::t!("check-rota-overlap", interval = earlier)),
            );
        }
        p.finish(span.map(|span| NewRota { span, intervals }))
    }
}

// ---------------------------------------------------------------------------------------------
// Time off

/// Who a time-off entry applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum TimeOffScope {
    Clinic,
    Provider(i64),
    Chair(i64),
}

impl TimeOffScope {
    /// Form value: `clinic`, `provider:7` or `chair:3`.
    pub fn parse(input: &str) -> Result<TimeOffScope, String> {
        let message = || crate::t!("check-time-off-applies-to");
        match input.trim().split_once(':') {
            None if input.trim() == "clinic" => Ok(TimeOffScope::Clinic),
            Some(("provider", id)) => id.parse().map(TimeOffScope::Provider).map_err(|_| message()),
            Some(("chair", id)) => id.parse().map(TimeOffScope::Chair).map_err(|_| message()),
            _ => Err(message()),
        }
    }

    pub fn form_value(self) -> String {
        match self {
            TimeOffScope::Clinic => "clinic".into(),
            TimeOffScope::Provider(id) => format!("provider:{id}"),
            TimeOffScope::Chair(id) => format!("chair:{id}"),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeOff {
    pub id: i64,
    pub scope: TimeOffScope,
    /// "Whole clinic", the provider's or the chair's name.
    pub applies_to: String,
    /// Start and end in the clinic's local time, as `2026-12-24 13:00`.
    pub starts_local: String,
    pub ends_local: String,
    pub reason: String,
    /// Appointments still booked in this time (to move or cancel).
    pub affected: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeOffData {
    pub entries: Vec<TimeOff>,
    pub providers: Vec<Provider>,
    pub chairs: Vec<Chair>,
}

/// A new time-off entry. Empty times mean whole days: from the start of the first day to the
/// end of the last.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct TimeOffForm {
    pub applies_to: String,
    pub from_date: String,
    pub from_time: String,
    pub to_date: String,
    pub to_time: String,
    pub reason: String,
}

/// A checked time-off entry in local wall-clock terms; the server turns it into instants with
/// the clinic's time zone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewTimeOff {
    pub scope: TimeOffScope,
    pub from: (NaiveDate, Option<NaiveTime>),
    pub to: (NaiveDate, Option<NaiveTime>),
    pub reason: String,
}

pub fn check_reason(input: &str) -> Result<String, String> {
    required_text(input, &crate::t!("check-what-time-off-reason"), 200)
}

impl TimeOffForm {
    pub fn parse(&self) -> Result<NewTimeOff, FieldErrors> {
        let mut p = Problems::default();
        let scope = p.check("applies_to", TimeOffScope::parse(&self.applies_to));
        let optional_time = |input: &str| {
            if input.trim().is_empty() {
                Ok(None)
            } else {
                parse_time(input, &crate::t!("setup-what-time")).map(Some)
            }
        };
        let first_day = crate::t!("setup-what-first-day");
        let from_date = p.check("from_date", parse_date(&self.from_date, &first_day));
        let from_time = p.check("from_time", optional_time(&self.from_time));
        let last_day = crate::t!("setup-what-last-day");
        let to_date = p.check("to_date", parse_date(&self.to_date, &last_day));
        let to_time = p.check("to_time", optional_time(&self.to_time));
        let reason = p.check("reason", check_reason(&self.reason));
        if let (Some(fd), Some(ft), Some(td), Some(tt)) = (from_date, from_time, to_date, to_time) {
            let start = fd.and_time(ft.unwrap_or(NaiveTime::MIN));
            // A missing end time means the end of that day.
            let end = match tt {
                Some(t) => td.and_time(t),
                None => td.succ_opt().unwrap_or(td).and_time(NaiveTime::MIN),
            };
            if end <= start {
                p.check::<()>("to_date", Err(crate::t!("check-end-before-start")));
            }
        }
        let entry = (|| {
            Some(NewTimeOff {
                scope: scope?,
                from: (from_date?, from_time?),
                to: (to_date?, to_time?),
                reason: reason?,
            })
        })();
        p.finish(entry)
    }
}

// ---------------------------------------------------------------------------------------------
// Appointment types

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AppointmentType {
    pub id: i64,
    pub name: String,
    pub duration_minutes: i32,
    pub buffer_before_minutes: i32,
    pub buffer_after_minutes: i32,
    pub colour: String,
    pub online_bookable: bool,
    pub needs_chair: bool,
    pub active: bool,
    pub provider_ids: Vec<i64>,
    /// The fee, in hundredths of the clinic's currency.
    pub fee_minor: i64,
    /// Completing a visit of this type makes the patient due for this recall again.
    pub recall: Option<RecallRule>,
}

/// "Hygiene, due 6 months after a completed visit".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecallRule {
    /// What the patient is due for, as the recall list names it: "Hygiene".
    pub kind: String,
    pub months: i32,
}

impl RecallRule {
    /// "Hygiene, due after 6 months".
    pub fn described(&self) -> String {
        crate::t!("setup-types-recall-described", kind = self.kind.as_str(), months = self.months)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TypesData {
    pub types: Vec<AppointmentType>,
    pub providers: Vec<Provider>,
    /// The clinic's currency, the types' fees are in.
    pub currency: Currency,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct TypeForm {
    pub name: String,
    pub duration_minutes: String,
    pub buffer_before_minutes: String,
    pub buffer_after_minutes: String,
    pub colour: String,
    pub online_bookable: Option<String>,
    pub needs_chair: Option<String>,
    pub provider_ids: Vec<String>,
    /// `45.00`; empty for no fee.
    pub fee: String,
    /// Both empty: no recall.
    pub recall_kind: String,
    pub recall_months: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TypeChanges {
    pub name: String,
    pub duration_minutes: i32,
    pub buffer_before_minutes: i32,
    pub buffer_after_minutes: i32,
    pub colour: Colour,
    pub online_bookable: bool,
    pub needs_chair: bool,
    pub provider_ids: Vec<i64>,
    pub fee: Fee,
    pub recall: Option<RecallRule>,
}

/// Most providers one appointment type may name.
pub const MAX_TYPE_PROVIDERS: usize = 200;

pub fn check_type_name(input: &str) -> Result<String, String> {
    required_text(input, &crate::t!("check-what-type-name"), 80)
}
pub fn check_duration(input: &str) -> Result<i32, String> {
    minutes_in_fives(input, 5, 480)
}
/// The name of a recall ("Hygiene"); empty for none.
pub fn check_recall_kind(input: &str) -> Result<String, String> {
    optional_text(input, 40)
}
/// After how many months a recall falls due; empty for none.
pub fn check_recall_months(input: &str) -> Result<Option<i32>, String> {
    if input.trim().is_empty() {
        Ok(None)
    } else {
        whole_number(input, 1, 60, &crate::t!("check-what-months")).map(Some)
    }
}
pub fn check_buffer(input: &str) -> Result<i32, String> {
    if input.trim().is_empty() { Ok(0) } else { minutes_in_fives(input, 0, 120) }
}

impl TypeForm {
    pub fn from_type(kind: &AppointmentType) -> Self {
        let flag = |on: bool| on.then(|| "on".to_string());
        TypeForm {
            name: kind.name.clone(),
            duration_minutes: kind.duration_minutes.to_string(),
            buffer_before_minutes: kind.buffer_before_minutes.to_string(),
            buffer_after_minutes: kind.buffer_after_minutes.to_string(),
            colour: kind.colour.clone(),
            online_bookable: flag(kind.online_bookable),
            needs_chair: flag(kind.needs_chair),
            provider_ids: kind.provider_ids.iter().map(i64::to_string).collect(),
            fee: Fee::from_minor(kind.fee_minor).map(Fee::plain).unwrap_or_default(),
            recall_kind: kind.recall.as_ref().map(|r| r.kind.clone()).unwrap_or_default(),
            recall_months: kind.recall.as_ref().map(|r| r.months.to_string()).unwrap_or_default(),
        }
    }

    pub fn parse(&self) -> Result<TypeChanges, FieldErrors> {
        let mut p = Problems::default();
        let name = p.check("name", check_type_name(&self.name));
        let duration = p.check("duration_minutes", check_duration(&self.duration_minutes));
        let before = p.check("buffer_before_minutes", check_buffer(&self.buffer_before_minutes));
        let after = p.check("buffer_after_minutes", check_buffer(&self.buffer_after_minutes));
        let colour = p.check("colour", Colour::parse(&self.colour));
        let fee = p.check("fee", Fee::parse(&self.fee));
        let mut provider_ids: Vec<i64> = Vec::new();
        for id in self.provider_ids.iter().take(MAX_TYPE_PROVIDERS) {
            if let Some(id) = p.check(
                "provider_ids",
                id.trim().parse::<i64>().map_err(|_| crate::t!("check-providers-from-list")),
            ) {
                provider_ids.push(id);
            }
        }
        if self.provider_ids.len() > MAX_TYPE_PROVIDERS {
            p.check::<()>(
                "provider_ids",
                Err(crate::t!("check-providers-at-most", count = MAX_TYPE_PROVIDERS)),
            );
        }
        provider_ids.sort_unstable();
        provider_ids.dedup();
        let recall_kind = p.check("recall_kind", check_recall_kind(&self.recall_kind));
        let recall_months = p.check("recall_months", check_recall_months(&self.recall_months));
        let recall = match (recall_kind, recall_months) {
            (Some(kind), Some(None)) if kind.is_empty() => Some(None),
            (Some(kind), Some(Some(months))) if !kind.is_empty() => {
                Some(Some(RecallRule { kind, months }))
            }
            (Some(kind), Some(None)) if !kind.is_empty() => {
                p.check("recall_months", Err(crate::t!("check-recall-months-missing")))
            }
            (Some(_), Some(Some(_))) => {
                p.check("recall_kind", Err(crate::t!("check-recall-kind-missing")))
            }
            _ => None,
        };
        let changes = (|| {
            Some(TypeChanges {
                name: name?,
                duration_minutes: duration?,
                buffer_before_minutes: before?,
                buffer_after_minutes: after?,
                colour: colour?,
                online_bookable: checked(&self.online_bookable),
                needs_chair: checked(&self.needs_chair),
                provider_ids,
                fee: fee?,
                recall: recall?,
            })
        })();
        p.finish(changes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_clinic_form_reports_every_bad_field_at_once() {
        let form = ClinicForm {
            name: " ".into(),
            slug: "North London".into(),
            time_zone: "Europe/London".into(),
            calling_code: "44".into(),
            slot_step_minutes: "7".into(),
            min_notice_minutes: "120".into(),
            horizon_days: "0".into(),
            cancel_notice_hours: "24".into(),
            currency: "GBP".into(),
            feed_patient_detail: "initials".into(),
            ..Default::default()
        };
        let errors = form.parse().unwrap_err();
        let fields: Vec<&str> = errors.keys().map(String::as_str).collect();
        assert_eq!(fields, ["horizon_days", "name", "slot_step_minutes", "slug"]);
    }

    #[test]
    fn reminder_hours_are_a_short_list_of_whole_hours() {
        assert_eq!(check_reminder_hours("2, 48"), Ok(vec![2880, 120]));
        assert_eq!(check_reminder_hours(" 24 24 "), Ok(vec![1440]));
        assert_eq!(check_reminder_hours(""), Ok(vec![]));
        for bad in ["0", "337", "two", "1,2,3,4,5", "1.5"] {
            assert!(check_reminder_hours(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_rota_ignores_blank_rows_and_names_the_overlapping_one() {
        let row = |weekday: &str, starts: &str, ends: &str| HoursRow {
            weekday: weekday.into(),
            starts: starts.into(),
            ends: ends.into(),
            chair_id: String::new(),
        };
        let mut form = HoursForm {
            valid_from: "2026-12-01".into(),
            valid_until: String::new(),
            rows: vec![row("1", "09:00", "12:30"), HoursRow::default(), row("1", "13:30", "17:00")],
        };
        let rota = form.parse().unwrap();
        assert_eq!(rota.intervals.len(), 2);
        assert_eq!(rota.span.until, None);

        form.rows.push(row("1", "12:00", "14:00"));
        let errors = form.parse().unwrap_err();
        assert_eq!(
            errors.get("rows.3.starts").map(String::as_str),
            Some("This overlaps Monday 09:00–12:30; a provider cannot be in two places at once.")
        );
    }

    #[test]
    fn a_rota_row_must_end_after_it_starts() {
        let form = HoursForm {
            valid_from: "2026-12-01".into(),
            valid_until: "2026-11-01".into(),
            rows: vec![HoursRow {
                weekday: "2".into(),
                starts: "17:00".into(),
                ends: "09:00".into(),
                chair_id: String::new(),
            }],
        };
        let errors = form.parse().unwrap_err();
        assert!(errors.contains_key("rows.0.ends"));
        assert!(errors.contains_key("valid_until"));
    }

    #[test]
    fn time_off_scopes_round_trip() {
        for scope in [TimeOffScope::Clinic, TimeOffScope::Provider(7), TimeOffScope::Chair(3)] {
            assert_eq!(TimeOffScope::parse(&scope.form_value()), Ok(scope));
        }
        assert!(TimeOffScope::parse("patient:1").is_err());
    }

    #[test]
    fn whole_day_time_off_may_be_a_single_day_but_not_end_before_it_starts() {
        let mut form = TimeOffForm {
            applies_to: "clinic".into(),
            from_date: "2026-12-25".into(),
            to_date: "2026-12-25".into(),
            reason: "Christmas Day".into(),
            ..Default::default()
        };
        assert!(form.parse().is_ok());
        form.from_time = "14:00".into();
        form.to_time = "13:00".into();
        assert!(form.parse().unwrap_err().contains_key("to_date"));
    }

    #[test]
    fn appointment_types_check_durations_and_flags() {
        let form = TypeForm {
            name: "Check-up".into(),
            duration_minutes: "30".into(),
            buffer_before_minutes: String::new(),
            buffer_after_minutes: "10".into(),
            colour: "#1f7a8c".into(),
            online_bookable: Some("on".into()),
            needs_chair: None,
            provider_ids: vec!["3".into(), "1".into(), "3".into()],
            fee: "£45.5".into(),
            recall_kind: String::new(),
            recall_months: String::new(),
        };
        let parsed = form.parse().unwrap();
        assert_eq!(parsed.recall, None);
        assert_eq!(parsed.buffer_before_minutes, 0);
        assert_eq!(parsed.fee.minor(), 4550);
        assert!(parsed.online_bookable && !parsed.needs_chair);
        assert_eq!(parsed.provider_ids, [1, 3]);
        let bad = TypeForm { duration_minutes: "500".into(), ..form.clone() };
        assert!(bad.parse().unwrap_err().contains_key("duration_minutes"));
    }

    #[test]
    fn a_recall_rule_needs_both_its_name_and_its_months() {
        let form = |kind: &str, months: &str| TypeForm {
            name: "Hygiene cleaning".into(),
            duration_minutes: "45".into(),
            colour: "#48c9b0".into(),
            recall_kind: kind.into(),
            recall_months: months.into(),
            ..Default::default()
        };
        let rule = form(" Hygiene ", "6").parse().unwrap().recall.unwrap();
        assert_eq!((rule.kind.as_str(), rule.months), ("Hygiene", 6));
        assert_eq!(rule.described(), "Hygiene, due after 6 months");
        let refused = |kind: &str, months: &str| {
            let errors = form(kind, months).parse().unwrap_err();
            errors.keys().cloned().collect::<Vec<_>>()
        };
        assert_eq!(refused("Hygiene", ""), ["recall_months"]);
        assert_eq!(refused("", "6"), ["recall_kind"]);
        assert_eq!(refused("Hygiene", "0"), ["recall_months"]);
        assert_eq!(refused("Hygiene", "61"), ["recall_months"]);
        assert_eq!(refused(&"x".repeat(41), "6"), ["recall_kind"]);
    }
}
