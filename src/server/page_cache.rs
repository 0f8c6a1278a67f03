//! Pages kept as rendered: the calendar and My day (for their viewer), and the online booking's
//! page of times (for anyone not signed in), are answered again, without reading their data or
//! rendering them, while nothing they show can have changed.
//!
//! A kept page is found by its key: the address; the language; the viewer (staff member, role, name, email,
//! when they last looked at the online bookings); the data versions of the viewer's clinics,
//! which every committed change to a clinic's data raises
//! (`migrations/20261201000001_clinic_data_version.sql`); the minute; and the encodings the
//! browser accepts. The versions are read before the page's data, so a kept page is never
//! older than the last change committed before the request (it may be newer). The checks of
//! requests waiting at the same moment are made with one statement ([`super::batched`]), each
//! after its request arrived. The clock moves a
//! page only by the minute: what it shows of "now" (the time line, the next patient) is as of its
//! render, less than a minute earlier. A page that shows an online hold is not kept, as a hold
//! runs out by the clock.
//!
//! Nothing is given up for the viewer: the session is checked on every request (a session that
//! has ended or run out goes the ordinary way, which ends it; one due to be touched, once a
//! minute, is touched here, once for all its requests asking at that moment, since each of them
//! going the ordinary way would render the page afresh), and the
//! page's audit rows, recorded when it was rendered ([`may_keep`]), are written again for each
//! answer, for this request, before the page is sent. A page is kept only when its server
//! functions said so, and only as a complete `200` HTML page, sealed (its Content-Security-
//! Policy) and compressed as the browser asked.
//!
//! The page of times is the same for every patient but for its booking key and the signed stamp
//! of when it was shown: those are made afresh for each answer ([`may_keep_for_anyone`]) and
//! the page is sealed again around them. Its key is the address, the clinic's data version and
//! the minute; it is kept only until the clinic's first online hold runs out (a hold taken
//! after it was rendered raises the version).
//!
//! A page missing from memory is rendered by the first request that asks for it; the others
//! that ask meanwhile wait for that render and answer from what it kept (or, when it could not
//! be kept, render it themselves), so the turn of a minute costs one render per page, not one
//! per request.
//!
//! Each server instance keeps its own pages, in memory, up to `PAGE_CACHE_MB` (64 by default; a
//! compressed calendar is 6 to 20 KB, a page of times 11 KB as rendered); a page of a past
//! minute is never answered again and goes when the budget is spent. With 0, nothing is kept
//! and requests pass straight through.

use std::collections::HashMap;
use std::convert::Infallible;
use std::sync::{Arc, Mutex};

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::header::{
    ACCEPT_ENCODING, CONTENT_ENCODING, CONTENT_LENGTH, CONTENT_SECURITY_POLICY, DATE, SET_COOKIE,
};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use sqlx::PgConnection;
use tokio::sync::watch;
use tower::{Layer, ServiceExt};
use tower_sessions::Session;
use uuid::Uuid;

use super::batched::{Batched, GroupRead};
use super::form_flash::FlashedError;
use super::security::{self, MAX_PAGE_BYTES, PageNonce};
use super::startup;
use super::state::AppState;
use crate::audit::reads::ReadLog;
use crate::audit::store::{AuditEntry, RequestOrigin};
use crate::auth::session::{self, origin_of};
use crate::auth::store::{self as auth_store, CheckedViewer, PageViewer};

/// The staff pages that may be kept (each must also say so while it renders: [`may_keep`]).
pub const KEPT_PAGES: &[&str] = &["/calendar", "/my-day"];

/// The clinic of an online booking page of times (`/book/{clinic}`), which may be kept for
/// anyone not signed in (it must also say so while it renders: [`may_keep_for_anyone`]).
fn booking_page_clinic(path: &str) -> Option<&str> {
    let slug = path.strip_prefix("/book/")?;
    (!slug.is_empty() && !slug.contains('/') && slug != "manage").then_some(slug)
}

/// The kept pages of this server instance, and what it needs to check a request against them.
#[derive(Clone)]
pub struct PageCache {
    state: AppState,
    reads: ReadLog,
    viewers: Batched<PageViewers>,
    touches: Batched<SessionTouches>,
    clinics: Batched<ClinicVersions>,
    kept: Arc<Mutex<Kept>>,
    renders: Renders,
}

#[derive(Default)]
struct Kept {
    pages: HashMap<String, Arc<KeptPage>>,
    bytes: usize,
}

