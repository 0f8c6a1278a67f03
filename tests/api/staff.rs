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

/// The clinic ids of the staff member with this email.
async fn clinics_of(pool: &PgPool, email: &str) -> Vec<String> {
    sqlx::query_scalar(
        "SELECT c.slug FROM staff_clinic sc JOIN clinic c ON c.id = sc.clinic_id
         JOIN staff s ON s.id = sc.staff_id WHERE s.email = $1::citext ORDER BY c.slug",
    )
    .bind(email)
    .fetch_all(pool)
    .await
    .unwrap()
}

async fn clinic_id(pool: &PgPool, slug: &str) -> String {
    sqlx::query_scalar::<_, i64>("SELECT id FROM clinic WHERE slug = $1")
        .bind(slug)
        .fetch_one(pool)
        .await
        .unwrap()
        .to_string()
}

#[sqlx::test]
async fn an_invited_member_chooses_a_password_once_and_then_signs_in(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    app.add_staff("admin@test.example", Role::Admin).await;
    let admin = app.new_client();
    app.sign_in(&admin, "admin@test.example", PASSWORD).await;
    let clinic = clinic_id(&pool, "test-clinic").await;

    let response = app
        .call(
            &admin,
            "staff/create",
            &[
                ("form[display_name]", "Casey Ng"),
                ("form[email]", "casey@test.example"),
                ("form[role]", "hygienist"),
                ("form[clinic_ids][]", &clinic),
            ],
        )
        .await;
    assert_eq!(response.status(), 200);
    let invited: Value = response.json().await.unwrap();
    let link = url::Url::parse(invited["link"].as_str().unwrap()).unwrap();
    assert_eq!(link.path(), "/welcome");
    let token = link.query_pairs().find(|(k, _)| k == "token").unwrap().1.to_string();
    assert_eq!(clinics_of(&pool, "casey@test.example").await, ["test-clinic"]);
    let created: Value =
        sqlx::query_scalar("SELECT details FROM audit_log WHERE action = 'staff.created'")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(created["after"]["role"], "hygienist");

    // Until the invitation is accepted, no password signs the account in.
    let casey = app.new_client();
    assert_eq!(app.sign_in(&casey, "casey@test.example", PASSWORD).await.status(), 401);

    let accept = |token: String, password: &'static str| {
        let (app, client) = (&app, app.new_client());
        async move {
            app.call(
                &client,
                "auth/accept-invitation",
                &[("token", &token), ("new_password", password), ("confirm_password", password)],
            )
            .await
        }
    };
    let weak = accept(token.clone(), "password1234").await;
    assert_eq!(weak.status(), 400);
    assert_eq!(accept(token.clone(), "kettle umbrella orbit lantern").await.status(), 200);
    assert_eq!(
        app.sign_in(&casey, "casey@test.example", "kettle umbrella orbit lantern").await.status(),
        200
    );
    // The link works once; a forged token never.
    assert_eq!(accept(token, "another fine long password").await.status(), 409);
    assert_eq!(accept("forged".repeat(8), "another fine long password").await.status(), 409);
}

#[sqlx::test]
async fn an_expired_invitation_does_not_work(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    app.add_staff("admin@test.example", Role::Admin).await;
    let admin = app.new_client();
    app.sign_in(&admin, "admin@test.example", PASSWORD).await;
    let clinic = clinic_id(&pool, "test-clinic").await;
    let invited: Value = app
        .call(
            &admin,
            "staff/create",
            &[
                ("form[display_name]", "Late Comer"),
                ("form[email]", "late@test.example"),
                ("form[role]", "receptionist"),
                ("form[clinic_ids][]", &clinic),
            ],
        )
        .await
        .json()
        .await
        .unwrap();
    sqlx::query("UPDATE staff_invitation SET expires_at = now() - interval '1 second'")
        .execute(&pool)
        .await
        .unwrap();
    let link = url::Url::parse(invited["link"].as_str().unwrap()).unwrap();
    let token = link.query_pairs().find(|(k, _)| k == "token").unwrap().1.to_string();
    let password = "kettle umbrella orbit lantern";
    let response = app
        .call(
            &app.new_client(),
            "auth/accept-invitation",
            &[("token", &token), ("new_password", password), ("confirm_password", password)],
        )
        .await;
    assert_eq!(response.status(), 409);
}

#[sqlx::test]
async fn new_staff_join_only_the_admins_clinics_and_an_email_is_used_once(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    app.add_staff_in("admin@north.example", Role::Admin, "north").await;
    app.add_staff_in("dentist@south.example", Role::Dentist, "south").await;
    let admin = app.new_client();
    app.sign_in(&admin, "admin@north.example", PASSWORD).await;
    let (north, south) = (clinic_id(&pool, "north").await, clinic_id(&pool, "south").await);
    let create = |email: &'static str, clinic: String| {
        let (app, admin) = (&app, &admin);
        async move {
            let response = app
                .call(
                    admin,
                    "staff/create",
                    &[
                        ("form[display_name]", "New Person"),
                        ("form[email]", email),
                        ("form[role]", "receptionist"),
                        ("form[clinic_ids][]", &clinic),
                    ],
                )
                .await;
            (response.status().as_u16(), response.json::<Value>().await.unwrap())
        }
    };
    let (status, body) = create("new@north.example", south.clone()).await;
    assert_eq!(status, 400);
    assert_eq!(body["Validation"]["fields"]["clinic_ids"], "Choose clinics of yours.");
    assert_eq!(body["Validation"]["input"]["email"], "new@north.example");
    let (status, body) = create("DENTIST@south.example", north.clone()).await;
    assert_eq!(status, 400);
    assert_eq!(
        body["Validation"]["fields"]["email"],
        "Someone already has an account with this email."
    );
    let (status, _) = create("new@north.example", north).await;
    assert_eq!(status, 200);
}

