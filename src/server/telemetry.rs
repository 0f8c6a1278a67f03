//! Logging: structured `tracing` output (JSON in production), a request id on every request and
//! every log line it causes, and one access-log line per request.

use std::borrow::Cow;
use std::time::{Duration, Instant};

use axum::extract::Request;
use axum::http::HeaderValue;
use axum::middleware::Next;
use axum::response::Response;
use tracing::{Instrument, Subscriber};
use tracing_subscriber::EnvFilter;
use tracing_subscriber::fmt::MakeWriter;
use tracing_subscriber::fmt::format::FmtSpan;
use tracing_subscriber::util::SubscriberInitExt;

use super::config::{Config, LogFormat};

pub const REQUEST_ID_HEADER: &str = "x-request-id";

pub fn init(config: &Config) {
    // `try_init`: tests may start several servers in one process.
    let _ = subscriber(config.log_format, default_filter(), std::io::stdout).try_init();
}

/// For a command (`chairside migrate`, `api-key create`, …): the log goes to standard error,
/// as its standard output is its answer (a script may keep it: `KEY=$(chairside api-key …)`).
pub fn init_for_command(config: &Config) {
    let _ = subscriber(config.log_format, default_filter(), std::io::stderr).try_init();
}

fn default_filter() -> EnvFilter {
    EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,tower_http=warn"))
}

/// The log output in `format`, written to `writer` (standard output; a buffer in tests).
fn subscriber<W>(
    format: LogFormat,
    filter: EnvFilter,
    writer: W,
) -> Box<dyn Subscriber + Send + Sync>
where
    W: for<'w> MakeWriter<'w> + Send + Sync + 'static,
{
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_span_events(FmtSpan::NONE)
        .with_writer(writer);
    match format {
        LogFormat::Json => {
            Box::new(builder.json().with_current_span(true).with_span_list(false).finish())
        }
        LogFormat::Text => Box::new(builder.finish()),
    }
}

/// Accepts the caller's request id when it is short and plain (it ends up in log lines),
/// otherwise makes a new one.
fn request_id_from(request: &Request) -> String {
    request
        .headers()
        .get(REQUEST_ID_HEADER)
        .and_then(|value| value.to_str().ok())
        .filter(|id| {
            (1..=64).contains(&id.len())
                && id.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b))
        })
        .map(str::to_owned)
        .unwrap_or_else(|| uuid::Uuid::new_v4().to_string())
}

/// The routes whose path carries a bearer secret, each as the segments before the secret:
/// `/book/manage/{token}`, a patient's manage link, `/book/offer/{token}`, an ASAP offer, and
/// `/feeds/{token}.ics`, a provider's calendar feed. (The accept-invitation page takes its token
/// in the query string, `/welcome?token=`, which is never logged.)
const SECRET_AFTER: &[&[&str]] = &[&["book", "manage"], &["book", "offer"], &["feeds"]];

/// What a secret in a logged path is replaced by.
const REDACTED: &str = "[redacted]";

/// `path` as it may be logged: on a route of [`SECRET_AFTER`], everything after the route's
/// fixed segments is replaced by [`REDACTED`] (`/book/manage/[redacted]`). Segments compare
/// case-insensitively and empty ones (`//`) are skipped, so a mistyped link still hides its
/// token.
pub fn loggable_path(path: &str) -> Cow<'_, str> {
    'routes: for prefix in SECRET_AFTER {
        let mut rest = path;
        for expected in *prefix {
            rest = rest.trim_start_matches('/');
            let (segment, after) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
            if !segment.eq_ignore_ascii_case(expected) {
                continue 'routes;
            }
            rest = after;
        }
        if !rest.trim_start_matches('/').is_empty() {
            let kept = &path[..path.len() - rest.len()];
            return Cow::Owned(format!("{kept}/{REDACTED}"));
        }
    }
    Cow::Borrowed(path)
}

/// Middleware: runs the request inside a span carrying its id, echoes the id back, and writes
/// the access-log line. Only the path is logged, with its secrets redacted
/// ([`loggable_path`]), never the query string (searches may contain patient names).
/// Awaits `answer`, calling `note` once if it takes longer than `after`.
async fn noting_a_stall<T>(
    answer: impl std::future::Future<Output = T>,
    after: Duration,
    note: impl FnOnce(),
) -> T {
    tokio::pin!(answer);
    tokio::select! {
        done = &mut answer => done,
        () = tokio::time::sleep(after) => {
            note();
            answer.await
        }
    }
}

/// How long a request may go unanswered before the log says so (once, with its route): a
/// stalled request otherwise leaves no line at all until it ends.
const STILL_UNANSWERED_AFTER: Duration = Duration::from_secs(5);

pub async fn trace_requests(mut request: Request, next: Next) -> Response {
    let started = Instant::now();
    let request_id = request_id_from(&request);
    let header_value = HeaderValue::from_str(&request_id).expect("request ids are plain ASCII");
    request.headers_mut().insert(REQUEST_ID_HEADER, header_value.clone());

    let method = request.method().clone();
    let path = loggable_path(request.uri().path()).into_owned();
    let span = tracing::info_span!("request", request_id = %request_id);
    let answer = next.run(request).instrument(span.clone());
    let mut response = noting_a_stall(answer, STILL_UNANSWERED_AFTER, || {
        let waited_ms = STILL_UNANSWERED_AFTER.as_millis() as u64;
        span.in_scope(|| tracing::warn!(%method, %path, waited_ms, "request still unanswered"));
    })
    .await;

    let status = response.status().as_u16();
    // Rounded to 10 µs: finer figures are noise and clutter the log.
    let latency_ms = (started.elapsed().as_secs_f64() * 100_000.0).round() / 100.0;
    span.in_scope(|| tracing::info!(%method, %path, status, latency_ms, "request"));
    response.headers_mut().insert(REQUEST_ID_HEADER, header_value);
    response
}

