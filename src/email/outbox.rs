//! Writing emails to the outbox, inside the transaction of the change that causes them: the
//! email is rendered now from the clinic's template of that kind, or the shipped default. What
//! the outbox shows is what is sent, except the token of a bearer link, which the worker
//! creates as it sends (see `bearer_links`).

use chrono::{DateTime, Utc};
use sqlx::PgConnection;
use url::Url;

use super::bearer_links;
use super::model::EmailKind;
use super::templates::{Values, render_for_clinic};
use crate::error::AppError;
use crate::i18n::{Language, Locale, Region};

/// Everything an appointment email needs, read in one query.
#[derive(sqlx::FromRow)]
struct AppointmentFacts {
    clinic_id: i64,
    starts: DateTime<Utc>,
    first_name: String,
    preferred_name: String,
    last_name: String,
    email: Option<String>,
    email_reminders: bool,
    type_name: String,
    provider: String,
    clinic_name: String,
    clinic_address: String,
    clinic_phone: String,
    time_zone: String,
    region: String,
    /// The patient's language (or the one they booked in, or the clinic's).
    language: String,
    subject: Option<String>,
    text_body: Option<String>,
    html_body: Option<String>,
}

/// For a reminder: how long before the start it goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReminderOffset(pub i32);

impl ReminderOffset {
    /// A reminder the front desk sends by hand (from the confirmation list): like each
    /// scheduled one, at most one per appointment and start. A clinic's offsets are never 0.
    pub const BY_HAND: ReminderOffset = ReminderOffset(0);
}

/// Queues the email of `kind` about appointment `appointment_id` to its patient, with a manage
/// link of its own on `site` (created when sent). Nothing is queued when the patient has no email address, or,
/// for a reminder, has not agreed to email reminders (or already has this one). Answers the
/// outbox row's id.
pub async fn enqueue_for_appointment(
    conn: &mut PgConnection,
    kind: EmailKind,
    appointment_id: i64,
    reminder: Option<ReminderOffset>,
    site: &Url,
) -> Result<Option<i64>, AppError> {
    enqueue(conn, kind, appointment_id, reminder, site, None).await
}

/// Whom an email is written to when it is not the record's own address and name.
pub struct Recipient {
    pub email: String,
    pub first_name: String,
    pub last_name: String,
    /// The language they booked in.
    pub language: Language,
}

/// The confirmation of an online booking, to the address and with the name the patient typed:
/// the public side never shows what a record holds.
pub async fn enqueue_online_confirmation(
    conn: &mut PgConnection,
    appointment_id: i64,
    site: &Url,
    typed: &Recipient,
) -> Result<Option<i64>, AppError> {
    enqueue(conn, EmailKind::BookingConfirmation, appointment_id, None, site, Some(typed)).await
}

async fn enqueue(
    conn: &mut PgConnection,
    kind: EmailKind,
    appointment_id: i64,
    reminder: Option<ReminderOffset>,
    site: &Url,
    typed: Option<&Recipient>,
) -> Result<Option<i64>, AppError> {
    let facts: AppointmentFacts = sqlx::query_as(
        "SELECT a.clinic_id, lower(a.visit) AS starts, p.first_name, p.preferred_name,
                p.last_name, p.email::text AS email, p.email_reminders, t.name AS type_name,
                pr.name AS provider, c.name AS clinic_name, c.address AS clinic_address,
                c.phone AS clinic_phone, c.time_zone, c.region, chosen.language,
                et.subject, et.text_body, et.html_body
         FROM appointment a
         JOIN patient p ON p.id = a.patient_id
         JOIN appointment_type t ON t.id = a.appointment_type_id
         JOIN provider pr ON pr.id = a.provider_id
         JOIN clinic c ON c.id = a.clinic_id
         CROSS JOIN LATERAL (SELECT coalesce($3, p.language, c.language) AS language) chosen
         LEFT JOIN email_template et
                ON et.clinic_id = a.clinic_id AND et.kind = $2 AND et.language = chosen.language
         WHERE a.id = $1",
    )
    .bind(appointment_id)
    .bind(kind.as_str())
    .bind(typed.map(|typed| typed.language.tag()))
    .fetch_one(&mut *conn)
    .await?;
    let (to, first_name, preferred_name, last_name) = match typed {
        Some(typed) => (Some(typed.email.clone()), &typed.first_name, "", typed.last_name.as_str()),
        None => (
            facts.email.clone(),
            &facts.first_name,
            facts.preferred_name.as_str(),
            facts.last_name.as_str(),
        ),
    };
    let Some(to) = to else {
        return Ok(None);
    };
    if kind == EmailKind::Reminder && !facts.email_reminders {
        return Ok(None);
    }
    let zone: chrono_tz::Tz = facts.time_zone.parse().map_err(AppError::internal)?;
    let local = facts.starts.with_timezone(&zone);
    let language = Language::parse(&facts.language).unwrap_or_default();
    let locale = Locale::new(language, Region::parse(&facts.region).unwrap_or_default());
    let manage_link = bearer_links::manage_link(site)?;
    let first =
        if preferred_name.trim().is_empty() { first_name.clone() } else { preferred_name.into() };
    let values: Values = [
        ("patient_first_name", first),
        ("patient_name", format!("{first_name} {last_name}")),
        ("appointment_date", locale.date_long(local.date_naive())),
        ("appointment_time", locale.time(local.time())),
        ("time_zone", facts.time_zone.clone()),
        ("appointment_type", facts.type_name.clone()),
        ("provider", facts.provider.clone()),
        ("clinic_name", facts.clinic_name.clone()),
        ("clinic_address", facts.clinic_address.clone()),
        ("clinic_phone", facts.clinic_phone.clone()),
        ("confirm_link", format!("{manage_link}?confirm=1")),
        ("move_link", format!("{manage_link}?reschedule=1")),
        ("cancel_link", format!("{manage_link}?cancel=1")),
        ("manage_link", manage_link),
    ]
    .into_iter()
    .collect();
    let stored = (facts.subject, facts.text_body, facts.html_body);
    let rendered = render_for_clinic(kind, language, stored, &values)?;
    let name = format!("{first_name} {last_name}");
    let carries_link = rendered.carries_link();
    let id: Option<i64> = sqlx::query_scalar(
        "INSERT INTO email_outbox (clinic_id, kind, appointment_id, reminder_minutes, for_start,
                                   to_address, to_name, subject, text_body, html_body, link_kind,
                                   language)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
         ON CONFLICT (appointment_id, reminder_minutes, for_start) WHERE kind = 'reminder'
         DO NOTHING
         RETURNING id",
    )
    .bind(facts.clinic_id)
    .bind(kind.as_str())
    .bind(appointment_id)
    .bind(reminder.map(|r| r.0))
    .bind(reminder.map(|_| facts.starts))
    .bind(&to)
    .bind(&name)
    .bind(&rendered.subject)
    .bind(&rendered.text_body)
    .bind(&rendered.html_body)
    .bind(carries_link.then_some("manage"))
    .bind(language.tag())
    .fetch_optional(&mut *conn)
    .await?;
    Ok(id)
}

