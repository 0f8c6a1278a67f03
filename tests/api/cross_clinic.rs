//! Ids of another clinic, sent to every server function and page that takes ids. A London
//! admin who names a New York record gets exactly the answer an id that does not exist gets:
//! "not found" (404), or the form's own message where a form has one for a choice that is not
//! the clinic's. Never a 500, never a clash with New York's bookings, never a New York name.

use chairside::auth::access::{Access, ENDPOINTS};
use chairside::domain::Role;
use serde_json::Value;
use sqlx::PgPool;

use crate::helpers::{TestApp, spawn_app};

/// An id no record has (every fixture here is far smaller).
const NOWHERE: i64 = 999_999_999;

/// One clinic's records, each one the other clinic must not reach.
#[derive(Debug, Clone)]
struct Records {
    slug: &'static str,
    clinic: i64,
    /// A signed-in admin's staff id, and a receptionist colleague's.
    admin: i64,
    colleague: i64,
    provider: i64,
    chair: i64,
    /// One of the clinic's own cancellation reasons.
    cancel_reason: i64,
    /// An appointment type the provider performs; it needs a chair.
    kind: i64,
    patient: i64,
    medical_item: i64,
    /// Booked with the provider in the chair.
    appointment: i64,
    time_off: i64,
    /// A failed email (one that could be retried).
    email: i64,
    /// The appointment's online booking, whose patient may be the same person as another.
    online_booking: i64,
    /// The patient's hygiene recall.
    recall: i64,
    /// The patient waiting on the ASAP list for the type.
    asap_request: i64,
    /// The time freed by a cancelled appointment, still to come.
    asap_opening: i64,
    /// A webhook endpoint of the clinic's.
    webhook: i64,
    /// An API key of the clinic's.
    api_key: i64,
    /// A document of the patient's.
    document: i64,
}

impl Records {
    /// Ids that name nothing: what a clinic's own records are compared against.
    fn nonexistent() -> Records {
        Records {
            slug: "no-such-clinic",
            clinic: NOWHERE,
            admin: NOWHERE,
            colleague: NOWHERE,
            provider: NOWHERE,
            chair: NOWHERE,
            cancel_reason: NOWHERE,
            kind: NOWHERE,
            patient: NOWHERE,
            medical_item: NOWHERE,
            appointment: NOWHERE,
            time_off: NOWHERE,
            email: NOWHERE,
            online_booking: NOWHERE,
            recall: NOWHERE,
            asap_request: NOWHERE,
            asap_opening: NOWHERE,
            webhook: NOWHERE,
            api_key: NOWHERE,
            document: NOWHERE,
        }
    }

