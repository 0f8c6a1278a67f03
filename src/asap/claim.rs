//! `/book/offer/{token}`: a patient on the ASAP list takes a freed time from the offer email.
//! The first to take it books it through the online booking's path (the engine's offered
//! times, a hold, the exclusion constraints); a patient with a later appointment of that type
//! has it moved instead. Anyone who comes later is told it was taken, and stays on the list.

use leptos::prelude::*;

use super::model::OfferView;
use crate::error::AppError;

/// The offer of link `token`, as its patient sees it.
#[server(endpoint = "book/offer")]
pub async fn load_asap_offer(token: String) -> Result<OfferView, AppError> {
    ssr::load(token).await.map_err(AppError::with_http_status)
}

/// Takes the freed time of offer `token`.
#[server(endpoint = "book/offer/claim")]
pub async fn claim_asap_offer(token: String) -> Result<(), AppError> {
    ssr::claim(token).await.map_err(AppError::with_http_status)
}

#[cfg(feature = "ssr")]
pub mod ssr {
    use chrono::{DateTime, Utc};
    use serde_json::json;
    use sqlx::PgConnection;

    use super::super::model::{OfferState, OfferView};
    use super::super::offers::{Candidate, Opening, clinic_of, fits};
    use crate::audit::store::{self as audit, AuditEntry, Outcome};
    use crate::auth::invitation::digest;
    use crate::auth::session;
    use crate::email::model::EmailKind;
    use crate::email::outbox;
    use crate::error::AppError;
    use crate::online::abuse::{self, MANAGE_PER_IP};
    use crate::online::api::ssr::{OnlineClinic, offered_plan};
    use crate::online::holds;
    use crate::scheduling::booking::ssr::clash;
    use crate::scheduling::reschedule::ssr::write_move;
    use crate::server::state::app_state;

    /// An offer found by its token, with its time and its patient's request.
    #[derive(sqlx::FromRow)]
    struct Offered {
        offer_id: i64,
        opening_id: i64,
        request_id: i64,
        clinic_id: i64,
        patient_id: i64,
        type_id: i64,
        type_name: String,
        provider_id: i64,
        provider: String,
        starts_at: DateTime<Utc>,
        expires_at: DateTime<Utc>,
        offers_sent: i32,
        claimed_at: Option<DateTime<Utc>>,
        opening_claimed_at: Option<DateTime<Utc>>,
        request_ended_at: Option<DateTime<Utc>>,
    }

    impl Offered {
        fn opening(&self) -> Opening {
            Opening {
                id: self.opening_id,
                clinic_id: self.clinic_id,
                provider_id: self.provider_id,
                starts_at: self.starts_at,
                offers_sent: self.offers_sent,
            }
        }
    }

    /// The offer of `token`; with `lock`, its freed time and the offer are locked, so two
    /// patients taking one time wait for each other and the second finds it taken.
    async fn find(
        conn: &mut PgConnection,
        token: &str,
        lock: bool,
    ) -> Result<Option<Offered>, sqlx::Error> {
        let token = token.trim();
        if token.is_empty() || token.len() > 100 {
            return Ok(None);
        }
        let lock = if lock { "FOR UPDATE OF op, o" } else { "" };
        sqlx::query_as(&format!(
            "SELECT o.id AS offer_id, op.id AS opening_id, r.id AS request_id, o.clinic_id,
                    r.patient_id, r.appointment_type_id AS type_id, t.name AS type_name,
                    op.provider_id, pr.name AS provider, op.starts_at, o.expires_at,
                    op.offers_sent, o.claimed_at, op.claimed_at AS opening_claimed_at,
                    r.ended_at AS request_ended_at
             FROM asap_offer o
             JOIN asap_opening op ON op.id = o.opening_id
             JOIN asap_request r ON r.id = o.request_id
             JOIN appointment_type t ON t.id = r.appointment_type_id
             JOIN provider pr ON pr.id = op.provider_id
             WHERE o.token_hash = $1
             {lock}"
        ))
        .bind(digest(token))
        .fetch_optional(conn)
        .await
    }

