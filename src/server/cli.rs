//! Administrative commands of the server binary.
//!
//! `chairside migrate` applies the embedded migrations as the schema's owner: over
//! `DATABASE_OWNER_URL`, or `DATABASE_URL` when that is not set (development, one role). In
//! production the server runs with `MIGRATE_ON_START=false` as a role that cannot change the
//! schema, and this command is the deploy step before it (README, "Security").
//!
//! `chairside audit verify` checks the audit log's hash chain with the key derived from
//! APP_SECRET, names the first broken position (or a row missing from the chain), and counts
//! the rows not sealed yet.
//!
//! `chairside patients generate --clinic SLUG --count N [--seed S]` adds made-up patients (for
//! benchmarks); `chairside patients bench-search --clinic SLUG [--runs N]` times the patient
//! search query on the clinic's data and prints percentiles (see BENCHMARKS.md).
//!
//! `chairside appointments generate --count N [--clinics C] [--seed S]` makes C bench clinics
//! (40 by default) sharing N appointments, for benchmarks of the calendar (see
//! `appointment_generator`; refused in production).
//!
//! `chairside user add --email E --name N --role R --clinic SLUG [--clinic SLUG ...]` creates a
//! staff account, or resets an existing one (name, role, password, reactivated; clinics added).
//! The password comes from the CHAIRSIDE_PASSWORD environment variable or the first line of
//! standard input, never from an argument (arguments show up in `ps` and shell history).
//!
//! `chairside backup --to DIR` and `chairside restore --from DIR`: see `backup`.
//!
//! `chairside api-key create --clinic SLUG --name NAME [--scope write] [--scope patients]
//! [--per-minute N]` makes an API key for the clinic and prints it (only it, so a script can
//! keep it: `KEY=$(chairside api-key create …)`); it is not shown again.

use std::io::BufRead;
use std::process::ExitCode;

use serde_json::json;

use super::appointment_generator::{self, Request as GenerateAppointments};
use super::config::Config;
use super::db;
use crate::api_keys::{
    self,
    model::{KeyForm, NewKey},
};
use crate::audit::chain_key::ChainKey;
use crate::audit::store::{self as audit, AuditEntry, ChainBreak, Outcome, RequestOrigin};
use crate::auth::{password_hash, store};
use crate::domain::{Email, NewPassword, Role};

const USAGE: &str = "usage: chairside user add --email EMAIL --name NAME --role admin|dentist|hygienist|receptionist --clinic SLUG [--clinic SLUG ...]
       (password from CHAIRSIDE_PASSWORD or the first line of standard input)
       chairside migrate   (as the schema owner: DATABASE_OWNER_URL, else DATABASE_URL)
       chairside audit verify
       chairside patients generate --clinic SLUG --count N [--seed S]
       chairside patients bench-search --clinic SLUG [--runs N]
       chairside appointments generate --count N [--clinics C] [--seed S]
       chairside api-key create --clinic SLUG --name NAME [--scope write] [--scope patients] [--per-minute N]
       chairside backup --to DIR     (the database and its documents, with a manifest)
       chairside restore --from DIR  (into an empty database and document store)";

