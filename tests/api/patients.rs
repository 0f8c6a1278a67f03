//! Patients through the server functions: search tolerance and ranking, phone normalisation,
//! duplicate detection, medical history kept on every change, clinic isolation, audit.

use chairside::domain::Role;
use serde_json::Value;
use sqlx::PgPool;

use crate::appointments::{booking, clinic, pairs};
use crate::helpers::{TestApp, spawn_app};

/// Creates a patient (duplicates confirmed) and answers its id.
pub async fn create(
    app: &TestApp,
    client: &reqwest::Client,
    clinic: &str,
    first: &str,
    last: &str,
    born: &str,
    mobile: &str,
) -> i64 {
    let (status, body) = app
        .call_json(
            client,
            "patients/create",
            &[
                ("clinic", clinic),
                ("form[first_name]", first),
                ("form[last_name]", last),
                ("form[date_of_birth]", born),
                ("form[mobile_phone]", mobile),
                ("form[preferred_contact]", "phone"),
                ("confirm_new", "on"),
            ],
        )
        .await;
    assert_eq!(status, 200, "{body}");
    body.as_i64().unwrap()
}

async fn search(app: &TestApp, client: &reqwest::Client, clinic: &str, q: &str) -> Vec<String> {
    let (status, body) =
        app.call_json(client, "patients/search", &[("clinic", clinic), ("q", q)]).await;
    assert_eq!(status, 200, "{body}");
    body["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["name"].as_str().unwrap().to_string())
        .collect()
}

async fn some_patients(app: &TestApp, desk: &reqwest::Client) {
    for (first, last, born, mobile) in [
        ("John", "Smith", "1985-03-07", "07700 900111"),
        ("Mary", "Smith", "1990-06-01", ""),
        ("Jonathan", "Smythe", "1979-12-24", ""),
        ("Anna", "Müller", "1970-05-05", "07700 900222"),
        ("Siân", "O'Neill-Jones", "2001-02-03", ""),
        ("Jon", "Snow", "1999-09-09", ""),
        ("Joanna", "Smithson", "1968-04-04", ""),
    ] {
        create(app, desk, "test-clinic", first, last, born, mobile).await;
    }
}

#[sqlx::test]
async fn names_are_found_despite_typos_accents_and_spelling(pool: PgPool) {
    let app = spawn_app(pool).await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    some_patients(&app, &desk).await;

    let found = search(&app, &desk, "test-clinic", "jon smyth").await;
    assert!(found.contains(&"Smith, John".to_string()), "{found:?}");
    assert!(found.contains(&"Smythe, Jonathan".to_string()), "{found:?}");
    assert!(!found.contains(&"Müller, Anna".to_string()), "{found:?}");
    assert_eq!(search(&app, &desk, "test-clinic", "muller").await, ["Müller, Anna"]);
    assert_eq!(search(&app, &desk, "test-clinic", "MÜLLER anna").await, ["Müller, Anna"]);
    assert_eq!(
        search(&app, &desk, "test-clinic", "sian oneill").await.first().map(String::as_str),
        Some("O'Neill-Jones, Siân")
    );
    // Exact words first, then prefixes, then the fuzzy rest.
    let smiths = search(&app, &desk, "test-clinic", "smith").await;
    assert_eq!(&smiths[..2], ["Smith, John", "Smith, Mary"], "{smiths:?}");
    assert!(
        smiths.iter().position(|n| n == "Smithson, Joanna")
            < smiths.iter().position(|n| n == "Smythe, Jonathan"),
        "{smiths:?}"
    );
    // As you type: the start of a name is enough.
    assert!(
        search(&app, &desk, "test-clinic", "smi").await.contains(&"Smithson, Joanna".to_string())
    );
}

#[sqlx::test]
async fn phones_dates_emails_and_numbers_find_the_patient(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    some_patients(&app, &desk).await;

    for typed in ["07700 900111", "+44 7700 900111", "0044-7700-900-111", "(07700) 900 111"] {
        assert_eq!(search(&app, &desk, "test-clinic", typed).await, ["Smith, John"], "{typed}");
    }
    let stored: String =
        sqlx::query_scalar("SELECT mobile_phone FROM patient WHERE last_name = 'Müller'")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(stored, "+447700900222");
    assert_eq!(search(&app, &desk, "test-clinic", "07/03/1985").await, ["Smith, John"]);
    assert_eq!(search(&app, &desk, "test-clinic", "1985-03-07").await, ["Smith, John"]);
    let (_, first) = app
        .call_json(&desk, "patients/search", &[("clinic", "test-clinic"), ("q", "P-000001")])
        .await;
    assert_eq!(first["searched_by"], "patient number");
    assert_eq!(first["results"][0]["number"], "P-000001");
    assert_eq!(first["results"][0]["phone"], "+44 7700 900 111");

    // Every search is audited with its query, not its results.
    let audited: Vec<Value> = sqlx::query_scalar(
        "SELECT details FROM audit_log WHERE action = 'patient.searched' ORDER BY id",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert!(audited.iter().any(|d| d["query"] == "07/03/1985" && d["by"] == "birth date"));
    assert!(audited.iter().all(|d| d.get("results").is_none()));
}

#[sqlx::test]
async fn a_likely_duplicate_is_shown_before_anything_is_created(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    create(&app, &desk, "test-clinic", "John", "Smith", "1985-03-07", "07700 900111").await;
    let form = |first: &'static str, born: &'static str, mobile: &'static str| {
        vec![
            ("clinic", "test-clinic"),
            ("form[first_name]", first),
            ("form[last_name]", "Smyth"),
            ("form[date_of_birth]", born),
            ("form[mobile_phone]", mobile),
            ("form[preferred_contact]", "phone"),
        ]
    };
    // Same birth date, a name that sounds the same.
    let (status, body) =
        app.call_json(&desk, "patients/create", &form("Jon", "07/03/1985", "")).await;
    assert_eq!(status, 400, "{body}");
    let message = body["Validation"]["fields"]["confirm_new"].as_str().unwrap();
    assert!(message.contains("John Smith (P-000001"), "{message}");
    assert_eq!(body["Validation"]["input"]["first_name"], "Jon");
    // Showing an existing patient's name is a read of their record: audited.
    let shown: Value = sqlx::query_scalar(
        "SELECT details FROM audit_log WHERE action = 'patient.possible_duplicates_shown'",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(shown["patient_ids"].as_array().unwrap().len(), 1);
    // Same phone, another birth date.
    let (status, _) = app
        .call_json(&desk, "patients/create", &form("Jane", "01/01/2000", "+44 7700 900111"))
        .await;
    assert_eq!(status, 400);
    // Not a duplicate: created.
    let (status, _) =
        app.call_json(&desk, "patients/create", &form("Jane", "01/01/2000", "")).await;
    assert_eq!(status, 200);
    // Confirmed: created.
    let mut confirmed = form("Jon", "07/03/1985", "");
    confirmed.push(("confirm_new", "on"));
    let (status, _) = app.call_json(&desk, "patients/create", &confirmed).await;
    assert_eq!(status, 200);
    let count: i64 =
        sqlx::query_scalar("SELECT count(*) FROM patient").fetch_one(&pool).await.unwrap();
    assert_eq!(count, 3);
}

#[sqlx::test]
async fn every_medical_change_is_kept_with_who_made_it(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let dentist = app.signed_in("dentist@test.example", Role::Dentist, "test-clinic").await;
    let id = create(&app, &desk, "test-clinic", "Ann", "Lee", "1990-01-01", "").await.to_string();

    let (status, body) = app
        .call_json(
            &desk,
            "patients/medical/save",
            &[
                ("patient_id", &id),
                ("form[kind]", "allergy"),
                ("form[label]", "Penicillin"),
                ("form[severity]", "moderate"),
            ],
        )
        .await;
    assert_eq!(status, 200, "{body}");
    let item: i64 =
        sqlx::query_scalar("SELECT id FROM medical_item").fetch_one(&pool).await.unwrap();
    let item = item.to_string();
    let (status, _) = app
        .call_json(
            &dentist,
            "patients/medical/save",
            &[
                ("patient_id", &id),
                ("item_id", &item),
                ("form[kind]", "allergy"),
                ("form[label]", "Penicillin"),
                ("form[severity]", "severe"),
                ("form[details]", "Anaphylaxis in 2019"),
            ],
        )
        .await;
    assert_eq!(status, 200);
    let (status, _) = app
        .call_json(
            &dentist,
            "patients/medical/set-active",
            &[("patient_id", &id), ("item_id", &item), ("active", "false")],
        )
        .await;
    assert_eq!(status, 200);

    let (_, record) = app.call_json(&desk, "patients/get", &[("id", &id)]).await;
    let changes: Vec<(String, String)> = record["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["change"].as_str().unwrap().to_string(), c["by"].as_str().unwrap().to_string()))
        .collect();
    assert_eq!(
        changes,
        [
            ("resolved".into(), "Test Person".into()),
            ("changed".into(), "Test Person".into()),
            ("added".into(), "Test Person".into())
        ]
    );
    assert_eq!(record["changes"][1]["before"], "Allergy: Penicillin (moderate)");
    assert_eq!(record["medical"][0]["active"], false);
    // The history cannot be rewritten, even by hand.
    assert!(sqlx::query("DELETE FROM medical_item_change").execute(&pool).await.is_err());
    assert!(
        sqlx::query("UPDATE medical_item_change SET change = 'added'")
            .execute(&pool)
            .await
            .is_err()
    );
    // And opening the record was audited.
    let viewed: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM audit_log WHERE action = 'patient.viewed' AND patient_id = $1",
    )
    .bind(id.parse::<i64>().unwrap())
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(viewed, 1);
}

#[sqlx::test]
async fn another_clinics_patients_are_never_found_or_shown(pool: PgPool) {
    let app = spawn_app(pool).await;
    let north = app.signed_in("desk@north.example", Role::Receptionist, "north").await;
    let south = app.signed_in("desk@south.example", Role::Receptionist, "south").await;
    let southerner =
        create(&app, &south, "south", "Sam", "Southern", "1980-01-01", "07700 900333").await;

    assert!(search(&app, &north, "north", "southern").await.is_empty());
    assert!(search(&app, &north, "north", "07700 900333").await.is_empty());
    let (status, _) =
        app.call_json(&north, "patients/search", &[("clinic", "south"), ("q", "southern")]).await;
    assert_eq!(status, 404);
    let id = southerner.to_string();
    let (status, _) = app.call_json(&north, "patients/get", &[("id", &id)]).await;
    assert_eq!(status, 404);
    let (status, _) =
        app.call_json(&north, "patients/set-archived", &[("id", &id), ("archived", "true")]).await;
    assert_eq!(status, 404);
    let (status, _) = app
        .call_json(
            &north,
            "patients/medical/save",
            &[("patient_id", &id), ("form[kind]", "alert"), ("form[label]", "x")],
        )
        .await;
    assert_eq!(status, 404);
}

#[sqlx::test]
async fn an_edit_made_from_a_stale_copy_is_refused_and_archiving_hides_the_patient(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let id = create(&app, &desk, "test-clinic", "Ann", "Lee", "1990-01-01", "").await.to_string();
    let edit = |version: &'static str, last: &'static str| {
        let (app, desk, id) = (&app, &desk, id.clone());
        async move {
            app.call_json(
                desk,
                "patients/update",
                &[
                    ("id", &id),
                    ("version", version),
                    ("form[first_name]", "Ann"),
                    ("form[last_name]", last),
                    ("form[date_of_birth]", "01/01/1990"),
                    ("form[preferred_contact]", "phone"),
                ],
            )
            .await
        }
    };
    assert_eq!(edit("1", "Leigh").await.0, 200);
    let (status, body) = edit("1", "Lea").await;
    assert_eq!(status, 400);
    assert!(
        body["Validation"]["fields"]["version"].as_str().unwrap().contains("changed this record")
    );
    assert_eq!(body["Validation"]["input"]["last_name"], "Lea");
    let audited: Value =
        sqlx::query_scalar("SELECT details FROM audit_log WHERE action = 'patient.updated'")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(audited["before"]["last_name"], "Lee");
    assert_eq!(audited["after"]["last_name"], "Leigh");

    assert_eq!(
        app.call_json(&desk, "patients/set-archived", &[("id", &id), ("archived", "true")]).await.0,
        200
    );
    assert!(search(&app, &desk, "test-clinic", "leigh").await.is_empty());
    let (_, with_archived) = app
        .call_json(
            &desk,
            "patients/search",
            &[("clinic", "test-clinic"), ("q", "leigh"), ("archived", "true")],
        )
        .await;
    assert_eq!(with_archived["results"][0]["archived"], true);
    // Patients are archived, never deleted.
    assert!(sqlx::query("DELETE FROM patient").execute(&pool).await.is_err());
}

#[sqlx::test]
async fn a_dentist_reads_records_but_does_not_change_demographics(pool: PgPool) {
    let app = spawn_app(pool).await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let dentist = app.signed_in("dentist@test.example", Role::Dentist, "test-clinic").await;
    let id = create(&app, &desk, "test-clinic", "Ann", "Lee", "1990-01-01", "").await.to_string();
    let (status, record) = app.call_json(&dentist, "patients/get", &[("id", &id)]).await;
    assert_eq!(status, 200);
    assert_eq!(record["can_edit_details"], false);
    assert_eq!(record["can_edit_medical"], true);
    let (status, _) = app
        .call_json(&dentist, "patients/set-archived", &[("id", &id), ("archived", "true")])
        .await;
    assert_eq!(status, 403);
}

#[sqlx::test]
async fn a_merge_keeps_the_chosen_fields_moves_the_history_and_is_audited(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let admin = app.signed_in("admin@test.example", Role::Admin, "test-clinic").await;
    let keep =
        create(&app, &desk, "test-clinic", "John", "Smith", "1985-03-07", "").await.to_string();
    let other = create(&app, &desk, "test-clinic", "Jon", "Smith", "1985-03-07", "07700 900111")
        .await
        .to_string();
    let (status, _) = app
        .call_json(
            &desk,
            "patients/medical/save",
            &[
                ("patient_id", &other),
                ("form[kind]", "alert"),
                ("form[label]", "Premedication required"),
            ],
        )
        .await;
    assert_eq!(status, 200);

    // The front desk cannot merge; an admin must confirm.
    let merge = |confirm: bool| {
        let mut form = vec![
            ("survivor", keep.clone()),
            ("merged", other.clone()),
            ("take[mobile_phone]", "merged".to_string()),
            ("take[first_name]", "survivor".to_string()),
        ];
        if confirm {
            form.push(("confirm", "on".to_string()));
        }
        form
    };
    let send = |client: &reqwest::Client, form: Vec<(&'static str, String)>| {
        let (app, client) = (&app, client.clone());
        async move {
            let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
            app.call_json(&client, "patients/merge", &pairs).await
        }
    };
    assert_eq!(send(&desk, merge(true)).await.0, 403);
    assert_eq!(send(&admin, merge(false)).await.0, 400);
    let (status, body) = send(&admin, merge(true)).await;
    assert_eq!(status, 200, "{body}");

    let (_, survivor) = app.call_json(&admin, "patients/get", &[("id", &keep)]).await;
    assert_eq!(survivor["first_name"], "John");
    assert_eq!(survivor["mobile_phone"], "+44 7700 900 111");
    assert_eq!(survivor["medical"][0]["label"], "Premedication required");
    assert_eq!(survivor["changes"][0]["change"], "moved");
    let (_, merged) = app.call_json(&admin, "patients/get", &[("id", &other)]).await;
    assert_eq!(merged["archived"], true);
    assert_eq!(merged["merged_into"], keep.parse::<i64>().unwrap());
    let audited: Value =
        sqlx::query_scalar("SELECT details FROM audit_log WHERE action = 'patient.merged'")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(audited["fields_taken_from_merged"], serde_json::json!(["mobile_phone"]));
    assert_eq!(audited["moved"]["medical_items"].as_array().unwrap().len(), 1);
    assert_eq!(audited["merged"]["before"]["first_name"], "Jon");
    // Merged once; not again.
    assert_eq!(send(&admin, merge(true)).await.0, 409);
}

#[sqlx::test]
async fn a_merge_moves_the_appointments_and_series_and_refuses_overlapping_ones(pool: PgPool) {
    let app = spawn_app(pool.clone()).await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let admin = app.signed_in("admin@test.example", Role::Admin, "test-clinic").await;
    let (providers, patients, _, kind) = clinic(&pool, 2, 2, false).await;
    let (keep, other) = (patients[0], patients[1]);
    // The same person booked twice, on two records, with two providers at overlapping times.
    let book = |patient: i64, provider: i64, at: &'static str| {
        let (app, desk) = (&app, &desk);
        async move {
            let form = booking(patient, provider, None, kind, at);
            let (status, id) = app.call_json(desk, "appointments/book", &pairs(&form)).await;
            assert_eq!(status, 200, "{id}");
            id.as_i64().unwrap()
        }
    };
    book(keep, providers[0], "2030-01-07T10:00").await;
    let clashing = book(other, providers[1], "2030-01-07T10:15").await;
    let (other_id, kind_id, provider_id) =
        (other.to_string(), kind.to_string(), providers[1].to_string());
    let series = [
        ("form[patient_id]", other_id.as_str()),
        ("form[appointment_type_id]", kind_id.as_str()),
        ("form[provider_id]", provider_id.as_str()),
        ("form[starts_at]", "2030-01-14T10:00"),
        ("form[every]", "1"),
        ("form[unit]", "weeks"),
        ("form[occurrences]", "2"),
    ];
    let (status, body) = app.call_json(&desk, "appointments/series/book", &series).await;
    assert_eq!(status, 200, "{body}");

    let keep_id = keep.to_string();
    let merge = [("survivor", keep_id.as_str()), ("merged", other_id.as_str()), ("confirm", "on")];
    let (status, body) = app.call_json(&admin, "patients/merge", &merge).await;
    assert_eq!(status, 409, "{body}");
    assert_eq!(
        body["Conflict"],
        "These records have appointments at overlapping times: Mon 7 Jan 2030 at 10:00 \
         (P-000001) and Mon 7 Jan 2030 at 10:15 (P-000002). One person cannot attend both: \
         cancel or move one of each pair, then merge."
    );
    let archived: bool =
        sqlx::query_scalar("SELECT archived_at IS NOT NULL FROM patient WHERE id = $1")
            .bind(other)
            .fetch_one(&pool)
            .await
            .unwrap();
    assert!(!archived, "a refused merge changes nothing");

    // Once one of the two is cancelled, the merge goes ahead and takes everything along.
    let cancel = [
        ("id", &clashing.to_string()[..]),
        ("version", "1"),
        ("status", "cancelled"),
        ("reason", "Booked twice"),
    ];
    assert_eq!(app.call_json(&desk, "appointments/set-status", &cancel).await.0, 200);
    let (status, body) = app.call_json(&admin, "patients/merge", &merge).await;
    assert_eq!(status, 200, "{body}");
    let owners: Vec<i64> = sqlx::query_scalar(
        "SELECT patient_id FROM appointment UNION ALL SELECT patient_id FROM appointment_series",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(owners, [keep; 5], "four appointments and the series");
    let audited: Value =
        sqlx::query_scalar("SELECT details FROM audit_log WHERE action = 'patient.merged'")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(audited["moved"]["appointments"].as_array().unwrap().len(), 3);
    assert_eq!(audited["moved"]["series"].as_array().unwrap().len(), 1);
    // One person now: their own appointments clash.
    let form = booking(keep, providers[0], None, kind, "2030-01-14T10:00");
    let (status, body) = app.call_json(&desk, "appointments/book", &pairs(&form)).await;
    assert_eq!(status, 409, "{body}");
    assert_eq!(body["Conflict"], "The patient already has an appointment at Mon 14 Jan at 10:00.");
}

#[sqlx::test]
async fn records_of_two_clinics_are_never_merged(pool: PgPool) {
    let app = spawn_app(pool).await;
    app.add_staff_in("admin@both.example", Role::Admin, "north").await;
    let admin = app.signed_in("admin@both.example", Role::Admin, "south").await;
    let north = create(&app, &admin, "north", "Ann", "Lee", "1990-01-01", "").await.to_string();
    let south = create(&app, &admin, "south", "Ann", "Lee", "1990-01-01", "").await.to_string();
    let (status, _) = app
        .call_json(
            &admin,
            "patients/merge",
            &[("survivor", &north), ("merged", &south), ("confirm", "on")],
        )
        .await;
    assert_eq!(status, 404);
}
