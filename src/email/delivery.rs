//! The delivery worker: claims due emails from the outbox, sends them, and records the result.
//! Several workers (in one server or many) may run at once: a claim is one UPDATE over rows
//! picked `FOR UPDATE SKIP LOCKED`, so no two workers hold the same row.
//!
//! Delivery is at least once. A claimed row is `sending` with a lease; the result is written
//! after the mail server answers. If a worker dies between the server's "250 accepted" and
//! that write, the lease runs out and another worker sends the email again: a duplicate
//! window of one send per crash. Every attempt carries the same `Message-ID`
//! (`<outbox-ID@domain>`), so a receiving system can recognise the repeat.
//!
//! In normal running there is no such window: a batch may take longer than the lease (a slow
//! mail server), so each email's lease is renewed just before it is sent, fenced by its
//! attempt number (a worker that took an expired row over has counted another attempt, and
//! the first worker then leaves the row alone), and a send is abandoned after half the lease
//! ([`RetryPolicy::send_limit`]), so no lease runs out under a send.

use std::path::PathBuf;
use std::time::Duration;

use chrono::{DateTime, Utc};
use lettre::message::header::ContentType;
use lettre::message::{Attachment, Mailbox, MultiPart};
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use rand::Rng;
use sqlx::PgPool;

use super::bearer_links::{Link, create_token, fill};
use crate::i18n::Language;
use crate::server::metrics::METRICS;

/// Where emails go.
#[derive(Clone)]
pub enum Sink {
    /// An SMTP server (`SMTP_URL`: `smtp://host:25` plain, `smtp://host:587?tls=required`
    /// STARTTLS, `smtps://user:pass@host:465` TLS).
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    /// `.eml` files in a folder (development without an SMTP server).
    Files(PathBuf, AsyncFileTransport<Tokio1Executor>),
}

impl Sink {
    pub fn smtp(url: &str) -> Result<Sink, String> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|e| format!("SMTP_URL: {e}"))?
            .timeout(Some(Duration::from_secs(30)))
            .build();
        Ok(Sink::Smtp(transport))
    }

    pub fn files(dir: PathBuf) -> Result<Sink, String> {
        std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        Ok(Sink::Files(dir.clone(), AsyncFileTransport::new(dir)))
    }

    /// Sends one message; answers what the server (or the folder) said.
    async fn send(&self, message: Message) -> Result<String, String> {
        match self {
            Sink::Smtp(transport) => transport
                .send(message)
                .await
                .map(|response| {
                    let text: Vec<&str> = response.message().collect();
                    format!("{} {}", response.code(), text.join(" "))
                })
                .map_err(|e| e.to_string()),
            Sink::Files(dir, transport) => transport
                .send(message)
                .await
                .map(|id| format!("written to {}", dir.join(format!("{id}.eml")).display()))
                .map_err(|e| e.to_string()),
        }
    }
}

/// How hard to try.
#[derive(Debug, Clone, Copy)]
pub struct RetryPolicy {
    /// Attempts before an email is marked failed.
    pub max_attempts: i32,
    /// The wait after the first failure; it doubles with each further one, up to `longest`,
    /// with ±20% of jitter so a mail server coming back is not hit by every email at once.
    pub first_wait: Duration,
    pub longest_wait: Duration,
    /// How long a worker holds a claimed email before another may take it over. Renewed for
    /// each email just before it is sent; a send is given at most half of it.
    pub lease: Duration,
    /// Emails claimed at a time.
    pub batch: i64,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 8,
            first_wait: Duration::from_secs(30),
            longest_wait: Duration::from_secs(3600),
            lease: Duration::from_secs(120),
            batch: 20,
        }
    }
}

impl RetryPolicy {
    /// The longest one send may take (the SMTP transport's own timeout is per command): half
    /// the lease, so the lease renewed just before a send outlasts it with room for the
    /// database writes around it.
    pub fn send_limit(&self) -> Duration {
        self.lease / 2
    }

    /// The wait after `attempts` failed attempts.
    pub fn wait_after(&self, attempts: i32) -> Duration {
        let doubled =
            self.first_wait.saturating_mul(1u32 << attempts.clamp(1, 20).saturating_sub(1));
        let wait = doubled.min(self.longest_wait);
        wait.mul_f64(rand::rng().random_range(0.8..1.2))
    }
}

#[derive(sqlx::FromRow)]
struct Claimed {
    id: i64,
    kind: String,
    appointment_id: Option<i64>,
    for_start: Option<DateTime<Utc>>,
    to_address: String,
    to_name: String,
    subject: String,
    text_body: String,
    html_body: String,
    attempts: i32,
    link_kind: Option<String>,
    staff_id: Option<i64>,
    recall_id: Option<i64>,
    asap_offer_id: Option<i64>,
    created_at: DateTime<Utc>,
    /// The language it was written in (its calendar file's too).
    language: String,
}

