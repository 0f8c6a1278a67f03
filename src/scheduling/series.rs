//! Recurring appointments: a series (every N weeks or months, M times) is planned first, each
//! occurrence checked against the calendar with free alternatives offered for those that
//! clash, and then booked in one transaction: all of it, or none.

use chrono::{Months, NaiveDate, NaiveDateTime};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::{AppError, FieldErrors};
use crate::t;

/// Longest series.
pub const MAX_OCCURRENCES: u32 = 52;

/// A series as the form sends it (every field as typed).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SeriesForm {
    pub patient_id: String,
    pub appointment_type_id: String,
    pub provider_id: String,
    #[serde(default)]
    pub chair_id: String,
    /// The first occurrence, local: `2026-12-01T10:30`.
    pub starts_at: String,
    pub every: String,
    /// `weeks` or `months`.
    pub unit: String,
    pub occurrences: String,
}

/// How often.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Repeat {
    Weeks(u32),
    Months(u32),
}

/// A checked series request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeriesRequest {
    pub patient_id: i64,
    pub type_id: i64,
    pub provider_id: i64,
    pub chair_id: Option<i64>,
    pub first: NaiveDateTime,
    pub repeat: Repeat,
    pub occurrences: u32,
}

impl SeriesForm {
    pub fn parse(&self) -> Result<SeriesRequest, FieldErrors> {
        let mut errors = FieldErrors::new();
        let id = |text: &str, key: &str, message: &str, errors: &mut FieldErrors| {
            text.trim().parse::<i64>().map_err(|_| errors.insert(key.into(), message.into())).ok()
        };
        let patient_id =
            id(&self.patient_id, "patient_id", &t!("server-choose-patient"), &mut errors);
        let type_id = id(
            &self.appointment_type_id,
            "appointment_type_id",
            &t!("server-choose-type"),
            &mut errors,
        );
        let provider_id =
            id(&self.provider_id, "provider_id", &t!("server-choose-provider"), &mut errors);
        let chair_id = match self.chair_id.trim() {
            "" => Some(None),
            text => text
                .parse::<i64>()
                .map(Some)
                .map_err(|_| errors.insert("chair_id".into(), t!("server-choose-chair")))
                .ok(),
        };
        let first = NaiveDateTime::parse_from_str(self.starts_at.trim(), "%Y-%m-%dT%H:%M")
            .map_err(|_| errors.insert("starts_at".into(), t!("server-series-choose-first")))
            .ok();
        let every = self
            .every
            .trim()
            .parse::<u32>()
            .ok()
            .filter(|n| (1..=52).contains(n))
            .ok_or_else(|| errors.insert("every".into(), t!("server-series-every")))
            .ok();
        let repeat = match (self.unit.trim(), every) {
            ("weeks", Some(n)) => Some(Repeat::Weeks(n)),
            ("months", Some(n)) => Some(Repeat::Months(n)),
            (_, Some(_)) => {
                errors.insert("unit".into(), t!("server-series-unit"));
                None
            }
            _ => None,
        };
        let occurrences = self
            .occurrences
            .trim()
            .parse::<u32>()
            .ok()
            .filter(|n| (2..=MAX_OCCURRENCES).contains(n))
            .ok_or_else(|| {
                errors.insert(
                    "occurrences".into(),
                    t!("server-series-occurrences", max = MAX_OCCURRENCES),
                )
            })
            .ok();
        match (patient_id, type_id, provider_id, chair_id, first, repeat, occurrences) {
            (
                Some(patient_id),
                Some(type_id),
                Some(provider_id),
                Some(chair_id),
                Some(first),
                Some(repeat),
                Some(occurrences),
            ) if errors.is_empty() => Ok(SeriesRequest {
                patient_id,
                type_id,
                provider_id,
                chair_id,
                first,
                repeat,
                occurrences,
            }),
            _ => Err(errors),
        }
    }
}

