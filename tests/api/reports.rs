//! Reports on a hand-built fortnight in London (24 hours' cancellation notice), whose right
//! answers are worked out here. The reported week is Monday 19 to Sunday 25 October 2026 (the
//! clocks go back on the Sunday), compared with the week before.
//!
//! Rotas: the dentist on Mondays 09:00-17:00 and Sundays 00:30-08:30 in chair 1, with an hour
//! off on Monday 19 October; the hygienist on Mondays 09:00-13:00 in chair 2. So the week has
//! 420 + 540 (the Sunday is nine hours long) + 240 = 1,200 minutes available, and so has the
//! week before (480 + 480 + 240).

use chairside::domain::Role;
use serde_json::{Value, json};
use sqlx::PgPool;

use chairside::reports::rollup::rebuild_all;

use crate::helpers::{TestApp, spawn_app, spawn_app_with};

/// The ids of the fixture's rows.
struct Week {
    dentist: i64,
    hygienist: i64,
}

/// An appointment as the fixture writes it (times in UTC; London is UTC+1 until 25 October).
struct Visit {
    provider: i64,
    chair: i64,
    patient: usize,
    /// Hygiene (30 minutes, £40, no buffers) or a check-up (30 minutes, £50, 5 minutes'
    /// preparation and 10 of clean-up).
    hygiene: bool,
    starts: &'static str,
    status: &'static str,
    created: &'static str,
    online: bool,
    /// When and why it was cancelled.
    cancelled: Option<(&'static str, &'static str)>,
}

