//! `/calendar/confirmations?clinic=SLUG`: the next two working days' appointments that their
//! patients have not confirmed, with a phone number to call and a form per appointment to
//! record what came of it.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::live::follow::LiveFeed;
use crate::scheduling::confirmations::{
    CallOutcome, ConfirmationsView, RecordConfirmationCall, Unconfirmed, confirmation_list,
};
use crate::t;
use crate::ui::form::{FormFeedback, FormProblem};
use crate::ui::page_error;

#[component]
pub fn ConfirmationsPage() -> impl IntoView {
    let query = use_query_map();
    let clinic = Memo::new(move |_| query.read().get("clinic").unwrap_or_default());
    let record = ServerAction::<RecordConfirmationCall>::new();
    // Read again whenever the clinic's appointments change (a patient confirming online).
    let changed = LiveFeed::changes();
    let data = Resource::new(
        move || (clinic.get(), record.version().get(), changed.get()),
        |(clinic, ..)| confirmation_list(clinic),
    );
    view! {
        <Title text=t!("sched-confirm-title") />
        <h1>{t!("sched-confirm-title")}</h1>
        <Transition fallback=|| view! { <p class="loading">{t!("sched-finding-appointments")}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Err(error) => page_error(error, "/calendar"),
                    Ok(list) => {
                        if let Some(feed) = LiveFeed::get() {
                            feed.follow_clinic(&list.clinic.slug, None);
                        }
                        view! { <Confirmations list record /> }.into_any()
                    }
                }
            })}
        </Transition>
    }
}

#[component]
fn Confirmations(
    list: ConfirmationsView,
    record: ServerAction<RecordConfirmationCall>,
) -> impl IntoView {
    let feedback = FormFeedback::provide(record);
    let clinics = (list.clinics.len() > 1).then(|| {
        let links = list
            .clinics
            .iter()
            .map(|c| {
                let current = (c.slug == list.clinic.slug).then_some("page");
                let href = format!("/calendar/confirmations?clinic={}", c.slug);
                view! { <li><a href=href aria-current=current>{c.name.clone()}</a></li> }
            })
            .collect_view();
        view! { <nav aria-label=t!("sched-clinic-nav") class="tabs"><ul>{links}</ul></nav> }
    });
    let recorded = move || {
        record.value().get().and_then(Result::ok).map(|_| {
            view! { <p class="status status-ok" role="status">{t!("sched-confirm-recorded")}</p> }
        })
    };
    let slug = list.clinic.slug.clone();
    let days = if list.days.is_empty() {
        view! { <p class="empty-state">{t!("sched-confirm-no-working-day")}</p> }.into_any()
    } else {
        list.days
            .into_iter()
            .map(|day| {
                let heading = t!(
                    "sched-confirm-day",
                    day = day.label.as_str(),
                    count = day.appointments.len()
                );
                let body = if day.appointments.is_empty() {
                    view! { <p class="empty-state">{t!("sched-confirm-all-confirmed")}</p> }
                        .into_any()
                } else {
                    let rows = day
                        .appointments
                        .into_iter()
                        .map(|a| view! { <Row appointment=a slug=slug.clone() can_record=list.can_record record feedback /> })
                        .collect_view();
                    let record_column = list.can_record.then(|| view! { <th scope="col">{t!("sched-confirm-record-call")}</th> });
                    view! {
                        <div class="table-wrap"><table class="table">
                            <thead>
                                <tr>
                                    <th scope="col">{t!("sched-confirm-time")}</th>
                                    <th scope="col">{t!("sched-patient")}</th>
                                    <th scope="col">{t!("sched-confirm-phone")}</th>
                                    <th scope="col">{t!("sched-appointment")}</th>
                                    <th scope="col">{t!("sched-confirm-last-call")}</th>
                                    {record_column}
                                </tr>
                            </thead>
                            <tbody>{rows}</tbody>
                        </table></div>
                    }
                    .into_any()
                };
                view! { <section><h2>{heading}</h2>{body}</section> }
            })
            .collect_view()
            .into_any()
    };
    let truncated = list.truncated.then(|| {
        view! { <p class="status status-warning" role="note">{t!("sched-confirm-truncated")}</p> }
    });
    view! {
        {clinics}
        <p class="lead">{t!("sched-confirm-lead", clinic = list.clinic.name.as_str())}</p>
        {recorded}
        <FormProblem feedback keys=&["outcome", "note", "id"] />
        {truncated}
        {days}
        <p><a href=format!("/calendar?clinic={}", list.clinic.slug)>{t!("sched-back-to-calendar")}</a></p>
    }
}