/// Cancels the reminders still waiting for an appointment that was moved or cancelled (a
/// moved one gets new reminders for its new time).
pub async fn cancel_reminders(
    conn: &mut PgConnection,
    appointment_id: i64,
) -> Result<(), AppError> {
    sqlx::query(
        "UPDATE email_outbox SET status = 'cancelled'
         WHERE appointment_id = $1 AND kind = 'reminder' AND status = 'queued'",
    )
    .bind(appointment_id)
    .execute(conn)
    .await?;
    Ok(())
}

/// Queues the invitation of new staff member `staff_id`: their one-time link to choose a
/// password (created when sent, valid until `expires`), in the template of the first clinic
/// they join.
pub async fn enqueue_invitation(
    conn: &mut PgConnection,
    (clinic_id, staff_id): (i64, i64),
    (to, name): (&str, &str),
    site: &Url,
    expires: DateTime<Utc>,
) -> Result<i64, AppError> {
    let (clinic_name, time_zone, region, language, subject, text_body, html_body): (
        String,
        String,
        String,
        String,
        Option<String>,
        Option<String>,
        Option<String>,
    ) = sqlx::query_as(
        "SELECT c.name, c.time_zone, c.region, c.language, et.subject, et.text_body, et.html_body
         FROM clinic c
         LEFT JOIN email_template et ON et.clinic_id = c.id AND et.kind = 'staff_invitation'
                                     AND et.language = c.language
         WHERE c.id = $1",
    )
    .bind(clinic_id)
    .fetch_one(&mut *conn)
    .await?;
    let zone: chrono_tz::Tz = time_zone.parse().map_err(AppError::internal)?;
    let language = Language::parse(&language).unwrap_or_default();
    let locale = Locale::new(language, Region::parse(&region).unwrap_or_default());
    let values: Values = [
        ("staff_name", name.to_string()),
        ("invitation_link", bearer_links::invitation_link(site)?),
        ("expires", locale.date_long(expires.with_timezone(&zone).date_naive())),
        ("clinic_name", clinic_name),
    ]
    .into_iter()
    .collect();
    let kind = EmailKind::StaffInvitation;
    let rendered = render_for_clinic(kind, language, (subject, text_body, html_body), &values)?;
    let id = sqlx::query_scalar(
        "INSERT INTO email_outbox (clinic_id, kind, to_address, to_name, subject, text_body,
                                   html_body, link_kind, staff_id, language)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'invitation', $8, $9) RETURNING id",
    )
    .bind(clinic_id)
    .bind(kind.as_str())
    .bind(to)
    .bind(name)
    .bind(&rendered.subject)
    .bind(&rendered.text_body)
    .bind(&rendered.html_body)
    .bind(staff_id)
    .bind(language.tag())
    .fetch_one(&mut *conn)
    .await?;
    Ok(id)
}