async fn build(pool: &PgPool) -> Week {
    let clinic: i64 = sqlx::query_scalar("SELECT id FROM clinic WHERE slug = 'test-clinic'")
        .fetch_one(pool)
        .await
        .unwrap();
    let one = |sql: &'static str| sqlx::query_scalar::<_, i64>(sql).bind(clinic);
    let dentist = one("INSERT INTO provider (clinic_id, name, kind, colour)
                       VALUES ($1, 'Dr Ada', 'dentist', '#123456') RETURNING id")
    .fetch_one(pool)
    .await
    .unwrap();
    let hygienist = one("INSERT INTO provider (clinic_id, name, kind, colour)
                         VALUES ($1, 'Hal Hygiene', 'hygienist', '#654321') RETURNING id")
    .fetch_one(pool)
    .await
    .unwrap();
    let chairs: Vec<i64> = sqlx::query_scalar(
        "INSERT INTO chair (clinic_id, name, display_order)
         VALUES ($1, 'Chair 1', 1), ($1, 'Chair 2', 2) RETURNING id",
    )
    .bind(clinic)
    .fetch_all(pool)
    .await
    .unwrap();
    sqlx::query(
        "INSERT INTO working_hours (clinic_id, provider_id, chair_id, weekday, starts, ends, valid_from)
         VALUES ($1, $2, $4, 1, '09:00', '17:00', '2026-01-01'),
                ($1, $2, $4, 7, '00:30', '08:30', '2026-01-01'),
                ($1, $3, $5, 1, '09:00', '13:00', '2026-01-01')",
    )
    .bind(clinic)
    .bind(dentist)
    .bind(hygienist)
    .bind(chairs[0])
    .bind(chairs[1])
    .execute(pool)
    .await
    .unwrap();
    sqlx::query(
        "INSERT INTO time_off (clinic_id, provider_id, period, reason)
         VALUES ($1, $2, '[2026-10-19 12:00+00, 2026-10-19 13:00+00)', 'Training')",
    )
    .bind(clinic)
    .bind(dentist)
    .execute(pool)
    .await
    .unwrap();
    sqlx::query(
        "INSERT INTO appointment_type (clinic_id, name, duration_minutes, buffer_before_minutes,
                                       buffer_after_minutes, colour, fee_minor)
         VALUES ($1, 'Check-up', 30, 5, 10, '#abcdef', 5000),
                ($1, 'Hygiene', 30, 0, 0, '#abcdef', 4000)",
    )
    .bind(clinic)
    .execute(pool)
    .await
    .unwrap();
    let patients: Vec<i64> = sqlx::query_scalar(
        "INSERT INTO patient (clinic_id, number, first_name, last_name, date_of_birth)
         SELECT $1, n, 'Pat', 'Number ' || n, '1990-01-01' FROM generate_series(1, 9) n
         RETURNING id",
    )
    .bind(clinic)
    .fetch_all(pool)
    .await
    .unwrap();
    let (d, h, c1, c2) = (dentist, hygienist, chairs[0], chairs[1]);
    let visit = |provider, chair, patient, starts, status, created| Visit {
        provider,
        chair,
        patient,
        hygiene: provider == h,
        starts,
        status,
        created,
        online: false,
        cancelled: None,
    };
    let visits = [
        // The week: a new patient (their first visit), a no-show, a late cancellation whose
        // time was booked again online, two hygiene visits (one patient left with a booking,
        // the other booked the next day), a new patient booked online in the repeated hour
        // of the Sunday, and an early cancellation.
        visit(d, c1, 1, "2026-10-19 08:00", "completed", "2026-10-01 09:00"),
        visit(d, c1, 2, "2026-10-19 09:00", "no_show", "2026-10-10 09:00"),
        Visit {
            cancelled: Some(("2026-10-19 06:00", "Patient unwell")),
            ..visit(d, c1, 3, "2026-10-19 10:00", "cancelled", "2026-10-05 09:00")
        },
        Visit {
            online: true,
            ..visit(d, c1, 4, "2026-10-19 10:00", "completed", "2026-10-18 10:00")
        },
        visit(h, c2, 5, "2026-10-19 08:00", "completed", "2026-09-19 08:00"),
        visit(h, c2, 6, "2026-10-19 09:00", "completed", "2026-09-19 09:00"),
        visit(h, c2, 5, "2027-04-19 08:00", "scheduled", "2026-10-19 09:30"),
        visit(h, c2, 6, "2027-04-19 09:00", "scheduled", "2026-10-20 09:30"),
        Visit {
            online: true,
            ..visit(d, c1, 7, "2026-10-25 00:30", "completed", "2026-10-20 00:30")
        },
        Visit {
            cancelled: Some(("2026-10-15 09:00", "Other")),
            ..visit(d, c1, 8, "2026-10-20 09:00", "cancelled", "2026-10-01 09:00")
        },
        // The week before: a new patient, and an early cancellation.
        visit(d, c1, 9, "2026-10-12 08:00", "completed", "2026-10-01 09:00"),
        Visit {
            cancelled: Some(("2026-10-05 09:00", "Patient unwell")),
            ..visit(d, c1, 2, "2026-10-12 09:00", "cancelled", "2026-10-01 09:00")
        },
        // Long before: patient 4's first visit, so they are not new in the week.
        visit(d, c1, 4, "2026-06-01 09:00", "completed", "2026-05-01 09:00"),
    ];
    for v in visits {
        let (before, after) = if v.hygiene { (0, 0) } else { (5, 10) };
        sqlx::query(
            "INSERT INTO appointment (clinic_id, patient_id, provider_id, chair_id,
                 appointment_type_id, visit, blocked, status, booked_online, created_at,
                 cancelled_at, cancel_reason, cancel_reason_id)
             SELECT $1, $2, $3, $4, t.id,
                    tstzrange($5::timestamp AT TIME ZONE 'UTC',
                              ($5::timestamp + interval '30 minutes') AT TIME ZONE 'UTC'),
                    tstzrange(($5::timestamp - make_interval(mins => $6)) AT TIME ZONE 'UTC',
                              ($5::timestamp + make_interval(mins => 30 + $7)) AT TIME ZONE 'UTC'),
                    $8, $9, $10::timestamp AT TIME ZONE 'UTC',
                    $11::timestamp AT TIME ZONE 'UTC', $12,
                    (SELECT r.id FROM cancel_reason r WHERE r.clinic_id = $1 AND r.label = $12)
             FROM appointment_type t WHERE t.clinic_id = $1 AND t.name = $13",
        )
        .bind(clinic)
        .bind(patients[v.patient - 1])
        .bind(v.provider)
        .bind(v.chair)
        .bind(v.starts)
        .bind(before)
        .bind(after)
        .bind(v.status)
        .bind(v.online)
        .bind(v.created)
        .bind(v.cancelled.map(|c| c.0))
        .bind(v.cancelled.map(|c| c.1))
        .bind(if v.hygiene { "Hygiene" } else { "Check-up" })
        .execute(pool)
        .await
        .unwrap();
    }
    Week { dentist, hygienist }
}

async fn report(app: &TestApp, client: &reqwest::Client, extra: &[(&str, &str)]) -> Value {
    let mut form = vec![
        ("clinic", "test-clinic"),
        ("preset", "custom"),
        ("from", "2026-10-19"),
        ("to", "2026-10-25"),
    ];
    form.extend_from_slice(extra);
    let (status, body) = app.call_json(client, "reports/practice", &form).await;
    assert_eq!(status, 200, "{body}");
    body
}

