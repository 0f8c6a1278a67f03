//! The calendar's time grid: an hour gutter, then one column per provider, chair or day.
//!
//! Each column is an SVG drawn to scale (the page's Content-Security-Policy allows no inline
//! styles, and SVG geometry is attributes): working hours light, the rest shaded, time off
//! shaded darker with its reason, a line at the current time, and the appointments as HTML cards in
//! `foreignObject`s. Once hydrated, a click on free time opens the booking dialog at that
//! time, and a card dragged to another time or column is rescheduled there.

use chrono::{DateTime, Utc};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use wasm_bindgen::JsCast;

use super::status_label;
use crate::scheduling::model::{CalendarAddress, CalendarColumn, CalendarView, Layout, Placed};
use crate::scheduling::reschedule::RescheduleAppointment;
use crate::t;

/// Pixels per minute: a 30-minute visit is 45 px high.
const SCALE: f64 = 1.5;

fn y(minute: i64, shown: (i64, i64)) -> String {
    pixels(minute - shown.0)
}

fn height(from: i64, to: i64) -> String {
    pixels((to - from).max(0))
}

/// `minutes` at [`SCALE`] with one decimal, as `format!("{:.1}")` writes it (every such
/// length is a whole number of tenths), in integer arithmetic: a page writes thousands.
fn pixels(minutes: i64) -> String {
    let tenths = minutes * (SCALE * 10.0) as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    format!("{sign}{}.{}", tenths.abs() / 10, tenths.abs() % 10)
}

/// What every column and card needs of the view: passed by value instead of the view
/// itself, which holds every appointment (a copy per card made a page's render quadratic).
#[derive(Debug, Clone, Copy)]
struct Frame {
    /// The elapsed minutes shown, the same for every column.
    shown: (i64, i64),
    slot_step: u32,
    now: DateTime<Utc>,
    can_book: bool,
}

/// The appointment being dragged, and where on its card it was picked up.
#[derive(Debug, Clone, Copy)]
pub struct Dragged {
    id: i64,
    version: i32,
    provider_id: i64,
    chair_id: Option<i64>,
    /// Pixels from the card's top edge to the pointer.
    grab: f64,
}

/// The card being dragged on the calendar page, kept by the page rather than by its grid:
/// the calendar is asked again while a card is in the air (the minute's refresh, a live change
/// already on its way), and the grid drawn then must still know what is dropped on it.
#[derive(Debug, Clone, Copy)]
pub struct DragState(pub RwSignal<Option<Dragged>>);

impl DragState {
    pub fn is_dragging(self) -> bool {
        self.0.with_untracked(Option::is_some)
    }
}

#[component]
pub fn CalendarGrid(
    view: CalendarView,
    address: CalendarAddress,
    reschedule: ServerAction<RescheduleAppointment>,
) -> impl IntoView {
    if view.columns.is_empty() {
        let text = t!(match view.layout {
            Layout::Chairs => "sched-grid-no-chairs",
            _ => "sched-grid-no-providers",
        });
        return view! {
            <div class="empty-state">
                <p>{text}</p>
                <p><a href=format!("/setup/{}", view.clinic.slug)>{t!("sched-grid-open-setup")}</a></p>
            </div>
        }
        .into_any();
    }
    // The page's (see `DragState`): a drag outlives a grid drawn again meanwhile.
    let dragged =
        use_context::<DragState>().map(|state| state.0).unwrap_or_else(|| RwSignal::new(None));
    let shown = view.shown;
    let frame = Frame { shown, slot_step: view.slot_step, now: view.now, can_book: view.can_book };
    let total = height(shown.0, shown.1);
    let gutter_axis = view.columns[0].axis.clone();
    let locale = view.clinic.locale();
    let hours = (shown.0..shown.1).step_by(60).map(|minute| {
        let label = locale.time(gutter_axis.local_at(minute).time());
        let at = format!("{:.1}", (minute - shown.0) as f64 * SCALE + 12.0);
        view! { <text x="4" y=at class="cal-hour-label">{label}</text> }
    });
    let gutter = view! {
        <svg class="cal-gutter" width="100%" height=total.clone() aria-hidden="true">
            {hours.collect_view()}
        </svg>
    };
    let columns = view
        .columns
        .iter()
        .enumerate()
        .map(|(index, column)| {
            view! {
                <DayColumn
                    column=column.clone()
                    index
                    frame
                    address=address.clone()
                    dragged
                    reschedule
                />
            }
        })
        .collect_view();
    view! {
        <div class="cal-grid">
            <div class="cal-gutter-wrap">
                <div class="cal-column-head" aria-hidden="true"></div>
                {gutter}
            </div>
            {columns}
        </div>
        {view.columns.iter().all(|c| c.appointments.is_empty()).then(|| view! {
            <p class="empty-note">{t!("sched-grid-no-appointments")}</p>
        })}
    }
    .into_any()
}