struct KeptPage {
    minute: i64,
    /// Not answered from this instant on (the clinic's first online hold runs out).
    until: Option<DateTime<Utc>>,
    headers: HeaderMap,
    body: KeptBody,
    audit: Vec<AuditEntry>,
}

enum KeptBody {
    /// Sealed and compressed, sent as it is.
    Sealed(Bytes),
    /// Sealed (its policy is among the kept headers), not compressed, with parts made afresh
    /// for each answer, all outside the scripts the policy hashes.
    PerAnswer { html: String, parts: PerAnswer },
}

impl KeptBody {
    fn len(&self) -> usize {
        match self {
            KeptBody::Sealed(bytes) => bytes.len(),
            KeptBody::PerAnswer { html, .. } => html.len(),
        }
    }
}

/// The parts of a page made afresh for each answer: their text as rendered (each unique
/// enough not to occur by chance: random keys, signed stamps), and how to make new ones, in the
/// same order.
#[derive(Clone)]
pub struct PerAnswer {
    pub shown: Vec<String>,
    pub fresh: Arc<dyn Fn() -> Vec<String> + Send + Sync>,
}

/// What a page's server functions said about it while it rendered (a request extension, which
/// they reach through the request parts Leptos provides).
#[derive(Clone, Default)]
pub struct PageRecord(Arc<Mutex<Recorded>>);

impl PageRecord {
    /// Forgets what a render noted, for a render that starts again.
    pub fn restart(&self) {
        if let Ok(mut recorded) = self.0.lock() {
            *recorded = Recorded::default();
        }
    }
}

#[derive(Default)]
struct Recorded {
    keep: bool,
    not_keep: bool,
    audit: Vec<AuditEntry>,
    per_answer: Option<PerAnswer>,
}

/// Said by a server function while its page renders on the server: the page may be kept, and
/// `entry` is an audit row its view wrote, to be written again for every answer from the
/// cache. Does nothing outside a page render (a server function called by the browser).
pub fn may_keep(entry: &AuditEntry) {
    with_record(|recorded| {
        recorded.keep = true;
        recorded.audit.push(entry.clone());
    });
}

/// Said by a server function while its page renders on the server: the page shows nothing of
/// anyone's and may be kept for anyone not signed in, with `parts` made afresh for each answer.
pub fn may_keep_for_anyone(parts: PerAnswer) {
    with_record(|recorded| {
        recorded.keep = true;
        recorded.per_answer = Some(parts);
    });
}

/// Said by a server function while its page renders on the server: the page must not be kept
/// (it shows something that changes by the clock, such as an online hold).
pub fn must_not_keep() {
    with_record(|recorded| recorded.not_keep = true);
}

fn with_record(change: impl FnOnce(&mut Recorded)) {
    let Some(parts) = leptos::prelude::use_context::<http::request::Parts>() else {
        return;
    };
    if let Some(record) = parts.extensions.get::<PageRecord>()
        && let Ok(mut recorded) = record.0.lock()
    {
        change(&mut recorded);
    }
}

impl PageCache {
    /// Starts the tasks that make the checks (each with a connection of its own).
    pub fn new(state: AppState, reads: ReadLog) -> Self {
        let config = &state.config;
        let viewers = PageViewers {
            idle_seconds: config.session_idle.as_secs() as i64,
            absolute_seconds: config.session_absolute.as_secs() as i64,
        };
        let viewers = Batched::start(&state.pool, viewers);
        let touches = Batched::start(&state.pool, SessionTouches);
        let clinics = Batched::start(&state.pool, ClinicVersions);
        PageCache {
            state,
            reads,
            viewers,
            touches,
            clinics,
            kept: Arc::default(),
            renders: Renders::default(),
        }
    }

    /// The page kept under `key`, unless it is no longer to be answered at `now`.
    fn find(&self, key: &str, now: DateTime<Utc>) -> Option<Arc<KeptPage>> {
        self.kept.lock().ok().and_then(|kept| kept.find(key, now))
    }

    /// Where `request` came from, for its audit rows.
    fn origin(&self, request: &Request) -> RequestOrigin {
        origin_of(request.headers(), request.extensions(), self.state.config.trust_forwarded_for)
    }

