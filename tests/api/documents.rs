//! Patients' documents over HTTP, against a document store in a folder of the test's own: an
//! upload of each kind (JPEG and PNG made here, a PDF, a DICOM file), stored by content with a
//! thumbnail for images and the DICOM file's tags and preview; a renamed executable and an oversize file refused with nothing
//! stored; downloads as attachments of the right type (inline only when asked, sandboxed),
//! each audited; another clinic's document and patient out of reach; archiving.

use std::io::Cursor;
use std::path::PathBuf;

use chairside::domain::Role;
use reqwest::multipart::{Form, Part};
use serde_json::Value;
use sha2::{Digest, Sha256};
use sqlx::PgPool;

use crate::helpers::{TestApp, spawn_app_with};

/// A store folder of the test's own, removed when the test ends.
struct Folder(PathBuf);

impl Folder {
    fn new() -> Folder {
        let path =
            std::env::temp_dir().join(format!("chairside-documents-{}", uuid::Uuid::new_v4()));
        std::fs::create_dir_all(&path).unwrap();
        Folder(path)
    }

    fn url(&self) -> String {
        url::Url::from_directory_path(&self.0).unwrap().to_string()
    }

    /// Every file stored, as paths under the folder.
    fn files(&self) -> Vec<String> {
        let mut found = Vec::new();
        let mut stack = vec![self.0.clone()];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                } else {
                    found.push(path.strip_prefix(&self.0).unwrap().to_string_lossy().to_string());
                }
            }
        }
        found.sort();
        found
    }
}

