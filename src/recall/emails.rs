//! Recall emails: each clinic emails a patient due back a set number of days before the due
//! date (`clinic.recall_email_days_before`), and once more if they have still not booked some
//! days after that first email (`recall_email_again_after_days`); either setting empty turns
//! that email off. Only patients with an address who agreed to email reminders are written to,
//! and never one who already has an appointment of that kind to come. Each email links to the
//! clinic's online booking with an appointment type of that kind chosen (when one is bookable
//! online) and the patient known (`online::patient_links`), and is recorded on the recall list
//! as a contact by the app.
//!
//! The scheduler runs in every server process; a unique index allows one email per recall,
//! due date and stage, so processes racing each other queue it once.

use crate::i18n::{Language, Locale, Region};
use std::time::Duration;

use chrono::{DateTime, NaiveDate, Utc};
use sqlx::PgPool;
use url::Url;

use crate::email::bearer_links::recall_booking_link;
use crate::email::model::EmailKind;
use crate::email::templates::{Values, render_for_clinic};
use crate::error::AppError;
use crate::patients::model::display_name;
use crate::recall::store::BOOKING_THE_RECALL;

/// The most recall emails one run queues (a run a minute): a clinic's first day with recall
/// emails, or a long-overdue list, goes out over some minutes instead of at once.
pub const BATCH: i64 = 100;

#[derive(sqlx::FromRow)]
struct Due {
    recall_id: i64,
    clinic_id: i64,
    patient_id: i64,
    stage: String,
    due_on: NaiveDate,
    kind: String,
    first_name: String,
    preferred_name: String,
    last_name: String,
    email: String,
    clinic_name: String,
    clinic_address: String,
    clinic_phone: String,
    slug: String,
    type_id: Option<i64>,
    region: String,
    language: String,
    subject: Option<String>,
    text_body: Option<String>,
    html_body: Option<String>,
}

/// Queues the recall emails due at `now`; answers how many were queued. Each links to the
/// online booking on `site`.
pub async fn enqueue_due(pool: &PgPool, site: &Url, now: DateTime<Utc>) -> Result<usize, AppError> {
    let due: Vec<Due> = sqlx::query_as(&format!(
        "SELECT r.id AS recall_id, r.clinic_id, r.patient_id, s.stage, r.due_on, r.kind,
                p.first_name, p.preferred_name, p.last_name, p.email::text AS email,
                c.name AS clinic_name, c.address AS clinic_address, c.phone AS clinic_phone,
                c.slug, bt.id AS type_id, c.region, coalesce(p.language, c.language) AS language,
                et.subject, et.text_body, et.html_body
         FROM patient_recall r
         JOIN clinic c ON c.id = r.clinic_id
         JOIN patient p ON p.id = r.patient_id
         CROSS JOIN LATERAL (
             SELECT CASE
                 WHEN NOT EXISTS (SELECT 1 FROM email_outbox e
                                  WHERE e.kind = 'recall' AND e.recall_id = r.id
                                    AND e.recall_due = r.due_on AND e.recall_stage = 'first')
                     THEN 'first'
                 WHEN c.recall_email_again_after_days IS NOT NULL
                      AND NOT EXISTS (SELECT 1 FROM email_outbox e
                                      WHERE e.kind = 'recall' AND e.recall_id = r.id
                                        AND e.recall_due = r.due_on
                                        AND e.recall_stage = 'second')
                      AND EXISTS (SELECT 1 FROM email_outbox e
                                  WHERE e.kind = 'recall' AND e.recall_id = r.id
                                    AND e.recall_due = r.due_on AND e.recall_stage = 'first'
                                    AND e.created_at
                                        <= $1 - make_interval(days => c.recall_email_again_after_days))
                     THEN 'second'
             END AS stage) s
         LEFT JOIN LATERAL (
             SELECT t.id FROM appointment_type t
             WHERE t.clinic_id = r.clinic_id AND lower(t.recall_kind) = lower(r.kind)
               AND t.active AND t.online_bookable
             ORDER BY lower(t.name), t.id LIMIT 1) bt ON true
         LEFT JOIN email_template et ON et.clinic_id = c.id AND et.kind = 'recall'
                                     AND et.language = coalesce(p.language, c.language)
         WHERE c.recall_email_days_before IS NOT NULL AND s.stage IS NOT NULL
           AND r.due_on - c.recall_email_days_before <= ($1 AT TIME ZONE c.time_zone)::date
           AND p.archived_at IS NULL AND p.email IS NOT NULL AND p.email_reminders
           AND NOT EXISTS (SELECT 1 {BOOKING_THE_RECALL} AND lower(a.visit) > $1)
         ORDER BY r.due_on, r.id
         LIMIT $2"
    ))
    .bind(now)
    .bind(BATCH)
    .fetch_all(pool)
    .await?;
    let mut queued = 0;
    for email in due {
        let mut tx = pool.begin().await?;
        if enqueue(&mut tx, site, email).await? {
            queued += 1;
        }
        tx.commit().await?;
    }
    Ok(queued)
}

