//! The patient's clinical timeline, for clinicians: their visits' notes and their current
//! documents on one list, newest day first, each linked to the note or the document.

use leptos::prelude::*;

use crate::documents::model::{DocumentView, category_label};
use crate::notes::model::NoteSummary;

/// One line of the timeline.
enum Entry {
    Note(NoteSummary),
    Document(DocumentView),
}

impl Entry {
    fn day(&self) -> chrono::NaiveDate {
        match self {
            Entry::Note(note) => note.day,
            Entry::Document(document) => document.day,
        }
    }
}

#[component]
pub fn ClinicalTimeline(notes: Vec<NoteSummary>, documents: Vec<DocumentView>) -> impl IntoView {
    let mut entries: Vec<Entry> = notes.into_iter().map(Entry::Note).collect();
    entries.extend(documents.into_iter().filter(|d| !d.archived).map(Entry::Document));
    // Newest day first; on one day, the visit's note before what was filed that day.
    entries.sort_by(|a, b| {
        b.day()
            .cmp(&a.day())
            .then_with(|| matches!(a, Entry::Document(_)).cmp(&matches!(b, Entry::Document(_))))
    });
    let body = if entries.is_empty() {
        view! { <p class="hint">"No clinical notes or documents yet."</p> }.into_any()
    } else {
        let items = entries.into_iter().map(entry_view).collect_view();
        view! { <ol class="timeline">{items}</ol> }.into_any()
    };
    view! {
        <section aria-labelledby="clinical-notes">
            <h2 id="clinical-notes">"Clinical notes and documents"</h2>
            {body}
        </section>
    }
}

fn entry_view(entry: Entry) -> AnyView {
    match entry {
        Entry::Note(n) => {
            let addenda = match n.addenda {
                0 => String::new(),
                1 => " · 1 addendum".to_string(),
                k => format!(" · {k} addenda"),
            };
            view! {
                <li class="note-entry">
                    <p>
                        <a href=format!("/appointments/{}/note", n.appointment_id)>{format!("{} · {} · {}", n.when, n.type_name, n.provider)}</a>
                        " "<span class="badge">{n.state.label()}</span>{addenda}
                    </p>
                    <p class="hint">{n.excerpt}</p>
                </li>
            }
            .into_any()
        }
        Entry::Document(d) => {
            // A DICOM file is never opened in the browser itself: its preview is.
            let href = if d.kind.shown_inline() {
                format!("/documents/{}?inline=1", d.id)
            } else if d.has_thumbnail {
                format!("/documents/{}/thumbnail", d.id)
            } else {
                format!("/documents/{}", d.id)
            };
            let facts = [
                Some(d.day.format("%-d %b %Y").to_string()),
                Some(category_label(&d.category).to_string()),
                (!d.details.is_empty()).then(|| d.details.clone()),
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" · ");
            view! {
                <li class="document-entry">
                    <p>{facts}" · "<a href=href target="_blank" rel="noopener">{d.file_name.clone()}</a></p>
                    {(!d.note.is_empty()).then(|| view! { <p class="hint">{d.note.clone()}</p> })}
                </li>
            }
            .into_any()
        }
    }
}
