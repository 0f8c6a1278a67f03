//! The API's OpenAPI 3.1 document, generated from the handlers (`utoipa`), served as JSON at
//! `/api/v1/openapi.json` and as a reference page for people at `/api/v1/docs`.

use axum::http::{HeaderValue, header};
use axum::response::{Html, IntoResponse, Response};
use serde_json::Value;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{IntoParams, IntoResponses, Modify, OpenApi};

use super::problem::Problem;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Chairside API",
        version = "1",
        description = "Read and change one clinic's calendar and patients with an API key an \
                       admin made for that clinic (Set-up → API keys). Send it as \
                       `Authorization: Bearer csk_…`. Times are UTC instants (`start`) or the \
                       clinic's wall-clock times (`local_start`, `YYYY-MM-DDTHH:MM`)."
    ),
    paths(
        super::clinic::clinic,
        super::clinic::providers,
        super::clinic::appointment_types,
        super::clinic::free_times,
        super::appointments::list,
        super::appointments::get,
        super::appointments::book,
        super::appointments::move_to,
        super::appointments::cancel,
        super::appointments::set_status,
        super::patients::search,
        super::patients::get,
        super::patients::create,
        super::patients::update,
    ),
    modifiers(&KeySecurity),
    tags(
        (name = "clinic", description = "The key's clinic, its providers and appointment types"),
        (name = "appointments", description = "Free times, and appointments: list, read, book, move, cancel, status"),
        (name = "patients", description = "Patients: search, read, add, update (the `patients` scope)"),
    )
)]
pub struct ApiDoc;

/// The bearer key every operation needs; the scopes each needs are named on it.
struct KeySecurity;

impl Modify for KeySecurity {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        let scheme = HttpBuilder::new()
            .scheme(HttpAuthScheme::Bearer)
            .bearer_format("csk_…")
            .description(Some(
                "An API key of the clinic. Scopes: `read` (every key), `write`, `patients`.",
            ))
            .build();
        components.add_security_scheme("api_key", SecurityScheme::Http(scheme));
    }
}

