//! `/patients/{id}/book`: "Book appointment" from the patient's page or a search result: the
//! clinic's next free times of a chosen type, as a list; each books with one button and comes
//! back to the patient's page, which lists the appointment.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::scheduling::booking::BookAppointment;
use crate::scheduling::from_patient::{DAYS_AHEAD, PatientBooking, next_free_times};
use crate::t;
use crate::ui::form::{FormFeedback, FormProblem};
use crate::ui::page_error;

#[component]
pub fn BookForPatientPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let id = Memo::new(move |_| params.read().get("id").and_then(|v| v.parse::<i64>().ok()));
    let kind = Memo::new(move |_| query.read().get("type").and_then(|v| v.parse::<i64>().ok()));
    let book = ServerAction::<BookAppointment>::new();
    let data = Resource::new(
        move || (id.get(), kind.get(), book.version().get()),
        |(id, kind, _)| next_free_times(id.unwrap_or_default(), kind),
    );
    view! {
        <Title text=t!("patient-book-title") />
        <Transition fallback=|| view! { <p class="loading">{t!("patient-book-finding")}</p> }>
            {move || Suspend::new(async move {
                let here = format!("/patients/{}/book", id.get_untracked().unwrap_or_default());
                match data.await {
                    Err(error) => page_error(error, &here),
                    Ok(list) => view! { <FreeTimeList list book /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn FreeTimeList(list: PatientBooking, book: ServerAction<BookAppointment>) -> impl IntoView {
    let feedback = FormFeedback::provide(book);
    let record = format!("/patients/{}", list.patient_id);
    let options = list
        .types
        .iter()
        .map(|t| {
            let selected = list.type_id == Some(t.id);
            view! { <option value=t.id.to_string() selected=selected>{t.name.clone()}</option> }
        })
        .collect_view();
    let type_id = list.type_id.unwrap_or_default().to_string();
    let empty = list.times.is_empty();
    let patient_id = list.patient_id.to_string();
    let times = list
        .times
        .clone()
        .into_iter()
        .map(|t| {
            let label = format!("{} · {}", t.local, t.provider);
            let (patient_id, type_id, then) = (patient_id.clone(), type_id.clone(), record.clone());
            view! {
                <li>
                    <ActionForm action=book attr:class="inline-form">
                        <input type="hidden" name="patient_id" value=patient_id />
                        <input type="hidden" name="appointment_type_id" value=type_id />
                        <input type="hidden" name="provider_id" value=t.provider_id.to_string() />
                        {t.chair_id.map(|c| view! { <input type="hidden" name="chair_id" value=c.to_string() /> })}
                        <input type="hidden" name="starts_at" value=t.local.replace(' ', "T") />
                        <input type="hidden" name="then" value=then />
                        <button type="submit" class="button button-small">{t!("patient-book-time", time = label)}</button>
                    </ActionForm>
                </li>
            }
        })
        .collect_view();
    view! {
        <p class="breadcrumb"><a href="/patients">{t!("patient-patients")}</a>" › "<a href=record.clone()>{list.patient.clone()}</a></p>
        <h1>{t!("patient-book-for", patient = list.patient.as_str())}</h1>
        <form method="get" class="calendar-toolbar">
            <label for="book-type">{t!("patient-book-type")}</label>
            <select id="book-type" name="type">{options}</select>
            <button type="submit" class="button button-small">{t!("patient-book-show")}</button>
        </form>
        <FormProblem feedback keys=&[] />
        {if empty {
            view! { <p class="empty-state">{t!("patient-book-none", days = DAYS_AHEAD)}</p> }.into_any()
        } else {
            view! {
                <h2>{t!("patient-book-next")}</h2>
                <ul class="free-time-list" aria-label=t!("patient-book-free-times")>{times}</ul>
            }.into_any()
        }}
        <p><a href=record>{t!("patient-book-back")}</a></p>
    }
}
