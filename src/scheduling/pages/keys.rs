//! The calendar without a mouse. Keys act when no field has the focus and no dialog is open
//! (a dialog has its own: Escape closes it). Every key moves through links the page already
//! has, so what a key does is what following that link does, and Tab still reaches it all:
//!
//! - `j` / `k`: the next / previous day (week, in the week view); `t`: today;
//! - `l`: the next layout; `g`: the date field, to jump to a date;
//! - `n`: the first column's "Book" link; Enter opens the booking dialog there;
//! - `a` / `A`: the next / previous appointment; Enter opens it;
//! - on a column's link or appointment, ← / → move to the neighbouring column, ↓ / ↑ through
//!   the column's appointments.
//!
//! The `?` overlay (`crate::ui::keys`) lists them.

use leptos::prelude::*;

/// Where the period keys go (read by the browser's listener only).
#[derive(Clone)]
#[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
pub struct CalendarKeyTargets {
    pub previous: String,
    pub next: String,
    pub today: String,
    pub next_layout: String,
}

/// Listens for the calendar's keys while the calendar is shown.
#[component]
pub fn CalendarKeys(targets: CalendarKeyTargets) -> impl IntoView {
    #[cfg(feature = "hydrate")]
    browser::listen(targets);
    #[cfg(not(feature = "hydrate"))]
    let _ = targets;
}

#[cfg(feature = "hydrate")]
mod browser {
    use leptos_router::hooks::{use_navigate, use_query_map};
    use wasm_bindgen::JsCast;
    use web_sys::{Element, HtmlElement};

    use super::*;
    use crate::ui::keys::typing_in_a_field;

    pub fn listen(targets: CalendarKeyTargets) {
        let navigate = use_navigate();
        let query = use_query_map();
        let handle = window_event_listener(leptos::ev::keydown, move |ev| {
            if ev.ctrl_key() || ev.meta_key() || ev.alt_key() || typing_in_a_field(&ev) {
                return;
            }
            let dialog_open = query.with_untracked(|q| {
                q.get("appointment").is_some() || q.get("book").is_some_and(|b| !b.is_empty())
            });
            if dialog_open {
                return;
            }
            let go = |href: &str| navigate(href, Default::default());
            let handled = match ev.key().as_str() {
                "j" => {
                    go(&targets.next);
                    true
                }
                "k" => {
                    go(&targets.previous);
                    true
                }
                "t" => {
                    go(&targets.today);
                    true
                }
                "l" => {
                    go(&targets.next_layout);
                    true
                }
                "g" => focus_first("#calendar-date"),
                "n" => focus_first(".cal-column .cal-book"),
                "a" => step_through(".cal-grid .cal-appt", 1),
                "A" => step_through(".cal-grid .cal-appt", -1),
                "ArrowRight" => across_columns(1),
                "ArrowLeft" => across_columns(-1),
                "ArrowDown" => within_column(1),
                "ArrowUp" => within_column(-1),
                _ => false,
            };
            if handled {
                ev.prevent_default();
            }
        });
        on_cleanup(move || handle.remove());
    }

    fn all(selector: &str) -> Vec<HtmlElement> {
        let Ok(found) = document().query_selector_all(selector) else { return Vec::new() };
        (0..found.length())
            .filter_map(|i| found.item(i))
            .filter_map(|node| node.dyn_into::<HtmlElement>().ok())
            .collect()
    }

    fn focus_first(selector: &str) -> bool {
        all(selector).first().is_some_and(|element| element.focus().is_ok())
    }

    fn focused() -> Option<Element> {
        document().active_element()
    }

    /// The next (or previous) of `selector` after the focused element, the first (last) when
    /// the focus is elsewhere.
    fn step_through(selector: &str, by: i32) -> bool {
        let items = all(selector);
        if items.is_empty() {
            return false;
        }
        let current = focused()
            .and_then(|f| items.iter().position(|item| item.is_same_node(Some(f.as_ref()))));
        let next = match (current, by > 0) {
            (Some(i), true) => (i + 1).min(items.len() - 1),
            (Some(i), false) => i.saturating_sub(1),
            (None, true) => 0,
            (None, false) => items.len() - 1,
        };
        items[next].focus().is_ok()
    }

    /// The column holding the focus, among the grid's columns.
    fn focused_column(columns: &[HtmlElement]) -> Option<usize> {
        let focus = focused()?;
        focus
            .closest(".cal-column")
            .ok()
            .flatten()
            .and_then(|column| columns.iter().position(|c| c.is_same_node(Some(column.as_ref()))))
    }

    fn links_of(column: &HtmlElement) -> Vec<HtmlElement> {
        let Ok(found) = column.query_selector_all(".cal-book, .cal-appt") else {
            return Vec::new();
        };
        (0..found.length())
            .filter_map(|i| found.item(i))
            .filter_map(|node| node.dyn_into::<HtmlElement>().ok())
            .collect()
    }

    fn across_columns(by: i32) -> bool {
        let columns = all(".cal-grid .cal-column");
        let Some(at) = focused_column(&columns) else { return false };
        let target = at as i32 + by;
        if target < 0 || target as usize >= columns.len() {
            return true;
        }
        links_of(&columns[target as usize]).first().is_some_and(|link| link.focus().is_ok())
    }

    fn within_column(by: i32) -> bool {
        let columns = all(".cal-grid .cal-column");
        let Some(at) = focused_column(&columns) else { return false };
        let links = links_of(&columns[at]);
        let Some(focus) = focused() else { return false };
        let Some(i) = links.iter().position(|l| l.is_same_node(Some(focus.as_ref()))) else {
            return false;
        };
        let next = (i as i32 + by).clamp(0, links.len() as i32 - 1) as usize;
        links[next].focus().is_ok()
    }
}
