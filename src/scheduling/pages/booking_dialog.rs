//! The booking dialog: first the patient (the patient search, as a plain GET form; live as
//! you type once hydrated), then the type, provider, chair, time and notes. The patient chosen
//! is in the address, so a refused booking comes back with the patient still chosen.

use chrono::{Duration, NaiveDateTime};
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};

use super::dialog::Dialog;
use crate::patients::records::get_patient;
use crate::patients::search::search_patients;
use crate::scheduling::booking::BookAppointment;
use crate::scheduling::model::{CalendarAddress, CalendarView};
use crate::t;
use crate::ui::form::{FormFeedback, FormProblem};
use crate::ui::page_error;

/// The dialog's own parameters, kept from step to step.
const KEPT: [&str; 4] = ["book_at", "book_provider", "book_chair", "q"];

#[component]
pub fn BookingDialog(
    view: CalendarView,
    address: CalendarAddress,
    book: ServerAction<BookAppointment>,
) -> impl IntoView {
    let query = use_query_map();
    let param = move |name: &str| query.read_untracked().get(name).unwrap_or_default();
    let kept: Vec<(&str, String)> = KEPT
        .iter()
        .map(|name| (*name, param(name)))
        .filter(|(_, value)| !value.is_empty())
        .collect();
    let with = {
        let address = address.clone();
        let kept = kept.clone();
        move |extra: &[(&'static str, String)]| {
            let mut all: Vec<(&str, String)> = vec![("book", "1".to_string())];
            all.extend(kept.iter().filter(|(k, _)| !extra.iter().any(|(e, _)| e == k)).cloned());
            all.extend(extra.iter().cloned());
            address.with(&all)
        }
    };
    let patient = param("patient").parse::<i64>().ok();
    let body = match patient {
        None => view! { <ChoosePatient view=view.clone() kept=kept.clone() with=with.clone() /> }
            .into_any(),
        Some(patient_id) => {
            let change = with(&[("patient", String::new())]);
            view! { <BookingForm view=view.clone() patient_id change book /> }.into_any()
        }
    };
    view! {
        <Dialog title=t!("sched-book-title") close=address.href()>
            {body}
        </Dialog>
    }
    .into_any()
}

/// Step one: find the patient.
#[component]
fn ChoosePatient(
    view: CalendarView,
    kept: Vec<(&'static str, String)>,
    with: impl Fn(&[(&'static str, String)]) -> String + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let query = use_query_map();
    let q = Memo::new(move |_| query.read().get("q").unwrap_or_default());
    let clinic = view.clinic.slug.clone();
    let results = Resource::new(
        move || (clinic.clone(), q.get()),
        |(clinic, q)| async move {
            if q.trim().is_empty() {
                Ok(None)
            } else {
                search_patients(clinic, q, 0, false).await.map(Some)
            }
        },
    );
    // Live once hydrated: a pause in typing replaces the address, which reloads the results.
    let navigate = use_navigate();
    let pending = StoredValue::new(None::<leptos::leptos_dom::helpers::TimeoutHandle>);
    let on_input = {
        let with = with.clone();
        move |ev: leptos::ev::Event| {
            let typed = event_target_value(&ev);
            if let Some(handle) = pending.get_value() {
                handle.clear();
            }
            let href = with(&[("q", typed)]);
            let navigate = navigate.clone();
            let handle = set_timeout_with_handle(
                move || navigate(&href, NavigateOptions { replace: true, ..Default::default() }),
                std::time::Duration::from_millis(250),
            );
            pending.set_value(handle.ok());
        }
    };
    let hidden = {
        let mut fields = vec![
            ("clinic", view.clinic.slug.clone()),
            ("date", view.date.to_string()),
            ("layout", view.layout.as_str().to_string()),
            ("book", "1".to_string()),
        ];
        if let Some(id) = view.provider_id {
            fields.push(("provider", id.to_string()));
        }
        fields.extend(kept.into_iter().filter(|(k, _)| *k != "q"));
        fields
            .into_iter()
            .map(|(name, value)| view! { <input type="hidden" name=name value=value /> })
            .collect_view()
    };
    let with_results = with.clone();
    let locale = view.clinic.locale();
    view! {
        <form method="get" action="/calendar" class="search-form" role="search">
            {hidden}
            <label for="book-patient-search">{t!("sched-patient")}</label>
            <div class="search-row">
                <input
                    id="book-patient-search"
                    name="q"
                    type="search"
                    value=q.get_untracked()
                    placeholder=t!("sched-book-search-placeholder")
                    autocomplete="off"
                    data-autofocus
                    on:input=on_input
                />
                <button type="submit" class="button">{t!("sched-book-search")}</button>
            </div>
        </form>
        <Transition fallback=|| view! { <p>{t!("sched-book-searching")}</p> }>
            {move || {
                let with = with_results.clone();
                Suspend::new(async move {
                    match results.await {
                        Err(error) => page_error(error, "/calendar"),
                        Ok(None) => view! { <p class="hint">{t!("sched-book-search-first")}</p> }.into_any(),
                        Ok(Some(page)) if page.results.is_empty() => view! {
                            <p class="empty-note">
                                {t!("sched-book-no-match")}" "
                                <a href="/patients/new">{t!("sched-book-no-match-add")}</a>
                                " "{t!("sched-book-no-match-then")}
                            </p>
                        }.into_any(),
                        Ok(Some(page)) => {
                            let rows = page.results.into_iter().map(|p| {
                                let href = with(&[("patient", p.id.to_string())]);
                                let alerts = (p.alerts > 0).then(|| view! {
                                    <span class="alert-sign" title=t!("sched-book-has-alerts")>"⚠"</span>
                                });
                                view! {
                                    <li>
                                        <a href=href class="choice-link">
                                            {alerts}
                                            <strong>{p.name.clone()}</strong>
                                            " · "{p.number.clone()}
                                            " · "{t!("sched-book-born", date = locale.date_numeric(p.date_of_birth))}
                                        </a>
                                    </li>
                                }
                            }).collect_view();
                            view! { <ul class="choice-list" aria-label=t!("sched-book-patients-found")>{rows}</ul> }.into_any()
                        }
                    }
                })
            }}
        </Transition>
    }
    .into_any()
}

/// Step two: what, with whom, when.
#[component]
fn BookingForm(
    view: CalendarView,
    patient_id: i64,
    change: String,
    book: ServerAction<BookAppointment>,
) -> impl IntoView {
    let query = use_query_map();
    let param = move |name: &str| query.read_untracked().get(name).unwrap_or_default();
    let feedback = FormFeedback::provide(book);
    let patient = Resource::new(move || patient_id, get_patient);
    let provider = param("book_provider").parse::<i64>().ok();
    let chair = param("book_chair").parse::<i64>().ok();
    let at = param("book_at");
    let first_type =
        view.types.iter().find(|t| provider.is_none_or(|p| t.providers.contains(&p))).map(|t| t.id);
    let chosen_type = RwSignal::new(first_type);
    let start = RwSignal::new(at.clone());
    let types = StoredValue::new(view.types.clone());
    let locale = view.clinic.locale();
    let ends = move || {
        let minutes = types.with_value(|types| {
            chosen_type.get().and_then(|id| types.iter().find(|t| t.id == id)).map(|t| t.minutes)
        })?;
        let start = NaiveDateTime::parse_from_str(&start.get(), "%Y-%m-%dT%H:%M").ok()?;
        let end = start + Duration::minutes(i64::from(minutes));
        Some(t!("sched-book-ends-at", time = locale.time(end.time())))
    };
    let type_options = view
        .types
        .iter()
        .map(|t| {
            let performs = provider.is_none_or(|p| t.providers.contains(&p));
            let key = if performs { "sched-book-type" } else { "sched-book-type-not-by-provider" };
            let label = t!(key, name = t.name.as_str(), minutes = t.minutes);
            view! { <option value=t.id.to_string() selected=Some(t.id) == first_type>{label}</option> }
        })
        .collect_view();
    let provider_options = view
        .providers
        .iter()
        .map(|p| view! { <option value=p.id.to_string() selected=Some(p.id) == provider>{p.name.clone()}</option> })
        .collect_view();
    let chair_options = view
        .chairs
        .iter()
        .map(|c| view! { <option value=c.id.to_string() selected=Some(c.id) == chair>{c.name.clone()}</option> })
        .collect_view();
    let who = move || {
        Suspend::new(async move {
            match patient.await {
                Err(error) => page_error(error, "/calendar"),
                Ok(record) => {
                    let warnings = record
                        .warnings()
                        .into_iter()
                        .map(|w| view! { <li>{w.label.clone()}</li> })
                        .collect_view();
                    view! {
                        <p class="chosen-patient">
                            <strong>{record.display_name()}</strong>
                            " · "{record.number.clone()}
                        </p>
                        <ul class="warning-list" aria-label=t!("sched-alerts-and-allergies")>{warnings}</ul>
                    }
                    .into_any()
                }
            }
        })
    };
    view! {
        <Suspense fallback=|| view! { <p>{t!("sched-book-loading-patient")}</p> }>{who}</Suspense>
        <p><A href=change>{t!("sched-book-another-patient")}</A></p>
        <ActionForm action=book attr:class="stacked-form" attr:id="booking-form">
            <FormProblem feedback keys=&[] />
            <input type="hidden" name="patient_id" value=patient_id.to_string() />
            <input type="hidden" name="show_in" value=view.layout.as_str() />
            <label for="book-type">{t!("sched-book-appointment-type")}</label>
            <select
                id="book-type"
                name="appointment_type_id"
                data-autofocus
                required
                on:change=move |ev| chosen_type.set(event_target_value(&ev).parse().ok())
            >
                {type_options}
            </select>
            <label for="book-provider">{t!("sched-provider")}</label>
            <select id="book-provider" name="provider_id" required>{provider_options}</select>
            <label for="book-chair">{t!("sched-chair")}</label>
            <select id="book-chair" name="chair_id">
                <option value="">{t!("sched-any-free-chair")}</option>
                {chair_options}
            </select>
            <label for="book-start">{t!("sched-book-starts")}</label>
            <input
                id="book-start"
                name="starts_at"
                type="datetime-local"
                required
                value=at
                on:input=move |ev| start.set(event_target_value(&ev))
            />
            <p class="hint" aria-live="polite">{ends}</p>
            <label for="book-notes">{t!("sched-notes")}</label>
            <textarea id="book-notes" name="notes" maxlength="2000" rows="2"></textarea>
            <button type="submit" class="button">{t!("sched-book-submit")}</button>
        </ActionForm>
    }
    .into_any()
}
