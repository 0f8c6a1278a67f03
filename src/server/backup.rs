//! `chairside backup --to DIR` and `chairside restore --from DIR`.
//!
//! A backup is one consistent moment: the database as PostgreSQL's own dump (custom format,
//! taken in an exported snapshot) and the documents that database references at that moment
//! (read in the same snapshot, copied from the document store, which never changes a file it
//! holds), with a manifest of every file's size and SHA-256 and every table's row count.
//!
//! A restore checks the whole backup first (a missing or altered file refuses it), needs an
//! empty database and an empty document store, restores both, then checks what it restored:
//! the row counts, every referenced document present, and the audit log's chain.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use futures::StreamExt;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use sqlx::{Connection, PgConnection};
use tokio::io::AsyncWriteExt;

use super::config::Config;
use crate::audit::chain_key::ChainKey;
use crate::audit::store as audit;
use crate::documents::store::{DocumentStore, file_path, hex, thumbnail_path};

const MANIFEST: &str = "manifest.json";
const DUMP: &str = "database.dump";
const FORMAT: u32 = 1;

#[derive(Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct Manifest {
    pub format: u32,
    pub created_at: String,
    /// Every file of the backup but the manifest, by its path in the backup.
    pub files: BTreeMap<String, FileSum>,
    /// Rows per table at the backup's moment.
    pub rows: BTreeMap<String, i64>,
}

#[derive(Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct FileSum {
    pub bytes: u64,
    pub sha256: String,
}

/// A failure's message: what failed, then why.
fn fail<E: std::fmt::Display>(what: &str) -> impl Fn(E) -> String + '_ {
    move |e| format!("{what}: {e}")
}

/// The database URL without its password, and the password (handed to pg_dump and
/// pg_restore in their environment, never on their command line, which `ps` shows).
fn split_password(url: &str) -> Result<(String, Option<String>), String> {
    let mut parsed = url::Url::parse(url).map_err(|e| format!("the database URL: {e}"))?;
    let password = parsed.password().map(str::to_string);
    let _ = parsed.set_password(None);
    Ok((parsed.to_string(), password))
}

fn pg_tool(program: &str, url: &str) -> Result<Command, String> {
    let (url, password) = split_password(url)?;
    let mut command = Command::new(program);
    command.arg(format!("--dbname={url}"));
    if let Some(password) = password {
        command.env("PGPASSWORD", password);
    }
    Ok(command)
}

/// The owner's URL when there is one (the app's role may not read everything).
fn owner_url(config: &Config) -> &str {
    config.database_owner_url.as_deref().unwrap_or(&config.database_url)
}

async fn row_counts(conn: &mut PgConnection) -> Result<BTreeMap<String, i64>, String> {
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT table_name::text FROM information_schema.tables
         WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1",
    )
    .fetch_all(&mut *conn)
    .await
    .map_err(|e| e.to_string())?;
    let mut counts = BTreeMap::new();
    for table in tables {
        let count: i64 = sqlx::query_scalar(&format!("SELECT count(*) FROM public.\"{table}\""))
            .fetch_one(&mut *conn)
            .await
            .map_err(|e| e.to_string())?;
        counts.insert(table, count);
    }
    Ok(counts)
}

