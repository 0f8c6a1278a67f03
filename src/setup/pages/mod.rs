//! The set-up pages: one per kind of record, under `/setup/{clinic}`, with a shared heading and
//! tabs. Staff without the right to change the set-up see it read-only.

mod cancel_reasons;
mod chairs;
mod clinic;
mod hours;
mod providers;
mod time_off;
mod types;

pub use cancel_reasons::CancelReasonsPage;
pub use chairs::ChairsPage;
pub use clinic::ClinicPage;
pub use hours::HoursPage;
pub use providers::ProvidersPage;
pub use time_off::TimeOffPage;
pub use types::TypesPage;

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::{use_location, use_params_map, use_query_map};

use super::clinic::my_clinics;
use super::model::ClinicRef;
use crate::t;
use crate::ui::page_error;

/// The sections of a clinic's set-up, in tab order: (path under the clinic, label's message).
const SECTIONS: [(&str, &str); 10] = [
    ("", "setup-section-clinic"),
    ("/chairs", "setup-section-chairs"),
    ("/providers", "setup-section-providers"),
    ("/time-off", "setup-section-time-off"),
    ("/types", "setup-section-types"),
    ("/cancel-reasons", "setup-section-cancel-reasons"),
    ("/notes", "setup-section-notes"),
    ("/emails", "setup-section-emails"),
    ("/webhooks", "setup-section-webhooks"),
    ("/api", "setup-section-api"),
];

/// The clinic slug in the address (`/setup/{clinic}/…`).
pub(crate) fn clinic_param() -> Memo<String> {
    let params = use_params_map();
    Memo::new(move |_| params.read().get("clinic").unwrap_or_default())
}

/// A number in the query string (`?edit=3`).
pub(super) fn query_id(name: &'static str) -> Memo<Option<i64>> {
    let query = use_query_map();
    Memo::new(move |_| query.read().get(name).and_then(|v| v.parse().ok()))
}

/// The current path, for sending an anonymous visitor back here after sign-in.
pub(crate) fn here() -> String {
    use_location().pathname.get_untracked()
}

/// The heading, tabs and read-only notice around a set-up section.
#[component]
pub(crate) fn SetupFrame(
    clinic: ClinicRef,
    can_edit: bool,
    #[prop(into)] title: String,
    children: Children,
) -> impl IntoView {
    let tabs = SECTIONS
        .iter()
        // Email templates, webhooks and API keys are an admin's alone.
        .filter(|(path, _)| can_edit || !matches!(*path, "/emails" | "/webhooks" | "/api"))
        .map(|(path, label)| {
            let href = format!("/setup/{}{path}", clinic.slug);
            // The clinic tab is current only on its own page; the others also on pages below.
            view! { <li><A href=href exact=path.is_empty()>{t!(label)}</A></li> }
        })
        .collect_view();
    let page_title = format!("{title} · {}", clinic.name);
    view! {
        <Title text=page_title />
        <p class="breadcrumb"><a href="/setup">{t!("setup-title")}</a>" › "{clinic.name.clone()}</p>
        <h1>{title}</h1>
        <nav class="tabs" aria-label=t!("setup-sections")>
            <ul>{tabs}</ul>
        </nav>
        {(!can_edit).then(|| view! {
            <p class="status" role="note">{t!("setup-read-only")}</p>
        })}
        {children()}
    }
}

/// `/setup`: the clinics of the signed-in person, each leading to its set-up.
#[component]
pub fn SetupHomePage() -> impl IntoView {
    let clinics = Resource::new(|| (), |_| my_clinics());
    view! {
        <Title text=t!("setup-title") />
        <h1>{t!("setup-title")}</h1>
        <p>{t!("setup-home-intro")}</p>
        <Suspense fallback=|| view! { <p>{t!("setup-home-loading")}</p> }>
            {move || Suspend::new(async move {
                match clinics.await {
                    Err(error) => page_error(error, "/setup"),
                    Ok(list) if list.is_empty() => view! {
                        <p>{t!("setup-home-no-clinics")}</p>
                    }.into_any(),
                    Ok(list) => view! {
                        <ul class="cards clinic-list">
                            {list.into_iter().map(|clinic| view! {
                                <li class="card">
                                    <h2><A href=format!("/setup/{}", clinic.slug)>{clinic.name}</A></h2>
                                    <p>{clinic.time_zone}</p>
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// A colour sample beside a name. Drawn in SVG: the page's Content-Security-Policy allows no
/// inline style attributes, and an SVG fill is not one.
#[component]
pub(super) fn Swatch(colour: String) -> impl IntoView {
    view! {
        <svg class="swatch" viewBox="0 0 10 10" aria-hidden="true">
            <circle cx="5" cy="5" r="4.5" fill=colour />
        </svg>
    }
}

/// "Active" or "Inactive" for a status column.
pub(super) fn status_badge(active: bool) -> impl IntoView {
    if active {
        view! { <span class="badge">{t!("setup-active")}</span> }.into_any()
    } else {
        view! { <span class="badge badge-muted">{t!("setup-inactive")}</span> }.into_any()
    }
}

/// The deactivate (behind a confirmation step) or reactivate control of a row, posting
/// `clinic`, `id` and the new `active` to `$action` (a set-active server action).
macro_rules! active_toggle {
    ($action:expr, $clinic:expr, $id:expr, $active:expr, $question:expr) => {{
        let (clinic, id) = ($clinic.to_string(), $id.to_string());
        if $active {
            view! {
                <details class="confirm">
                    <summary class="button button-small">{crate::t!("setup-deactivate-more")}</summary>
                    <ActionForm action=$action attr:class="confirm-body">
                        <p>{$question}</p>
                        <input type="hidden" name="clinic" value=clinic />
                        <input type="hidden" name="id" value=id />
                        <input type="hidden" name="active" value="false" />
                        <button type="submit" class="button button-small button-danger">{crate::t!("setup-deactivate")}</button>
                    </ActionForm>
                </details>
            }
            .into_any()
        } else {
            view! {
                <ActionForm action=$action attr:class="inline-form">
                    <input type="hidden" name="clinic" value=clinic />
                    <input type="hidden" name="id" value=id />
                    <input type="hidden" name="active" value="true" />
                    <button type="submit" class="button button-small">{crate::t!("setup-reactivate")}</button>
                </ActionForm>
            }
            .into_any()
        }
    }};
}
pub(super) use active_toggle;
