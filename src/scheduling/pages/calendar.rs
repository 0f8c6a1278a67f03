//! `/calendar`: a clinic's day by provider or by chair, or a provider's week. Everything the
//! page shows is in its address (clinic, date, layout, an open dialog), so every action works
//! as a link or a plain form without JavaScript; with it, a click on free time opens the
//! booking dialog there and appointments are dragged to another time or column.

use chrono::{Days, NaiveDate};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

use super::grid::CalendarGrid;
use super::keys::{CalendarKeyTargets, CalendarKeys};
use super::lazy_dialog::{self, DialogKind, OpenDialog};
use super::{local_day, status_label};
use crate::live::follow::{ChangedElsewhere, Heard, LiveFeed};
use crate::online::staff::{DismissPossibleMatch, MarkOnlineBookingsSeen};
use crate::scheduling::booking::BookAppointment;
use crate::scheduling::calendar::calendar;
use crate::scheduling::model::{CalendarAddress, CalendarView, Layout};
use crate::scheduling::reschedule::RescheduleAppointment;
use crate::scheduling::status::SetAppointmentStatus;
use crate::t;
use crate::ui::page_error;

/// How often an open calendar asks again without being told (for the time line, and for a
/// browser whose live stream is down).
const REFRESH_SECONDS: u64 = 60;

#[component]
pub fn CalendarPage() -> impl IntoView {
    let query = use_query_map();
    let param = move |name: &str| query.read().get(name).unwrap_or_default();
    let clinic = Memo::new(move |_| param("clinic"));
    let date = Memo::new(move |_| param("date"));
    let layout = Memo::new(move |_| param("layout"));
    let provider = Memo::new(move |_| param("provider").parse::<i64>().ok());
    let dialog_open =
        Memo::new(move |_| !param("appointment").is_empty() || !param("book").is_empty());
    // The page's actions: any of them done refreshes the calendar (a redirect to the same
    // address would not).
    let book = ServerAction::<BookAppointment>::new();
    let reschedule = ServerAction::<RescheduleAppointment>::new();
    let status = ServerAction::<SetAppointmentStatus>::new();
    let actions = Actions { book, reschedule, status };
    // Asked again every minute while no dialog is open (a dialog's typing is never lost), and
    // whenever the live stream tells of a change: at once, or when the dialog closes.
    let tick = RwSignal::new(0u32);
    // While a card is dragged, the calendar is not asked again (it would be drawn anew under the
    // pointer): a change heard meanwhile is fetched once it is dropped.
    let drag = super::grid::DragState(RwSignal::new(None));
    provide_context(drag);
    let holding = move || dialog_open.get_untracked() || drag.is_dragging();
    Effect::new(move |_| {
        let handle = set_interval_with_handle(
            move || {
                if !holding() {
                    tick.update(|t| *t += 1);
                }
            },
            std::time::Duration::from_secs(REFRESH_SECONDS),
        );
        on_cleanup(move || {
            if let Ok(handle) = handle {
                handle.clear();
            }
        });
    });
    let open_appointment = Memo::new(move |_| param("appointment").parse::<i64>().ok());
    let changed_elsewhere = ChangedElsewhere(RwSignal::new(None));
    provide_context(changed_elsewhere);
    let stale = RwSignal::new(false);
    let feed = LiveFeed::get();
    if let Some(feed) = feed {
        feed.unfollow_on_cleanup();
        feed.listen(move |heard| {
            if let Heard::Change(change) = heard
                && open_appointment.get_untracked() == Some(change.appointment_id)
            {
                changed_elsewhere.0.set(Some(change.appointment_id));
            }
            if matches!(heard, Heard::Notification) {
                return;
            }
            if holding() {
                stale.set(true);
            } else {
                tick.update(|t| *t += 1);
            }
        });
    }
    Effect::new(move |_| {
        let dragging = drag.0.with(Option::is_some);
        if !dialog_open.get() && !dragging {
            changed_elsewhere.0.set(None);
            if stale.get_untracked() {
                stale.set(false);
                tick.update(|t| *t += 1);
            }
        }
    });
    let data = Resource::new(
        move || {
            (
                clinic.get(),
                date.get(),
                layout.get(),
                provider.get(),
                (
                    book.version().get(),
                    reschedule.version().get(),
                    status.version().get(),
                    tick.get(),
                ),
            )
        },
        |(clinic, date, layout, provider, _)| calendar(clinic, date, layout, provider),
    );
    view! {
        <Title text=t!("sched-calendar-title") />
        <Transition fallback=|| view! { <p class="loading">{t!("sched-calendar-loading")}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Err(error) => page_error(error, "/calendar"),
                    Ok(view) => {
                        if let Some(feed) = feed {
                            feed.follow_clinic(&view.clinic.slug, Some(view.live_seq));
                        }
                        view! { <CalendarScreen view actions /> }.into_any()
                    }
                }
            })}
        </Transition>
    }
}

