//! The key of the audit chain: HMAC-SHA256(APP_SECRET, "audit-chain").
//!
//! Each audit row's own MAC is an HMAC under this key (computed by the server,
//! [`super::row_mac`]), and so is each link of the chain the rows are then sealed into (the
//! migrations 20261129000002_audit_chain_keyed.sql and 20261130000001_audit_sealed_in_batches.sql
//! explain the design), so someone who can write to the database but does not know APP_SECRET
//! cannot rewrite a row and recompute the chain unnoticed. The key, never the secret, reaches
//! the database only as a bind parameter of the sealing call ([`super::store::seal_pending`])
//! and of verification.
//!
//! The key is installed once per process ([`install`], at start-up, from the configuration) and
//! read by `append` and the sealer: a process has one APP_SECRET, and the forty-odd places that
//! append need not carry it. Verification takes the key as an argument ([`super::store::verify_chain`]), so
//! a chain can be checked with any key.

use std::fmt;
use std::sync::OnceLock;

use hmac::{Hmac, Mac};
use sha2::Sha256;

/// The 32-byte key. Its `Debug` output hides it.
#[derive(Clone, PartialEq, Eq)]
pub struct ChainKey([u8; 32]);

impl ChainKey {
    /// The key for `app_secret`. Changing APP_SECRET changes the key: rows written under the
    /// old one no longer verify with the new one (see the README).
    pub fn derive(app_secret: &str) -> ChainKey {
        let mut mac = Hmac::<Sha256>::new_from_slice(app_secret.as_bytes())
            .expect("HMAC accepts a key of any length");
        mac.update(b"audit-chain");
        ChainKey(mac.finalize().into_bytes().into())
    }

    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }

    /// Lower-case hex.
    pub fn to_hex(&self) -> String {
        self.0.iter().map(|byte| format!("{byte:02x}")).collect()
    }
}

impl fmt::Debug for ChainKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ChainKey(..)")
    }
}

static INSTALLED: OnceLock<ChainKey> = OnceLock::new();

/// A second, different key for the same process.
#[derive(Debug, thiserror::Error)]
#[error(
    "another audit chain key is already installed in this process (one APP_SECRET per process)"
)]
pub struct AlreadyInstalled;

/// Makes `key` the one [`super::store::append`] uses. Installing the same key again is fine.
pub fn install(key: ChainKey) -> Result<(), AlreadyInstalled> {
    let installed = INSTALLED.get_or_init(|| key.clone());
    if *installed == key { Ok(()) } else { Err(AlreadyInstalled) }
}

/// The installed key, if any.
pub fn installed() -> Option<&'static ChainKey> {
    INSTALLED.get()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_is_an_hmac_of_a_fixed_label_under_the_secret() {
        // HMAC-SHA256(key = "secret", message = "audit-chain"), computed independently with
        // `printf audit-chain | openssl dgst -sha256 -hmac secret`.
        assert_eq!(
            ChainKey::derive("secret").to_hex(),
            "02ae8fff1e58ba1791148eadde5f4a5e124fa3b8c2e5da88a587902303dae8b6"
        );
        assert_ne!(ChainKey::derive("secret"), ChainKey::derive("secret2"));
        assert_eq!(format!("{:?}", ChainKey::derive("secret")), "ChainKey(..)");
    }
}
