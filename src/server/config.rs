//! Typed configuration read from the environment once at start-up.
//!
//! In production the server refuses to start on unsafe settings and reports every problem at
//! once, so an operator fixes them in one go rather than one restart at a time.

use std::fmt;
use std::net::IpAddr;
use std::time::Duration;

use url::Url;

/// The secret used when none is configured in development. Production refuses it.
pub const DEVELOPMENT_SECRET: &str = "development-only-secret-never-use-in-production";
const MIN_SECRET_LEN: usize = 32;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Environment {
    Development,
    Production,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    Text,
    Json,
}

#[derive(Clone)]
pub struct Config {
    pub environment: Environment,
    pub database_url: String,
    /// `DATABASE_OWNER_URL`: the schema owner's connection, read only by `chairside migrate`,
    /// `backup` and `restore` (falls back to `database_url`). The server itself never uses it.
    pub database_owner_url: Option<String>,
    /// `DATABASE_REPLICA_URL`: a read replica for reports (optional); without it, reports read
    /// from the primary like everything else.
    pub database_replica_url: Option<String>,
    /// `MIGRATE_ON_START`: apply the migrations at start-up (development), or only check that
    /// they are applied and refuse to start otherwise (production: the app's role cannot change
    /// the schema; `chairside migrate` does, as the owner).
    pub migrate_on_start: bool,
    pub database_max_connections: u32,
    pub public_base_url: Url,
    pub app_secret: String,
    pub log_format: LogFormat,
    /// How long in-flight requests may take to finish after a shutdown signal.
    pub shutdown_grace: Duration,
    /// The most bytes of rendered pages this instance keeps (`server::page_cache`); 0 keeps
    /// none.
    pub page_cache_bytes: usize,
    /// A staff session ends after this long without activity...
    pub session_idle: Duration,
    /// ...and after this long in any case.
    pub session_absolute: Duration,
    /// Load the demonstration clinics and accounts at start-up (development only, opt-in).
    pub demo_data: bool,
    /// Behind a load balancer: take the client's address from the last `X-Forwarded-For` entry
    /// (the one the balancer added) instead of the TCP peer, which would be the balancer.
    pub trust_forwarded_for: bool,
    pub email: EmailSettings,
    /// Who may read `/metrics`.
    pub metrics: crate::server::metrics::MetricsAccess,
    /// `DOCUMENT_STORE`: where patients' documents are kept, `file:///var/lib/chairside/documents`
    /// or `s3://bucket/prefix` (the default in development: `.data/documents` under the working
    /// directory).
    pub document_store: DocumentLocation,
    /// `DOCUMENT_MAX_MB` (50 by default): the largest document accepted.
    pub document_max_bytes: u64,
}

/// Where emails go and whom they come from.
#[derive(Clone)]
pub struct EmailSettings {
    /// `SMTP_URL` (it may hold a password: never logged). None: `.eml` files in `file_dir`,
    /// which production refuses.
    pub smtp_url: Option<String>,
    /// `EMAIL_FROM`: `Clinic name <no-reply@clinic.example>`.
    pub from: lettre::message::Mailbox,
    /// `EMAIL_FILE_DIR` (default `mail`): the development sink.
    pub file_dir: std::path::PathBuf,
}

