//! Cancellation reasons: a coded list per clinic that staff pick from (with details, which
//! "Other" requires), that the app picks from itself (online, time off), and that admins edit.

use chairside::domain::Role;
use sqlx::PgPool;

use crate::appointments::{book_one, clinic};
use crate::helpers::spawn_app;

/// The id of the clinic's entry with this label.
async fn entry(pool: &PgPool, clinic: &str, label: &str) -> i64 {
    sqlx::query_scalar(
        "SELECT r.id FROM cancel_reason r JOIN clinic c ON c.id = r.clinic_id
         WHERE c.slug = $1 AND r.label = $2",
    )
    .bind(clinic)
    .bind(label)
    .fetch_one(pool)
    .await
    .unwrap()
}

/// The appointment's cancellation as recorded: the reason shown, its entry's label, and
/// whether it has a time.
async fn recorded(pool: &PgPool, id: &str) -> (String, String, bool) {
    sqlx::query_as(
        "SELECT a.cancel_reason, r.label, a.cancelled_at IS NOT NULL
         FROM appointment a JOIN cancel_reason r ON r.id = a.cancel_reason_id WHERE a.id = $1",
    )
    .bind(id.parse::<i64>().unwrap())
    .fetch_one(pool)
    .await
    .unwrap()
}

#[sqlx::test]
async fn a_picked_reason_is_recorded_with_its_details_and_the_time(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let (providers, patients, _, kind) = clinic(&pool, 1, 1, false).await;
    let id = book_one(&app, &desk, patients[0], providers[0], kind).await;
    let unwell = entry(&pool, "test-clinic", "Patient unwell").await.to_string();
    let cancel = [
        ("id", id.as_str()),
        ("version", "1"),
        ("status", "cancelled"),
        ("reason_code", unwell.as_str()),
        ("reason", "flu"),
    ];
    assert_eq!(app.call_json(&desk, "appointments/set-status", &cancel).await.0, 200);
    assert_eq!(
        recorded(&pool, &id).await,
        ("Patient unwell: flu".to_string(), "Patient unwell".to_string(), true)
    );
}

#[sqlx::test]
async fn other_needs_details_and_what_staff_may_not_pick_is_refused(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    app.add_staff_in("admin@other.example", Role::Admin, "other-clinic").await;
    let (providers, patients, _, kind) = clinic(&pool, 1, 1, false).await;
    let id = book_one(&app, &desk, patients[0], providers[0], kind).await;
    let cancel = |code: String, details: &'static str| {
        let (app, desk, id) = (&app, &desk, id.clone());
        async move {
            let form = [
                ("id", id.as_str()),
                ("version", "1"),
                ("status", "cancelled"),
                ("reason_code", code.as_str()),
                ("reason", details),
            ];
            app.call_json(desk, "appointments/set-status", &form).await
        }
    };
    let other = entry(&pool, "test-clinic", "Other").await.to_string();
    let (status, body) = cancel(other.clone(), " ").await;
    assert_eq!(status, 400);
    assert_eq!(body["Validation"]["fields"]["reason"], "Say why the appointment is cancelled.");
    // The app's own entries, another clinic's, a switched-off one, or nonsense: not on the list.
    let online = entry(&pool, "test-clinic", "Cancelled online by the patient").await;
    let elsewhere = entry(&pool, "other-clinic", "Patient unwell").await;
    let cost = entry(&pool, "test-clinic", "Cost of treatment").await;
    sqlx::query("UPDATE cancel_reason SET active = false WHERE id = $1")
        .bind(cost)
        .execute(&pool)
        .await
        .unwrap();
    for code in [online.to_string(), elsewhere.to_string(), cost.to_string(), "x".to_string()] {
        let (status, body) = cancel(code.clone(), "anything").await;
        assert_eq!(status, 400, "{code}: {body}");
        assert_eq!(body["Validation"]["fields"]["reason_code"], "Choose a reason from the list.");
    }
    assert_eq!(cancel(other, "Moved abroad").await.0, 200);
    assert_eq!(recorded(&pool, &id).await, ("Moved abroad".to_string(), "Other".to_string(), true));
}

