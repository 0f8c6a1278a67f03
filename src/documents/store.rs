//! The document store: files addressed by their clinic and their content's SHA-256, through
//! `object_store` (a local folder here; the same calls reach an S3 bucket). A file is written
//! from a file on disk in parts, so no upload is ever held whole in memory.

use std::sync::Arc;

use futures::StreamExt;
use object_store::local::LocalFileSystem;
use object_store::path::Path;
use object_store::{ObjectStore, ObjectStoreExt, PutPayload, WriteMultipart};
use tokio::io::AsyncReadExt;

use crate::error::AppError;
use crate::server::config::Config;

/// How much of a file is read and sent at a time.
const CHUNK: usize = 1024 * 1024;

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

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

impl DocumentStore {
    /// The store `DOCUMENT_STORE` names (its folder is made when missing).
    pub fn open(config: &Config) -> Result<DocumentStore, AppError> {
        let folder = config
            .document_store
            .to_file_path()
            .map_err(|_| AppError::internal("DOCUMENT_STORE is not a folder"))?;
        std::fs::create_dir_all(&folder).map_err(AppError::internal)?;
        let store = LocalFileSystem::new_with_prefix(&folder).map_err(AppError::internal)?;
        Ok(DocumentStore { store: Arc::new(store) })
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
        let mut writer = WriteMultipart::new_with_chunk_size(upload, CHUNK);
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
