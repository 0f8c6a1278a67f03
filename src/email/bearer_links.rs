//! Bearer links in emails (a patient's manage link, a new colleague's invitation) are created
//! when the email is sent, never when it is queued: the outbox keeps a marker where the token
//! goes, so an admin reading the outbox (or a database dump) finds no usable link. The worker
//! creates the token as it sends (storing only its SHA-256, like every token) and writes it into
//! the message that leaves, and nowhere else. A retried email gets a fresh token.

use chrono::{DateTime, Utc};
use sqlx::PgConnection;
use url::Url;

use crate::auth::invitation;
use crate::error::AppError;
use crate::online::links;

/// Stands for the token in a queued email's body. Letters and hyphens only, so HTML escaping
/// leaves it as it is.
pub const MARKER: &str = "LINK-CREATED-WHEN-SENT";

/// The link of a kind, as a queued email's body shows it.
pub fn manage_link(site: &Url) -> Result<String, AppError> {
    Ok(site.join(&format!("/book/manage/{MARKER}")).map_err(AppError::internal)?.to_string())
}

pub fn invitation_link(site: &Url) -> Result<String, AppError> {
    let mut link = site.join("/welcome").map_err(AppError::internal)?;
    link.query_pairs_mut().append_pair("token", MARKER);
    Ok(link.to_string())
}

/// The link an email carries, with what its token opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Link {
    /// The manage link of an appointment.
    Manage { appointment_id: i64 },
    /// The invitation of a staff member, valid until `expires`.
    Invitation { staff_id: i64, expires: DateTime<Utc> },
}

/// Creates the token of `link` (its hash stored); `None` when it must not be created any more
/// (an invitation already accepted).
pub async fn create_token(
    conn: &mut PgConnection,
    link: Link,
) -> Result<Option<String>, sqlx::Error> {
    match link {
        Link::Manage { appointment_id } => links::issue(conn, appointment_id).await.map(Some),
        Link::Invitation { staff_id, expires } => {
            invitation::create_for_email(conn, staff_id, expires).await
        }
    }
}

/// `body` with the token in place of the marker.
pub fn fill(body: &str, token: &str) -> String {
    body.replace(MARKER, token)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_marker_survives_html_escaping_and_is_replaced_by_the_token() {
        let site: Url = "https://clinic.example".parse().unwrap();
        let link = manage_link(&site).unwrap();
        assert_eq!(link, format!("https://clinic.example/book/manage/{MARKER}"));
        assert!(invitation_link(&site).unwrap().ends_with(&format!("/welcome?token={MARKER}")));
        let escaped = link.replace('/', "&#x2f;");
        assert_eq!(
            fill(&escaped, "abc_-9"),
            "https:&#x2f;&#x2f;clinic.example&#x2f;book&#x2f;manage&#x2f;abc_-9"
        );
    }
}
