//! Clinic set-up through the server functions: every rule the scheduling engine will rely on,
//! who may change what, and the audit trail of each change.

use chairside::domain::Role;
use serde_json::Value;
use sqlx::PgPool;

use crate::helpers::{TestApp, spawn_app};

/// Creates a provider in `clinic` and answers its id.
async fn add_provider(app: &TestApp, admin: &reqwest::Client, clinic: &str, name: &str) -> i64 {
    let (status, body) = app
        .call_json(
            admin,
            "setup/providers/save",
            &[
                ("clinic", clinic),
                ("form[name]", name),
                ("form[kind]", "dentist"),
                ("form[colour]", "#1f7a8c"),
            ],
        )
        .await;
    assert_eq!(status, 200, "{body}");
    body.as_i64().unwrap()
}

async fn add_chair(app: &TestApp, admin: &reqwest::Client, clinic: &str, name: &str) -> i64 {
    let (status, body) = app
        .call_json(admin, "setup/chairs/save", &[("clinic", clinic), ("form[name]", name)])
        .await;
    assert_eq!(status, 200, "{body}");
    body.as_i64().unwrap()
}

/// The clinic's today, as the server computes it for Europe/London.
async fn london_today(pool: &PgPool) -> chrono::NaiveDate {
    sqlx::query_scalar("SELECT (now() AT TIME ZONE 'Europe/London')::date")
        .fetch_one(pool)
        .await
        .unwrap()
}

async fn last_audit(pool: &PgPool, action: &str) -> Value {
    sqlx::query_scalar("SELECT details FROM audit_log WHERE action = $1 ORDER BY id DESC LIMIT 1")
        .bind(action)
        .fetch_one(pool)
        .await
        .unwrap_or_else(|_| panic!("no audit row {action}"))
}

fn clinic_form<'a>(time_zone: &'a str, slot_step: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("clinic", "test-clinic"),
        ("form[name]", "Test Clinic"),
        ("form[slug]", "test-clinic"),
        ("form[time_zone]", time_zone),
        ("form[address]", "1 High Street\nLondon"),
        ("form[phone]", "+44 20 7946 0000"),
        ("form[email]", "front@test.example"),
        ("form[calling_code]", "44"),
        ("form[slot_step_minutes]", slot_step),
        ("form[min_notice_minutes]", "120"),
        ("form[horizon_days]", "90"),
        ("form[cancel_notice_hours]", "24"),
        ("form[reminder_hours]", "2, 24"),
        ("form[currency]", "USD"),
        ("form[feed_patient_detail]", "initials"),
    ]
}