/// The pointer's elapsed minute in a column, from an event on (or inside) its SVG.
fn minute_at(ev: &leptos::ev::MouseEvent, shown: (i64, i64), grab: f64) -> Option<i64> {
    let target = ev.current_target()?.dyn_into::<leptos::web_sys::Element>().ok()?;
    let top = target.get_bounding_client_rect().top();
    let offset = (f64::from(ev.client_y()) - top - grab) / SCALE;
    Some(shown.0 + offset.round() as i64)
}

#[component]
fn DayColumn(
    column: CalendarColumn,
    index: usize,
    frame: Frame,
    address: CalendarAddress,
    dragged: RwSignal<Option<Dragged>>,
    reschedule: ServerAction<RescheduleAppointment>,
) -> impl IntoView {
    let shown = frame.shown;
    let step = frame.slot_step;
    let total = height(shown.0, shown.1);
    let title_id = format!("cal-col-{index}");
    let column = StoredValue::new(column);
    let booking_at = {
        let address = address.clone();
        move |minute: i64| {
            column.with_value(|c| {
                let at = c.axis.slot_at(minute, step).format("%Y-%m-%dT%H:%M").to_string();
                let mut extra = vec![("book", "1".to_string()), ("book_at", at)];
                if let Some(id) = c.provider_id {
                    extra.push(("book_provider", id.to_string()));
                }
                if let Some(id) = c.chair_at(minute) {
                    extra.push(("book_chair", id.to_string()));
                }
                address.with(&extra)
            })
        }
    };
    // The header's link books at the start of the working day (or 09:00): the way in
    // without a pointer or without JavaScript.
    let first_minute = column.with_value(|c| {
        c.working.first().map(|w| w.from).unwrap_or_else(|| {
            (0..i64::from(c.axis.length))
                .step_by(60)
                .find(|m| c.axis.local_at(*m).format("%H").to_string() == "09")
                .unwrap_or(shown.0)
        })
    });
    let book_link = frame.can_book.then(|| {
        let href = booking_at(first_minute);
        let label = column.with_value(|c| t!("sched-grid-book-with", name = c.title.as_str()));
        view! { <a href=href class="cal-book" aria-label=label.clone() title=label>"+"</a> }
    });
    let navigate = use_navigate();
    let can_book = frame.can_book;
    let on_click = {
        let booking_at = booking_at.clone();
        move |ev: leptos::ev::MouseEvent| {
            if !can_book {
                return;
            }
            // Clicks on a card are the card's.
            let on_card = ev
                .target()
                .and_then(|t| t.dyn_into::<leptos::web_sys::Element>().ok())
                .and_then(|el| el.closest(".cal-appt").ok().flatten())
                .is_some();
            if on_card {
                return;
            }
            if let Some(minute) = minute_at(&ev, shown, 0.0) {
                navigate(&booking_at(minute), Default::default());
            }
        }
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        let Some(moving) = dragged.get_untracked() else { return };
        dragged.set(None);
        let Some(minute) = minute_at(&ev, shown, moving.grab) else { return };
        let (starts_at, provider_id, chair_id) = column.with_value(|c| {
            // Snapped to the nearest time on the clinic's grid.
            let at = c.axis.slot_at(minute + i64::from(step) / 2, step);
            (
                at.format("%Y-%m-%dT%H:%M").to_string(),
                c.provider_id.unwrap_or(moving.provider_id),
                c.chair_id.or(moving.chair_id),
            )
        });
        reschedule.dispatch(RescheduleAppointment {
            id: moving.id,
            version: moving.version,
            provider_id: Some(provider_id),
            chair_id,
            starts_at,
            show_in: String::new(),
        });
    };
    let backdrop = column.with_value(|c| {
        let working = c
            .working
            .iter()
            .map(|w| {
                view! {
                    <rect class="cal-working" x="0" width="100%" y=y(w.from, shown) height=height(w.from, w.to) />
                }
            })
            .collect_view();
        let away = c
            .away
            .iter()
            .map(|a| {
                let top = (a.from.max(shown.0) - shown.0) as f64 * SCALE + 14.0;
                view! {
                    <rect class="cal-away" x="0" width="100%" y=y(a.from, shown) height=height(a.from, a.to)>
                        <title>{a.reason.clone()}</title>
                    </rect>
                    <text class="cal-away-label" x="6" y=format!("{top:.1}")>{a.reason.clone()}</text>
                }
            })
            .collect_view();
        let lines = (shown.0..shown.1)
            .step_by(60)
            .map(|m| view! { <line class="cal-hour" x1="0" x2="100%" y1=y(m, shown) y2=y(m, shown) /> })
            .collect_view();
        (working, away, lines)
    });
    let now_line = column.with_value(|c| now_minute(c, frame.now, shown)).map(|minute| {
        view! { <line class="cal-now" x1="0" x2="100%" y1=y(minute, shown) y2=y(minute, shown) /> }
    });
    let cards = column.with_value(|c| {
        c.appointments
            .iter()
            .map(|placed| {
                view! {
                    <Card placed=placed.clone() frame address=address.clone() dragged />
                }
            })
            .collect_view()
    });
    let (working, away, lines) = backdrop;
    let colour = column.with_value(|c| c.colour.clone());
    view! {
        <div class="cal-column" role="group" aria-labelledby=title_id.clone()>
            <div class="cal-column-head">
                {colour.map(|fill| view! {
                    <svg class="swatch" width="12" height="12" aria-hidden="true"><circle cx="6" cy="6" r="6" fill=fill /></svg>
                })}
                <h2 id=title_id.clone()>{column.with_value(|c| c.title.clone())}</h2>
                {book_link}
            </div>
            <svg
                class="cal-day"
                width="100%"
                height=total.clone()
                on:click=on_click
                on:dragover=|ev: leptos::ev::DragEvent| ev.prevent_default()
                on:drop=on_drop
            >
                <rect class="cal-closed" x="0" y="0" width="100%" height=total.clone() />
                {working}
                {lines}
                {away}
                {cards}
                {now_line}
            </svg>
        </div>
    }
    .into_any()
}

