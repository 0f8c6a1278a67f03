//! The document store: files addressed by their clinic and their content's SHA-256, through
//! `object_store`: a local folder or an S3-compatible bucket, by the same calls. A file is
//! written from a file on disk in parts, so no upload is ever held whole in memory.

use std::sync::Arc;

use futures::StreamExt;
use object_store::aws::{AmazonS3, AmazonS3Builder};
use object_store::local::LocalFileSystem;
use object_store::path::Path;
use object_store::prefix::PrefixStore;
use object_store::{ObjectStore, ObjectStoreExt, PutPayload, WriteMultipart};
use tokio::io::AsyncReadExt;
use url::Url;

use crate::error::AppError;
use crate::server::config::DocumentLocation;

/// How much of a file is read from disk at a time.
const CHUNK: usize = 1024 * 1024;
/// How much is sent as one part of a multipart write: S3 refuses parts under 5 MiB (but the
/// last).
const PART: usize = 8 * 1024 * 1024;

#[derive(Clone)]
pub struct DocumentStore {
    store: Arc<dyn ObjectStore>,
}

/// Where a clinic's file with this content lives, and its thumbnail.
pub fn file_path(clinic_id: i64, sha256: &[u8]) -> Path {
    Path::from(format!("clinic-{clinic_id}/{}", hex(sha256)))
}

pub fn thumbnail_path(clinic_id: i64, sha256: &[u8]) -> Path {
    Path::from(format!("clinic-{clinic_id}/{}.thumbnail.png", hex(sha256)))
}

/// The advisory lock of a clinic's content: an upload holds it from checking the file is in
/// the store to writing its row; a purge, from counting the rows of that content to removing
/// the file. So a purge never takes away a file that a new row has just come to need.
pub fn content_lock(clinic_id: i64, sha256: &[u8]) -> i64 {
    let mut key = [0u8; 8];
    key.copy_from_slice(&sha256[..8]);
    i64::from_be_bytes(key) ^ clinic_id
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

impl DocumentStore {
    /// The store `DOCUMENT_STORE` names (a folder is made when missing). Opened once per
    /// process: a bucket's client keeps its connections.
    pub fn open(location: &DocumentLocation) -> Result<DocumentStore, AppError> {
        let store: Arc<dyn ObjectStore> = match location {
            DocumentLocation::Folder(folder) => {
                std::fs::create_dir_all(folder).map_err(AppError::internal)?;
                Arc::new(LocalFileSystem::new_with_prefix(folder).map_err(AppError::internal)?)
            }
            DocumentLocation::Bucket { url, settings } => {
                let client = bucket(url, settings).map_err(AppError::internal)?;
                // `s3://bucket/prefix`: the client names the bucket; the prefix is ours.
                match url.path().trim_matches('/') {
                    "" => Arc::new(client),
                    prefix => Arc::new(PrefixStore::new(client, prefix)),
                }
            }
        };
        Ok(DocumentStore { store })
    }

    /// Whether the store holds nothing at all.
    pub async fn is_empty(&self) -> Result<bool, AppError> {
        match self.store.list(None).next().await {
            None => Ok(true),
            Some(Ok(_)) => Ok(false),
            Some(Err(error)) => Err(AppError::internal(error)),
        }
    }

    /// Whether something is stored at `path`.
    pub async fn has(&self, path: &Path) -> Result<bool, AppError> {
        match self.store.head(path).await {
            Ok(_) => Ok(true),
            Err(object_store::Error::NotFound { .. }) => Ok(false),
            Err(error) => Err(AppError::internal(error)),
        }
    }

    /// Stores the file at `local` under `path`, a part at a time.
    pub async fn put_file(&self, path: &Path, local: &std::path::Path) -> Result<(), AppError> {
        let mut file = tokio::fs::File::open(local).await.map_err(AppError::internal)?;
        let upload = self.store.put_multipart(path).await.map_err(AppError::internal)?;
        let mut writer = WriteMultipart::new_with_chunk_size(upload, PART);
        let mut buffer = vec![0u8; CHUNK];
        loop {
            let read = file.read(&mut buffer).await.map_err(AppError::internal)?;
            if read == 0 {
                break;
            }
            writer.write(&buffer[..read]);
        }
        writer.finish().await.map_err(AppError::internal)?;
        Ok(())
    }

    /// Removes what is at `path` (nothing there is not an error).
    pub async fn delete(&self, path: &Path) -> Result<(), AppError> {
        match self.store.delete(path).await {
            Ok(()) | Err(object_store::Error::NotFound { .. }) => Ok(()),
            Err(error) => Err(AppError::internal(error)),
        }
    }

    /// Stores a small file (a thumbnail) from memory.
    pub async fn put_bytes(&self, path: &Path, bytes: Vec<u8>) -> Result<(), AppError> {
        self.store.put(path, PutPayload::from(bytes)).await.map_err(AppError::internal)?;
        Ok(())
    }

    /// The file at `path` as a stream of parts, and its size; NotFound when it is missing.
    pub async fn read(
        &self,
        path: &Path,
    ) -> Result<
        (u64, impl futures::Stream<Item = Result<axum::body::Bytes, std::io::Error>> + use<>),
        AppError,
    > {
        let found = match self.store.get(path).await {
            Ok(found) => found,
            Err(object_store::Error::NotFound { .. }) => return Err(AppError::NotFound),
            Err(error) => return Err(AppError::internal(error)),
        };
        let size = found.meta.size;
        let stream = found.into_stream().map(|part| part.map_err(std::io::Error::other));
        Ok((size, stream))
    }
}

/// The S3 client of a bucket location (building it reaches nothing). Its HTTPS goes through
/// rustls with ring, installed here as the process's provider (the tree's only one).
pub fn bucket(url: &Url, settings: &[(&str, String)]) -> Result<AmazonS3, object_store::Error> {
    // Installed once per process; a second call finds it there and changes nothing.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let mut builder = AmazonS3Builder::new().with_url(url.as_str());
    for (name, value) in settings {
        builder = builder.with_config(name.to_ascii_lowercase().parse()?, value);
    }
    builder.build()
}