#[sqlx::test]
async fn an_admin_changes_the_clinic_and_the_audit_log_keeps_before_and_after(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let admin = app.signed_in("admin@test.example", Role::Admin, "test-clinic").await;

    let (status, body) =
        app.call_json(&admin, "setup/clinic/save", &clinic_form("America/New_York", "10")).await;
    assert_eq!(status, 200, "{body}");
    let (_, view) = app.call_json(&admin, "setup/clinic", &[("clinic", "test-clinic")]).await;
    assert_eq!(view["can_edit"], true);
    assert_eq!(view["data"]["settings"]["slot_step_minutes"], 10);
    // Reminders: largest first, kept in minutes.
    assert_eq!(view["data"]["settings"]["reminder_hours"], serde_json::json!([24, 2]));
    let offsets: Vec<i32> = sqlx::query_scalar(
        "SELECT unnest(reminder_offsets_minutes) FROM clinic WHERE slug = 'test-clinic'",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(offsets, [1440, 120]);
    assert_eq!(view["data"]["settings"]["clinic"]["time_zone"], "America/New_York");
    assert!(view["data"]["time_zones"].as_array().unwrap().len() > 300);

    let details = last_audit(&pool, "clinic.updated").await;
    assert_eq!(details["before"]["clinic"]["time_zone"], "Europe/London");
    assert_eq!(details["after"]["clinic"]["time_zone"], "America/New_York");
    assert_eq!(details["before"]["slot_step_minutes"], 15);
    assert_eq!(details["after"]["slot_step_minutes"], 10);
    assert_eq!(details["before"]["currency"], "GBP");
    assert_eq!(details["after"]["currency"], "USD");
}

#[sqlx::test]
async fn an_invalid_time_zone_is_refused_beside_its_field_with_what_was_typed(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let admin = app.signed_in("admin@test.example", Role::Admin, "test-clinic").await;

    let (status, body) =
        app.call_json(&admin, "setup/clinic/save", &clinic_form("Europe/Atlantis", "7")).await;
    assert_eq!(status, 400, "{body}");
    let fields = &body["Validation"]["fields"];
    assert!(fields["time_zone"].as_str().unwrap().contains("not a time zone"), "{body}");
    assert_eq!(fields["slot_step_minutes"], "Use a multiple of 5 minutes.");
    // What was typed comes back, so the form can show it again.
    assert_eq!(body["Validation"]["input"]["time_zone"], "Europe/Atlantis");
    assert_eq!(body["Validation"]["input"]["address"], "1 High Street\nLondon");

    let zone: String =
        sqlx::query_scalar("SELECT time_zone FROM clinic WHERE slug = 'test-clinic'")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(zone, "Europe/London");
    // The database refuses a zone it does not know, whoever writes it.
    let by_hand =
        sqlx::query("UPDATE clinic SET time_zone = 'Mars/Olympus' WHERE slug = 'test-clinic'")
            .execute(&pool)
            .await;
    assert!(by_hand.is_err());
}

#[sqlx::test]
async fn a_clinic_address_already_in_use_is_refused(pool: PgPool) {
    let app = spawn_app(pool).await;
    let admin = app.signed_in("admin@test.example", Role::Admin, "test-clinic").await;
    app.add_staff_in("someone@other.example", Role::Dentist, "other-clinic").await;
    let mut form = clinic_form("Europe/London", "15");
    form[2] = ("form[slug]", "other-clinic");
    let (status, body) = app.call_json(&admin, "setup/clinic/save", &form).await;
    assert_eq!(status, 400);
    assert_eq!(body["Validation"]["fields"]["slug"], "Another clinic already uses this address.");
}

#[sqlx::test]
async fn a_receptionist_sees_the_set_up_but_cannot_change_it(pool: PgPool) {
    let app = spawn_app(pool).await;
    let admin = app.signed_in("admin@test.example", Role::Admin, "test-clinic").await;
    add_provider(&app, &admin, "test-clinic", "Dr Ada Jones").await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;

    let (status, view) =
        app.call_json(&desk, "setup/providers", &[("clinic", "test-clinic")]).await;
    assert_eq!(status, 200);
    assert_eq!(view["can_edit"], false);
    assert_eq!(view["data"]["providers"][0]["name"], "Dr Ada Jones");
    let (_, clinic) = app.call_json(&desk, "setup/clinic", &[("clinic", "test-clinic")]).await;
    assert_eq!(clinic["data"]["time_zones"], Value::Array(vec![]));

    for (endpoint, form) in [
        ("setup/clinic/save", clinic_form("Europe/London", "15")),
        ("setup/chairs/save", vec![("clinic", "test-clinic"), ("form[name]", "Chair 9")]),
        (
            "setup/providers/set-active",
            vec![("clinic", "test-clinic"), ("id", "1"), ("active", "false")],
        ),
        ("setup/time-off/add", vec![("clinic", "test-clinic"), ("form[applies_to]", "clinic")]),
    ] {
        let (status, _) = app.call_json(&desk, endpoint, &form).await;
        assert_eq!(status, 403, "{endpoint}");
    }
}

#[sqlx::test]
async fn another_clinics_set_up_does_not_exist_for_an_admin(pool: PgPool) {
    let app = spawn_app(pool).await;
    let south = app.signed_in("admin@south.example", Role::Admin, "south").await;
    let chair = add_chair(&app, &south, "south", "Surgery 1").await;
    let north = app.signed_in("admin@north.example", Role::Admin, "north").await;

    let (status, _) = app.call_json(&north, "setup/chairs", &[("clinic", "south")]).await;
    assert_eq!(status, 404);
    let id = chair.to_string();
    let (status, _) = app
        .call_json(
            &north,
            "setup/chairs/set-active",
            &[("clinic", "south"), ("id", &id), ("active", "false")],
        )
        .await;
    assert_eq!(status, 404);
    // Naming their own clinic does not reach the other clinic's chair either.
    let (status, _) = app
        .call_json(
            &north,
            "setup/chairs/set-active",
            &[("clinic", "north"), ("id", &id), ("active", "false")],
        )
        .await;
    assert_eq!(status, 404);
    let (_, mine) = app.call_json(&north, "setup/clinics", &[]).await;
    assert_eq!(mine.as_array().unwrap().len(), 1);
    assert_eq!(mine[0]["slug"], "north");
}

#[sqlx::test]
async fn chairs_are_renamed_and_deactivated_never_deleted_and_names_stay_unique(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let admin = app.signed_in("admin@test.example", Role::Admin, "test-clinic").await;
    let one = add_chair(&app, &admin, "test-clinic", "Surgery 1").await.to_string();
    add_chair(&app, &admin, "test-clinic", "Surgery 2").await;

    let (status, body) = app
        .call_json(
            &admin,
            "setup/chairs/save",
            &[("clinic", "test-clinic"), ("form[name]", "surgery 2")],
        )
        .await;
    assert_eq!(status, 400);
    assert_eq!(
        body["Validation"]["fields"]["name"],
        "This clinic already has a chair with this name."
    );

    let (status, _) = app
        .call_json(
            &admin,
            "setup/chairs/save",
            &[
                ("clinic", "test-clinic"),
                ("id", &one),
                ("form[name]", "Hygiene room"),
                ("form[display_order]", "5"),
            ],
        )
        .await;
    assert_eq!(status, 200);
    let details = last_audit(&pool, "chair.updated").await;
    assert_eq!(details["before"]["name"], "Surgery 1");
    assert_eq!(details["after"]["name"], "Hygiene room");

    let (status, _) = app
        .call_json(
            &admin,
            "setup/chairs/set-active",
            &[("clinic", "test-clinic"), ("id", &one), ("active", "false")],
        )
        .await;
    assert_eq!(status, 200);
    let (_, view) = app.call_json(&admin, "setup/chairs", &[("clinic", "test-clinic")]).await;
    let chairs = view["data"].as_array().unwrap();
    assert_eq!(chairs.len(), 2);
    assert_eq!(chairs[1]["name"], "Hygiene room");
    assert_eq!(chairs[1]["active"], false);
    let details = last_audit(&pool, "chair.deactivated").await;
    assert_eq!(details["after"]["active"], false);

    // Not even hand-written SQL deletes a chair, a provider or an appointment type.
    add_provider(&app, &admin, "test-clinic", "Dr Ada Jones").await;
    sqlx::query(
        "INSERT INTO appointment_type (clinic_id, name, duration_minutes, colour)
         SELECT id, 'Exam', 30, '#123456' FROM clinic WHERE slug = 'test-clinic'",
    )
    .execute(&pool)
    .await
    .unwrap();
    for table in ["chair", "provider", "appointment_type"] {
        let deleted = sqlx::query(&format!("DELETE FROM {table}")).execute(&pool).await;
        assert!(deleted.is_err(), "{table} rows were deleted");
    }
}

fn hours_form<'a>(
    clinic: &'a str,
    provider: &'a str,
    from: &'a str,
    until: &'a str,
    rows: &'a [(&'a str, &'a str, &'a str, &'a str)],
) -> Vec<(String, String)> {
    let mut form = vec![
        ("clinic".to_string(), clinic.to_string()),
        ("provider_id".to_string(), provider.to_string()),
        ("form[valid_from]".to_string(), from.to_string()),
        ("form[valid_until]".to_string(), until.to_string()),
    ];
    for (i, (weekday, starts, ends, chair)) in rows.iter().enumerate() {
        for (field, value) in
            [("weekday", weekday), ("starts", starts), ("ends", ends), ("chair_id", chair)]
        {
            form.push((format!("form[rows][{i}][{field}]"), value.to_string()));
        }
    }
    form
}

