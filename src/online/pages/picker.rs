//! The slot picker: a strip of days (links) and the free times of the chosen day (one small
//! form each, so it works as plain HTML), labelled with the clinic's time zone, and a note
//! when the device's zone is another.

use leptos::prelude::*;

use crate::i18n::{Locale, Region};
use crate::online::model::{SlotPicker, TimeChoice};
use crate::t;

/// Says which zone the times are in. The page's script (`public/book.js`) fills in and shows
/// the second note when the device's zone is another; the text is written here, with `{zone}`
/// for the device's.
#[component]
pub fn ZoneNote(zone: String) -> impl IntoView {
    view! {
        <p class="zone-note">{t!("book-zone-note", zone = zone.as_str())}</p>
        <p class="zone-warning" role="note" hidden=true data-clinic-zone=zone
            data-device-note=t!("book-device-zone-note", zone = "{zone}")>
        </p>
    }
}

/// The picker. `day_href(from, date)` is the address of a day; `time_form` renders the form
/// that takes a time.
#[component]
pub fn SlotPickerView<D, F, V>(
    picker: SlotPicker,
    zone: String,
    region: Region,
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
    let locale = Locale::here(region);
    let days = picker
        .days
        .iter()
        .map(|day| {
            let label = locale.weekday_short(day.date);
            let number = locale.day_month_short(day.date);
            let count = t!("book-day-free", count = day.free);
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
        view! { <a href=day_href(d, d) class="button button-small" rel="prev">{t!("book-earlier")}</a> }
    });
    let later = picker.later.map(|d| {
        view! { <a href=day_href(d, d) class="button button-small" rel="next">{t!("book-later")}</a> }
    });
    let heading = t!("book-free-times-on", day = locale.date_without_year(chosen));
    let times = if picker.times.is_empty() {
        view! {
            <p class="empty-state">{t!("book-no-free-time")}</p>
        }
        .into_any()
    } else {
        let items =
            picker.times.into_iter().map(|t| view! { <li>{time_form(t)}</li> }).collect_view();
        view! { <ul class="time-grid" aria-label=heading.clone()>{items}</ul> }.into_any()
    };
    view! {
        <section class="slot-picker" aria-labelledby="picker-days">
            <h2 id="picker-days">{t!("book-choose-day")}</h2>
            <ZoneNote zone />
            <ul class="day-strip">{days}</ul>
            <div class="day-strip-steps">{earlier}{later}</div>
            <h2>{heading}</h2>
            {times}
        </section>
    }
    .into_any()
}