/// The calendar's server actions, shared by the grid and the dialogs.
#[derive(Clone, Copy)]
pub struct Actions {
    pub book: ServerAction<BookAppointment>,
    pub reschedule: ServerAction<RescheduleAppointment>,
    pub status: ServerAction<SetAppointmentStatus>,
}

/// The address of the view being shown.
fn address_of(view: &CalendarView) -> CalendarAddress {
    CalendarAddress {
        clinic: view.clinic.slug.clone(),
        date: Some(view.date),
        layout: view.layout,
        provider_id: view.provider_id,
    }
}

#[component]
fn CalendarScreen(view: CalendarView, actions: Actions) -> impl IntoView {
    let query = use_query_map();
    let address = address_of(&view);
    let view = StoredValue::new(view);
    let heading = view.with_value(|v| {
        let locale = v.clinic.locale();
        match v.layout {
            Layout::Week => {
                let first = v.columns.first().map(|c| c.axis.date).unwrap_or(v.date);
                crate::t!("calendar-week-of", day = locale.date_long(first))
            }
            _ => locale.date_long(v.date),
        }
    });
    // The dialogs' code is fetched once the calendar is interactive (see `lazy_dialog`).
    let code_here = RwSignal::new(lazy_dialog::code_is_here());
    Effect::new(move |_| {
        if !code_here.get_untracked() {
            lazy_dialog::fetch_code(code_here);
        }
    });
    let dialogs = {
        let address = address.clone();
        move || {
            code_here.track();
            let open = query.read().get("appointment").and_then(|id| id.parse::<i64>().ok());
            let booking = query.read().get("book").is_some_and(|b| !b.is_empty());
            let dialog = view.with_value(|v| {
                let kind = if let Some(id) = open {
                    DialogKind::Appointment(v.find(id).cloned().map(Box::new))
                } else if booking && v.can_book {
                    DialogKind::Booking
                } else {
                    return None;
                };
                Some(OpenDialog { kind, view: v.clone(), address: address.clone(), actions })
            });
            dialog.map(|dialog| lazy_dialog::show(dialog, code_here))
        }
    };
    // A refused drop (a refused move in the dialog shows there).
    let drag_problem = move || {
        let dialog_open = query.read().get("appointment").is_some();
        actions.reschedule.value().get().and_then(Result::err).filter(|_| !dialog_open).map(
            |error| {
                view! { <p class="status status-error" role="alert">{error.to_string()}</p> }
            },
        )
    };
    view! {
        <section class="calendar">
            <header class="calendar-head">
                <h1>{heading}</h1>
                <p class="calendar-zone">
                    {view.with_value(|v| t!("sched-calendar-zone", clinic = v.clinic.name.as_str(), zone = v.clinic.time_zone.as_str()))}
                </p>
                // In the heading's line, not the toolbar's: the toolbar wrapping onto another
                // line would push the day's hours down.
                <a href=view.with_value(|v| format!("/calendar/confirmations?clinic={}", v.clinic.slug))>
                    {t!("sched-calendar-confirmations")}
                </a>
            </header>
            <Toolbar view=view.get_value() address=address.clone() />
            <NewOnlineBookings view=view.get_value() address=address.clone() />
            {drag_problem}
            <CalendarGrid view=view.get_value() address=address.clone() reschedule=actions.reschedule />
            <CalendarKeys targets=view.with_value(|v| key_targets(v, &address)) />
            <Released view=view.get_value() address />
        </section>
        {dialogs}
    }
    .into_any()
}

