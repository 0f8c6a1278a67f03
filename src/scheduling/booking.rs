//! Booking an appointment: one transaction that checks the references and lets the database's
//! exclusion constraints decide whether the time is free. A clash is a clear message naming
//! the time ("that time was just taken"), never an error page.

// The booking form has eight fields; the server function (and the client stub the macro
// writes for it) takes each as an argument.
#![allow(clippy::too_many_arguments)]

use leptos::prelude::*;

use crate::error::AppError;

/// Books `patient_id` for an appointment type with a provider (and a chair when the type needs
/// one) at `starts_at`, the clinic's local time as a date-time input sends it
/// (`2026-12-01T10:30`). Answers the appointment's id. With `show_in` (a calendar layout), the
/// browser is sent to the calendar afterwards, on the appointment's day with it open; with
/// `then` (a path on this site), there.
#[server(endpoint = "appointments/book")]
pub async fn book_appointment(
    patient_id: i64,
    appointment_type_id: i64,
    provider_id: i64,
    #[server(default)] chair_id: Option<i64>,
    starts_at: String,
    #[server(default)] notes: String,
    #[server(default)] show_in: String,
    #[server(default)] then: String,
) -> Result<i64, AppError> {
    let request = ssr::Booking {
        patient_id,
        type_id: appointment_type_id,
        provider_id,
        chair_id,
        starts_at,
        notes,
    };
    let id = ssr::book_appointment(request, show_in).await.map_err(AppError::with_http_status)?;
    if let Some(path) = crate::domain::fields::local_path(&then) {
        leptos_axum::redirect(path);
    }
    Ok(id)
}

#[cfg(feature = "ssr")]
pub(crate) mod ssr {
    use chrono::{DateTime, Duration, LocalResult, NaiveDateTime, TimeZone, Utc};
    use serde_json::json;
    use sqlx::PgConnection;

    use crate::audit::store::{self as audit, AuditEntry, Outcome};
    use crate::auth::authorize::require;
    use crate::auth::clinic_access::{Owned, all_in_clinic};
    use crate::auth::session;
    use crate::domain::Permission;
    use crate::domain::fields::optional_text;
    use crate::email::model::EmailKind;
    use crate::email::outbox;
    use crate::error::AppError;
    use crate::error::forms::broken_constraint;
    use crate::i18n::{Locale, Region};
    use crate::patients::records::ssr::{open_patient, refuse_archived};
    use crate::scheduling::live::LIVE;
    use crate::scheduling::live::ssr::clear_expired_holds;
    use crate::scheduling::model::{CalendarAddress, Layout};
    use crate::server::state::app_state;
    use crate::t;

    /// The instant of a local start time as a date-time input sends it. The engine's rule: a
    /// skipped wall-clock time does not exist; a repeated one means its first occurrence.
    pub fn start_instant(zone: chrono_tz::Tz, starts_at: &str) -> Result<DateTime<Utc>, AppError> {
        let local = NaiveDateTime::parse_from_str(starts_at.trim(), "%Y-%m-%dT%H:%M")
            .map_err(|_| AppError::invalid("starts_at", t!("server-choose-date-time")))?;
        match zone.from_local_datetime(&local) {
            LocalResult::Single(t) | LocalResult::Ambiguous(t, _) => Ok(t.with_timezone(&Utc)),
            LocalResult::None => Err(AppError::invalid(
                "starts_at",
                t!(
                    "server-booking-skipped-time",
                    time = local.format("%H:%M").to_string(),
                    zone = zone.to_string(),
                ),
            )),
        }
    }

    /// A checked appointment: who, which chair, and the ranges it takes.
    pub struct Plan {
        pub provider: String,
        /// How the clinic writes dates and times, for the messages about this time.
        pub locale: Locale,
        pub chair_id: Option<i64>,
        pub visit: (DateTime<Utc>, DateTime<Utc>),
        pub blocked: (DateTime<Utc>, DateTime<Utc>),
    }

