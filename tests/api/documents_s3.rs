//! The document store in an S3 bucket, on a real S3-compatible server (moto's, which
//! `scripts/test` installs from PyPI and names in `MOTO_SERVER`): uploads written in parts of
//! S3's minimum size and more, read back through the app byte for byte, a thumbnail beside
//! them, all under the bucket's prefix; and a store that cannot be reached refuses the upload
//! with no row written.

use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use chairside::domain::Role;
use object_store::ObjectStoreExt;
use sha2::{Digest, Sha256};
use sqlx::PgPool;

use crate::documents::{patient_of, png, upload};
use crate::helpers::{TestApp, spawn_app_with};

/// A moto S3 server of the test's own on a free port, stopped when the test ends.
struct S3Server {
    child: Child,
    endpoint: String,
}

impl S3Server {
    async fn start() -> S3Server {
        let program = std::env::var("MOTO_SERVER").expect(
            "MOTO_SERVER names moto's S3 server (scripts/test installs it: pip install 'moto[server]' and set MOTO_SERVER to its moto_server)",
        );
        let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let child = Command::new(program)
            .args(["-H", "127.0.0.1", "-p", &port.to_string()])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("moto_server starts");
        let server = S3Server { child, endpoint: format!("http://127.0.0.1:{port}") };
        let client = reqwest::Client::new();
        for _ in 0..200 {
            if client.get(&server.endpoint).send().await.is_ok() {
                return server;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("moto_server did not answer on {}", server.endpoint);
    }

    /// Makes a bucket (moto takes unsigned requests; the app signs its own).
    async fn bucket(&self, name: &str) {
        let response =
            reqwest::Client::new().put(format!("{}/{name}", self.endpoint)).send().await.unwrap();
        assert!(response.status().is_success(), "bucket {name}: {}", response.status());
    }

    /// The object at `key` in `bucket`, if there is one, read by an S3 client of the test's
    /// own (signed, as moto wants for reading objects).
    async fn object(&self, bucket: &str, key: &str) -> Option<Vec<u8>> {
        let url = url::Url::parse(&format!("s3://{bucket}")).unwrap();
        let client = chairside::documents::store::bucket(&url, &self.settings()).unwrap();
        match client.get(&object_store::path::Path::from(key)).await {
            Ok(found) => Some(found.bytes().await.unwrap().to_vec()),
            Err(object_store::Error::NotFound { .. }) => None,
            Err(error) => panic!("reading {key}: {error}"),
        }
    }

    /// The `AWS_*` settings that reach this server.
    fn settings(&self) -> Vec<(&'static str, String)> {
        vec![
            ("AWS_ENDPOINT", self.endpoint.clone()),
            ("AWS_ALLOW_HTTP", "true".into()),
            ("AWS_ACCESS_KEY_ID", "chairside-test".into()),
            ("AWS_SECRET_ACCESS_KEY", "chairside-test-secret".into()),
            ("AWS_REGION", "us-east-1".into()),
        ]
    }
}

impl Drop for S3Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

async fn app_on_bucket(pool: &PgPool, s3: &S3Server, store: &str) -> TestApp {
    let settings = s3.settings();
    let mut pairs: Vec<(&str, &str)> = settings.iter().map(|(k, v)| (*k, v.as_str())).collect();
    pairs.push(("DOCUMENT_STORE", store));
    spawn_app_with(pool.clone(), &pairs).await
}

fn hex_sha256(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

#[sqlx::test]
async fn documents_are_kept_in_an_s3_bucket_and_read_back_from_it(pool: PgPool) {
    let s3 = S3Server::start().await;
    s3.bucket("practice-documents").await;
    let app = app_on_bucket(&pool, &s3, "s3://practice-documents/london").await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let patient = patient_of(&app, "test-clinic", 910).await;
    let clinic: i64 = sqlx::query_scalar("SELECT id FROM clinic WHERE slug = 'test-clinic'")
        .fetch_one(&pool)
        .await
        .unwrap();

    // 20 MB: three parts (8 MB, 8 MB and the last 4 MB), each at least S3's smallest.
    let mut scan = b"%PDF-1.4\n".to_vec();
    scan.extend((0..20 * 1024 * 1024).map(|i| (i % 251) as u8));
    let image = png(900, 300);
    for (name, bytes) in [("scan.pdf", &scan), ("photo.png", &image)] {
        let (status, _, answer) = upload(&app, &desk, patient, name, bytes.clone(), true).await;
        assert_eq!(status, 201, "{name}: {answer}");
        let key = format!("london/clinic-{clinic}/{}", hex_sha256(bytes));
        let stored = s3.object("practice-documents", &key).await;
        assert!(stored.as_ref() == Some(bytes), "{name} is in the bucket under {key}, as sent");

        let id = answer["id"].as_i64().unwrap();
        let response = desk.get(app.url(&format!("/documents/{id}"))).send().await.unwrap();
        assert_eq!(response.status(), 200);
        assert_eq!(response.headers()["content-length"].to_str().unwrap(), bytes.len().to_string());
        assert!(response.bytes().await.unwrap() == bytes[..], "{name} downloads as stored");
    }
    let key = format!("london/clinic-{clinic}/{}.thumbnail.png", hex_sha256(&image));
    assert!(s3.object("practice-documents", &key).await.is_some(), "the thumbnail is beside it");
    let id: i64 = sqlx::query_scalar("SELECT id FROM patient_document WHERE kind = 'png'")
        .fetch_one(&pool)
        .await
        .unwrap();
    let thumbnail = desk.get(app.url(&format!("/documents/{id}/thumbnail"))).send().await.unwrap();
    assert_eq!(thumbnail.status(), 200);
    assert_eq!(&thumbnail.bytes().await.unwrap()[..8], b"\x89PNG\r\n\x1a\n");
}

#[sqlx::test]
async fn an_upload_to_a_missing_bucket_is_refused_with_no_row_written(pool: PgPool) {
    let s3 = S3Server::start().await;
    let app = app_on_bucket(&pool, &s3, "s3://no-such-bucket").await;
    let desk = app.signed_in("desk@test.example", Role::Receptionist, "test-clinic").await;
    let patient = patient_of(&app, "test-clinic", 911).await;
    let (status, _, answer) = upload(&app, &desk, patient, "photo.png", png(40, 40), true).await;
    assert_eq!(status, 500, "{answer}");
    let rows: i64 =
        sqlx::query_scalar("SELECT count(*) FROM patient_document").fetch_one(&pool).await.unwrap();
    assert_eq!(rows, 0, "the row is written only after the file is stored");
}
