//! The free times for an appointment type: the clinic's rotas, appointments, time off and
//! policy loaded from the database and handed to the availability engine.

use chrono::{DateTime, Utc};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

/// A bookable time as the pages show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FreeTime {
    pub start: DateTime<Utc>,
    /// In the clinic's time zone: `2026-12-01 10:30`.
    pub local: String,
    pub provider_id: i64,
    pub provider: String,
    pub chair_id: Option<i64>,
}

/// Most days one question may cover.
pub const MAX_DAYS: u32 = 62;

/// Free times for the type from `from` (a local date, `2026-12-01`) for `days` days, with one
/// provider or any eligible one.
#[server(endpoint = "appointments/availability")]
pub async fn free_times(
    clinic: String,
    appointment_type_id: i64,
    #[server(default)] provider_id: Option<i64>,
    from: String,
    days: u32,
) -> Result<Vec<FreeTime>, AppError> {
    ssr::free_times(clinic, appointment_type_id, provider_id, from, days)
        .await
        .map_err(AppError::with_http_status)
}

#[cfg(feature = "ssr")]
pub mod ssr {
    use std::collections::HashMap;

    use chrono::{DateTime, Duration, NaiveDate, NaiveTime, Utc};
    use sqlx::PgConnection;
    use sqlx::postgres::types::PgRange;

    use super::{FreeTime, MAX_DAYS};
    use crate::auth::authorize::require;
    use crate::auth::clinic_access;
    use crate::domain::schedule::parse_date;
    use crate::domain::{DateSpan, Permission, Weekday, WeeklyInterval};
    use crate::error::AppError;
    use crate::scheduling::availability::{
        BookingPolicy, Busy, BusyList, ChairCalendar, ClinicCalendar, ProviderCalendar,
        RotaInterval, SlotQuery, VisitKind, available_slots,
    };
    use crate::scheduling::live::LIVE;
    use crate::server::state::app_state;
    use crate::t;

    fn range(r: PgRange<DateTime<Utc>>) -> Option<Busy> {
        use std::ops::Bound::{Excluded, Included};
        match (r.start, r.end) {
            (Included(s) | Excluded(s), Included(e) | Excluded(e)) => Some(Busy::new(s, e)),
            _ => None,
        }
    }

    /// A working-hours row: provider, weekday, start, end, chair, valid from, valid until.
    type RotaRow = (i64, i16, NaiveTime, NaiveTime, Option<i64>, NaiveDate, Option<NaiveDate>);

    /// Busy ranges per owner id from `(owner, range)` rows.
    fn by_owner(rows: Vec<(i64, PgRange<DateTime<Utc>>)>) -> HashMap<i64, Vec<Busy>> {
        let mut map: HashMap<i64, Vec<Busy>> = HashMap::new();
        for (owner, r) in rows {
            if let Some(busy) = range(r) {
                map.entry(owner).or_default().push(busy);
            }
        }
        map
    }

    /// Who asks: staff book at any time (no notice, no horizon); patients booking online get
    /// the clinic's policy, and a patient moving their own appointment also gets its current
    /// time counted as free (the move replaces it).
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Asker {
        Staff,
        Patient,
        PatientMoving(i64),
    }