    /// The patient's next live appointment of the type, still to come (locked): what taking
    /// the time moves.
    async fn next_of_type(
        conn: &mut PgConnection,
        patient_id: i64,
        type_id: i64,
    ) -> Result<Option<(i64, DateTime<Utc>)>, sqlx::Error> {
        sqlx::query_as(
            "SELECT a.id, lower(a.visit) FROM appointment a
             WHERE a.patient_id = $1 AND a.appointment_type_id = $2
               AND a.status IN ('scheduled', 'confirmed') AND lower(a.visit) > now()
             ORDER BY lower(a.visit) LIMIT 1 FOR UPDATE",
        )
        .bind(patient_id)
        .bind(type_id)
        .fetch_optional(conn)
        .await
    }

    fn taken() -> AppError {
        AppError::Conflict(crate::t!("book-offer-taken-error"))
    }

    fn closed() -> AppError {
        AppError::Conflict(crate::t!("book-offer-closed-error"))
    }

    /// Where the offer stands at `now`, and the appointment taking it would move.
    async fn state_of(
        conn: &mut PgConnection,
        clinic: &OnlineClinic,
        offered: &Offered,
        now: DateTime<Utc>,
    ) -> Result<(OfferState, Option<(i64, DateTime<Utc>)>), AppError> {
        if offered.claimed_at.is_some() {
            return Ok((OfferState::Claimed, None));
        }
        if offered.opening_claimed_at.is_some() {
            return Ok((OfferState::Taken, None));
        }
        if offered.request_ended_at.is_some() || offered.expires_at <= now {
            return Ok((OfferState::Closed, None));
        }
        let next = next_of_type(conn, offered.patient_id, offered.type_id).await?;
        if next.is_some_and(|(_, starts)| starts <= offered.starts_at) {
            // They have since booked as early or earlier: nothing to gain.
            return Ok((OfferState::Closed, None));
        }
        let candidate = Candidate {
            request_id: offered.request_id,
            type_id: offered.type_id,
            moving: next.map(|(id, _)| id),
        };
        if !fits(conn, clinic, &offered.opening(), &candidate).await? {
            return Ok((OfferState::Taken, None));
        }
        let zone = clinic.zone;
        let locale = clinic.locale();
        let moves =
            next.map(|(_, starts)| locale.moment_without_year(&starts.with_timezone(&zone)));
        let until = locale.moment_without_year(&offered.expires_at.with_timezone(&zone));
        Ok((OfferState::Open { moves, until }, next))
    }

    fn entry(action: &'static str, offered: &Offered) -> AuditEntry {
        AuditEntry::new(action, Outcome::Success, &session::request_origin())
            .clinic(offered.clinic_id)
            .patient(offered.patient_id)
            .object("asap_offer", offered.offer_id)
    }

    pub async fn load(token: String) -> Result<OfferView, AppError> {
        let state = app_state()?;
        let mut tx = state.pool.begin().await?;
        let offered = find(&mut tx, &token, false).await?.ok_or(AppError::NotFound)?;
        let clinic = clinic_of(&mut tx, offered.clinic_id).await?;
        let (offer_state, _) = state_of(&mut tx, &clinic, &offered, Utc::now()).await?;
        audit::append(&mut tx, entry("asap.offer_viewed", &offered)).await?;
        tx.commit().await?;
        Ok(OfferView {
            when: clinic.locale().moment_long(&offered.starts_at.with_timezone(&clinic.zone)),
            clinic: clinic.public,
            type_name: offered.type_name,
            provider: offered.provider,
            state: offer_state,
        })
    }

