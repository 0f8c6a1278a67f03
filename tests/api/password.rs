//! Changing one's password: the current one is required, the policy applies, other sessions end.

use chairside::domain::Role;
use serde_json::Value;
use sqlx::PgPool;

use crate::helpers::{PASSWORD, spawn_app};

const NEW_PASSWORD: &str = "violet harbour seven lanterns";

#[sqlx::test]
async fn a_new_password_replaces_the_old_and_signs_out_other_sessions(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    app.add_staff("dentist@test.example", Role::Dentist).await;
    let (laptop, phone) = (app.new_client(), app.new_client());
    app.sign_in(&laptop, "dentist@test.example", PASSWORD).await;
    app.sign_in(&phone, "dentist@test.example", PASSWORD).await;

    let form = [
        ("current_password", PASSWORD),
        ("new_password", NEW_PASSWORD),
        ("confirm_password", NEW_PASSWORD),
    ];
    let response = app.call(&laptop, "account/password", &form).await;
    assert_eq!(response.status(), 200, "{:?}", response.text().await);

    assert_eq!(app.current_user(&laptop).await["email"], "dentist@test.example");
    assert_eq!(app.current_user(&phone).await, Value::Null);
    assert_eq!(
        app.sign_in(&app.new_client(), "dentist@test.example", PASSWORD).await.status(),
        401
    );
    assert_eq!(
        app.sign_in(&app.new_client(), "dentist@test.example", NEW_PASSWORD).await.status(),
        200
    );
    let audited: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM audit_log WHERE action = 'auth.password_change' AND result = 'success'",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(audited, 1);
}

#[sqlx::test]
async fn the_current_password_must_be_right_and_the_new_one_acceptable(pool: PgPool) {
    let app = spawn_app(pool).await;
    app.add_staff("dentist@test.example", Role::Dentist).await;
    let client = app.new_client();
    app.sign_in(&client, "dentist@test.example", PASSWORD).await;

    let cases: [(&[(&str, &str)], &str); 4] = [
        (
            &[
                ("current_password", "wrong wrong wrong"),
                ("new_password", NEW_PASSWORD),
                ("confirm_password", NEW_PASSWORD),
            ],
            "current_password",
        ),
        (
            &[
                ("current_password", PASSWORD),
                ("new_password", "too short"),
                ("confirm_password", "too short"),
            ],
            "new_password",
        ),
        (
            &[
                ("current_password", PASSWORD),
                ("new_password", "1qaz2wsx3edc"),
                ("confirm_password", "1qaz2wsx3edc"),
            ],
            "new_password",
        ),
        (
            &[
                ("current_password", PASSWORD),
                ("new_password", NEW_PASSWORD),
                ("confirm_password", "something else entirely"),
            ],
            "confirm_password",
        ),
    ];
    for (form, field) in cases {
        let response = app.call(&client, "account/password", form).await;
        assert_eq!(response.status(), 400);
        let body: Value = response.json().await.unwrap();
        assert!(body["Validation"]["fields"][field].is_string(), "{field}: {body}");
    }
    // Nothing changed.
    assert_eq!(
        app.sign_in(&app.new_client(), "dentist@test.example", PASSWORD).await.status(),
        200
    );
}