/// Where patients' documents are kept (`DOCUMENT_STORE`).
#[derive(Clone)]
pub enum DocumentLocation {
    /// `file:///…`: a folder on this machine (one instance, or a shared mount).
    Folder(std::path::PathBuf),
    /// `s3://bucket[/prefix]`: an S3-compatible bucket, with the usual `AWS_*` settings
    /// ([`S3_SETTINGS`]) as the AWS tools read them. Their values may be secrets: never logged.
    Bucket { url: Url, settings: Vec<(&'static str, String)> },
}

/// The `AWS_*` variables read for an `s3://` store: credentials (or the web identity and
/// container credentials of EKS and ECS; without any, the instance's metadata service), the
/// region, an endpoint for S3-compatible servers, and server-side encryption.
pub const S3_SETTINGS: &[&str] = &[
    "AWS_ACCESS_KEY_ID",
    "AWS_SECRET_ACCESS_KEY",
    "AWS_SESSION_TOKEN",
    "AWS_REGION",
    "AWS_DEFAULT_REGION",
    "AWS_ENDPOINT",
    "AWS_ENDPOINT_URL",
    "AWS_ALLOW_HTTP",
    "AWS_VIRTUAL_HOSTED_STYLE_REQUEST",
    "AWS_WEB_IDENTITY_TOKEN_FILE",
    "AWS_ROLE_ARN",
    "AWS_ROLE_SESSION_NAME",
    "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
    "AWS_CONTAINER_CREDENTIALS_FULL_URI",
    "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE",
    "AWS_SERVER_SIDE_ENCRYPTION",
    "AWS_SSE_KMS_KEY_ID",
];

impl DocumentLocation {
    /// `DOCUMENT_STORE`'s value; for a bucket, its settings read through `lookup` and checked
    /// by building the client (which reaches nothing yet).
    pub fn parse(
        text: &str,
        lookup: &impl Fn(&str) -> Option<String>,
    ) -> Result<DocumentLocation, String> {
        let refused = || {
            format!(
                "DOCUMENT_STORE {text:?} is not a file:/// URL of a folder or an s3://bucket URL"
            )
        };
        let url = Url::parse(text).map_err(|_| refused())?;
        match url.scheme() {
            "file" => url.to_file_path().map(DocumentLocation::Folder).map_err(|_| refused()),
            "s3" if url.host_str().is_some_and(|bucket| !bucket.is_empty()) => {
                let settings: Vec<_> = S3_SETTINGS
                    .iter()
                    .filter_map(|name| lookup(name).map(|value| (*name, value)))
                    .collect();
                crate::documents::store::bucket(&url, &settings)
                    .map_err(|error| format!("DOCUMENT_STORE's bucket settings: {error}"))?;
                Ok(DocumentLocation::Bucket { url, settings })
            }
            _ => Err(refused()),
        }
    }
}

impl fmt::Debug for DocumentLocation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DocumentLocation::Folder(path) => write!(f, "Folder({})", path.display()),
            DocumentLocation::Bucket { url, .. } => write!(f, "Bucket({url})"),
        }
    }
}

impl fmt::Debug for Config {
    // Secrets (the database password, the app secret) never reach a log line.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Config")
            .field("environment", &self.environment)
            .field("database_owner_url", &self.database_owner_url.as_ref().map(|_| "configured"))
            .field(
                "database_replica_url",
                &self.database_replica_url.as_ref().map(|_| "configured"),
            )
            .field("migrate_on_start", &self.migrate_on_start)
            .field("database_max_connections", &self.database_max_connections)
            .field("public_base_url", &self.public_base_url.as_str())
            .field("log_format", &self.log_format)
            .field("shutdown_grace", &self.shutdown_grace)
            .field("page_cache_bytes", &self.page_cache_bytes)
            .field("session_idle", &self.session_idle)
            .field("session_absolute", &self.session_absolute)
            .field("smtp", &self.email.smtp_url.as_ref().map(|_| "configured"))
            .field("email_from", &self.email.from.to_string())
            .field("metrics_allow", &self.metrics.allow)
            .field("metrics_token", &self.metrics.token.as_ref().map(|_| "configured"))
            .finish_non_exhaustive()
    }
}

/// Every problem found in the configuration, one per line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigProblems(pub Vec<String>);

