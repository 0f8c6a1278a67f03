//! Offering freed times to the ASAP list. A time freed by a cancelled or moved appointment (an
//! `asap_opening`, written by a trigger) goes by email to the waiting patients it fits, the
//! earliest waiting first, [`BATCH`] at a time every [`BATCH_EVERY_MINUTES`] until someone
//! claims it, nobody else fits, or [`MAX_OFFERS`] have gone. "Fits" is the request's type,
//! provider, days and hours, a time before the patient's own next appointment of that type,
//! and the scheduling engine's word that the time is free for that type under the online
//! booking policy (so what is offered can be claimed). Staff may also offer a time to a
//! patient they choose ([`offer`] with their id).
//!
//! The batches run in every server process; each opening is taken with `FOR UPDATE SKIP
//! LOCKED`, and an offer is unique per opening and request, so processes never send one twice.

use crate::i18n::{Language, Locale, Region};
use std::time::Duration;

use chrono::{DateTime, Utc};
use sqlx::{PgConnection, PgPool};
use url::Url;

use crate::auth::invitation::new_token;
use crate::email::bearer_links::offer_link;
use crate::email::model::EmailKind;
use crate::email::templates::{Values, render_for_clinic};
use crate::error::AppError;
use crate::online::api::ssr::{OnlineClinic, clinic_by_slug, offered_plan};

/// Offers per batch.
pub const BATCH: usize = 3;
/// Minutes between one batch of an opening and the next.
pub const BATCH_EVERY_MINUTES: i64 = 5;
/// The most offers one freed time goes to.
pub const MAX_OFFERS: i32 = 12;
/// How long an offer stands (less when the time comes sooner: see [`offer`]).
pub const OFFER_HOURS: i64 = 24;
/// Waiting requests looked at per batch (the engine checks each).
const CANDIDATES_PER_BATCH: i64 = 30;
/// Openings one run of the batches goes through.
const OPENINGS_PER_RUN: usize = 50;

/// A freed time.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Opening {
    pub id: i64,
    pub clinic_id: i64,
    pub provider_id: i64,
    pub starts_at: DateTime<Utc>,
    pub offers_sent: i32,
}

/// A waiting request a freed time may go to.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Candidate {
    pub request_id: i64,
    pub type_id: i64,
    /// The patient's next appointment of the type, which the time would replace.
    pub moving: Option<i64>,
}

/// The patient's next live appointment of a type, still to come: its id and start.
pub const NEXT_OF_TYPE: &str = "SELECT a.id, lower(a.visit) AS starts FROM appointment a
     WHERE a.patient_id = r.patient_id AND a.appointment_type_id = r.appointment_type_id
       AND a.status IN ('scheduled', 'confirmed') AND lower(a.visit) > now()
     ORDER BY lower(a.visit) LIMIT 1";

/// The open opening `id` of clinic `clinic_id` (still to come, not claimed), locked.
pub async fn open_opening(
    conn: &mut PgConnection,
    clinic_id: i64,
    id: i64,
) -> Result<Option<Opening>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, clinic_id, provider_id, starts_at, offers_sent FROM asap_opening
         WHERE id = $1 AND clinic_id = $2 AND claimed_at IS NULL AND starts_at > now()
         FOR UPDATE",
    )
    .bind(id)
    .bind(clinic_id)
    .fetch_optional(conn)
    .await
}

/// The waiting requests `opening` may go to by what the database knows, earliest waiting
/// first, not yet offered it; with `only`, that request alone.
pub async fn candidates(
    conn: &mut PgConnection,
    opening: &Opening,
    only: Option<i64>,
) -> Result<Vec<Candidate>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT r.id AS request_id, r.appointment_type_id AS type_id, next.id AS moving
         FROM asap_request r
         JOIN clinic c ON c.id = r.clinic_id
         JOIN patient p ON p.id = r.patient_id AND p.archived_at IS NULL AND p.email IS NOT NULL
         JOIN appointment_type t ON t.id = r.appointment_type_id AND t.active
         JOIN appointment_type_provider tp
             ON tp.appointment_type_id = r.appointment_type_id AND tp.provider_id = $2
         CROSS JOIN LATERAL (SELECT ($3 AT TIME ZONE c.time_zone) AS at) l
         LEFT JOIN LATERAL ({NEXT_OF_TYPE}) next ON true
         WHERE r.clinic_id = $1 AND r.ended_at IS NULL
           AND ($4::bigint IS NULL OR r.id = $4)
           AND (r.provider_id IS NULL OR r.provider_id = $2)
           AND r.expires_on >= (now() AT TIME ZONE c.time_zone)::date
           AND (r.weekdays::int >> (extract(isodow FROM l.at)::int - 1)) & 1 = 1
           AND (r.earliest IS NULL OR l.at::time >= r.earliest)
           AND (r.latest IS NULL OR l.at::time <= r.latest)
           AND (next.id IS NULL OR next.starts > $3)
           AND NOT EXISTS (SELECT 1 FROM asap_offer f
                           WHERE f.opening_id = $5 AND f.request_id = r.id)
         ORDER BY r.created_at, r.id
         LIMIT $6"
    ))
    .bind(opening.clinic_id)
    .bind(opening.provider_id)
    .bind(opening.starts_at)
    .bind(only)
    .bind(opening.id)
    .bind(CANDIDATES_PER_BATCH)
    .fetch_all(conn)
    .await
}