/// Queues one recall email and records it on the recall list; false when another process
/// queued it first.
async fn enqueue(conn: &mut sqlx::PgConnection, site: &Url, due: Due) -> Result<bool, AppError> {
    // It books for this patient: created when the email is sent (see `bearer_links`).
    let link = recall_booking_link(site, &due.slug, due.type_id)?;
    let first = if due.preferred_name.trim().is_empty() {
        due.first_name.clone()
    } else {
        due.preferred_name.clone()
    };
    let language = Language::parse(&due.language).unwrap_or_default();
    let locale = Locale::new(language, Region::parse(&due.region).unwrap_or_default());
    let values: Values = [
        ("patient_first_name", first),
        ("patient_name", display_name(&due.first_name, "", &due.last_name)),
        ("recall_kind", due.kind.clone()),
        ("due_date", locale.date_long(due.due_on)),
        ("clinic_name", due.clinic_name.clone()),
        ("clinic_address", due.clinic_address.clone()),
        ("clinic_phone", due.clinic_phone.clone()),
        ("booking_link", link),
    ]
    .into_iter()
    .collect();
    let kind = EmailKind::Recall;
    let stored = (due.subject, due.text_body, due.html_body);
    let rendered = render_for_clinic(kind, language, stored, &values)?;
    let carries_link = rendered.carries_link();
    let id: Option<i64> = sqlx::query_scalar(
        "INSERT INTO email_outbox (clinic_id, kind, to_address, to_name, subject, text_body,
                                   html_body, recall_id, recall_due, recall_stage, link_kind,
                                   language)
         VALUES ($1, 'recall', $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
         ON CONFLICT (recall_id, recall_due, recall_stage) WHERE kind = 'recall' DO NOTHING
         RETURNING id",
    )
    .bind(due.clinic_id)
    .bind(&due.email)
    .bind(format!("{} {}", due.first_name, due.last_name))
    .bind(&rendered.subject)
    .bind(&rendered.text_body)
    .bind(&rendered.html_body)
    .bind(due.recall_id)
    .bind(due.due_on)
    .bind(&due.stage)
    .bind(carries_link.then_some("recall"))
    .bind(language.tag())
    .fetch_optional(&mut *conn)
    .await?;
    if id.is_none() {
        return Ok(false);
    }
    // No note: the list words a contact nobody made as the recall email, in its reader's
    // language.
    sqlx::query(
        "INSERT INTO recall_contact (clinic_id, recall_id, outcome) VALUES ($1, $2, 'emailed')",
    )
    .bind(due.clinic_id)
    .bind(due.recall_id)
    .execute(&mut *conn)
    .await?;
    tracing::debug!(patient_id = due.patient_id, stage = %due.stage, "recall email queued");
    Ok(true)
}

/// Runs until the task is dropped: once a minute.
pub async fn run(pool: PgPool, site: Url) {
    let mut tick = tokio::time::interval(Duration::from_secs(60));
    loop {
        tick.tick().await;
        if let Err(error) = enqueue_due(&pool, &site, Utc::now()).await {
            tracing::error!(%error, "recall emails could not be queued");
        }
    }
}