async fn save_hours(
    app: &TestApp,
    client: &reqwest::Client,
    form: &[(String, String)],
) -> (u16, Value) {
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    app.call_json(client, "setup/hours/save", &pairs).await
}

/// The provider's intervals as (weekday, starts, ends, valid_from, valid_until) text.
async fn stored_hours(
    pool: &PgPool,
    provider: i64,
) -> Vec<(i16, String, String, String, Option<String>)> {
    sqlx::query_as(
        "SELECT weekday, to_char(starts, 'HH24:MI'), to_char(ends, 'HH24:MI'),
                valid_from::text, valid_until::text
         FROM working_hours WHERE provider_id = $1 ORDER BY valid_from, weekday, starts",
    )
    .bind(provider)
    .fetch_all(pool)
    .await
    .unwrap()
}

#[sqlx::test]
async fn overlapping_hours_are_refused_by_the_form_and_by_the_database(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let admin = app.signed_in("admin@test.example", Role::Admin, "test-clinic").await;
    let provider = add_provider(&app, &admin, "test-clinic", "Dr Ada Jones").await;
    let today = london_today(&pool).await.to_string();
    let p = provider.to_string();

    let rows = [("1", "09:00", "13:00", ""), ("1", "12:30", "17:00", "")];
    let (status, body) =
        save_hours(&app, &admin, &hours_form("test-clinic", &p, &today, "", &rows)).await;
    assert_eq!(status, 400, "{body}");
    assert_eq!(
        body["Validation"]["fields"]["rows.1.starts"],
        "This overlaps Monday 09:00–13:00; a provider cannot be in two places at once."
    );
    assert_eq!(body["Validation"]["input"]["rows.1.starts"], "12:30");
    assert!(stored_hours(&pool, provider).await.is_empty());

    let rows =
        [("1", "09:00", "12:30", ""), ("1", "13:30", "17:00", ""), ("3", "08:00", "16:00", "")];
    let (status, body) =
        save_hours(&app, &admin, &hours_form("test-clinic", &p, &today, "", &rows)).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(stored_hours(&pool, provider).await.len(), 3);

    // Written by hand, an overlapping interval is refused by the exclusion constraint.
    let clinic: i64 = sqlx::query_scalar("SELECT id FROM clinic WHERE slug = 'test-clinic'")
        .fetch_one(&pool)
        .await
        .unwrap();
    let by_hand = sqlx::query(
        "INSERT INTO working_hours (clinic_id, provider_id, weekday, starts, ends, valid_from)
         VALUES ($1, $2, 1, '12:00', '14:00', $3::date + 30)",
    )
    .bind(clinic)
    .bind(provider)
    .bind(london_today(&pool).await)
    .execute(&pool)
    .await
    .unwrap_err();
    assert_eq!(by_hand.as_database_error().unwrap().code().as_deref(), Some("23P01"));
}