impl SeriesRequest {
    /// The local start of each occurrence: the same wall-clock time on each date. Months keep
    /// the day of the month, or the month's last day when it is shorter (31 January, then 28
    /// or 29 February, then 31 March).
    pub fn local_starts(&self) -> Vec<NaiveDateTime> {
        let time = self.first.time();
        let date: NaiveDate = self.first.date();
        (0..self.occurrences)
            .filter_map(|i| {
                let day = match self.repeat {
                    Repeat::Weeks(n) => {
                        date.checked_add_days(chrono::Days::new(u64::from(7 * n * i)))
                    }
                    Repeat::Months(n) => date.checked_add_months(Months::new(n * i)),
                };
                day.map(|d| d.and_time(time))
            })
            .collect()
    }
}

/// One occurrence of a planned series.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Occurrence {
    /// As a date-time input holds it: `2026-12-01T10:30`.
    pub starts_at: String,
    /// "Tue 1 Dec 2026, 10:30"
    pub label: String,
    /// Why it cannot be booked, when it cannot.
    pub problem: Option<String>,
    /// Free times of the same provider on the same day, nearest first (for a clash).
    pub alternatives: Vec<String>,
}

/// A series checked occurrence by occurrence, before anything is booked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SeriesPlan {
    pub patient: String,
    pub type_name: String,
    pub provider: String,
    pub clinic_slug: String,
    pub occurrences: Vec<Occurrence>,
}

impl SeriesPlan {
    pub fn all_free(&self) -> bool {
        self.occurrences.iter().all(|o| o.problem.is_none())
    }
}

/// Checks every occurrence of the series; books nothing.
#[server(endpoint = "appointments/series/plan")]
pub async fn plan_series(form: SeriesForm) -> Result<SeriesPlan, AppError> {
    ssr::plan_series(form).await.map_err(AppError::with_http_status)
}

/// Books the series at `times` (one local start per occurrence: the planned time or an
/// alternative), all in one transaction. Answers the appointments' ids; a form is sent on to
/// the calendar at the first one.
///
/// `times` is keyed by the occurrence's number (`times[0]`, `times[1]`, ...), not a list: a
/// list would close up around a missing entry and give later choices to the wrong occurrence.
#[server(endpoint = "appointments/series/book")]
pub async fn book_series(
    form: SeriesForm,
    #[server(default)] times: std::collections::BTreeMap<String, String>,
) -> Result<Vec<i64>, AppError> {
    ssr::book_series(form, times).await.map_err(AppError::with_http_status)
}

#[cfg(feature = "ssr")]
mod ssr {
    use std::collections::BTreeMap;

    use chrono::{DateTime, NaiveDateTime, Utc};
    use serde_json::json;
    use sqlx::PgConnection;

    use super::{Occurrence, SeriesForm, SeriesPlan, SeriesRequest};
    use crate::audit::store::{self as audit, AuditEntry, Outcome};
    use crate::auth::authorize::require;
    use crate::auth::session::{self, Actor};
    use crate::domain::Permission;
    use crate::email::model::EmailKind;
    use crate::email::outbox;
    use crate::error::{AppError, FieldErrors, FieldValues};
    use crate::patients::records::ssr::{open_patient, refuse_archived};
    use crate::scheduling::booking::ssr::{
        NewAppointment, Plan, clash, insert, plan, show_in_calendar, start_instant,
    };
    use crate::scheduling::live::LIVE;
    use crate::scheduling::slots::ssr::{Asker, compute};
    use crate::server::state::app_state;
    use crate::t;

    /// How many alternatives a clashing occurrence offers.
    const ALTERNATIVES: usize = 3;

    fn request(form: &SeriesForm) -> Result<SeriesRequest, AppError> {
        form.parse().map_err(|fields| AppError::Validation { fields, input: Default::default() })
    }