/// Where the calendar's keys go from this view (`keys`).
fn key_targets(view: &CalendarView, address: &CalendarAddress) -> CalendarKeyTargets {
    let step = if view.layout == Layout::Week { 7 } else { 1 };
    let on = |date: NaiveDate| CalendarAddress { date: Some(date), ..address.clone() }.href();
    let layouts = Layout::ALL;
    let at = layouts.iter().position(|l| *l == view.layout).unwrap_or(0);
    let next_layout = layouts[(at + 1) % layouts.len()];
    CalendarKeyTargets {
        previous: on(view.date - Days::new(step)),
        next: on(view.date + Days::new(step)),
        today: on(view.today),
        next_layout: CalendarAddress { layout: next_layout, ..address.clone() }.href(),
    }
}

/// The clinic, the layout, and the way through the days.
#[component]
fn Toolbar(view: CalendarView, address: CalendarAddress) -> impl IntoView {
    let step = if view.layout == Layout::Week { 7 } else { 1 };
    let on = |date: NaiveDate| CalendarAddress { date: Some(date), ..address.clone() }.href();
    let previous = on(view.date - Days::new(step));
    let next = on(view.date + Days::new(step));
    let today = on(view.today);
    let clinics = (view.clinics.len() > 1).then(|| {
        let links = view
            .clinics
            .iter()
            .map(|c| {
                let href = CalendarAddress {
                    clinic: c.slug.clone(),
                    date: Some(view.date),
                    layout: view.layout,
                    provider_id: None,
                }
                .href();
                let current = (c.slug == view.clinic.slug).then_some("page");
                view! { <li><a href=href aria-current=current>{c.name.clone()}</a></li> }
            })
            .collect_view();
        view! { <nav aria-label=t!("sched-clinic-nav") class="tabs"><ul>{links}</ul></nav> }
    });
    let layouts = Layout::ALL
        .into_iter()
        .map(|layout| {
            let href = CalendarAddress { layout, ..address.clone() }.href();
            let current = (layout == view.layout).then_some("page");
            let label = t!(match layout {
                Layout::Providers => "sched-layout-providers",
                Layout::Chairs => "sched-layout-chairs",
                Layout::Week => "sched-layout-week",
            });
            view! { <li><a href=href aria-current=current>{label}</a></li> }
        })
        .collect_view();
    let week_provider = (view.layout == Layout::Week).then(|| {
        let options = view
            .providers
            .iter()
            .map(|p| {
                view! { <option value=p.id.to_string() selected=view.provider_id == Some(p.id)>{p.name.clone()}</option> }
            })
            .collect_view();
        view! {
            <form method="get" action="/calendar" class="inline-form">
                <input type="hidden" name="clinic" value=view.clinic.slug.clone() />
                <input type="hidden" name="date" value=view.date.to_string() />
                <input type="hidden" name="layout" value="week" />
                <label for="week-provider">{t!("sched-provider")}</label>
                <select id="week-provider" name="provider">{options}</select>
                <button type="submit" class="button button-small">{t!("sched-calendar-show")}</button>
            </form>
        }
    });
    view! {
        <div class="calendar-toolbar">
            {clinics}
            <nav aria-label=t!("sched-calendar-layout-nav") class="tabs"><ul>{layouts}</ul></nav>
            <nav aria-label=t!("sched-dates-nav") class="date-steps">
                <A href=previous attr:class="button button-small" attr:rel="prev">{t!("sched-calendar-previous")}</A>
                <A href=today attr:class="button button-small">{t!("sched-today")}</A>
                <A href=next attr:class="button button-small" attr:rel="next">{t!("sched-calendar-next")}</A>
            </nav>
            <form method="get" action="/calendar" class="inline-form">
                <input type="hidden" name="clinic" value=view.clinic.slug.clone() />
                <input type="hidden" name="layout" value=view.layout.as_str() />
                {view.provider_id.map(|id| view! { <input type="hidden" name="provider" value=id.to_string() /> })}
                <label for="calendar-date">{t!("sched-date")}</label>
                <input id="calendar-date" name="date" type="date" value=view.date.to_string() />
                <button type="submit" class="button button-small">{t!("sched-go")}</button>
            </form>
            {week_provider}
        </div>
    }
    .into_any()
}