    /// Answers with a kept page, once the page's audit rows are written for this request (from
    /// `origin`).
    async fn answer_kept(&self, origin: RequestOrigin, page: &KeptPage) -> Response {
        for entry in &page.audit {
            let entry = AuditEntry { origin: origin.clone(), ..entry.clone() };
            if let Err(error) = self.reads.append(entry).await {
                tracing::error!(%error, "a kept page's audit row could not be written");
                return StatusCode::INTERNAL_SERVER_ERROR.into_response();
            }
        }
        answer(page)
    }

    /// A request that may be answered from kept pages (a `GET` of a kept page, with no flashed
    /// refusal to show): its session, and the clinic when it is a booking page of times.
    fn candidate(&self, request: &Request) -> Option<(Session, Option<String>)> {
        if self.state.config.page_cache_bytes == 0 || request.method() != Method::GET {
            return None;
        }
        let path = request.uri().path();
        let staff_page = KEPT_PAGES.contains(&path);
        let booking_clinic = booking_page_clinic(path).map(str::to_string);
        if !(staff_page || booking_clinic.is_some())
            || request.extensions().get::<FlashedError>().is_some()
        {
            return None;
        }
        let session = request.extensions().get::<Session>()?.clone();
        Some((session, booking_clinic))
    }

    /// Who a candidate is answered for: a staff member on a kept staff page, with a live session
    /// (touched first when due); or anyone not signed in on a booking page of times. (Takes
    /// nothing of the request: its body is not `Sync`, so the middleware's future could not hold
    /// it across an await.)
    async fn viewer(&self, session: Session, booking_clinic: Option<String>) -> Option<Viewer> {
        let staff_session = session::staff_session_id(&session).await.ok()?;
        // A booking page shows a signed-in viewer their name (not kept); a staff page is refused
        // to anyone not signed in (the ordinary way).
        if staff_session.is_some() == booking_clinic.is_some() {
            return None;
        }
        match (staff_session, booking_clinic) {
            (Some(session_id), None) => {
                let checked = self
                    .viewers
                    .get(session_id)
                    .await
                    .inspect_err(
                        |error| tracing::warn!(%error, "the page cache's session check failed"),
                    )
                    .ok()??;
                if checked.touch_due {
                    self.touches
                        .get(session_id)
                        .await
                        .inspect_err(
                            |error| tracing::warn!(%error, "the page cache's session touch failed"),
                        )
                        .ok()?;
                    session::mark_refreshed(&session).await.ok()?;
                }
                Some(Viewer::Staff(checked.viewer))
            }
            (None, Some(slug)) => {
                let clinic = self
                    .clinics
                    .get(slug)
                    .await
                    .inspect_err(
                        |error| tracing::warn!(%error, "the page cache's version check failed"),
                    )
                    .ok()??;
                Some(Viewer::Anyone(clinic))
            }
            _ => None,
        }
    }
}

/// The pages being rendered to be kept, by key.
#[derive(Clone, Default)]
struct Renders(Arc<Mutex<HashMap<String, watch::Receiver<()>>>>);

/// What a request that missed a key does.
enum Turn {
    /// Renders the page; the others wait until this is dropped.
    Render(Rendering),
    /// Waits until the request rendering it is done (`changed` then ends).
    Wait(watch::Receiver<()>),
}

/// A render under way. Dropped when its request is done, or abandoned.
struct Rendering {
    renders: Renders,
    key: String,
    _done: watch::Sender<()>,
}

impl Drop for Rendering {
    fn drop(&mut self) {
        let mut renders = self.renders.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        renders.remove(&self.key);
    }
}

impl Renders {
    fn turn(&self, key: &str) -> Turn {
        let mut renders = self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some(rendered) = renders.get(key) {
            return Turn::Wait(rendered.clone());
        }
        let (done, rendered) = watch::channel(());
        renders.insert(key.to_string(), rendered);
        Turn::Render(Rendering { renders: self.clone(), key: key.to_string(), _done: done })
    }
}

impl Kept {
    /// The page kept under `key`, unless it is no longer to be answered at `now`.
    fn find(&self, key: &str, now: DateTime<Utc>) -> Option<Arc<KeptPage>> {
        let page = self.pages.get(key)?;
        page.until.is_none_or(|until| now < until).then(|| page.clone())
    }