impl Claimed {
    /// The bearer link whose token goes into this email as it is sent, if any.
    fn link(&self) -> Option<Link> {
        match (self.link_kind.as_deref(), self.appointment_id, self.staff_id) {
            (Some("manage"), Some(appointment_id), _) => Some(Link::Manage { appointment_id }),
            (Some("recall"), _, _) => self.recall_id.map(|recall_id| Link::Recall { recall_id }),
            (Some("asap_offer"), _, _) => {
                self.asap_offer_id.map(|offer_id| Link::AsapOffer { offer_id })
            }
            (Some("invitation"), _, Some(staff_id)) => Some(Link::Invitation {
                staff_id,
                expires: self.created_at
                    + chrono::Duration::days(i64::from(crate::auth::invitation::VALID_FOR_DAYS)),
            }),
            _ => None,
        }
    }
}

/// The worker.
#[derive(Clone)]
pub struct Delivery {
    pub pool: PgPool,
    pub sink: Sink,
    pub from: Mailbox,
    pub policy: RetryPolicy,
}

impl Delivery {
    /// Claims and sends one batch of due emails; answers how many were claimed.
    pub async fn run_once(&self) -> Result<usize, sqlx::Error> {
        let claimed: Vec<Claimed> = sqlx::query_as(
            "UPDATE email_outbox o
             SET status = 'sending', attempts = o.attempts + 1,
                 lease_until = now() + make_interval(secs => $2)
             FROM (SELECT id FROM email_outbox
                   WHERE (status = 'queued' AND not_before <= now())
                      OR (status = 'sending' AND lease_until < now())
                   ORDER BY not_before, id
                   LIMIT $1
                   FOR UPDATE SKIP LOCKED) due
             WHERE o.id = due.id
             RETURNING o.id, o.kind, o.appointment_id, o.for_start, o.to_address, o.to_name,
                       o.subject, o.text_body, o.html_body, o.attempts, o.link_kind, o.staff_id,
                       o.recall_id, o.asap_offer_id, o.created_at, o.language",
        )
        .bind(self.policy.batch)
        .bind(self.policy.lease.as_secs_f64())
        .fetch_all(&self.pool)
        .await?;
        let count = claimed.len();
        for email in claimed {
            self.deliver(email).await?;
        }
        Ok(count)
    }

    async fn deliver(&self, email: Claimed) -> Result<(), sqlx::Error> {
        if !self.renew_lease(&email).await? {
            tracing::info!(email = email.id, "email taken over by another worker; left to it");
            return Ok(());
        }
        if email.kind == "reminder" && !self.reminder_still_due(&email).await? {
            return self.finish(&email, "cancelled", "the appointment changed").await;
        }
        let token = match email.link() {
            None => None,
            Some(link) => match create_token(&mut *self.pool.acquire().await?, link).await? {
                Some(token) => Some(token),
                None => {
                    let reason = match link {
                        Link::Recall { .. } => "the recall is no longer there",
                        Link::AsapOffer { .. } => "the offer no longer stands",
                        _ => "the invitation was accepted",
                    };
                    return self.finish(&email, "cancelled", reason).await;
                }
            },
        };
        // A booked or moved appointment goes with a calendar file of it.
        let calendar = match (email.kind.as_str(), email.appointment_id) {
            ("booking_confirmation" | "rescheduled", Some(id)) => {
                let host = self.from.email.domain().to_string();
                let language = Language::parse(&email.language).unwrap_or_default();
                let mut conn = self.pool.acquire().await?;
                crate::feeds::ics::for_patient(&mut conn, id, &host, language).await?
            }
            _ => None,
        };
        let message = match self.message(&email, token.as_deref(), calendar) {
            Ok(message) => message,
            // An address the mail system cannot take will not get better with time.
            Err(problem) => return self.finish(&email, "failed", &problem).await,
        };
        let limit = self.policy.send_limit();
        let sent = match tokio::time::timeout(limit, self.sink.send(message)).await {
            Ok(sent) => sent,
            Err(_) => Err(format!("no answer from the mail server within {} s", limit.as_secs())),
        };
        match sent {
            Ok(response) => {
                METRICS.emails.with_label_values(&["sent"]).inc();
                let recorded = sqlx::query(
                    "UPDATE email_outbox SET status = 'sent', sent_at = now(), smtp_response = $3,
                            message_id = $4, lease_until = NULL, last_error = NULL
                     WHERE id = $1 AND attempts = $2",
                )
                .bind(email.id)
                .bind(email.attempts)
                .bind(response)
                .bind(self.message_id(email.id))
                .execute(&self.pool)
                .await?;
                if recorded.rows_affected() == 0 {
                    tracing::warn!(
                        email = email.id,
                        "email sent after another worker took it over"
                    );
                }
                Ok(())
            }
            Err(problem) if email.attempts >= self.policy.max_attempts => {
                self.finish(&email, "failed", &problem).await
            }
            Err(problem) => {
                let wait = self.policy.wait_after(email.attempts);
                METRICS.emails.with_label_values(&["retried"]).inc();
                tracing::warn!(email = email.id, attempts = email.attempts, %problem, "email not sent; will retry");
                sqlx::query(
                    "UPDATE email_outbox SET status = 'queued', lease_until = NULL, last_error = $3,
                            not_before = now() + make_interval(secs => $4)
                     WHERE id = $1 AND attempts = $2 AND status = 'sending'",
                )
                .bind(email.id)
                .bind(email.attempts)
                .bind(problem)
                .bind(wait.as_secs_f64())
                .execute(&self.pool)
                .await?;
                Ok(())
            }
        }
    }

