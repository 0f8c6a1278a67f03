//! Bearer links in emails (a patient's manage link, a recall email's booking link, an ASAP
//! offer, a new colleague's invitation) are created
//! when the email is sent, never when it is queued: the outbox keeps a marker where the token
//! goes, so an admin reading the outbox (or a database dump) finds no usable link. The worker
//! creates the token as it sends (storing only its SHA-256, like every token) and writes it into
//! the message that leaves, and nowhere else. A retried email gets a fresh token.

use chrono::{DateTime, Utc};
use sqlx::PgConnection;
use url::Url;

use crate::auth::invitation;
use crate::error::AppError;
use crate::online::{links, patient_links};

/// Stands for the token in a queued email's body. Letters and hyphens only, so HTML escaping
/// leaves it as it is.
pub const MARKER: &str = "LINK-CREATED-WHEN-SENT";

/// The link of a kind, as a queued email's body shows it.
pub fn manage_link(site: &Url) -> Result<String, AppError> {
    Ok(site.join(&format!("/book/manage/{MARKER}")).map_err(AppError::internal)?.to_string())
}

/// The online booking of clinic `slug` for the patient of a recall email, with the type
/// `type_id` chosen when there is one.
pub fn recall_booking_link(
    site: &Url,
    slug: &str,
    type_id: Option<i64>,
) -> Result<String, AppError> {
    let mut link = site.join(&format!("/book/{slug}")).map_err(AppError::internal)?;
    {
        let mut query = link.query_pairs_mut();
        if let Some(id) = type_id {
            query.append_pair("type", &id.to_string());
        }
        query.append_pair("invite", MARKER);
    }
    Ok(link.to_string())
}

/// The link of an ASAP offer: the patient takes the freed time there.
pub fn offer_link(site: &Url) -> Result<String, AppError> {
    Ok(site.join(&format!("/book/offer/{MARKER}")).map_err(AppError::internal)?.to_string())
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
    /// The booking link of a recall email, for the recall's patient.
    Recall { recall_id: i64 },
    /// An ASAP offer of a freed time.
    AsapOffer { offer_id: i64 },
    /// The invitation of a staff member, valid until `expires`.
    Invitation { staff_id: i64, expires: DateTime<Utc> },
}

/// Creates the token of `link` (its hash stored); `None` when it must not be created any more
/// (an invitation already accepted, a recall no longer there).
pub async fn create_token(
    conn: &mut PgConnection,
    link: Link,
) -> Result<Option<String>, sqlx::Error> {
    match link {
        Link::Manage { appointment_id } => links::issue(conn, appointment_id).await.map(Some),
        Link::Recall { recall_id } => {
            let expires = Utc::now() + chrono::Duration::days(patient_links::VALID_FOR_DAYS);
            patient_links::create_for_recall(conn, recall_id, expires).await
        }
        Link::AsapOffer { offer_id } => crate::asap::offers::create_token(conn, offer_id).await,
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
