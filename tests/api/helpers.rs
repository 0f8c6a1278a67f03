use std::time::Duration;

use chairside::audit::chain_key::{self, ChainKey};
use chairside::auth::{password_hash, store};
use chairside::domain::{NewPassword, Role};
use chairside::server::config::{Config, DEVELOPMENT_SECRET};
use chairside::server::startup;
use chairside::server::state::AppState;
use leptos::config::LeptosOptions;
use sqlx::PgPool;
use tokio::net::TcpListener;

/// A running server and a client to talk to it.
pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub pool: PgPool,
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.address, path)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(self.url(path)).send().await.expect("request failed")
    }

    /// Loads the page at `path` as `client`, asking for HTML as a browser does: its status and
    /// body.
    pub async fn page(&self, client: &reqwest::Client, path: &str) -> (u16, String) {
        let response = client
            .get(self.url(path))
            .header("accept", "text/html")
            .send()
            .await
            .expect("request failed");
        (response.status().as_u16(), response.text().await.expect("a body"))
    }

    /// A browser-like client of its own (its own cookie jar), not following redirects.
    pub fn new_client(&self) -> reqwest::Client {
        reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .cookie_store(true)
            .timeout(REQUEST_TIMEOUT)
            .build()
            .unwrap()
    }

    /// Calls a server function the way the hydrated app does (form-encoded, JSON answer).
    pub async fn call(
        &self,
        client: &reqwest::Client,
        endpoint: &str,
        form: &[(&str, &str)],
    ) -> reqwest::Response {
        let path = format!("/api/{endpoint}");
        // A server function declared for GET (a download) takes its arguments in the query.
        let get = leptos::server_fn::axum::server_fn_paths()
            .any(|(p, method)| p == path && method == http::Method::GET);
        let request = if get {
            client.get(self.url(&path)).query(form)
        } else {
            client.post(self.url(&path)).form(form)
        };
        request.header("accept", "application/json").send().await.expect("request failed")
    }

    /// Creates an active staff member of "Test Clinic" and returns their id. Every test
    /// account has the password [`PASSWORD`].
    pub async fn add_staff(&self, email: &str, role: Role) -> i64 {
        self.add_staff_in(email, role, "test-clinic").await
    }

    /// Creates an active staff member of the clinic with this slug (made when missing).
    pub async fn add_staff_in(&self, email: &str, role: Role, clinic_slug: &str) -> i64 {
        let password = NewPassword::parse(PASSWORD, email, "Test Person").unwrap();
        let hash = password_hash::hash(&password).await.unwrap();
        let mut conn = self.pool.acquire().await.unwrap();
        let staff_id =
            store::upsert_staff(&mut conn, email, "Test Person", role, &hash).await.unwrap();
        let clinic_id: i64 = sqlx::query_scalar(
            "INSERT INTO clinic (name, slug, time_zone)
             VALUES (initcap(replace($1, '-', ' ')), $1, 'Europe/London')
             ON CONFLICT (slug) DO UPDATE SET name = EXCLUDED.name RETURNING id",
        )
        .bind(clinic_slug)
        .fetch_one(&mut *conn)
        .await
        .unwrap();
        store::add_membership(&mut conn, staff_id, clinic_id).await.unwrap();
        staff_id
    }

    /// A client signed in as a new staff member of the clinic with this slug.
    pub async fn signed_in(&self, email: &str, role: Role, clinic_slug: &str) -> reqwest::Client {
        self.add_staff_in(email, role, clinic_slug).await;
        let client = self.new_client();
        assert_eq!(self.sign_in(&client, email, PASSWORD).await.status(), 200);
        client
    }

    /// Calls `endpoint` like [`TestApp::call`]; answers the status and the JSON body (null when
    /// there is none).
    pub async fn call_json(
        &self,
        client: &reqwest::Client,
        endpoint: &str,
        form: &[(&str, &str)],
    ) -> (u16, serde_json::Value) {
        let response = self.call(client, endpoint, form).await;
        let status = response.status().as_u16();
        (status, response.json().await.unwrap_or(serde_json::Value::Null))
    }

    /// Signs `client` in; returns the response of the sign-in call.
    pub async fn sign_in(
        &self,
        client: &reqwest::Client,
        email: &str,
        password: &str,
    ) -> reqwest::Response {
        self.call(client, "auth/sign-in", &[("email", email), ("password", password)]).await
    }

    /// The signed-in person as the server sees them (`null` when signed out).
    pub async fn current_user(&self, client: &reqwest::Client) -> serde_json::Value {
        let response = self.call(client, "auth/current-user", &[]).await;
        assert_eq!(response.status(), 200);
        response.json().await.unwrap()
    }
}

/// A request that takes longer than this is a failure, not a stuck test run.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

pub const PASSWORD: &str = "correct horse battery staple";

/// The session cookie a response sets, as `name=value`.
pub fn session_cookie(response: &reqwest::Response) -> Option<String> {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("chairside_session="))
        .map(|v| v.split(';').next().unwrap().to_string())
}

/// Starts the application's router on 127.0.0.1 with a random port, using `pool`
/// (which `#[sqlx::test]` points at a fresh database).
pub async fn spawn_app(pool: PgPool) -> TestApp {
    spawn_app_with(pool, &[]).await
}

/// The audit chain key of the tests' APP_SECRET (the development one), installed in this
/// process as the server installs its own at start-up, so `audit::append` works on any pool.
pub fn chain_key() -> ChainKey {
    let key = ChainKey::derive(DEVELOPMENT_SECRET);
    chain_key::install(key.clone()).expect("every test uses the development APP_SECRET");
    key
}

/// Like [`spawn_app`], with extra configuration variables.
pub async fn spawn_app_with(pool: PgPool, settings: &[(&str, &str)]) -> TestApp {
    // Server logs (internal errors included) appear in the output of a failing test.
    let _ = tracing_subscriber::fmt()
        .with_test_writer()
        .with_env_filter("warn,chairside=info")
        .try_init();
    let config = Config::from_lookup(|key| match key {
        // The pool is made by the test harness; the URL is only required to be present.
        "DATABASE_URL" => Some("postgres://unused-in-tests".to_string()),
        _ => settings.iter().find(|(k, _)| *k == key).map(|(_, v)| v.to_string()),
    })
    .expect("test configuration is valid");
    assert_eq!(config.app_secret, DEVELOPMENT_SECRET, "one APP_SECRET per test process");
    chain_key();
    let leptos_options = LeptosOptions::builder()
        .output_name("chairside")
        .site_root("target/site")
        .site_pkg_dir("pkg")
        .build();
    let state = AppState::new(leptos_options, pool.clone(), config).expect("the pools open");

    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind a free port");
    let address = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(startup::serve(
        listener,
        startup::build_router(state),
        std::future::pending(),
        Duration::from_secs(1),
    ));

    // Bounded like every other client of the tests: a request that never gets an answer fails
    // its test, naming the request, instead of holding up the whole run.
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(REQUEST_TIMEOUT)
        .build()
        .unwrap();
    TestApp { address, client, pool }
}