#[sqlx::test]
async fn a_new_rota_leaves_earlier_weeks_alone_and_the_old_one_resumes_after_it(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let admin = app.signed_in("admin@test.example", Role::Admin, "test-clinic").await;
    let provider = add_provider(&app, &admin, "test-clinic", "Dr Ada Jones").await;
    let p = provider.to_string();
    let today = london_today(&pool).await;
    let (start, month_later, two_months) = (
        today.to_string(),
        (today + chrono::Days::new(30)).to_string(),
        (today + chrono::Days::new(60)).to_string(),
    );

    let usual = [("2", "09:00", "17:00", "")];
    let (status, _) =
        save_hours(&app, &admin, &hours_form("test-clinic", &p, &start, "", &usual)).await;
    assert_eq!(status, 200);
    // For one month, Tuesdays are mornings only.
    let summer = [("2", "08:00", "12:00", "")];
    let (status, body) = save_hours(
        &app,
        &admin,
        &hours_form("test-clinic", &p, &month_later, &two_months, &summer),
    )
    .await;
    assert_eq!(status, 200, "{body}");

    let day_before = (today + chrono::Days::new(29)).to_string();
    let day_after = (today + chrono::Days::new(61)).to_string();
    assert_eq!(
        stored_hours(&pool, provider).await,
        vec![
            (2, "09:00".into(), "17:00".into(), start.clone(), Some(day_before)),
            (2, "08:00".into(), "12:00".into(), month_later.clone(), Some(two_months.clone())),
            (2, "09:00".into(), "17:00".into(), day_after, None),
        ]
    );
    let details = last_audit(&pool, "working_hours.replaced").await;
    assert_eq!(details["before"][0]["interval"]["starts"], "09:00:00");
    assert_eq!(details["after"][0]["interval"]["starts"], "08:00:00");

    // A rota cannot start in the past.
    let yesterday = (today - chrono::Days::new(1)).to_string();
    let (status, body) =
        save_hours(&app, &admin, &hours_form("test-clinic", &p, &yesterday, "", &usual)).await;
    assert_eq!(status, 400);
    assert!(body["Validation"]["fields"]["valid_from"].as_str().unwrap().contains("or later"));
}