/// Cancelled appointments and no-shows of the period: not drawn (their time is free again),
/// but the front desk still needs to see them.
#[component]
fn Released(view: CalendarView, address: CalendarAddress) -> impl IntoView {
    (!view.released.is_empty()).then(|| {
        let locale = view.clinic.locale();
        let items = view
            .released
            .iter()
            .map(|a| {
                let href = address.with(&[("appointment", a.id.to_string())]);
                let when = match local_day(&a.starts_local) {
                    Some(day) if view.layout == Layout::Week => {
                        format!("{} {}", locale.date_medium(day), a.time)
                    }
                    _ => a.time.clone(),
                };
                view! {
                    <li>
                        <a href=href>{format!("{when} · {} · {}", a.patient, a.type_name)}</a>
                        " "<span class=format!("badge badge-{}", a.status.as_str())>{status_label(a.status)}</span>
                    </li>
                }
            })
            .collect_view();
        view! {
            <section class="released" aria-labelledby="released-title">
                <h2 id="released-title">{t!("sched-released")}</h2>
                <ul>{items}</ul>
            </section>
        }
    })
}

/// The online bookings made since the viewer last marked them seen: each a link to its day
/// with it open (its card is outlined), and "Mark as seen".
#[component]
fn NewOnlineBookings(view: CalendarView, address: CalendarAddress) -> impl IntoView {
    let seen = ServerAction::<MarkOnlineBookingsSeen>::new();
    let dismiss = ServerAction::<DismissPossibleMatch>::new();
    if view.new_online.is_empty() {
        return ().into_any();
    }
    let count = view.new_online.len();
    let then = address.href();
    let items = view
        .new_online
        .iter()
        .map(|b| {
            let href = CalendarAddress { date: Some(b.date), ..address.clone() }
                .with(&[("appointment", b.id.to_string())]);
            let question = b.possible_match.clone().map(|m| {
                let review = format!(
                    "/patients/{}/merge?with={}",
                    m.existing_patient_id, m.new_number
                );
                let then = then.clone();
                view! {
                    <p class="possible-match">
                        {t!("sched-possible-match", patient = m.existing.as_str())}" "
                        <a href=review>{t!("sched-review-and-merge")}</a>" "
                        <ActionForm action=dismiss attr:class="inline-form">
                            <input type="hidden" name="booking_id" value=m.booking_id.to_string() />
                            <input type="hidden" name="then" value=then />
                            <button type="submit" class="button button-small">{t!("sched-not-the-same-person")}</button>
                        </ActionForm>
                    </p>
                }
            });
            view! { <li><a href=href>{b.summary.clone()}</a>{question}</li> }
        })
        .collect_view();
    let heading = t!("sched-new-online", count = count);
    let hidden = move || matches!(seen.value().get(), Some(Ok(())));
    view! {
        <section class="status status-warning new-online" aria-labelledby="new-online-title" class:hidden=hidden>
            <h2 id="new-online-title" class="new-online-note">{heading}</h2>
            <ul>{items}</ul>
            <ActionForm action=seen attr:class="inline-form">
                <input type="hidden" name="then" value=then />
                <button type="submit" class="button button-small">{t!("sched-mark-as-seen")}</button>
            </ActionForm>
        </section>
    }
    .into_any()
}
