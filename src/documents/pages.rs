//! The patient page's documents: thumbnails of images, each document to view or download, the
//! upload form (a plain multipart form: it works without JavaScript), and archiving.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::api::ArchiveDocument;
use super::model::{CATEGORIES, DocumentView, category_label};

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

#[component]
pub fn PatientDocuments(
    patient_id: i64,
    documents: Vec<DocumentView>,
    can_manage: bool,
    archive: ServerAction<ArchiveDocument>,
) -> impl IntoView {
    let query = use_query_map();
    let message = move || {
        query.read().get("upload").and_then(|code| upload_message(&code)).map(|(class, text)| {
            view! { <p class=class role="status">{text}</p> }
        })
    };
    let list = if documents.is_empty() {
        view! { <p class="hint">"No documents yet."</p> }.into_any()
    } else {
        let items = documents
            .into_iter()
            .map(|d| view! { <DocumentItem document=d can_manage archive /> })
            .collect_view();
        view! { <ul class="documents">{items}</ul> }.into_any()
    };
    let form = can_manage.then(|| {
        let options = CATEGORIES
            .iter()
            .map(|(value, label)| view! { <option value=*value>{*label}</option> })
            .collect_view();
        view! {
            <form method="post" action=format!("/patients/{patient_id}/documents") enctype="multipart/form-data" class="form upload-form">
                <h3>"Add a document"</h3>
                <div class="field">
                    <label for="document-file">"File (JPEG, PNG, PDF or DICOM)"</label>
                    <input id="document-file" name="file" type="file" required
                        accept=".jpg,.jpeg,.png,.pdf,.dcm,image/jpeg,image/png,application/pdf,application/dicom" />
                </div>
                <div class="field">
                    <label for="document-category">"Category"</label>
                    <select id="document-category" name="category">{options}</select>
                </div>
                <div class="field">
                    <label for="document-taken-on">"Date taken (optional)"</label>
                    <input id="document-taken-on" name="taken_on" type="date" />
                </div>
                <div class="field">
                    <label for="document-note">"Note (optional)"</label>
                    <input id="document-note" name="note" type="text" maxlength="1000" />
                </div>
                <button type="submit" class="button">"Upload"</button>
            </form>
        }
    });
    view! {
        <section id="documents" aria-labelledby="documents-heading">
            <h2 id="documents-heading">"Documents"</h2>
            {message}
            {list}
            {form}
        </section>
    }
}

#[component]
fn DocumentItem(
    document: DocumentView,
    can_manage: bool,
    archive: ServerAction<ArchiveDocument>,
) -> impl IntoView {
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
            </div>
        </li>
    }
}
