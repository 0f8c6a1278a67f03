//! Webhook signatures. Each endpoint's secret is HMAC-SHA256(APP_SECRET, "webhook" || salt),
//! worked out when needed (only the salt is stored), shown to the admin once as
//! `whsec_<hex>`. Each delivery carries `Chairside-Signature: t=<unix seconds>,v1=<hex>`, the
//! HMAC-SHA256 under that secret of `<t>.<body>`: a receiver recomputes it, compares in
//! constant time, and refuses old timestamps (replays).

use hmac::{Hmac, Mac};
use sha2::Sha256;

/// The secret of an endpoint with `salt`, as the admin is shown it.
pub fn secret(app_secret: &str, salt: &[u8]) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(app_secret.as_bytes()).expect("any key length");
    mac.update(b"webhook");
    mac.update(salt);
    format!("whsec_{}", hex(&mac.finalize().into_bytes()))
}

/// The `Chairside-Signature` header of `body` sent at `timestamp` under `secret`.
pub fn signature(secret: &str, timestamp: i64, body: &str) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("any key length");
    mac.update(format!("{timestamp}.{body}").as_bytes());
    format!("t={timestamp},v1={}", hex(&mac.finalize().into_bytes()))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_secret_depends_on_the_salt_and_the_signature_on_time_and_body() {
        let a = secret("app secret of at least thirty-two chars", b"salt-1");
        let b = secret("app secret of at least thirty-two chars", b"salt-2");
        assert!(a.starts_with("whsec_") && a.len() == 6 + 64);
        assert_ne!(a, b);
        let signed = signature(&a, 1_700_000_000, "{}");
        assert!(signed.starts_with("t=1700000000,v1="));
        assert_ne!(signed, signature(&a, 1_700_000_001, "{}"));
        assert_ne!(signed, signature(&a, 1_700_000_000, "{ }"));
    }
}
