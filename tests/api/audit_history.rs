//! A patient's access history (who viewed or changed the record, from where), the audit log as
//! CSV for a date range, and the chain's tamper check shown to admins.

use chairside::domain::Role;
use sqlx::PgPool;

use crate::appointments::clinic;
use crate::audit::{guard_off, seal};
use crate::helpers::spawn_app;

#[sqlx::test]
async fn a_receptionist_s_view_of_a_record_shows_in_its_access_history_for_admins_only(
    pool: PgPool,
) {
    let app = spawn_app(pool.clone()).await;
    let admin = app.signed_in("admin@test.example", Role::Admin, "test-clinic").await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let (_, patients, _, _) = clinic(&pool, 1, 2, false).await;
    let patient = patients[0].to_string();
    let (status, _) = app.page(&desk, &format!("/patients/{patient}")).await;
    assert_eq!(status, 200);

    let (status, html) = app.page(&admin, &format!("/patients/{patient}/access")).await;
    assert_eq!(status, 200);
    for expected in [
        "Pat Number 1: access history",
        "Test Person (Receptionist)",
        "patient.viewed",
        "/admin/audit?patient_id=",
    ] {
        assert!(html.contains(expected), "{expected} in the access history");
    }
    // The other patient's history does not show it.
    let other = patients[1].to_string();
    let (_, html) = app.page(&admin, &format!("/patients/{other}/access")).await;
    assert!(html.contains("No one has opened this record yet"), "{html}");
    // The record links to it for admins only.
    let (_, record) = app.page(&admin, &format!("/patients/{patient}")).await;
    assert!(record.contains(&format!("/patients/{patient}/access")));
    let (_, record) = app.page(&desk, &format!("/patients/{patient}")).await;
    assert!(!record.contains("Access history"));
    let (status, _) = app.page(&desk, &format!("/patients/{patient}/access")).await;
    assert_eq!(status, 403);
}

#[sqlx::test]
async fn the_log_downloads_as_csv_for_a_date_range_and_stays_inert_in_a_spreadsheet(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let admin = app.signed_in("admin@test.example", Role::Admin, "test-clinic").await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let (_, patients, _, _) = clinic(&pool, 1, 1, false).await;
    // A browser that names itself like a formula.
    let response = desk
        .get(app.url(&format!("/patients/{}", patients[0])))
        .header("user-agent", "=HYPERLINK(\"http://evil\")")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let today = chrono::Utc::now().date_naive().to_string();
    let url = app.url(&format!("/api/audit/export?from={today}&to={today}"));
    let response = admin.get(&url).send().await.unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "text/csv; charset=utf-8");
    assert_eq!(
        response.headers()["content-disposition"].to_str().unwrap(),
        format!("attachment; filename=\"audit-log-{today}-{today}.csv\"")
    );
    let csv = response.text().await.unwrap();
    assert!(csv.starts_with("Entry,When (UTC),Who,Role,Clinic,Address,Browser,Action"), "{csv}");
    assert!(csv.contains("patient.viewed"), "{csv}");
    assert!(csv.contains("\"'=HYPERLINK(\"\"http://evil\"\")\""), "{csv}");
    // The export is recorded.
    let exported: i64 =
        sqlx::query_scalar("SELECT count(*) FROM audit_log WHERE action = 'audit_log.exported'")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(exported, 1);

    for (query, field) in
        [(format!("to={today}"), "from"), ("from=2024-01-01&to=2026-01-01".to_string(), "to")]
    {
        let response =
            admin.get(app.url(&format!("/api/audit/export?{query}"))).send().await.unwrap();
        assert_eq!(response.status(), 400, "{query}");
        let body: serde_json::Value = response.json().await.unwrap();
        assert!(body["Validation"]["fields"][field].is_string(), "{query}: {body}");
    }
    assert_eq!(desk.get(&url).send().await.unwrap().status(), 403);
}

#[sqlx::test]
async fn an_admin_checks_the_chain_and_the_log_shows_the_last_check_and_any_break(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let admin = app.signed_in("admin@test.example", Role::Admin, "test-clinic").await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    assert_eq!(app.call_json(&desk, "audit/verify", &[]).await.0, 403);
    let (status, page) = app.call_json(&admin, "audit/log", &[]).await;
    assert_eq!(status, 200);
    assert!(page["verification"].is_null(), "{page}");

    let mut conn = pool.acquire().await.unwrap();
    seal(&mut conn).await;
    let (status, check) = app.call_json(&admin, "audit/verify", &[]).await;
    assert_eq!(status, 200, "{check}");
    assert!(check["problem"].is_null(), "{check}");
    assert!(check["last_position"].as_i64().unwrap() > 0, "{check}");
    assert_eq!(check["by"], "Test Person");

    // Someone able to switch the guard off rewrites the first sealed entry.
    seal(&mut conn).await;
    guard_off(&mut conn, "audit_log").await;
    sqlx::query(
        "UPDATE audit_log SET result = 'denied'
         WHERE id = (SELECT audit_id FROM audit_seal ORDER BY seq LIMIT 1)",
    )
    .execute(&mut *conn)
    .await
    .unwrap();
    let (_, check) = app.call_json(&admin, "audit/verify", &[]).await;
    let problem = check["problem"].as_str().unwrap();
    assert!(problem.starts_with("The chain is broken at position"), "{problem}");
    let (_, html) = app.page(&admin, "/admin/audit").await;
    assert!(html.contains("Break found"), "the page shows the break");
}
