//! An audit row's own MAC, computed by the application exactly as the database's
//! `audit_row_content_mac` computes it when it verifies the log.
//!
//! The MAC covers the row's canonical content: a jsonb object of its id, time and fields, as the
//! text PostgreSQL writes for that jsonb value (`audit_row_content`, migration
//! 20261130000001_audit_sealed_in_batches.sql). The server computes it before the INSERT
//! (migration 20261201000003 says why: a trigger doing it for every row was the largest part of
//! the database's work per audited page), and `chairside audit verify` recomputes it in the
//! database from the stored row. So this text must be PostgreSQL's byte for byte; the property
//! tests here and in `tests/api/audit.rs` compare the two on random rows.

use std::net::IpAddr;

use chrono::{DateTime, Utc};
use hmac::{Hmac, Mac};
use serde_json::{Map, Value, json};
use sha2::Sha256;

use super::chain_key::ChainKey;
use super::store::AuditEntry;

/// The MAC of the row `id`, written at `at`, holding `entry`.
pub fn compute(key: &ChainKey, id: i64, at: DateTime<Utc>, entry: &AuditEntry) -> [u8; 32] {
    let mut mac =
        Hmac::<Sha256>::new_from_slice(key.as_bytes()).expect("HMAC accepts a key of any length");
    mac.update(canonical_content(id, at, entry).as_bytes());
    mac.finalize().into_bytes().into()
}

/// The text `audit_row_content` gives for the row: the same fields, the time in microseconds
/// since the Unix epoch and the address as `host()` writes it.
pub fn canonical_content(id: i64, at: DateTime<Utc>, entry: &AuditEntry) -> String {
    let row = json!({
        "id": id,
        "at": at.timestamp_micros(),
        "actor_staff_id": entry.actor.map(|(id, _)| id),
        "actor_role": entry.actor.map(|(_, role)| role.as_str()),
        "clinic_id": entry.clinic_id,
        "ip": entry.origin.ip.map(host_text),
        "user_agent": entry.origin.user_agent,
        "request_id": entry.origin.request_id,
        "action": entry.action,
        "object_type": entry.object.as_ref().map(|(kind, _)| kind),
        "object_id": entry.object.as_ref().map(|(_, id)| id),
        "patient_id": entry.patient_id,
        "result": entry.outcome.as_str(),
        "details": entry.details,
    });
    jsonb_text(&row)
}

/// An address as PostgreSQL's `host()` writes it: as Rust does, except an IPv6 address whose
/// first 96 bits are zero and whose last 32 are not a plain `::x` (an "IPv4-compatible"
/// address), which it ends in dotted decimal (`::1.2.3.4`, where Rust writes `::102:304`).
fn host_text(ip: IpAddr) -> String {
    if let IpAddr::V6(v6) = ip {
        let segments = v6.segments();
        if segments[..6].iter().all(|s| *s == 0) && segments[6] != 0 {
            let [.., a, b, c, d] = v6.octets();
            return format!("::{a}.{b}.{c}.{d}");
        }
    }
    ip.to_string()
}

/// `value` as PostgreSQL writes it once stored as jsonb: object keys ordered by length, then
/// byte by byte; `", "` between items and `": "` after keys; numbers as `numeric` writes them.
pub fn jsonb_text(value: &Value) -> String {
    let mut out = String::new();
    write_value(value, &mut out);
    out
}

fn write_value(value: &Value, out: &mut String) {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(true) => out.push_str("true"),
        Value::Bool(false) => out.push_str("false"),
        Value::Number(number) => out.push_str(&numeric_text(&number.to_string())),
        Value::String(text) => write_string(text, out),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_value(item, out);
            }
            out.push(']');
        }
        Value::Object(fields) => write_object(fields, out),
    }
}