    /// What stands in the way of an occurrence: another appointment of the provider, the chair
    /// or the patient, or time off.
    async fn obstacle(
        conn: &mut PgConnection,
        clinic_id: i64,
        patient_id: i64,
        provider_id: i64,
        plan: &Plan,
    ) -> Result<Option<String>, AppError> {
        // What stands in the way, and the time off's reason.
        let found: Option<(String, String)> = sqlx::query_as(&format!(
            "SELECT CASE
                        WHEN a.provider_id = $2 AND a.blocked && tstzrange($5, $6) THEN 'provider'
                        WHEN a.patient_id = $3 AND a.visit && tstzrange($7, $8) THEN 'patient'
                        ELSE 'chair' END, ''
             FROM appointment a
             WHERE a.clinic_id = $1 AND {LIVE}
               AND ((a.provider_id = $2 AND a.blocked && tstzrange($5, $6))
                    OR (a.patient_id = $3 AND a.visit && tstzrange($7, $8))
                    OR ($4::bigint IS NOT NULL AND a.chair_id = $4 AND a.blocked && tstzrange($5, $6)))
             UNION ALL
             SELECT 'time off', t.reason
             FROM time_off t
             WHERE t.clinic_id = $1 AND t.period && tstzrange($5, $6)
               AND (t.provider_id = $2 OR ($4::bigint IS NOT NULL AND t.chair_id = $4)
                    OR (t.provider_id IS NULL AND t.chair_id IS NULL))
             LIMIT 1"
        ))
        .bind(clinic_id)
        .bind(provider_id)
        .bind(patient_id)
        .bind(plan.chair_id)
        .bind(plan.blocked.0)
        .bind(plan.blocked.1)
        .bind(plan.visit.0)
        .bind(plan.visit.1)
        .fetch_optional(&mut *conn)
        .await?;
        Ok(found.map(|(obstacle, reason)| match obstacle.as_str() {
            "provider" => t!("server-series-provider-booked"),
            "patient" => t!("server-series-patient-busy"),
            "chair" => t!("server-series-chair-taken"),
            _ => t!("server-series-time-off", reason = reason),
        }))
    }

    pub async fn plan_series(form: SeriesForm) -> Result<SeriesPlan, AppError> {
        let actor = require(Permission::BookAppointments).await?;
        let request = request(&form)?;
        let state = app_state()?;
        let mut conn = state.pool.acquire().await?;
        let access = open_patient(&mut conn, actor, request.patient_id).await?;
        let zone: chrono_tz::Tz = access.clinic.time_zone.parse().map_err(AppError::internal)?;
        let locale = access.clinic.locale();
        let clinic_id = access.clinic.id;
        let now = Utc::now();
        let mut occurrences = Vec::new();
        let mut names = None;
        for local in request.local_starts() {
            let starts_at = local.format("%Y-%m-%dT%H:%M").to_string();
            let label = locale.moment_medium_year(local);
            let problem = match start_instant(zone, &starts_at) {
                Err(AppError::Validation { fields, .. }) => fields.into_values().next(),
                Err(other) => return Err(other),
                Ok(start) => {
                    let plan = plan(
                        &mut conn,
                        clinic_id,
                        request.type_id,
                        request.provider_id,
                        request.chair_id,
                        start,
                    )
                    .await?;
                    names.get_or_insert_with(|| plan.provider.clone());
                    obstacle(&mut conn, clinic_id, request.patient_id, request.provider_id, &plan)
                        .await?
                }
            };
            let alternatives = match problem {
                None => Vec::new(),
                Some(_) => alternatives(&mut conn, (clinic_id, zone), &request, local, now).await?,
            };
            occurrences.push(Occurrence { starts_at, label, problem, alternatives });
        }
        // The type is checked by `plan` only when an occurrence got that far (not when every
        // start fell in a change of the clocks): its name is read in the clinic, like the rest.
        let titles: Option<(String, String)> = sqlx::query_as(
            "SELECT p.first_name || ' ' || p.last_name, t.name
             FROM patient p JOIN appointment_type t ON t.clinic_id = p.clinic_id
             WHERE p.id = $1 AND t.id = $2 AND p.clinic_id = $3",
        )
        .bind(request.patient_id)
        .bind(request.type_id)
        .bind(clinic_id)
        .fetch_optional(&mut *conn)
        .await?;
        let (patient, type_name) = titles.ok_or_else(|| {
            AppError::invalid("appointment_type_id", t!("server-choose-type-of-clinic"))
        })?;
        // The plan names the patient and their other appointments' clashes: audited.
        let entry = AuditEntry::new(
            "appointment.series_planned",
            Outcome::Success,
            &session::request_origin(),
        )
        .actor(access.actor.staff_id, access.actor.role)
        .clinic(clinic_id)
        .patient(request.patient_id)
        .details(json!({ "first": request.first, "occurrences": request.occurrences }));
        audit::append(&mut conn, entry).await?;
        Ok(SeriesPlan {
            patient,
            type_name,
            provider: names.unwrap_or_default(),
            clinic_slug: access.clinic.slug.clone(),
            occurrences,
        })
    }

