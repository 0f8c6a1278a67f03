//! The email pages for admins: the outbox, one email, and the clinic's templates.

mod outbox;
mod templates;

pub use outbox::{OutboxEmailPage, OutboxListPage};
pub use templates::{TemplateEditorPage, TemplatesPage};