    pub async fn claim(token: String) -> Result<(), AppError> {
        let state = app_state()?;
        let origin = session::request_origin();
        abuse::count_attempt(&state.pool, MANAGE_PER_IP, &abuse::ip_key(origin.ip)).await?;
        let mut tx = state.pool.begin().await?;
        let offered = find(&mut tx, &token, true).await?.ok_or(AppError::NotFound)?;
        let here = format!("/book/offer/{}", token.trim());
        let clinic = clinic_of(&mut tx, offered.clinic_id).await?;
        let (moving, plan) = match state_of(&mut tx, &clinic, &offered, Utc::now()).await? {
            (OfferState::Claimed, _) => {
                tx.commit().await?;
                leptos_axum::redirect(&here);
                return Ok(());
            }
            (OfferState::Taken, _) => return Err(taken()),
            (OfferState::Closed, _) => return Err(closed()),
            (OfferState::Open { .. }, next) => {
                let moving = next.map(|(id, _)| id);
                let time = (offered.type_id, offered.provider_id);
                let plan =
                    match offered_plan(&mut tx, &clinic, time, offered.starts_at, moving).await {
                        Ok(plan) => plan,
                        Err(AppError::Conflict(_) | AppError::NotFound) => return Err(taken()),
                        Err(error) => return Err(error),
                    };
                (next, plan)
            }
        };
        let site = &state.config.public_base_url;
        let appointment_id = match moving {
            Some((id, _)) => {
                let moved = write_move(&mut tx, id, offered.provider_id, &plan).await;
                moved.map_err(|error| match clash(error, &plan, clinic.zone) {
                    AppError::Conflict(_) => taken(),
                    other => other,
                })?;
                outbox::cancel_reminders(&mut tx, id).await?;
                outbox::enqueue_for_appointment(&mut tx, EmailKind::Rescheduled, id, None, site)
                    .await?;
                id
            }
            None => {
                let time = (offered.type_id, offered.provider_id);
                let placed = holds::place(&mut tx, clinic.id, time, &plan).await;
                let id = placed.map_err(|error| match clash(error, &plan, clinic.zone) {
                    AppError::Conflict(_) => taken(),
                    other => other,
                })?;
                book_held(&mut tx, id, offered.patient_id).await?;
                outbox::enqueue_for_appointment(
                    &mut tx,
                    EmailKind::BookingConfirmation,
                    id,
                    None,
                    site,
                )
                .await?;
                id
            }
        };
        sqlx::query("UPDATE asap_offer SET claimed_at = now() WHERE id = $1")
            .bind(offered.offer_id)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "UPDATE asap_opening SET claimed_at = now(),
                    closed_at = coalesce(closed_at, now()),
                    closed_reason = coalesce(closed_reason, 'claimed')
             WHERE id = $1",
        )
        .bind(offered.opening_id)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "UPDATE asap_request SET ended_at = now(), end_reason = 'booked'
             WHERE id = $1 AND ended_at IS NULL",
        )
        .bind(offered.request_id)
        .execute(&mut *tx)
        .await?;
        let claimed = entry("asap.claimed", &offered).details(json!({
            "appointment_id": appointment_id, "opening_id": offered.opening_id,
            "start": plan.visit.0, "provider_id": offered.provider_id,
            "moved_from": moving.map(|(_, starts)| starts),
        }));
        audit::append(&mut tx, claimed).await?;
        crate::notifications::store::notify_about_appointment(
            &mut tx,
            crate::notifications::model::NotificationKind::AsapClaimed,
            appointment_id,
        )
        .await?;
        tx.commit().await?;
        leptos_axum::redirect(&format!("{here}?done=1"));
        Ok(())
    }

    /// Turns hold `appointment_id` into the patient's booking.
    async fn book_held(
        conn: &mut PgConnection,
        appointment_id: i64,
        patient_id: i64,
    ) -> Result<(), AppError> {
        let notes = "Booked from an ASAP offer emailed to the patient.";
        let booked =
            holds::book_for(conn, appointment_id, patient_id, notes, "Booked from an ASAP offer")
                .await;
        booked.map_err(|error| {
            if holds::patient_busy(&error) {
                AppError::Conflict(crate::t!("book-offer-already-booked-then"))
            } else {
                error.into()
            }
        })
    }
}
