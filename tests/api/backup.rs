//! `chairside backup` and `chairside restore` on the demo data with a document: the round trip
//! into an empty database and store gives the same rows, the same document bytes and an
//! intact audit chain; a damaged or incomplete backup, or a database that is not empty, is
//! refused with nothing restored.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use chairside::domain::Role;
use chairside::server::demo;
use reqwest::multipart::{Form, Part};
use sqlx::{Connection, PgConnection, PgPool};

use crate::cli::database_url;
use crate::helpers::spawn_app_with;

fn temporary(name: &str) -> PathBuf {
    std::env::temp_dir().join(format!("chairside-{name}-{}", uuid::Uuid::new_v4()))
}

fn folder_url(path: &Path) -> String {
    std::fs::create_dir_all(path).unwrap();
    url::Url::from_directory_path(path).unwrap().to_string()
}

fn chairside(args: &[&str], database: &str, store: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_chairside"))
        .args(args)
        .env("DATABASE_URL", database)
        .env("DOCUMENT_STORE", folder_url(store))
        .env("APP_ENV", "development")
        .output()
        .unwrap()
}

/// A new empty database beside the test's; answers its URL.
async fn empty_database(maintenance: &mut PgConnection) -> (String, String) {
    let name = format!("chairside_restore_{}", uuid::Uuid::new_v4().simple());
    sqlx::query(&format!("CREATE DATABASE {name}")).execute(&mut *maintenance).await.unwrap();
    let mut url = url::Url::parse(&std::env::var("DATABASE_URL").unwrap()).unwrap();
    url.set_path(&format!("/{name}"));
    (name, url.to_string())
}

async fn counts(url: &str) -> Vec<i64> {
    let mut conn = PgConnection::connect(url).await.unwrap();
    let counts = sqlx::query_as::<_, (i64, i64, i64, i64, i64)>(
        "SELECT (SELECT count(*) FROM patient), (SELECT count(*) FROM appointment),
                (SELECT count(*) FROM staff), (SELECT count(*) FROM audit_log),
                (SELECT count(*) FROM patient_document)",
    )
    .fetch_one(&mut conn)
    .await
    .unwrap();
    conn.close().await.unwrap();
    vec![counts.0, counts.1, counts.2, counts.3, counts.4]
}

fn text(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

#[sqlx::test]
async fn the_demo_data_with_a_document_survives_a_backup_and_restore(pool: PgPool) {
    demo::load(&pool).await.unwrap();
    let (store_a, store_b, store_c) =
        (temporary("store-a"), temporary("store-b"), temporary("store-c"));
    let app = spawn_app_with(pool.clone(), &[("DOCUMENT_STORE", &folder_url(&store_a))]).await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "london").await;
    let patient: i64 = sqlx::query_scalar(
        "SELECT p.id FROM patient p JOIN clinic c ON c.id = p.clinic_id WHERE c.slug = 'london' ORDER BY p.id LIMIT 1",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    let mut png = Vec::new();
    image::RgbImage::from_pixel(500, 300, image::Rgb([1, 2, 3]))
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .unwrap();
    let form = Form::new()
        .text("category", "xray")
        .part("file", Part::bytes(png.clone()).file_name("scan.png"));
    let uploaded = desk
        .post(app.url(&format!("/patients/{patient}/documents")))
        .header("accept", "application/json")
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(uploaded.status(), 201);

    let source = database_url(&pool);
    let backup = temporary("backup");
    let made = chairside(&["backup", "--to", backup.to_str().unwrap()], &source, &store_a);
    assert!(made.status.success(), "{}", text(&made));
    assert!(backup.join("manifest.json").exists() && backup.join("database.dump").exists());
    let again = chairside(&["backup", "--to", backup.to_str().unwrap()], &source, &store_a);
    assert!(String::from_utf8_lossy(&again.stderr).contains("not empty"), "{}", text(&again));

    let mut maintenance =
        PgConnection::connect(&std::env::var("DATABASE_URL").unwrap()).await.unwrap();
    let (name_b, target) = empty_database(&mut maintenance).await;
    let restored = chairside(&["restore", "--from", backup.to_str().unwrap()], &target, &store_b);
    assert!(restored.status.success(), "{}", text(&restored));
    assert!(
        String::from_utf8_lossy(&restored.stdout).contains("audit log intact"),
        "{}",
        text(&restored)
    );
    assert_eq!(counts(&target).await, counts(&source).await);
    // The same files, byte for byte, under the same names.
    let files = |root: &Path| -> Vec<(String, Vec<u8>)> {
        let mut found = Vec::new();
        for clinic in std::fs::read_dir(root).unwrap() {
            let clinic = clinic.unwrap().path();
            for file in std::fs::read_dir(&clinic).unwrap() {
                let file = file.unwrap().path();
                found.push((
                    file.strip_prefix(root).unwrap().display().to_string(),
                    std::fs::read(&file).unwrap(),
                ));
            }
        }
        found.sort();
        found
    };
    assert_eq!(files(&store_b), files(&store_a));
    assert_eq!(files(&store_b).len(), 2, "the scan and its thumbnail");

    // Into a database that is not empty: refused.
    let refused =
        chairside(&["restore", "--from", backup.to_str().unwrap()], &target, &temporary("store-d"));
    assert!(
        String::from_utf8_lossy(&refused.stderr).contains("database is not empty"),
        "{}",
        text(&refused)
    );

    // A damaged dump and a missing document: refused before anything is restored.
    let (name_c, empty) = empty_database(&mut maintenance).await;
    let dump = backup.join("database.dump");
    let mut bytes = std::fs::read(&dump).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0xFF;
    std::fs::write(&dump, &bytes).unwrap();
    let damaged = chairside(&["restore", "--from", backup.to_str().unwrap()], &empty, &store_c);
    assert!(
        String::from_utf8_lossy(&damaged.stderr).contains("damaged: database.dump"),
        "{}",
        text(&damaged)
    );
    bytes[middle] ^= 0xFF;
    std::fs::write(&dump, &bytes).unwrap();
    let document =
        std::fs::read_dir(backup.join("documents")).unwrap().next().unwrap().unwrap().path();
    let first = std::fs::read_dir(&document).unwrap().next().unwrap().unwrap().path();
    std::fs::remove_file(&first).unwrap();
    let incomplete = chairside(&["restore", "--from", backup.to_str().unwrap()], &empty, &store_c);
    assert!(
        String::from_utf8_lossy(&incomplete.stderr).contains("incomplete"),
        "{}",
        text(&incomplete)
    );
    let tables: i64 = {
        let mut conn = PgConnection::connect(&empty).await.unwrap();
        sqlx::query_scalar(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'",
        )
        .fetch_one(&mut conn)
        .await
        .unwrap()
    };
    assert_eq!(tables, 0, "nothing restored from a refused backup");

    for name in [name_b, name_c] {
        sqlx::query(&format!("DROP DATABASE {name} WITH (FORCE)"))
            .execute(&mut maintenance)
            .await
            .unwrap();
    }
    for folder in [backup, store_a, store_b, store_c] {
        let _ = std::fs::remove_dir_all(folder);
    }
}
