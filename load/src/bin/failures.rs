//! The failure half of `scripts/load`: staff traffic (calendar reads and bookings of distinct
//! free times) against a running server while PostgreSQL restarts, or while the server is told
//! to stop. Prints one `ROW|what|result` line per finding, which the script puts in its table.
//!
//! `failures pg-restart` runs `LOAD_PG_RESTART` (a shell command that restarts the
//! database and returns once it is started) after 3 s of load, waits until `LOAD_PG_READY`
//! (a shell command) succeeds, and keeps the load on for 12 s more. It reports how long after
//! PostgreSQL answered the first request succeeded, the failures among requests started after
//! that, and the acknowledged bookings the database does not have.
//!
//! `failures sigterm` sends SIGTERM to `LOAD_SERVER_PID` after 3 s of load and reports
//! what happened to the requests in flight at that moment, and how long the server took to
//! exit.
//!
//! Both read: `LOAD_BASE` (http://127.0.0.1:PORT), `LOAD_COOKIE` (a signed-in receptionist's
//! cookie), `LOAD_READ_PATH` (the calendar page), `LOAD_BODIES` (a file of booking forms, one
//! per line, each a distinct free time), `DATABASE_URL`.

use std::collections::VecDeque;
use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const READERS: usize = 40;
const BOOKERS: usize = 10;

/// One request: when it started and ended (from the start of the run) and how it ended.
#[derive(Debug, Clone)]
struct Sample {
    started: Duration,
    ended: Duration,
    /// The HTTP status, or None when no response came (refused, reset, timed out).
    status: Option<u16>,
    /// The appointment id of an acknowledged booking.
    booked: Option<i64>,
}

impl Sample {
    fn succeeded(&self) -> bool {
        self.status.is_some_and(|s| (200..300).contains(&s))
    }
}

struct Load {
    base: String,
    cookie: String,
    read_path: String,
    bodies: Mutex<VecDeque<String>>,
    stop: AtomicBool,
    /// Set once the server has been told to stop: a refused connection then ends a worker.
    stopping: AtomicBool,
    origin: Instant,
    samples: Mutex<Vec<Sample>>,
}

fn env(name: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| panic!("{name} is not set"))
}

fn shell(command: &str) -> bool {
    Command::new("sh").arg("-c").arg(command).status().is_ok_and(|status| status.success())
}

impl Load {
    fn from_env() -> Arc<Load> {
        let bodies = std::fs::read_to_string(env("LOAD_BODIES")).expect("LOAD_BODIES readable");
        Arc::new(Load {
            base: env("LOAD_BASE"),
            cookie: env("LOAD_COOKIE"),
            read_path: env("LOAD_READ_PATH"),
            bodies: Mutex::new(bodies.lines().map(str::to_string).collect()),
            stop: AtomicBool::new(false),
            stopping: AtomicBool::new(false),
            origin: Instant::now(),
            samples: Mutex::new(Vec::new()),
        })
    }

    fn now(&self) -> Duration {
        self.origin.elapsed()
    }

    async fn reader(self: Arc<Self>, client: reqwest::Client) {
        let url = format!("{}{}", self.base, self.read_path);
        while !self.stop.load(Ordering::Relaxed) {
            let started = self.now();
            let response = client.get(&url).header("cookie", &self.cookie).send().await;
            let status = match response {
                Ok(response) => {
                    let status = response.status().as_u16();
                    // The whole body: a response cut half way is a failure.
                    if response.bytes().await.is_ok() { Some(status) } else { None }
                }
                Err(_) => None,
            };
            if self.record(Sample { started, ended: self.now(), status, booked: None }).await {
                return;
            }
        }
    }

    async fn booker(self: Arc<Self>, client: reqwest::Client) {
        let url = format!("{}/api/appointments/book", self.base);
        while !self.stop.load(Ordering::Relaxed) {
            let Some(body) = self.bodies.lock().unwrap().pop_front() else { return };
            let started = self.now();
            let response = client
                .post(&url)
                .header("cookie", &self.cookie)
                .header("accept", "application/json")
                .header("content-type", "application/x-www-form-urlencoded")
                .body(body)
                .send()
                .await;
            let (status, booked) = match response {
                Ok(response) => {
                    let status = response.status().as_u16();
                    match response.text().await {
                        Ok(text) => (Some(status), text.trim().parse::<i64>().ok()),
                        Err(_) => (None, None),
                    }
                }
                Err(_) => (None, None),
            };
            let booked = booked.filter(|_| status == Some(200));
            if self.record(Sample { started, ended: self.now(), status, booked }).await {
                return;
            }
        }
    }