/// The current time's minute in a column, when it is on screen.
fn now_minute(column: &CalendarColumn, now: DateTime<Utc>, shown: (i64, i64)) -> Option<i64> {
    let minute = column.axis.minute_of(now);
    (shown.0..shown.1).contains(&minute).then_some(minute)
}

/// An appointment on the grid: its preparation and clean-up shaded, the visit in the type's
/// colour, and a card with the time, the patient (with a warning sign for alerts and
/// allergies), the type and the status.
#[component]
fn Card(
    placed: Placed,
    frame: Frame,
    address: CalendarAddress,
    dragged: RwSignal<Option<Dragged>>,
) -> impl IntoView {
    let shown = frame.shown;
    let a = placed.appointment.clone();
    let (from, to) = placed.visit;
    let (blocked_from, blocked_to) = placed.blocked;
    let movable = frame.can_book
        && matches!(
            a.status,
            crate::domain::AppointmentStatus::Scheduled
                | crate::domain::AppointmentStatus::Confirmed
        );
    let href = address.with(&[("appointment", a.id.to_string())]);
    view! {
        <g class="cal-appointment">
            <rect class="cal-buffer" x="0" width="100%" y=y(blocked_from, shown) height=height(blocked_from, blocked_to) />
            <rect x="2" width="96%" y=y(from, shown) height=height(from, to) rx="4" fill=a.colour.clone() fill-opacity="0.18" />
            <rect x="2" width="4" y=y(from, shown) height=height(from, to) fill=a.colour.clone() />
            <foreignObject x="8" width="90%" y=y(from, shown) height=height(from, to)>
                <CardBody placed href movable dragged />
            </foreignObject>
        </g>
    }
    .into_any()
}

/// The card's HTML (its own component, so its elements are HTML ones inside the SVG).
#[component]
fn CardBody(
    placed: Placed,
    href: String,
    movable: bool,
    dragged: RwSignal<Option<Dragged>>,
) -> impl IntoView {
    let a = placed.appointment;
    let warning = (!a.warnings.is_empty()).then(|| {
        let text = a.warnings.join("; ");
        view! { <span class="alert-sign" title=text.clone() aria-label=text>"⚠"</span> }
    });
    let online = a.booked_online.then(|| {
        let text = t!(if a.new_online { "sched-grid-new-online" } else { "sched-grid-online" });
        view! { <span class="badge badge-online">{text}</span> }
    });
    let (id, version, provider_id, chair_id) = (a.id, a.version, a.provider_id, a.chair_id);
    let on_drag_start = move |ev: leptos::ev::DragEvent| {
        let grab = ev
            .current_target()
            .and_then(|t| t.dyn_into::<leptos::web_sys::Element>().ok())
            .map(|card| f64::from(ev.client_y()) - card.get_bounding_client_rect().top())
            .unwrap_or(0.0);
        if let Some(transfer) = ev.data_transfer() {
            let _ = transfer.set_data("text/plain", &id.to_string());
            transfer.set_effect_allowed("move");
        }
        dragged.set(Some(Dragged { id, version, provider_id, chair_id, grab }));
    };
    view! {
        <a
            href=href
            class=format!(
                "cal-appt status-{}{}",
                a.status.as_str(),
                if a.new_online { " card-new-online" } else { "" }
            )
            draggable=if movable { "true" } else { "false" }
            on:dragstart=on_drag_start
            on:dragend=move |_| dragged.set(None)
            data-appointment=a.id.to_string()
        >
            <span class="cal-appt-time">{a.time.clone()}</span>
            " "
            <span class="cal-appt-patient">{warning}{a.patient.clone()}</span>
            " "
            <span class="cal-appt-type">{a.type_name.clone()}</span>
            " "
            <span class=format!("badge badge-{}", a.status.as_str())>{status_label(a.status)}</span>
            {online}
        </a>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::pixels;

    #[test]
    fn pixels_are_written_as_the_float_formatting_writes_them() {
        for minutes in -1500..1500 {
            assert_eq!(pixels(minutes), format!("{:.1}", minutes as f64 * super::SCALE));
        }
    }
}