fn sum_of(path: &Path) -> Result<FileSum, String> {
    let mut file = std::fs::File::open(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut hash = Sha256::new();
    let bytes =
        std::io::copy(&mut file, &mut hash).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(FileSum { bytes, sha256: hex(&hash.finalize()) })
}

/// The documents' store paths the database references, each once.
async fn referenced(conn: &mut PgConnection) -> Result<Vec<String>, String> {
    let rows: Vec<(i64, Vec<u8>, bool)> = sqlx::query_as(
        "SELECT DISTINCT clinic_id, sha256, has_thumbnail FROM patient_document ORDER BY 1, 2",
    )
    .fetch_all(&mut *conn)
    .await
    .map_err(|e| e.to_string())?;
    let mut paths = Vec::new();
    for (clinic, sha, thumbnail) in rows {
        paths.push(file_path(clinic, &sha).to_string());
        if thumbnail {
            paths.push(thumbnail_path(clinic, &sha).to_string());
        }
    }
    Ok(paths)
}

pub async fn backup(config: &Config, to: &Path) -> Result<String, String> {
    if to.exists() && std::fs::read_dir(to).map_err(fail("the backup folder"))?.next().is_some() {
        return Err(format!("{} is not empty: back up into a new folder", to.display()));
    }
    std::fs::create_dir_all(to.join("documents")).map_err(fail("the backup folder"))?;
    let url = owner_url(config);
    let mut conn = PgConnection::connect(url).await.map_err(fail("the database"))?;
    // One moment for the dump and the list of documents: a snapshot held open meanwhile.
    let mut tx = conn.begin().await.map_err(fail("the database"))?;
    sqlx::query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        .execute(&mut *tx)
        .await
        .map_err(fail("the database"))?;
    let snapshot: String = sqlx::query_scalar("SELECT pg_export_snapshot()")
        .fetch_one(&mut *tx)
        .await
        .map_err(fail("the database"))?;
    let dump = to.join(DUMP);
    let status = pg_tool("pg_dump", url)?
        .args(["--format=custom", "--no-sync", "--snapshot", &snapshot, "--file"])
        .arg(&dump)
        .status()
        .map_err(|e| {
            format!("pg_dump could not be run (is the PostgreSQL client installed?): {e}")
        })?;
    if !status.success() {
        return Err(format!("pg_dump failed ({status})"));
    }
    let rows = row_counts(&mut tx).await?;
    let paths = referenced(&mut tx).await?;
    tx.commit().await.map_err(fail("the database"))?;

    let mut files = BTreeMap::new();
    files.insert(DUMP.to_string(), sum_of(&dump)?);
    let store = DocumentStore::open(&config.document_store).map_err(|e| e.to_string())?;
    for path in &paths {
        let target = to.join("documents").join(path);
        std::fs::create_dir_all(target.parent().expect("a document's folder"))
            .map_err(fail("the backup folder"))?;
        let (_, mut stream) = store
            .read(&object_store::path::Path::from(path.as_str()))
            .await
            .map_err(|e| format!("document {path} is missing from the store: {e}"))?;
        let mut file = tokio::fs::File::create(&target).await.map_err(fail("the backup folder"))?;
        while let Some(part) = stream.next().await {
            file.write_all(&part.map_err(fail("the document store"))?)
                .await
                .map_err(fail("the backup folder"))?;
        }
        file.flush().await.map_err(fail("the backup folder"))?;
        files.insert(format!("documents/{path}"), sum_of(&target)?);
    }
    let manifest =
        Manifest { format: FORMAT, created_at: chrono::Utc::now().to_rfc3339(), files, rows };
    let text = serde_json::to_string_pretty(&manifest).map_err(|e| e.to_string())?;
    std::fs::write(to.join(MANIFEST), text).map_err(fail("the manifest"))?;
    Ok(format!(
        "backed up {} tables ({} rows) and {} document files to {}",
        manifest.rows.len(),
        manifest.rows.values().sum::<i64>(),
        paths.len(),
        to.display()
    ))
}

/// The backup's manifest, once every file it names is there with its size and checksum.
pub fn checked_manifest(from: &Path) -> Result<Manifest, String> {
    let text = std::fs::read_to_string(from.join(MANIFEST))
        .map_err(|e| format!("{} has no readable manifest: {e}", from.display()))?;
    let manifest: Manifest =
        serde_json::from_str(&text).map_err(|e| format!("the manifest is damaged: {e}"))?;
    if manifest.format != FORMAT {
        return Err(format!(
            "the backup's format {} is not one this version restores",
            manifest.format
        ));
    }
    if !manifest.files.contains_key(DUMP) {
        return Err("the manifest names no database dump".into());
    }
    for (name, expected) in &manifest.files {
        if name.contains("..") {
            return Err(format!("the manifest names {name:?}, outside the backup"));
        }
        let found =
            sum_of(&from.join(name)).map_err(|e| format!("the backup is incomplete: {e}"))?;
        if &found != expected {
            return Err(format!("the backup is damaged: {name} is not what was backed up"));
        }
    }
    Ok(manifest)
}

pub async fn restore(config: &Config, from: &Path) -> Result<String, String> {
    let manifest = checked_manifest(from)?;
    let url = owner_url(config);
    let mut conn = PgConnection::connect(url).await.map_err(fail("the database"))?;
    let tables: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'",
    )
    .fetch_one(&mut conn)
    .await
    .map_err(fail("the database"))?;
    if tables > 0 {
        return Err("the database is not empty: restore into a new, empty database".into());
    }
    let store = DocumentStore::open(&config.document_store).map_err(|e| e.to_string())?;
    if !store.is_empty().await.map_err(|e| e.to_string())? {
        return Err("the document store is not empty: restore into a new, empty one".into());
    }
    let status = pg_tool("pg_restore", url)?
        .args(["--no-owner", "--exit-on-error", "--single-transaction"])
        .arg(from.join(DUMP))
        .status()
        .map_err(|e| {
            format!("pg_restore could not be run (is the PostgreSQL client installed?): {e}")
        })?;
    if !status.success() {
        return Err(format!("pg_restore failed ({status}); the database is left as it was"));
    }
    let mut copied = 0;
    for name in manifest.files.keys() {
        let Some(path) = name.strip_prefix("documents/") else { continue };
        store
            .put_file(&object_store::path::Path::from(path), &from.join(name))
            .await
            .map_err(|e| format!("document {path} could not be stored: {e}"))?;
        copied += 1;
    }
    // What was restored, checked: the same rows, every document there, the chain intact.
    let rows = row_counts(&mut conn).await?;
    if rows != manifest.rows {
        let differ: Vec<&String> =
            manifest.rows.keys().filter(|t| rows.get(*t) != manifest.rows.get(*t)).collect();
        return Err(format!("the restored database differs from the backup in {differ:?}"));
    }
    for path in referenced(&mut conn).await? {
        let present = store
            .has(&object_store::path::Path::from(path.as_str()))
            .await
            .map_err(|e| e.to_string())?;
        if !present {
            return Err(format!("document {path} is referenced but was not restored"));
        }
    }
    let key = ChainKey::derive(&config.app_secret);
    let (audit_rows, _, broken) =
        audit::verify_and_record(&mut conn, &key, None).await.map_err(fail("the audit check"))?;
    if let Some(broken) = broken {
        return Err(format!(
            "the restored audit log does not verify: {broken:?} (is APP_SECRET the backed-up server's?)"
        ));
    }
    Ok(format!(
        "restored {} tables ({} rows) and {copied} document files from {}; audit log intact ({audit_rows} rows)",
        rows.len(),
        rows.values().sum::<i64>(),
        from.display()
    ))
}

/// `--to DIR` / `--from DIR`.
pub fn folder_argument(args: &[String], flag: &str) -> Result<PathBuf, String> {
    match args {
        [given, folder] if given == flag => Ok(PathBuf::from(folder)),
        _ => Err(format!("expected {flag} DIR")),
    }
}