/// The clinic of an opening, as the online booking sees it.
pub async fn clinic_of(conn: &mut PgConnection, clinic_id: i64) -> Result<OnlineClinic, AppError> {
    let slug: String = sqlx::query_scalar("SELECT slug FROM clinic WHERE id = $1")
        .bind(clinic_id)
        .fetch_one(&mut *conn)
        .await?;
    clinic_by_slug(conn, &slug, false).await
}

/// Whether the engine offers `opening` for `candidate` (its own next appointment counted
/// free, as the move would free it).
pub async fn fits(
    conn: &mut PgConnection,
    clinic: &OnlineClinic,
    opening: &Opening,
    candidate: &Candidate,
) -> Result<bool, AppError> {
    let plan = offered_plan(
        conn,
        clinic,
        (candidate.type_id, opening.provider_id),
        opening.starts_at,
        candidate.moving,
    )
    .await;
    match plan {
        Ok(_) => Ok(true),
        Err(AppError::Conflict(_) | AppError::NotFound | AppError::Validation { .. }) => Ok(false),
        Err(error) => Err(error),
    }
}

/// What the offer email says.
#[derive(sqlx::FromRow)]
struct OfferFacts {
    offer_id: i64,
    expires_at: DateTime<Utc>,
    first_name: String,
    preferred_name: String,
    last_name: String,
    email: String,
    type_name: String,
    provider: String,
    clinic_name: String,
    clinic_address: String,
    clinic_phone: String,
    time_zone: String,
    region: String,
    language: String,
    subject: Option<String>,
    text_body: Option<String>,
    html_body: Option<String>,
}