impl Drop for Folder {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

async fn app_with_store(pool: &PgPool, folder: &Folder, max_mb: &str) -> TestApp {
    spawn_app_with(pool.clone(), &[("DOCUMENT_STORE", &folder.url()), ("DOCUMENT_MAX_MB", max_mb)])
        .await
}

pub async fn patient_of(app: &TestApp, clinic: &str, number: i32) -> i64 {
    sqlx::query_scalar(
        "INSERT INTO patient (clinic_id, number, first_name, last_name, date_of_birth)
         SELECT id, $2, 'Dora', 'Document', '1980-01-01' FROM clinic WHERE slug = $1 RETURNING id",
    )
    .bind(clinic)
    .bind(number)
    .fetch_one(&app.pool)
    .await
    .unwrap()
}

pub fn png(width: u32, height: u32) -> Vec<u8> {
    let mut bytes = Vec::new();
    image::RgbImage::from_pixel(width, height, image::Rgb([10, 120, 200]))
        .write_to(&mut Cursor::new(&mut bytes), image::ImageFormat::Png)
        .unwrap();
    bytes
}

fn jpeg() -> Vec<u8> {
    let mut bytes = Vec::new();
    image::RgbImage::from_pixel(640, 480, image::Rgb([240, 240, 240]))
        .write_to(&mut Cursor::new(&mut bytes), image::ImageFormat::Jpeg)
        .unwrap();
    bytes
}

/// A small DICOM Part 10 file (an intra-oral x-ray of 64 × 48 grey pixels), laid out as the
/// standard says, by the app's own writer of samples.
fn dicom() -> Vec<u8> {
    chairside::documents::dicom::sample("20261130", "IO", 64, 48)
}

const PDF: &[u8] =
    b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

/// Uploads `bytes` as `name` for `patient`; answers the status and the body (JSON when asked).
pub async fn upload(
    app: &TestApp,
    client: &reqwest::Client,
    patient: i64,
    name: &str,
    bytes: Vec<u8>,
    json: bool,
) -> (u16, Option<String>, Value) {
    let form = Form::new()
        .text("category", "xray")
        .text("taken_on", "2026-11-30")
        .text("note", "bitewing, left")
        .part(
            "file",
            Part::bytes(bytes).file_name(name.to_string()).mime_str("image/jpeg").unwrap(),
        );
    let mut request =
        client.post(app.url(&format!("/patients/{patient}/documents"))).multipart(form);
    if json {
        request = request.header("accept", "application/json");
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    let location = response.headers().get("location").map(|v| v.to_str().unwrap().to_string());
    let text = response.text().await.unwrap();
    (status, location, serde_json::from_str(&text).unwrap_or(Value::String(text)))
}

#[sqlx::test]
async fn each_kind_is_stored_by_its_content_with_a_thumbnail_for_images(pool: PgPool) {
    let folder = Folder::new();
    let app = app_with_store(&pool, &folder, "50").await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let patient = patient_of(&app, "test-clinic", 900).await;
    let clinic: i64 = sqlx::query_scalar("SELECT id FROM clinic WHERE slug = 'test-clinic'")
        .fetch_one(&pool)
        .await
        .unwrap();
    let files = [
        ("scan.png", png(800, 400), "png", true),
        ("photo.jpg", jpeg(), "jpeg", true),
        ("referral.pdf", PDF.to_vec(), "pdf", false),
        ("bitewing.dcm", dicom(), "dicom", true),
    ];
    for (name, bytes, kind, thumbnail) in files {
        let hash: String = Sha256::digest(&bytes).iter().map(|b| format!("{b:02x}")).collect();
        let (status, _, answer) = upload(&app, &desk, patient, name, bytes.clone(), true).await;
        assert_eq!(status, 201, "{name}: {answer}");
        let id = answer["id"].as_i64().unwrap();
        let (stored_kind, size, has_thumbnail, file_name): (String, i64, bool, String) = sqlx::query_as(
            "SELECT kind, size_bytes, has_thumbnail, file_name FROM patient_document WHERE id = $1",
        )
        .bind(id)
        .fetch_one(&pool)
        .await
        .unwrap();
        assert_eq!(
            (stored_kind.as_str(), size, has_thumbnail, file_name.as_str()),
            (kind, bytes.len() as i64, thumbnail, name)
        );
        let stored = std::fs::read(folder.0.join(format!("clinic-{clinic}/{hash}"))).unwrap();
        assert_eq!(stored, bytes, "{name} is stored as sent, under its hash");
        assert_eq!(
            folder.0.join(format!("clinic-{clinic}/{hash}.thumbnail.png")).exists(),
            thumbnail
        );
    }
    let details: Value =
        sqlx::query_scalar("SELECT details FROM patient_document WHERE kind = 'png'")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(details, serde_json::json!({ "width": 800, "height": 400 }));
    // The patient page lists them, newest first.
    let (_, record) = app.call_json(&desk, "patients/get", &[("id", &patient.to_string())]).await;
    let listed: Vec<&str> = record["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["file_name"].as_str().unwrap())
        .collect();
    assert_eq!(listed, ["bitewing.dcm", "referral.pdf", "photo.jpg", "scan.png"]);
    assert_eq!(record["documents"][3]["details"], "800 × 400");
    // The DICOM file's tags, read from it, and a preview of its pixels.
    assert_eq!(record["documents"][0]["details"], "study 2026-11-30 · modality IO · 64 × 48");
}

#[sqlx::test]
async fn a_renamed_executable_and_an_oversize_file_are_refused_with_nothing_stored(pool: PgPool) {
    let folder = Folder::new();
    let app = app_with_store(&pool, &folder, "1").await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let patient = patient_of(&app, "test-clinic", 900).await;

    let mut executable = b"MZ\x90\x00\x03\x00\x00\x00".to_vec();
    executable.resize(4096, 0);
    let (status, _, answer) =
        upload(&app, &desk, patient, "x-ray.jpg", executable.clone(), true).await;
    assert_eq!(status, 415, "{answer}");
    assert!(answer["error"].as_str().unwrap().contains("judged by its content"), "{answer}");
    // Without JavaScript: back to the patient page, which names the refusal.
    let (status, location, _) = upload(&app, &desk, patient, "x-ray.jpg", executable, false).await;
    assert_eq!(status, 303);
    assert_eq!(
        location.as_deref(),
        Some(format!("/patients/{patient}?upload=not-accepted#documents").as_str())
    );

    // Past DOCUMENT_MAX_MB (1 here): refused while it arrives.
    let mut large = png(16, 16);
    large.resize(1_600_000, 0);
    let (status, _, answer) = upload(&app, &desk, patient, "large.png", large, true).await;
    assert_eq!(status, 413, "{answer}");

    assert!(folder.files().is_empty(), "nothing stored: {:?}", folder.files());
    let rows: i64 =
        sqlx::query_scalar("SELECT count(*) FROM patient_document").fetch_one(&pool).await.unwrap();
    assert_eq!(rows, 0);
    let leftovers = std::fs::read_dir(std::env::temp_dir())
        .unwrap()
        .filter(|e| {
            e.as_ref().unwrap().file_name().to_string_lossy().starts_with("chairside-upload-")
        })
        .count();
    // Other tests may be uploading at this moment; none of this test's temporary files stays.
    assert!(leftovers <= 4, "{leftovers} temporary uploads left behind");
}

#[sqlx::test]
async fn downloads_are_attachments_of_their_type_shown_inline_only_sandboxed_and_audited(
    pool: PgPool,
) {
    let folder = Folder::new();
    let app = app_with_store(&pool, &folder, "50").await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let patient = patient_of(&app, "test-clinic", 900).await;
    let bytes = png(300, 200);
    let (_, _, answer) = upload(&app, &desk, patient, "Röntgen 36.png", bytes.clone(), true).await;
    let id = answer["id"].as_i64().unwrap();

    let response = desk.get(app.url(&format!("/documents/{id}"))).send().await.unwrap();
    assert_eq!(response.status(), 200);
    let headers = response.headers().clone();
    assert_eq!(headers["content-type"], "image/png");
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert_eq!(
        headers["content-disposition"],
        "attachment; filename=\"R_ntgen 36.png\"; filename*=UTF-8''R%C3%B6ntgen%2036.png"
    );
    assert_eq!(response.bytes().await.unwrap().to_vec(), bytes);

    let response = desk.get(app.url(&format!("/documents/{id}?inline=1"))).send().await.unwrap();
    assert!(response.headers()["content-disposition"].to_str().unwrap().starts_with("inline;"));
    assert!(
        response.headers()["content-security-policy"].to_str().unwrap().starts_with("sandbox;")
    );
    let thumbnail = desk.get(app.url(&format!("/documents/{id}/thumbnail"))).send().await.unwrap();
    assert_eq!(thumbnail.headers()["content-type"], "image/png");
    let small = image::load_from_memory(&thumbnail.bytes().await.unwrap()).unwrap();
    assert_eq!(
        (small.width(), small.height()),
        (300, 200),
        "smaller than a thumbnail's side: kept"
    );

    let actions: Vec<String> = sqlx::query_scalar(
        "SELECT action FROM audit_log WHERE object_type = 'patient_document' ORDER BY id",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(
        actions,
        [
            "patient_document.uploaded",
            "patient_document.downloaded",
            "patient_document.viewed",
            "patient_document.viewed"
        ]
    );

    // Archived, not deleted; and back.
    let (status, _) = app
        .call_json(&desk, "documents/archive", &[("id", &id.to_string()), ("archived", "true")])
        .await;
    assert_eq!(status, 200);
    let (_, record) = app.call_json(&desk, "patients/get", &[("id", &patient.to_string())]).await;
    assert_eq!(record["documents"][0]["archived"], true);
    let deleted = sqlx::query("DELETE FROM patient_document").execute(&pool).await.unwrap_err();
    assert!(deleted.to_string().contains("never deleted"), "{deleted}");
}

#[sqlx::test]
async fn another_clinic_s_documents_and_patients_are_out_of_reach(pool: PgPool) {
    let folder = Folder::new();
    let app = app_with_store(&pool, &folder, "50").await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let patient = patient_of(&app, "test-clinic", 900).await;
    let (_, _, answer) = upload(&app, &desk, patient, "scan.png", png(40, 40), true).await;
    let id = answer["id"].as_i64().unwrap();

    let other = app.signed_in("desk@other.example", Role::Receptionist, "other-clinic").await;
    for path in [
        format!("/documents/{id}"),
        format!("/documents/{id}?inline=1"),
        format!("/documents/{id}/thumbnail"),
    ] {
        let response = other.get(app.url(&path)).send().await.unwrap();
        assert_eq!(response.status(), 404, "{path}");
    }
    let (status, _, _) = upload(&app, &other, patient, "mine.png", png(40, 40), true).await;
    assert_eq!(status, 404);
    let (status, _) = app
        .call_json(&other, "documents/archive", &[("id", &id.to_string()), ("archived", "true")])
        .await;
    assert_eq!(status, 404);
    // Nobody signed in: nothing.
    let response = app.client.get(app.url(&format!("/documents/{id}"))).send().await.unwrap();
    assert_eq!(response.status(), 401);
    let rows: i64 =
        sqlx::query_scalar("SELECT count(*) FROM patient_document").fetch_one(&pool).await.unwrap();
    assert_eq!((rows, folder.files().len()), (1, 2), "the first upload and its thumbnail only");
}

#[sqlx::test]
async fn an_admin_purges_an_archived_document_and_its_file_once_no_other_document_is_it(
    pool: PgPool,
) {
    let folder = Folder::new();
    let app = app_with_store(&pool, &folder, "50").await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let admin = app.signed_in("admin@test.example", Role::Admin, "test-clinic").await;
    let (wrong, right) =
        (patient_of(&app, "test-clinic", 901).await, patient_of(&app, "test-clinic", 902).await);
    let scan = png(60, 40);
    // The same scan uploaded for two patients: one file in the store, two rows.
    let (_, _, first) = upload(&app, &desk, wrong, "scan.png", scan.clone(), true).await;
    let (_, _, second) = upload(&app, &desk, right, "scan.png", scan.clone(), true).await;
    let (first, second) = (first["id"].as_i64().unwrap(), second["id"].as_i64().unwrap());
    assert_eq!(folder.files().len(), 2, "the file and its thumbnail, once");
    let purge = async |client: &reqwest::Client, id: i64, reason: &str| {
        app.call_json(client, "documents/purge", &[("id", &id.to_string()), ("reason", reason)])
            .await
    };

    // Only admins purge, only an archived document, and only with a reason.
    let (status, _) = purge(&desk, first, "uploaded to the wrong patient").await;
    assert_eq!(status, 403);
    let (status, body) = purge(&admin, first, "uploaded to the wrong patient").await;
    assert_eq!(status, 400, "{body}");
    assert!(body["Validation"]["fields"]["id"].as_str().unwrap().contains("Archive"), "{body}");
    app.call_json(&desk, "documents/archive", &[("id", &first.to_string()), ("archived", "true")])
        .await;
    let (status, body) = purge(&admin, first, "mistake").await;
    assert_eq!(status, 400, "{body}");
    assert_eq!(body["Validation"]["input"]["reason"], "mistake", "{body}");
    // A DELETE that no purge named is refused, archived or not.
    let deleted = sqlx::query("DELETE FROM patient_document WHERE id = $1")
        .bind(first)
        .execute(&pool)
        .await
        .unwrap_err();
    assert!(deleted.to_string().contains("never deleted"), "{deleted}");

    let (status, body) = purge(&admin, first, "uploaded to the wrong patient").await;
    assert_eq!(status, 200, "{body}");
    let left: Vec<i64> = sqlx::query_scalar("SELECT id FROM patient_document ORDER BY id")
        .fetch_all(&pool)
        .await
        .unwrap();
    assert_eq!(left, [second]);
    assert_eq!(folder.files().len(), 2, "the other patient's document is still that file");
    let (action, details): (String, Value) = sqlx::query_as(
        "SELECT action, details FROM audit_log
         WHERE object_type = 'patient_document' AND object_id = $1 ORDER BY id DESC LIMIT 1",
    )
    .bind(first.to_string())
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(action, "patient_document.purged");
    assert_eq!(details["reason"], "uploaded to the wrong patient");
    assert_eq!(details["file_name"], "scan.png");
    let (_, record) = app.call_json(&admin, "patients/get", &[("id", &wrong.to_string())]).await;
    assert_eq!(record["documents"], serde_json::json!([]));

    // The last document of that content: its file and thumbnail leave the store.
    app.call_json(&desk, "documents/archive", &[("id", &second.to_string()), ("archived", "true")])
        .await;
    let (status, _) = purge(&admin, second, "past the practice's retention period").await;
    assert_eq!(status, 200);
    assert!(folder.files().is_empty(), "{:?}", folder.files());
    let response = admin.get(app.url(&format!("/documents/{second}"))).send().await.unwrap();
    assert_eq!(response.status(), 404);
}