    /// Everything the engine needs about a clinic for a window of instants, and the answer.
    #[allow(clippy::too_many_arguments)]
    pub async fn compute(
        conn: &mut PgConnection,
        clinic_id: i64,
        zone: chrono_tz::Tz,
        type_id: i64,
        provider: Option<i64>,
        from: NaiveDate,
        until: NaiveDate,
        now: DateTime<Utc>,
        asker: Asker,
    ) -> Result<Vec<FreeTime>, AppError> {
        let policy: (i32, i32, i32) = sqlx::query_as(
            "SELECT slot_step_minutes, min_notice_minutes, horizon_days FROM clinic WHERE id = $1",
        )
        .bind(clinic_id)
        .fetch_one(&mut *conn)
        .await?;
        let moving = match asker {
            Asker::PatientMoving(id) => Some(id),
            _ => None,
        };
        let kind: Option<(i32, i32, i32, bool, Vec<i64>)> = sqlx::query_as(
            "SELECT t.duration_minutes, t.buffer_before_minutes, t.buffer_after_minutes, t.needs_chair,
                    array(SELECT tp.provider_id FROM appointment_type_provider tp
                          JOIN provider p ON p.id = tp.provider_id AND p.active
                          WHERE tp.appointment_type_id = t.id)
             FROM appointment_type t WHERE t.clinic_id = $1 AND t.id = $2 AND t.active",
        )
        .bind(clinic_id)
        .bind(type_id)
        .fetch_optional(&mut *conn)
        .await?;
        let (minutes, before, after, needs_chair, eligible) = kind.ok_or_else(|| {
            AppError::invalid("appointment_type_id", t!("server-choose-type-of-clinic"))
        })?;
        // A day either side covers any time zone's offset from UTC.
        let window = (
            from.pred_opt().unwrap_or(from).and_time(NaiveTime::MIN).and_utc(),
            until
                .succ_opt()
                .unwrap_or(until)
                .succ_opt()
                .unwrap_or(until)
                .and_time(NaiveTime::MIN)
                .and_utc(),
        );
        let rota_rows: Vec<RotaRow> = sqlx::query_as(
            "SELECT provider_id, weekday, starts, ends, chair_id, valid_from, valid_until
                 FROM working_hours
                 WHERE clinic_id = $1 AND provider_id = ANY($2)
                   AND daterange(valid_from, valid_until, '[]') && daterange($3, $4, '[]')",
        )
        .bind(clinic_id)
        .bind(&eligible)
        .bind(from)
        .bind(until)
        .fetch_all(&mut *conn)
        .await?;
        let provider_busy = by_owner(
            sqlx::query_as(&format!(
                "SELECT a.provider_id, a.blocked FROM appointment a
                 WHERE a.clinic_id = $1 AND {LIVE}
                   AND a.blocked && tstzrange($2, $3) AND a.id IS DISTINCT FROM $4
                 UNION ALL
                 SELECT provider_id, period FROM time_off
                 WHERE clinic_id = $1 AND provider_id IS NOT NULL AND period && tstzrange($2, $3)"
            ))
            .bind(clinic_id)
            .bind(window.0)
            .bind(window.1)
            .bind(moving)
            .fetch_all(&mut *conn)
            .await?,
        );
        let chair_busy = by_owner(
            sqlx::query_as(&format!(
                "SELECT a.chair_id, a.blocked FROM appointment a
                 WHERE a.clinic_id = $1 AND a.chair_id IS NOT NULL AND {LIVE}
                   AND a.blocked && tstzrange($2, $3) AND a.id IS DISTINCT FROM $4
                 UNION ALL
                 SELECT chair_id, period FROM time_off
                 WHERE clinic_id = $1 AND chair_id IS NOT NULL AND period && tstzrange($2, $3)"
            ))
            .bind(clinic_id)
            .bind(window.0)
            .bind(window.1)
            .bind(moving)
            .fetch_all(&mut *conn)
            .await?,
        );
        let closures: Vec<(i64, PgRange<DateTime<Utc>>)> = sqlx::query_as(
            "SELECT 0::bigint, period FROM time_off
             WHERE clinic_id = $1 AND provider_id IS NULL AND chair_id IS NULL
               AND period && tstzrange($2, $3)",
        )
        .bind(clinic_id)
        .bind(window.0)
        .bind(window.1)
        .fetch_all(&mut *conn)
        .await?;
        let chairs: Vec<i64> = sqlx::query_scalar(
            "SELECT id FROM chair WHERE clinic_id = $1 AND active ORDER BY display_order, lower(name)",
        )
        .bind(clinic_id)
        .fetch_all(&mut *conn)
        .await?;
        let names: HashMap<i64, String> = sqlx::query_as::<_, (i64, String)>(
            "SELECT id, name FROM provider WHERE clinic_id = $1",
        )
        .bind(clinic_id)
        .fetch_all(&mut *conn)
        .await?
        .into_iter()
        .collect();

        let mut rotas: HashMap<i64, Vec<RotaInterval>> = HashMap::new();
        for (provider_id, weekday, starts, ends, chair_id, valid_from, valid_until) in rota_rows {
            let Some(interval) = Weekday::from_iso(weekday)
                .and_then(|day| WeeklyInterval::new(day, starts, ends, chair_id).ok())
            else {
                continue;
            };
            let span = DateSpan { from: valid_from, until: valid_until };
            rotas.entry(provider_id).or_default().push(RotaInterval { interval, span });
        }
        let mut provider_busy = provider_busy;
        let mut chair_busy = chair_busy;
        let providers: Vec<ProviderCalendar> = eligible
            .iter()
            .map(|id| ProviderCalendar {
                provider_id: *id,
                rota: rotas.remove(id).unwrap_or_default(),
                busy: BusyList::new(provider_busy.remove(id).unwrap_or_default()),
            })
            .collect();
        let chairs: Vec<ChairCalendar> = chairs
            .into_iter()
            .map(|id| ChairCalendar {
                chair_id: id,
                busy: BusyList::new(chair_busy.remove(&id).unwrap_or_default()),
            })
            .collect();
        let closures = BusyList::new(closures.into_iter().filter_map(|(_, r)| range(r)).collect());
        let clinic = ClinicCalendar {
            zone: &zone,
            providers: &providers,
            chairs: &chairs,
            closures: &closures,
        };
        let kind = VisitKind {
            duration: Duration::minutes(i64::from(minutes)),
            buffer_before: Duration::minutes(i64::from(before)),
            buffer_after: Duration::minutes(i64::from(after)),
            needs_chair,
            providers: eligible.clone(),
        };
        let policy = match asker {
            Asker::Patient | Asker::PatientMoving(_) => BookingPolicy {
                slot_step: Duration::minutes(i64::from(policy.0)),
                min_notice: Duration::minutes(i64::from(policy.1)),
                horizon: Duration::days(i64::from(policy.2)),
            },
            // Staff may book at short notice and far ahead, but not in the past.
            Asker::Staff => BookingPolicy {
                slot_step: Duration::minutes(i64::from(policy.0)),
                min_notice: Duration::zero(),
                horizon: Duration::days(3650),
            },
        };
        let query = SlotQuery { from, until, provider };
        Ok(available_slots(&clinic, &kind, &policy, &query, now)
            .into_iter()
            .map(|slot| FreeTime {
                start: slot.start,
                local: slot.start.with_timezone(&zone).format("%Y-%m-%d %H:%M").to_string(),
                provider_id: slot.provider_id,
                provider: names.get(&slot.provider_id).cloned().unwrap_or_default(),
                chair_id: slot.chair_id,
            })
            .collect())
    }

    pub async fn free_times(
        slug: String,
        type_id: i64,
        provider: Option<i64>,
        from: String,
        days: u32,
    ) -> Result<Vec<FreeTime>, AppError> {
        let actor = require(Permission::ViewCalendar).await?;
        let from = parse_date(&from, &t!("server-what-first-day"))
            .map_err(|m| AppError::invalid("from", m))?;
        if !(1..=MAX_DAYS).contains(&days) {
            return Err(AppError::invalid("days", t!("server-slots-days", max = MAX_DAYS)));
        }
        let until = from + chrono::Days::new(u64::from(days - 1));
        let state = app_state()?;
        let mut conn = state.pool.acquire().await?;
        let access = clinic_access::open(&mut conn, actor, &slug).await?;
        let zone: chrono_tz::Tz = access.clinic.time_zone.parse().map_err(AppError::internal)?;
        compute(
            &mut conn,
            access.clinic.id,
            zone,
            type_id,
            provider,
            from,
            until,
            Utc::now(),
            Asker::Staff,
        )
        .await
    }
}
