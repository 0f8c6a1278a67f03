//! `/asap`: the clinic's ASAP list (who is waiting, the freed times and where their offers
//! stand, an offer by hand), and the patient page's ASAP section.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::list::{AddToAsap, OfferAsapTime, RemoveFromAsap, asap_list};
use super::model::{AsapListView, DAY_FIELDS, FreedTime, PatientAsap, WaitingPatient};
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
        <Title text="ASAP list" />
        <h1>"ASAP list"</h1>
        <Transition fallback=|| view! { <p class="loading">"Loading the list…"</p> }>
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
        view! { <nav aria-label="Clinic" class="tabs"><ul>{links}</ul></nav> }
    });
    let offer_feedback = FormFeedback::provide(offer);
    let offered = move || {
        offer.value().get().and_then(Result::ok).map(|_| {
            view! { <p class="status status-ok" role="status">"Offered: the email is on its way."</p> }
        })
    };
    let waiting = list.waiting.clone();
    let freed = if list.freed.is_empty() {
        view! { <p class="empty-state">"No time has been freed lately. When an appointment still to come is cancelled or moved, its time shows here and is offered to the patients it suits."</p> }.into_any()
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
                    <caption class="visually-hidden">"Freed times"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Time"</th>
                            <th scope="col">"Provider"</th>
                            <th scope="col">"Offers sent"</th>
                            <th scope="col">"State"</th>
                            <th scope="col">"Offer to a patient"</th>
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
        view! { <p class="empty-state">"Nobody is waiting. Add a patient from their page (“ASAP list”), or patients add themselves when they book online."</p> }.into_any()
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
                    <caption class="visually-hidden">"Patients waiting"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Patient"</th>
                            <th scope="col">"Phone"</th>
                            <th scope="col">"For"</th>
                            <th scope="col">"When"</th>
                            <th scope="col">"Booked now"</th>
                            <th scope="col">"Waiting since"</th>
                            <th scope="col">"Until"</th>
                            <th scope="col">"Offers"</th>
                            <th scope="col"><span class="visually-hidden">"Actions"</span></th>
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
        <p class="lead">{format!(
            "{}: patients who would take an earlier time. Freed times go to those they suit by email, a few at a time, earliest waiting first; the first to take one books it.",
            list.clinic.name
        )}</p>
        <h2>"Freed times"</h2>
        {offered}
        <FormProblem feedback=offer_feedback keys=&[] />
        {freed}
        <h2>{format!("Waiting ({})", list.waiting.len())}</h2>
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
                <label for=select_id.clone() class="visually-hidden">{format!("Patient to offer {when} to")}</label>
                <select id=select_id name="request_id">{options}</select>
                <button type="submit" class="button button-small">"Offer"</button>
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
        None => view! { <span class="hint">"No phone"</span> }.into_any(),
    };
    let note = (!waiting.note.is_empty())
        .then(|| view! { <br /><span class="hint">{waiting.note.clone()}</span> });
    view! {
        <tr>
            <td><a href=format!("/patients/{}", waiting.patient_id)>{waiting.patient.clone()}</a>{note}</td>
            <td>{phone}</td>
            <td>{format!("{} · {}", waiting.type_name, waiting.provider)}</td>
            <td>{waiting.when.clone()}</td>
            <td>{waiting.booked.clone().unwrap_or_else(|| "No".into())}</td>
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
            <summary class="button button-small">"Remove…"<span class="visually-hidden">{format!(" {}", waiting.patient)}</span></summary>
            <ActionForm action=remove attr:class="confirm-body">
                <p>{format!("Take {} off the ASAP list for {}?", waiting.patient, waiting.type_name)}</p>
                <input type="hidden" name="request_id" value=waiting.request_id.to_string() />
                <button type="submit" class="button button-small button-danger">"Remove"</button>
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
        view! { <p class="empty">"Not on the ASAP list."</p> }.into_any()
    } else {
        let items = asap
            .requests
            .iter()
            .cloned()
            .map(|w| {
                let text = format!(
                    "{} with {}: {}, until {} ({} offer{} so far)",
                    w.type_name,
                    w.provider,
                    w.when,
                    w.until,
                    w.offers,
                    if w.offers == 1 { "" } else { "s" }
                );
                view! { <li>{text}" "<RemoveButton waiting=w remove /></li> }
            })
            .collect_view();
        view! { <ul class="plain-list">{items}</ul> }.into_any()
    };
    let feedback = FormFeedback::provide(add);
    let types: Vec<(String, String)> = std::iter::once((String::new(), "Choose…".to_string()))
        .chain(asap.types.iter().map(|t| (t.id.to_string(), t.name.clone())))
        .collect();
    let providers: Vec<(String, String)> =
        std::iter::once((String::new(), "Any provider".to_string()))
            .chain(asap.providers.iter().map(|p| (p.id.to_string(), p.name.clone())))
            .collect();
    let days = DAY_FIELDS
        .iter()
        .zip(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"])
        .map(|(key, label)| view! { <CheckboxField key=*key label=label checked=false /> })
        .collect_view();
    view! {
        <section aria-labelledby="asap-heading">
        <h2 id="asap-heading">"ASAP list"</h2>
        {list}
        <SavedNotice action=add text="Added to the ASAP list." />
        <details class="dialog-section" open=feedback.typed("asap_type").is_some()>
            <summary>"Add to the ASAP list"</summary>
            <FormProblem feedback keys=ASAP_FIELDS />
            <ActionForm action=add attr:class="form">
                <input type="hidden" name="patient_id" value=patient_id.to_string() />
                <SelectField key="asap_type" label="Waiting for" value=String::new() options=types />
                <SelectField key="asap_provider" label="With" value=String::new() options=providers />
                <fieldset class="field choice-list">
                    <legend>"On these days (none ticked: any day)"</legend>
                    {days}
                </fieldset>
                <TextField key="asap_earliest" label="Starting no earlier than" value=String::new() input_type="time" />
                <TextField key="asap_latest" label="Starting no later than" value=String::new() input_type="time" />
                <TextField key="asap_until" label="On the list until" value=asap.default_until.clone() input_type="date" required=true />
                <TextField key="asap_note" label="Note" value=String::new()
                    hint="For example: can come at an hour's notice." />
                <button type="submit" class="button">"Add to the ASAP list"</button>
            </ActionForm>
        </details>
        </section>
    }
}