    /// The first active chair (in display order) free over `blocked`: no live appointment and
    /// no time off there. Two bookings may pick the same chair at once; the database then
    /// refuses one of them like any other clash.
    async fn free_chair(
        conn: &mut PgConnection,
        clinic_id: i64,
        blocked: (DateTime<Utc>, DateTime<Utc>),
    ) -> Result<Option<i64>, AppError> {
        let chair = sqlx::query_scalar(&format!(
            "SELECT c.id FROM chair c
             WHERE c.clinic_id = $1 AND c.active
               AND NOT EXISTS (SELECT 1 FROM appointment a
                               WHERE a.chair_id = c.id AND a.blocked && tstzrange($2, $3)
                                 AND {LIVE})
               AND NOT EXISTS (SELECT 1 FROM time_off t
                               WHERE t.chair_id = c.id AND t.period && tstzrange($2, $3))
             ORDER BY c.display_order, lower(c.name), c.id LIMIT 1"
        ))
        .bind(clinic_id)
        .bind(blocked.0)
        .bind(blocked.1)
        .fetch_optional(conn)
        .await?;
        Ok(chair)
    }

    /// What a booking needs to know about its appointment type (and its clinic's zone).
    #[derive(sqlx::FromRow)]
    struct TypeFacts {
        name: String,
        duration_minutes: i32,
        buffer_before_minutes: i32,
        buffer_after_minutes: i32,
        needs_chair: bool,
        performs: bool,
        time_zone: String,
        region: String,
    }

    /// Checks the type, the provider's eligibility, the chair (a free one is chosen when the
    /// type needs one and none is given) and time off, and works out the ranges.
    pub async fn plan(
        conn: &mut PgConnection,
        clinic_id: i64,
        type_id: i64,
        provider_id: i64,
        chair_id: Option<i64>,
        start: DateTime<Utc>,
    ) -> Result<Plan, AppError> {
        let kind: Option<TypeFacts> = sqlx::query_as(
            "SELECT t.name, t.duration_minutes, t.buffer_before_minutes, t.buffer_after_minutes,
                    t.needs_chair,
                    EXISTS (SELECT 1 FROM appointment_type_provider tp
                            WHERE tp.appointment_type_id = t.id AND tp.provider_id = $3)
                        AS performs,
                    c.time_zone, c.region
             FROM appointment_type t JOIN clinic c ON c.id = t.clinic_id
             WHERE t.clinic_id = $1 AND t.id = $2 AND t.active",
        )
        .bind(clinic_id)
        .bind(type_id)
        .bind(provider_id)
        .fetch_optional(&mut *conn)
        .await?;
        let TypeFacts {
            name: type_name,
            duration_minutes: minutes,
            buffer_before_minutes: before,
            buffer_after_minutes: after,
            needs_chair,
            performs,
            time_zone,
            region,
        } = kind.ok_or_else(|| {
            AppError::invalid("appointment_type_id", t!("server-choose-type-of-clinic"))
        })?;
        let locale = Locale::here(Region::parse(&region).unwrap_or_default());
        let provider: Option<String> = sqlx::query_scalar(
            "SELECT name FROM provider WHERE clinic_id = $1 AND id = $2 AND active",
        )
        .bind(clinic_id)
        .bind(provider_id)
        .fetch_optional(&mut *conn)
        .await?;
        let provider = provider.ok_or_else(|| {
            AppError::invalid("provider_id", t!("server-choose-provider-of-clinic"))
        })?;
        if !performs {
            return Err(AppError::invalid(
                "provider_id",
                t!("server-booking-not-performed", provider = provider.as_str(), kind = type_name),
            ));
        }
        let visit = (start, start + Duration::minutes(i64::from(minutes)));
        let blocked = (
            visit.0 - Duration::minutes(i64::from(before)),
            visit.1 + Duration::minutes(i64::from(after)),
        );
        let chair_id = match (needs_chair, chair_id) {
            // No chair left is how a race for the time often ends (the winner took the only
            // free one, with the provider): the same answer as any other time just taken.
            (true, None) => match free_chair(conn, clinic_id, blocked).await? {
                Some(chair) => Some(chair),
                None => {
                    let zone: chrono_tz::Tz = time_zone.parse().map_err(AppError::internal)?;
                    return Err(just_taken(start, zone, locale));
                }
            },
            // Checked before any query sees it: another clinic's chair would be refused by its
            // bookings (the exclusion constraint comes before the foreign key), telling when
            // it is busy. So it reads like a chair that does not exist.
            (true, Some(chair)) => {
                if !all_in_clinic(conn, clinic_id, Owned::Chair, &[chair]).await? {
                    return Err(AppError::invalid("chair_id", t!("server-choose-chair-of-clinic")));
                }
                Some(chair)
            }
            (false, _) => None,
        };
        // Time off is declared unavailability: refused here (outside the weekly rota is allowed
        // to the front desk: overtime and emergencies; the calendar shades it).
        let away: Option<String> = sqlx::query_scalar(
            "SELECT reason FROM time_off
             WHERE clinic_id = $1 AND period && tstzrange($4, $5)
               AND (provider_id = $2 OR ($3::bigint IS NOT NULL AND chair_id = $3)
                    OR (provider_id IS NULL AND chair_id IS NULL))
             ORDER BY lower(period) LIMIT 1",
        )
        .bind(clinic_id)
        .bind(provider_id)
        .bind(chair_id)
        .bind(blocked.0)
        .bind(blocked.1)
        .fetch_optional(&mut *conn)
        .await?;
        if let Some(reason) = away {
            return Err(AppError::Conflict(t!(
                "server-booking-time-off",
                reason = reason,
                provider = provider.as_str(),
            )));
        }
        Ok(Plan { provider, locale, chair_id, visit, blocked })
    }