pub async fn run(args: &[String], config: &Config) -> ExitCode {
    match execute(args, config).await {
        Ok(message) => {
            println!("{message}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("chairside: {message}");
            ExitCode::from(2)
        }
    }
}

#[derive(Debug)]
struct UserAdd {
    email: Email,
    name: String,
    role: Role,
    clinics: Vec<String>,
}

fn parse_user_add(args: &[String]) -> Result<UserAdd, String> {
    let (mut email, mut name, mut role, mut clinics) = (None, None, None, Vec::new());
    let mut rest = args.iter();
    while let Some(flag) = rest.next() {
        let value = rest.next().ok_or_else(|| format!("{flag} needs a value\n{USAGE}"))?;
        match flag.as_str() {
            "--email" => email = Some(Email::parse(value)?),
            "--name" => {
                let trimmed = value.trim();
                if trimmed.is_empty() || trimmed.chars().count() > 100 {
                    return Err("--name must have 1 to 100 characters".into());
                }
                name = Some(trimmed.to_string());
            }
            "--role" => role = Some(Role::parse(value)?),
            "--clinic" => clinics.push(value.clone()),
            other => return Err(format!("unknown option {other}\n{USAGE}")),
        }
    }
    Ok(UserAdd {
        email: email.ok_or(format!("--email is required\n{USAGE}"))?,
        name: name.ok_or(format!("--name is required\n{USAGE}"))?,
        role: role.ok_or(format!("--role is required\n{USAGE}"))?,
        clinics: if clinics.is_empty() {
            return Err(format!("at least one --clinic is required\n{USAGE}"));
        } else {
            clinics
        },
    })
}

fn parse_appointments_generate(args: &[String]) -> Result<GenerateAppointments, String> {
    let mut request = GenerateAppointments { count: 0, clinics: 40, seed: 1 };
    let mut count = None;
    let mut rest = args.iter();
    while let Some(flag) = rest.next() {
        let value = rest.next().ok_or_else(|| format!("{flag} needs a value\n{USAGE}"))?;
        match flag.as_str() {
            "--count" => {
                count = Some(
                    value
                        .parse::<u64>()
                        .ok()
                        .filter(|n| (1..=100_000_000).contains(n))
                        .ok_or("--count must be a whole number from 1 to 100000000")?,
                )
            }
            "--clinics" => {
                request.clinics = value
                    .parse::<u32>()
                    .ok()
                    .filter(|n| (1..=10_000).contains(n))
                    .ok_or("--clinics must be a whole number from 1 to 10000")?
            }
            "--seed" => request.seed = value.parse().map_err(|_| "--seed must be a number")?,
            other => return Err(format!("unknown option {other}\n{USAGE}")),
        }
    }
    request.count = count.ok_or(format!("--count is required\n{USAGE}"))?;
    if request.count < u64::from(request.clinics) {
        return Err("--count must be at least the number of clinics".into());
    }
    Ok(request)
}

fn read_password() -> Result<String, String> {
    if let Ok(password) = std::env::var("CHAIRSIDE_PASSWORD") {
        return Ok(password);
    }
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|e| format!("reading the password: {e}"))?;
    Ok(line.trim_end_matches(['\r', '\n']).to_string())
}

async fn execute(args: &[String], config: &Config) -> Result<String, String> {
    match args {
        [command, action, options @ ..] if command == "user" && action == "add" => {
            user_add(parse_user_add(options)?, config).await
        }
        [command] if command == "migrate" => migrate(config).await,
        [command, action] if command == "audit" && action == "verify" => audit_verify(config).await,
        [command, action, options @ ..] if command == "patients" && action == "generate" => {
            super::patient_bench::generate(options, config).await
        }
        [command, action, options @ ..] if command == "patients" && action == "bench-search" => {
            super::patient_bench::bench_search(options, config).await
        }
        [command, options @ ..] if command == "backup" => {
            let to = super::backup::folder_argument(options, "--to")?;
            super::backup::backup(config, &to).await
        }
        [command, options @ ..] if command == "restore" => {
            let from = super::backup::folder_argument(options, "--from")?;
            super::backup::restore(config, &from).await
        }
        [command, action, options @ ..] if command == "api-key" && action == "create" => {
            let (clinic, key) = parse_api_key_create(options)?;
            api_key_create(&clinic, key, config).await
        }
        [command, action, options @ ..] if command == "appointments" && action == "generate" => {
            appointment_generator::generate(parse_appointments_generate(options)?, config).await
        }
        _ => Err(USAGE.to_string()),
    }
}

async fn migrate(config: &Config) -> Result<String, String> {
    let url = config.database_owner_url.as_deref().unwrap_or(&config.database_url);
    let migrated = db::migrate(url).await.map_err(|e| e.to_string())?;
    Ok(match migrated.applied.as_slice() {
        [] => "the schema is already up to date".to_string(),
        applied => format!("applied {} migrations: {applied:?}", applied.len()),
    })
}