    /// Renews the lease of a claimed email for its own send, however long the ones before it
    /// in the batch took. Fenced by the attempt number: answers false when another worker has
    /// claimed the email since (its lease ran out while this worker was busy), and then this
    /// worker must leave it.
    async fn renew_lease(&self, email: &Claimed) -> Result<bool, sqlx::Error> {
        let renewed = sqlx::query(
            "UPDATE email_outbox SET lease_until = now() + make_interval(secs => $3)
             WHERE id = $1 AND attempts = $2 AND status = 'sending'",
        )
        .bind(email.id)
        .bind(email.attempts)
        .bind(self.policy.lease.as_secs_f64())
        .execute(&self.pool)
        .await?;
        Ok(renewed.rows_affected() == 1)
    }

    /// Ends an email without sending it (failed or cancelled), saying why (unless another
    /// worker has taken it over meanwhile).
    async fn finish(
        &self,
        email: &Claimed,
        status: &str,
        problem: &str,
    ) -> Result<(), sqlx::Error> {
        sqlx::query(
            "UPDATE email_outbox SET status = $3, last_error = $4, lease_until = NULL
             WHERE id = $1 AND attempts = $2 AND status = 'sending'",
        )
        .bind(email.id)
        .bind(email.attempts)
        .bind(status)
        .bind(problem)
        .execute(&self.pool)
        .await?;
        METRICS.emails.with_label_values(&[status]).inc();
        Ok(())
    }

    /// A reminder goes only for a live appointment still at the start it was written for
    /// (moving or cancelling also cancels it in the same transaction; this is the last check).
    async fn reminder_still_due(&self, email: &Claimed) -> Result<bool, sqlx::Error> {
        let due: Option<bool> = sqlx::query_scalar(
            "SELECT status NOT IN ('cancelled', 'no_show', 'completed') AND lower(visit) = $2
             FROM appointment WHERE id = $1",
        )
        .bind(email.appointment_id)
        .bind(email.for_start)
        .fetch_optional(&self.pool)
        .await?;
        Ok(due.unwrap_or(false))
    }

    fn message_id(&self, id: i64) -> String {
        format!("<outbox-{id}@{}>", self.from.email.domain())
    }

    /// The message of `email`, with `token` in its bearer link and `calendar` (an iCalendar
    /// file) attached.
    fn message(
        &self,
        email: &Claimed,
        token: Option<&str>,
        calendar: Option<String>,
    ) -> Result<Message, String> {
        let body = |text: &String| match token {
            Some(token) => fill(text, token),
            None => text.clone(),
        };
        let address = email.to_address.parse().map_err(|e| format!("bad address: {e}"))?;
        let to = Mailbox::new(Some(email.to_name.clone()).filter(|n| !n.is_empty()), address);
        let text =
            MultiPart::alternative_plain_html(body(&email.text_body), body(&email.html_body));
        let parts = match calendar {
            None => text,
            Some(calendar) => {
                let kind = ContentType::parse("text/calendar; charset=utf-8; method=PUBLISH")
                    .map_err(|e| e.to_string())?;
                MultiPart::mixed()
                    .multipart(text)
                    .singlepart(Attachment::new("appointment.ics".into()).body(calendar, kind))
            }
        };
        Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(email.subject.clone())
            .message_id(Some(self.message_id(email.id)))
            .multipart(parts)
            .map_err(|e| e.to_string())
    }

    /// Runs until the task is dropped: a batch, then (when there was nothing to do) a pause.
    pub async fn run(self, idle: Duration) {
        loop {
            match self.run_once().await {
                Ok(0) => tokio::time::sleep(idle).await,
                Ok(_) => {}
                Err(error) => {
                    tracing::error!(%error, "email delivery could not reach the database");
                    tokio::time::sleep(idle).await;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_double_up_to_a_ceiling_with_jitter() {
        let policy = RetryPolicy::default();
        for (attempts, base) in [(1, 30.0), (2, 60.0), (3, 120.0), (8, 3600.0), (30, 3600.0)] {
            let wait = policy.wait_after(attempts).as_secs_f64();
            assert!((base * 0.8..=base * 1.2).contains(&wait), "{attempts}: {wait}");
        }
    }
}
