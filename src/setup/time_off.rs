//! Time off and blockouts: a provider away, a chair out of service, or the whole clinic closed
//! (a holiday), over a range of local date-times turned into instants with the clinic's zone.

use leptos::prelude::*;

use super::model::{SetupView, TimeOffData, TimeOffForm};
use crate::error::AppError;

/// Time off that has not ended yet, soonest first.
#[server(endpoint = "setup/time-off")]
pub async fn list_time_off(clinic: String) -> Result<SetupView<TimeOffData>, AppError> {
    ssr::list_time_off(clinic).await.map_err(AppError::with_http_status)
}

#[server(endpoint = "setup/time-off/add")]
pub async fn add_time_off(clinic: String, form: TimeOffForm) -> Result<i64, AppError> {
    ssr::add_time_off(clinic, form).await.map_err(AppError::with_http_status)
}

#[server(endpoint = "setup/time-off/remove")]
pub async fn remove_time_off(clinic: String, id: i64) -> Result<(), AppError> {
    ssr::remove_time_off(clinic, id).await.map_err(AppError::with_http_status)
}

#[cfg(feature = "ssr")]
mod ssr {
    use chrono::{DateTime, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
    use chrono_tz::Tz;
    use sqlx::PgConnection;
    use sqlx::postgres::types::PgRange;

    use super::super::chairs::ssr::chairs_of;
    use super::super::model::{SetupView, TimeOff, TimeOffData, TimeOffForm, TimeOffScope};
    use super::super::providers::ssr::providers_of;
    use crate::auth::authorize::require;
    use crate::auth::clinic_access::{self, Owned};
    use crate::domain::Permission;
    use crate::error::AppError;
    use crate::error::forms::rejected;
    use crate::i18n::Locale;
    use crate::scheduling::live::LIVE;
    use crate::server::state::app_state;

    /// Which end of a range a local time is: it decides the instant chosen for a wall-clock
    /// time that happens twice (clocks going back), so the range covers the whole of it.
    #[derive(Clone, Copy)]
    enum End {
        Start,
        Finish,
    }

    /// `instant_in` for an English reader in the default region.
    #[cfg(test)]
    fn instant(tz: Tz, local: NaiveDateTime, end: End) -> Result<DateTime<Utc>, String> {
        instant_in(Locale::default(), tz, local, end)
    }

    /// The instant of a local wall-clock time in `tz`. A time that does not exist (clocks going
    /// forward) is refused with a message naming the gap, written for `locale`.
    fn instant_in(
        locale: Locale,
        tz: Tz,
        local: NaiveDateTime,
        end: End,
    ) -> Result<DateTime<Utc>, String> {
        match tz.from_local_datetime(&local) {
            LocalResult::Single(t) => Ok(t.with_timezone(&Utc)),
            LocalResult::Ambiguous(earlier, later) => Ok(match end {
                End::Start => earlier,
                End::Finish => later,
            }
            .with_timezone(&Utc)),
            LocalResult::None => Err(crate::t!(
                "check-time-off-clocks-forward",
                moment = locale.date_time_long(local.date(), local.time()),
                zone = tz.to_string()
            )),
        }
    }

    fn local(tz: Tz, at: DateTime<Utc>) -> String {
        at.with_timezone(&tz).format("%Y-%m-%d %H:%M").to_string()
    }

    type Row = (i64, Option<i64>, Option<i64>, PgRange<DateTime<Utc>>, String, Option<String>, i64);

    async fn entries(
        conn: &mut PgConnection,
        clinic_id: i64,
        tz: Tz,
        only: Option<i64>,
    ) -> Result<Vec<TimeOff>, AppError> {
        let rows: Vec<Row> = sqlx::query_as(&format!(
            "SELECT t.id, t.provider_id, t.chair_id, t.period, t.reason,
                    coalesce(p.name, c.name),
                    (SELECT count(*) FROM appointment a
                     WHERE a.clinic_id = t.clinic_id AND a.blocked && t.period
                       AND a.status IN ('held', 'scheduled', 'confirmed') AND {LIVE}
                       AND (a.provider_id = t.provider_id OR a.chair_id = t.chair_id
                            OR (t.provider_id IS NULL AND t.chair_id IS NULL)))
             FROM time_off t
             LEFT JOIN provider p ON p.id = t.provider_id
             LEFT JOIN chair c ON c.id = t.chair_id
             WHERE t.clinic_id = $1 AND ($2::bigint IS NULL AND upper(t.period) > now()
                                         OR t.id = $2)
             ORDER BY lower(t.period), t.id"
        ))
        .bind(clinic_id)
        .bind(only)
        .fetch_all(conn)
        .await?;
        rows.into_iter()
            .map(|(id, provider_id, chair_id, period, reason, name, affected)| {
                let scope = match (provider_id, chair_id) {
                    (Some(p), _) => TimeOffScope::Provider(p),
                    (_, Some(c)) => TimeOffScope::Chair(c),
                    _ => TimeOffScope::Clinic,
                };
                let bound = |b: std::ops::Bound<DateTime<Utc>>| match b {
                    std::ops::Bound::Included(t) | std::ops::Bound::Excluded(t) => Ok(local(tz, t)),
                    std::ops::Bound::Unbounded => Err(AppError::internal("unbounded time off")),
                };
                Ok(TimeOff {
                    id,
                    scope,
                    applies_to: match scope {
                        TimeOffScope::Clinic => crate::t!("setup-time-off-whole-clinic"),
                        TimeOffScope::Provider(_) | TimeOffScope::Chair(_) => {
                            name.unwrap_or_default()
                        }
                    },
                    starts_local: bound(period.start)?,
                    ends_local: bound(period.end)?,
                    reason,
                    affected,
                })
            })
            .collect()
    }

    fn zone(time_zone: &str) -> Result<Tz, AppError> {
        time_zone.parse().map_err(AppError::internal)
    }

    pub async fn list_time_off(slug: String) -> Result<SetupView<TimeOffData>, AppError> {
        let state = app_state()?;
        let actor = require(Permission::ViewClinicSetup).await?;
        let mut conn = state.pool.acquire().await?;
        let access = clinic_access::open(&mut conn, actor, &slug).await?;
        let tz = zone(&access.clinic.time_zone)?;
        let data = TimeOffData {
            entries: entries(&mut conn, access.clinic.id, tz, None).await?,
            providers: providers_of(&mut conn, access.clinic.id).await?,
            chairs: chairs_of(&mut conn, access.clinic.id).await?,
        };
        Ok(SetupView { can_edit: access.can_edit(), clinic: access.clinic, data })
    }

    pub async fn add_time_off(slug: String, form: TimeOffForm) -> Result<i64, AppError> {
        let state = app_state()?;
        let actor = require(Permission::ManageClinicSetup).await?;
        let mut tx = state.pool.begin().await?;
        let access = clinic_access::open(&mut tx, actor, &slug).await?;
        let entry = form.parse().map_err(|fields| rejected(fields, &form))?;
        let tz = zone(&access.clinic.time_zone)?;
        let locale = access.clinic.locale();
        let at = |(date, time): (NaiveDate, Option<NaiveTime>), end: End| {
            let local = match (time, end) {
                (Some(time), _) => date.and_time(time),
                (None, End::Start) => date.and_time(NaiveTime::MIN),
                // A whole last day ends at the start of the next.
                (None, End::Finish) => date.succ_opt().unwrap_or(date).and_time(NaiveTime::MIN),
            };
            instant_in(locale, tz, local, end)
        };
        let start = at(entry.from, End::Start);
        let finish = at(entry.to, End::Finish);
        let (start, finish) = match (start, finish) {
            (Ok(start), Ok(finish)) => (start, finish),
            (start, finish) => {
                let mut fields = crate::error::FieldErrors::new();
                if let Err(message) = start {
                    fields.insert("from_time".into(), message);
                }
                if let Err(message) = finish {
                    fields.insert("to_time".into(), message);
                }
                return Err(rejected(fields, &form));
            }
        };
        let (provider_id, chair_id) = match entry.scope {
            TimeOffScope::Clinic => (None, None),
            TimeOffScope::Provider(id) => (Some(id), None),
            TimeOffScope::Chair(id) => (None, Some(id)),
        };
        // Checked here, not left to the foreign key: one answer whatever the id names.
        let clinic_id = access.clinic.id;
        let known = match entry.scope {
            TimeOffScope::Clinic => true,
            TimeOffScope::Provider(id) => {
                clinic_access::all_in_clinic(&mut tx, clinic_id, Owned::Provider, &[id]).await?
            }
            TimeOffScope::Chair(id) => {
                clinic_access::all_in_clinic(&mut tx, clinic_id, Owned::Chair, &[id]).await?
            }
        };
        if !known {
            return Err(rejected(
                [("applies_to".to_string(), crate::t!("check-time-off-not-in-clinic"))].into(),
                &form,
            ));
        }
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO time_off (clinic_id, provider_id, chair_id, period, reason, created_by)
             VALUES ($1, $2, $3, tstzrange($4, $5), $6, $7) RETURNING id",
        )
        .bind(access.clinic.id)
        .bind(provider_id)
        .bind(chair_id)
        .bind(start)
        .bind(finish)
        .bind(&entry.reason)
        .bind(access.actor.staff_id)
        .fetch_one(&mut *tx)
        .await?;
        let after = entries(&mut tx, access.clinic.id, tz, Some(id)).await?;
        clinic_access::audit_change(
            &mut tx,
            &access,
            "time_off.created",
            ("time_off", id),
            None::<&()>,
            &after,
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    pub async fn remove_time_off(slug: String, id: i64) -> Result<(), AppError> {
        let state = app_state()?;
        let actor = require(Permission::ManageClinicSetup).await?;
        let mut tx = state.pool.begin().await?;
        let access = clinic_access::open(&mut tx, actor, &slug).await?;
        let tz = zone(&access.clinic.time_zone)?;
        let before = entries(&mut tx, access.clinic.id, tz, Some(id)).await?;
        if before.is_empty() {
            return Err(AppError::NotFound);
        }
        sqlx::query("DELETE FROM time_off WHERE clinic_id = $1 AND id = $2")
            .bind(access.clinic.id)
            .bind(id)
            .execute(&mut *tx)
            .await?;
        clinic_access::audit_change(
            &mut tx,
            &access,
            "time_off.removed",
            ("time_off", id),
            Some(&before),
            &serde_json::Value::Null,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        fn at(text: &str) -> NaiveDateTime {
            NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap()
        }

        #[test]
        fn a_time_in_the_spring_gap_is_refused() {
            let london: Tz = "Europe/London".parse().unwrap();
            let error = instant(london, at("2026-03-29 01:30"), End::Start).unwrap_err();
            assert!(error.contains("does not exist"), "{error}");
        }

        #[test]
        fn a_repeated_autumn_time_covers_the_whole_hour() {
            let new_york: Tz = "America/New_York".parse().unwrap();
            let local = at("2026-11-01 01:30");
            let start = instant(new_york, local, End::Start).unwrap();
            let finish = instant(new_york, local, End::Finish).unwrap();
            assert_eq!(finish - start, chrono::Duration::hours(1));
            assert_eq!(start.to_rfc3339(), "2026-11-01T05:30:00+00:00");
        }
    }
}