async fn audit_verify(config: &Config) -> Result<String, String> {
    let pool = db::pool(config).map_err(|e| e.to_string())?;
    let mut conn = pool.acquire().await.map_err(|e| e.to_string())?;
    let key = ChainKey::derive(&config.app_secret);
    let keyed_from = audit::keyed_from(&mut conn).await.map_err(|e| e.to_string())?;
    // Rows before the keying keep SHA-256 hashes; where that starts is printed so that a move
    // of the record (which only an owner could make) shows.
    let before_keying = match keyed_from {
        Some(seq) if seq > 1 => {
            format!("; positions 1 to {} predate the keying (SHA-256)", seq - 1)
        }
        Some(_) => String::new(),
        None => "; the record of where the keying starts is missing".to_string(),
    };
    let pending = audit::pending(&mut conn).await.map_err(|e| e.to_string())?;
    // The count and the chain in one snapshot, recorded for the audit log page.
    let (rows, _, broken) =
        audit::verify_and_record(&mut conn, &key, None).await.map_err(|e| e.to_string())?;
    let not_sealed = match pending {
        0 => String::new(),
        1 => "; 1 row written in the last moments is not sealed yet".to_string(),
        n => format!("; {n} rows written in the last moments are not sealed yet"),
    };
    match broken {
        None => Ok(format!(
            "audit log intact: {rows} rows, chain unbroken (keyed by APP_SECRET{before_keying})\
             {not_sealed}"
        )),
        Some(ChainBreak::At(position)) => Err(format!(
            "audit log chain broken at position {position} (positions number the rows in the \
             order they were chained, from 1; every one before it checks out): the row at that \
             position or its seal was changed, or written under another APP_SECRET, or a \
             position was removed or inserted there{before_keying}"
        )),
        Some(ChainBreak::Unaccounted(id)) => Err(format!(
            "audit row id {id} is neither sealed nor waiting to be sealed: its entry in the \
             sealing queue (audit_unsealed) was deleted"
        )),
        Some(ChainBreak::UnsealedMismatch(id)) => Err(format!(
            "audit row id {id}, not sealed yet, does not match its MAC: it was changed, or \
             written under another APP_SECRET"
        )),
        Some(ChainBreak::UnsealedMissing(id)) => Err(format!(
            "audit row id {id} was waiting to be sealed and no longer exists: it was deleted"
        )),
    }
}

/// `api-key create`'s options: the clinic's slug and the key (checked as the admin's form
/// checks one).
fn parse_api_key_create(args: &[String]) -> Result<(String, NewKey), String> {
    let mut clinic = None;
    let mut form = KeyForm::default();
    let mut rest = args.iter();
    while let Some(flag) = rest.next() {
        let value = rest.next().ok_or_else(|| format!("{flag} needs a value\n{USAGE}"))?;
        match (flag.as_str(), value.as_str()) {
            ("--clinic", slug) => clinic = Some(slug.to_string()),
            ("--name", name) => form.key_name = name.to_string(),
            ("--scope", "write") => form.key_write = "on".into(),
            ("--scope", "patients") => form.key_patients = "on".into(),
            ("--scope", other) => return Err(format!("unknown scope {other} (write, patients)")),
            ("--per-minute", n) => form.key_per_minute = n.to_string(),
            (other, _) => return Err(format!("unknown option {other}\n{USAGE}")),
        }
    }
    let clinic = clinic.ok_or_else(|| format!("--clinic is required\n{USAGE}"))?;
    let key = form.parse().map_err(|problems| {
        problems
            .into_iter()
            .map(|(field, message)| format!("{field}: {message}"))
            .collect::<Vec<_>>()
            .join("; ")
    })?;
    Ok((clinic, key))
}

async fn api_key_create(clinic: &str, key: NewKey, config: &Config) -> Result<String, String> {
    let pool = db::pool(config).map_err(|e| e.to_string())?;
    db::ensure_schema(&pool, config).await.map_err(|e| e.to_string())?;
    let mut tx = pool.begin().await.map_err(|e| e.to_string())?;
    let clinic_id: Option<i64> = sqlx::query_scalar("SELECT id FROM clinic WHERE slug = $1")
        .bind(clinic)
        .fetch_optional(&mut *tx)
        .await
        .map_err(|e| e.to_string())?;
    let clinic_id = clinic_id.ok_or_else(|| format!("no clinic with the slug {clinic:?}"))?;
    let (id, text) =
        api_keys::store::create(&mut tx, clinic_id, None, &key).await.map_err(|e| {
            match crate::error::forms::broken_constraint(&e).as_deref() {
                Some("api_key_live_name_unique") => {
                    format!("the clinic has a live key named {:?}", key.name)
                }
                _ => e.to_string(),
            }
        })?;
    let entry = AuditEntry::new(
        "api_key.created_from_command_line",
        Outcome::Success,
        &RequestOrigin::default(),
    )
    .clinic(clinic_id)
    .object("api_key", id)
    .details(
        json!({ "name": key.name, "scopes": key.scopes.names(), "per_minute": key.per_minute }),
    );
    audit::append(&mut tx, entry).await.map_err(|e| e.to_string())?;
    tx.commit().await.map_err(|e| e.to_string())?;
    Ok(text)
}