#[sqlx::test]
async fn without_a_code_the_reason_typed_is_other(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let (providers, patients, _, kind) = clinic(&pool, 1, 1, false).await;
    let id = book_one(&app, &desk, patients[0], providers[0], kind).await;
    let cancel =
        [("id", id.as_str()), ("version", "1"), ("status", "cancelled"), ("reason", "Unwell")];
    assert_eq!(app.call_json(&desk, "appointments/set-status", &cancel).await.0, 200);
    assert_eq!(recorded(&pool, &id).await, ("Unwell".to_string(), "Other".to_string(), true));
}

#[sqlx::test]
async fn admins_edit_the_list_and_the_built_in_entries_stay_on_it(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let admin = app.signed_in("admin@test.example", Role::Admin, "test-clinic").await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let add = [
        ("clinic", "test-clinic"),
        ("form[label]", "Dental anxiety"),
        ("form[display_order]", "5"),
    ];
    assert_eq!(app.call_json(&desk, "setup/cancel-reasons/save", &add).await.0, 403);
    let (status, body) = app.call_json(&admin, "setup/cancel-reasons/save", &add).await;
    assert_eq!(status, 200, "{body}");
    let added = body.as_i64().unwrap().to_string();
    let (status, body) = app.call_json(&admin, "setup/cancel-reasons/save", &add).await;
    assert_eq!(status, 400);
    assert_eq!(body["Validation"]["fields"]["label"], "This clinic already has this reason.");
    // Everyone in the clinic sees the list, in its order.
    let (status, list) =
        app.call_json(&desk, "setup/cancel-reasons", &[("clinic", "test-clinic")]).await;
    assert_eq!(status, 200);
    assert_eq!(list["data"][0]["label"], "Dental anxiety");
    assert_eq!(list["data"].as_array().unwrap().len(), 9);
    // The clinic's own entries switch off; the app's do not.
    let off = [("clinic", "test-clinic"), ("id", added.as_str()), ("active", "false")];
    assert_eq!(app.call_json(&admin, "setup/cancel-reasons/set-active", &off).await.0, 200);
    let other = entry(&pool, "test-clinic", "Other").await.to_string();
    let off = [("clinic", "test-clinic"), ("id", other.as_str()), ("active", "false")];
    let (status, body) = app.call_json(&admin, "setup/cancel-reasons/set-active", &off).await;
    assert_eq!(status, 409);
    assert!(body["Conflict"].as_str().unwrap().contains("is built in"), "{body}");
    let audit: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM audit_log WHERE action IN ('cancel_reason.created', 'cancel_reason.deactivated')",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(audit, 2);
}

#[sqlx::test]
async fn renaming_an_entry_keeps_what_past_cancellations_said(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let admin = app.signed_in("admin@test.example", Role::Admin, "test-clinic").await;
    let (providers, patients, _, kind) = clinic(&pool, 1, 1, false).await;
    let id = book_one(&app, &admin, patients[0], providers[0], kind).await;
    let unwell = entry(&pool, "test-clinic", "Patient unwell").await.to_string();
    let cancel =
        [("id", id.as_str()), ("version", "1"), ("status", "cancelled"), ("reason_code", &unwell)];
    assert_eq!(app.call_json(&admin, "appointments/set-status", &cancel).await.0, 200);
    let rename = [
        ("clinic", "test-clinic"),
        ("id", unwell.as_str()),
        ("form[label]", "Illness"),
        ("form[display_order]", "10"),
    ];
    assert_eq!(app.call_json(&admin, "setup/cancel-reasons/save", &rename).await.0, 200);
    assert_eq!(
        recorded(&pool, &id).await,
        ("Patient unwell".to_string(), "Illness".to_string(), true)
    );
}