    /// Keeps `page` under `key`, first sweeping out the pages of past minutes when `budget`
    /// (bytes) is spent; a page that still does not fit is not kept.
    fn keep(&mut self, key: String, page: Arc<KeptPage>, budget: usize) {
        if let Some(replaced) = self.pages.remove(&key) {
            self.bytes -= key.len() + replaced.body.len();
        }
        let size = key.len() + page.body.len();
        if self.bytes + size > budget {
            self.pages.retain(|_, kept| kept.minute >= page.minute);
            self.bytes = self.pages.iter().map(|(key, kept)| key.len() + kept.body.len()).sum();
        }
        if self.bytes + size > budget {
            return;
        }
        self.pages.insert(key, page);
        self.bytes += size;
    }
}

/// Who a kept page is answered for.
enum Viewer {
    Staff(PageViewer),
    Anyone(ClinicVersion),
}

/// The session checks of kept staff pages ([`auth_store::check_page_viewers`]).
struct PageViewers {
    idle_seconds: i64,
    absolute_seconds: i64,
}

impl GroupRead for PageViewers {
    type Key = Uuid;
    type Value = CheckedViewer;

    async fn read(
        &self,
        conn: &mut PgConnection,
        session_ids: Vec<Uuid>,
    ) -> Result<Vec<(Uuid, CheckedViewer)>, sqlx::Error> {
        auth_store::check_page_viewers(conn, &session_ids, self.idle_seconds, self.absolute_seconds)
            .await
    }
}

/// The once-a-minute touches of viewers' sessions ([`auth_store::touch_due_sessions`]). A
/// session is touched once however many of its requests ask (the others find it done); what
/// matters to a request is only that the touch did not fail.
struct SessionTouches;

impl GroupRead for SessionTouches {
    type Key = Uuid;
    type Value = ();

    async fn read(
        &self,
        conn: &mut PgConnection,
        session_ids: Vec<Uuid>,
    ) -> Result<Vec<(Uuid, ())>, sqlx::Error> {
        let touched = auth_store::touch_due_sessions(conn, &session_ids).await?;
        Ok(touched.into_iter().map(|id| (id, ())).collect())
    }
}

/// A clinic's data version, and when its first online hold runs out (if it has one).
#[derive(Debug, Clone, sqlx::FromRow)]
struct ClinicVersion {
    clinic_id: i64,
    version: i64,
    first_hold_ends: Option<DateTime<Utc>>,
}

/// The versions of the clinics of booking pages of times, by slug.
struct ClinicVersions;

impl GroupRead for ClinicVersions {
    type Key = String;
    type Value = ClinicVersion;

    async fn read(
        &self,
        conn: &mut PgConnection,
        slugs: Vec<String>,
    ) -> Result<Vec<(String, ClinicVersion)>, sqlx::Error> {
        #[derive(sqlx::FromRow)]
        struct Row {
            slug: String,
            #[sqlx(flatten)]
            clinic: ClinicVersion,
        }
        let rows: Vec<Row> = sqlx::query_as(
            "SELECT c.slug, c.id AS clinic_id,
                    (SELECT coalesce(sum(v.version), 0)::bigint FROM clinic_data_version v
                     WHERE v.clinic_id = c.id) AS version,
                    (SELECT min(a.hold_expires_at) FROM appointment a
                     WHERE a.clinic_id = c.id AND a.status = 'held' AND a.hold_expires_at > now())
                        AS first_hold_ends
             FROM clinic c WHERE c.slug = ANY($1)",
        )
        .bind(&slugs)
        .fetch_all(conn)
        .await?;
        Ok(rows.into_iter().map(|row| (row.slug, row.clinic)).collect())
    }
}