/// Offers `opening` to the request of `candidate` and queues its email (by `offered_by`, a
/// staff member, or the app's batch). It stands for [`OFFER_HOURS`], or until the clinic's
/// online notice before the time, whichever comes first. Answers the offer's id.
pub async fn offer(
    conn: &mut PgConnection,
    site: &Url,
    opening: &Opening,
    candidate: &Candidate,
    offered_by: Option<i64>,
) -> Result<i64, AppError> {
    let facts: OfferFacts = sqlx::query_as(
        "WITH made AS (
             INSERT INTO asap_offer (clinic_id, opening_id, request_id, offered_by, expires_at)
             SELECT $1, $2, $3, $4,
                    least(now() + make_interval(hours => $5),
                          $6 - make_interval(mins => c.min_notice_minutes))
             FROM clinic c WHERE c.id = $1
             RETURNING id, request_id, expires_at)
         SELECT made.id AS offer_id, made.expires_at, p.first_name, p.preferred_name, p.last_name,
                p.email::text AS email, t.name AS type_name, pr.name AS provider,
                c.name AS clinic_name, c.address AS clinic_address, c.phone AS clinic_phone,
                c.time_zone, c.region, coalesce(p.language, c.language) AS language,
                et.subject, et.text_body, et.html_body
         FROM made
         JOIN asap_request r ON r.id = made.request_id
         JOIN patient p ON p.id = r.patient_id
         JOIN appointment_type t ON t.id = r.appointment_type_id
         JOIN provider pr ON pr.id = $7
         JOIN clinic c ON c.id = r.clinic_id
         LEFT JOIN email_template et ON et.clinic_id = c.id AND et.kind = 'asap_offer'
                                     AND et.language = coalesce(p.language, c.language)",
    )
    .bind(opening.clinic_id)
    .bind(opening.id)
    .bind(candidate.request_id)
    .bind(offered_by)
    .bind(OFFER_HOURS as i32)
    .bind(opening.starts_at)
    .bind(opening.provider_id)
    .fetch_one(&mut *conn)
    .await?;
    let zone: chrono_tz::Tz = facts.time_zone.parse().map_err(AppError::internal)?;
    let local = opening.starts_at.with_timezone(&zone);
    let language = Language::parse(&facts.language).unwrap_or_default();
    let locale = Locale::new(language, Region::parse(&facts.region).unwrap_or_default());
    let first = if facts.preferred_name.trim().is_empty() {
        facts.first_name.clone()
    } else {
        facts.preferred_name.clone()
    };
    let values: Values = [
        ("patient_first_name", first),
        ("patient_name", format!("{} {}", facts.first_name, facts.last_name)),
        ("appointment_date", locale.date_long(local.date_naive())),
        ("appointment_time", locale.time(local.time())),
        ("time_zone", facts.time_zone.clone()),
        ("appointment_type", facts.type_name.clone()),
        ("provider", facts.provider.clone()),
        ("clinic_name", facts.clinic_name.clone()),
        ("clinic_address", facts.clinic_address.clone()),
        ("clinic_phone", facts.clinic_phone.clone()),
        ("offer_link", offer_link(site)?),
        ("offer_expires", locale.moment_without_year(&facts.expires_at.with_timezone(&zone))),
    ]
    .into_iter()
    .collect();
    let kind = EmailKind::AsapOffer;
    let stored = (facts.subject, facts.text_body, facts.html_body);
    let rendered = render_for_clinic(kind, language, stored, &values)?;
    let carries_link = rendered.carries_link();
    sqlx::query(
        "INSERT INTO email_outbox (clinic_id, kind, to_address, to_name, subject, text_body,
                                   html_body, asap_offer_id, link_kind, language)
         VALUES ($1, 'asap_offer', $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(opening.clinic_id)
    .bind(&facts.email)
    .bind(format!("{} {}", facts.first_name, facts.last_name))
    .bind(&rendered.subject)
    .bind(&rendered.text_body)
    .bind(&rendered.html_body)
    .bind(facts.offer_id)
    .bind(carries_link.then_some("asap_offer"))
    .bind(language.tag())
    .execute(&mut *conn)
    .await?;
    Ok(facts.offer_id)
}

/// Creates the token of offer `offer_id` as its email is sent; `None` when the offer no longer
/// stands (claimed, taken by another, run out, or its patient off the list).
pub async fn create_token(
    conn: &mut PgConnection,
    offer_id: i64,
) -> Result<Option<String>, sqlx::Error> {
    let (token, hash) = new_token();
    let done = sqlx::query(
        "UPDATE asap_offer o SET token_hash = $2
         FROM asap_opening op, asap_request r
         WHERE o.id = $1 AND op.id = o.opening_id AND r.id = o.request_id
           AND o.claimed_at IS NULL AND op.claimed_at IS NULL AND o.expires_at > now()
           AND r.ended_at IS NULL",
    )
    .bind(offer_id)
    .bind(hash)
    .execute(conn)
    .await?;
    Ok((done.rows_affected() == 1).then_some(token))
}

/// Puts the patient of appointment `appointment_id`, just booked online, on the ASAP list for
/// an earlier time of its type (any provider, day and hour) until the day before it; false
/// when there is no day before it to wait for. A patient already waiting keeps their request.
pub async fn wait_for_earlier(
    conn: &mut PgConnection,
    appointment_id: i64,
) -> Result<bool, sqlx::Error> {
    let added = sqlx::query(
        "INSERT INTO asap_request (clinic_id, patient_id, appointment_type_id, expires_on, source)
         SELECT a.clinic_id, a.patient_id, a.appointment_type_id,
                (lower(a.visit) AT TIME ZONE c.time_zone)::date - 1, 'online'
         FROM appointment a JOIN clinic c ON c.id = a.clinic_id
         WHERE a.id = $1
           AND (lower(a.visit) AT TIME ZONE c.time_zone)::date - 1
               >= (now() AT TIME ZONE c.time_zone)::date
         ON CONFLICT (patient_id, appointment_type_id) WHERE ended_at IS NULL DO NOTHING",
    )
    .bind(appointment_id)
    .execute(conn)
    .await?;
    Ok(added.rows_affected() == 1)
}