impl fmt::Display for ConfigProblems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for problem in &self.0 {
            writeln!(f, "  - {problem}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ConfigProblems {}

impl Config {
    pub fn from_env() -> Result<Config, ConfigProblems> {
        Config::from_lookup(|key| std::env::var(key).ok().filter(|value| !value.is_empty()))
    }

    /// Reads the configuration through `lookup` (the environment, or a map in tests).
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Config, ConfigProblems> {
        let mut problems = Vec::new();

        let environment = match lookup("APP_ENV").as_deref() {
            None | Some("development") => Environment::Development,
            Some("production") => Environment::Production,
            Some(other) => {
                problems.push(format!(
                    "APP_ENV is {other:?}; expected \"development\" or \"production\""
                ));
                Environment::Production
            }
        };
        let production = environment == Environment::Production;

        let database_url = lookup("DATABASE_URL").unwrap_or_else(|| {
            problems.push("DATABASE_URL is not set".to_string());
            String::new()
        });

        let database_owner_url = lookup("DATABASE_OWNER_URL");
        let database_replica_url = lookup("DATABASE_REPLICA_URL");

        let migrate_on_start = match lookup("MIGRATE_ON_START").as_deref() {
            // Production runs as a role that may not change the schema: migrations are a
            // separate step (`chairside migrate`) under the owner's role.
            None => !production,
            Some("true") => true,
            Some("false") => false,
            Some(other) => {
                problems
                    .push(format!("MIGRATE_ON_START is {other:?}; expected \"true\" or \"false\""));
                false
            }
        };

        let database_max_connections = match lookup("DATABASE_MAX_CONNECTIONS") {
            None => 10,
            Some(text) => match text.parse::<u32>() {
                Ok(n) if (1..=1000).contains(&n) => n,
                _ => {
                    problems.push(format!(
                        "DATABASE_MAX_CONNECTIONS is {text:?}; expected a number from 1 to 1000"
                    ));
                    10
                }
            },
        };

        let public_base_url = match lookup("PUBLIC_BASE_URL") {
            None if production => {
                problems.push("PUBLIC_BASE_URL is not set (the https address users reach)".into());
                None
            }
            None => None,
            Some(text) => match Url::parse(&text) {
                Ok(url) if url.scheme() == "https" || url.scheme() == "http" => {
                    if production && url.scheme() != "https" {
                        problems
                            .push(format!("PUBLIC_BASE_URL {text:?} must use https in production"));
                    }
                    Some(url)
                }
                _ => {
                    problems.push(format!("PUBLIC_BASE_URL {text:?} is not an http(s) URL"));
                    None
                }
            },
        }
        .unwrap_or_else(|| Url::parse("http://127.0.0.1:3000").expect("a valid default URL"));

        let app_secret = match lookup("APP_SECRET") {
            None if production => {
                problems.push("APP_SECRET is not set".to_string());
                String::new()
            }
            None => DEVELOPMENT_SECRET.to_string(),
            Some(secret) => {
                if production && secret == DEVELOPMENT_SECRET {
                    problems.push("APP_SECRET is the development default".to_string());
                } else if secret.len() < MIN_SECRET_LEN {
                    problems.push(format!(
                        "APP_SECRET is too short ({} characters; at least {MIN_SECRET_LEN})",
                        secret.len()
                    ));
                }
                secret
            }
        };

        let log_format = match lookup("LOG_FORMAT").as_deref() {
            None if production => LogFormat::Json,
            None => LogFormat::Text,
            Some("json") => LogFormat::Json,
            Some("text") => LogFormat::Text,
            Some(other) => {
                problems.push(format!("LOG_FORMAT is {other:?}; expected \"text\" or \"json\""));
                LogFormat::Json
            }
        };

        let shutdown_grace = match lookup("SHUTDOWN_GRACE_SECONDS") {
            None => Duration::from_secs(10),
            Some(text) => match text.parse::<u64>() {
                Ok(seconds) if seconds <= 300 => Duration::from_secs(seconds),
                _ => {
                    problems.push(format!(
                        "SHUTDOWN_GRACE_SECONDS is {text:?}; expected a number from 0 to 300"
                    ));
                    Duration::from_secs(10)
                }
            },
        };

        let page_cache_bytes = match lookup("PAGE_CACHE_MB") {
            None => 64 << 20,
            Some(text) => match text.parse::<usize>() {
                Ok(megabytes) if megabytes <= 65_536 => megabytes << 20,
                _ => {
                    problems.push(format!(
                        "PAGE_CACHE_MB is {text:?}; expected a number from 0 to 65536"
                    ));
                    64 << 20
                }
            },
        };

        let mut minutes = |key: &str, default: u64, max: u64| match lookup(key) {
            None => Duration::from_secs(default * 60),
            Some(text) => match text.parse::<u64>() {
                Ok(n) if (1..=max).contains(&n) => Duration::from_secs(n * 60),
                _ => {
                    problems.push(format!("{key} is {text:?}; expected a number from 1 to {max}"));
                    Duration::from_secs(default * 60)
                }
            },
        };
        let session_idle = minutes("SESSION_IDLE_MINUTES", 30, 24 * 60);
        let session_absolute = minutes("SESSION_ABSOLUTE_MINUTES", 12 * 60, 7 * 24 * 60);

        let demo_data = match lookup("DEMO_DATA").as_deref() {
            // Opt-in: a server started without settings must not create demo accounts.
            None => false,
            Some("true") if production => {
                problems.push("DEMO_DATA=true is refused in production".to_string());
                false
            }
            Some("true") => true,
            Some("false") => false,
            Some(other) => {
                problems.push(format!("DEMO_DATA is {other:?}; expected \"true\" or \"false\""));
                false
            }
        };

        let trust_forwarded_for = match lookup("TRUST_FORWARDED_FOR").as_deref() {
            None | Some("false") => false,
            Some("true") => true,
            Some(other) => {
                problems.push(format!(
                    "TRUST_FORWARDED_FOR is {other:?}; expected \"true\" or \"false\""
                ));
                false
            }
        };

        let metrics_allow = match lookup("METRICS_ALLOW") {
            None => vec![IpAddr::from([127, 0, 0, 1]), IpAddr::from(std::net::Ipv6Addr::LOCALHOST)],
            Some(text) => text
                .split(|c: char| c == ',' || c.is_whitespace())
                .filter(|part| !part.is_empty())
                .filter_map(|part| match part.parse::<IpAddr>() {
                    Ok(ip) => Some(ip.to_canonical()),
                    Err(_) => {
                        problems.push(format!(
                            "METRICS_ALLOW has {part:?}, which is not an IP address"
                        ));
                        None
                    }
                })
                .collect(),
        };
        let metrics_token = match lookup("METRICS_TOKEN") {
            Some(token) if token.len() < 24 => {
                problems.push("METRICS_TOKEN is shorter than 24 characters".into());
                None
            }
            token => token,
        };

        let smtp_url = match lookup("SMTP_URL") {
            None if production => {
                problems.push("SMTP_URL is not set (production sends email over SMTP)".into());
                None
            }
            None => None,
            Some(text) => match Url::parse(&text) {
                Ok(url) if url.scheme() == "smtp" || url.scheme() == "smtps" => Some(text),
                _ => {
                    // The value may hold a password: not repeated here.
                    problems.push("SMTP_URL is not an smtp:// or smtps:// URL".to_string());
                    None
                }
            },
        };
        let from_text = match lookup("EMAIL_FROM") {
            None if production => {
                problems.push("EMAIL_FROM is not set (the sender of every email)".into());
                None
            }
            other => other,
        };
        let from = match from_text
            .as_deref()
            .unwrap_or("Chairside <no-reply@chairside.localhost>")
            .parse()
        {
            Ok(mailbox) => mailbox,
            Err(_) => {
                problems.push(format!("EMAIL_FROM {from_text:?} is not an email address"));
                "Chairside <no-reply@chairside.localhost>".parse().expect("a valid default sender")
            }
        };
        let email = EmailSettings {
            smtp_url,
            from,
            file_dir: lookup("EMAIL_FILE_DIR").unwrap_or_else(|| "mail".into()).into(),
        };

        let document_store = match lookup("DOCUMENT_STORE") {
            None if production => {
                problems.push(
                    "DOCUMENT_STORE is not set (where patients' documents are kept: file:///… or s3://…)"
                        .into(),
                );
                None
            }
            None => {
                let default = std::env::current_dir()
                    .ok()
                    .map(|dir| DocumentLocation::Folder(dir.join(".data/documents")));
                if default.is_none() {
                    problems
                        .push("DOCUMENT_STORE is not set and the working folder is unknown".into());
                }
                default
            }
            Some(text) => match DocumentLocation::parse(&text, &lookup) {
                Ok(location) => Some(location),
                Err(problem) => {
                    problems.push(problem);
                    None
                }
            },
        };
        let document_max_bytes = match lookup("DOCUMENT_MAX_MB").map(|t| t.parse::<u64>()) {
            None => 50 * 1024 * 1024,
            Some(Ok(mb)) if (1..=2048).contains(&mb) => mb * 1024 * 1024,
            Some(_) => {
                problems.push("DOCUMENT_MAX_MB is not a whole number from 1 to 2048".into());
                0
            }
        };

        if !problems.is_empty() {
            return Err(ConfigProblems(problems));
        }
        Ok(Config {
            environment,
            database_url,
            database_owner_url,
            database_replica_url,
            migrate_on_start,
            database_max_connections,
            public_base_url,
            app_secret,
            log_format,
            shutdown_grace,
            page_cache_bytes,
            session_idle,
            session_absolute,
            demo_data,
            trust_forwarded_for,
            email,
            metrics: crate::server::metrics::MetricsAccess {
                allow: metrics_allow,
                token: metrics_token,
            },
            document_store: document_store.expect("a document store, or a problem reported above"),
            document_max_bytes,
        })
    }

    pub fn is_production(&self) -> bool {
        self.environment == Environment::Production
    }

    /// Whether browsers reach the app over https (responses get HSTS).
    pub fn is_https(&self) -> bool {
        self.public_base_url.scheme() == "https"
    }

    /// Session cookies are `Secure` everywhere but plain-http development.
    pub fn secure_cookies(&self) -> bool {
        self.is_production() || self.is_https()
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;

    fn config(pairs: &[(&str, &str)]) -> Result<Config, ConfigProblems> {
        let map: HashMap<String, String> =
            pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        Config::from_lookup(|key| map.get(key).cloned())
    }

    #[test]
    fn development_needs_only_a_database_url() {
        let config = config(&[("DATABASE_URL", "postgres://localhost/app")]).unwrap();
        assert_eq!(config.environment, Environment::Development);
        assert_eq!(config.app_secret, DEVELOPMENT_SECRET);
        assert_eq!(config.log_format, LogFormat::Text);
        assert!(!config.is_https());
        assert!(config.migrate_on_start, "development migrates at start by default");
        assert_eq!(config.database_owner_url, None);
    }

    #[test]
    fn production_does_not_migrate_at_start_unless_told_to() {
        let safe = [
            ("APP_ENV", "production"),
            ("DATABASE_URL", "postgres://app@db/app"),
            ("PUBLIC_BASE_URL", "https://clinic.example"),
            ("APP_SECRET", "a-long-random-secret-of-at-least-32-chars"),
            ("SMTP_URL", "smtp://mail.clinic.example:587?tls=required"),
            ("EMAIL_FROM", "no-reply@clinic.example"),
            ("DOCUMENT_STORE", "file:///var/lib/chairside/documents"),
        ];
        assert!(!config(&safe).unwrap().migrate_on_start);
        let told = config(&[&safe[..], &[("MIGRATE_ON_START", "true")]].concat()).unwrap();
        assert!(told.migrate_on_start);
        let development =
            config(&[("DATABASE_URL", "postgres://db/app"), ("MIGRATE_ON_START", "false")])
                .unwrap();
        assert!(!development.migrate_on_start);
        let problems =
            config(&[("DATABASE_URL", "postgres://db/app"), ("MIGRATE_ON_START", "yes")])
                .unwrap_err();
        assert!(problems.to_string().contains("MIGRATE_ON_START"), "{problems}");
    }

    #[test]
    fn production_lists_every_unsafe_setting_at_once() {
        let problems = config(&[
            ("APP_ENV", "production"),
            ("PUBLIC_BASE_URL", "http://clinic.example"),
            ("APP_SECRET", DEVELOPMENT_SECRET),
        ])
        .unwrap_err();
        let text = problems.to_string();
        assert_eq!(problems.0.len(), 6, "{text}");
        assert!(text.contains("SMTP_URL is not set"), "{text}");
        assert!(text.contains("DOCUMENT_STORE is not set"), "{text}");
        assert!(text.contains("EMAIL_FROM is not set"), "{text}");
        assert!(text.contains("DATABASE_URL is not set"), "{text}");
        assert!(text.contains("must use https"), "{text}");
        assert!(text.contains("development default"), "{text}");
    }

    #[test]
    fn production_refuses_a_short_secret_and_a_missing_url() {
        let problems = config(&[
            ("APP_ENV", "production"),
            ("DATABASE_URL", "postgres://db/app"),
            ("APP_SECRET", "short"),
            ("SMTP_URL", "smtp://mail.clinic.example:587?tls=required"),
            ("EMAIL_FROM", "Clinic <no-reply@clinic.example>"),
            ("DOCUMENT_STORE", "file:///var/lib/chairside/documents"),
        ])
        .unwrap_err();
        assert_eq!(problems.0.len(), 2, "{problems}");
        assert!(problems.0.iter().any(|p| p.contains("too short")));
        assert!(problems.0.iter().any(|p| p.contains("PUBLIC_BASE_URL is not set")));
    }

    #[test]
    fn production_with_safe_settings_starts_with_json_logs() {
        let config = config(&[
            ("APP_ENV", "production"),
            ("DATABASE_URL", "postgres://db/app"),
            ("PUBLIC_BASE_URL", "https://clinic.example"),
            ("APP_SECRET", "a-long-random-secret-of-at-least-32-chars"),
            ("SMTP_URL", "smtps://user:secret@mail.clinic.example:465"),
            ("EMAIL_FROM", "Clinic <no-reply@clinic.example>"),
            ("DOCUMENT_STORE", "file:///var/lib/chairside/documents"),
        ])
        .unwrap();
        assert!(config.is_production());
        assert!(!format!("{config:?}").contains("secret@"), "the SMTP password is never printed");
        assert!(config.is_https());
        assert_eq!(config.log_format, LogFormat::Json);
    }

    #[test]
    fn malformed_numbers_and_names_are_reported() {
        let problems = config(&[
            ("APP_ENV", "staging"),
            ("DATABASE_URL", "postgres://db/app"),
            ("DATABASE_MAX_CONNECTIONS", "lots"),
            ("LOG_FORMAT", "xml"),
            ("SHUTDOWN_GRACE_SECONDS", "-1"),
            ("PAGE_CACHE_MB", "some"),
        ])
        .unwrap_err();
        let text = problems.to_string();
        for expected in [
            "APP_ENV",
            "DATABASE_MAX_CONNECTIONS",
            "LOG_FORMAT",
            "SHUTDOWN_GRACE_SECONDS",
            "PAGE_CACHE_MB",
        ] {
            assert!(text.contains(expected), "missing {expected} in {text}");
        }
    }

    #[test]
    fn session_cookies_are_secure_except_in_plain_http_development() {
        let development = config(&[("DATABASE_URL", "postgres://db/app")]).unwrap();
        assert!(!development.secure_cookies());
        let development_https = config(&[
            ("DATABASE_URL", "postgres://db/app"),
            ("PUBLIC_BASE_URL", "https://dev.clinic.example"),
        ])
        .unwrap();
        assert!(development_https.secure_cookies());
        let production = config(&[
            ("APP_ENV", "production"),
            ("DATABASE_URL", "postgres://db/app"),
            ("PUBLIC_BASE_URL", "https://clinic.example"),
            ("APP_SECRET", "a-long-random-secret-of-at-least-32-chars"),
            ("SMTP_URL", "smtp://mail.clinic.example:587?tls=required"),
            ("EMAIL_FROM", "no-reply@clinic.example"),
            ("DOCUMENT_STORE", "file:///var/lib/chairside/documents"),
        ])
        .unwrap();
        assert!(production.secure_cookies());
        assert!(!production.demo_data, "production never loads demo data");
    }

    #[test]
    fn production_refuses_demo_data() {
        let problems = config(&[
            ("APP_ENV", "production"),
            ("DATABASE_URL", "postgres://db/app"),
            ("PUBLIC_BASE_URL", "https://clinic.example"),
            ("APP_SECRET", "a-long-random-secret-of-at-least-32-chars"),
            ("DEMO_DATA", "true"),
        ])
        .unwrap_err();
        assert!(problems.to_string().contains("DEMO_DATA"), "{problems}");
    }

    #[test]
    fn debug_output_hides_secrets() {
        let config = config(&[
            ("DATABASE_URL", "postgres://user:hunter2@db/app"),
            ("DATABASE_OWNER_URL", "postgres://owner:swordfish@db/app"),
            ("APP_SECRET", "a-long-random-secret-of-at-least-32-chars"),
        ])
        .unwrap();
        let shown = format!("{config:?}");
        assert!(!shown.contains("hunter2"));
        assert!(!shown.contains("swordfish"));
        assert!(!shown.contains("a-long-random-secret"));
    }

    #[test]
    fn the_document_store_is_a_folder_or_a_bucket_with_its_settings() {
        let folder = config(&[
            ("DATABASE_URL", "postgres://db/app"),
            ("DOCUMENT_STORE", "file:///var/lib/chairside/documents"),
        ])
        .unwrap();
        assert!(matches!(
            &folder.document_store,
            DocumentLocation::Folder(path) if path.as_os_str() == "/var/lib/chairside/documents"
        ));

        let bucket = config(&[
            ("DATABASE_URL", "postgres://db/app"),
            ("DOCUMENT_STORE", "s3://practice-documents/london"),
            ("AWS_REGION", "eu-west-2"),
            ("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI-example"),
            ("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE"),
        ])
        .unwrap();
        let DocumentLocation::Bucket { url, settings } = &bucket.document_store else {
            panic!("an s3:// store is a bucket");
        };
        assert_eq!(url.as_str(), "s3://practice-documents/london");
        assert_eq!(
            settings.iter().map(|(name, _)| *name).collect::<Vec<_>>(),
            ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_REGION"]
        );
        let shown = format!("{:?}", bucket.document_store);
        assert!(!shown.contains("wJalrXUtnFEMI"), "{shown}");

        for refused in ["s3://", "ftp://files.example/documents", "documents"] {
            let problems =
                config(&[("DATABASE_URL", "postgres://db/app"), ("DOCUMENT_STORE", refused)])
                    .unwrap_err();
            assert!(problems.to_string().contains("DOCUMENT_STORE"), "{refused}: {problems}");
        }
        let problems = config(&[
            ("DATABASE_URL", "postgres://db/app"),
            ("DOCUMENT_STORE", "s3://practice-documents"),
            ("AWS_ALLOW_HTTP", "perhaps"),
        ])
        .unwrap_err();
        assert!(problems.to_string().contains("bucket settings"), "{problems}");
    }
}
