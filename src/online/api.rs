//! The public booking flow's server functions: the clinics, the step a `/book/{clinic}` address
//! is at, holding a time, the patient's details, and the confirmation. No account is needed;
//! the steps after choosing a time are reached only with the random key of that choice.

// `hold_time` takes each form field as an argument (the no-JavaScript form posts them flat), and
// the hydrate build of `#[server]` does not carry an allow on the function through.
#![allow(clippy::too_many_arguments)]

use leptos::prelude::*;

use super::model::{BookingStep, DetailsForm, HeldBooking, PublicClinic};
use crate::error::AppError;

/// The clinics that take bookings online.
#[server(endpoint = "book/clinics")]
pub async fn bookable_clinics() -> Result<Vec<PublicClinic>, AppError> {
    ssr::bookable_clinics().await.map_err(AppError::with_http_status)
}

/// `/book/{clinic}` at the step its address says: the type (`appointment_type`), the provider
/// (`provider`: an id or `any`), the week shown (`from`), the day (`date`) and the booking
/// link that knows the patient (`invite`).
#[server(endpoint = "book/step")]
pub async fn load_booking_step(
    clinic: String,
    #[server(default)] appointment_type: String,
    #[server(default)] provider: String,
    #[server(default)] from: String,
    #[server(default)] date: String,
    #[server(default)] invite: String,
) -> Result<BookingStep, AppError> {
    ssr::booking_step(clinic, appointment_type, provider, (from, date), invite)
        .await
        .map_err(AppError::with_http_status)
}

/// Holds the time `starts_at` (the clinic's local time) with `provider_id` under the random
/// `key` of the page, then sends the browser to the details step. The same key asked again
/// answers the same hold. `proof` is the proof-of-work over the key; without JavaScript,
/// `stamp` (the page's) stands in for it once the page has been shown a moment. Held with a
/// booking link (`invite`) that still books, the time is the link's patient's, and the browser
/// goes to the review instead.
#[server(endpoint = "book/hold")]
pub async fn hold_time(
    clinic: String,
    key: String,
    appointment_type_id: i64,
    provider_id: i64,
    starts_at: String,
    #[server(default)] proof: String,
    #[server(default)] stamp: String,
    #[server(default)] invite: String,
) -> Result<String, AppError> {
    let time = (appointment_type_id, provider_id, starts_at);
    ssr::hold_time(clinic, key, time, (proof, stamp), invite)
        .await
        .map_err(AppError::with_http_status)
}

/// A held or confirmed booking, by its key.
#[server(endpoint = "book/progress")]
pub async fn booking_progress(clinic: String, key: String) -> Result<HeldBooking, AppError> {
    ssr::booking_progress(clinic, key).await.map_err(AppError::with_http_status)
}

/// The patient's details for a held time. `website` is the honeypot; `proof` the browser's
/// proof-of-work (empty without JavaScript).
#[server(endpoint = "book/details")]
pub async fn save_booking_details(
    clinic: String,
    key: String,
    form: DetailsForm,
    #[server(default)] website: String,
    #[server(default)] proof: String,
) -> Result<(), AppError> {
    ssr::save_details(clinic, key, form, (website, proof)).await.map_err(AppError::with_http_status)
}

/// Turns the hold into a booking. Asked again (a double click, the back button) it answers
/// the same booking.
#[server(endpoint = "book/confirm")]
pub async fn confirm_booking(clinic: String, key: String) -> Result<(), AppError> {
    ssr::confirm(clinic, key).await.map_err(AppError::with_http_status)
}

#[cfg(feature = "ssr")]
pub mod ssr {
    use chrono::{DateTime, NaiveDate, Utc};
    use serde_json::json;
    use sqlx::PgConnection;

    use super::super::abuse::{self, DETAILS_PER_EMAIL, DETAILS_PER_IP, HOLDS_PER_IP};
    use super::super::holds::{self, HOLD_MINUTES, REVIEW_MINUTES};
    use super::super::model::{
        BookingStep, DetailsForm, HeldBooking, Invite, OnlineProvider, OnlineType, Progress,
        ProviderChoice, PublicClinic,
    };
    use super::super::patient_links;
    use super::super::picker::{self, PickerQuery};
    use crate::audit::store::{self as audit, AuditEntry, Outcome};
    use crate::auth::invitation::{digest, new_token};
    use crate::auth::session;
    use crate::domain::fields::optional_text;
    use crate::domain::patient::{DateOrder, parse_date_of_birth};
    use crate::domain::schedule::parse_date;
    use crate::email::outbox;
    use crate::error::{AppError, FieldErrors, FieldValues};
    use crate::i18n::{Locale, Region};
    use crate::patients::model::{
        check_first_name, check_last_name, check_optional_email, check_optional_phone,
    };
    use crate::scheduling::booking::ssr::{Plan, clash, plan, start_instant};
    use crate::scheduling::live::LIVE;
    use crate::scheduling::slots::ssr::Asker;
    use crate::server::page_cache::{self, PerAnswer};
    use crate::server::state::app_state;
    use crate::t;
    use std::sync::Arc;