/// The headline called `name`: (this week, the week before).
fn headline(report: &Value, name: &str) -> (Value, Value) {
    let line = report["headlines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["name"] == name)
        .unwrap_or_else(|| panic!("no headline {name}"));
    (line["current"].clone(), line["previous"].clone())
}

/// The rows of the table `key`, each cell as the page writes it.
fn table(report: &Value, key: &str) -> Vec<Vec<String>> {
    let table = report["tables"].as_array().unwrap().iter().find(|t| t["key"] == key).unwrap();
    table["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|row| row.as_array().unwrap().iter().map(written).collect())
        .collect()
}

/// A cell as the page writes it (the same rules as `Cell::written`, for the kinds used).
fn written(cell: &Value) -> String {
    let (kind, value) = cell.as_object().unwrap().iter().next().unwrap();
    match (kind.as_str(), value) {
        ("Text", v) => v.as_str().unwrap().to_string(),
        ("Count", v) => v.to_string(),
        (_, Value::Null) => "–".into(),
        ("Percent", v) => format!("{:.1}%", v.as_f64().unwrap() * 100.0),
        ("Hours" | "Days", v) => format!("{:.1}", v.as_f64().unwrap()),
        ("Money", v) => v.as_object().unwrap().iter().map(|(c, m)| format!("{c} {m}")).collect(),
        other => panic!("{other:?}"),
    }
}

fn percent(part: f64, whole: f64) -> Value {
    json!({ "Percent": part / whole })
}

#[sqlx::test]
async fn each_figure_is_counted_as_defined_on_a_hand_built_week(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let admin = app.signed_in("admin@test.example", Role::Admin, "test-clinic").await;
    build(&pool).await;
    let r = report(&app, &admin, &[]).await;
    assert_eq!(r["previous"], json!({ "from": "2026-10-12", "to": "2026-10-18" }));

    // Booked: three check-ups (45 minutes each with buffers) and two hygiene visits (30).
    assert_eq!(headline(&r, "Utilization"), (percent(195.0, 1200.0), percent(45.0, 1200.0)));
    // Came or did not: six this week (one no-show), one the week before.
    assert_eq!(headline(&r, "No-show rate"), (percent(1.0, 6.0), percent(0.0, 1.0)));
    assert_eq!(headline(&r, "Late cancellations"), (json!({ "Count": 1 }), json!({ "Count": 0 })));
    assert_eq!(headline(&r, "Early cancellations"), (json!({ "Count": 1 }), json!({ "Count": 1 })));
    assert_eq!(
        headline(&r, "Completed production"),
        (json!({ "Money": { "GBP": 23000 } }), json!({ "Money": { "GBP": 5000 } }))
    );
    assert_eq!(headline(&r, "Scheduled production").0, json!({ "Money": { "GBP": 23000 } }));
    // £230 over 20 hours available.
    assert_eq!(
        headline(&r, "Completed production per available hour").0,
        json!({ "Money": { "GBP": 1150 } })
    );
    // Patients 1, 5, 6 and 7 (not 4, seen in June); the week before, patient 9.
    assert_eq!(headline(&r, "New patients"), (json!({ "Count": 4 }), json!({ "Count": 1 })));
    assert_eq!(headline(&r, "New patients who booked online").0, json!({ "Count": 1 }));
    assert_eq!(headline(&r, "Hygiene reappointment").0, percent(1.0, 2.0));
    // Two of the eight appointments made for the week were booked online.
    assert_eq!(headline(&r, "Online booking share"), (percent(2.0, 8.0), percent(0.0, 2.0)));
    let lead_minutes: f64 = [
        ("2026-10-19 08:00", "2026-10-01 09:00"),
        ("2026-10-19 09:00", "2026-10-10 09:00"),
        ("2026-10-19 10:00", "2026-10-05 09:00"),
        ("2026-10-19 10:00", "2026-10-18 10:00"),
        ("2026-10-19 08:00", "2026-09-19 08:00"),
        ("2026-10-19 09:00", "2026-09-19 09:00"),
        ("2026-10-25 00:30", "2026-10-20 00:30"),
        ("2026-10-20 09:00", "2026-10-01 09:00"),
    ]
    .iter()
    .map(|(visit, booked)| {
        let at = |t: &str| chrono::NaiveDateTime::parse_from_str(t, "%Y-%m-%d %H:%M").unwrap();
        (at(visit) - at(booked)).num_minutes() as f64
    })
    .sum();
    let lead = headline(&r, "Lead time (days, booking to visit)").0["Days"].as_f64().unwrap();
    assert!((lead - lead_minutes / 8.0 / 1440.0).abs() < 1e-9, "{lead}");

    let dentist_and_hygienist = table(&r, "providers");
    assert_eq!(dentist_and_hygienist.len(), 2);
    // Dr Ada: 16 h available (7 on Monday, 9 on the long Sunday), 135 minutes booked.
    assert_eq!(
        dentist_and_hygienist[0][..6],
        ["Dr Ada", "16.0", "2.2", "14.1%", "4.7%", "6"].map(String::from)
    );
    assert_eq!(
        dentist_and_hygienist[1][..4],
        ["Hal Hygiene", "4.0", "1.0", "25.0%"].map(String::from)
    );
    assert_eq!(
        table(&r, "chairs"),
        [
            ["Chair 1", "16.0", "2.2", "14.1%", "4.7%"].map(String::from).to_vec(),
            ["Chair 2", "4.0", "1.0", "25.0%", "0.0%"].map(String::from).to_vec(),
        ]
    );
    assert_eq!(
        table(&r, "reasons"),
        [
            ["Other", "0", "1", "1", "0"].map(String::from).to_vec(),
            ["Patient unwell", "1", "0", "1", "1"].map(String::from).to_vec(),
        ]
    );
    let days = table(&r, "days");
    assert_eq!(days.len(), 7);
    assert_eq!(days[0][..4], ["2026-10-19", "11.0", "2.5", "22.7%"].map(String::from));
    // The day the clocks go back is nine hours long.
    assert_eq!(days[6][..4], ["2026-10-25", "9.0", "0.8", "8.3%"].map(String::from));
    let weekdays = table(&r, "weekdays");
    assert_eq!(
        weekdays.iter().map(|w| w[0].as_str()).collect::<Vec<_>>(),
        ["Monday", "Tuesday", "Sunday"]
    );
    // Each chart has a point per day.
    for series in r["series"].as_array().unwrap() {
        assert_eq!(series["points"].as_array().unwrap().len(), 7, "{}", series["title"]);
    }

    // Every day was computed afresh (all marked stale); built into the daily roll-ups, the
    // report is the same.
    let mut conn = pool.acquire().await.unwrap();
    // Six days have appointments (the fortnight's four, June's and April's).
    assert_eq!(rebuild_all(&mut conn).await.unwrap(), 6);
    assert_eq!(stale_days(&pool).await, 0);
    assert_eq!(report(&app, &admin, &[]).await, r);
}

async fn stale_days(pool: &PgPool) -> i64 {
    sqlx::query_scalar("SELECT count(*) FROM report_day_stale").fetch_one(pool).await.unwrap()
}

/// The kept roll-ups differ from a computation from scratch in this many rows.
async fn kept_unlike_computed(pool: &PgPool) -> i64 {
    sqlx::query_scalar(
        "WITH days AS (
             SELECT DISTINCT a.clinic_id, (lower(a.visit) AT TIME ZONE c.time_zone)::date AS day
             FROM appointment a JOIN clinic c ON c.id = a.clinic_id),
         computed AS (
             SELECT * FROM report_day_computed((SELECT array_agg(clinic_id) FROM days),
                                               (SELECT array_agg(day) FROM days))),
         differ AS ((SELECT * FROM report_day EXCEPT SELECT * FROM computed)
                    UNION ALL
                    (SELECT * FROM computed EXCEPT SELECT * FROM report_day))
         SELECT count(*) FROM differ",
    )
    .fetch_one(pool)
    .await
    .unwrap()
}

#[sqlx::test]
async fn the_daily_roll_ups_follow_every_change_and_equal_a_computation_from_scratch(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let admin = app.signed_in("admin@test.example", Role::Admin, "test-clinic").await;
    let week = build(&pool).await;
    let mut conn = pool.acquire().await.unwrap();
    rebuild_all(&mut conn).await.unwrap();
    assert_eq!(kept_unlike_computed(&pool).await, 0);
    let before = report(&app, &admin, &[]).await;

    // Changes through the app and behind it: a cancellation, a completed visit becoming the
    // patient's first (patient 1 gets an earlier one), a new provider kind, a new notice.
    let (status, body) = app
        .call_json(
            &admin,
            "appointments/set-status",
            &[
                ("id", &first_appointment_of(&pool, 2, "2026-10-19 09:00").await),
                ("version", "1"),
                ("status", "cancelled"),
                ("reason", "Rebooked by phone"),
            ],
        )
        .await;
    // A no-show is final: refused, nothing changes.
    assert_eq!(status, 409, "{body}");
    sqlx::query(
        "INSERT INTO appointment (clinic_id, patient_id, provider_id, chair_id,
             appointment_type_id, visit, blocked, status, created_at)
         SELECT a.clinic_id, a.patient_id, a.provider_id, a.chair_id, a.appointment_type_id,
                tstzrange('2026-10-12 13:00+00', '2026-10-12 13:30+00'),
                tstzrange('2026-10-12 12:55+00', '2026-10-12 13:40+00'), 'completed',
                '2026-10-01 09:00+00'
         FROM appointment a WHERE a.patient_id = (SELECT patient_id FROM appointment
                                                  WHERE lower(visit) = '2026-10-19 08:00+00'
                                                    AND provider_id = $1)
           AND lower(a.visit) = '2026-10-19 08:00+00'",
    )
    .bind(week.dentist)
    .execute(&pool)
    .await
    .unwrap();
    sqlx::query("UPDATE provider SET kind = 'hygienist' WHERE id = $1")
        .bind(week.dentist)
        .execute(&pool)
        .await
        .unwrap();
    assert!(stale_days(&pool).await > 0);
    // Before the rebuild the report already counts the changes (stale days are computed).
    let fresh = report(&app, &admin, &[]).await;
    assert_ne!(fresh, before);
    assert_eq!(headline(&fresh, "New patients").0, json!({ "Count": 3 }));
    rebuild_all(&mut conn).await.unwrap();
    assert_eq!(kept_unlike_computed(&pool).await, 0);
    assert_eq!(report(&app, &admin, &[]).await, fresh);

    sqlx::query("UPDATE clinic SET cancel_notice_hours = 1 WHERE slug = 'test-clinic'")
        .execute(&pool)
        .await
        .unwrap();
    let shorter = report(&app, &admin, &[]).await;
    // Cancelled four hours before: no longer late under one hour's notice.
    assert_eq!(headline(&shorter, "Late cancellations").0, json!({ "Count": 0 }));
    rebuild_all(&mut conn).await.unwrap();
    assert_eq!(kept_unlike_computed(&pool).await, 0);
    assert_eq!(report(&app, &admin, &[]).await, shorter);
}

