//! `/patients/{id}/merge?with=P-000123`: the two records side by side, a choice per field,
//! and a confirmation before the irreversible merge.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::patients::merge::{MERGE_FIELDS, MergePatients, RecordsToMerge, merge_preview};
use crate::patients::model::PatientRecord;
use crate::patients::records::get_patient;
use crate::t;
use crate::ui::form::{FormFeedback, FormProblem};
use crate::ui::page_error;

/// A field's value as the merge table shows it.
fn value_of(record: &PatientRecord, field: &str) -> String {
    match field {
        "first_name" => record.first_name.clone(),
        "last_name" => record.last_name.clone(),
        "preferred_name" => record.preferred_name.clone(),
        "date_of_birth" => super::date_full(record.clinic.region, record.date_of_birth),
        "sex" => match record.sex.as_deref() {
            None | Some("") => String::new(),
            Some(sex) => t!("patient-sex-value", sex = sex),
        },
        "mobile_phone" => record.mobile_phone.clone().unwrap_or_default(),
        "home_phone" => record.home_phone.clone().unwrap_or_default(),
        "email" => record.email.clone().unwrap_or_default(),
        "address" => record.address.clone(),
        "emergency_contact_name" => record.emergency_contact_name.clone(),
        "emergency_contact_phone" => record.emergency_contact_phone.clone().unwrap_or_default(),
        "preferred_contact" => match record.preferred_contact.as_str() {
            "" => String::new(),
            contact => t!("patient-contact-value", contact = contact),
        },
        "notes" => record.notes.clone(),
        _ => String::new(),
    }
}

/// A field of [`MERGE_FIELDS`] named in the page's language (`label`, its English name, for
/// a field this page does not know).
fn field_label(field: &str, label: &str) -> String {
    let key = match field {
        "first_name" => "patient-field-first-name",
        "last_name" => "patient-field-last-name",
        "preferred_name" => "patient-field-preferred-name",
        "date_of_birth" => "patient-field-date-of-birth",
        "sex" => "patient-field-sex",
        "mobile_phone" => "patient-field-mobile-phone",
        "home_phone" => "patient-field-home-phone",
        "email" => "patient-field-email",
        "address" => "patient-address",
        "emergency_contact_name" => "patient-field-emergency-contact",
        "emergency_contact_phone" => "patient-merge-emergency-phone",
        "preferred_contact" => "patient-field-preferred-contact",
        "notes" => "patient-field-notes",
        _ => return label.to_string(),
    };
    t!(key)
}

/// What the page has loaded: the surviving record, or both records side by side.
#[derive(Clone, serde::Serialize, serde::Deserialize)]
enum Loaded {
    Survivor(Box<PatientRecord>),
    Both(Box<RecordsToMerge>),
}

