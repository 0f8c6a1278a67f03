//! `/recall`: the front desk's list of patients due back, and the patient page's recall
//! section (due dates, set or postponed by hand with a reason).

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::due_dates::SetRecallDue;
use super::list::{RecordRecallContact, recall_list};
use super::model::{
    ContactOutcome, DueRecall, DueWindow, PatientRecallDue, RecallFilters, RecallListView,
    RecallSort,
};
use crate::t;
use crate::ui::form::{FormFeedback, FormProblem, SavedNotice, TextField};
use crate::ui::page_error;

#[component]
pub fn RecallPage() -> impl IntoView {
    let query = use_query_map();
    let asked = Memo::new(move |_| {
        let q = query.read();
        let get = |name: &str| q.get(name).unwrap_or_default();
        (get("clinic"), get("window"), get("kind"), get("booked"), get("sort"), get("page"))
    });
    let contact = ServerAction::<RecordRecallContact>::new();
    let data = Resource::new(
        move || (asked.get(), contact.version().get()),
        |((clinic, window, kind, booked, sort, page), _)| {
            recall_list(clinic, window, kind, booked, sort, page)
        },
    );
    view! {
        <Title text=t!("admin-recall-title") />
        <h1>{t!("admin-recall-title")}</h1>
        <Transition fallback=|| view! { <p class="loading">{t!("admin-recall-loading")}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Err(error) => page_error(error, "/recall"),
                    Ok(list) => view! { <RecallList list contact /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn RecallList(list: RecallListView, contact: ServerAction<RecordRecallContact>) -> impl IntoView {
    let feedback = FormFeedback::provide(contact);
    let slug = list.clinic.slug.clone();
    let filters = list.filters.clone();
    let clinics = (list.clinics.len() > 1).then(|| {
        let links = list
            .clinics
            .iter()
            .map(|c| {
                let current = (c.slug == list.clinic.slug).then_some("page");
                let href = RecallFilters { page: 1, kind: None, ..filters.clone() }.href(&c.slug);
                view! { <li><a href=href aria-current=current>{c.name.clone()}</a></li> }
            })
            .collect_view();
        view! { <nav aria-label=t!("admin-recall-clinic") class="tabs"><ul>{links}</ul></nav> }
    });
    let windows = DueWindow::CHOICES
        .into_iter()
        .map(|w| view! { <option value=w.as_param() selected=w == filters.window>{window_label(w)}</option> })
        .collect_view();
    let chosen_kind = filters.kind.clone().unwrap_or_default();
    let kinds = list
        .kinds
        .iter()
        .map(|k| {
            let selected = k.eq_ignore_ascii_case(&chosen_kind);
            view! { <option value=k.clone() selected=selected>{k.clone()}</option> }
        })
        .collect_view();
    let sorts = RecallSort::ALL
        .into_iter()
        .map(|s| view! { <option value=s.as_param() selected=s == filters.sort>{sort_label(s)}</option> })
        .collect_view();
    let recorded = move || {
        contact.value().get().and_then(Result::ok).map(|_| {
            view! { <p class="status status-ok" role="status">{t!("admin-recall-recorded")}</p> }
        })
    };
    let rows =
        list.rows.iter().cloned().map(|due| view! { <Row due contact feedback /> }).collect_view();
    let table = if list.rows.is_empty() {
        view! { <p class="empty-state">{t!("admin-recall-empty")}</p> }.into_any()
    } else {
        view! {
            <div class="table-wrap">
                <table class="table">
                    <caption class="visually-hidden">{t!("admin-recall-caption")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t!("admin-recall-col-patient")}</th>
                            <th scope="col">{t!("admin-recall-col-phone")}</th>
                            <th scope="col">{t!("admin-recall-col-due-for")}</th>
                            <th scope="col">{t!("admin-recall-col-due")}</th>
                            <th scope="col">{t!("admin-recall-col-last-visit")}</th>
                            <th scope="col">{t!("admin-recall-col-booked")}</th>
                            <th scope="col">{t!("admin-recall-col-last-contact")}</th>
                            <th scope="col">{t!("admin-recall-col-record")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
        .into_any()
    };
    let previous = (filters.page > 1).then(|| {
        let href = RecallFilters { page: filters.page - 1, ..filters.clone() }.href(&slug);
        view! { <a href=href class="button button-small" rel="prev">{t!("admin-recall-previous")}</a> }
    });
    let next = list.has_more.then(|| {
        let href = RecallFilters { page: filters.page + 1, ..filters.clone() }.href(&slug);
        view! { <a href=href class="button button-small" rel="next">{t!("admin-recall-next")}</a> }
    });
    view! {
        {clinics}
        <p class="lead">{t!("admin-recall-lead", clinic = list.clinic.name.as_str())}</p>
        <form method="get" action="/recall" class="filters">
            <input type="hidden" name="clinic" value=slug.clone() />
            <label for="recall-window">{t!("admin-recall-window")}</label>
            <select id="recall-window" name="window">{windows}</select>
            <label for="recall-kind">{t!("admin-recall-kind")}</label>
            <select id="recall-kind" name="kind">
                <option value="" selected=chosen_kind.is_empty()>{t!("admin-recall-every-kind")}</option>
                {kinds}
            </select>
            <label for="recall-sort">{t!("admin-recall-sort")}</label>
            <select id="recall-sort" name="sort">{sorts}</select>
            <label class="checkbox">
                <input type="checkbox" name="booked" value="show" checked=filters.with_booked />
                {t!("admin-recall-with-booked")}
            </label>
            <button type="submit" class="button button-small">{t!("admin-recall-show")}</button>
        </form>
        {recorded}
        <FormProblem feedback keys=&["outcome", "note", "recall_id"] />
        {table}
        <nav aria-label=t!("admin-recall-pages") class="pager">
            {previous}
            <span>{t!("admin-recall-page", page = filters.page)}</span>
            {next}
        </nav>
    }
}

/// One patient due, and the form to record a contact (a refused one comes back in its own row,
/// as it was typed).
#[component]
fn Row(
    due: DueRecall,
    contact: ServerAction<RecordRecallContact>,
    feedback: FormFeedback,
) -> impl IntoView {
    let mine = feedback.typed("recall_id").is_some_and(|id| id == due.recall_id.to_string());
    let typed = move |key: &str| if mine { feedback.typed(key) } else { None };
    let message = move |key: &str| if mine { feedback.message(key) } else { None };
    let chosen = typed("outcome").unwrap_or_default();
    let options = ContactOutcome::ALL
        .into_iter()
        .map(|o| view! { <option value=o.as_str() selected=chosen == o.as_str()>{outcome_label(o)}</option> })
        .collect_view();
    let outcome_id = format!("recall-outcome-{}", due.recall_id);
    let note_id = format!("recall-note-{}", due.recall_id);
    let outcome_error = message("outcome");
    let note_error = message("note");
    let phone = match due.phone.clone() {
        Some(phone) => view! { <a href=format!("tel:{phone}")>{phone.clone()}</a> }.into_any(),
        None => view! { <span class="hint">{t!("admin-recall-no-phone")}</span> }.into_any(),
    };
    let due_text = if due.overdue {
        t!("admin-recall-due-overdue", due = due.due.as_str())
    } else {
        due.due.clone()
    };
    let due_note = (!due.reason.is_empty()).then(|| {
        view! { <br /><span class="hint">{t!("admin-recall-set-by-hand", reason = due.reason.as_str())}</span> }
    });
    view! {
        <tr>
            <td><a href=format!("/patients/{}", due.patient_id)>{due.patient.clone()}</a></td>
            <td>{phone}</td>
            <td>{due.kind.clone()}</td>
            <td>{due_text}{due_note}</td>
            <td>{due.last_visit.clone().unwrap_or_else(|| t!("admin-recall-no-last-visit"))}</td>
            <td>{due.booked.clone().unwrap_or_else(|| t!("admin-recall-not-booked"))}</td>
            <td>{due.last_contact.clone().unwrap_or_else(|| t!("admin-recall-not-contacted"))}</td>
            <td>
                <ActionForm action=contact attr:class="call-form">
                    <input type="hidden" name="recall_id" value=due.recall_id.to_string() />
                    <label for=outcome_id.clone() class="visually-hidden">{t!("admin-recall-outcome-label", patient = due.patient.as_str())}</label>
                    <select id=outcome_id name="outcome" aria-invalid=outcome_error.is_some().then_some("true")>
                        <option value="" selected=chosen.is_empty()>{t!("admin-recall-contact")}</option>
                        {options}
                    </select>
                    {outcome_error.map(|m| view! { <span class="field-error" role="alert">{m}</span> })}
                    <label for=note_id.clone() class="visually-hidden">{t!("admin-recall-note-label", patient = due.patient.as_str())}</label>
                    <input id=note_id name="note" type="text" maxlength="500" placeholder=t!("admin-recall-note-placeholder")
                        value=typed("note").unwrap_or_default() aria-invalid=note_error.is_some().then_some("true") />
                    {note_error.map(|m| view! { <span class="field-error" role="alert">{m}</span> })}
                    <button type="submit" class="button button-small">{t!("admin-recall-record")}</button>
                </ActionForm>
            </td>
        </tr>
    }
}

const DUE_FIELDS: &[&str] = &["recall_kind", "recall_due_on", "recall_reason"];

/// The patient page's recall section: each due date, and (for the front desk) a form to set or
/// postpone one with a reason.
#[component]
pub fn PatientRecalls(
    patient_id: i64,
    recalls: Vec<PatientRecallDue>,
    kinds: Vec<String>,
    can_edit: bool,
    save: ServerAction<SetRecallDue>,
) -> impl IntoView {
    let list = if recalls.is_empty() {
        view! { <p class="empty">{t!("admin-recall-patient-empty")}</p> }.into_any()
    } else {
        let items = recalls
            .iter()
            .map(|r| {
                let mut text =
                    t!("admin-recall-patient-due", kind = r.kind.as_str(), due = r.due.as_str());
                if r.overdue {
                    text.push_str(&t!("admin-recall-patient-overdue"));
                }
                if let Some(last) = &r.last_visit {
                    text.push_str(&t!("admin-recall-patient-last-visit", last = last.as_str()));
                }
                if !r.reason.is_empty() {
                    text.push_str(&t!("admin-recall-patient-reason", reason = r.reason.as_str()));
                }
                view! { <li>{text}</li> }
            })
            .collect_view();
        view! { <ul class="plain-list">{items}</ul> }.into_any()
    };
    let form = can_edit.then(|| {
        let feedback = FormFeedback::provide(save);
        let options = kinds
            .iter()
            .map(|k| view! { <option value=k.clone()></option> })
            .collect_view();
        view! {
            // Outside the section, which closes again when the page is drawn anew.
            <SavedNotice action=save text=t!("admin-recall-saved") />
            <details class="dialog-section" open=feedback.typed("recall_kind").is_some()>
                <summary>{t!("admin-recall-set-due")}</summary>
                <FormProblem feedback keys=DUE_FIELDS />
                <ActionForm action=save attr:class="form">
                    <input type="hidden" name="patient_id" value=patient_id.to_string() />
                    <TextField key="recall_kind" label=t!("admin-recall-due-for") value=String::new() required=true
                        list="recall-kinds" hint=t!("admin-recall-due-for-hint") />
                    <datalist id="recall-kinds">{options}</datalist>
                    <TextField key="recall_due_on" label=t!("admin-recall-due-on") value=String::new() input_type="date" required=true />
                    <TextField key="recall_reason" label=t!("admin-recall-why") value=String::new() required=true
                        hint=t!("admin-recall-why-hint") />
                    <button type="submit" class="button">{t!("admin-recall-set-button")}</button>
                </ActionForm>
            </details>
        }
    });
    view! {
        <section aria-labelledby="recall-heading">
            <h2 id="recall-heading">{t!("admin-recall-title")}</h2>
            {list}
            {form}
        </section>
    }
}

/// A due window of the list's filter, in the page's language.
fn window_label(window: DueWindow) -> String {
    match window {
        DueWindow::Overdue => t!("admin-recall-window-overdue"),
        DueWindow::Within(days) => t!("admin-recall-window-within", days = days),
    }
}

/// An order of the list, in the page's language.
fn sort_label(sort: RecallSort) -> String {
    t!(match sort {
        RecallSort::Due => "admin-recall-sort-due",
        RecallSort::LastVisit => "admin-recall-sort-last-visit",
        RecallSort::Name => "admin-recall-sort-name",
        RecallSort::LastContact => "admin-recall-sort-last-contact",
    })
}

/// How the front desk tried to reach a patient, in the page's language.
fn outcome_label(outcome: ContactOutcome) -> String {
    t!(match outcome {
        ContactOutcome::Called => "admin-recall-outcome-called",
        ContactOutcome::LeftMessage => "admin-recall-outcome-left-message",
        ContactOutcome::Emailed => "admin-recall-outcome-emailed",
        ContactOutcome::Declined => "admin-recall-outcome-declined",
    })
}