/// The id of patient `patient`'s appointment starting at `starts` (UTC).
async fn first_appointment_of(pool: &PgPool, patient: i64, starts: &str) -> String {
    let id: i64 = sqlx::query_scalar(
        "SELECT a.id FROM appointment a JOIN patient p ON p.id = a.patient_id
         WHERE p.number = $1 AND lower(a.visit) = $2::timestamp AT TIME ZONE 'UTC'",
    )
    .bind(patient)
    .bind(starts)
    .fetch_one(pool)
    .await
    .unwrap();
    id.to_string()
}

#[sqlx::test]
async fn a_provider_s_report_counts_only_their_appointments_and_hours(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let admin = app.signed_in("admin@test.example", Role::Admin, "test-clinic").await;
    let week = build(&pool).await;
    let hygienist = week.hygienist.to_string();
    let r = report(&app, &admin, &[("provider_id", &hygienist)]).await;
    assert_eq!(headline(&r, "Utilization").0, percent(60.0, 240.0));
    assert_eq!(headline(&r, "Hygiene reappointment").0, percent(1.0, 2.0));
    assert_eq!(headline(&r, "New patients").0, json!({ "Count": 2 }));
    assert_eq!(table(&r, "providers").len(), 1);
    let dentist = week.dentist.to_string();
    let r = report(&app, &admin, &[("provider_id", &dentist)]).await;
    assert_eq!(headline(&r, "Hygiene reappointment").0, json!({ "Percent": null }));
    assert_eq!(headline(&r, "Late cancellations").0, json!({ "Count": 1 }));
}

