//! The slot picker: a strip of days (links) and the free times of the chosen day (one small
//! form each, so it works as plain HTML), labelled with the clinic's time zone, and a note
//! when the device's zone is another.

use leptos::prelude::*;

use crate::online::model::{SlotPicker, TimeChoice};

/// Says which zone the times are in. The page's script (`public/book.js`) fills in and shows
/// the second note when the device's zone is another; the text is written here, with `{zone}`
/// for the device's.
#[component]
pub fn ZoneNote(zone: String) -> impl IntoView {
    view! {
        <p class="zone-note">{format!("Times are in the clinic's time zone ({zone}).")}</p>
        <p class="zone-warning" role="note" hidden=true data-clinic-zone=zone
            data-device-note="Your device is set to {zone}. The times here are the clinic's local times.">
        </p>
    }
}

/// The picker. `day_href(from, date)` is the address of a day; `time_form` renders the form
/// that takes a time.
#[component]
pub fn SlotPickerView<D, F, V>(
    picker: SlotPicker,
    zone: String,
    day_href: D,
    time_form: F,
) -> impl IntoView
where
    D: Fn(chrono::NaiveDate, chrono::NaiveDate) -> String + 'static,
    F: Fn(TimeChoice) -> V + 'static,
    V: IntoView + 'static,
{
    let from = picker.days.first().map(|d| d.date).unwrap_or(picker.date);
    let chosen = picker.date;
    let days = picker
        .days
        .iter()
        .map(|day| {
            let label = day.date.format("%a").to_string();
            let number = day.date.format("%-d %b").to_string();
            let count = match day.free {
                0 => "full".to_string(),
                1 => "1 time".to_string(),
                n => format!("{n} times"),
            };
            let current = day.date == chosen;
            let class = match (current, day.free) {
                (true, _) => "day-choice day-chosen",
                (false, 0) => "day-choice day-full",
                _ => "day-choice",
            };
            view! {
                <li>
                    <a href=day_href(from, day.date) class=class
                        aria-current=current.then_some("date")>
                        <span class="day-name">{label}</span>
                        <span class="day-number">{number}</span>
                        <span class="day-count">{count}</span>
                    </a>
                </li>
            }
        })
        .collect_view();
    let earlier = picker.earlier.map(|d| {
        view! { <a href=day_href(d, d) class="button button-small" rel="prev">"‹ Earlier"</a> }
    });
    let later = picker.later.map(|d| {
        view! { <a href=day_href(d, d) class="button button-small" rel="next">"Later ›"</a> }
    });
    let heading = chosen.format("%A %-d %B").to_string();
    let times = if picker.times.is_empty() {
        view! {
            <p class="empty-state">"No free time on this day. Choose another day above, or look later."</p>
        }
        .into_any()
    } else {
        let items =
            picker.times.into_iter().map(|t| view! { <li>{time_form(t)}</li> }).collect_view();
        view! { <ul class="time-grid" aria-label=format!("Free times on {heading}")>{items}</ul> }
            .into_any()
    };
    view! {
        <section class="slot-picker" aria-labelledby="picker-days">
            <h2 id="picker-days">"Choose a day"</h2>
            <ZoneNote zone />
            <ul class="day-strip">{days}</ul>
            <div class="day-strip-steps">{earlier}{later}</div>
            <h2>{format!("Free times on {heading}")}</h2>
            {times}
        </section>
    }
    .into_any()
}
