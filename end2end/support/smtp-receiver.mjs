// A mail server for the browser tests: it takes the app's emails over SMTP on loopback and
// shows them to the tests over HTTP.
//
//   SMTP_PORT=2525 MAIL_API_PORT=2580 node end2end/support/smtp-receiver.mjs
//
// - SMTP on 127.0.0.1:$SMTP_PORT: plain, no STARTTLS and no AUTH (the app's lettre client is
//   given smtp://127.0.0.1:PORT). Every message is accepted and kept in memory.
// - HTTP on 127.0.0.1:$MAIL_API_PORT: `GET /messages?to=<address>` answers JSON
//   `[{ to, subject, text, html }]`, oldest first, of the messages whose recipients (envelope
//   or To/Cc header) include the address, compared case-insensitively. Without `to`: all of
//   them. The bodies are decoded (quoted-printable, base64, charsets) by mailparser.
//
// scripts/test starts it before the app's server and stops it afterwards; it logs one line per
// message to standard output (end2end/smtp.log there).
import http from "node:http";
import { SMTPServer } from "smtp-server";
import { simpleParser } from "mailparser";

function port(name) {
  const value = Number.parseInt(process.env[name] ?? "", 10);
  if (!Number.isInteger(value) || value <= 0 || value > 65535) {
    console.error(`smtp-receiver: set ${name} to a TCP port (got ${JSON.stringify(process.env[name])})`);
    process.exit(2);
  }
  return value;
}

const smtpPort = port("SMTP_PORT");
const apiPort = port("MAIL_API_PORT");
const host = "127.0.0.1";

/** @type {{ recipients: string[], to: string, subject: string, text: string, html: string }[]} */
const messages = [];

/** The plain addresses of a mailparser address object (or a list of them), lowercased. */
function addressesOf(field) {
  const out = [];
  const walk = (entries) => {
    for (const entry of entries ?? []) {
      if (entry.address) out.push(entry.address.toLowerCase());
      if (entry.group) walk(entry.group);
    }
  };
  for (const object of [field ?? []].flat()) walk(object.value);
  return out;
}

const smtp = new SMTPServer({
  secure: false,
  authOptional: true,
  disabledCommands: ["STARTTLS", "AUTH"],
  // Loopback only: no reverse DNS look-up of the client.
  disableReverseLookup: true,
  logger: false,
  size: 10 * 1024 * 1024,
  onData(stream, session, callback) {
    simpleParser(stream)
      .then((parsed) => {
        if (stream.sizeExceeded) {
          const error = new Error("Message too large");
          error.responseCode = 552;
          callback(error);
          return;
        }
        const envelope = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
        const recipients = [...new Set([...envelope, ...addressesOf(parsed.to), ...addressesOf(parsed.cc)])];
        const message = {
          recipients,
          to: parsed.to ? [parsed.to].flat().map((t) => t.text).join(", ") : envelope.join(", "),
          subject: parsed.subject ?? "",
          text: parsed.text ?? "",
          html: typeof parsed.html === "string" ? parsed.html : "",
        };
        messages.push(message);
        console.log(`${new Date().toISOString()} received for ${recipients.join(", ")}: ${message.subject}`);
        callback();
      })
      .catch((error) => {
        console.error(`${new Date().toISOString()} could not parse a message: ${error.message}`);
        callback(error);
      });
  },
});
smtp.on("error", (error) => {
  console.error(`smtp-receiver: SMTP error: ${error.message}`);
  // A port that cannot be had ends it; a client's broken connection does not.
  if (error.code === "EADDRINUSE" || error.code === "EACCES") process.exit(1);
});

const api = http.createServer((request, response) => {
  const url = new URL(request.url ?? "/", `http://${host}`);
  if (request.method !== "GET" || url.pathname !== "/messages") {
    response.writeHead(request.method === "GET" ? 404 : 405, { "content-type": "text/plain" });
    response.end("GET /messages?to=<address>\n");
    return;
  }
  const wanted = url.searchParams.get("to")?.trim().toLowerCase();
  const found = messages
    .filter((m) => !wanted || m.recipients.includes(wanted))
    .map(({ to, subject, text, html }) => ({ to, subject, text, html }));
  response.writeHead(200, { "content-type": "application/json", "cache-control": "no-store" });
  response.end(JSON.stringify(found));
});

api.on("error", (error) => {
  console.error(`smtp-receiver: HTTP error: ${error.message}`);
  process.exit(1);
});

smtp.listen(smtpPort, host, () => {
  console.log(`smtp-receiver: SMTP on ${host}:${smtpPort}`);
  // The HTTP side opens last: once it answers, both are ready (scripts/test waits for it).
  api.listen(apiPort, host, () => console.log(`smtp-receiver: messages on http://${host}:${apiPort}/messages`));
});

// Nothing to flush (the messages live in memory, the log is written as it goes): stop at once.
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => process.exit(0));
