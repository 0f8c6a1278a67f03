//! Staff management by admins: the list of colleagues, deactivation and its limits.

use chairside::domain::Role;
use serde_json::Value;
use sqlx::PgPool;

use crate::helpers::{PASSWORD, spawn_app};

#[sqlx::test]
async fn deactivating_a_member_signs_them_out_everywhere_and_is_audited(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    app.add_staff("admin@test.example", Role::Admin).await;
    let receptionist = app.add_staff("reception@test.example", Role::Receptionist).await;
    let (admin, desk, phone) = (app.new_client(), app.new_client(), app.new_client());
    app.sign_in(&admin, "admin@test.example", PASSWORD).await;
    app.sign_in(&desk, "reception@test.example", PASSWORD).await;
    app.sign_in(&phone, "reception@test.example", PASSWORD).await;

    let id = receptionist.to_string();
    let response =
        app.call(&admin, "staff/set-active", &[("staff_id", &id), ("active", "false")]).await;
    assert_eq!(response.status(), 200, "{:?}", response.text().await);
    assert_eq!(app.current_user(&desk).await, Value::Null);
    assert_eq!(app.current_user(&phone).await, Value::Null);

    let details: Value = sqlx::query_scalar(
        "SELECT details FROM audit_log WHERE action = 'staff.deactivated' AND object_id = $1",
    )
    .bind(&id)
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(details["before"]["active"], true);
    assert_eq!(details["after"]["active"], false);
    assert_eq!(details["sessions_ended"], 2);

    // Reactivated, they can sign in again.
    app.call(&admin, "staff/set-active", &[("staff_id", &id), ("active", "true")]).await;
    assert_eq!(
        app.sign_in(&app.new_client(), "reception@test.example", PASSWORD).await.status(),
        200
    );
}

#[sqlx::test]
async fn admins_see_and_manage_only_the_staff_of_their_clinics(pool: PgPool) {
    let app = spawn_app(pool).await;
    app.add_staff_in("admin@north.example", Role::Admin, "north").await;
    app.add_staff_in("dentist@north.example", Role::Dentist, "north").await;
    let southerner = app.add_staff_in("dentist@south.example", Role::Dentist, "south").await;
    let admin = app.new_client();
    app.sign_in(&admin, "admin@north.example", PASSWORD).await;

    let listed: Vec<Value> = app.call(&admin, "staff/list", &[]).await.json().await.unwrap();
    let emails: Vec<&str> = listed.iter().map(|m| m["email"].as_str().unwrap()).collect();
    assert_eq!(emails.len(), 2, "{emails:?}");
    assert!(!emails.contains(&"dentist@south.example"));

    let id = southerner.to_string();
    let response =
        app.call(&admin, "staff/set-active", &[("staff_id", &id), ("active", "false")]).await;
    assert_eq!(response.status(), 404);
    let dentist = app.new_client();
    assert_eq!(app.sign_in(&dentist, "dentist@south.example", PASSWORD).await.status(), 200);
}

#[sqlx::test]
async fn an_admin_cannot_deactivate_themselves(pool: PgPool) {
    let app = spawn_app(pool).await;
    let admin_id = app.add_staff("admin@test.example", Role::Admin).await;
    let admin = app.new_client();
    app.sign_in(&admin, "admin@test.example", PASSWORD).await;
    let id = admin_id.to_string();
    let response =
        app.call(&admin, "staff/set-active", &[("staff_id", &id), ("active", "false")]).await;
    assert_eq!(response.status(), 409);
    assert_eq!(app.current_user(&admin).await["email"], "admin@test.example");
}

#[sqlx::test]
async fn an_admin_changes_a_colleagues_role_with_an_audit_record(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    app.add_staff("admin@test.example", Role::Admin).await;
    let hygienist = app.add_staff("hygienist@test.example", Role::Hygienist).await;
    let admin = app.new_client();
    app.sign_in(&admin, "admin@test.example", PASSWORD).await;

    let id = hygienist.to_string();
    let response =
        app.call(&admin, "staff/set-role", &[("staff_id", &id), ("role", "dentist")]).await;
    assert_eq!(response.status(), 200);
    let member = app.new_client();
    app.sign_in(&member, "hygienist@test.example", PASSWORD).await;
    assert_eq!(app.current_user(&member).await["role"], "dentist");

    let details: Value =
        sqlx::query_scalar("SELECT details FROM audit_log WHERE action = 'staff.role_changed'")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(details["before"]["role"], "hygienist");
    assert_eq!(details["after"]["role"], "dentist");

    let unknown = app.call(&admin, "staff/set-role", &[("staff_id", &id), ("role", "owner")]).await;
    assert_eq!(unknown.status(), 400);
}

#[sqlx::test]
async fn an_admin_of_one_clinic_cannot_change_someone_who_also_works_elsewhere(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    app.add_staff_in("admin@north.example", Role::Admin, "north").await;
    let both = app.add_staff_in("roaming@test.example", Role::Dentist, "north").await;
    let south: i64 = sqlx::query_scalar("INSERT INTO clinic (name, slug, time_zone) VALUES ('South', 'south', 'Europe/London') RETURNING id")
        .fetch_one(&pool)
        .await
        .unwrap();
    sqlx::query("INSERT INTO staff_clinic (staff_id, clinic_id) VALUES ($1, $2)")
        .bind(both)
        .bind(south)
        .execute(&pool)
        .await
        .unwrap();
    let admin = app.new_client();
    app.sign_in(&admin, "admin@north.example", PASSWORD).await;

    let id = both.to_string();
    let promote = app.call(&admin, "staff/set-role", &[("staff_id", &id), ("role", "admin")]).await;
    assert_eq!(promote.status(), 404);
    let deactivate =
        app.call(&admin, "staff/set-active", &[("staff_id", &id), ("active", "false")]).await;
    assert_eq!(deactivate.status(), 404);
}
