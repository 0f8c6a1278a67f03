use std::sync::Arc;
use std::time::Duration;

use chairside::server::config::Config;
use chairside::server::startup;
use chairside::server::state::AppState;
use leptos::config::LeptosOptions;
use sqlx::PgPool;
use tokio::net::TcpListener;

/// A running server and a client to talk to it.
pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    #[allow(dead_code)]
    pub pool: PgPool,
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.address, path)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(self.url(path)).send().await.expect("request failed")
    }
}

/// Starts the application's router on 127.0.0.1 with a random port, using `pool`
/// (which `#[sqlx::test]` points at a fresh database).
pub async fn spawn_app(pool: PgPool) -> TestApp {
    let config = Config::from_lookup(|key| match key {
        // The pool is made by the test harness; the URL is only required to be present.
        "DATABASE_URL" => Some("postgres://unused-in-tests".to_string()),
        _ => None,
    })
    .expect("test configuration is valid");
    let leptos_options = LeptosOptions::builder()
        .output_name("chairside")
        .site_root("target/site")
        .site_pkg_dir("pkg")
        .build();
    let state = AppState { leptos_options, pool: pool.clone(), config: Arc::new(config) };

    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind a free port");
    let address = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(startup::serve(
        listener,
        startup::build_router(state),
        std::future::pending(),
        Duration::from_secs(1),
    ));

    let client =
        reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    TestApp { address, client, pool }
}