    /// Free times of the provider on the occurrence's day, nearest to the asked time first.
    async fn alternatives(
        conn: &mut PgConnection,
        (clinic_id, zone): (i64, chrono_tz::Tz),
        request: &SeriesRequest,
        local: NaiveDateTime,
        now: DateTime<Utc>,
    ) -> Result<Vec<String>, AppError> {
        let date = local.date();
        let free = compute(
            conn,
            clinic_id,
            zone,
            request.type_id,
            Some(request.provider_id),
            date,
            date,
            now,
            Asker::Staff,
        )
        .await?;
        let asked = local.and_utc().timestamp();
        let mut starts: Vec<NaiveDateTime> = free
            .iter()
            .map(|f| f.start.with_timezone(&zone).naive_local())
            .filter(|t| t.date() == date)
            .collect();
        starts.sort_by_key(|t| ((t.and_utc().timestamp() - asked).abs(), *t));
        starts.truncate(ALTERNATIVES);
        starts.sort();
        Ok(starts.into_iter().map(|t| t.format("%Y-%m-%dT%H:%M").to_string()).collect())
    }

    pub async fn book_series(
        form: SeriesForm,
        times: BTreeMap<String, String>,
    ) -> Result<Vec<i64>, AppError> {
        let actor = require(Permission::BookAppointments).await?;
        // A refused series comes back with the times chosen (`times.0`, `times.1`, ...).
        let typed: FieldValues =
            times.iter().map(|(i, t)| (format!("times.{i}"), t.clone())).collect();
        book_chosen(actor, form, times).await.map_err(|error| error.with_input(typed))
    }