#[sqlx::test]
async fn an_admin_moves_a_colleague_between_their_clinics_and_it_is_audited(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    app.add_staff_in("admin@both.example", Role::Admin, "north").await;
    app.add_staff_in("admin@both.example", Role::Admin, "south").await;
    let desk = app.add_staff_in("desk@north.example", Role::Receptionist, "north").await;
    let admin = app.new_client();
    app.sign_in(&admin, "admin@both.example", PASSWORD).await;
    let (north, south) = (clinic_id(&pool, "north").await, clinic_id(&pool, "south").await);
    let desk = desk.to_string();

    let response = app
        .call(
            &admin,
            "staff/set-clinics",
            &[("staff_id", &desk), ("clinic_ids[]", &north), ("clinic_ids[]", &south)],
        )
        .await;
    assert_eq!(response.status(), 200);
    assert_eq!(clinics_of(&pool, "desk@north.example").await, ["north", "south"]);
    let response = app
        .call(&admin, "staff/set-clinics", &[("staff_id", &desk), ("clinic_ids[]", &south)])
        .await;
    assert_eq!(response.status(), 200);
    assert_eq!(clinics_of(&pool, "desk@north.example").await, ["south"]);
    let details: Value = sqlx::query_scalar(
        "SELECT details FROM audit_log WHERE action = 'staff.clinics_changed' ORDER BY id DESC LIMIT 1",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(details["after"]["clinic_ids"], serde_json::json!([south.parse::<i64>().unwrap()]));

    // Nobody is left without a clinic.
    let response = app.call(&admin, "staff/set-clinics", &[("staff_id", &desk)]).await;
    assert_eq!(response.status(), 400);
    assert_eq!(clinics_of(&pool, "desk@north.example").await, ["south"]);
}

/// Every 43-character URL-safe word of `text` (the shape of a token).
fn token_like_words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .filter(|word| word.len() == 43)
        .map(str::to_string)
        .collect()
}

#[sqlx::test]
async fn an_admin_of_one_clinic_cannot_obtain_a_usable_invitation_for_a_member_of_two(
    pool: PgPool,
) {
    let app = spawn_app(pool.clone()).await;
    let both = app.signed_in("both@test.example", Role::Admin, "clinic-a").await;
    app.add_staff_in("both@test.example", Role::Admin, "clinic-b").await;
    let only_a = app.signed_in("only-a@test.example", Role::Admin, "clinic-a").await;
    let (a, b) = (clinic_id(&pool, "clinic-a").await, clinic_id(&pool, "clinic-b").await);
    let form = [
        ("form[display_name]", "Dana Ortiz"),
        ("form[email]", "dana@test.example"),
        ("form[role]", "dentist"),
        ("form[clinic_ids][]", a.as_str()),
        ("form[clinic_ids][]", b.as_str()),
    ];
    let (status, invited) = app.call_json(&both, "staff/create", &form).await;
    assert_eq!(status, 200, "{invited}");

    // The admin of clinic A alone reads the invitation in clinic A's outbox: no token in it.
    let (status, page) = app.call_json(&only_a, "email/outbox", &[]).await;
    assert_eq!(status, 200, "{page}");
    let id = page["rows"][0]["id"].as_i64().expect("the invitation is listed").to_string();
    let (status, email) = app.call_json(&only_a, "email/outbox/get", &[("id", &id)]).await;
    assert_eq!(status, 200, "{email}");
    let shown = format!("{} {}", email["text_body"], email["html_body"]);
    assert!(shown.contains("token=LINK-CREATED-WHEN-SENT"), "{shown}");
    assert_eq!(token_like_words(&shown), Vec::<String>::new(), "{shown}");
    // Nor anywhere else in the outbox's stored bodies.
    let stored: String =
        sqlx::query_scalar("SELECT string_agg(text_body || html_body, ' ') FROM email_outbox")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(token_like_words(&stored), Vec::<String>::new());
    let accept = |token: String| {
        let (app, client) = (&app, app.new_client());
        async move {
            let password = "kettle umbrella orbit lantern";
            let form = [
                ("token", token.as_str()),
                ("new_password", password),
                ("confirm_password", password),
            ];
            app.call(&client, "auth/accept-invitation", &form).await.status().as_u16()
        }
    };
    assert_eq!(accept("LINK-CREATED-WHEN-SENT".into()).await, 409);

    // The email as it arrives carries a working link of its own, created as it was sent.
    let receiver = crate::smtp::SmtpReceiver::start().await;
    let worker = chairside::email::delivery::Delivery {
        pool: pool.clone(),
        sink: chairside::email::delivery::Sink::smtp(&receiver.url()).unwrap(),
        from: "Chairside <no-reply@clinic.example>".parse().unwrap(),
        policy: chairside::email::delivery::RetryPolicy::default(),
    };
    assert_eq!(worker.run_once().await.unwrap(), 1);
    // Quoted-printable: soft line breaks undone, "=" written as "=3D".
    let message = receiver.received().concat().replace("=\r\n", "").replace("=3D", "=");
    let sent = token_like_words(&message);
    assert!(!sent.is_empty(), "{message}");
    assert_ne!(Some(sent[0].as_str()), invited["link"].as_str().map(|l| &l[l.len() - 43..]));
    assert_eq!(accept(sent[0].clone()).await, 200);
}