#[sqlx::test]
async fn only_admins_see_reports_and_only_of_their_own_clinics(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let admin = app.signed_in("admin@test.example", Role::Admin, "test-clinic").await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let dentist = app.signed_in("dentist@test.example", Role::Dentist, "test-clinic").await;
    let elsewhere = app.signed_in("admin@other.example", Role::Admin, "other-clinic").await;
    let week = build(&pool).await;
    let form = [("clinic", "test-clinic"), ("preset", "last_month")];
    for client in [&desk, &dentist] {
        assert_eq!(app.call_json(client, "reports/practice", &form).await.0, 403);
    }
    assert_eq!(app.call_json(&elsewhere, "reports/practice", &form).await.0, 404);
    // Their own clinic, with another clinic's provider: not found either.
    let theirs = [("clinic", "other-clinic"), ("provider_id", &week.dentist.to_string()[..])];
    assert_eq!(app.call_json(&elsewhere, "reports/practice", &theirs).await.0, 404);
    // All of the admin's clinics: only their own.
    let (status, all) =
        app.call_json(&elsewhere, "reports/practice", &[("preset", "this_week")]).await;
    assert_eq!(status, 200, "{all}");
    assert_eq!(all["clinics"].as_array().unwrap().len(), 1);
    assert!(table(&all, "providers").is_empty());
    // A bad period is a field's message.
    let (status, body) = app
        .call_json(
            &admin,
            "reports/practice",
            &[("preset", "custom"), ("from", "2026-10-25"), ("to", "2026-10-19")],
        )
        .await;
    assert_eq!(status, 400);
    assert_eq!(body["Validation"]["fields"]["to"], "The last day comes before the first.");
    // Reading a report is audited.
    let viewed: i64 =
        sqlx::query_scalar("SELECT count(*) FROM audit_log WHERE action = 'report.viewed'")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(viewed, 1);
}

