//! Fees: an appointment type's fee is set on its page in the clinic's currency, and each
//! appointment keeps the fee and currency its type had when it was booked.

use chairside::domain::Role;
use serde_json::Value;
use sqlx::PgPool;

use crate::appointments::{book_one, booking, clinic, pairs};
use crate::helpers::spawn_app;

async fn fee_of(pool: &PgPool, appointment: &str) -> (i64, String) {
    sqlx::query_as("SELECT fee_minor, fee_currency FROM appointment WHERE id = $1::bigint")
        .bind(appointment)
        .fetch_one(pool)
        .await
        .unwrap()
}

async fn set(pool: &PgPool, statement: &str) {
    sqlx::query(statement).execute(pool).await.unwrap();
}

#[sqlx::test]
async fn an_appointment_keeps_the_fee_its_type_had_when_it_was_booked(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let (providers, patients, _, kind) = clinic(&pool, 1, 2, false).await;
    set(&pool, &format!("UPDATE appointment_type SET fee_minor = 4500 WHERE id = {kind}")).await;
    let first = book_one(&app, &desk, patients[0], providers[0], kind).await;
    assert_eq!(fee_of(&pool, &first).await, (4500, "GBP".to_string()));

    // A new price, and the clinic now charging in euros: only later bookings get them.
    set(&pool, &format!("UPDATE appointment_type SET fee_minor = 5000 WHERE id = {kind}")).await;
    set(&pool, "UPDATE clinic SET currency = 'EUR' WHERE slug = 'test-clinic'").await;
    let form = booking(patients[1], providers[0], None, kind, "2030-01-07T11:00");
    let (status, body) = app.call_json(&desk, "appointments/book", &pairs(&form)).await;
    assert_eq!(status, 200, "{body}");
    let second = body.as_i64().unwrap().to_string();
    assert_eq!(fee_of(&pool, &second).await, (5000, "EUR".to_string()));
    assert_eq!(fee_of(&pool, &first).await, (4500, "GBP".to_string()), "the first is unchanged");

    // Moved, it is still the visit it was booked as; nor can its fee be rewritten by hand.
    let provider = providers[0].to_string();
    let form = [
        ("id", first.as_str()),
        ("version", "1"),
        ("provider_id", provider.as_str()),
        ("starts_at", "2030-01-07T14:00"),
    ];
    let (status, body) = app.call_json(&desk, "appointments/reschedule", &form).await;
    assert_eq!(status, 200, "{body}");
    set(
        &pool,
        &format!("UPDATE appointment SET fee_minor = 1, fee_currency = 'USD' WHERE id = {first}"),
    )
    .await;
    assert_eq!(fee_of(&pool, &first).await, (4500, "GBP".to_string()));
}

#[sqlx::test]
async fn an_admin_sets_a_types_fee_in_the_clinics_currency_and_a_bad_fee_is_refused(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let admin = app.signed_in("admin@test.example", Role::Admin, "test-clinic").await;
    let form = |fee: &'static str| {
        [
            ("clinic", "test-clinic"),
            ("form[name]", "Hygiene"),
            ("form[duration_minutes]", "45"),
            ("form[colour]", "#123456"),
            ("form[fee]", fee),
        ]
    };
    let (status, body) = app.call_json(&admin, "setup/types/save", &form("£1,065.5")).await;
    assert_eq!(status, 200, "{body}");
    let (_, view) = app.call_json(&admin, "setup/types", &[("clinic", "test-clinic")]).await;
    assert_eq!(view["data"]["currency"], "GBP");
    assert_eq!(view["data"]["types"][0]["fee_minor"], 106_550);
    let audited: Value = sqlx::query_scalar(
        "SELECT details FROM audit_log WHERE action = 'appointment_type.created'",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(audited["after"]["fee_minor"], 106_550);

    let (status, body) = app.call_json(&admin, "setup/types/save", &form("45.505")).await;
    assert_eq!(status, 400, "{body}");
    assert_eq!(body["Validation"]["fields"]["fee"], "A fee has at most two decimal places.");
    assert_eq!(body["Validation"]["input"]["fee"], "45.505", "what was typed comes back: {body}");
}
