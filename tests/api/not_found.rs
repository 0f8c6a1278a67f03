//! A page for a record that does not exist, or that the caller may not see, answers 404 with
//! the friendly page (never 200 with an error inside).

use chairside::domain::Role;
use sqlx::PgPool;

use crate::helpers::spawn_app;

#[sqlx::test]
async fn pages_of_missing_records_answer_404_with_the_friendly_page(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let admin = app.signed_in("admin@test.example", Role::Admin, "test-clinic").await;
    let mut wrong = Vec::new();
    for path in [
        "/patients/999999",
        "/patients/abc",
        "/patients/999999/edit",
        "/patients/999999/merge",
        "/patients/999999/access",
        "/setup/no-such-clinic",
        "/setup/no-such-clinic/chairs",
        "/setup/no-such-clinic/cancel-reasons",
        "/setup/test-clinic/providers/999999/hours",
        "/setup/test-clinic/emails/no-such-kind",
        "/admin/outbox/999999",
        "/calendar?clinic=no-such-clinic",
        "/reports?clinic=no-such-clinic",
        "/book/no-such-clinic",
        "/book/manage/not-a-token",
        "/no/such/page",
    ] {
        let (status, html) = app.page(&admin, path).await;
        if status != 404 || !html.contains("<h1") {
            wrong.push(format!("{path}: {status}"));
        }
    }
    assert!(wrong.is_empty(), "not answered 404: {wrong:?}");
}
