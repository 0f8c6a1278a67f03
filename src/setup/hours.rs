//! A provider's weekly working hours. A rota is saved for a range of dates (from a day, until
//! changed or until a last day): the intervals that applied over those dates are cut back, so
//! earlier weeks keep the hours they had, and later ones resume their old rota.

use leptos::prelude::*;

use super::model::{HoursData, HoursForm, SetupView};
use crate::error::AppError;

/// The provider's intervals from the clinic's today onwards; `on` (a date) picks the week shown.
#[server(endpoint = "setup/hours")]
pub async fn provider_hours(
    clinic: String,
    provider_id: i64,
    on: Option<String>,
) -> Result<SetupView<HoursData>, AppError> {
    ssr::provider_hours(clinic, provider_id, on).await.map_err(AppError::with_http_status)
}

/// Saves a new weekly rota for the provider over the form's dates.
#[server(endpoint = "setup/hours/save")]
pub async fn save_hours(clinic: String, provider_id: i64, form: HoursForm) -> Result<(), AppError> {
    ssr::save_hours(clinic, provider_id, form).await.map_err(AppError::with_http_status)
}

#[cfg(feature = "ssr")]
mod ssr {
    use chrono::{NaiveDate, NaiveTime};
    use sqlx::PgConnection;

    use super::super::chairs::ssr::chairs_of;
    use super::super::model::{HoursData, HoursForm, HoursInterval, SetupView, interval_named};
    use super::super::providers::ssr::provider_in;
    use crate::auth::authorize::require;
    use crate::auth::clinic_access::{self, Owned};
    use crate::domain::schedule::parse_date;
    use crate::domain::{DateSpan, Permission, Weekday, WeeklyInterval};
    use crate::error::AppError;
    use crate::error::forms::{broken_constraint, rejected};
    use crate::server::state::app_state;

    type Row = (i64, i16, NaiveTime, NaiveTime, Option<i64>, NaiveDate, Option<NaiveDate>);

    fn interval(row: &Row) -> Result<HoursInterval, AppError> {
        let (_, weekday, starts, ends, chair_id, from, until) = *row;
        let weekday = Weekday::from_iso(weekday).ok_or_else(|| AppError::internal("weekday"))?;
        Ok(HoursInterval {
            interval: WeeklyInterval { weekday, starts, ends, chair_id },
            span: DateSpan { from, until },
        })
    }

    /// Today's date in the clinic's time zone.
    pub fn clinic_today(time_zone: &str) -> Result<NaiveDate, AppError> {
        let tz: chrono_tz::Tz = time_zone.parse().map_err(AppError::internal)?;
        Ok(chrono::Utc::now().with_timezone(&tz).date_naive())
    }

    async fn intervals_overlapping(
        conn: &mut PgConnection,
        provider_id: i64,
        span: DateSpan,
    ) -> Result<Vec<Row>, sqlx::Error> {
        sqlx::query_as(
            "SELECT id, weekday, starts, ends, chair_id, valid_from, valid_until
             FROM working_hours
             WHERE provider_id = $1
               AND daterange(valid_from, valid_until, '[]') && daterange($2, $3, '[]')
             ORDER BY valid_from, weekday, starts",
        )
        .bind(provider_id)
        .bind(span.from)
        .bind(span.until)
        .fetch_all(conn)
        .await
    }