    /// A clinic with one of each record, named after the clinic (so a leaked name shows). Its
    /// provider works Mondays 09:00–17:00 in its chair, and has an appointment in that chair
    /// at `appointment_at` (UTC).
    async fn create(app: &TestApp, slug: &'static str, appointment_at: &str) -> Records {
        let pool = &app.pool;
        let admin = app.add_staff_in(&format!("admin@{slug}.example"), Role::Admin, slug).await;
        let colleague =
            app.add_staff_in(&format!("desk@{slug}.example"), Role::Receptionist, slug).await;
        let one = |sql: &'static str| sqlx::query_scalar::<_, i64>(sql);
        let clinic =
            one("SELECT id FROM clinic WHERE slug = $1").bind(slug).fetch_one(pool).await.unwrap();
        let name: String = sqlx::query_scalar("SELECT name FROM clinic WHERE id = $1")
            .bind(clinic)
            .fetch_one(pool)
            .await
            .unwrap();
        let provider = one("INSERT INTO provider (clinic_id, name, kind, colour)
             VALUES ($1, 'Dr ' || $2, 'dentist', '#123456') RETURNING id")
        .bind(clinic)
        .bind(&name)
        .fetch_one(pool)
        .await
        .unwrap();
        let chair =
            one("INSERT INTO chair (clinic_id, name) VALUES ($1, $2 || ' chair') RETURNING id")
                .bind(clinic)
                .bind(&name)
                .fetch_one(pool)
                .await
                .unwrap();
        let cancel_reason =
            one("SELECT id FROM cancel_reason WHERE clinic_id = $1 AND kind = 'custom'
             ORDER BY id LIMIT 1")
            .bind(clinic)
            .fetch_one(pool)
            .await
            .unwrap();
        let kind = one("INSERT INTO appointment_type (clinic_id, name, duration_minutes,
                 buffer_before_minutes, buffer_after_minutes, colour, needs_chair)
             VALUES ($1, $2 || ' check-up', 30, 5, 10, '#abcdef', true) RETURNING id")
        .bind(clinic)
        .bind(&name)
        .fetch_one(pool)
        .await
        .unwrap();
        sqlx::query(
            "INSERT INTO appointment_type_provider (clinic_id, appointment_type_id, provider_id)
             VALUES ($1, $2, $3)",
        )
        .bind(clinic)
        .bind(kind)
        .bind(provider)
        .execute(pool)
        .await
        .unwrap();
        sqlx::query(
            "INSERT INTO working_hours (clinic_id, provider_id, chair_id, weekday, starts, ends,
                                        valid_from)
             VALUES ($1, $2, $3, 1, '09:00', '17:00', '2000-01-03')",
        )
        .bind(clinic)
        .bind(provider)
        .bind(chair)
        .execute(pool)
        .await
        .unwrap();
        let patient =
            one("INSERT INTO patient (clinic_id, number, first_name, last_name, date_of_birth)
             VALUES ($1, 1, 'Pat', $2, '1990-01-01') RETURNING id")
            .bind(clinic)
            .bind(&name)
            .fetch_one(pool)
            .await
            .unwrap();
        let medical_item = one("INSERT INTO medical_item (clinic_id, patient_id, kind, label)
             VALUES ($1, $2, 'alert', $3 || ' alert') RETURNING id")
        .bind(clinic)
        .bind(patient)
        .bind(&name)
        .fetch_one(pool)
        .await
        .unwrap();
        let appointment =
            one("INSERT INTO appointment (clinic_id, patient_id, provider_id, chair_id,
                                      appointment_type_id, visit, blocked)
             VALUES ($1, $2, $3, $4, $5,
                     tstzrange($6::timestamptz, $6::timestamptz + interval '30 minutes'),
                     tstzrange($6::timestamptz - interval '5 minutes',
                               $6::timestamptz + interval '40 minutes'))
             RETURNING id")
            .bind(clinic)
            .bind(patient)
            .bind(provider)
            .bind(chair)
            .bind(kind)
            .bind(appointment_at)
            .fetch_one(pool)
            .await
            .unwrap();
        let time_off = one("INSERT INTO time_off (clinic_id, provider_id, period, reason)
             VALUES ($1, $2, tstzrange('2030-02-04 09:00Z', '2030-02-04 13:00Z'),
                     $3 || ' training') RETURNING id")
        .bind(clinic)
        .bind(provider)
        .bind(&name)
        .fetch_one(pool)
        .await
        .unwrap();
        let email =
            one("INSERT INTO email_outbox (clinic_id, kind, to_address, subject, text_body,
                                       html_body, status)
             VALUES ($1, 'booking_confirmation', 'pat@example.com', $2 || ' booking', 'text',
                     '<p>html</p>', 'failed') RETURNING id")
            .bind(clinic)
            .bind(&name)
            .fetch_one(pool)
            .await
            .unwrap();
        let online_booking =
            one("INSERT INTO online_booking (clinic_id, appointment_id, key_hash, challenge,
                                         confirmed_at, possible_match_id)
             VALUES ($1, $2, sha256($3::bytea), 'c', now(), $4) RETURNING id")
            .bind(clinic)
            .bind(appointment)
            .bind(slug)
            .bind(patient)
            .fetch_one(pool)
            .await
            .unwrap();
        let recall = one("INSERT INTO patient_recall (clinic_id, patient_id, kind, due_on)
             VALUES ($1, $2, 'Hygiene', '2030-01-01') RETURNING id")
        .bind(clinic)
        .bind(patient)
        .fetch_one(pool)
        .await
        .unwrap();
        let asap_request = one("INSERT INTO asap_request (clinic_id, patient_id,
                 appointment_type_id, expires_on, source)
             VALUES ($1, $2, $3, current_date + 30, 'staff') RETURNING id")
        .bind(clinic)
        .bind(patient)
        .bind(kind)
        .fetch_one(pool)
        .await
        .unwrap();
        let asap_opening = one("INSERT INTO asap_opening (clinic_id, provider_id, starts_at,
                 freed_by)
             VALUES ($1, $2, $3::timestamptz + interval '2 hours', $4) RETURNING id")
        .bind(clinic)
        .bind(provider)
        .bind(appointment_at)
        .bind(appointment)
        .fetch_one(pool)
        .await
        .unwrap();
        let webhook = one("INSERT INTO webhook_endpoint (clinic_id, url, events, secret_salt)
             VALUES ($1, 'https://example.com/' || $2, ARRAY['patient.created'], 'salt')
             RETURNING id")
        .bind(clinic)
        .bind(slug)
        .fetch_one(pool)
        .await
        .unwrap();
        let key = chairside::api_keys::model::NewKey {
            name: format!("Key of {slug}"),
            scopes: chairside::api_keys::model::Scopes { write: true, patients: true },
            per_minute: 60,
        };
        let mut conn = pool.acquire().await.unwrap();
        let (api_key, _) =
            chairside::api_keys::store::create(&mut conn, clinic, Some(admin), &key).await.unwrap();
        let document =
            one("INSERT INTO patient_document (clinic_id, patient_id, category, kind, file_name,
                 sha256, size_bytes, uploaded_by)
             VALUES ($1, $2, 'xray', 'png', $3 || '.png', sha256($3::bytea), 10, $4) RETURNING id")
            .bind(clinic)
            .bind(patient)
            .bind(slug)
            .bind(admin)
            .fetch_one(pool)
            .await
            .unwrap();
        Records {
            document,
            api_key,
            webhook,
            asap_request,
            asap_opening,
            online_booking,
            recall,
            slug,
            clinic,
            admin,
            colleague,
            provider,
            chair,
            cancel_reason,
            kind,
            patient,
            medical_item,
            appointment,
            time_off,
            email,
        }
    }
}

/// London and New York, each with its records, and a London admin signed in. New York's
/// appointment and hours take its chair at 10:00 UTC on Monday 7 January 2030, the time the
/// cases below ask for; London's appointment is the next day.
async fn two_clinics(pool: PgPool) -> (TestApp, reqwest::Client, Records, Records) {
    let app = spawn_app(pool).await;
    let london = Records::create(&app, "london", "2030-01-08 10:00Z").await;
    let new_york = Records::create(&app, "new-york", "2030-01-07 10:00Z").await;
    sqlx::query("UPDATE clinic SET time_zone = 'America/New_York' WHERE slug = 'new-york'")
        .execute(&app.pool)
        .await
        .unwrap();
    let admin = app.new_client();
    let signed_in = app.sign_in(&admin, "admin@london.example", crate::helpers::PASSWORD).await;
    assert_eq!(signed_in.status(), 200);
    (app, admin, london, new_york)
}

/// A server function's answer with what may differ between two equal answers left out: what
/// was typed, which a validation error echoes back (and here holds the id itself), and the
/// calendar's clock.
fn comparable(status: u16, body: &Value) -> (u16, Value) {
    let mut body = match body.get("Validation") {
        Some(validation) => validation["fields"].clone(),
        None => body.clone(),
    };
    if let Some(fields) = body.as_object_mut() {
        fields.remove("now");
    }
    (status, body)
}

type Form = Vec<(&'static str, String)>;

/// One call of a server function with ids: London's own (`mine`) and the target's (another
/// clinic's, or ids that name nothing), and the status both must get.
struct Case {
    what: &'static str,
    endpoint: &'static str,
    status: u16,
    form: fn(&Records, &Records) -> Form,
}

/// A valid rota form from 2030 with one Monday row in `chair`.
fn rota(mine: &Records, provider: i64, chair: i64) -> Form {
    vec![
        ("clinic", mine.slug.into()),
        ("provider_id", provider.to_string()),
        ("form[valid_from]", "2030-01-01".into()),
        ("form[valid_until]", String::new()),
        ("form[rows][0][weekday]", "1".into()),
        ("form[rows][0][starts]", "09:00".into()),
        ("form[rows][0][ends]", "17:00".into()),
        ("form[rows][0][chair_id]", chair.to_string()),
    ]
}

fn booking(patient: i64, kind: i64, provider: i64, chair: i64) -> Form {
    vec![
        ("patient_id", patient.to_string()),
        ("appointment_type_id", kind.to_string()),
        ("provider_id", provider.to_string()),
        ("chair_id", chair.to_string()),
        ("starts_at", "2030-01-07T10:00".into()),
    ]
}

fn series(patient: i64, kind: i64, provider: i64, chair: i64) -> Form {
    vec![
        ("form[patient_id]", patient.to_string()),
        ("form[appointment_type_id]", kind.to_string()),
        ("form[provider_id]", provider.to_string()),
        ("form[chair_id]", chair.to_string()),
        ("form[starts_at]", "2030-01-07T10:00".into()),
        ("form[every]", "1".into()),
        ("form[unit]", "weeks".into()),
        ("form[occurrences]", "2".into()),
    ]
}

fn moving(mine: &Records, provider: i64, chair: i64) -> Form {
    vec![
        ("id", mine.appointment.to_string()),
        ("version", "1".into()),
        ("provider_id", provider.to_string()),
        ("chair_id", chair.to_string()),
        ("starts_at", "2030-01-07T10:00".into()),
    ]
}

fn case(
    what: &'static str,
    endpoint: &'static str,
    status: u16,
    form: fn(&Records, &Records) -> Form,
) -> Case {
    Case { what, endpoint, status, form }
}

/// A call that names only the target's clinic.
fn clinic_only(_: &Records, t: &Records) -> Form {
    vec![("clinic", t.slug.into())]
}

/// Every server function that takes an id of a clinic's record (or a clinic's slug), with the
/// id set to the target's. 404 where the id itself is the subject; 400 where a form already
/// says "choose one of this clinic's" of a choice (the same for a record that does not exist
/// or is inactive); 200 where the id only filters what is shown.
fn cases() -> Vec<Case> {
    vec![
        // Set-up.
        case("a clinic's details", "setup/clinic", 404, clinic_only),
        case("a clinic's details saved", "setup/clinic/save", 404, |_, t| {
            vec![("clinic", t.slug.into()), ("form[name]", "Renamed".into())]
        }),
        case("the chairs", "setup/chairs", 404, clinic_only),
        case("a chair renamed", "setup/chairs/save", 404, |m, t| {
            vec![("clinic", m.slug.into()), ("id", t.chair.to_string()), ("form[name]", "X".into())]
        }),
        case("a chair deactivated", "setup/chairs/set-active", 404, |m, t| {
            vec![("clinic", m.slug.into()), ("id", t.chair.to_string()), ("active", "false".into())]
        }),
        case("a clinic's report", "reports/practice", 404, clinic_only),
        case("a provider's report", "reports/practice", 404, |m, t| {
            vec![("clinic", m.slug.into()), ("provider_id", t.provider.to_string())]
        }),
        case("a clinic's report exported", "reports/export", 404, |_, t| {
            vec![("clinic", t.slug.into()), ("table", "providers".into())]
        }),
        case("the cancellation reasons", "setup/cancel-reasons", 404, clinic_only),
        case("a cancellation reason renamed", "setup/cancel-reasons/save", 404, |m, t| {
            vec![
                ("clinic", m.slug.into()),
                ("id", t.cancel_reason.to_string()),
                ("form[label]", "X".into()),
            ]
        }),
        case(
            "a cancellation reason deactivated",
            "setup/cancel-reasons/set-active",
            404,
            |m, t| {
                vec![
                    ("clinic", m.slug.into()),
                    ("id", t.cancel_reason.to_string()),
                    ("active", "false".into()),
                ]
            },
        ),
        case("the providers", "setup/providers", 404, clinic_only),
        case("a provider changed", "setup/providers/save", 404, |m, t| {
            vec![
                ("clinic", m.slug.into()),
                ("id", t.provider.to_string()),
                ("form[name]", "Dr X".into()),
                ("form[kind]", "dentist".into()),
                ("form[colour]", "#1f7a8c".into()),
            ]
        }),
        case("a provider linked to a staff member", "setup/providers/save", 400, |m, t| {
            vec![
                ("clinic", m.slug.into()),
                ("form[name]", "Dr X".into()),
                ("form[kind]", "dentist".into()),
                ("form[colour]", "#1f7a8c".into()),
                ("form[staff_id]", t.admin.to_string()),
            ]
        }),
        case("a provider deactivated", "setup/providers/set-active", 404, |m, t| {
            vec![
                ("clinic", m.slug.into()),
                ("id", t.provider.to_string()),
                ("active", "false".into()),
            ]
        }),
        case("a provider's hours", "setup/hours", 404, |m, t| {
            vec![("clinic", m.slug.into()), ("provider_id", t.provider.to_string())]
        }),
        case("a provider's rota saved", "setup/hours/save", 404, |m, t| {
            rota(m, t.provider, m.chair)
        }),
        case("a rota in a chair", "setup/hours/save", 404, |m, t| rota(m, m.provider, t.chair)),
        case("the time off", "setup/time-off", 404, clinic_only),
        case("time off for a provider", "setup/time-off/add", 400, |m, t| {
            vec![
                ("clinic", m.slug.into()),
                ("form[applies_to]", format!("provider:{}", t.provider)),
                ("form[from_date]", "2030-02-01".into()),
                ("form[to_date]", "2030-02-01".into()),
                ("form[reason]", "Course".into()),
            ]
        }),
        case("time off for a chair", "setup/time-off/add", 400, |m, t| {
            vec![
                ("clinic", m.slug.into()),
                ("form[applies_to]", format!("chair:{}", t.chair)),
                ("form[from_date]", "2030-02-01".into()),
                ("form[to_date]", "2030-02-01".into()),
                ("form[reason]", "Repairs".into()),
            ]
        }),
        case("time off removed", "setup/time-off/remove", 404, |m, t| {
            vec![("clinic", m.slug.into()), ("id", t.time_off.to_string())]
        }),
        case("the appointment types", "setup/types", 404, clinic_only),
        case("a type changed", "setup/types/save", 404, |m, t| {
            vec![
                ("clinic", m.slug.into()),
                ("id", t.kind.to_string()),
                ("form[name]", "Exam".into()),
                ("form[duration_minutes]", "30".into()),
                ("form[colour]", "#123456".into()),
            ]
        }),
        case("a type's providers", "setup/types/save", 400, |m, t| {
            vec![
                ("clinic", m.slug.into()),
                ("form[name]", "Exam".into()),
                ("form[duration_minutes]", "30".into()),
                ("form[colour]", "#123456".into()),
                ("form[provider_ids][]", t.provider.to_string()),
            ]
        }),
        case("a type deactivated", "setup/types/set-active", 404, |m, t| {
            vec![("clinic", m.slug.into()), ("id", t.kind.to_string()), ("active", "false".into())]
        }),
        // Patients.
        case("a patient search", "patients/search", 404, |_, t| {
            vec![("clinic", t.slug.into()), ("q", "Pat".into())]
        }),
        case("the new-patient form", "patients/new", 404, clinic_only),
        case("a patient created", "patients/create", 404, |_, t| {
            vec![
                ("clinic", t.slug.into()),
                ("form[first_name]", "Ann".into()),
                ("form[last_name]", "Lee".into()),
                ("form[date_of_birth]", "1990-01-01".into()),
            ]
        }),
        case("a patient's record", "patients/get", 404, |_, t| vec![("id", t.patient.to_string())]),
        case("a patient changed", "patients/update", 404, |_, t| {
            vec![
                ("id", t.patient.to_string()),
                ("version", "1".into()),
                ("form[first_name]", "Ann".into()),
                ("form[last_name]", "Lee".into()),
                ("form[date_of_birth]", "1990-01-01".into()),
            ]
        }),
        case("a patient archived", "patients/set-archived", 404, |_, t| {
            vec![("id", t.patient.to_string()), ("archived", "true".into())]
        }),
        case("an alert added", "patients/medical/save", 404, |_, t| {
            vec![
                ("patient_id", t.patient.to_string()),
                ("form[kind]", "alert".into()),
                ("form[label]", "Faints".into()),
            ]
        }),
        case("an alert changed under one's own patient", "patients/medical/save", 404, |m, t| {
            vec![
                ("patient_id", m.patient.to_string()),
                ("item_id", t.medical_item.to_string()),
                ("form[kind]", "alert".into()),
                ("form[label]", "Faints".into()),
            ]
        }),
        case("an alert resolved", "patients/medical/set-active", 404, |_, t| {
            vec![
                ("patient_id", t.patient.to_string()),
                ("item_id", t.medical_item.to_string()),
                ("active", "false".into()),
            ]
        }),
        case(
            "an alert resolved under one's own patient",
            "patients/medical/set-active",
            404,
            |m, t| {
                vec![
                    ("patient_id", m.patient.to_string()),
                    ("item_id", t.medical_item.to_string()),
                    ("active", "false".into()),
                ]
            },
        ),
        case("a merge previewed", "patients/merge/preview", 404, |_, t| {
            vec![("survivor", t.patient.to_string()), ("merged", "P-000001".into())]
        }),
        case("a merge into the other record", "patients/merge", 404, |m, t| {
            vec![
                ("survivor", t.patient.to_string()),
                ("merged", m.patient.to_string()),
                ("confirm", "on".into()),
            ]
        }),
        case("a merge of the other record", "patients/merge", 404, |m, t| {
            vec![
                ("survivor", m.patient.to_string()),
                ("merged", t.patient.to_string()),
                ("confirm", "on".into()),
            ]
        }),
        // Appointments.
        case("a booking for a patient", "appointments/book", 404, |m, t| {
            booking(t.patient, m.kind, m.provider, m.chair)
        }),
        case("a booking of a type", "appointments/book", 400, |m, t| {
            booking(m.patient, t.kind, m.provider, m.chair)
        }),
        case("a booking with a provider", "appointments/book", 400, |m, t| {
            booking(m.patient, m.kind, t.provider, m.chair)
        }),
        case("a booking in a chair", "appointments/book", 400, |m, t| {
            booking(m.patient, m.kind, m.provider, t.chair)
        }),
        case("a patient's next free times", "appointments/next-free", 404, |_, t| {
            vec![("patient_id", t.patient.to_string())]
        }),
        case("a status change", "appointments/set-status", 404, |_, t| {
            vec![
                ("id", t.appointment.to_string()),
                ("version", "1".into()),
                ("status", "confirmed".into()),
            ]
        }),
        case("the confirmation list", "appointments/confirmations", 404, clinic_only),
        case("the recall list", "recall/list", 404, clinic_only),
        case("the ASAP list", "asap/list", 404, clinic_only),
        case("a clinic's webhooks", "webhooks/list", 404, clinic_only),
        case("a webhook added to a clinic", "webhooks/create", 404, |_, t| {
            vec![
                ("clinic", t.slug.into()),
                ("form[webhook_url]", "https://example.com/hooks".into()),
                ("form[webhook_events][]", "patient.created".into()),
            ]
        }),
        case("a webhook disabled", "webhooks/disable", 404, |_, t| {
            vec![("endpoint_id", t.webhook.to_string())]
        }),
        case("a webhook's test event", "webhooks/test", 404, |_, t| {
            vec![("endpoint_id", t.webhook.to_string())]
        }),
        case("a document archived", "documents/archive", 404, |_, t| {
            vec![("id", t.document.to_string()), ("archived", "true".into())]
        }),
        case("a document purged", "documents/purge", 404, |_, t| {
            vec![("id", t.document.to_string()), ("reason", "uploaded to the wrong patient".into())]
        }),
        case("a clinic's note templates", "note-templates/list", 404, clinic_only),
        case("a note template added to a clinic", "note-templates/save", 404, |_, t| {
            vec![
                ("clinic", t.slug.into()),
                ("form[template_name]", "Check-up".into()),
                ("form[template_body]", "Findings:".into()),
            ]
        }),
        case("a note template retired", "note-templates/set-active", 404, |_, t| {
            vec![("clinic", t.slug.into()), ("id", "1".into()), ("active", "false".into())]
        }),
        case("a clinic's unsigned-note days", "note-templates/unsigned-days", 404, |_, t| {
            vec![("clinic", t.slug.into()), ("unsigned_note_days", "3".into())]
        }),
        case("a clinic's API keys", "api-keys/list", 404, clinic_only),
        case("an API key made for a clinic", "api-keys/create", 404, |_, t| {
            vec![("clinic", t.slug.into()), ("form[key_name]", "Phone system".into())]
        }),
        case("an API key revoked", "api-keys/revoke", 404, |_, t| {
            vec![("key_id", t.api_key.to_string())]
        }),
        case("a clinic's API origins", "api-keys/origins", 404, |_, t| {
            vec![("clinic", t.slug.into()), ("form[api_origins]", "https://crm.example.com".into())]
        }),
        case("a provider's calendar feed turned on", "feeds/turn-on", 404, |_, t| {
            vec![("provider_id", t.provider.to_string())]
        }),
        case("a provider's calendar feed turned off", "feeds/turn-off", 404, |_, t| {
            vec![("provider_id", t.provider.to_string())]
        }),
        case("a patient put on the ASAP list", "asap/add", 404, |m, t| asap(t.patient, m.kind)),
        case("the ASAP list for a type", "asap/add", 400, |m, t| asap(m.patient, t.kind)),
        case("a place on the ASAP list removed", "asap/remove", 404, |_, t| {
            vec![("request_id", t.asap_request.to_string())]
        }),
        case("a freed time offered to a patient", "asap/offer", 404, |m, t| {
            vec![
                ("opening_id", m.asap_opening.to_string()),
                ("request_id", t.asap_request.to_string()),
            ]
        }),
        case("a freed time offered", "asap/offer", 409, |m, t| {
            vec![
                ("opening_id", t.asap_opening.to_string()),
                ("request_id", m.asap_request.to_string()),
            ]
        }),
        case("a recall contact", "recall/contact", 404, |_, t| {
            vec![("recall_id", t.recall.to_string()), ("outcome", "called".into())]
        }),
        case("a recall due date", "recall/set-due", 404, |_, t| {
            vec![
                ("patient_id", t.patient.to_string()),
                ("form[recall_kind]", "Hygiene".into()),
                ("form[recall_due_on]", "2030-06-01".into()),
                ("form[recall_reason]", "Asked to wait".into()),
            ]
        }),
        case("a confirmation call", "appointments/confirmations/record", 404, |_, t| {
            vec![
                ("id", t.appointment.to_string()),
                ("version", "1".into()),
                ("outcome", "no_answer".into()),
            ]
        }),
        case("an appointment moved", "appointments/reschedule", 404, |m, t| {
            vec![
                ("id", t.appointment.to_string()),
                ("version", "1".into()),
                ("provider_id", m.provider.to_string()),
                ("starts_at", "2030-01-09T10:00".into()),
            ]
        }),
        case("a move to a provider", "appointments/reschedule", 400, |m, t| {
            moving(m, t.provider, m.chair)
        }),
        case("a move to a chair", "appointments/reschedule", 400, |m, t| {
            moving(m, m.provider, t.chair)
        }),
        case("free times in a clinic", "appointments/availability", 404, |m, t| {
            vec![
                ("clinic", t.slug.into()),
                ("appointment_type_id", m.kind.to_string()),
                ("from", "2030-01-07".into()),
                ("days", "1".into()),
            ]
        }),
        case("free times of a type", "appointments/availability", 400, |m, t| {
            vec![
                ("clinic", m.slug.into()),
                ("appointment_type_id", t.kind.to_string()),
                ("from", "2030-01-07".into()),
                ("days", "1".into()),
            ]
        }),
        case("free times of a provider", "appointments/availability", 200, |m, t| {
            vec![
                ("clinic", m.slug.into()),
                ("appointment_type_id", m.kind.to_string()),
                ("provider_id", t.provider.to_string()),
                ("from", "2030-01-07".into()),
                ("days", "1".into()),
            ]
        }),
        case("a clinic's calendar", "appointments/calendar", 404, |_, t| {
            vec![("clinic", t.slug.into()), ("date", "2030-01-07".into())]
        }),
        case("a provider's week", "appointments/calendar", 200, |m, t| {
            vec![
                ("clinic", m.slug.into()),
                ("date", "2030-01-07".into()),
                ("layout", "week".into()),
                ("provider_id", t.provider.to_string()),
            ]
        }),
        case("a series planned for a patient", "appointments/series/plan", 404, |m, t| {
            series(t.patient, m.kind, m.provider, m.chair)
        }),
        case("a series planned of a type", "appointments/series/plan", 400, |m, t| {
            series(m.patient, t.kind, m.provider, m.chair)
        }),
        case("a series planned with a provider", "appointments/series/plan", 400, |m, t| {
            series(m.patient, m.kind, t.provider, m.chair)
        }),
        case("a series planned in a chair", "appointments/series/plan", 400, |m, t| {
            series(m.patient, m.kind, m.provider, t.chair)
        }),
        case("a series booked for a patient", "appointments/series/book", 404, |m, t| {
            series(t.patient, m.kind, m.provider, m.chair)
        }),
        case("a series booked in a chair", "appointments/series/book", 400, |m, t| {
            series(m.patient, m.kind, m.provider, t.chair)
        }),
        case("the appointments in a time off", "appointments/affected", 404, |_, t| {
            vec![("time_off_id", t.time_off.to_string())]
        }),
        case("a batch for a time off", "appointments/affected/apply", 404, |_, t| {
            vec![("time_off_id", t.time_off.to_string())]
        }),
        case("a batch cancelling an appointment", "appointments/affected/apply", 404, |m, t| {
            vec![
                ("time_off_id", m.time_off.to_string()),
                ("choices[0][id]", t.appointment.to_string()),
                ("choices[0][version]", "1".into()),
                ("choices[0][action]", "cancel".into()),
            ]
        }),
        // Staff.
        case("a staff member deactivated", "staff/set-active", 404, |_, t| {
            vec![("staff_id", t.admin.to_string()), ("active", "false".into())]
        }),
        case("a staff member's role", "staff/set-role", 404, |_, t| {
            vec![("staff_id", t.admin.to_string()), ("role", "receptionist".into())]
        }),
        case("a staff member's clinics", "staff/set-clinics", 404, |m, t| {
            vec![("staff_id", t.admin.to_string()), ("clinic_ids[]", m.clinic.to_string())]
        }),
        case("a colleague moved to a clinic", "staff/set-clinics", 400, |m, t| {
            vec![("staff_id", m.colleague.to_string()), ("clinic_ids[]", t.clinic.to_string())]
        }),
        case("a staff member invited to a clinic", "staff/create", 400, |_, t| {
            vec![
                ("form[display_name]", "New Person".into()),
                ("form[email]", "new@london.example".into()),
                ("form[role]", "receptionist".into()),
                ("form[clinic_ids][]", t.clinic.to_string()),
            ]
        }),
        // Email.
        case("an email opened", "email/outbox/get", 404, |_, t| vec![("id", t.email.to_string())]),
        case("a possible match dismissed", "book/staff/not-same-person", 404, |_, t| {
            vec![("booking_id", t.online_booking.to_string())]
        }),
        case("an email retried", "email/outbox/retry", 404, |_, t| {
            vec![("id", t.email.to_string())]
        }),
        case("an email cancelled", "email/outbox/cancel", 404, |_, t| {
            vec![("id", t.email.to_string())]
        }),
        case("the email templates", "email/templates", 404, clinic_only),
        case("an email template", "email/templates/get", 404, |_, t| {
            vec![("clinic", t.slug.into()), ("kind", "reminder".into())]
        }),
        case("a template previewed", "email/templates/preview", 404, |_, t| template(t)),
        case("a template saved", "email/templates/save", 404, |_, t| template(t)),
        case("a template reset", "email/templates/reset", 404, |_, t| {
            vec![("clinic", t.slug.into()), ("kind", "reminder".into())]
        }),
    ]
}

/// A patient put on the ASAP list for a type, for a month.
fn asap(patient: i64, kind: i64) -> Form {
    let until = chrono::Utc::now().date_naive() + chrono::Days::new(30);
    vec![
        ("patient_id", patient.to_string()),
        ("form[asap_type]", kind.to_string()),
        ("form[asap_until]", until.to_string()),
    ]
}

fn template(t: &Records) -> Form {
    vec![
        ("clinic", t.slug.into()),
        ("kind", "reminder".into()),
        ("form[subject]", "Reminder".into()),
        ("form[text_body]", "See you".into()),
        ("form[html_body]", "<p>See you</p>".into()),
    ]
}

/// Endpoints whose sample names an id (or a clinic) but that need no row in the table, and why.
const NOT_A_CLINICS_RECORD: &[(&str, &str)] = &[
    (
        "/api/account/sessions/revoke",
        "a session is a person's, not a clinic's (tests/api/sessions.rs: another's is not found)",
    ),
    (
        "/api/notifications/mark-read",
        "a notification is its recipient's (tests/api/notifications.rs: another's is left unread)",
    ),
];

/// Server functions the admin these cases sign in as may not call at all (403 whatever the
/// id): their clinic isolation is checked with a clinician, where they are tested.
const FOR_CLINICIANS_ONLY: &[(&str, &str)] = &[
    ("/api/notes/get", "tests/api/notes.rs: another clinic's appointment has no note to read"),
    ("/api/notes/save", "tests/api/notes.rs: nor one to write"),
    ("/api/notes/sign", "tests/api/notes.rs: nor one to sign"),
    ("/api/notes/addendum", "tests/api/notes.rs: nor one to add to"),
];

/// Whether a form field carries an id of a clinic's record, or a clinic.
fn names_a_record(field: &str) -> bool {
    let field = field.trim_end_matches(']').rsplit('[').next().unwrap_or(field);
    field == "id"
        || field.ends_with("_id")
        || field.ends_with("_ids")
        || ["clinic", "survivor", "merged"].contains(&field)
}

#[test]
fn every_server_function_that_takes_ids_has_a_cross_clinic_case() {
    let covered: Vec<String> = cases().iter().map(|c| format!("/api/{}", c.endpoint)).collect();
    let missing: Vec<&str> = ENDPOINTS
        .iter()
        .filter(|e| matches!(e.access, Access::Requires(_)))
        .filter(|e| e.sample.iter().any(|(field, _)| names_a_record(field)))
        .map(|e| e.path)
        .filter(|path| !covered.iter().any(|c| c == path))
        .filter(|path| !NOT_A_CLINICS_RECORD.iter().any(|(p, _)| p == path))
        .filter(|path| !FOR_CLINICIANS_ONLY.iter().any(|(p, _)| p == path))
        .collect();
    assert!(
        missing.is_empty(),
        "server functions taking ids without a cross-clinic case: {missing:?}"
    );
}

#[sqlx::test]
async fn every_id_of_another_clinic_gets_the_answer_of_an_id_that_does_not_exist(pool: PgPool) {
    let (app, admin, london, new_york) = two_clinics(pool).await;
    let nowhere = Records::nonexistent();
    let mut wrong = Vec::new();
    for case in cases() {
        let mut answers = Vec::new();
        for target in [&new_york, &nowhere] {
            let form = (case.form)(&london, target);
            let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
            let (status, body) = app.call_json(&admin, case.endpoint, &pairs).await;
            if body.to_string().contains("New York") {
                wrong.push(format!("{}: {} named New York: {body}", case.what, case.endpoint));
            }
            answers.push(comparable(status, &body));
        }
        let (foreign, nonexistent) = (&answers[0], &answers[1]);
        if foreign != nonexistent || foreign.0 != case.status {
            wrong.push(format!(
                "{} ({}): New York's id {foreign:?}, an id of nothing {nonexistent:?}, expected {}",
                case.what, case.endpoint, case.status
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "answers that tell another clinic's ids apart:\n{}",
        wrong.join("\n")
    );

    // Nothing of New York's changed: its appointment and email are as they were.
    let (status, version): (String, i32) =
        sqlx::query_as("SELECT status, version FROM appointment WHERE id = $1")
            .bind(new_york.appointment)
            .fetch_one(&app.pool)
            .await
            .unwrap();
    assert_eq!((status.as_str(), version), ("scheduled", 1));
    let email: String = sqlx::query_scalar("SELECT status FROM email_outbox WHERE id = $1")
        .bind(new_york.email)
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(email, "failed");
}

#[sqlx::test]
async fn a_new_york_chair_in_a_london_rota_is_not_found_like_a_chair_that_does_not_exist(
    pool: PgPool,
) {
    let (app, admin, london, new_york) = two_clinics(pool).await;
    let send = |chair: i64| {
        let (app, admin, london) = (&app, &admin, &london);
        async move {
            let form = rota(london, london.provider, chair);
            let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
            app.call_json(admin, "setup/hours/save", &pairs).await
        }
    };
    // New York's provider has that chair on Mondays 09:00–17:00: saying so would tell London
    // when New York's chair is busy.
    let (status, body) = send(new_york.chair).await;
    assert_eq!((status, &body), (404, &Value::from("NotFound")), "{body}");
    assert_eq!(send(NOWHERE).await, (404, Value::from("NotFound")));
    // London's own chair is fine, and the rota is saved.
    assert_eq!(send(london.chair).await.0, 200);
}

#[sqlx::test]
async fn a_batch_for_one_clinics_time_off_leaves_another_clinics_appointment_alone(pool: PgPool) {
    // A receptionist of both clinics, applying London's time off with New York's appointment
    // in the choices: the appointment is not one of this time off's clinic.
    let (app, _, london, new_york) = two_clinics(pool).await;
    let desk = app.signed_in("desk@both.example", Role::Receptionist, "london").await;
    let staff: i64 = sqlx::query_scalar("SELECT id FROM staff WHERE email = 'desk@both.example'")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    sqlx::query("INSERT INTO staff_clinic (staff_id, clinic_id) VALUES ($1, $2)")
        .bind(staff)
        .bind(new_york.clinic)
        .execute(&app.pool)
        .await
        .unwrap();
    let (time_off, appointment) = (london.time_off.to_string(), new_york.appointment.to_string());
    let form = [
        ("time_off_id", time_off.as_str()),
        ("choices[0][id]", appointment.as_str()),
        ("choices[0][version]", "1"),
        ("choices[0][action]", "cancel"),
    ];
    let (status, body) = app.call_json(&desk, "appointments/affected/apply", &form).await;
    assert_eq!((status, &body), (404, &Value::from("NotFound")), "{body}");
    let status: String = sqlx::query_scalar("SELECT status FROM appointment WHERE id = $1")
        .bind(new_york.appointment)
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(status, "scheduled");
}
#[sqlx::test]
async fn pages_for_another_clinics_ids_and_for_nonexistent_ids_answer_404(pool: PgPool) {
    let (app, admin, london, new_york) = two_clinics(pool).await;
    let get = |path: String| {
        let (app, admin) = (&app, &admin);
        async move {
            // As a browser asks: an API caller's request (no text/html) gets the status of a
            // server function's error even on a page, which would hide what browsers see.
            let response = admin
                .get(app.url(&path))
                .header("accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .send()
                .await
                .unwrap();
            (response.status().as_u16(), response.text().await.unwrap())
        }
    };
    let pages = |r: &Records, clinic: &str| {
        vec![
            format!("/setup/{}", r.slug),
            format!("/setup/{}/chairs", r.slug),
            format!("/setup/{}/cancel-reasons", r.slug),
            format!("/setup/{}/emails", r.slug),
            format!("/setup/{}/webhooks", r.slug),
            format!("/setup/{}/api", r.slug),
            format!("/setup/{}/notes", r.slug),
            format!("/setup/{clinic}/providers/{}/hours", r.provider),
            format!("/patients/{}", r.patient),
            format!("/patients/{}/edit", r.patient),
            format!("/patients/{}/merge", r.patient),
            format!("/admin/outbox/{}", r.email),
            format!("/calendar?clinic={}", r.slug),
            format!("/calendar/confirmations?clinic={}", r.slug),
            format!("/recall?clinic={}", r.slug),
            format!("/asap?clinic={}", r.slug),
            format!("/calendar/affected?time_off={}", r.time_off),
            format!(
                "/calendar/series?patient={}&type={}&provider={}&at=2030-01-07T10:00",
                r.patient, r.kind, r.provider
            ),
        ]
    };
    // London's own pages are there (so a 404 below is about the id, not the page).
    for path in pages(&london, "london") {
        let (status, html) = get(path.clone()).await;
        assert_eq!(status, 200, "{path}: {html}");
    }
    let mut wrong = Vec::new();
    let nowhere = Records::nonexistent();
    let other_pages =
        [pages(&new_york, "london"), pages(&new_york, "new-york"), pages(&nowhere, "london")];
    let mut others: Vec<String> = other_pages.into_iter().flatten().collect();
    others
        .extend(["/setup/london/emails/no-such-kind".to_string(), "/patients/not-a-number".into()]);
    for path in others {
        let (status, html) = get(path.clone()).await;
        if status != 404 || html.contains("New York") {
            wrong.push(format!("{path}: {status}"));
        }
    }
    assert!(wrong.is_empty(), "pages that do not answer 404:\n{}", wrong.join("\n"));
}