/// One appointment: who to call, and the form to record the call. A refused form comes back
/// in its own row, as it was typed.
#[component]
fn Row(
    appointment: Unconfirmed,
    slug: String,
    can_record: bool,
    record: ServerAction<RecordConfirmationCall>,
    feedback: FormFeedback,
) -> impl IntoView {
    let a = appointment;
    let mine = feedback.typed("id").is_some_and(|id| id == a.id.to_string());
    let typed = move |key: &str| if mine { feedback.typed(key) } else { None };
    let message = move |key: &str| if mine { feedback.message(key) } else { None };
    let phone = match a.phone.clone() {
        Some(phone) => view! { <a href=format!("tel:{phone}")>{phone.clone()}</a> }.into_any(),
        None => view! { <span class="hint">{t!("sched-confirm-no-phone")}</span> }.into_any(),
    };
    let calendar = format!("/calendar?clinic={slug}&date={}", a.date);
    let patient = a.patient.clone();
    let (id, version) = (a.id, a.version);
    let form = can_record.then(move || {
        let chosen = typed("outcome").unwrap_or_default();
        let emailable = a.emailable;
        let options = CallOutcome::ALL
            .into_iter()
            .filter(|o| *o != CallOutcome::Emailed || emailable)
            .map(|o| view! { <option value=o.as_str() selected=chosen == o.as_str()>{outcome_label(o)}</option> })
            .collect_view();
        let outcome_id = format!("outcome-{id}");
        let note_id = format!("note-{id}");
        let outcome_error = message("outcome");
        let note_error = message("note");
        view! {
            <td>
                <ActionForm action=record attr:class="call-form">
                    <input type="hidden" name="id" value=id.to_string() />
                    <input type="hidden" name="version" value=version.to_string() />
                    <label for=outcome_id.clone() class="visually-hidden">{t!("sched-confirm-outcome-label", patient = patient.as_str())}</label>
                    <select id=outcome_id name="outcome" aria-invalid=outcome_error.is_some().then_some("true")>
                        <option value="" selected=chosen.is_empty()>{t!("sched-confirm-what-happened")}</option>
                        {options}
                    </select>
                    {outcome_error.map(|m| view! { <span class="field-error" role="alert">{m}</span> })}
                    <label for=note_id.clone() class="visually-hidden">{t!("sched-confirm-note-label", patient = patient.as_str())}</label>
                    <input id=note_id name="note" type="text" maxlength="500" placeholder=t!("sched-confirm-note-placeholder")
                        value=typed("note").unwrap_or_default() aria-invalid=note_error.is_some().then_some("true") />
                    {note_error.map(|m| view! { <span class="field-error" role="alert">{m}</span> })}
                    <button type="submit" class="button button-small">{t!("sched-confirm-record")}</button>
                </ActionForm>
            </td>
        }
    });
    view! {
        <tr>
            <td><a href=calendar>{a.time.clone()}</a></td>
            <td><a href=format!("/patients/{}", a.patient_id)>{a.patient.clone()}</a></td>
            <td>{phone}</td>
            <td>{t!("sched-type-with-provider", kind = a.type_name.as_str(), provider = a.provider.as_str())}</td>
            <td>{a.last_call.clone().unwrap_or_else(|| t!("sched-confirm-not-called"))}</td>
            {form}
        </tr>
    }
}

/// What came of a call, as the list of choices says it.
fn outcome_label(outcome: CallOutcome) -> String {
    t!(match outcome {
        CallOutcome::Confirmed => "sched-outcome-confirmed",
        CallOutcome::LeftMessage => "sched-outcome-left-message",
        CallOutcome::NoAnswer => "sched-outcome-no-answer",
        CallOutcome::WrongNumber => "sched-outcome-wrong-number",
        CallOutcome::Emailed => "sched-outcome-emailed",
    })
}