/// The middleware (inside the session layer and the form flash, around the pages): answers a
/// kept page when there is one for the request's key, else renders it and keeps it if it may be
/// kept.
pub async fn serve(State(cache): State<PageCache>, mut request: Request, next: Next) -> Response {
    let Some((session, booking_clinic)) = cache.candidate(&request) else {
        return next.run(request).await;
    };
    let Some(viewer) = cache.viewer(session, booking_clinic).await else {
        return next.run(request).await;
    };
    let now = Utc::now();
    let minute = now.timestamp().div_euclid(60);
    let key = key_of(&request, &viewer, minute);

    if let Some(page) = cache.find(&key, now) {
        return cache.answer_kept(cache.origin(&request), &page).await;
    }
    // At the turn of each minute every page is rendered afresh: one request renders it, and the
    // others that ask for it meanwhile answer from what it kept.
    let _rendering = match cache.renders.turn(&key) {
        Turn::Render(rendering) => Some(rendering),
        Turn::Wait(mut rendered) => {
            // Ends when the render does, kept or not (the sender is dropped).
            let _ = rendered.changed().await;
            if let Some(page) = cache.find(&key, Utc::now()) {
                return cache.answer_kept(cache.origin(&request), &page).await;
            }
            None
        }
    };

    let until = match &viewer {
        Viewer::Staff(..) => None,
        Viewer::Anyone(clinic) => clinic.first_hold_ends,
    };
    let record = PageRecord::default();
    request.extensions_mut().insert(record.clone());
    let nonce = request.extensions().get::<PageNonce>().cloned();
    let accept_encoding = request.headers().get(ACCEPT_ENCODING).cloned();
    let response = next.run(request).await;
    let recorded = match record.0.lock() {
        Ok(mut recorded) => std::mem::take(&mut *recorded),
        Err(_) => return response,
    };
    let keep = recorded.keep
        && !recorded.not_keep
        && response.status() == StatusCode::OK
        && security::is_html(&response)
        && !response.headers().contains_key(CONTENT_ENCODING);
    let (true, Some(nonce)) = (keep, nonce.and_then(|nonce| nonce.get())) else {
        return response;
    };
    let (mut parts, body) = response.into_parts();
    let html = match axum::body::to_bytes(body, MAX_PAGE_BYTES).await {
        Ok(html) => html,
        Err(error) => {
            tracing::error!(%error, "a page could not be read to keep it");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let html = String::from_utf8_lossy(&html).into_owned();
    // A page for anyone is sealed once and its fresh parts put in for each answer, so they must
    // lie outside the scripts its policy hashes.
    if let Some(per_answer) = &recorded.per_answer
        && per_answer.shown.iter().any(|shown| security::in_sealed_script(&html, &nonce, shown))
    {
        tracing::error!("a page's fresh parts are inside its scripts: not kept");
        return Response::from_parts(parts, Body::from(html));
    }
    for header in [SET_COOKIE, DATE, CONTENT_LENGTH] {
        parts.headers.remove(header);
    }
    let page = match recorded.per_answer {
        Some(per_answer) => {
            let page = SealedPage::of(&html, &nonce);
            parts.headers.insert(CONTENT_SECURITY_POLICY, page.policy);
            KeptPage {
                minute,
                until,
                headers: parts.headers,
                body: KeptBody::PerAnswer { html: page.html, parts: per_answer },
                audit: Vec::new(),
            }
        }
        // A viewer's page: sealed and compressed once.
        None => {
            let page = SealedPage::of(&html, &nonce);
            parts.headers.insert(CONTENT_SECURITY_POLICY, page.policy);
            let sealed = Response::from_parts(parts, Body::from(page.html));
            let (parts, body) = compress(sealed, accept_encoding).await.into_parts();
            let body = match axum::body::to_bytes(body, MAX_PAGE_BYTES).await {
                Ok(body) => body,
                Err(error) => {
                    tracing::error!(%error, "a page could not be compressed to keep it");
                    return StatusCode::INTERNAL_SERVER_ERROR.into_response();
                }
            };
            KeptPage {
                minute,
                until,
                headers: parts.headers,
                body: KeptBody::Sealed(body),
                audit: recorded.audit,
            }
        }
    };
    let page = Arc::new(page);
    if let Ok(mut kept) = cache.kept.lock() {
        kept.keep(key, page.clone(), cache.state.config.page_cache_bytes);
    }
    answer(&page)
}

/// Everything a kept page depends on, written unambiguously (strings quoted and escaped).
fn key_of(request: &Request, viewer: &Viewer, minute: i64) -> String {
    let address = request.uri().path_and_query().map(|p| p.as_str()).unwrap_or_default();
    let language = request.extensions().get::<crate::i18n::Language>().copied().unwrap_or_default();
    match viewer {
        Viewer::Staff(viewer) => {
            let encodings = request.headers().get(ACCEPT_ENCODING).and_then(|v| v.to_str().ok());
            format!(
                "{:?}",
                (
                    address,
                    language.tag(),
                    minute,
                    encodings,
                    viewer.staff_id,
                    &viewer.role,
                    &viewer.display_name,
                    &viewer.email,
                    viewer.online_bookings_seen_at,
                    &viewer.clinic_ids,
                    viewer.data_version,
                )
            )
        }
        Viewer::Anyone(clinic) => {
            format!(
                "{:?}",
                (address, language.tag(), minute, "anyone", clinic.clinic_id, clinic.version)
            )
        }
    }
}

fn answer(page: &KeptPage) -> Response {
    let body = match &page.body {
        KeptBody::Sealed(bytes) => Body::from(bytes.clone()),
        KeptBody::PerAnswer { html, parts } => {
            let fresh = (parts.fresh)();
            let html = parts
                .shown
                .iter()
                .zip(&fresh)
                .fold(html.clone(), |html, (shown, fresh)| html.replace(shown.as_str(), fresh));
            Body::from(html)
        }
    };
    let mut response = Response::new(body);
    *response.headers_mut() = page.headers.clone();
    response
}

/// A page sealed ([`security::seal_page`]) with its policy.
struct SealedPage {
    html: String,
    policy: HeaderValue,
}

impl SealedPage {
    fn of(html: &str, nonce: &str) -> Self {
        let sealed = security::seal_page(html, nonce);
        let policy = security::policy_header(&sealed.script_hashes);
        SealedPage { html: sealed.html, policy }
    }
}

/// The response compressed as tower-http's compression layer (the one around every response)
/// would, for a request that accepts `accept_encoding`.
async fn compress(response: Response, accept_encoding: Option<HeaderValue>) -> Response {
    let mut request = Request::new(Body::empty());
    if let Some(value) = accept_encoding {
        request.headers_mut().insert(ACCEPT_ENCODING, value);
    }
    let mut response = Some(response);
    let page = tower::service_fn(move |_: Request| {
        let response = response.take().unwrap_or_else(|| StatusCode::NO_CONTENT.into_response());
        async move { Ok::<_, Infallible>(response) }
    });
    match startup::compression().layer(page).oneshot(request).await {
        Ok(response) => response.map(Body::new),
        Err(never) => match never {},
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(minute: i64, until: Option<DateTime<Utc>>, bytes: usize) -> Arc<KeptPage> {
        Arc::new(KeptPage {
            minute,
            until,
            headers: HeaderMap::new(),
            body: KeptBody::Sealed(Bytes::from(vec![b'x'; bytes])),
            audit: Vec::new(),
        })
    }

    #[tokio::test]
    async fn one_request_renders_a_key_and_the_others_wait_until_it_is_done() {
        let renders = Renders::default();
        let Turn::Render(rendering) = renders.turn("a") else { panic!("the first renders") };
        let Turn::Wait(mut waiting) = renders.turn("a") else { panic!("the second waits") };
        let Turn::Render(_other) = renders.turn("b") else { panic!("another key renders") };
        let mut waited = tokio::spawn(async move { waiting.changed().await });
        tokio::task::yield_now().await;
        assert!(
            tokio::time::timeout(std::time::Duration::from_millis(50), &mut waited).await.is_err(),
            "still waiting while the render is under way"
        );
        drop(rendering);
        assert!(waited.await.unwrap().is_err(), "the wait ends when the render does");
        assert!(matches!(renders.turn("a"), Turn::Render(_)), "the next miss renders again");
    }

    #[test]
    fn a_page_kept_until_a_hold_runs_out_is_not_answered_from_then_on() {
        let now = Utc::now();
        let mut kept = Kept::default();
        kept.keep("a".into(), page(1, Some(now + chrono::Duration::seconds(5)), 10), 1000);
        kept.keep("b".into(), page(1, None, 10), 1000);
        assert!(kept.find("a", now).is_some());
        assert!(kept.find("a", now + chrono::Duration::seconds(5)).is_none());
        assert!(kept.find("b", now + chrono::Duration::seconds(5)).is_some());
        assert!(kept.find("c", now).is_none());
    }

    #[test]
    fn a_spent_budget_sweeps_out_past_minutes_and_a_page_that_still_does_not_fit_is_not_kept() {
        let mut kept = Kept::default();
        kept.keep("old".into(), page(1, None, 60), 100);
        kept.keep("old".into(), page(1, None, 50), 100);
        assert_eq!(kept.bytes, 53, "a page kept again under its key replaces the first");
        kept.keep("new".into(), page(2, None, 50), 100);
        assert!(kept.find("old", Utc::now()).is_none(), "swept: a past minute");
        assert!(kept.find("new", Utc::now()).is_some());
        assert_eq!(kept.bytes, 53);
        kept.keep("big".into(), page(2, None, 60), 100);
        assert!(kept.find("big", Utc::now()).is_none(), "over the budget");
        assert!(kept.find("new", Utc::now()).is_some(), "this minute's pages stay");
    }
}
