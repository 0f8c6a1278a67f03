//! The patient's clinical timeline, for clinicians: their visits' notes and their current
//! documents on one list, newest day first, each linked to the note or the document.

use leptos::prelude::*;

use crate::documents::model::DocumentView;
use crate::documents::model::category_label;
use crate::i18n::Region;
use crate::notes::model::NoteSummary;
use crate::notes::pages::note_state_label;
use crate::t;

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
pub fn ClinicalTimeline(
    notes: Vec<NoteSummary>,
    documents: Vec<DocumentView>,
    /// The clinic's region, for its dates.
    region: Region,
) -> impl IntoView {
    let mut entries: Vec<Entry> = notes.into_iter().map(Entry::Note).collect();
    entries.extend(documents.into_iter().filter(|d| !d.archived).map(Entry::Document));
    // Newest day first; on one day, the visit's note before what was filed that day.
    entries.sort_by(|a, b| {
        b.day()
            .cmp(&a.day())
            .then_with(|| matches!(a, Entry::Document(_)).cmp(&matches!(b, Entry::Document(_))))
    });
    let body = if entries.is_empty() {
        view! { <p class="hint">{t!("patient-timeline-none")}</p> }.into_any()
    } else {
        let items = entries.into_iter().map(|entry| entry_view(entry, region)).collect_view();
        view! { <ol class="timeline">{items}</ol> }.into_any()
    };
    view! {
        <section aria-labelledby="clinical-notes">
            <h2 id="clinical-notes">{t!("patient-timeline-title")}</h2>
            {body}
        </section>
    }
}

fn entry_view(entry: Entry, region: Region) -> AnyView {
    match entry {
        Entry::Note(n) => {
            let addenda = match n.addenda {
                0 => String::new(),
                k => format!(" · {}", t!("patient-timeline-addenda", count = k)),
            };
            view! {
                <li class="note-entry">
                    <p>
                        <a href=format!("/appointments/{}/note", n.appointment_id)>{format!("{} · {} · {}", n.when, n.type_name, n.provider)}</a>
                        " "<span class="badge">{note_state_label(n.state)}</span>{addenda}
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
                Some(super::date_short(region, d.day)),
                Some(category_label(&d.category)),
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