    impl OnlineClinic {
        /// The request's language in the clinic's region.
        pub fn locale(&self) -> Locale {
            Locale::here(self.public.region)
        }
    }

    /// A clinic that books online, with what the flow needs besides what it shows.
    pub struct OnlineClinic {
        pub id: i64,
        pub public: PublicClinic,
        pub zone: chrono_tz::Tz,
        pub horizon_days: i32,
        pub cancel_notice_hours: i32,
        pub calling_code: u16,
    }

    type ClinicRow = (i64, String, String, String, String, String, i32, i32, i16, String);

    /// The clinic of `slug` when it has an appointment type bookable online; else not found.
    pub async fn online_clinic(
        conn: &mut PgConnection,
        slug: &str,
    ) -> Result<OnlineClinic, AppError> {
        clinic_by_slug(conn, slug, true).await
    }

    /// The clinic of `slug`, with `online_only` only when it books online.
    pub async fn clinic_by_slug(
        conn: &mut PgConnection,
        slug: &str,
        online_only: bool,
    ) -> Result<OnlineClinic, AppError> {
        let row: Option<ClinicRow> = sqlx::query_as(
            "SELECT c.id, c.slug, c.name, c.address, c.phone, c.time_zone, c.horizon_days,
                    c.cancel_notice_hours, c.calling_code, c.region
             FROM clinic c
             WHERE c.slug = $1 AND (NOT $2 OR EXISTS (SELECT 1 FROM appointment_type t
                                   WHERE t.clinic_id = c.id AND t.active AND t.online_bookable))",
        )
        .bind(slug.trim())
        .bind(online_only)
        .fetch_optional(conn)
        .await?;
        let (
            id,
            slug,
            name,
            address,
            phone,
            time_zone,
            horizon_days,
            cancel_notice_hours,
            code,
            region,
        ) = row.ok_or(AppError::NotFound)?;
        let zone = time_zone.parse().map_err(AppError::internal)?;
        let region = Region::parse(&region).unwrap_or_default();
        Ok(OnlineClinic {
            id,
            public: PublicClinic { slug, name, address, phone, time_zone, region },
            zone,
            horizon_days,
            cancel_notice_hours,
            calling_code: u16::try_from(code).unwrap_or(44),
        })
    }