/// Ends what has run out at `now`: requests past their last day, openings whose time has come.
async fn tidy(pool: &PgPool, now: DateTime<Utc>) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE asap_request r SET ended_at = $1, end_reason = 'expired'
         FROM clinic c
         WHERE c.id = r.clinic_id AND r.ended_at IS NULL
           AND r.expires_on < ($1 AT TIME ZONE c.time_zone)::date",
    )
    .bind(now)
    .execute(pool)
    .await?;
    sqlx::query(
        "UPDATE asap_opening SET closed_at = $1, closed_reason = 'the time has passed'
         WHERE closed_at IS NULL AND starts_at <= $1",
    )
    .bind(now)
    .execute(pool)
    .await?;
    Ok(())
}

/// Sends the batches due at `now`; answers how many offers went.
pub async fn offer_due(pool: &PgPool, site: &Url, now: DateTime<Utc>) -> Result<usize, AppError> {
    tidy(pool, now).await?;
    let mut sent = 0;
    for _ in 0..OPENINGS_PER_RUN {
        let mut tx = pool.begin().await?;
        let opening: Option<Opening> = sqlx::query_as(
            "SELECT id, clinic_id, provider_id, starts_at, offers_sent FROM asap_opening
             WHERE closed_at IS NULL AND next_batch_at <= $1
             ORDER BY next_batch_at, id LIMIT 1
             FOR UPDATE SKIP LOCKED",
        )
        .bind(now)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(opening) = opening else {
            break;
        };
        sent += batch(&mut tx, site, &opening, now).await?;
        tx.commit().await?;
    }
    Ok(sent)
}

/// Offers `opening` to the next few who fit, and says when the next batch goes (or that none
/// will).
async fn batch(
    conn: &mut PgConnection,
    site: &Url,
    opening: &Opening,
    now: DateTime<Utc>,
) -> Result<usize, AppError> {
    let clinic = clinic_of(conn, opening.clinic_id).await?;
    let room = usize::try_from(MAX_OFFERS - opening.offers_sent).unwrap_or(0).min(BATCH);
    let mut offered = 0;
    for candidate in candidates(conn, opening, None).await? {
        if offered == room {
            break;
        }
        if fits(conn, &clinic, opening, &candidate).await? {
            offer(conn, site, opening, &candidate, None).await?;
            offered += 1;
        }
    }
    let sent = opening.offers_sent + offered as i32;
    let closed = if offered == 0 {
        Some("nobody waiting fits")
    } else if sent >= MAX_OFFERS {
        Some("offered to as many patients as it may be")
    } else {
        None
    };
    sqlx::query(
        "UPDATE asap_opening SET offers_sent = $2,
                next_batch_at = $3 + make_interval(mins => $4),
                closed_at = CASE WHEN $5::text IS NULL THEN NULL ELSE $3 END,
                closed_reason = $5
         WHERE id = $1",
    )
    .bind(opening.id)
    .bind(sent)
    .bind(now)
    .bind(BATCH_EVERY_MINUTES as i32)
    .bind(closed)
    .execute(&mut *conn)
    .await?;
    if offered > 0 {
        tracing::info!(opening = opening.id, offered, "freed time offered to the ASAP list");
    }
    Ok(offered)
}

/// The channel a freed time is announced on (by the trigger that writes it).
pub const CHANNEL: &str = "asap_opening";

/// Runs until the task is dropped: at once when a time is freed (the trigger's NOTIFY, on a
/// connection of its own), and once a minute for the next batches and for anything a lost
/// connection missed.
pub async fn run(pool: PgPool, site: Url) {
    let mut tick = tokio::time::interval(Duration::from_secs(60));
    let mut listener = None;
    loop {
        if listener.is_none() {
            listener = listen(&pool).await;
        }
        match listener.as_mut() {
            Some(freed) => {
                tokio::select! {
                    _ = tick.tick() => {}
                    heard = freed.recv() => {
                        if let Err(error) = heard {
                            tracing::warn!(%error, "lost the freed-time channel; listening again");
                            listener = None;
                        }
                    }
                }
            }
            None => {
                tick.tick().await;
            }
        }
        if let Err(error) = offer_due(&pool, &site, Utc::now()).await {
            tracing::error!(%error, "ASAP offers could not be sent");
        }
    }
}

async fn listen(pool: &PgPool) -> Option<sqlx::postgres::PgListener> {
    let listening = async {
        let mut listener = sqlx::postgres::PgListener::connect_with(pool).await?;
        listener.listen(CHANNEL).await?;
        Ok::<_, sqlx::Error>(listener)
    };
    match listening.await {
        Ok(listener) => Some(listener),
        Err(error) => {
            tracing::warn!(%error, "cannot listen for freed times; offering once a minute");
            None
        }
    }
}