#[sqlx::test]
async fn a_chair_is_not_given_to_two_providers_at_once(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let admin = app.signed_in("admin@test.example", Role::Admin, "test-clinic").await;
    let ada = add_provider(&app, &admin, "test-clinic", "Dr Ada Jones").await.to_string();
    let ben = add_provider(&app, &admin, "test-clinic", "Ben Hughes").await.to_string();
    let chair = add_chair(&app, &admin, "test-clinic", "Surgery 1").await.to_string();
    let today = london_today(&pool).await.to_string();

    let rows = [("4", "09:00", "13:00", chair.as_str())];
    let (status, _) =
        save_hours(&app, &admin, &hours_form("test-clinic", &ada, &today, "", &rows)).await;
    assert_eq!(status, 200);
    let rows = [("4", "12:00", "15:00", chair.as_str())];
    let (status, body) =
        save_hours(&app, &admin, &hours_form("test-clinic", &ben, &today, "", &rows)).await;
    assert_eq!(status, 400);
    assert_eq!(
        body["Validation"]["fields"]["rows"],
        "The chair chosen for Thursday 12:00–15:00 is used by another provider then."
    );
}

#[sqlx::test]
async fn references_across_clinics_are_impossible_even_in_hand_written_sql(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let north = app.signed_in("admin@north.example", Role::Admin, "north").await;
    let south = app.signed_in("admin@south.example", Role::Admin, "south").await;
    let north_provider = add_provider(&app, &north, "north", "Dr North").await;
    let south_chair = add_chair(&app, &south, "south", "South chair").await;
    let south_provider = add_provider(&app, &south, "south", "Dr South").await;
    let clinic = |slug: &'static str| {
        let pool = pool.clone();
        async move {
            sqlx::query_scalar::<_, i64>("SELECT id FROM clinic WHERE slug = $1")
                .bind(slug)
                .fetch_one(&pool)
                .await
                .unwrap()
        }
    };
    let (north_id, south_id) = (clinic("north").await, clinic("south").await);
    let south_type: i64 = sqlx::query_scalar(
        "INSERT INTO appointment_type (clinic_id, name, duration_minutes, colour)
         VALUES ($1, 'Exam', 30, '#123456') RETURNING id",
    )
    .bind(south_id)
    .fetch_one(&pool)
    .await
    .unwrap();
    let north_staff: i64 =
        sqlx::query_scalar("SELECT id FROM staff WHERE email = 'admin@north.example'")
            .fetch_one(&pool)
            .await
            .unwrap();

    let attempts: Vec<(&str, sqlx::query::Query<'_, sqlx::Postgres, sqlx::postgres::PgArguments>)> = vec![
        (
            "north hours in a south chair",
            sqlx::query(
                "INSERT INTO working_hours (clinic_id, provider_id, chair_id, weekday, starts, ends, valid_from)
                 VALUES ($1, $2, $3, 1, '09:00', '12:00', '2030-01-01')",
            )
            .bind(north_id)
            .bind(north_provider)
            .bind(south_chair),
        ),
        (
            "hours filed under the other clinic",
            sqlx::query(
                "INSERT INTO working_hours (clinic_id, provider_id, weekday, starts, ends, valid_from)
                 VALUES ($1, $2, 1, '09:00', '12:00', '2030-01-01')",
            )
            .bind(south_id)
            .bind(north_provider),
        ),
        (
            "a south type performed by a north provider",
            sqlx::query(
                "INSERT INTO appointment_type_provider (clinic_id, appointment_type_id, provider_id)
                 VALUES ($1, $2, $3)",
            )
            .bind(south_id)
            .bind(south_type)
            .bind(north_provider),
        ),
        (
            "north time off for a south chair",
            sqlx::query(
                "INSERT INTO time_off (clinic_id, chair_id, period, reason)
                 VALUES ($1, $2, tstzrange(now(), now() + interval '1 hour'), 'x')",
            )
            .bind(north_id)
            .bind(south_chair),
        ),
        (
            "a south provider linked to a north-only staff member",
            sqlx::query("UPDATE provider SET staff_id = $2 WHERE id = $1")
                .bind(south_provider)
                .bind(north_staff),
        ),
        (
            "a chair moved to the other clinic",
            sqlx::query("UPDATE chair SET clinic_id = $2 WHERE id = $1").bind(south_chair).bind(north_id),
        ),
    ];
    for (what, query) in attempts {
        assert!(query.execute(&pool).await.is_err(), "the database accepted {what}");
    }

    // Through the application, the same attempt is a clear field message.
    let (status, body) = app
        .call_json(
            &north,
            "setup/types/save",
            &[
                ("clinic", "north"),
                ("form[name]", "Exam"),
                ("form[duration_minutes]", "30"),
                ("form[colour]", "#123456"),
                ("form[provider_ids][]", &south_provider.to_string()),
            ],
        )
        .await;
    assert_eq!(status, 400, "{body}");
    assert_eq!(body["Validation"]["fields"]["provider_ids"], "Choose providers of this clinic.");
}