    /// A time lost to another booking, in the same words whatever took it: the provider's
    /// time or a chair (preparation and clean-up included), a race or a stale page. Which one
    /// it was depends on who got there first, so naming it would only mislead.
    pub fn just_taken(start: DateTime<Utc>, zone: chrono_tz::Tz, locale: Locale) -> AppError {
        let when = locale.moment_medium_at(start.with_timezone(&zone).naive_local());
        AppError::Conflict(t!("server-booking-just-taken", when = when))
    }

    /// A refused write as the person booking should read it: the time was just taken, or the
    /// patient already has an appointment then.
    pub fn clash(error: sqlx::Error, plan: &Plan, zone: chrono_tz::Tz) -> AppError {
        match broken_constraint(&error).as_deref() {
            Some("appointment_provider_free" | "appointment_chair_free") => {
                just_taken(plan.visit.0, zone, plan.locale)
            }
            Some("appointment_patient_free") => {
                let start = plan.visit.0.with_timezone(&zone).naive_local();
                let when = plan.locale.moment_medium_at(start);
                AppError::Conflict(t!("server-booking-patient-busy", when = when))
            }
            Some(name) if name.ends_with("_fkey") => {
                AppError::invalid("chair_id", t!("server-choose-chair-of-clinic"))
            }
            // Two bookings of the same time checking each other's new rows can deadlock;
            // PostgreSQL aborts one of them, which lost the time like any other clash.
            _ if error.as_database_error().and_then(|e| e.code()).as_deref() == Some("40P01") => {
                just_taken(plan.visit.0, zone, plan.locale)
            }
            _ => error.into(),
        }
    }