    pub async fn bookable_clinics() -> Result<Vec<PublicClinic>, AppError> {
        let state = app_state()?;
        let rows: Vec<(String, String, String, String, String, String)> = sqlx::query_as(
            "SELECT c.slug, c.name, c.address, c.phone, c.time_zone, c.region FROM clinic c
             WHERE EXISTS (SELECT 1 FROM appointment_type t
                           WHERE t.clinic_id = c.id AND t.active AND t.online_bookable)
             ORDER BY lower(c.name)",
        )
        .fetch_all(&state.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|(slug, name, address, phone, time_zone, region)| PublicClinic {
                slug,
                name,
                address,
                phone,
                time_zone,
                region: Region::parse(&region).unwrap_or_default(),
            })
            .collect())
    }

    /// The online types of a clinic, in display order.
    async fn online_types(
        conn: &mut PgConnection,
        clinic_id: i64,
    ) -> Result<Vec<OnlineType>, AppError> {
        let rows: Vec<(i64, String, i32)> = sqlx::query_as(
            "SELECT id, name, duration_minutes FROM appointment_type
             WHERE clinic_id = $1 AND active AND online_bookable
             ORDER BY lower(name)",
        )
        .bind(clinic_id)
        .fetch_all(conn)
        .await?;
        Ok(rows.into_iter().map(|(id, name, minutes)| OnlineType { id, name, minutes }).collect())
    }

    /// The active providers who perform a type.
    pub async fn providers_of(
        conn: &mut PgConnection,
        type_id: i64,
    ) -> Result<Vec<OnlineProvider>, AppError> {
        let rows: Vec<(i64, String, String)> = sqlx::query_as(
            "SELECT p.id, p.name, p.kind FROM provider p
             JOIN appointment_type_provider tp ON tp.provider_id = p.id
             WHERE tp.appointment_type_id = $1 AND p.active
             ORDER BY lower(p.name)",
        )
        .bind(type_id)
        .fetch_all(conn)
        .await?;
        Ok(rows
            .into_iter()
            .map(|(id, name, kind)| OnlineProvider {
                id,
                name,
                kind: t!(if kind == "hygienist" {
                    "book-kind-hygienist"
                } else {
                    "book-kind-dentist"
                }),
            })
            .collect())
    }

    fn optional_date(text: &str, what: &str) -> Result<Option<NaiveDate>, AppError> {
        if text.trim().is_empty() {
            return Ok(None);
        }
        parse_date(text, what).map(Some).map_err(|m| AppError::invalid("date", m))
    }

    pub async fn booking_step(
        slug: String,
        type_text: String,
        provider_text: String,
        (from, date): (String, String),
        invite_token: String,
    ) -> Result<BookingStep, AppError> {
        let state = app_state()?;
        let mut conn = state.pool.acquire().await?;
        let clinic = online_clinic(&mut conn, &slug).await?;
        let invite = if invite_token.trim().is_empty() {
            Invite::Absent
        } else {
            match patient_links::patient_of(&mut conn, clinic.id, &invite_token, false).await? {
                Some(linked) => Invite::For(linked.first_name),
                None => Invite::Spent,
            }
        };
        let types = online_types(&mut conn, clinic.id).await?;
        let chosen_type = match type_text.trim() {
            "" => None,
            text => Some(
                text.parse::<i64>()
                    .ok()
                    .and_then(|id| types.iter().find(|t| t.id == id).cloned())
                    .ok_or(AppError::NotFound)?,
            ),
        };
        let providers = match &chosen_type {
            Some(kind) => providers_of(&mut conn, kind.id).await?,
            None => Vec::new(),
        };
        let chosen_provider = match provider_text.trim() {
            "" => None,
            "any" => Some(ProviderChoice::FirstAvailable),
            text => Some(ProviderChoice::One(
                text.parse::<i64>()
                    .ok()
                    .and_then(|id| providers.iter().find(|p| p.id == id).cloned())
                    .ok_or(AppError::NotFound)?,
            )),
        };
        let picker = match (&chosen_type, &chosen_provider) {
            (Some(kind), Some(provider)) => {
                let query = PickerQuery {
                    clinic_id: clinic.id,
                    zone: clinic.zone,
                    locale: clinic.locale(),
                    type_id: kind.id,
                    provider_id: provider.provider().map(|p| p.id),
                    from: optional_date(&from, "the first day")?,
                    date: optional_date(&date, "the day")?,
                    horizon_days: clinic.horizon_days,
                    moving: None,
                };
                Some(picker::build(&mut conn, &query, Utc::now()).await?)
            }
            _ => None,
        };
        let hold_key = new_token().0;
        let hold_stamp = abuse::page_stamp(&state.config.app_secret, &hold_key, Utc::now());
        if invite != Invite::Absent {
            // It greets one patient, or says their link has run out.
            page_cache::must_not_keep();
        }
        // The page is the same for every patient but for its key and stamp, which a kept page
        // gets afresh for each answer.
        let secret = state.config.app_secret.clone();
        page_cache::may_keep_for_anyone(PerAnswer {
            shown: vec![hold_key.clone(), hold_stamp.clone()],
            fresh: Arc::new(move || {
                let key = new_token().0;
                let stamp = abuse::page_stamp(&secret, &key, Utc::now());
                vec![key, stamp]
            }),
        });
        Ok(BookingStep {
            clinic: clinic.public,
            types,
            chosen_type,
            providers,
            chosen_provider,
            picker,
            hold_stamp,
            hold_key,
            invite,
        })
    }

    /// The key of a booking as the browser sends it: the URL-safe text of 32 random bytes.
    fn key_hash(key: &str) -> Result<Vec<u8>, AppError> {
        let key = key.trim();
        let well_formed = key.len() == 43
            && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        if !well_formed {
            return Err(AppError::NotFound);
        }
        Ok(digest(key))
    }

    /// Records a refused public attempt (in its own transaction: the attempt changed nothing).
    async fn refused(
        mut tx: sqlx::Transaction<'_, sqlx::Postgres>,
        entry: AuditEntry,
        error: AppError,
    ) -> AppError {
        let entry = entry.details(json!({ "refused": error.to_string() }));
        let recorded = async {
            audit::append(&mut tx, entry).await?;
            tx.commit().await?;
            Ok::<_, AppError>(())
        };
        match recorded.await {
            Ok(()) => error,
            Err(other) => other,
        }
    }

    /// The details path of a booking.
    fn details_path(slug: &str, key: &str) -> String {
        format!("/book/{slug}/details?booking={key}")
    }

    /// (booking id, appointment id, appointment type, provider, start, status, confirmed)
    type Existing = (i64, i64, i64, i64, DateTime<Utc>, String, bool);

    /// The review path of a booking (for one made through a booking link: no details).
    fn review_path(slug: &str, key: &str) -> String {
        format!("/book/{slug}/review?booking={key}")
    }

    pub async fn hold_time(
        slug: String,
        key: String,
        (type_id, provider_id, starts_at): (i64, i64, String),
        (proof, stamp): (String, String),
        invite: String,
    ) -> Result<String, AppError> {
        let state = app_state()?;
        let origin = session::request_origin();
        let hash = key_hash(&key)?;
        let person =
            abuse::check_hold(&state.config.app_secret, key.trim(), (&proof, &stamp), Utc::now());
        // Counted before the transaction takes its connection: a request never waits for a
        // second pooled connection while it holds one.
        let limited = match person {
            Ok(()) => {
                abuse::count_attempt(&state.pool, HOLDS_PER_IP, &abuse::ip_key(origin.ip)).await
            }
            Err(error) => Err(error),
        };
        let mut tx = state.pool.begin().await?;
        let clinic = online_clinic(&mut tx, &slug).await?;
        let start = start_instant(clinic.zone, &starts_at)?;
        let entry = AuditEntry::new("online.time_held", Outcome::Denied, &origin).clinic(clinic.id);
        if let Err(error) = limited {
            return Err(refused(tx, entry, error).await);
        }
        // Requests with one key wait for each other (a double click sends two at once).
        sqlx::query("SELECT pg_advisory_xact_lock(hashtextextended(encode($1, 'hex'), 0))")
            .bind(&hash)
            .execute(&mut *tx)
            .await?;
        // The same key again: the same hold (double click, back button), or the patient has
        // changed their mind about the time, which lets the first one go.
        let existing: Option<Existing> = sqlx::query_as(
            "SELECT b.id, a.id, a.appointment_type_id, a.provider_id, lower(a.visit),
                    CASE WHEN a.status = 'held' AND a.hold_expires_at <= now() THEN 'expired'
                         ELSE a.status END,
                    b.confirmed_at IS NOT NULL
             FROM online_booking b JOIN appointment a ON a.id = b.appointment_id
             WHERE b.key_hash = $1 AND b.clinic_id = $2 FOR UPDATE OF b",
        )
        .bind(&hash)
        .bind(clinic.id)
        .fetch_optional(&mut *tx)
        .await?;
        // A link that no longer books (run out, used) is no reason to refuse the time: the
        // patient then types their details like anyone.
        let linked = if invite.trim().is_empty() {
            None
        } else {
            patient_links::patient_of(&mut tx, clinic.id, &invite, false).await?
        };
        let path = match &linked {
            Some(_) => review_path(&clinic.public.slug, key.trim()),
            None => details_path(&clinic.public.slug, key.trim()),
        };
        if let Some((_, appointment_id, old_type, old_provider, old_start, status, confirmed)) =
            existing
        {
            if confirmed {
                let done = format!("/book/{}/done?booking={}", clinic.public.slug, key.trim());
                tx.commit().await?;
                leptos_axum::redirect(&done);
                return Ok(done);
            }
            let same = (old_type, old_provider, old_start) == (type_id, provider_id, start);
            if same && status == "held" {
                tx.commit().await?;
                leptos_axum::redirect(&path);
                return Ok(path);
            }
            sqlx::query("DELETE FROM appointment WHERE id = $1 AND status = 'held'")
                .bind(appointment_id)
                .execute(&mut *tx)
                .await?;
        }
        holds::sweep(&mut tx).await?;
        // Under the address's lock for the count, so a burst cannot pass it together.
        sqlx::query("SELECT pg_advisory_xact_lock(hashtext('live-holds:' || $1))")
            .bind(abuse::ip_key(origin.ip))
            .execute(&mut *tx)
            .await?;
        if let Err(error) = abuse::check_live_holds(&mut tx, origin.ip).await {
            return Err(refused(tx, entry, error).await);
        }
        let plan = offered_plan(&mut tx, &clinic, (type_id, provider_id), start, None).await?;
        let placed = holds::place(&mut tx, clinic.id, (type_id, provider_id), &plan).await;
        let appointment_id = match placed {
            Ok(id) => id,
            Err(error) => {
                return Err(match clash(error, &plan, clinic.zone) {
                    AppError::Conflict(_) => taken(&plan, &clinic),
                    other => other,
                });
            }
        };
        let challenge = new_token().0;
        sqlx::query(
            "INSERT INTO online_booking (clinic_id, appointment_id, key_hash, challenge, ip,
                                         user_agent, booking_link_id)
             VALUES ($1, $2, $3, $4, $5::inet, $6, $7)",
        )
        .bind(clinic.id)
        .bind(appointment_id)
        .bind(&hash)
        .bind(&challenge)
        .bind(origin.ip.map(|ip| ip.to_string()))
        .bind(&origin.user_agent)
        .bind(linked.as_ref().map(|l| l.link_id))
        .execute(&mut *tx)
        .await?;
        let mut entry = AuditEntry::new("online.time_held", Outcome::Success, &origin)
            .clinic(clinic.id)
            .object("appointment", appointment_id)
            .details(json!({
                "appointment_type_id": type_id, "provider_id": provider_id,
                "visit": [plan.visit.0, plan.visit.1], "hold_minutes": HOLD_MINUTES,
                "booking_link": linked.as_ref().map(|l| l.link_id),
            }));
        if let Some(linked) = &linked {
            entry = entry.patient(linked.patient_id);
        }
        audit::append(&mut tx, entry).await?;
        tx.commit().await?;
        leptos_axum::redirect(&path);
        Ok(path)
    }

    /// Someone else has the time: the same words whatever took it.
    fn taken(plan: &Plan, clinic: &OnlineClinic) -> AppError {
        let when = clinic.locale().moment_without_year(&plan.visit.0.with_timezone(&clinic.zone));
        AppError::Conflict(t!("book-time-taken", when = when))
    }

    /// The plan of a time the online policy offers (working hours, notice, horizon, time off,
    /// the slot step; with `moving`, that appointment's own time counts as free); any other
    /// time is refused as taken.
    pub async fn offered_plan(
        conn: &mut PgConnection,
        clinic: &OnlineClinic,
        (type_id, provider_id): (i64, i64),
        start: DateTime<Utc>,
        moving: Option<i64>,
    ) -> Result<Plan, AppError> {
        let day = start.with_timezone(&clinic.zone).date_naive();
        let offered = crate::scheduling::slots::ssr::compute(
            &mut *conn,
            clinic.id,
            clinic.zone,
            type_id,
            Some(provider_id),
            day,
            day,
            Utc::now(),
            moving.map_or(Asker::Patient, Asker::PatientMoving),
        )
        .await?;
        let chosen = offered.iter().find(|t| t.start == start && t.provider_id == provider_id);
        let plan = plan(&mut *conn, clinic.id, type_id, provider_id, None, start).await;
        match (chosen, plan) {
            (Some(time), Ok(mut plan)) => {
                if time.chair_id.is_some() {
                    plan.chair_id = time.chair_id;
                }
                Ok(plan)
            }
            (_, Err(AppError::Validation { .. })) => Err(AppError::NotFound),
            (_, Ok(plan)) => Err(taken(&plan, clinic)),
            (_, Err(error)) => Err(error),
        }
    }

    /// A booking found by its key in its clinic.
    #[derive(sqlx::FromRow)]
    struct Found {
        booking_id: i64,
        appointment_id: i64,
        type_name: String,
        provider: String,
        start: DateTime<Utc>,
        hold_expires_at: Option<DateTime<Utc>>,
        status: String,
        challenge: String,
        details: Option<serde_json::Value>,
        created_at: DateTime<Utc>,
        confirmed_at: Option<DateTime<Utc>>,
        /// Held through a booking link: the link, and its patient's first name.
        booking_link_id: Option<i64>,
        linked_first_name: Option<String>,
    }

    /// Not found when the key is unknown or the hold has run out.
    async fn find(
        conn: &mut PgConnection,
        clinic_id: i64,
        key: &str,
        lock: bool,
    ) -> Result<Found, AppError> {
        let hash = key_hash(key)?;
        let lock = if lock { "FOR UPDATE OF b, a" } else { "" };
        let found: Option<Found> = sqlx::query_as(&format!(
            "SELECT b.id AS booking_id, a.id AS appointment_id, t.name AS type_name,
                    p.name AS provider, lower(a.visit) AS start, a.hold_expires_at, a.status,
                    b.challenge, b.details, b.created_at, b.confirmed_at, b.booking_link_id,
                    CASE WHEN btrim(lp.preferred_name) = '' THEN lp.first_name
                         ELSE lp.preferred_name END AS linked_first_name
             FROM online_booking b
             JOIN appointment a ON a.id = b.appointment_id
             JOIN appointment_type t ON t.id = a.appointment_type_id
             JOIN provider p ON p.id = a.provider_id
             LEFT JOIN patient_booking_link l ON l.id = b.booking_link_id
             LEFT JOIN patient lp ON lp.id = l.patient_id
             WHERE b.key_hash = $1 AND b.clinic_id = $2
               AND (a.status <> 'held' OR a.hold_expires_at > now())
             {lock}"
        ))
        .bind(hash)
        .bind(clinic_id)
        .fetch_optional(conn)
        .await?;
        found.ok_or(AppError::NotFound)
    }

    pub async fn booking_progress(slug: String, key: String) -> Result<HeldBooking, AppError> {
        let state = app_state()?;
        let mut conn = state.pool.acquire().await?;
        let clinic = online_clinic(&mut conn, &slug).await?;
        let found = find(&mut conn, clinic.id, &key, false).await?;
        if found.confirmed_at.is_some() {
            // The key stays in the browser's history: once the booking is confirmed it says
            // only that (the email has the rest).
            return Ok(HeldBooking::confirmed(clinic.public));
        }
        let now = Utc::now();
        let until = found.hold_expires_at.unwrap_or(now);
        Ok(HeldBooking {
            type_name: found.type_name,
            provider: found.provider,
            when: clinic.locale().moment_long(&found.start.with_timezone(&clinic.zone)),
            progress: Progress::Held,
            held_until: clinic.locale().time(until.with_timezone(&clinic.zone).time()),
            seconds_left: (until - now).num_seconds().max(0),
            challenge: found.challenge,
            details: found.details.and_then(|d| serde_json::from_value(d).ok()),
            for_patient: found.linked_first_name,
            clinic: clinic.public,
        })
    }

    /// The details, checked and normalised (dates ISO, phones E.164), or the field messages.
    pub fn check_details(
        form: &DetailsForm,
        calling_code: u16,
        today: NaiveDate,
    ) -> Result<DetailsForm, FieldErrors> {
        let mut errors = FieldErrors::new();
        let mut keep = |key: &str, result: Result<String, String>| match result {
            Ok(value) => value,
            Err(message) => {
                errors.insert(key.to_string(), message);
                String::new()
            }
        };
        let order = DateOrder::for_calling_code(calling_code);
        let required = |value: Option<String>, message: &str| value.ok_or(message.to_string());
        let checked = DetailsForm {
            first_name: keep("first_name", check_first_name(&form.first_name)),
            last_name: keep("last_name", check_last_name(&form.last_name)),
            date_of_birth: keep(
                "date_of_birth",
                parse_date_of_birth(&form.date_of_birth, order, today).map(|d| d.to_string()),
            ),
            email: keep(
                "email",
                check_optional_email(&form.email)
                    .and_then(|e| required(e, &t!("book-error-email-required"))),
            ),
            phone: keep(
                "phone",
                check_optional_phone(&form.phone, calling_code)
                    .and_then(|p| required(p, &t!("book-error-phone-required"))),
            ),
            reason: keep("reason", optional_text(&form.reason, 500)),
            returning: keep(
                "returning",
                match form.returning.trim() {
                    value @ ("new" | "returning") => Ok(value.to_string()),
                    _ => Err(t!("book-error-returning")),
                },
            ),
            reminders: if form.reminders.trim().is_empty() { String::new() } else { "on".into() },
            earlier: if form.earlier.trim().is_empty() { String::new() } else { "on".into() },
        };
        if errors.is_empty() { Ok(checked) } else { Err(errors) }
    }

    fn typed(form: &DetailsForm) -> FieldValues {
        [
            ("first_name", &form.first_name),
            ("last_name", &form.last_name),
            ("date_of_birth", &form.date_of_birth),
            ("email", &form.email),
            ("phone", &form.phone),
            ("reason", &form.reason),
            ("returning", &form.returning),
            ("reminders", &form.reminders),
            ("earlier", &form.earlier),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect()
    }

    fn expired(slug: &str) -> AppError {
        AppError::Conflict(t!("book-hold-expired", address = format!("/book/{slug}")))
    }

    pub async fn save_details(
        slug: String,
        key: String,
        form: DetailsForm,
        (honeypot, proof): (String, String),
    ) -> Result<(), AppError> {
        let state = app_state()?;
        let origin = session::request_origin();
        let mut tx = state.pool.begin().await?;
        let clinic = online_clinic(&mut tx, &slug).await?;
        let found = match find(&mut tx, clinic.id, &key, true).await {
            Ok(found) => found,
            Err(AppError::NotFound) => return Err(expired(&clinic.public.slug)),
            Err(other) => return Err(other),
        };
        if found.confirmed_at.is_some() {
            leptos_axum::redirect(&format!(
                "/book/{}/done?booking={}",
                clinic.public.slug,
                key.trim()
            ));
            return Ok(());
        }
        if found.booking_link_id.is_some() {
            // Its patient is known: nothing typed is taken.
            leptos_axum::redirect(&review_path(&clinic.public.slug, key.trim()));
            return Ok(());
        }
        let entry = AuditEntry::new("online.details_entered", Outcome::Denied, &origin)
            .clinic(clinic.id)
            .object("appointment", found.appointment_id);
        let now = Utc::now();
        let person =
            abuse::check_person(&honeypot, &found.challenge, &proof, found.created_at, now);
        let limited = match person {
            Err(error) => Err(error),
            // In this transaction (it holds the only connection this request takes).
            Ok(()) => abuse::count_in(&mut tx, DETAILS_PER_IP, &abuse::ip_key(origin.ip)).await,
        };
        if let Err(error) = limited {
            return Err(refused(tx, entry, error).await);
        }
        let today = now.with_timezone(&clinic.zone).date_naive();
        let details = check_details(&form, clinic.calling_code, today)
            .map_err(|fields| AppError::fields(fields).with_input(typed(&form)))?;
        if let Err(error) = abuse::count_in(&mut tx, DETAILS_PER_EMAIL, &details.email).await {
            return Err(refused(tx, entry, error).await);
        }
        sqlx::query("UPDATE online_booking SET details = $2, new_patient = $3 WHERE id = $1")
            .bind(found.booking_id)
            .bind(serde_json::to_value(&details).map_err(AppError::internal)?)
            .bind(details.returning == "new")
            .execute(&mut *tx)
            .await?;
        // Time to read the review without the hold running out underneath.
        sqlx::query(
            "UPDATE appointment SET hold_expires_at =
                 greatest(hold_expires_at, now() + make_interval(mins => $2))
             WHERE id = $1 AND status = 'held'",
        )
        .bind(found.appointment_id)
        .bind(REVIEW_MINUTES as i32)
        .execute(&mut *tx)
        .await?;
        let entry = AuditEntry::new("online.details_entered", Outcome::Success, &origin)
            .clinic(clinic.id)
            .object("appointment", found.appointment_id)
            .details(json!({ "details": details }));
        audit::append(&mut tx, entry).await?;
        tx.commit().await?;
        leptos_axum::redirect(&format!(
            "/book/{}/review?booking={}",
            clinic.public.slug,
            key.trim()
        ));
        Ok(())
    }

    /// Whom a confirmed booking belongs to.
    enum Patient {
        /// The clinic's record of this person: same date of birth and the same email address
        /// (where the confirmation goes), with no other appointment at that time.
        Existing(i64),
        /// A new record made from what was typed; `possible_match` is a record that looks like
        /// the same person on weaker evidence (or that is busy then), for the front desk to
        /// confirm or dismiss. Nothing is written to that record.
        New { id: i64, possible_match: Option<i64> },
    }

    impl Patient {
        fn id(&self) -> i64 {
            match self {
                Patient::Existing(id) | Patient::New { id, .. } => *id,
            }
        }
    }

    /// The patient of booking `appointment_id` from the typed `details`. Whatever is found,
    /// the public answer is the same: only staff learn whether a record matched.
    async fn patient_for(
        conn: &mut PgConnection,
        clinic_id: i64,
        appointment_id: i64,
        details: &DetailsForm,
    ) -> Result<Patient, AppError> {
        let born = NaiveDate::parse_from_str(&details.date_of_birth, "%Y-%m-%d")
            .map_err(AppError::internal)?;
        // The best candidate first: same email before same phone; and whether that record
        // is busy at the booked time (it would refuse the booking: a tell).
        let candidate: Option<(i64, bool, bool)> = sqlx::query_as(&format!(
            "SELECT p.id, p.email = $3::citext AS same_email,
                    EXISTS (SELECT 1 FROM appointment a, appointment booked
                            WHERE booked.id = $5 AND a.patient_id = p.id AND {LIVE}
                              AND a.visit && booked.visit) AS busy
             FROM patient p
             WHERE p.clinic_id = $1 AND p.date_of_birth = $2 AND p.archived_at IS NULL
               AND (p.email = $3::citext OR p.mobile_phone = $4 OR p.home_phone = $4)
             ORDER BY (p.email = $3::citext) DESC NULLS LAST, p.id LIMIT 1",
        ))
        .bind(clinic_id)
        .bind(born)
        .bind(&details.email)
        .bind(&details.phone)
        .bind(appointment_id)
        .fetch_optional(&mut *conn)
        .await?;
        if let Some((id, true, false)) = candidate {
            return Ok(Patient::Existing(id));
        }
        let number: i64 = sqlx::query_scalar(
            "UPDATE clinic SET next_patient_number = next_patient_number + 1 WHERE id = $1
             RETURNING next_patient_number - 1",
        )
        .bind(clinic_id)
        .fetch_one(&mut *conn)
        .await?;
        let id = sqlx::query_scalar(
            "INSERT INTO patient (clinic_id, number, first_name, last_name, date_of_birth,
                 mobile_phone, email, preferred_contact, email_reminders, notes)
             VALUES ($1, $2, $3, $4, $5, $6, $7, 'email', $8, 'Created by an online booking.')
             RETURNING id",
        )
        .bind(clinic_id)
        .bind(number)
        .bind(&details.first_name)
        .bind(&details.last_name)
        .bind(born)
        .bind(&details.phone)
        .bind(&details.email)
        .bind(!details.reminders.is_empty())
        .fetch_one(&mut *conn)
        .await?;
        Ok(Patient::New { id, possible_match: candidate.map(|(id, _, _)| id) })
    }

    pub async fn confirm(slug: String, key: String) -> Result<(), AppError> {
        let state = app_state()?;
        let origin = session::request_origin();
        let mut tx = state.pool.begin().await?;
        let clinic = online_clinic(&mut tx, &slug).await?;
        let slug = clinic.public.slug.clone();
        let found = match find(&mut tx, clinic.id, &key, true).await {
            Ok(found) => found,
            Err(AppError::NotFound) => return Err(expired(&slug)),
            Err(other) => return Err(other),
        };
        let done = format!("/book/{slug}/done?booking={}", key.trim());
        if found.confirmed_at.is_some() {
            tx.commit().await?;
            leptos_axum::redirect(&done);
            return Ok(());
        }
        if let Some(link_id) = found.booking_link_id {
            return confirm_linked(tx, (&clinic, &origin), &found, link_id, key.trim()).await;
        }
        let Some(details) =
            found.details.and_then(|d| serde_json::from_value::<DetailsForm>(d).ok())
        else {
            leptos_axum::redirect(&details_path(&slug, key.trim()));
            return Ok(());
        };
        let patient = patient_for(&mut tx, clinic.id, found.appointment_id, &details).await?;
        let patient_id = patient.id();
        // The notes are the patient's own words (the calendar says the booking was online).
        let confirmed = holds::book_for(
            &mut tx,
            found.appointment_id,
            patient_id,
            details.reason.trim(),
            "Booked online",
        )
        .await;
        if let Err(error) = confirmed {
            return Err(if holds::patient_busy(&error) {
                // Deliberately vague: it must not tell a stranger that a record matched.
                AppError::Conflict(t!("book-cannot-book-with-details"))
            } else {
                error.into()
            });
        }
        // What was typed is no longer needed once it is in the record (the audit row of the
        // details step keeps it); the key in the browser's history then opens nothing more.
        let possible_match = match patient {
            Patient::New { possible_match, .. } => possible_match,
            Patient::Existing(_) => None,
        };
        sqlx::query(
            "UPDATE online_booking SET confirmed_at = now(), details = NULL, possible_match_id = $2
             WHERE id = $1",
        )
        .bind(found.booking_id)
        .bind(possible_match)
        .execute(&mut *tx)
        .await?;
        let site = &state.config.public_base_url;
        remember_language(&mut tx, patient_id).await?;
        let typed = outbox::Recipient {
            email: details.email.clone(),
            first_name: details.first_name.clone(),
            last_name: details.last_name.clone(),
            language: crate::i18n::current(),
        };
        outbox::enqueue_online_confirmation(&mut tx, found.appointment_id, site, &typed).await?;
        let waits_for_earlier = if details.earlier.is_empty() {
            false
        } else {
            crate::asap::offers::wait_for_earlier(&mut tx, found.appointment_id).await?
        };
        let entry = AuditEntry::new("online.booked", Outcome::Success, &origin)
            .clinic(clinic.id)
            .patient(patient_id)
            .object("appointment", found.appointment_id)
            .details(json!({
                "matched_existing_patient": matches!(patient, Patient::Existing(_)),
                "possible_match": possible_match,
                "said_new": details.returning == "new",
                "start": found.start, "status": found.status,
                "asap_list": waits_for_earlier,
            }));
        audit::append(&mut tx, entry).await?;
        crate::notifications::store::notify_about_appointment(
            &mut tx,
            crate::notifications::model::NotificationKind::OnlineBooked,
            found.appointment_id,
        )
        .await?;
        tx.commit().await?;
        leptos_axum::redirect(&done);
        Ok(())
    }

    /// Confirms booking `found`, held through booking link `link_id`, for the link's patient.
    /// Should the link have booked meanwhile (the same email opened twice) or run out, the
    /// time stays held and the patient is asked for their details like anyone.
    /// The patient's language from now on: the one they booked in.
    async fn remember_language(conn: &mut PgConnection, patient_id: i64) -> Result<(), AppError> {
        sqlx::query("UPDATE patient SET language = $2 WHERE id = $1")
            .bind(patient_id)
            .bind(crate::i18n::current().tag())
            .execute(conn)
            .await?;
        Ok(())
    }

    async fn confirm_linked(
        mut tx: sqlx::Transaction<'_, sqlx::Postgres>,
        (clinic, origin): (&OnlineClinic, &crate::audit::store::RequestOrigin),
        found: &Found,
        link_id: i64,
        key: &str,
    ) -> Result<(), AppError> {
        let slug = &clinic.public.slug;
        let Some(linked) = patient_links::patient_of_link(&mut tx, link_id).await? else {
            sqlx::query("UPDATE online_booking SET booking_link_id = NULL WHERE id = $1")
                .bind(found.booking_id)
                .execute(&mut *tx)
                .await?;
            tx.commit().await?;
            leptos_axum::redirect(&details_path(slug, key));
            return Ok(());
        };
        let confirmed = holds::book_for(
            &mut tx,
            found.appointment_id,
            linked.patient_id,
            "",
            "Booked online from a link emailed to the patient",
        )
        .await;
        if let Err(error) = confirmed {
            return Err(if holds::patient_busy(&error) {
                AppError::Conflict(t!("book-already-booked-then"))
            } else {
                error.into()
            });
        }
        sqlx::query("UPDATE online_booking SET confirmed_at = now(), details = NULL WHERE id = $1")
            .bind(found.booking_id)
            .execute(&mut *tx)
            .await?;
        patient_links::spend(&mut tx, link_id).await?;
        remember_language(&mut tx, linked.patient_id).await?;
        let site = &app_state()?.config.public_base_url;
        outbox::enqueue_for_appointment(
            &mut tx,
            crate::email::model::EmailKind::BookingConfirmation,
            found.appointment_id,
            None,
            site,
        )
        .await?;
        let entry = AuditEntry::new("online.booked", Outcome::Success, origin)
            .clinic(clinic.id)
            .patient(linked.patient_id)
            .object("appointment", found.appointment_id)
            .details(json!({
                "booking_link": link_id, "start": found.start, "status": found.status,
            }));
        audit::append(&mut tx, entry).await?;
        crate::notifications::store::notify_about_appointment(
            &mut tx,
            crate::notifications::model::NotificationKind::OnlineBooked,
            found.appointment_id,
        )
        .await?;
        tx.commit().await?;
        leptos_axum::redirect(&format!("/book/{slug}/done?booking={key}"));
        Ok(())
    }
}
