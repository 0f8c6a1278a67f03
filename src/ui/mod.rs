//! Shared pieces of the interface.
//!
//! Links: the router's `<A>` marks itself `aria-current="page"` whenever the address starts
//! with its path, whatever the query. It is for the main navigation and tabs. Breadcrumbs,
//! edit and pager links, and choices that differ only by their query are plain `<a>`s (the
//! router still handles their clicks), with `aria-current` set where one really is current.

pub mod form;
pub mod keys;
mod title;

pub use title::page_title;

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::{A, Redirect};

use crate::auth::api::current_user;
use crate::error::AppError;

/// What a page shows when loading its data failed: anonymous visitors go to sign-in (and come
/// back to `here` afterwards), a role without access gets the 403 page, anything else a message.
/// A record that does not exist for the caller (none with that id, or another clinic's) makes
/// the page answer 404, like an unknown address. Every page renders with `SsrMode::Async`, so
/// the status is still open when its data arrives. An out-of-order streamed page sends its
/// status with the first chunk: its 404 would depend on whether the data won the race with
/// that chunk (tried: mostly 200), unless the resource is `Resource::new_blocking`, which holds
/// the first chunk back (tried: 404 every time).
pub fn page_error(error: AppError, here: &str) -> AnyView {
    match error {
        AppError::Unauthorized => {
            let path = format!("/sign-in?next={here}");
            view! { <Redirect path /> }.into_any()
        }
        AppError::Forbidden => view! { <Forbidden /> }.into_any(),
        AppError::NotFound => view! { <RecordNotFound /> }.into_any(),
        other => {
            view! { <p class="status status-error" role="alert">{other.to_string()}</p> }.into_any()
        }
    }
}

/// Text made safe for a query string (`a b&c` is `a+b%26c`).
pub fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            b' ' => "+".to_string(),
            other => format!("%{other:02X}"),
        })
        .collect()
}

/// Sets the HTTP status of the page being rendered on the server (no effect in the browser).
pub fn set_page_status(code: u16) {
    #[cfg(feature = "ssr")]
    if let (Some(response), Ok(status)) =
        (use_context::<leptos_axum::ResponseOptions>(), http::StatusCode::from_u16(code))
    {
        response.set_status(status);
    }
    #[cfg(not(feature = "ssr"))]
    let _ = code;
}

/// A page that only says something (not found, no access): its HTTP status, a heading, one
/// sentence, and the way back home.
#[component]
pub fn MessagePage(
    status: u16,
    #[prop(into)] title: String,
    #[prop(into)] text: String,
) -> impl IntoView {
    set_page_status(status);
    view! {
        <Title text=title.clone() />
        <section class="message-page">
            <h1>{title}</h1>
            <p>{text}</p>
            <p>
                <A href="/">{crate::t!("site-go-home")}</A>
            </p>
        </section>
    }
}

/// The 403 page: signed in, but this area is not for this role.
#[component]
pub fn Forbidden() -> impl IntoView {
    view! {
        <MessagePage
            status=403
            title=crate::t!("site-forbidden")
            text=crate::t!("site-forbidden-text")
        />
    }
}

/// A record that does not exist, or that the viewer may not see (the same answer for both, so
/// a page never tells which).
#[component]
pub fn RecordNotFound() -> impl IntoView {
    view! {
        <MessagePage
            status=404
            title=crate::t!("site-record-not-found")
            text=crate::t!("site-record-not-found-text")
        />
    }
}

/// Shows `children` to signed-in staff only; anyone else goes to sign-in and comes back to
/// `here` afterwards.
#[component]
pub fn SignedInOnly(here: &'static str, children: ChildrenFn) -> impl IntoView {
    let me = Resource::new(|| (), |_| current_user());
    view! {
        <Suspense fallback=|| ()>
            {move || {
                let children = children.clone();
                Suspend::new(async move {
                    match me.await {
                        Ok(Some(_)) => children().into_any(),
                        Ok(None) => page_error(AppError::Unauthorized, here),
                        Err(error) => page_error(error, here),
                    }
                })
            }}
        </Suspense>
    }
}

/// A data table: the message of its caption (for screen readers), the messages of its column
/// headings (`""` for an action column, which gets a hidden "Action" heading), and the rows as
/// children.
#[component]
pub fn DataTable(
    caption: &'static str,
    columns: &'static [&'static str],
    children: Children,
) -> impl IntoView {
    let headings = columns
        .iter()
        .map(|column| match *column {
            "" => view! {
                <th scope="col"><span class="visually-hidden">{crate::t!("column-action")}</span></th>
            }
            .into_any(),
            key => view! { <th scope="col">{crate::t!(key)}</th> }.into_any(),
        })
        .collect_view();
    view! {
        <div class="table-wrap">
            <table class="table">
                <caption class="visually-hidden">{crate::t!(caption)}</caption>
                <thead>
                    <tr>{headings}</tr>
                </thead>
                <tbody>{children()}</tbody>
            </table>
        </div>
    }
}