#[sqlx::test]
async fn appointment_types_keep_durations_buffers_and_their_providers(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let admin = app.signed_in("admin@test.example", Role::Admin, "test-clinic").await;
    let ada = add_provider(&app, &admin, "test-clinic", "Dr Ada Jones").await.to_string();
    let ben = add_provider(&app, &admin, "test-clinic", "Ben Hughes").await.to_string();
    let form = |name: &'static str, duration: &'static str| {
        vec![
            ("clinic", "test-clinic".to_string()),
            ("form[name]", name.to_string()),
            ("form[duration_minutes]", duration.to_string()),
            ("form[buffer_before_minutes]", "5".to_string()),
            ("form[buffer_after_minutes]", "10".to_string()),
            ("form[colour]", "#AA3377".to_string()),
            ("form[online_bookable]", "on".to_string()),
            ("form[provider_ids][]", ada.clone()),
            ("form[provider_ids][]", ben.clone()),
        ]
    };
    let send = |form: Vec<(&'static str, String)>| {
        let (app, admin) = (&app, &admin);
        async move {
            let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
            app.call_json(admin, "setup/types/save", &pairs).await
        }
    };

    let (status, body) = send(form("Crown preparation", "90")).await;
    assert_eq!(status, 200, "{body}");
    let (_, view) = app.call_json(&admin, "setup/types", &[("clinic", "test-clinic")]).await;
    let crown = &view["data"]["types"][0];
    assert_eq!(crown["duration_minutes"], 90);
    assert_eq!(crown["buffer_before_minutes"], 5);
    assert_eq!(crown["buffer_after_minutes"], 10);
    assert_eq!(crown["colour"], "#aa3377");
    assert_eq!(crown["online_bookable"], true);
    // An unticked box is not sent: the type does not need a chair.
    assert_eq!(crown["needs_chair"], false);
    assert_eq!(crown["provider_ids"].as_array().unwrap().len(), 2);
    let created = last_audit(&pool, "appointment_type.created").await;
    assert_eq!(created["before"], Value::Null);
    assert_eq!(created["after"]["name"], "Crown preparation");

    let (status, body) = send(form("crown PREPARATION", "45")).await;
    assert_eq!(status, 400);
    assert_eq!(
        body["Validation"]["fields"]["name"],
        "This clinic already has an appointment type with this name."
    );
    let (status, body) = send(form("Extraction", "7")).await;
    assert_eq!(status, 400);
    assert_eq!(body["Validation"]["fields"]["duration_minutes"], "Use a multiple of 5 minutes.");
}

