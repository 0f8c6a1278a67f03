//! `/asap`: the clinic's ASAP list (who is waiting, the freed times and where their offers
//! stand, an offer by hand), and the patient page's ASAP section.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::list::{AddToAsap, OfferAsapTime, RemoveFromAsap, asap_list};
use super::model::{AsapListView, DAY_FIELDS, FreedTime, PatientAsap, WaitingPatient};
use crate::t;
use crate::ui::form::{
    CheckboxField, FormFeedback, FormProblem, SavedNotice, SelectField, TextField,
};
use crate::ui::page_error;

#[component]
pub fn AsapPage() -> impl IntoView {
    let query = use_query_map();
    let clinic = Memo::new(move |_| query.read().get("clinic").unwrap_or_default());
    let remove = ServerAction::<RemoveFromAsap>::new();
    let offer = ServerAction::<OfferAsapTime>::new();
    let data = Resource::new(
        move || (clinic.get(), remove.version().get(), offer.version().get()),
        |(clinic, ..)| asap_list(clinic),
    );
    view! {
        <Title text=t!("admin-asap-title") />
        <h1>{t!("admin-asap-title")}</h1>
        <Transition fallback=|| view! { <p class="loading">{t!("admin-asap-loading")}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Err(error) => page_error(error, "/asap"),
                    Ok(list) => view! { <AsapList list remove offer /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn AsapList(
    list: AsapListView,
    remove: ServerAction<RemoveFromAsap>,
    offer: ServerAction<OfferAsapTime>,
) -> impl IntoView {
    let clinics = (list.clinics.len() > 1).then(|| {
        let links = list
            .clinics
            .iter()
            .map(|c| {
                let current = (c.slug == list.clinic.slug).then_some("page");
                view! { <li><a href=format!("/asap?clinic={}", c.slug) aria-current=current>{c.name.clone()}</a></li> }
            })
            .collect_view();
        view! { <nav aria-label=t!("admin-asap-clinic") class="tabs"><ul>{links}</ul></nav> }
    });
    let offer_feedback = FormFeedback::provide(offer);
    let offered = move || {
        offer.value().get().and_then(Result::ok).map(|_| {
            view! { <p class="status status-ok" role="status">{t!("admin-asap-offered")}</p> }
        })
    };
    let waiting = list.waiting.clone();
    let freed = if list.freed.is_empty() {
        view! { <p class="empty-state">{t!("admin-asap-freed-empty")}</p> }.into_any()
    } else {
        let rows = list
            .freed
            .iter()
            .cloned()
            .map(|time| view! { <FreedRow time waiting=waiting.clone() offer /> })
            .collect_view();
        view! {
            <div class="table-wrap">
                <table class="table">
                    <caption class="visually-hidden">{t!("admin-asap-freed")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t!("admin-asap-col-time")}</th>
                            <th scope="col">{t!("admin-asap-col-provider")}</th>
                            <th scope="col">{t!("admin-asap-col-offers-sent")}</th>
                            <th scope="col">{t!("admin-asap-col-state")}</th>
                            <th scope="col">{t!("admin-asap-col-offer")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
        .into_any()
    };
    let remove_feedback = FormFeedback::provide(remove);
    let people = if list.waiting.is_empty() {
        view! { <p class="empty-state">{t!("admin-asap-waiting-empty")}</p> }.into_any()
    } else {
        let rows = list
            .waiting
            .iter()
            .cloned()
            .map(|w| view! { <WaitingRow waiting=w remove /> })
            .collect_view();
        view! {
            <div class="table-wrap">
                <table class="table">
                    <caption class="visually-hidden">{t!("admin-asap-waiting-caption")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t!("admin-asap-col-patient")}</th>
                            <th scope="col">{t!("admin-asap-col-phone")}</th>
                            <th scope="col">{t!("admin-asap-col-for")}</th>
                            <th scope="col">{t!("admin-asap-col-when")}</th>
                            <th scope="col">{t!("admin-asap-col-booked")}</th>
                            <th scope="col">{t!("admin-asap-col-since")}</th>
                            <th scope="col">{t!("admin-asap-col-until")}</th>
                            <th scope="col">{t!("admin-asap-col-offers")}</th>
                            <th scope="col"><span class="visually-hidden">{t!("admin-asap-col-actions")}</span></th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
        .into_any()
    };
    view! {
        {clinics}
        <p class="lead">{t!("admin-asap-lead", clinic = list.clinic.name.as_str())}</p>
        <h2>{t!("admin-asap-freed")}</h2>
        {offered}
        <FormProblem feedback=offer_feedback keys=&[] />
        {freed}
        <h2>{t!("admin-asap-waiting", count = list.waiting.len())}</h2>
        <FormProblem feedback=remove_feedback keys=&[] />
        {people}
    }
}

#[component]
fn FreedRow(
    time: FreedTime,
    waiting: Vec<WaitingPatient>,
    offer: ServerAction<OfferAsapTime>,
) -> impl IntoView {
    let when = time.when.clone();
    let form = (time.open && !waiting.is_empty()).then(|| {
        let select_id = format!("asap-offer-{}", time.opening_id);
        let options = waiting
            .iter()
            .map(|w| {
                view! { <option value=w.request_id.to_string()>{format!("{} · {} · {}", w.patient, w.type_name, w.when)}</option> }
            })
            .collect_view();
        view! {
            <ActionForm action=offer attr:class="call-form">
                <input type="hidden" name="opening_id" value=time.opening_id.to_string() />
                <label for=select_id.clone() class="visually-hidden">{t!("admin-asap-offer-label", when = when.as_str())}</label>
                <select id=select_id name="request_id">{options}</select>
                <button type="submit" class="button button-small">{t!("admin-asap-offer")}</button>
            </ActionForm>
        }
    });
    view! {
        <tr>
            <td>{time.when.clone()}</td>
            <td>{time.provider.clone()}</td>
            <td>{time.offers}</td>
            <td>{time.state.clone()}</td>
            <td>{form}</td>
        </tr>
    }
}

#[component]
fn WaitingRow(waiting: WaitingPatient, remove: ServerAction<RemoveFromAsap>) -> impl IntoView {
    let phone = match waiting.phone.clone() {
        Some(phone) => view! { <a href=format!("tel:{phone}")>{phone.clone()}</a> }.into_any(),
        None => view! { <span class="hint">{t!("admin-asap-no-phone")}</span> }.into_any(),
    };
    let note = (!waiting.note.is_empty())
        .then(|| view! { <br /><span class="hint">{waiting.note.clone()}</span> });
    view! {
        <tr>
            <td><a href=format!("/patients/{}", waiting.patient_id)>{waiting.patient.clone()}</a>{note}</td>
            <td>{phone}</td>
            <td>{format!("{} · {}", waiting.type_name, waiting.provider)}</td>
            <td>{waiting.when.clone()}</td>
            <td>{waiting.booked.clone().unwrap_or_else(|| t!("admin-asap-not-booked"))}</td>
            <td>{format!("{} ({})", waiting.since, waiting.added_by)}</td>
            <td>{waiting.until.clone()}</td>
            <td>{waiting.offers}</td>
            <td><RemoveButton waiting remove /></td>
        </tr>
    }
}

/// "Remove…", asking once more before it takes the patient off the list.
#[component]
fn RemoveButton(waiting: WaitingPatient, remove: ServerAction<RemoveFromAsap>) -> impl IntoView {
    view! {
        <details class="confirm">
            <summary class="button button-small">{t!("admin-asap-remove-open")}<span class="visually-hidden">{format!(" {}", waiting.patient)}</span></summary>
            <ActionForm action=remove attr:class="confirm-body">
                <p>{t!("admin-asap-remove-confirm", patient = waiting.patient.as_str(), type_name = waiting.type_name.as_str())}</p>
                <input type="hidden" name="request_id" value=waiting.request_id.to_string() />
                <button type="submit" class="button button-small button-danger">{t!("admin-asap-remove")}</button>
            </ActionForm>
        </details>
    }
}

const ASAP_FIELDS: &[&str] =
    &["asap_type", "asap_provider", "asap_earliest", "asap_latest", "asap_until", "asap_note"];

/// The patient page's ASAP section, for those who book: where the patient waits, and a form to
/// add them.
#[component]
pub fn PatientAsapSection(
    patient_id: i64,
    asap: PatientAsap,
    add: ServerAction<AddToAsap>,
    remove: ServerAction<RemoveFromAsap>,
) -> impl IntoView {
    let list = if asap.requests.is_empty() {
        view! { <p class="empty">{t!("admin-asap-patient-none")}</p> }.into_any()
    } else {
        let items = asap
            .requests
            .iter()
            .cloned()
            .map(|w| {
                let text = t!(
                    "admin-asap-patient-request",
                    type_name = w.type_name.as_str(),
                    provider = w.provider.as_str(),
                    when = w.when.as_str(),
                    until = w.until.as_str(),
                    offers = w.offers,
                );
                view! { <li>{text}" "<RemoveButton waiting=w remove /></li> }
            })
            .collect_view();
        view! { <ul class="plain-list">{items}</ul> }.into_any()
    };
    let feedback = FormFeedback::provide(add);
    let types: Vec<(String, String)> = std::iter::once((String::new(), t!("admin-asap-choose")))
        .chain(asap.types.iter().map(|t| (t.id.to_string(), t.name.clone())))
        .collect();
    let providers: Vec<(String, String)> =
        std::iter::once((String::new(), t!("admin-asap-any-provider")))
            .chain(asap.providers.iter().map(|p| (p.id.to_string(), p.name.clone())))
            .collect();
    // Monday first, as the fields are; the short names are the languages' own.
    let days = DAY_FIELDS
        .iter()
        .zip(1..=7)
        .map(|(key, n)| {
            let label = t!(&format!("format-weekday-short-{n}"));
            view! { <CheckboxField key=*key label=label checked=false /> }
        })
        .collect_view();
    view! {
        <section aria-labelledby="asap-heading">
        <h2 id="asap-heading">{t!("admin-asap-title")}</h2>
        {list}
        <SavedNotice action=add text=t!("admin-asap-added") />
        <details class="dialog-section" open=feedback.typed("asap_type").is_some()>
            <summary>{t!("admin-asap-add")}</summary>
            <FormProblem feedback keys=ASAP_FIELDS />
            <ActionForm action=add attr:class="form">
                <input type="hidden" name="patient_id" value=patient_id.to_string() />
                <SelectField key="asap_type" label=t!("admin-asap-waiting-for") value=String::new() options=types />
                <SelectField key="asap_provider" label=t!("admin-asap-with") value=String::new() options=providers />
                <fieldset class="field choice-list">
                    <legend>{t!("admin-asap-days")}</legend>
                    {days}
                </fieldset>
                <TextField key="asap_earliest" label=t!("admin-asap-earliest") value=String::new() input_type="time" />
                <TextField key="asap_latest" label=t!("admin-asap-latest") value=String::new() input_type="time" />
                <TextField key="asap_until" label=t!("admin-asap-until") value=asap.default_until.clone() input_type="date" required=true />
                <TextField key="asap_note" label=t!("admin-asap-note") value=String::new()
                    hint=t!("admin-asap-note-hint") />
                <button type="submit" class="button">{t!("admin-asap-add")}</button>
            </ActionForm>
        </details>
        </section>
    }
}
