//! `/appointments/{id}/note`: an appointment's clinical note. A draft is written (from a
//! template's prompts if the clinician likes) and saved; the provider signs it; a signed note
//! is shown as it was signed, with its addenda, and takes new addenda.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::api::{AddNoteAddendum, SaveClinicalNote, SignClinicalNote, clinical_note};
use super::model::{NoteState, NoteView};
use crate::t;
use crate::ui::form::{FormFeedback, FormProblem, SavedNotice};
use crate::ui::page_error;

/// Where a note stands, in the page's language: "Draft note".
pub fn note_state_label(state: NoteState) -> String {
    t!(match state {
        NoteState::Missing => "patient-note-state-missing",
        NoteState::Draft => "patient-note-state-draft",
        NoteState::Signed => "patient-note-state-signed",
    })
}

#[component]
pub fn ClinicalNotePage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let save = ServerAction::<SaveClinicalNote>::new();
    let sign = ServerAction::<SignClinicalNote>::new();
    let addendum = ServerAction::<AddNoteAddendum>::new();
    let data = Resource::new(
        move || {
            let id = params.read().get("id").and_then(|v| v.parse::<i64>().ok()).unwrap_or(0);
            let template = query.read().get("template").and_then(|v| v.parse::<i64>().ok());
            (id, template, save.version().get(), sign.version().get(), addendum.version().get())
        },
        |(id, template, ..)| clinical_note(id, template),
    );
    view! {
        <Title text=t!("patient-note-title") />
        <Suspense fallback=|| view! { <p class="loading">{t!("patient-note-loading")}</p> }>
            {move || Suspend::new(async move {
                let here = params.read_untracked().get("id").map(|id| format!("/appointments/{id}/note")).unwrap_or_default();
                match data.await {
                    Err(error) => page_error(error, &here),
                    Ok(note) => view! { <Note note save sign addendum /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Note(
    note: NoteView,
    save: ServerAction<SaveClinicalNote>,
    sign: ServerAction<SignClinicalNote>,
    addendum: ServerAction<AddNoteAddendum>,
) -> impl IntoView {
    let heading = t!("patient-note-heading", patient = note.patient.as_str());
    let facts = format!("{} · {} · {}", note.when, note.type_name, note.provider);
    let state = note.state;
    let body = match state {
        NoteState::Signed => view! { <SignedNote note=note.clone() addendum /> }.into_any(),
        _ => view! { <DraftNote note=note.clone() save sign /> }.into_any(),
    };
    view! {
        <section class="clinical-note">
            <p class="breadcrumbs"><a href="/my-day">{t!("patient-note-my-day")}</a>" · "<a href=format!("/patients/{}", note.patient_id)>{note.patient.clone()}</a></p>
            <h1>{heading}</h1>
            <p>{facts}" "<span class=format!("badge badge-note-{}", match state { NoteState::Signed => "signed", NoteState::Draft => "draft", NoteState::Missing => "missing" })>{note_state_label(state)}</span></p>
            {body}
        </section>
    }
}

#[component]
fn DraftNote(
    note: NoteView,
    save: ServerAction<SaveClinicalNote>,
    sign: ServerAction<SignClinicalNote>,
) -> impl IntoView {
    let feedback = FormFeedback::provide(save);
    let id = note.appointment_id.to_string();
    let text = note.from_template.clone().unwrap_or_else(|| note.body.clone());
    // What was typed comes back after a refused save (without JavaScript too).
    let text = FormFeedback::current().and_then(|f| f.typed("body")).unwrap_or(text);
    let templates = (!note.templates.is_empty() && note.body.trim().is_empty()).then(|| {
        let options = note
            .templates
            .iter()
            .map(|(id, name)| view! { <option value=id.to_string()>{name.clone()}</option> })
            .collect_view();
        view! {
            <form method="get" class="inline-form template-picker">
                <label for="note-template">{t!("patient-note-template")}</label>
                <select id="note-template" name="template">{options}</select>
                <button type="submit" class="button button-small">{t!("patient-note-use-template")}</button>
            </form>
        }
    });
    let sign_form = (note.version > 0).then(|| {
        if note.can_sign {
            let (sign_id, version) = (id.clone(), note.version.to_string());
            view! {
                <details class="confirm">
                    <summary class="button">{t!("patient-note-sign-ask")}</summary>
                    <ActionForm action=sign attr:class="confirm-body">
                        <p>{t!("patient-note-sign-question")}</p>
                        <input type="hidden" name="appointment_id" value=sign_id />
                        <input type="hidden" name="version" value=version />
                        <button type="submit" class="button button-primary">{t!("patient-note-sign")}</button>
                    </ActionForm>
                </details>
            }
            .into_any()
        } else {
            view! { <p class="hint">{t!("patient-note-provider-signs", provider = note.provider.as_str())}</p> }.into_any()
        }
    });
    let sign_problem = move || {
        sign.value().get().and_then(Result::err).map(
            |error| view! { <p class="status status-error" role="alert">{error.to_string()}</p> },
        )
    };
    view! {
        {templates}
        {note.written.clone().map(|w| view! { <p class="hint">{t!("patient-note-last-saved", when = w)}</p> })}
        <SavedNotice action=save text=t!("patient-note-draft-saved") />
        <FormProblem feedback keys=&[] />
        <ActionForm action=save attr:class="form note-form">
            <input type="hidden" name="appointment_id" value=id.clone() />
            <input type="hidden" name="version" value=note.version.to_string() />
            <div class="field">
                <label for="note-body">{t!("patient-note-body")}</label>
                <textarea id="note-body" name="body" rows="16">{text}</textarea>
            </div>
            <button type="submit" class="button" disabled=move || save.pending().get()>{t!("patient-note-save")}</button>
        </ActionForm>
        {sign_problem}
        {sign_form}
    }
}

#[component]
fn SignedNote(note: NoteView, addendum: ServerAction<AddNoteAddendum>) -> impl IntoView {
    let feedback = FormFeedback::provide(addendum);
    let addenda = note
        .addenda
        .iter()
        .map(|a| {
            view! {
                <li class="addendum">
                    <p class="hint">{t!("patient-note-addendum-written", when = a.written.as_str())}</p>
                    <p class="note-text">{a.body.clone()}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <p class="hint">{t!("patient-note-signed", when = note.signed.clone().unwrap_or_default())}</p>
        <div class="note-text signed-note">{note.body.clone()}</div>
        <h2>{t!("patient-note-addenda")}</h2>
        {if note.addenda.is_empty() { Some(view! { <p class="hint">{t!("patient-note-addenda-none")}</p> }) } else { None }}
        <ol class="addenda">{addenda}</ol>
        <FormProblem feedback keys=&[] />
        <ActionForm action=addendum attr:class="form">
            <input type="hidden" name="appointment_id" value=note.appointment_id.to_string() />
            <div class="field">
                <label for="note-addendum">{t!("patient-note-addendum")}</label>
                <textarea id="note-addendum" name="addendum" rows="4"></textarea>
            </div>
            <button type="submit" class="button" disabled=move || addendum.pending().get()>{t!("patient-note-add-addendum")}</button>
        </ActionForm>
    }
}