fn write_object(fields: &Map<String, Value>, out: &mut String) {
    let mut sorted: Vec<(&String, &Value)> = fields.iter().collect();
    sorted.sort_by(|(a, _), (b, _)| {
        a.len().cmp(&b.len()).then_with(|| a.as_bytes().cmp(b.as_bytes()))
    });
    out.push('{');
    for (i, (key, value)) in sorted.into_iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write_string(key, out);
        out.push_str(": ");
        write_value(value, out);
    }
    out.push('}');
}

/// A string as PostgreSQL's `escape_json` writes it: the quote, the backslash and the five
/// named control characters escaped by name, other control characters as `\u00xx` (lower-case
/// hex), everything else as it is.
fn write_string(text: &str, out: &mut String) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// A JSON number (as serde_json writes it: digits, an optional fraction, an optional exponent)
/// as PostgreSQL's `numeric` writes the value it reads from it: in plain digits, with as many
/// fraction digits as the input had beyond its exponent, and no sign on zero.
fn numeric_text(json: &str) -> String {
    let (negative, unsigned) = match json.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, json),
    };
    let (mantissa, exponent) = match unsigned.find(['e', 'E']) {
        Some(at) => (&unsigned[..at], unsigned[at + 1..].parse::<i64>().unwrap_or(0)),
        None => (unsigned, 0),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits: Vec<u8> = whole.bytes().chain(fraction.bytes()).collect();
    // Where the decimal point falls in `digits`, and how many digits follow it.
    let point = whole.len() as i64 + exponent;
    let scale = (fraction.len() as i64 - exponent).max(0);
    let digit = |i: i64| -> char {
        if i >= 0 && (i as usize) < digits.len() { digits[i as usize] as char } else { '0' }
    };
    let mut whole_part: String = (0..point.max(0)).map(digit).collect();
    let trimmed = whole_part.trim_start_matches('0').len();
    whole_part.drain(..whole_part.len() - trimmed);
    if whole_part.is_empty() {
        whole_part.push('0');
    }
    let fraction_part: String = (point..point + scale).map(digit).collect();
    let zero = digits.iter().all(|d| *d == b'0');
    let mut text = String::new();
    if negative && !zero {
        text.push('-');
    }
    text.push_str(&whole_part);
    if scale > 0 {
        text.push('.');
        text.push_str(&fraction_part);
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_written_as_numeric_writes_them() {
        for (json, numeric) in [
            ("0", "0"),
            ("-12", "-12"),
            ("18446744073709551615", "18446744073709551615"),
            ("1.5", "1.5"),
            ("1.0", "1.0"),
            ("-0.0", "0.0"),
            ("1e20", "100000000000000000000"),
            ("1.5e3", "1500"),
            ("1.25e-2", "0.0125"),
            ("1e-7", "0.0000001"),
            ("-2.5e-1", "-0.25"),
            ("123.456e1", "1234.56"),
        ] {
            assert_eq!(numeric_text(json), numeric, "{json}");
        }
    }

    #[test]
    fn addresses_are_written_as_host_writes_them() {
        for (ip, host) in [
            ("192.0.2.1", "192.0.2.1"),
            ("2001:db8::1", "2001:db8::1"),
            ("::1", "::1"),
            ("::", "::"),
            ("::102:304", "::1.2.3.4"),
            ("::ffff:1.2.3.4", "::ffff:1.2.3.4"),
            ("1:0:0:2::3", "1:0:0:2::3"),
        ] {
            assert_eq!(host_text(ip.parse().unwrap()), host, "{ip}");
        }
    }

    #[test]
    fn objects_are_ordered_by_key_length_then_bytes_and_strings_escaped() {
        let value = json!({"bb": 1, "a": [true, null, "x\"\\\n\u{1}é"], "ab": {}, "c": []});
        assert_eq!(
            jsonb_text(&value),
            r#"{"a": [true, null, "x\"\\\n\u0001é"], "c": [], "ab": {}, "bb": 1}"#
        );
    }
}