#[component]
pub fn MergePatientPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let id = Memo::new(move |_| {
        params.read().get("id").and_then(|v| v.parse::<i64>().ok()).unwrap_or_default()
    });
    let with = Memo::new(move |_| query.read().get("with").unwrap_or_default());
    // Before the other record is named, the surviving one is loaded (and named on the page):
    // an address with no record of the caller's clinic is "not found", not an empty form.
    let preview = Resource::new(
        move || (id.get(), with.get()),
        |(id, with)| async move {
            if with.trim().is_empty() {
                get_patient(id).await.map(|survivor| Loaded::Survivor(Box::new(survivor)))
            } else {
                merge_preview(id, with).await.map(|both| Loaded::Both(Box::new(both)))
            }
        },
    );
    let merge = ServerAction::<MergePatients>::new();
    view! {
        <Title text=t!("patient-merge-title") />
        <h1>{t!("patient-merge-heading")}</h1>
        <p>{t!("patient-merge-intro")}</p>
        <form method="get" class="inline-form date-picker">
            <label for="with">{t!("patient-merge-other-number")}</label>
            <input id="with" name="with" type="text" value=with.get_untracked() placeholder="P-000123" />
            <button type="submit" class="button button-small">{t!("patient-merge-compare")}</button>
        </form>
        <Suspense fallback=|| view! { <p>{t!("patient-merge-loading")}</p> }>
            {move || Suspend::new(async move {
                match preview.await {
                    Err(error) => page_error(error, &format!("/patients/{}/merge", id.get_untracked())),
                    Ok(Loaded::Survivor(survivor)) => view! {
                        <p>{t!("patient-merge-surviving")}" "<strong>{survivor.display_name()}</strong>" ("{survivor.number.clone()}")."</p>
                    }.into_any(),
                    Ok(Loaded::Both(preview)) => view! { <MergeChoices preview=*preview merge /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn MergeChoices(preview: RecordsToMerge, merge: ServerAction<MergePatients>) -> impl IntoView {
    let feedback = FormFeedback::provide(merge);
    let RecordsToMerge { survivor, merged } = preview;
    let keep_heading =
        t!("patient-merge-keep", name = survivor.display_name(), number = survivor.number.as_str());
    let from_heading =
        t!("patient-merge-from", name = merged.display_name(), number = merged.number.as_str());
    let confirm_label = t!("patient-merge-understand", number = merged.number.as_str());
    let (survivor_id, merged_id) = (survivor.id, merged.id);
    let confirmed = feedback.typed("confirm").is_some_and(|c| !c.is_empty());
    let rows = MERGE_FIELDS
        .iter()
        .map(|(field, label)| {
            let (mine, theirs) = (value_of(&survivor, field), value_of(&merged, field));
            let name = format!("take[{field}]");
            // A refused merge keeps each choice; first, the value that is there.
            let keep_theirs = feedback
                .typed(&format!("take.{field}"))
                .map_or(mine.is_empty() && !theirs.is_empty(), |side| side == "merged");
            let (id_mine, id_theirs) = (format!("take-{field}-s"), format!("take-{field}-m"));
            let same = mine == theirs;
            view! {
                <tr class:same=same>
                    <th scope="row">{field_label(field, label)}</th>
                    <td>
                        <input type="radio" id=id_mine.clone() name=name.clone() value="survivor" checked=!keep_theirs />
                        <label for=id_mine>{if mine.is_empty() { "—".to_string() } else { mine }}</label>
                    </td>
                    <td>
                        <input type="radio" id=id_theirs.clone() name=name value="merged" checked=keep_theirs />
                        <label for=id_theirs>{if theirs.is_empty() { "—".to_string() } else { theirs }}</label>
                    </td>
                </tr>
            }
        })
        .collect_view();
    let moved = merged.medical.len();
    view! {
        <FormProblem feedback keys=&["confirm"] />
        <ActionForm action=merge attr:class="form">
            <input type="hidden" name="survivor" value=survivor_id.to_string() />
            <input type="hidden" name="merged" value=merged_id.to_string() />
            <div class="table-wrap">
                <table class="table merge-table">
                    <caption class="visually-hidden">{t!("patient-merge-caption")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t!("patient-merge-field")}</th>
                            <th scope="col">{keep_heading}</th>
                            <th scope="col">{from_heading}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <p>{t!("patient-merge-moves", count = moved)}</p>
            <div class="status status-warning">
                <div class="field-check">
                    <input id="confirm" name="confirm" type="checkbox" value="on" checked=confirmed />
                    <label for="confirm">{confirm_label}</label>
                </div>
                <p class="field-error" aria-live="polite">{move || feedback.message("confirm")}</p>
            </div>
            <div class="form-row">
                <button type="submit" class="button button-danger" disabled=move || merge.pending().get()>{t!("patient-merge-submit")}</button>
                <A href=format!("/patients/{survivor_id}") attr:class="button button-quiet-dark">{t!("patient-cancel")}</A>
            </div>
        </ActionForm>
    }
}
