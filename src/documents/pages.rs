//! The patient page's documents: thumbnails of images, each document to view or download, the
//! upload form (`upload_form`), archiving, and an admin's purge of an archived document.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::api::{ArchiveDocument, PurgeDocument};
use super::model::{DocumentView, category_label};
use super::upload_form::UploadForm;

/// What `?upload=` says after the form was sent.
fn upload_message(code: &str) -> Option<(&'static str, &'static str)> {
    match code {
        "done" => Some(("status status-ok", "The document was added.")),
        "too-large" => Some((
            "status status-error",
            "That file is too large: the most a document may be is set by the practice (50 MB unless changed). Nothing was stored.",
        )),
        "not-accepted" => Some((
            "status status-error",
            "That file is not a JPEG or PNG image, a PDF or a DICOM file (judged by its content, not its name). Nothing was stored.",
        )),
        "incomplete" => Some((
            "status status-error",
            "The form was incomplete: choose a category and a file. Nothing was stored.",
        )),
        _ => None,
    }
}

/// What may be done with the documents here: add and archive them, purge archived ones.
#[derive(Clone, Copy)]
pub struct DocumentActions {
    pub can_manage: bool,
    pub can_purge: bool,
    pub archive: ServerAction<ArchiveDocument>,
    pub purge: ServerAction<PurgeDocument>,
    /// Runs when the browser's upload (with its progress bar) has stored a document.
    pub uploaded: Callback<()>,
}

#[component]
pub fn PatientDocuments(
    patient_id: i64,
    documents: Vec<DocumentView>,
    actions: DocumentActions,
) -> impl IntoView {
    let query = use_query_map();
    let can_manage = actions.can_manage;
    let message = move || {
        query.read().get("upload").and_then(|code| upload_message(&code)).map(|(class, text)| {
            view! { <p class=class role="status">{text}</p> }
        })
    };
    let purged = move || {
        match actions.purge.value().get() {
        Some(Ok(())) => Some(view! {
            <p class="status status-ok" role="status">"The document was purged. The audit log keeps what it was, who purged it and why."</p>
        }.into_any()),
        Some(Err(error)) => {
            let text = error.field("reason").or_else(|| error.field("id")).unwrap_or_else(|| error.to_string());
            Some(view! { <p class="status status-error" role="alert">{text}</p> }.into_any())
        }
        None => None,
    }
    };
    let list = if documents.is_empty() {
        view! { <p class="hint">"No documents yet."</p> }.into_any()
    } else {
        let items = documents
            .into_iter()
            .map(|d| view! { <DocumentItem document=d actions /> })
            .collect_view();
        view! { <ul class="documents">{items}</ul> }.into_any()
    };
    let form = can_manage.then(|| view! { <UploadForm patient_id on_uploaded=actions.uploaded /> });
    view! {
        <section id="documents" aria-labelledby="documents-heading">
            <h2 id="documents-heading">"Documents"</h2>
            {message}
            {purged}
            {list}
            {form}
        </section>
    }
}

#[component]
fn DocumentItem(document: DocumentView, actions: DocumentActions) -> impl IntoView {
    let DocumentActions { can_manage, can_purge, archive, purge, .. } = actions;
    let d = document;
    let href = format!("/documents/{}", d.id);
    let thumbnail = d.has_thumbnail.then(|| {
        // A DICOM file is never shown itself: its preview is.
        let shown = if d.kind.shown_inline() { format!("{href}?inline=1") } else { format!("{href}/thumbnail") };
        view! {
            <a href=shown target="_blank" rel="noopener">
                <img class="document-thumbnail" src=format!("{href}/thumbnail") alt=format!("Thumbnail of {}", d.file_name) loading="lazy" />
            </a>
        }
    });
    let view_link = d.kind.shown_inline().then(|| {
        view! { <a href=format!("{href}?inline=1") target="_blank" rel="noopener">"View"</a>" · " }
    });
    let toggle = can_manage.then(|| {
        let (label, to) = if d.archived { ("Restore", "false") } else { ("Archive", "true") };
        view! {
            <ActionForm action=archive attr:class="inline-form">
                <input type="hidden" name="id" value=d.id.to_string() />
                <input type="hidden" name="archived" value=to />
                <button type="submit" class="button button-small">{label}</button>
            </ActionForm>
        }
    });
    let purge_form = (can_purge && d.archived).then(|| {
        let field = format!("purge-reason-{}", d.id);
        view! {
            <details class="purge">
                <summary>"Purge…"</summary>
                <ActionForm action=purge attr:class="form">
                    <input type="hidden" name="id" value=d.id.to_string() />
                    <p class="hint">
                        "Purging removes this document for good (its file too, unless another document of the clinic is the same file). "
                        "It cannot be undone. The audit log keeps what it was, who purged it and why; backups made before keep it until they expire."
                    </p>
                    <div class="field">
                        <label for=field.clone()>"Why it is purged (10 to 500 characters)"</label>
                        <textarea id=field name="reason" required minlength="10" maxlength="500" rows="2"></textarea>
                    </div>
                    <label class="checkbox"><input type="checkbox" required />" I understand this cannot be undone"</label>
                    <button type="submit" class="button button-danger">"Purge permanently"</button>
                </ActionForm>
            </details>
        }
    });
    let facts = [
        Some(category_label(&d.category).to_string()),
        Some(d.kind.label().to_string()),
        Some(d.size.clone()),
        d.taken_on.clone().map(|t| format!("taken {t}")),
        (!d.details.is_empty()).then(|| d.details.clone()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" · ");
    view! {
        <li class="document" class:muted=d.archived>
            {thumbnail}
            <div>
                <p><strong>{d.file_name.clone()}</strong>{d.archived.then(|| view! { " " <span class="badge badge-muted">"Archived"</span> })}</p>
                <p class="hint">{facts}</p>
                {(!d.note.is_empty()).then(|| view! { <p>{d.note.clone()}</p> })}
                <p class="hint">{format!("Added {}", d.uploaded)}</p>
                <p>{view_link}<a href=href.clone() download="">"Download"</a></p>
                {toggle}
                {purge_form}
            </div>
        </li>
    }
}
