//! Email templates: an admin previews with sample data, saves (a template with an unknown
//! placeholder or a syntax error is refused with its line), and the next email uses it.

use chairside::domain::Role;
use sqlx::PgPool;

use crate::appointments::{booking, clinic, pairs};
use crate::helpers::spawn_app;

#[sqlx::test]
async fn an_admins_template_is_checked_previewed_saved_and_used(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let admin = app.signed_in("admin@test.example", Role::Admin, "test-clinic").await;
    let base = [("clinic", "test-clinic"), ("kind", "booking_confirmation")];
    let (status, edit) = app.call_json(&admin, "email/templates/get", &base).await;
    assert_eq!(status, 200, "{edit}");
    assert_eq!(edit["customised"], false);
    assert!(edit["text"]["subject"].as_str().unwrap().contains("{{ appointment_date }}"));

    let with = |subject: &'static str, text: &'static str| {
        let mut form = base.to_vec();
        form.extend([
            ("form[subject]", subject),
            ("form[text_body]", text),
            ("form[html_body]", "<p>{{ clinic_name }}</p>"),
        ]);
        form
    };
    // A misspelt placeholder, on line 2 of the text.
    let bad = with("See you", "Hello,\n{{ patient_frist_name }}");
    let (status, body) = app.call_json(&admin, "email/templates/preview", &bad).await;
    assert_eq!(status, 400, "{body}");
    let message = body["Validation"]["fields"]["text_body"].as_str().unwrap();
    assert!(message.starts_with("Line 2: a placeholder this email does not have"), "{message}");
    assert_eq!(app.call_json(&admin, "email/templates/save", &bad).await.0, 400);

    let good = with("Booked: {{ appointment_time }}", "Hi {{ patient_first_name }}");
    let (status, preview) = app.call_json(&admin, "email/templates/preview", &good).await;
    assert_eq!(status, 200, "{preview}");
    assert_eq!(preview["subject"], "Booked: 10:30");
    assert_eq!(preview["text_body"], "Hi Maria");
    assert_eq!(app.call_json(&admin, "email/templates/save", &good).await.0, 200);

    // The next confirmation uses it.
    let (providers, patients, _, kind) = clinic(&pool, 1, 1, false).await;
    sqlx::query("UPDATE patient SET email = 'pat@example.com'").execute(&pool).await.unwrap();
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let form = booking(patients[0], providers[0], None, kind, "2030-01-07T09:15");
    assert_eq!(app.call_json(&desk, "appointments/book", &pairs(&form)).await.0, 200);
    let subject: String =
        sqlx::query_scalar("SELECT subject FROM email_outbox").fetch_one(&pool).await.unwrap();
    assert_eq!(subject, "Booked: 09:15");

    // Back to the default; another clinic's admin cannot see this one's.
    assert_eq!(app.call_json(&admin, "email/templates/reset", &base).await.0, 200);
    let (_, edit) = app.call_json(&admin, "email/templates/get", &base).await;
    assert_eq!(edit["customised"], false);
    let other = app.signed_in("other@test.example", Role::Admin, "other-clinic").await;
    assert_eq!(app.call_json(&other, "email/templates/get", &base).await.0, 404);
}