async fn user_add(request: UserAdd, config: &Config) -> Result<String, String> {
    let password = NewPassword::parse(&read_password()?, request.email.as_str(), &request.name)?;
    let hash = password_hash::hash(&password).await.map_err(|e| e.to_string())?;

    let pool = db::pool(config).map_err(|e| e.to_string())?;
    db::ensure_schema(&pool, config).await.map_err(|e| e.to_string())?;
    let mut tx = pool.begin().await.map_err(|e| e.to_string())?;
    let staff_id =
        store::upsert_staff(&mut tx, request.email.as_str(), &request.name, request.role, &hash)
            .await
            .map_err(|e| e.to_string())?;
    // A reset password must not leave anyone signed in with the old one.
    let ended = store::end_other_sessions(&mut tx, staff_id, None, "password_changed")
        .await
        .map_err(|e| e.to_string())?;
    for slug in &request.clinics {
        let clinic_id: Option<i64> = sqlx::query_scalar("SELECT id FROM clinic WHERE slug = $1")
            .bind(slug)
            .fetch_optional(&mut *tx)
            .await
            .map_err(|e| e.to_string())?;
        let clinic_id = clinic_id.ok_or_else(|| format!("no clinic with the slug {slug:?}"))?;
        store::add_membership(&mut tx, staff_id, clinic_id).await.map_err(|e| e.to_string())?;
    }
    let entry = AuditEntry::new(
        "staff.saved_from_command_line",
        Outcome::Success,
        &RequestOrigin::default(),
    )
    .object("staff", staff_id)
    .details(json!({
        "email": request.email.as_str(),
        "role": request.role.as_str(),
        "clinics": request.clinics,
        "sessions_ended": ended,
    }));
    audit::append(&mut tx, entry).await.map_err(|e| e.to_string())?;
    tx.commit().await.map_err(|e| e.to_string())?;
    Ok(format!("staff #{staff_id} {} saved as {}", request.email, request.role.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn parses_a_complete_request() {
        let request = parse_user_add(&args(&[
            "--email",
            "a@clinic.example",
            "--name",
            "Ann Lee",
            "--role",
            "dentist",
            "--clinic",
            "london",
            "--clinic",
            "leeds",
        ]))
        .unwrap();
        assert_eq!(request.role, Role::Dentist);
        assert_eq!(request.clinics, ["london", "leeds"]);
    }

    #[test]
    fn refuses_missing_or_unknown_options_and_a_password_argument() {
        assert!(parse_user_add(&args(&["--email", "a@clinic.example"])).is_err());
        assert!(
            parse_user_add(&args(&["--password", "secret secret"]))
                .unwrap_err()
                .contains("unknown option")
        );
        assert!(parse_user_add(&args(&["--role", "owner"])).is_err());
    }

    #[test]
    fn parses_an_appointments_generate_request_with_defaults() {
        let request = parse_appointments_generate(&args(&["--count", "1000000"])).unwrap();
        assert_eq!(request, GenerateAppointments { count: 1_000_000, clinics: 40, seed: 1 });
        let request =
            parse_appointments_generate(&args(&["--clinics", "3", "--count", "90", "--seed", "7"]))
                .unwrap();
        assert_eq!(request, GenerateAppointments { count: 90, clinics: 3, seed: 7 });
    }

    #[test]
    fn refuses_a_bad_appointments_generate_request() {
        for bad in [
            &[][..],
            &["--count"],
            &["--count", "many"],
            &["--count", "0"],
            &["--count", "10", "--clinics", "0"],
            &["--count", "10", "--clinics", "20"],
            &["--count", "10", "--days", "3"],
        ] {
            assert!(parse_appointments_generate(&args(bad)).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn appointments_generate_is_refused_in_production() {
        let config = |pairs: &[(&str, &str)]| {
            let pairs: Vec<(String, String)> =
                pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
            Config::from_lookup(|key| pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone()))
                .unwrap()
        };
        let development = config(&[("DATABASE_URL", "postgres://localhost/app")]);
        assert!(appointment_generator::refuse_in_production(&development).is_ok());
        let production = config(&[
            ("APP_ENV", "production"),
            ("DATABASE_URL", "postgres://db/app"),
            ("PUBLIC_BASE_URL", "https://clinic.example"),
            ("APP_SECRET", "a-production-secret-that-is-long-enough-to-pass"),
            ("SMTP_URL", "smtp://mail.clinic.example:587?tls=required"),
            ("EMAIL_FROM", "no-reply@clinic.example"),
            ("DOCUMENT_STORE", "file:///var/lib/chairside/documents"),
        ]);
        assert!(appointment_generator::refuse_in_production(&production).is_err());
    }
}
