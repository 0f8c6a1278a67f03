//! `/my-day`: a dentist's or hygienist's appointments for a date, in order, each patient's
//! alerts and allergies beside them, the next patient highlighted, and the day's steps
//! (arrived, in the chair, completed) one button away.

use chrono::{Days, NaiveDate};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

use super::{mark_label, status_label};
use crate::domain::AppointmentStatus;
use crate::live::follow::LiveFeed;
use crate::notes::model::{NoteState, NoteSummary};
use crate::scheduling::model::{CalendarAppointment, MyDaySchedule, ProviderDay};
use crate::scheduling::my_day::my_day;
use crate::scheduling::status::SetAppointmentStatus;
use crate::t;
use crate::ui::form::{FormFeedback, FormProblem};
use crate::ui::page_error;

fn day_href(date: NaiveDate) -> String {
    format!("/my-day?date={date}")
}

#[component]
pub fn MyDayPage() -> impl IntoView {
    let query = use_query_map();
    let date = Memo::new(move |_| query.read().get("date").unwrap_or_default());
    let status = ServerAction::<SetAppointmentStatus>::new();
    // Read again whenever the front desk (or a patient online) changes the clinic's day.
    let changed = LiveFeed::changes();
    let data = Resource::new(
        move || (date.get(), status.version().get(), changed.get()),
        |(date, ..)| my_day(date),
    );
    view! {
        <Title text=t!("sched-my-day-title") />
        <Transition fallback=|| view! { <p class="loading">{t!("sched-my-day-loading")}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Err(error) => page_error(error, "/my-day"),
                    Ok(day) => {
                        if let (Some(feed), Some(first)) = (LiveFeed::get(), day.days.first()) {
                            feed.follow_clinic(&first.clinic.slug, None);
                        }
                        view! { <MyDayScreen day status /> }.into_any()
                    }
                }
            })}
        </Transition>
    }
}

#[component]
fn MyDayScreen(day: MyDaySchedule, status: ServerAction<SetAppointmentStatus>) -> impl IntoView {
    let feedback = FormFeedback::provide(status);
    // The first clinic's conventions (a person's clinics are in one country, as a rule).
    let locale = day.days.first().map(|d| d.clinic.locale()).unwrap_or_default();
    let heading = if day.date == day.today {
        crate::t!("my-day-today", day = locale.date_without_year(day.date))
    } else {
        locale.date_long(day.date)
    };
    let body = if day.days.is_empty() {
        view! {
            <div class="empty-state">
                <p>{t!("sched-my-day-not-linked")}</p>
                <p>
                    {t!("sched-my-day-not-linked-help")}" "
                    <a href="/calendar">{t!("sched-my-day-not-linked-calendar")}</a>
                    " "{t!("sched-my-day-not-linked-after")}
                </p>
            </div>
        }
        .into_any()
    } else {
        day.days
            .iter()
            .map(|provider_day| {
                view! { <ProviderSchedule day=provider_day.clone() date=day.date can_update=day.can_update_status status /> }
            })
            .collect_view()
            .into_any()
    };
    view! {
        <section class="my-day">
            <h1>{heading}</h1>
            <nav aria-label=t!("sched-dates-nav") class="date-steps">
                <A href=day_href(day.date - Days::new(1)) attr:class="button button-small" attr:rel="prev">{t!("sched-my-day-previous")}</A>
                <A href=day_href(day.today) attr:class="button button-small">{t!("sched-today")}</A>
                <A href=day_href(day.date + Days::new(1)) attr:class="button button-small" attr:rel="next">{t!("sched-my-day-next")}</A>
                <form method="get" action="/my-day" class="inline-form">
                    <label for="my-day-date">{t!("sched-date")}</label>
                    <input id="my-day-date" name="date" type="date" value=day.date.to_string() />
                    <button type="submit" class="button button-small">{t!("sched-go")}</button>
                </form>
            </nav>
            <FormProblem feedback keys=&[] />
            <NotesToSign notes=day.notes_to_sign.clone() />
            {body}
            <p class="hint"><a href="/my-day/calendar-feed">{t!("sched-my-day-feed")}</a></p>
        </section>
    }
    .into_any()
}