    /// An appointment about to be written (its ranges and chair are the plan's).
    pub struct NewAppointment<'a> {
        pub clinic_id: i64,
        pub patient_id: i64,
        pub provider_id: i64,
        pub type_id: i64,
        pub notes: &'a str,
        pub booked_by: i64,
        pub series_id: Option<i64>,
    }

    /// Writes an appointment; the exclusion constraints decide (see [`clash`] for their
    /// refusal as a message), once the expired holds in its way are gone.
    pub async fn insert(
        conn: &mut PgConnection,
        new: &NewAppointment<'_>,
        plan: &Plan,
    ) -> Result<i64, sqlx::Error> {
        clear_expired_holds(&mut *conn, new.provider_id, plan.chair_id, plan.blocked).await?;
        sqlx::query_scalar(
            "INSERT INTO appointment (clinic_id, patient_id, provider_id, chair_id,
                 appointment_type_id, visit, blocked, notes, booked_by, series_id)
             VALUES ($1, $2, $3, $4, $5, tstzrange($6, $7), tstzrange($8, $9), $10, $11, $12)
             RETURNING id",
        )
        .bind(new.clinic_id)
        .bind(new.patient_id)
        .bind(new.provider_id)
        .bind(plan.chair_id)
        .bind(new.type_id)
        .bind(plan.visit.0)
        .bind(plan.visit.1)
        .bind(plan.blocked.0)
        .bind(plan.blocked.1)
        .bind(new.notes)
        .bind(new.booked_by)
        .bind(new.series_id)
        .fetch_one(conn)
        .await
    }

    /// A booking as the form sends it.
    pub struct Booking {
        pub patient_id: i64,
        pub type_id: i64,
        pub provider_id: i64,
        pub chair_id: Option<i64>,
        pub starts_at: String,
        pub notes: String,
    }

    /// After a change from a form: the calendar in `layout` (when given) on the day of
    /// `start`, with the appointment open.
    pub fn show_in_calendar(
        layout: &str,
        clinic: &str,
        zone: chrono_tz::Tz,
        start: DateTime<Utc>,
        appointment: (i64, i64),
    ) {
        if layout.trim().is_empty() {
            return;
        }
        let (id, provider_id) = appointment;
        let address = CalendarAddress {
            clinic: clinic.to_string(),
            date: Some(start.with_timezone(&zone).date_naive()),
            layout: Layout::parse(layout),
            provider_id: Some(provider_id),
        };
        leptos_axum::redirect(&address.with(&[("appointment", id.to_string())]));
    }

    pub async fn book_appointment(request: Booking, show_in: String) -> Result<i64, AppError> {
        let Booking { patient_id, type_id, provider_id, chair_id, starts_at, notes } = request;
        let state = app_state()?;
        let actor = require(Permission::BookAppointments).await?;
        let mut tx = state.pool.begin().await?;
        let access = open_patient(&mut tx, actor, patient_id).await?;
        refuse_archived(&mut tx, patient_id).await?;
        let zone: chrono_tz::Tz = access.clinic.time_zone.parse().map_err(AppError::internal)?;
        let notes = optional_text(&notes, 2000).map_err(|m| AppError::invalid("notes", m))?;
        let start = start_instant(zone, &starts_at)?;
        let plan = plan(&mut tx, access.clinic.id, type_id, provider_id, chair_id, start).await?;
        let new = NewAppointment {
            clinic_id: access.clinic.id,
            patient_id,
            provider_id,
            type_id,
            notes: &notes,
            booked_by: access.actor.staff_id,
            series_id: None,
        };
        let inserted = insert(&mut tx, &new, &plan).await;
        let id = inserted.map_err(|error| clash(error, &plan, zone))?;
        let site = &state.config.public_base_url;
        outbox::enqueue_for_appointment(&mut tx, EmailKind::BookingConfirmation, id, None, site)
            .await?;
        let entry = AuditEntry::new(
            "appointment.booked",
            Outcome::Success,
            &session::request_origin(),
        )
        .actor(access.actor.staff_id, access.actor.role)
        .clinic(access.clinic.id)
        .patient(patient_id)
        .object("appointment", id)
        .details(json!({ "before": null, "after": {
            "provider_id": provider_id, "chair_id": plan.chair_id, "appointment_type_id": type_id,
            "visit": [plan.visit.0, plan.visit.1], "blocked": [plan.blocked.0, plan.blocked.1],
            "notes": notes,
        }}));
        audit::append(&mut tx, entry).await?;
        tx.commit().await?;
        show_in_calendar(&show_in, &access.clinic.slug, zone, start, (id, provider_id));
        Ok(id)
    }
}