#[sqlx::test]
async fn a_holiday_covers_whole_local_days_and_a_time_the_clocks_skip_is_refused(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let admin = app.signed_in("admin@test.example", Role::Admin, "test-clinic").await;
    let year: i32 = sqlx::query_scalar("SELECT extract(year FROM now())::int + 1")
        .fetch_one(&pool)
        .await
        .unwrap();
    let (first, last) = (format!("{year}-07-01"), format!("{year}-07-02"));
    let (status, body) = app
        .call_json(
            &admin,
            "setup/time-off/add",
            &[
                ("clinic", "test-clinic"),
                ("form[applies_to]", "clinic"),
                ("form[from_date]", &first),
                ("form[to_date]", &last),
                ("form[reason]", "Summer closure"),
            ],
        )
        .await;
    assert_eq!(status, 200, "{body}");
    // British Summer Time: local midnight is 23:00 UTC the day before.
    let period: String = sqlx::query_scalar(
        "SELECT tstzrange(lower(period) AT TIME ZONE 'UTC', upper(period) AT TIME ZONE 'UTC')::text
         FROM time_off",
    )
    .fetch_one(&pool)
    .await
    .unwrap_or_else(|_| panic!("no time off stored"));
    assert_eq!(period, format!("[\"{year}-06-30 23:00:00+00\",\"{year}-07-02 23:00:00+00\")"));
    let (_, view) = app.call_json(&admin, "setup/time-off", &[("clinic", "test-clinic")]).await;
    assert_eq!(view["data"]["entries"][0]["starts_local"], format!("{first} 00:00"));
    assert_eq!(view["data"]["entries"][0]["applies_to"], "Whole clinic");
    assert_eq!(last_audit(&pool, "time_off.created").await["after"][0]["reason"], "Summer closure");

    // The last Sunday of March at 01:30 does not exist in London.
    let gap: String = sqlx::query_scalar(
        "SELECT to_char(d, 'YYYY-MM-DD') FROM generate_series(make_date($1, 3, 25), make_date($1, 3, 31), '1 day') d
         WHERE extract(isodow FROM d) = 7",
    )
    .bind(year)
    .fetch_one(&pool)
    .await
    .unwrap();
    let (status, body) = app
        .call_json(
            &admin,
            "setup/time-off/add",
            &[
                ("clinic", "test-clinic"),
                ("form[applies_to]", "clinic"),
                ("form[from_date]", &gap),
                ("form[from_time]", "01:30"),
                ("form[to_date]", &gap),
                ("form[to_time]", "04:00"),
                ("form[reason]", "Maintenance"),
            ],
        )
        .await;
    assert_eq!(status, 400, "{body}");
    assert!(body["Validation"]["fields"]["from_time"].as_str().unwrap().contains("does not exist"));

    let id: i64 = sqlx::query_scalar("SELECT id FROM time_off").fetch_one(&pool).await.unwrap();
    let (status, _) = app
        .call_json(
            &admin,
            "setup/time-off/remove",
            &[("clinic", "test-clinic"), ("id", &id.to_string())],
        )
        .await;
    assert_eq!(status, 200);
    assert_eq!(
        last_audit(&pool, "time_off.removed").await["before"][0]["reason"],
        "Summer closure"
    );
}

#[sqlx::test]
async fn a_provider_is_linked_only_to_a_staff_member_of_the_clinic(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let admin = app.signed_in("admin@test.example", Role::Admin, "test-clinic").await;
    let dentist = app.add_staff("dentist@test.example", Role::Dentist).await.to_string();
    let outsider =
        app.add_staff_in("dentist@else.example", Role::Dentist, "elsewhere").await.to_string();
    let link = |staff: String, name: &'static str| {
        let (app, admin) = (&app, &admin);
        async move {
            app.call_json(
                admin,
                "setup/providers/save",
                &[
                    ("clinic", "test-clinic"),
                    ("form[name]", name),
                    ("form[kind]", "dentist"),
                    ("form[colour]", "#336699"),
                    ("form[staff_id]", &staff),
                ],
            )
            .await
        }
    };
    let (status, body) = link(dentist.clone(), "Dr Sam Patel").await;
    assert_eq!(status, 200, "{body}");
    let (status, body) = link(outsider, "Dr Else").await;
    assert_eq!(status, 400);
    assert_eq!(body["Validation"]["fields"]["staff_id"], "Choose a staff member of this clinic.");
    let (status, body) = link(dentist, "Dr Sam Patel the second").await;
    assert_eq!(status, 400);
    assert_eq!(
        body["Validation"]["fields"]["staff_id"],
        "This staff member is already linked to another provider."
    );
    let (_, view) = app.call_json(&admin, "setup/providers", &[("clinic", "test-clinic")]).await;
    assert_eq!(view["data"]["providers"][0]["staff_name"], "Test Person");
}
