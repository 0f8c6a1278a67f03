//! Graceful shutdown: after the stop signal the server refuses new connections, lets open
//! requests finish, and does not wait for them longer than the grace period.

use std::time::Duration;

use axum::Router;
use axum::routing::get;
use chairside::server::startup::serve;
use tokio::net::TcpListener;
use tokio::sync::oneshot;

/// A router with one slow endpoint that answers after `delay`.
fn slow_router(delay: Duration) -> Router {
    Router::new().route(
        "/slow",
        get(move || async move {
            tokio::time::sleep(delay).await;
            "done"
        }),
    )
}

async fn start(
    delay: Duration,
    grace: Duration,
) -> (String, oneshot::Sender<()>, tokio::task::JoinHandle<std::io::Result<()>>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = format!("http://{}", listener.local_addr().unwrap());
    let (stop, stopped) = oneshot::channel::<()>();
    let server = tokio::spawn(serve(
        listener,
        slow_router(delay),
        async move {
            let _ = stopped.await;
        },
        grace,
    ));
    (address, stop, server)
}

#[tokio::test]
async fn an_open_request_finishes_after_the_stop_signal() {
    let (address, stop, server) = start(Duration::from_millis(500), Duration::from_secs(10)).await;
    let in_flight = tokio::spawn(reqwest::get(format!("{address}/slow")));
    tokio::time::sleep(Duration::from_millis(100)).await;
    stop.send(()).unwrap();

    let response = in_flight.await.unwrap().expect("the open request completes");
    assert_eq!(response.status(), 200);
    assert_eq!(response.text().await.unwrap(), "done");
    server.await.unwrap().unwrap();

    let refused = reqwest::get(format!("{address}/slow")).await;
    assert!(refused.is_err(), "no new connections after shutdown");
}

#[tokio::test]
async fn shutdown_does_not_wait_past_the_grace_period() {
    let (address, stop, server) = start(Duration::from_secs(60), Duration::from_millis(200)).await;
    let _in_flight = tokio::spawn(reqwest::get(format!("{address}/slow")));
    tokio::time::sleep(Duration::from_millis(100)).await;
    stop.send(()).unwrap();

    // The request would take a minute; the server must give up on it after the grace period.
    let finished = tokio::time::timeout(Duration::from_secs(20), server).await;
    assert!(finished.is_ok(), "serve() returned although a request was still open");
}