#[cfg(test)]
mod tests {
    use std::sync::{Arc, Mutex};

    use axum::Router;
    use axum::body::Body;
    use axum::middleware::from_fn;
    use axum::routing::get;
    use tower::ServiceExt;

    use super::*;
    use crate::auth::invitation::new_token;

    /// Log output collected in memory.
    #[derive(Clone, Default)]
    struct Buffer(Arc<Mutex<Vec<u8>>>);

    impl std::io::Write for Buffer {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(bytes);
            Ok(bytes.len())
        }

        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    impl<'w> MakeWriter<'w> for Buffer {
        type Writer = Buffer;

        fn make_writer(&'w self) -> Buffer {
            self.clone()
        }
    }

    /// Sends `GET path` through `trace_requests` with the server's log output (in `format`)
    /// going to a buffer; answers what was logged.
    fn logged(format: LogFormat, path: &str) -> String {
        let buffer = Buffer::default();
        let subscriber = subscriber(format, EnvFilter::new("trace"), buffer.clone());
        tracing::subscriber::with_default(subscriber, || {
            // One thread: the middleware's work stays under this thread's default subscriber.
            let runtime =
                tokio::runtime::Builder::new_current_thread().enable_time().build().unwrap();
            runtime.block_on(async {
                let app = Router::new()
                    .route("/book/manage/{token}", get(|| async { "the appointment" }))
                    .layer(from_fn(trace_requests));
                let request = Request::get(path).body(Body::empty()).unwrap();
                let response = app.oneshot(request).await.unwrap();
                assert_eq!(response.status(), 200);
            });
        });
        String::from_utf8(buffer.0.lock().unwrap().clone()).unwrap()
    }

    #[tokio::test]
    async fn a_stall_is_noted_once_while_it_lasts_and_a_quick_answer_never() {
        let noted = std::cell::Cell::new(0);
        let quick = noting_a_stall(async { "at once" }, Duration::from_millis(50), || {
            noted.set(noted.get() + 1)
        });
        assert_eq!(quick.await, "at once");
        assert_eq!(noted.get(), 0);
        let slow = async {
            tokio::time::sleep(Duration::from_millis(120)).await;
            "late"
        };
        let answer = noting_a_stall(slow, Duration::from_millis(50), || noted.set(noted.get() + 1));
        assert_eq!(answer.await, "late");
        assert_eq!(noted.get(), 1);
    }

    #[test]
    fn only_the_secret_of_a_secret_carrying_path_is_redacted() {
        for (path, logged) in [
            ("/book/manage/abc_DEF-123", "/book/manage/[redacted]"),
            ("/book/offer/abc_DEF-123", "/book/offer/[redacted]"),
            ("/feeds/abc_DEF-123.ics", "/feeds/[redacted]"),
            ("/book/manage/abc/more", "/book/manage/[redacted]"),
            ("/book/manage/abc/", "/book/manage/[redacted]"),
            ("//Book//MANAGE/abc", "//Book//MANAGE/[redacted]"),
            ("/book/manage", "/book/manage"),
            ("/book/manage/", "/book/manage/"),
            ("/book/north-london", "/book/north-london"),
            ("/book/north-london/details", "/book/north-london/details"),
            ("/api/book/manage/cancel", "/api/book/manage/cancel"),
            ("/bookings/manage/abc", "/bookings/manage/abc"),
            ("/welcome", "/welcome"),
            ("/", "/"),
        ] {
            assert_eq!(loggable_path(path), logged, "{path}");
        }
    }

    /// Every page route with a token parameter (`/book/manage/:token` in `app.rs`) is known to
    /// [`loggable_path`]: a new one must be added to [`SECRET_AFTER`].
    #[tokio::test]
    async fn every_route_with_a_token_in_its_path_is_redacted() {
        let routes = leptos_axum::generate_route_list(crate::app::App);
        let with_token: Vec<&str> = routes
            .iter()
            .map(|route| route.path())
            .filter(|path| path.to_ascii_lowercase().contains("token"))
            .collect();
        assert!(
            !with_token.is_empty(),
            "no route has a token: {:?}",
            routes.iter().map(|r| r.path()).collect::<Vec<_>>()
        );
        for route in with_token {
            // Every parameter filled in, the token included.
            let path: String = route
                .split('/')
                .map(|segment| if segment.starts_with(['{', ':']) { "s3cret" } else { segment })
                .collect::<Vec<_>>()
                .join("/");
            assert!(path.contains("s3cret"), "{route}: parameters not recognised");
            let logged = loggable_path(&path);
            assert!(!logged.contains("s3cret"), "{route}: {logged}");
        }
    }

    #[test]
    fn a_manage_links_token_never_reaches_the_access_log() {
        let (token, _) = new_token();
        assert_eq!(token.len(), 43);
        for format in [LogFormat::Text, LogFormat::Json] {
            let log = logged(format, &format!("/book/manage/{token}"));
            assert!(!log.contains(&token), "{format:?}: {log}");
            assert!(log.contains("/book/manage/[redacted]"), "{format:?}: {log}");
            assert!(log.contains("request_id"), "{format:?}: the request's span is in: {log}");
        }
    }
}