    async fn book_chosen(
        actor: Actor,
        form: SeriesForm,
        times: BTreeMap<String, String>,
    ) -> Result<Vec<i64>, AppError> {
        let request = request(&form)?;
        let planned = request.local_starts();
        let times: Vec<String> = if times.is_empty() {
            planned.iter().map(|t| t.format("%Y-%m-%dT%H:%M").to_string()).collect()
        } else {
            let numbers: Vec<String> = (0..planned.len()).map(|i| i.to_string()).collect();
            if times.keys().any(|key| !numbers.contains(key)) {
                return Err(AppError::invalid("times", t!("server-series-choose-every-time")));
            }
            let missing: FieldErrors = numbers
                .iter()
                .filter(|i| !times.contains_key(*i))
                .map(|i| (format!("times.{i}"), t!("server-series-choose-time")))
                .collect();
            if !missing.is_empty() {
                return Err(AppError::fields(missing));
            }
            // In the occurrences' order (as text, "10" would sort before "2").
            numbers.iter().map(|i| times[i].clone()).collect()
        };
        let state = app_state()?;
        let mut tx = state.pool.begin().await?;
        let access = open_patient(&mut tx, actor, request.patient_id).await?;
        refuse_archived(&mut tx, request.patient_id).await?;
        let zone: chrono_tz::Tz = access.clinic.time_zone.parse().map_err(AppError::internal)?;
        let clinic_id = access.clinic.id;
        let (every, unit) = match request.repeat {
            super::Repeat::Weeks(n) => (n, "weeks"),
            super::Repeat::Months(n) => (n, "months"),
        };
        let series_id: i64 = sqlx::query_scalar(
            "INSERT INTO appointment_series (clinic_id, patient_id, every, unit, occurrences, created_by)
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(clinic_id)
        .bind(request.patient_id)
        .bind(every as i32)
        .bind(unit)
        .bind(request.occurrences as i32)
        .bind(access.actor.staff_id)
        .fetch_one(&mut *tx)
        .await?;
        let mut ids = Vec::with_capacity(times.len());
        let mut first = None;
        for starts_at in &times {
            let start = start_instant(zone, starts_at)?;
            first.get_or_insert(start);
            let plan = plan(
                &mut tx,
                clinic_id,
                request.type_id,
                request.provider_id,
                request.chair_id,
                start,
            )
            .await?;
            let new = NewAppointment {
                clinic_id,
                patient_id: request.patient_id,
                provider_id: request.provider_id,
                type_id: request.type_id,
                notes: "",
                booked_by: access.actor.staff_id,
                series_id: Some(series_id),
            };
            let inserted = insert(&mut tx, &new, &plan).await;
            // One clash refuses the whole series: the transaction is dropped, nothing stays.
            ids.push(inserted.map_err(|error| clash(error, &plan, zone))?);
        }
        // One confirmation, of the first appointment (the series' later dates follow in their
        // reminders).
        outbox::enqueue_for_appointment(
            &mut tx,
            EmailKind::BookingConfirmation,
            ids[0],
            None,
            &state.config.public_base_url,
        )
        .await?;
        let entry = AuditEntry::new(
            "appointment.series_booked",
            Outcome::Success,
            &session::request_origin(),
        )
        .actor(access.actor.staff_id, access.actor.role)
        .clinic(clinic_id)
        .patient(request.patient_id)
        .object("appointment_series", series_id)
        .details(json!({
            "before": null,
            "after": { "appointments": ids, "times": times, "every": every, "unit": unit,
                       "provider_id": request.provider_id, "appointment_type_id": request.type_id },
        }));
        audit::append(&mut tx, entry).await?;
        tx.commit().await?;
        if let Some(start) = first {
            show_in_calendar(
                "providers",
                &access.clinic.slug,
                zone,
                start,
                (ids[0], request.provider_id),
            );
        }
        Ok(ids)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(starts: &str, every: &str, unit: &str, count: &str) -> SeriesForm {
        SeriesForm {
            patient_id: "1".into(),
            appointment_type_id: "2".into(),
            provider_id: "3".into(),
            chair_id: String::new(),
            starts_at: starts.into(),
            every: every.into(),
            unit: unit.into(),
            occurrences: count.into(),
        }
    }

    fn starts(request: &SeriesRequest) -> Vec<String> {
        request.local_starts().iter().map(|t| t.format("%Y-%m-%d %H:%M").to_string()).collect()
    }

    #[test]
    fn weeks_repeat_the_wall_clock_time_across_a_change_of_the_clocks() {
        let request = form("2026-10-13T09:30", "2", "weeks", "3").parse().unwrap();
        assert_eq!(starts(&request), ["2026-10-13 09:30", "2026-10-27 09:30", "2026-11-10 09:30"]);
    }

    #[test]
    fn months_keep_the_day_or_take_the_last_day_of_a_shorter_month() {
        let request = form("2026-01-31T14:00", "1", "months", "3").parse().unwrap();
        assert_eq!(starts(&request), ["2026-01-31 14:00", "2026-02-28 14:00", "2026-03-31 14:00"]);
        let six = form("2026-03-15T08:00", "6", "months", "2").parse().unwrap();
        assert_eq!(starts(&six), ["2026-03-15 08:00", "2026-09-15 08:00"]);
    }

    #[test]
    fn a_series_needs_a_sensible_rhythm_and_length() {
        let errors = form("tomorrow", "0", "days", "1").parse().unwrap_err();
        for key in ["starts_at", "every", "occurrences"] {
            assert!(errors.contains_key(key), "{key}: {errors:?}");
        }
        let errors = form("2026-01-05T10:00", "1", "days", "4").parse().unwrap_err();
        assert!(errors.contains_key("unit"));
        assert!(form("2026-01-05T10:00", "1", "weeks", "53").parse().is_err());
    }
}
