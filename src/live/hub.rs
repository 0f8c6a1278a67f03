//! One LISTEN per server instance, shared by all its live streams: what PostgreSQL publishes on
//! `chairside_live` (by the triggers of `live_event` and `staff_session`) is handed to every
//! stream through one broadcast channel, each stream keeping what is its own (its clinic, its
//! session, its staff member). Started by the first stream, on a connection of its own.

use std::sync::Arc;
use std::time::Duration;

use serde::Deserialize;
use sqlx::PgPool;
use tokio::sync::{broadcast, watch};
use uuid::Uuid;

use super::model::AppointmentChange;

/// The channel the triggers publish on.
pub const CHANNEL: &str = "chairside_live";
/// How many signals a slow stream may fall behind before it reads what it missed from the
/// table instead.
const BACKLOG: usize = 4096;
/// How long a new stream waits for the instance to be listening.
const PATIENCE: Duration = Duration::from_secs(10);

/// What a stream hears.
#[derive(Debug, Clone)]
pub enum Signal {
    /// A change of a clinic's appointment, as the stream sends it (serialized once here).
    Change { clinic_id: i64, seq: i64, json: Arc<str> },
    /// A staff session ended: its streams close.
    SessionEnded(Uuid),
    /// A staff member has a new notification.
    Notified { staff_id: i64 },
    /// What was published while this instance was not listening is unknown: every stream reads
    /// what it missed from the table.
    Resync,
    /// The instance is stopping: every stream ends (its browser reconnects elsewhere).
    ShuttingDown,
}

#[derive(Clone)]
pub struct Hub {
    inner: Arc<Inner>,
}

struct Inner {
    pool: PgPool,
    sender: broadcast::Sender<Signal>,
    /// True while the instance is listening; the first stream starts the listener.
    listening: watch::Sender<bool>,
    started: std::sync::Once,
}

impl Hub {
    pub fn new(pool: PgPool) -> Hub {
        let (sender, _) = broadcast::channel(BACKLOG);
        let (listening, _) = watch::channel(false);
        Hub { inner: Arc::new(Inner { pool, sender, listening, started: std::sync::Once::new() }) }
    }

    /// A receiver of every signal from now on, once the instance is listening (so nothing
    /// committed after this returns is missed: what came before, the stream reads from the
    /// table). None when the instance cannot listen (the database is unreachable).
    pub async fn subscribe(&self) -> Option<broadcast::Receiver<Signal>> {
        self.inner.started.call_once(|| {
            tokio::spawn(listen(self.inner.clone()));
        });
        let receiver = self.inner.sender.subscribe();
        let mut listening = self.inner.listening.subscribe();
        // Waits while the listener (re)connects; a stream opened then catches up from the table.
        let waited = tokio::time::timeout(PATIENCE, listening.wait_for(|on| *on)).await;
        matches!(waited, Ok(Ok(_))).then_some(receiver)
    }

    /// Ends every stream of this instance.
    pub fn shut_down(&self) {
        let _ = self.inner.sender.send(Signal::ShuttingDown);
    }

    /// How many streams are open on this instance.
    pub fn streams(&self) -> usize {
        self.inner.sender.receiver_count()
    }
}

/// Listens until the process ends, connecting again (and telling every stream to catch up)
/// whenever the connection is lost.
async fn listen(inner: Arc<Inner>) {
    loop {
        let connected = async {
            let mut listener = sqlx::postgres::PgListener::connect_with(&inner.pool).await?;
            listener.listen(CHANNEL).await?;
            Ok::<_, sqlx::Error>(listener)
        };
        let mut listener = match connected.await {
            Ok(listener) => listener,
            Err(error) => {
                tracing::warn!(%error, "cannot listen for live changes; trying again");
                tokio::time::sleep(Duration::from_secs(1)).await;
                continue;
            }
        };
        inner.listening.send_replace(true);
        let _ = inner.sender.send(Signal::Resync);
        loop {
            match listener.try_recv().await {
                Ok(Some(notification)) => match parse(notification.payload()) {
                    Some(signal) => {
                        let _ = inner.sender.send(signal);
                    }
                    None => tracing::warn!(payload = notification.payload(), "unknown live signal"),
                },
                // The connection was lost: listen again on a new one, then catch up.
                Ok(None) => break,
                Err(error) => {
                    tracing::warn!(%error, "lost the live changes' channel; listening again");
                    break;
                }
            }
        }
        inner.listening.send_replace(false);
    }
}

/// The triggers' payloads.
#[derive(Deserialize)]
#[serde(untagged)]
enum Payload {
    Event { event: EventRow },
    SessionEnded { session_ended: Uuid },
    Notified { notified: i64 },
}

/// A `live_event` row, as `row_to_json` writes it.
#[derive(Deserialize)]
struct EventRow {
    clinic_id: i64,
    #[serde(flatten)]
    change: AppointmentChange,
}

fn parse(payload: &str) -> Option<Signal> {
    Some(match serde_json::from_str::<Payload>(payload).ok()? {
        Payload::Event { event } => {
            let json = serde_json::to_string(&event.change).ok()?;
            Signal::Change { clinic_id: event.clinic_id, seq: event.change.seq, json: json.into() }
        }
        Payload::SessionEnded { session_ended } => Signal::SessionEnded(session_ended),
        Payload::Notified { notified } => Signal::Notified { staff_id: notified },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_triggers_payloads_are_understood() {
        let event = r#"{"event":{"seq":41,"clinic_id":3,"kind":"moved","appointment_id":9,
            "starts_at":"2026-12-03T09:00:00+00:00","ends_at":"2026-12-03T09:30:00+00:00",
            "previous_starts_at":"2026-12-02T14:00:00+00:00","provider_id":5,"chair_id":null,
            "at":"2026-12-02T10:00:00.123+00:00"}}"#;
        let Some(Signal::Change { clinic_id, seq, json }) = parse(event) else {
            panic!("an event");
        };
        assert_eq!((clinic_id, seq), (3, 41));
        let change: AppointmentChange = serde_json::from_str(&json).unwrap();
        assert_eq!(change.kind, super::super::model::ChangeKind::Moved);
        assert!(!json.contains("clinic_id") && !json.contains("\"at\""), "{json}");

        let ended = r#"{"session_ended":"6f1c2a64-1111-4a5b-9c3d-2e8f00000001"}"#;
        assert!(matches!(parse(ended), Some(Signal::SessionEnded(_))));
        assert!(matches!(parse(r#"{"notified":12}"#), Some(Signal::Notified { staff_id: 12 })));
        assert!(parse(r#"{"something":"else"}"#).is_none());
    }
}