#[component]
fn ProviderSchedule(
    day: ProviderDay,
    date: NaiveDate,
    can_update: bool,
    status: ServerAction<SetAppointmentStatus>,
) -> impl IntoView {
    let (live, released): (Vec<_>, Vec<_>) =
        day.appointments.iter().cloned().partition(|a| a.status.is_live());
    let count = live.len();
    let items = live
        .into_iter()
        .map(|a| {
            let next = day.next == Some(a.id);
            let note = day
                .notes
                .iter()
                .find(|(id, _)| *id == a.id)
                .map_or(NoteState::Missing, |(_, state)| *state);
            let previous = if next { day.previous_note.clone() } else { None };
            view! { <Visit appointment=a next note previous date can_update status /> }
        })
        .collect_view();
    let released = (!released.is_empty()).then(|| {
        let rows = released
            .iter()
            .map(|a| {
                view! {
                    <li>
                        {t!(
                            "sched-my-day-released-row",
                            time = a.time.as_str(),
                            patient = a.patient.as_str(),
                            kind = a.type_name.as_str(),
                            status = a.status.as_str(),
                        )}
                    </li>
                }
            })
            .collect_view();
        view! { <h3>{t!("sched-released")}</h3><ul class="released">{rows}</ul> }
    });
    view! {
        <section class="provider-day">
            <h2>{format!("{} · {}", day.provider, day.clinic.name)}</h2>
            <p class="hint">{t!("sched-my-day-count", count = count)}</p>
            <ol class="visits">{items}</ol>
            {released}
        </section>
    }
    .into_any()
}

/// The person's notes left unsigned longer than their clinic allows, each linked.
#[component]
fn NotesToSign(notes: Vec<NoteSummary>) -> impl IntoView {
    (!notes.is_empty()).then(|| {
        let items = notes
            .into_iter()
            .map(|n| {
                view! {
                    <li>
                        <a href=format!("/appointments/{}/note", n.appointment_id)>
                            {format!("{} · {} · {}", n.when, n.patient, n.type_name)}
                        </a>
                    </li>
                }
            })
            .collect_view();
        view! {
            <section class="card notes-to-sign" aria-labelledby="notes-to-sign">
                <h2 id="notes-to-sign">{t!("sched-my-day-notes-to-sign")}</h2>
                <ul>{items}</ul>
            </section>
        }
    })
}

/// One appointment: time, patient, type and status on one side; alerts beside them.
#[component]
fn Visit(
    appointment: CalendarAppointment,
    next: bool,
    note: NoteState,
    previous: Option<NoteSummary>,
    date: NaiveDate,
    can_update: bool,
    status: ServerAction<SetAppointmentStatus>,
) -> impl IntoView {
    let a = appointment;
    let warnings = if a.warnings.is_empty() {
        view! { <p class="hint">{t!("sched-my-day-no-alerts")}</p> }.into_any()
    } else {
        let items = a.warnings.iter().map(|w| view! { <li>{w.clone()}</li> }).collect_view();
        view! { <ul class="warning-list" aria-label=t!("sched-alerts-and-allergies")>{items}</ul> }
            .into_any()
    };
    let steps = can_update.then(|| {
        a.status
            .next()
            .iter()
            .filter(|s| {
                matches!(
                    s,
                    AppointmentStatus::Arrived
                        | AppointmentStatus::InChair
                        | AppointmentStatus::Completed
                )
            })
            .map(|s| {
                view! {
                    <ActionForm action=status attr:class="inline-form">
                        <input type="hidden" name="id" value=a.id.to_string() />
                        <input type="hidden" name="version" value=a.version.to_string() />
                        <input type="hidden" name="status" value=s.as_str() />
                        <input type="hidden" name="then" value=day_href(date) />
                        <button type="submit" class="button button-small">{mark_label(*s)}</button>
                    </ActionForm>
                }
            })
            .collect_view()
    });
    view! {
        <li class=if next { "visit visit-next" } else { "visit" } aria-current=next.then_some("step")>
            <div class="visit-main">
                {next.then(|| view! { <p class="next-label">{t!("sched-my-day-next-patient")}</p> })}
                <p class="visit-time">{a.time.clone()}</p>
                <p class="visit-patient">
                    <a href=format!("/patients/{}", a.patient_id)>{a.patient.clone()}</a>
                    " · "{t!("sched-age-and-number", age = a.patient_age, number = a.patient_number.as_str())}
                </p>
                <p>
                    {a.type_name.clone()}
                    {a.chair.clone().map(|c| format!(" · {c}"))}
                    " "
                    <span class=format!("badge badge-{}", a.status.as_str())>{status_label(a.status)}</span>
                </p>
                {(!a.notes.is_empty()).then(|| view! { <p class="visit-notes">{a.notes.clone()}</p> })}
                {previous.map(|p| view! {
                    <div class="previous-note">
                        <p class="hint">{t!("sched-my-day-last-note", when = p.when.as_str(), kind = p.type_name.as_str(), provider = p.provider.as_str())}</p>
                        <p>{p.excerpt}</p>
                    </div>
                })}
                <p>
                    <a class="button button-small" href=format!("/appointments/{}/note", a.id)>
                        {t!(match note {
                            NoteState::Missing => "sched-my-day-note-missing",
                            NoteState::Draft => "sched-my-day-note-draft",
                            NoteState::Signed => "sched-my-day-note-signed",
                        })}
                    </a>
                </p>
                <div class="status-actions">{steps}</div>
            </div>
            <aside class="visit-warnings" aria-label=t!("sched-my-day-alerts-for", patient = a.patient.as_str())>{warnings}</aside>
        </li>
    }
    .into_any()
}
