//! A small SMTP server on loopback for the tests: it speaks enough of the protocol for a real
//! client (lettre) to deliver to it, and keeps every message it accepts.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;

pub struct SmtpReceiver {
    pub port: u16,
    pub messages: Arc<Mutex<Vec<String>>>,
    task: JoinHandle<()>,
}

impl SmtpReceiver {
    /// Listens on a free port.
    pub async fn start() -> SmtpReceiver {
        SmtpReceiver::on(0).await
    }

    /// Listens on `port` (0: any free one).
    pub async fn on(port: u16) -> SmtpReceiver {
        SmtpReceiver::listen(port, Duration::ZERO).await
    }

    /// Listens on a free port, and takes `delay` to accept each message (a slow mail server).
    pub async fn slow(delay: Duration) -> SmtpReceiver {
        SmtpReceiver::listen(0, delay).await
    }

    async fn listen(port: u16, delay: Duration) -> SmtpReceiver {
        let listener = TcpListener::bind(("127.0.0.1", port)).await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let messages = Arc::new(Mutex::new(Vec::new()));
        let kept = messages.clone();
        let task = tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                tokio::spawn(session(stream, kept.clone(), delay));
            }
        });
        SmtpReceiver { port, messages, task }
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    pub fn received(&self) -> Vec<String> {
        self.messages.lock().unwrap().clone()
    }
}

impl Drop for SmtpReceiver {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn session(stream: TcpStream, messages: Arc<Mutex<Vec<String>>>, delay: Duration) {
    // Replies go out at once (no waiting on the client's acknowledgements).
    let _ = stream.set_nodelay(true);
    let (read, mut write) = stream.into_split();
    let mut lines = BufReader::new(read).lines();
    if write.write_all(b"220 test.localhost ESMTP ready\r\n").await.is_err() {
        return;
    }
    while let Ok(Some(line)) = lines.next_line().await {
        let command = line.to_ascii_uppercase();
        let reply: &[u8] = if command.starts_with("EHLO") {
            b"250-test.localhost\r\n250 8BITMIME\r\n"
        } else if command.starts_with("DATA") {
            if write.write_all(b"354 end with <CRLF>.<CRLF>\r\n").await.is_err() {
                return;
            }
            let mut message = Vec::new();
            while let Ok(Some(line)) = lines.next_line().await {
                if line == "." {
                    break;
                }
                // Dot-stuffing undone.
                message.push(
                    line.strip_prefix('.')
                        .filter(|_| line.starts_with(".."))
                        .unwrap_or(&line)
                        .to_string(),
                );
            }
            let count = {
                let mut all = messages.lock().unwrap();
                all.push(message.join("\r\n"));
                all.len()
            };
            tokio::time::sleep(delay).await;
            let accepted = format!("250 2.0.0 queued as {count}\r\n");
            if write.write_all(accepted.as_bytes()).await.is_err() {
                return;
            }
            continue;
        } else if command.starts_with("QUIT") {
            let _ = write.write_all(b"221 bye\r\n").await;
            return;
        } else if ["HELO", "MAIL", "RCPT", "RSET", "NOOP"].iter().any(|c| command.starts_with(c)) {
            b"250 OK\r\n"
        } else {
            b"502 not implemented\r\n"
        };
        if write.write_all(reply).await.is_err() {
            return;
        }
    }
}
