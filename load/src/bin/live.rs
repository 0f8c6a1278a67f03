//! The live streams under load (scripts/load-live): opens LIVE_STREAMS streams of one clinic on
//! one server process (each a plain HTTP/1.0 connection with a signed-in session's cookie),
//! reads the server's resident memory before and after, then changes an appointment of that
//! clinic LIVE_ROUNDS times and times how long each change takes, from just before its UPDATE
//! is sent to its arrival, on each of the first LIVE_MEASURED streams. Prints one report.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::sync::mpsc;

fn setting(name: &str, default: Option<&str>) -> String {
    std::env::var(name)
        .ok()
        .or(default.map(str::to_string))
        .unwrap_or_else(|| panic!("{name} is not set"))
}

/// The server's resident memory, in KiB.
fn resident_kib(pid: &str) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).expect("the server runs");
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmRSS:"))
        .and_then(|value| value.trim().trim_end_matches("kB").trim().parse().ok())
        .expect("VmRSS in /proc/<pid>/status")
}

/// Holds one stream open; the measured ones report each change's number as it arrives.
async fn follow(
    address: String,
    request: Arc<String>,
    connected: Arc<AtomicUsize>,
    arrivals: Option<mpsc::UnboundedSender<(i64, Instant)>>,
) {
    let mut socket = match TcpStream::connect(&address).await {
        Ok(socket) => socket,
        Err(error) => {
            eprintln!("a stream could not connect: {error}");
            return;
        }
    };
    if socket.write_all(request.as_bytes()).await.is_err() {
        return;
    }
    let mut buffer = Vec::with_capacity(1024);
    let mut chunk = [0u8; 4096];
    let mut open = false;
    loop {
        let read = match socket.read(&mut chunk).await {
            Ok(0) | Err(_) => return,
            Ok(read) => read,
        };
        buffer.extend_from_slice(&chunk[..read]);
        if !open {
            let Some(end) = buffer.windows(4).position(|w| w == b"\r\n\r\n") else { continue };
            let head = String::from_utf8_lossy(&buffer[..end]).to_string();
            if !head.starts_with("HTTP/1.0 200") && !head.starts_with("HTTP/1.1 200") {
                eprintln!("a stream was refused: {}", head.lines().next().unwrap_or_default());
                return;
            }
            buffer.drain(..end + 4);
            open = true;
            connected.fetch_add(1, Ordering::SeqCst);
        }
        // Complete lines only; an event's number is its `id:` line.
        while let Some(end) = buffer.iter().position(|b| *b == b'\n') {
            let line: Vec<u8> = buffer.drain(..=end).collect();
            if let (Some(arrivals), Some(id)) = (&arrivals, line.strip_prefix(b"id: "))
                && let Ok(seq) = String::from_utf8_lossy(id).trim().parse::<i64>()
            {
                let _ = arrivals.send((seq, Instant::now()));
            }
        }
    }
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

#[tokio::main]
async fn main() {
    let address = setting("LIVE_ADDRESS", None);
    let cookie = setting("LIVE_COOKIE", None);
    let clinic = setting("LIVE_CLINIC", Some("london"));
    let streams: usize = setting("LIVE_STREAMS", Some("2000")).parse().unwrap();
    let measured: usize = setting("LIVE_MEASURED", Some("500")).parse().unwrap();
    let rounds: usize = setting("LIVE_ROUNDS", Some("20")).parse().unwrap();
    let pid = setting("LIVE_SERVER_PID", None);
    let database = setting("LIVE_DATABASE_URL", None);
    let pool =
        sqlx::postgres::PgPoolOptions::new().max_connections(1).connect(&database).await.unwrap();

    let request = Arc::new(format!(
        "GET /live?clinic={clinic} HTTP/1.0\r\nHost: {address}\r\nCookie: {cookie}\r\nAccept: text/event-stream\r\n\r\n"
    ));
    let before = resident_kib(&pid);
    let connected = Arc::new(AtomicUsize::new(0));
    let mut receivers = Vec::new();
    let started = Instant::now();
    for index in 0..streams {
        let arrivals = (index < measured).then(|| {
            let (sender, receiver) = mpsc::unbounded_channel();
            receivers.push(receiver);
            sender
        });
        tokio::spawn(follow(address.clone(), request.clone(), connected.clone(), arrivals));
        // A few at a time, as browsers would arrive (and within the listen backlog).
        if index % 100 == 99 {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
    while connected.load(Ordering::SeqCst) < streams && started.elapsed() < Duration::from_secs(60)
    {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let open = connected.load(Ordering::SeqCst);
    tokio::time::sleep(Duration::from_secs(2)).await;
    let after = resident_kib(&pid);

    // The clinic's first appointment, changed again and again (its notes, as they are).
    let appointment: i64 = sqlx::query_scalar(
        "SELECT a.id FROM appointment a JOIN clinic c ON c.id = a.clinic_id
         WHERE c.slug = $1 ORDER BY a.id LIMIT 1",
    )
    .bind(&clinic)
    .fetch_one(&pool)
    .await
    .unwrap();
    let mut latencies = Vec::new();
    let mut missing = 0usize;
    for _ in 0..rounds {
        let sent = Instant::now();
        sqlx::query("UPDATE appointment SET notes = notes WHERE id = $1")
            .bind(appointment)
            .execute(&pool)
            .await
            .unwrap();
        let seq: i64 =
            sqlx::query_scalar("SELECT max(seq) FROM live_event WHERE appointment_id = $1")
                .bind(appointment)
                .fetch_one(&pool)
                .await
                .unwrap();
        let deadline = sent + Duration::from_secs(5);
        for receiver in receivers.iter_mut() {
            loop {
                let left = deadline.saturating_duration_since(Instant::now());
                match tokio::time::timeout(left, receiver.recv()).await {
                    Ok(Some((got, at))) if got == seq => {
                        latencies.push(at.duration_since(sent).as_secs_f64() * 1000.0);
                        break;
                    }
                    Ok(Some(_)) => continue,
                    _ => {
                        missing += 1;
                        break;
                    }
                }
            }
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    latencies.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let extra_mib = (after.saturating_sub(before)) as f64 / 1024.0;
    println!("streams open            {open} of {streams}");
    println!(
        "server memory           {:.1} MiB before, {:.1} MiB with them open: {extra_mib:.1} MiB more ({:.1} KiB a stream)",
        before as f64 / 1024.0,
        after as f64 / 1024.0,
        (after.saturating_sub(before)) as f64 / open.max(1) as f64
    );
    println!(
        "change to {measured} streams  {rounds} changes, {} arrivals, {missing} missing: p50 {:.1} ms, p95 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        latencies.len(),
        percentile(&latencies, 50.0),
        percentile(&latencies, 95.0),
        percentile(&latencies, 99.0),
        latencies.last().copied().unwrap_or(f64::NAN)
    );
}
