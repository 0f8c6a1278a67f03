//! The slot picker of the public pages: a week of days with their free times counted, and the
//! free times of the chosen day, by the availability engine under the clinic's online policy
//! (notice, horizon, slot step).

use chrono::{DateTime, Days, NaiveDate, Offset, TimeZone, Utc};
use sqlx::PgConnection;

use super::model::{DayChoice, SlotPicker, TimeChoice};
use crate::error::AppError;
use crate::scheduling::slots::FreeTime;
use crate::scheduling::slots::ssr::{Asker, compute};

/// Days in the strip.
pub const STRIP_DAYS: u64 = 7;

/// What to pick from.
pub struct PickerQuery {
    pub clinic_id: i64,
    pub zone: chrono_tz::Tz,
    /// How the clinic writes times.
    pub locale: crate::i18n::Locale,
    pub type_id: i64,
    /// `None`: the first available provider for each time.
    pub provider_id: Option<i64>,
    /// The strip's first day (default: today in the clinic).
    pub from: Option<NaiveDate>,
    /// The chosen day (default: the strip's first day with a free time).
    pub date: Option<NaiveDate>,
    pub horizon_days: i32,
    /// The patient's own appointment being moved (its current time counts as free).
    pub moving: Option<i64>,
}

/// Free times for one provider, or with any provider the first one free at each time.
fn first_per_time(times: Vec<FreeTime>) -> Vec<FreeTime> {
    let mut seen = std::collections::HashSet::new();
    times.into_iter().filter(|t| seen.insert(t.start)).collect()
}

pub async fn build(
    conn: &mut PgConnection,
    query: &PickerQuery,
    now: DateTime<Utc>,
) -> Result<SlotPicker, AppError> {
    let zone = query.zone;
    let today = now.with_timezone(&zone).date_naive();
    let last = today + Days::new(u64::try_from(query.horizon_days).unwrap_or(0));
    // A day asked for without its week starts the strip.
    let from = query.from.or(query.date).unwrap_or(today).clamp(today, last);
    let until = from + Days::new(STRIP_DAYS - 1);
    let (type_id, provider) = (query.type_id, query.provider_id);
    let asker = query.moving.map_or(Asker::Patient, Asker::PatientMoving);
    let times =
        compute(conn, query.clinic_id, zone, type_id, provider, from, until, now, asker).await?;
    let mut times = first_per_time(times);
    times.sort_by_key(|t| t.start);
    let local_day = |t: &FreeTime| t.start.with_timezone(&zone).date_naive();
    let days: Vec<DayChoice> = (0..STRIP_DAYS)
        .map(|n| from + Days::new(n))
        .map(|date| DayChoice { date, free: times.iter().filter(|t| local_day(t) == date).count() })
        .collect();
    let date = query
        .date
        .filter(|d| (from..=until).contains(d))
        .or_else(|| days.iter().find(|d| d.free > 0).map(|d| d.date))
        .unwrap_or(from);
    let chosen = times
        .iter()
        .filter(|t| local_day(t) == date)
        .map(|t| {
            let local = t.start.with_timezone(&zone);
            TimeChoice {
                starts_at: local.format("%Y-%m-%dT%H:%M").to_string(),
                label: query.locale.time(local.time()),
                provider_id: t.provider_id,
                provider: t.provider.clone(),
            }
        })
        .collect();
    let noon = date.and_hms_opt(12, 0, 0).unwrap_or_default();
    let utc_offset_minutes = zone
        .from_local_datetime(&noon)
        .earliest()
        .map(|t| t.offset().fix().local_minus_utc() / 60)
        .unwrap_or(0);
    Ok(SlotPicker {
        days,
        date,
        times: chosen,
        earlier: (from > today)
            .then(|| from.checked_sub_days(Days::new(STRIP_DAYS)).unwrap_or(today).max(today)),
        later: (until < last).then(|| until + Days::new(1)),
        utc_offset_minutes,
    })
}