/// The refusals any operation may answer, each a problem (RFC 9457).
#[derive(IntoResponses)]
#[allow(dead_code)]
pub enum Refusals {
    /// The request could not be read (its body, query or address).
    #[response(status = 400, content_type = "application/problem+json")]
    BadRequest(#[to_schema] Problem),
    /// No key, or an unknown or revoked one.
    #[response(status = 401, content_type = "application/problem+json")]
    Unauthorized(#[to_schema] Problem),
    /// The key's scopes do not allow this, or the browser's origin is not allowed.
    #[response(status = 403, content_type = "application/problem+json")]
    Forbidden(#[to_schema] Problem),
    /// Nothing of the key's clinic has this id.
    #[response(status = 404, content_type = "application/problem+json")]
    NotFound(#[to_schema] Problem),
    /// The time was just taken, the record changed since it was read (`version`), or the
    /// Idempotency-Key's first request is still being answered.
    #[response(status = 409, content_type = "application/problem+json")]
    Conflict(#[to_schema] Problem),
    /// Values that need attention (`errors` names the fields), or an Idempotency-Key reused
    /// for another request.
    #[response(status = 422, content_type = "application/problem+json")]
    Unprocessable(#[to_schema] Problem),
    /// The key's requests per minute are used up (`Retry-After` says for how long).
    #[response(status = 429, content_type = "application/problem+json")]
    RateLimited(#[to_schema] Problem),
    /// Something went wrong on the server (the detail gives a reference).
    #[response(status = 500, content_type = "application/problem+json")]
    Internal(#[to_schema] Problem),
}

/// The header that makes a write safe to send again.
#[derive(IntoParams)]
#[into_params(names("Idempotency-Key"), parameter_in = Header)]
#[allow(dead_code)]
pub struct IdempotencyKey(
    /// Any text of 1 to 200 characters, new for each change (a UUID): sent again with the same
    /// request within 24 hours, the first answer is replayed (`Idempotent-Replayed: true`) and
    /// the change is not made twice.
    Option<String>,
);

/// `GET /api/v1/openapi.json`
pub async fn document() -> Response {
    let mut response = ApiDoc::openapi().to_pretty_json().unwrap_or_default().into_response();
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    response
}

/// The problem types, as `type` names them (`/api/v1/docs#problem-…`), explained.
const PROBLEM_TYPES: [(&str, &str); 12] = [
    ("bad-request", "The body, query string or address could not be read (400)."),
    ("unauthorized", "No API key, or one that is unknown or revoked (401)."),
    ("forbidden", "The key's scopes do not allow the operation (403)."),
    ("origin", "A browser request from an origin the clinic has not allowed (403)."),
    ("not-found", "Nothing of the key's clinic has this id (404)."),
    (
        "conflict",
        "The time was just taken, or the record changed since it was read: read it again and retry with its new version (409).",
    ),
    (
        "idempotency-key-in-use",
        "The first request with this Idempotency-Key is still being answered (409).",
    ),
    ("validation", "Some values need attention; `errors` gives a message per field (422)."),
    (
        "idempotency-key-reused",
        "The Idempotency-Key was sent before with a different request (422).",
    ),
    (
        "rate-limited",
        "The key's requests for this minute are used up; wait `retry_after` seconds (429).",
    ),
    ("internal", "Something went wrong on the server; quote the reference in `detail` (500)."),
    ("about", "Every problem is JSON as RFC 9457 shapes it: type, title, status, detail."),
];

/// `GET /api/v1/docs`: the document as a page, operation by operation.
pub async fn reference() -> Html<String> {
    let document = serde_json::to_value(ApiDoc::openapi()).unwrap_or(Value::Null);
    Html(reference_page(&document))
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The name of a schema reference (`#/components/schemas/Appointment` → `Appointment`).
fn schema_name(schema: &Value) -> String {
    if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
        return reference.rsplit('/').next().unwrap_or(reference).to_string();
    }
    match schema.get("type") {
        Some(Value::String(kind)) => kind.clone(),
        Some(Value::Array(kinds)) => {
            kinds.iter().filter_map(Value::as_str).collect::<Vec<_>>().join(" or ")
        }
        _ => "value".into(),
    }
}

fn reference_page(document: &Value) -> String {
    let text = |value: &Value, key: &str| {
        value.get(key).and_then(Value::as_str).unwrap_or_default().to_string()
    };
    let mut out = String::from(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>Chairside API reference</title></head><body><main>",
    );
    let info = &document["info"];
    out += &format!(
        "<h1>{} (version {})</h1>",
        escape(&text(info, "title")),
        escape(&text(info, "version"))
    );
    out += &format!("<p>{}</p>", escape(&text(info, "description")));
    out += "<p>The machine-readable document: <a href=\"/api/v1/openapi.json\">/api/v1/openapi.json</a> (OpenAPI 3.1).</p>";
    out += "<p>Lists answer <code>items</code> and, when there is more, <code>next_cursor</code>: pass it as <code>cursor</code> for the next page. Each key may make a set number of requests per minute (<code>RateLimit-Limit</code>, <code>RateLimit-Remaining</code>, <code>RateLimit-Reset</code> headers).</p>";
    out += "<h2>Operations</h2>";
    let Some(paths) = document["paths"].as_object() else {
        return out + "</main></body></html>";
    };
    for (path, item) in paths {
        let Some(methods) = item.as_object() else { continue };
        for (method, operation) in methods {
            out += &format!(
                "<section><h3><code>{} {}</code></h3>",
                method.to_uppercase(),
                escape(path)
            );
            let summary = text(operation, "summary");
            let description = text(operation, "description");
            for paragraph in [summary, description].iter().filter(|p| !p.is_empty()) {
                out += &format!("<p>{}</p>", escape(paragraph));
            }
            if let Some(security) = operation["security"].as_array() {
                let scopes: Vec<String> = security
                    .iter()
                    .filter_map(|s| s["api_key"].as_array())
                    .flatten()
                    .filter_map(Value::as_str)
                    .map(str::to_string)
                    .collect();
                out += &format!("<p>Scopes: {}</p>", escape(&scopes.join(", ")));
            }
            if let Some(parameters) = operation["parameters"].as_array() {
                out += "<table><thead><tr><th>Parameter</th><th>In</th><th>Required</th><th>Type</th><th>About</th></tr></thead><tbody>";
                for parameter in parameters {
                    out += &format!(
                        "<tr><td><code>{}</code></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                        escape(&text(parameter, "name")),
                        escape(&text(parameter, "in")),
                        if parameter["required"].as_bool() == Some(true) { "yes" } else { "no" },
                        escape(&schema_name(&parameter["schema"])),
                        escape(&text(parameter, "description")),
                    );
                }
                out += "</tbody></table>";
            }
            if let Some(body) =
                operation["requestBody"]["content"]["application/json"]["schema"].as_object()
            {
                let name = schema_name(&Value::Object(body.clone()));
                out +=
                    &format!("<p>Body: <a href=\"#schema-{0}\">{0}</a> (JSON)</p>", escape(&name));
            }
            if let Some(responses) = operation["responses"].as_object() {
                out += "<ul>";
                for (status, response) in responses {
                    let schema = response["content"]
                        .as_object()
                        .and_then(|content| content.values().next())
                        .map(|media| schema_name(&media["schema"]))
                        .unwrap_or_default();
                    out += &format!(
                        "<li><strong>{}</strong> {} {}</li>",
                        escape(status),
                        escape(&text(response, "description")),
                        if schema.is_empty() {
                            String::new()
                        } else {
                            format!("(<a href=\"#schema-{0}\">{0}</a>)", escape(&schema))
                        }
                    );
                }
                out += "</ul>";
            }
            out += "</section>";
        }
    }
    out += "<h2>Schemas</h2>";
    if let Some(schemas) = document["components"]["schemas"].as_object() {
        for (name, schema) in schemas {
            out += &format!("<section id=\"schema-{0}\"><h3>{0}</h3>", escape(name));
            let description = text(schema, "description");
            if !description.is_empty() {
                out += &format!("<p>{}</p>", escape(&description));
            }
            let required: Vec<&str> = schema["required"]
                .as_array()
                .map(|r| r.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            if let Some(properties) = schema["properties"].as_object() {
                out += "<table><thead><tr><th>Field</th><th>Type</th><th>Required</th><th>About</th></tr></thead><tbody>";
                for (field, property) in properties {
                    out += &format!(
                        "<tr><td><code>{}</code></td><td>{}</td><td>{}</td><td>{}</td></tr>",
                        escape(field),
                        escape(&schema_name(property)),
                        if required.contains(&field.as_str()) { "yes" } else { "no" },
                        escape(&text(property, "description")),
                    );
                }
                out += "</tbody></table>";
            }
            out += "</section>";
        }
    }
    out += "<h2>Problems</h2><p>Refusals answer <code>application/problem+json</code>; <code>type</code> links here.</p><dl>";
    for (kind, meaning) in PROBLEM_TYPES {
        out += &format!(
            "<dt id=\"problem-{kind}\"><code>{kind}</code></dt><dd>{}</dd>",
            escape(meaning)
        );
    }
    out + "</dl></main></body></html>"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_document_is_openapi_3_1_with_every_operation_keyed() {
        let document = serde_json::to_value(ApiDoc::openapi()).unwrap();
        assert!(document["openapi"].as_str().unwrap().starts_with("3.1"));
        let paths = document["paths"].as_object().unwrap();
        assert_eq!(paths.len(), 11, "{:?}", paths.keys().collect::<Vec<_>>());
        for (path, item) in paths {
            for (method, operation) in item.as_object().unwrap() {
                assert!(
                    operation["security"][0]["api_key"].is_array(),
                    "{method} {path} names no key"
                );
                assert!(operation["responses"]["401"].is_object(), "{method} {path} lacks 401");
            }
        }
        assert_eq!(document["components"]["securitySchemes"]["api_key"]["scheme"], "bearer");
    }

    #[test]
    fn the_reference_lists_operations_schemas_and_problem_types() {
        let document = serde_json::to_value(ApiDoc::openapi()).unwrap();
        let page = reference_page(&document);
        assert!(page.contains("<code>POST /api/v1/appointments</code>"));
        assert!(page.contains("id=\"schema-Appointment\""));
        assert!(page.contains("id=\"problem-validation\""));
        assert!(!page.contains("<script"));
    }
}
