//! argon2id password hashing (m = 19 MiB, t = 2, p = 1: OWASP's recommendation), run on the
//! blocking thread pool so a sign-in never stalls the async runtime.

use std::sync::LazyLock;

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};

use crate::domain::NewPassword;
use crate::error::AppError;

/// At most this many hashes at once: each takes 19 MiB, and a flood of sign-in attempts must
/// not turn into a flood of memory.
static HASHING: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(4);

fn argon2() -> Argon2<'static> {
    let params = Params::new(19 * 1024, 2, 1, None).expect("valid argon2 parameters");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// A hash of a password nobody knows: verifying against it when the account does not exist
/// takes as long as a real verification, so timing does not reveal which emails have accounts.
static DUMMY_HASH: LazyLock<String> = LazyLock::new(|| {
    let salt = SaltString::generate(&mut OsRng);
    argon2()
        .hash_password(b"no account has this password", &salt)
        .expect("hashing the dummy password")
        .to_string()
});

pub async fn hash(password: &NewPassword) -> Result<String, AppError> {
    let _permit = HASHING.acquire().await.map_err(AppError::internal)?;
    let password = password.expose().to_owned();
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::generate(&mut OsRng);
        argon2().hash_password(password.as_bytes(), &salt).map(|hash| hash.to_string())
    })
    .await
    .map_err(AppError::internal)?
    .map_err(AppError::internal)
}

/// A hash of 32 random bytes nobody ever sees: the password of an account that is waiting for
/// its owner to choose one.
pub async fn unguessable() -> Result<String, AppError> {
    use argon2::password_hash::rand_core::RngCore;
    let mut secret = [0u8; 32];
    OsRng.fill_bytes(&mut secret);
    let _permit = HASHING.acquire().await.map_err(AppError::internal)?;
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::generate(&mut OsRng);
        argon2().hash_password(&secret, &salt).map(|hash| hash.to_string())
    })
    .await
    .map_err(AppError::internal)?
    .map_err(AppError::internal)
}

/// Whether `password` matches `stored` (a PHC string); with `None`, checks against the dummy
/// hash and answers false, taking the same time.
pub async fn verify(password: String, stored: Option<String>) -> Result<bool, AppError> {
    let _permit = HASHING.acquire().await.map_err(AppError::internal)?;
    tokio::task::spawn_blocking(move || {
        let known = stored.is_some();
        let phc = stored.unwrap_or_else(|| DUMMY_HASH.clone());
        let parsed = PasswordHash::new(&phc).map_err(AppError::internal)?;
        let matches = argon2().verify_password(password.as_bytes(), &parsed).is_ok();
        Ok(known && matches)
    })
    .await
    .map_err(AppError::internal)?
}
