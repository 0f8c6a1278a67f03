//! The patient page's upload form. It is a plain multipart form, so it works without
//! JavaScript (the server answers with the patient page). In the browser it also takes a file
//! dropped on it, and sends the form itself with a progress bar, staying on the page.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

use super::model::CATEGORIES;
use super::model::category_label;
use crate::t;

/// Where an upload sent from the browser stands.
#[derive(Clone, PartialEq)]
enum Sending {
    Idle,
    /// Sent so far, in percent.
    Progress(u32),
    Failed(String),
}

/// The message when the server could not be reached.
const UNREACHABLE: &str = "patient-upload-unreachable";

#[component]
pub fn UploadForm(patient_id: i64, on_uploaded: Callback<()>) -> impl IntoView {
    let url = format!("/patients/{patient_id}/documents");
    let form_ref = NodeRef::<leptos::html::Form>::new();
    let file_ref = NodeRef::<leptos::html::Input>::new();
    let dragging = RwSignal::new(false);
    let dropped = RwSignal::new(None::<String>);
    let sending = RwSignal::new(Sending::Idle);

    let on_drop = move |ev: web_sys::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        let Some(files) = ev.data_transfer().and_then(|d| d.files()) else { return };
        let (Some(first), Some(input)) = (files.get(0), file_ref.get_untracked()) else { return };
        input.set_files(Some(&files));
        dropped.set(Some(first.name()));
        sending.set(Sending::Idle);
    };
    let on_dragover = move |ev: web_sys::DragEvent| {
        // Accepting the drag is what makes the form a drop target.
        ev.prevent_default();
        dragging.set(true);
    };
    let action = url.clone();
    let on_submit = move |ev: web_sys::SubmitEvent| {
        let Some(form) = form_ref.get_untracked() else { return };
        ev.prevent_default();
        if matches!(sending.get_untracked(), Sending::Progress(_)) {
            return;
        }
        sending.set(Sending::Progress(0));
        if send(&form, &action, sending, on_uploaded).is_err() {
            sending.set(Sending::Failed(t!(UNREACHABLE)));
        }
    };

    let options = CATEGORIES
        .iter()
        .map(|(value, _)| view! { <option value=*value>{category_label(value)}</option> })
        .collect_view();
    let status = move || {
        match sending.get() {
        Sending::Idle => None,
        Sending::Progress(percent) => Some(
            view! {
                <div class="upload-progress" role="status">
                    <progress max="100" value=percent.to_string() aria-label=t!("patient-upload-progress")></progress>
                    <span>{if percent < 100 { t!("patient-upload-uploading", percent = percent) } else { t!("patient-upload-saving") }}</span>
                </div>
            }
            .into_any(),
        ),
        Sending::Failed(text) => {
            Some(view! { <p class="status status-error" role="alert">{text}</p> }.into_any())
        }
    }
    };
    view! {
        <form method="post" action=url enctype="multipart/form-data" class="form upload-form"
            class:dragging=move || dragging.get() node_ref=form_ref
            on:dragover=on_dragover on:dragleave=move |_| dragging.set(false) on:drop=on_drop
            on:submit=on_submit>
            <h3>{t!("patient-upload-title")}</h3>
            <p class="hint">{t!("patient-upload-hint")}</p>
            <div class="field">
                <label for="document-file">{t!("patient-upload-file")}</label>
                <input id="document-file" name="file" type="file" required node_ref=file_ref
                    on:change=move |_| { dropped.set(None); sending.set(Sending::Idle) }
                    accept=".jpg,.jpeg,.png,.pdf,.dcm,image/jpeg,image/png,application/pdf,application/dicom" />
                {move || dropped.get().map(|name| view! { <p class="hint">{t!("patient-upload-dropped")}" "<strong>{name}</strong></p> })}
            </div>
            <div class="field">
                <label for="document-category">{t!("patient-upload-category")}</label>
                <select id="document-category" name="category">{options}</select>
            </div>
            <div class="field">
                <label for="document-taken-on">{t!("patient-upload-taken-on")}</label>
                <input id="document-taken-on" name="taken_on" type="date" />
            </div>
            <div class="field">
                <label for="document-note">{t!("patient-upload-note")}</label>
                <input id="document-note" name="note" type="text" maxlength="1000" />
            </div>
            {status}
            <button type="submit" class="button"
                disabled=move || matches!(sending.get(), Sending::Progress(_))>{t!("patient-upload-submit")}</button>
        </form>
    }
}

/// Sends `form` to `url` as the server's script client (it answers JSON), reporting progress
/// in `sending`; `on_uploaded` runs once the document is stored. What was typed stays in the
/// form when the server refuses it.
fn send(
    form: &web_sys::HtmlFormElement,
    url: &str,
    sending: RwSignal<Sending>,
    on_uploaded: Callback<()>,
) -> Result<(), wasm_bindgen::JsValue> {
    let data = web_sys::FormData::new_with_form(form)?;
    let request = web_sys::XmlHttpRequest::new()?;
    request.open("POST", url)?;
    request.set_request_header("Accept", "application/json")?;
    let progress =
        Closure::<dyn FnMut(web_sys::ProgressEvent)>::new(move |event: web_sys::ProgressEvent| {
            if event.length_computable() && event.total() > 0.0 {
                let percent = (event.loaded() / event.total() * 100.0).floor() as u32;
                sending.set(Sending::Progress(percent.min(100)));
            }
        });
    request.upload()?.set_onprogress(Some(progress.as_ref().unchecked_ref()));
    let answered = request.clone();
    // Runs once, when the request ends however it ends; the progress callback goes with it.
    let finished = Closure::once_into_js(move |_: web_sys::Event| {
        drop(progress);
        match answered.status().unwrap_or(0) {
            201 => {
                sending.set(Sending::Progress(100));
                on_uploaded.run(());
            }
            0 => sending.set(Sending::Failed(t!(UNREACHABLE))),
            413 => sending.set(Sending::Failed(t!("patient-upload-too-large-here"))),
            _ => {
                let said = answered
                    .response_text()
                    .ok()
                    .flatten()
                    .and_then(|text| serde_json::from_str::<serde_json::Value>(&text).ok())
                    .and_then(|answer| answer["error"].as_str().map(str::to_string));
                sending.set(Sending::Failed(said.unwrap_or_else(|| t!("patient-upload-failed"))));
            }
        }
    });
    request.set_onloadend(Some(finished.unchecked_ref()));
    request.send_with_opt_form_data(Some(&data))
}