#[sqlx::test]
async fn a_table_downloads_as_csv_that_a_spreadsheet_will_not_run(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let admin = app.signed_in("admin@test.example", Role::Admin, "test-clinic").await;
    build(&pool).await;
    sqlx::query("UPDATE provider SET name = '=HYPERLINK(\"http://evil\")' WHERE kind = 'dentist'")
        .execute(&pool)
        .await
        .unwrap();
    let url = app.url(
        "/api/reports/export?clinic=test-clinic&preset=custom&from=2026-10-19&to=2026-10-25&table=providers",
    );
    let response = admin.get(url).send().await.unwrap();
    assert_eq!(response.status(), 200);
    let header = |name: &str| response.headers()[name].to_str().unwrap().to_string();
    assert_eq!(header("content-type"), "text/csv; charset=utf-8");
    assert_eq!(
        header("content-disposition"),
        "attachment; filename=\"test-clinic-providers-2026-10-19-2026-10-25.csv\""
    );
    let body = response.text().await.unwrap();
    let mut lines = body.lines();
    assert!(lines.next().unwrap().starts_with("Provider,Available hours,Booked hours,Utilization"));
    assert!(body.contains("\"'=HYPERLINK(\"\"http://evil\"\")\",16.00,2.25,14.06"), "{body}");
    let unknown = admin
        .get(app.url("/api/reports/export?clinic=test-clinic&table=patients"))
        .send()
        .await
        .unwrap();
    assert_eq!(unknown.status(), 400);
}

#[sqlx::test]
async fn the_page_shows_the_figures_charts_and_how_they_are_counted(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let admin = app.signed_in("admin@test.example", Role::Admin, "test-clinic").await;
    build(&pool).await;
    let html = admin
        .get(app.url("/reports?clinic=test-clinic&preset=custom&from=2026-10-19&to=2026-10-25"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    for expected in [
        // 195 of 1,200 minutes (16.25%, to one place as binary floating point has it).
        "16.2%",
        "Previous period: 3.8%",
        "role=\"img\"",
        "Utilization by day",
        "Utilization as a table",
        "/api/reports/export?clinic=test-clinic&amp;preset=custom&amp;from=2026-10-19&amp;to=2026-10-25&amp;table=providers",
        "How this is counted",
    ] {
        assert!(html.contains(expected), "{expected} in the page");
    }
}

#[sqlx::test]
async fn reports_read_from_the_replica_when_one_is_set(pool: PgPool) {
    // A replica that does not answer: the report fails, the calendar (the primary) does not.
    let app = spawn_app_with(
        pool.clone(),
        &[("DATABASE_REPLICA_URL", "postgres://postgres@127.0.0.1:9/none")],
    )
    .await;
    let admin = app.signed_in("admin@test.example", Role::Admin, "test-clinic").await;
    let (status, _) = app.call_json(&admin, "reports/practice", &[("clinic", "test-clinic")]).await;
    assert_eq!(status, 500);
    let (status, _) =
        app.call_json(&admin, "appointments/calendar", &[("clinic", "test-clinic")]).await;
    assert_eq!(status, 200);
}
