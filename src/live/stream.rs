//! `GET /live?clinic=slug`: a staff member's stream of their clinic's changes (with a clinic)
//! and of their own notifications, as Server-Sent Events. Authorized like the clinic's pages
//! (signed in, allowed the calendar, a member of the clinic); it carries only that clinic's
//! changes and only the viewer's own notifications, and it ends when the session does (signed
//! out or revoked anywhere: at once; idle or too old: when due).
//!
//! A stream starts after `?after=N` (the number the page's data was read at) or, when the
//! browser reconnects, after its `Last-Event-ID`: what followed is read from `live_event`
//! before anything live, so a dropped connection misses nothing. When that is no longer known
//! (older than a day, or too much), the stream says `reset` and the page reads everything again.

use std::collections::VecDeque;
use std::convert::Infallible;
use std::time::Duration;

use axum::extract::{Query, Request, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use serde::Deserialize;
use tokio::sync::broadcast::{self, error::RecvError};
use uuid::Uuid;

use super::hub::Signal;
use super::model::{AppointmentChange, event_names};
use crate::auth::clinic_access;
use crate::domain::Permission;
use crate::error::AppError;
use crate::server::state::AppState;

/// The most missed changes sent one by one; past it, `reset`.
const MAX_REPLAY: i64 = 500;
/// A comment sent when nothing else was, so proxies keep the connection open.
const KEEP_ALIVE: Duration = Duration::from_secs(15);

#[derive(Deserialize)]
pub struct Wanted {
    clinic: Option<String>,
    after: Option<i64>,
}

pub async fn stream(
    State(state): State<AppState>,
    Query(wanted): Query<Wanted>,
    request: Request,
) -> Response {
    match open(state, wanted, request).await {
        Ok(response) => response,
        Err(error) => {
            let status = StatusCode::from_u16(error.status_code())
                .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            (status, error.to_string()).into_response()
        }
    }
}

async fn open(state: AppState, wanted: Wanted, request: Request) -> Result<Response, AppError> {
    let (parts, _) = request.into_parts();
    let permission = match wanted.clinic {
        Some(_) => Permission::ViewCalendar,
        None => Permission::ManageOwnAccount,
    };
    let actor = crate::documents::upload::staff_member(
        &state,
        &parts.headers,
        &parts.extensions,
        permission,
    )
    .await?;
    let (staff_id, session_id) = (actor.staff_id, actor.session_id);
    let clinic_id = match wanted.clinic.as_deref() {
        Some(slug) => {
            let mut conn = state.pool.acquire().await?;
            Some(clinic_access::open(&mut conn, actor, slug).await?.clinic.id)
        }
        None => None,
    };
    let after = wanted.after;
    let last = last_event_id(&parts.headers).or(after).unwrap_or(0).max(0);
    // Listening first, reading the table second: whatever commits in between comes twice,
    // and the second copy is dropped by its number.
    let receiver = state
        .live
        .subscribe()
        .await
        .ok_or_else(|| AppError::internal("cannot listen for live changes"))?;
    let deadline = session_deadline(&state, session_id).await?.ok_or(AppError::Unauthorized)?;
    let mut follower = Follower {
        state,
        clinic_id,
        staff_id,
        session_id,
        last,
        receiver,
        deadline,
        pending: VecDeque::new(),
        done: false,
    };
    if clinic_id.is_some() {
        if after.is_some() || last > 0 {
            follower.catch_up().await?;
        } else {
            // A stream asked for from now on: it starts at the clinic's last number.
            follower.last = follower.clinic_last().await?;
        }
    }
    let events = futures::stream::unfold(follower, |mut follower| async move {
        let event = follower.next().await?;
        Some((Ok::<_, Infallible>(event), follower))
    });
    Ok(Sse::new(events).keep_alive(KeepAlive::new().interval(KEEP_ALIVE)).into_response())
}

fn last_event_id(headers: &HeaderMap) -> Option<i64> {
    headers.get("last-event-id")?.to_str().ok()?.trim().parse().ok()
}

/// When the staff session stops being usable unless it is used again (idle), or for good
/// (absolute); None when it already has.
async fn session_deadline(
    state: &AppState,
    session_id: Uuid,
) -> Result<Option<tokio::time::Instant>, AppError> {
    let until: Option<DateTime<Utc>> = sqlx::query_scalar(
        "SELECT least(last_seen_at + make_interval(secs => $2), signed_in_at + make_interval(secs => $3))
         FROM staff_session WHERE id = $1 AND ended_at IS NULL",
    )
    .bind(session_id)
    .bind(state.config.session_idle.as_secs_f64())
    .bind(state.config.session_absolute.as_secs_f64())
    .fetch_optional(&state.pool)
    .await?;
    Ok(until.and_then(|until| {
        let left = (until - Utc::now()).to_std().ok()?;
        Some(tokio::time::Instant::now() + left)
    }))
}

/// One stream's place: what it has sent, what it is about to send, and whose it is.
struct Follower {
    state: AppState,
    /// The clinic followed; None: notifications only.
    clinic_id: Option<i64>,
    staff_id: i64,
    session_id: Uuid,
    /// The number of the last change sent.
    last: i64,
    receiver: broadcast::Receiver<Signal>,
    deadline: tokio::time::Instant,
    pending: VecDeque<Event>,
    done: bool,
}

impl Follower {
    async fn next(&mut self) -> Option<Event> {
        loop {
            if let Some(event) = self.pending.pop_front() {
                return Some(event);
            }
            if self.done {
                return None;
            }
            tokio::select! {
                signal = self.receiver.recv() => self.hear(signal).await,
                () = tokio::time::sleep_until(self.deadline) => self.check_session().await,
            }
        }
    }

    async fn hear(&mut self, signal: Result<Signal, RecvError>) {
        match signal {
            Ok(Signal::Change { clinic_id, seq, json }) => {
                if Some(clinic_id) == self.clinic_id && seq > self.last {
                    self.last = seq;
                    self.pending.push_back(
                        Event::default()
                            .event(event_names::APPOINTMENT)
                            .id(seq.to_string())
                            .data(&*json),
                    );
                }
            }
            Ok(Signal::SessionEnded(session)) => {
                if session == self.session_id {
                    self.sign_out();
                }
            }
            Ok(Signal::Notified { staff_id }) => {
                if staff_id == self.staff_id {
                    self.pending
                        .push_back(Event::default().event(event_names::NOTIFICATION).data("new"));
                }
            }
            // Missed signals (this stream fell behind, or the instance stopped listening for a
            // moment): the table has them.
            Ok(Signal::Resync) | Err(RecvError::Lagged(_)) => {
                if let Err(error) = self.catch_up().await {
                    tracing::warn!(%error, "a live stream could not catch up; it is reset");
                    self.reset_to_now().await;
                }
            }
            Ok(Signal::ShuttingDown) | Err(RecvError::Closed) => self.done = true,
        }
    }

    /// Queues the clinic's changes after `last`, or `reset` when they are not all known.
    async fn catch_up(&mut self) -> Result<(), AppError> {
        let Some(clinic_id) = self.clinic_id else { return Ok(()) };
        let horizon: i64 = sqlx::query_scalar("SELECT seq FROM live_event_horizon")
            .fetch_one(&self.state.pool)
            .await?;
        let missed: Vec<(i64, sqlx::types::Json<AppointmentChange>)> = sqlx::query_as(
            "SELECT e.seq, json_build_object(
                     'seq', e.seq, 'kind', e.kind, 'appointment_id', e.appointment_id,
                     'starts_at', e.starts_at, 'ends_at', e.ends_at,
                     'previous_starts_at', e.previous_starts_at,
                     'provider_id', e.provider_id, 'chair_id', e.chair_id)
             FROM live_event e WHERE e.clinic_id = $1 AND e.seq > $2 ORDER BY e.seq LIMIT $3",
        )
        .bind(clinic_id)
        .bind(self.last)
        .bind(MAX_REPLAY + 1)
        .fetch_all(&self.state.pool)
        .await?;
        if self.last < horizon || missed.len() as i64 > MAX_REPLAY {
            self.reset_to_now().await;
            return Ok(());
        }
        for (seq, change) in missed {
            self.last = seq;
            let json = serde_json::to_string(&change.0).map_err(AppError::internal)?;
            self.pending.push_back(
                Event::default().event(event_names::APPOINTMENT).id(seq.to_string()).data(json),
            );
        }
        Ok(())
    }

    /// Tells the page to read everything again, and carries on from the clinic's last number.
    async fn reset_to_now(&mut self) {
        match self.clinic_last().await {
            Ok(last) => {
                self.last = last;
                self.pending.push_back(
                    Event::default().event(event_names::RESET).id(last.to_string()).data("reset"),
                );
            }
            // Without the database the stream cannot say what is true: the browser reconnects.
            Err(_) => self.done = true,
        }
    }

    async fn clinic_last(&self) -> Result<i64, AppError> {
        Ok(sqlx::query_scalar(
            "SELECT greatest(coalesce(max(seq), 0), (SELECT seq FROM live_event_horizon))
             FROM live_event WHERE clinic_id = $1",
        )
        .bind(self.clinic_id)
        .fetch_one(&self.state.pool)
        .await?)
    }

    /// The session was due to lapse: it goes on only if it was used meanwhile.
    async fn check_session(&mut self) {
        match session_deadline(&self.state, self.session_id).await {
            Ok(Some(deadline)) => self.deadline = deadline,
            Ok(None) => self.sign_out(),
            // Asked again shortly; the stream stays as it is meanwhile.
            Err(_) => self.deadline = tokio::time::Instant::now() + Duration::from_secs(5),
        }
    }

    fn sign_out(&mut self) {
        self.pending.clear();
        self.pending.push_back(Event::default().event(event_names::SIGNED_OUT).data("signed out"));
        self.done = true;
    }
}