    pub async fn provider_hours(
        slug: String,
        provider_id: i64,
        on: Option<String>,
    ) -> Result<SetupView<HoursData>, AppError> {
        let state = app_state()?;
        let actor = require(Permission::ViewClinicSetup).await?;
        let mut conn = state.pool.acquire().await?;
        let access = clinic_access::open(&mut conn, actor, &slug).await?;
        let provider = provider_in(&mut conn, access.clinic.id, provider_id).await?;
        let today = clinic_today(&access.clinic.time_zone)?;
        let on = match on.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            Some(text) => {
                let what = crate::t!("check-what-date");
                parse_date(text, &what).map_err(|message| AppError::invalid("on", message))?
            }
            None => today,
        };
        let rows =
            intervals_overlapping(&mut conn, provider_id, DateSpan { from: today, until: None })
                .await?;
        let intervals = rows.iter().map(interval).collect::<Result<_, _>>()?;
        let chairs = chairs_of(&mut conn, access.clinic.id).await?;
        Ok(SetupView {
            can_edit: access.can_edit(),
            clinic: access.clinic,
            data: HoursData { provider, chairs, on, intervals },
        })
    }

    pub async fn save_hours(
        slug: String,
        provider_id: i64,
        form: HoursForm,
    ) -> Result<(), AppError> {
        let state = app_state()?;
        let actor = require(Permission::ManageClinicSetup).await?;
        let mut tx = state.pool.begin().await?;
        let access = clinic_access::open(&mut tx, actor, &slug).await?;
        // Locks the provider: two rota saves for one provider run one after the other.
        provider_in(&mut tx, access.clinic.id, provider_id).await?;
        let rota = form.parse().map_err(|fields| rejected(fields, &form))?;
        let chairs: Vec<i64> = rota.intervals.iter().filter_map(|i| i.chair_id).collect();
        clinic_access::require_in_clinic(&mut tx, access.clinic.id, Owned::Chair, &chairs).await?;
        let today = clinic_today(&access.clinic.time_zone)?;
        if rota.span.from < today {
            return Err(rejected(
                [(
                    "valid_from".to_string(),
                    crate::t!(
                        "check-rota-from-past",
                        date = access.clinic.locale().date_long(today)
                    ),
                )]
                .into(),
                &form,
            ));
        }

        let replaced = intervals_overlapping(&mut tx, provider_id, rota.span).await?;
        let before: Vec<HoursInterval> = replaced.iter().map(interval).collect::<Result<_, _>>()?;
        for (row, old) in replaced.iter().zip(&before) {
            let mut kept = old.span.minus(&rota.span).into_iter();
            match kept.next() {
                None => {
                    sqlx::query("DELETE FROM working_hours WHERE id = $1")
                        .bind(row.0)
                        .execute(&mut *tx)
                        .await?;
                }
                Some(first) => {
                    sqlx::query(
                        "UPDATE working_hours SET valid_from = $2, valid_until = $3 WHERE id = $1",
                    )
                    .bind(row.0)
                    .bind(first.from)
                    .bind(first.until)
                    .execute(&mut *tx)
                    .await?;
                }
            }
            for rest in kept {
                insert(&mut tx, access.clinic.id, provider_id, &old.interval, rest).await?;
            }
        }
        for new in &rota.intervals {
            let inserted = insert(&mut tx, access.clinic.id, provider_id, new, rota.span).await;
            if let Err(error) = inserted {
                let locale = access.clinic.locale();
                let when = interval_named(new, |t| locale.time(t));
                let message = match broken_constraint(&error).as_deref() {
                    // Only this clinic's chairs get here (checked above).
                    Some("working_hours_chair_free") => {
                        crate::t!("check-rota-chair-taken", interval = when)
                    }
                    Some("working_hours_provider_free") => {
                        crate::t!("check-rota-overlaps-other-hours", interval = when)
                    }
                    _ => return Err(error.into()),
                };
                return Err(rejected([("rows".to_string(), message)].into(), &form));
            }
        }
        let after: Vec<HoursInterval> = rota
            .intervals
            .iter()
            .map(|interval| HoursInterval { interval: *interval, span: rota.span })
            .collect();
        clinic_access::audit_change(
            &mut tx,
            &access,
            "working_hours.replaced",
            ("provider", provider_id),
            Some(&before),
            &after,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn insert(
        conn: &mut PgConnection,
        clinic_id: i64,
        provider_id: i64,
        interval: &WeeklyInterval,
        span: DateSpan,
    ) -> Result<(), sqlx::Error> {
        sqlx::query(
            "INSERT INTO working_hours
                 (clinic_id, provider_id, chair_id, weekday, starts, ends, valid_from, valid_until)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(clinic_id)
        .bind(provider_id)
        .bind(interval.chair_id)
        .bind(interval.weekday.iso())
        .bind(interval.starts)
        .bind(interval.ends)
        .bind(span.from)
        .bind(span.until)
        .execute(conn)
        .await?;
        Ok(())
    }
}