    /// Keeps the sample; true when the worker should end (the server is gone). A failed
    /// request is followed by a short pause, as a person retrying would, not a tight loop.
    async fn record(&self, sample: Sample) -> bool {
        let failed = !sample.succeeded();
        let gone = sample.status.is_none() && self.stopping.load(Ordering::Relaxed);
        self.samples.lock().unwrap().push(sample);
        if failed && !gone {
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        gone
    }

    fn start(self: &Arc<Self>) -> Vec<tokio::task::JoinHandle<()>> {
        let client = reqwest::Client::builder()
            .timeout(Duration::from_secs(30))
            .pool_max_idle_per_host(READERS + BOOKERS)
            .build()
            .unwrap();
        let mut tasks = Vec::new();
        for _ in 0..READERS {
            tasks.push(tokio::spawn(self.clone().reader(client.clone())));
        }
        for _ in 0..BOOKERS {
            tasks.push(tokio::spawn(self.clone().booker(client.clone())));
        }
        tasks
    }

    async fn finish(&self, tasks: Vec<tokio::task::JoinHandle<()>>) -> Vec<Sample> {
        self.stop.store(true, Ordering::Relaxed);
        for task in tasks {
            let _ = task.await;
        }
        let mut samples = std::mem::take(&mut *self.samples.lock().unwrap());
        samples.sort_by_key(|s| s.started);
        samples
    }
}

fn row(what: &str, result: impl std::fmt::Display) {
    println!("ROW|{what}|{result}");
}

/// The acknowledged bookings the database does not hold as live appointments.
async fn missing_bookings(samples: &[Sample]) -> (usize, i64) {
    let acknowledged: Vec<i64> = samples.iter().filter_map(|s| s.booked).collect();
    let pool = sqlx::PgPool::connect(&env("DATABASE_URL")).await.expect("database reachable");
    let found: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM appointment WHERE id = ANY($1) AND status NOT IN ('cancelled')",
    )
    .bind(&acknowledged)
    .fetch_one(&pool)
    .await
    .expect("count bookings");
    pool.close().await;
    (acknowledged.len(), acknowledged.len() as i64 - found)
}

fn seconds(duration: Duration) -> String {
    format!("{:.2} s", duration.as_secs_f64())
}

async fn pg_restart(load: Arc<Load>) {
    let restart = env("LOAD_PG_RESTART");
    let ready = env("LOAD_PG_READY");
    let tasks = load.start();
    tokio::time::sleep(Duration::from_secs(3)).await;
    let down = load.now();
    let restarted = tokio::task::spawn_blocking(move || shell(&restart)).await.unwrap();
    assert!(restarted, "LOAD_PG_RESTART failed");
    while !tokio::task::spawn_blocking({
        let ready = ready.clone();
        move || shell(&ready)
    })
    .await
    .unwrap()
    {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let up = load.now();
    tokio::time::sleep(Duration::from_secs(12)).await;
    let samples = load.finish(tasks).await;

    let first_success =
        samples.iter().filter(|s| s.succeeded() && s.ended >= up).min_by_key(|s| s.ended);
    row("PostgreSQL restart: database down for", seconds(up - down));
    match first_success {
        None => row("PostgreSQL restart: first success after it answered", "none"),
        Some(first) => {
            row("PostgreSQL restart: first success after it answered", seconds(first.ended - up));
            let after: Vec<&Sample> = samples.iter().filter(|s| s.started >= first.ended).collect();
            let failed = after.iter().filter(|s| !s.succeeded()).count();
            let server_errors =
                after.iter().filter(|s| s.status.is_some_and(|code| code >= 500)).count();
            row(
                "PostgreSQL restart: failures after recovery",
                format!("{failed} of {} ({server_errors} 5xx)", after.len()),
            );
        }
    }
    let during = samples.iter().filter(|s| s.ended >= down && s.started < up && !s.succeeded());
    row("PostgreSQL restart: failures while it was down", during.count());
    let (acknowledged, missing) = missing_bookings(&samples).await;
    row(
        "PostgreSQL restart: acknowledged bookings missing afterwards",
        format!("{missing} of {acknowledged}"),
    );
}

/// Whether process `pid` has exited (gone, or a zombie waiting for its parent).
fn exited(pid: &str) -> bool {
    match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
        Err(_) => true,
        Ok(stat) => stat.rsplit(')').next().is_some_and(|rest| rest.trim_start().starts_with('Z')),
    }
}

async fn sigterm(load: Arc<Load>) {
    let pid = env("LOAD_SERVER_PID");
    let tasks = load.start();
    tokio::time::sleep(Duration::from_secs(3)).await;
    load.stopping.store(true, Ordering::Relaxed);
    let signalled = load.now();
    assert!(shell(&format!("kill -TERM {pid}")), "could not signal the server");
    let deadline = Instant::now() + Duration::from_secs(60);
    while !exited(&pid) && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let gone = load.now();
    let samples = load.finish(tasks).await;

    let in_flight: Vec<&Sample> =
        samples.iter().filter(|s| s.started < signalled && s.ended >= signalled).collect();
    let completed = in_flight.iter().filter(|s| s.succeeded()).count();
    let server_errors = in_flight.iter().filter(|s| s.status.is_some_and(|c| c >= 500)).count();
    let cut = in_flight.iter().filter(|s| s.status.is_none()).count();
    row(
        "SIGTERM: requests in flight when signalled",
        format!("{} ({completed} completed, {cut} cut, {server_errors} 5xx)", in_flight.len()),
    );
    let before: Vec<&Sample> = samples.iter().filter(|s| s.started < signalled).collect();
    let failed_before = before.iter().filter(|s| !s.succeeded()).count();
    row(
        "SIGTERM: failures among requests sent before it",
        format!("{failed_before} of {}", before.len()),
    );
    row("SIGTERM: server exited after", seconds(gone - signalled));
    let (acknowledged, missing) = missing_bookings(&samples).await;
    row(
        "SIGTERM: acknowledged bookings missing afterwards",
        format!("{missing} of {acknowledged}"),
    );
}

#[tokio::main]
async fn main() {
    let scenario = std::env::args().nth(1).unwrap_or_default();
    let load = Load::from_env();
    match scenario.as_str() {
        "pg-restart" => pg_restart(load).await,
        "sigterm" => sigterm(load).await,
        other => panic!("unknown scenario {other:?}: pg-restart or sigterm"),
    }
}
