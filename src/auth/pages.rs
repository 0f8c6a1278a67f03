use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

use super::api::{RevokeOtherSessions, RevokeSession, SignIn, SignOut, list_sessions};
use super::model::{DeviceSession, SignedInUser};
use crate::ui::page_error;

#[component]
pub fn SignInPage() -> impl IntoView {
    let action = ServerAction::<SignIn>::new();
    let query = use_query_map();
    let next = move || query.read().get("next").unwrap_or_default();
    let error = move || action.value().get().and_then(Result::err);
    let general =
        move || error().filter(|e| e.field("email").is_none() && e.field("password").is_none());

    view! {
        <Title text="Sign in" />
        <section class="card auth-card">
            <h1>"Sign in"</h1>
            <p>"Staff of the practice sign in with their work email address."</p>
            {move || general().map(|e| view! { <p class="status status-error" role="alert">{e.to_string()}</p> })}
            <ActionForm action=action attr:class="form">
                <input type="hidden" name="next" value=next />
                <div class="field">
                    <label for="email">"Email address"</label>
                    <input id="email" name="email" type="email" autocomplete="username" required
                        aria-describedby="email-error" />
                    <p id="email-error" class="field-error">{move || error().and_then(|e| e.field("email"))}</p>
                </div>
                <div class="field">
                    <label for="password">"Password"</label>
                    <input id="password" name="password" type="password" autocomplete="current-password"
                        required aria-describedby="password-error" />
                    <p id="password-error" class="field-error">{move || error().and_then(|e| e.field("password"))}</p>
                </div>
                <button type="submit" class="button" disabled=move || action.pending().get()>
                    "Sign in"
                </button>
            </ActionForm>
        </section>
    }
}

/// The signed-in person and the sign-out button, for the header.
#[component]
pub fn AccountMenu(user: SignedInUser) -> impl IntoView {
    let sign_out = ServerAction::<SignOut>::new();
    view! {
        <div class="account">
            <A href="/account/sessions" attr:class="account-name">{user.display_name}</A>
            <span class="account-role">{user.role.label()}</span>
            <ActionForm action=sign_out attr:class="inline-form">
                <button type="submit" class="button button-quiet">"Sign out"</button>
            </ActionForm>
        </div>
    }
}

/// "Your sessions": every device where the signed-in person is signed in, with a way to end
/// any of them, or all but this one.
#[component]
pub fn SessionsPage() -> impl IntoView {
    let revoke = ServerAction::<RevokeSession>::new();
    let revoke_others = ServerAction::<RevokeOtherSessions>::new();
    let sessions = Resource::new(
        move || (revoke.version().get(), revoke_others.version().get()),
        |_| list_sessions(),
    );
    let others_result = move || {
        revoke_others.value().get().map(|result| match result {
            Ok(0) => view! { <p class="status" role="status">"There were no other sessions."</p> }.into_any(),
            Ok(n) => view! { <p class="status status-ok" role="status">{format!("Signed out of {n} other session{}.", if n == 1 { "" } else { "s" })}</p> }.into_any(),
            Err(e) => view! { <p class="status status-error" role="alert">{e.to_string()}</p> }.into_any(),
        })
    };

    view! {
        <Title text="Your sessions" />
        <h1>"Your sessions"</h1>
        <p>"Everywhere you are signed in. If you do not recognise a session, end it and change your password."</p>
        <Suspense fallback=|| view! { <p>"Loading your sessions…"</p> }>
            {move || Suspend::new(async move {
                match sessions.await {
                    Err(error) => page_error(error, "/account/sessions"),
                    Ok(list) => view! { <SessionTable list revoke /> }.into_any(),
                }
            })}
        </Suspense>
        <ActionForm action=revoke_others attr:class="form-actions">
            <button type="submit" class="button">"Sign out all other sessions"</button>
        </ActionForm>
        {others_result}
    }
}

#[component]
fn SessionTable(list: Vec<DeviceSession>, revoke: ServerAction<RevokeSession>) -> impl IntoView {
    let rows = list
        .into_iter()
        .map(|session| {
            let label = format!("End the session on {}", session.device);
            view! {
                <tr>
                    <td>{session.device.clone()}</td>
                    <td>{session.ip.clone().unwrap_or_else(|| "unknown".into())}</td>
                    <td>{session.signed_in_at.clone()}</td>
                    <td>{session.last_seen_at.clone()}</td>
                    <td>
                        {if session.current {
                            view! { <span class="badge">"This device"</span> }.into_any()
                        } else {
                            view! {
                                <ActionForm action=revoke attr:class="inline-form">
                                    <input type="hidden" name="id" value=session.id.clone() />
                                    <button type="submit" class="button button-small" aria-label=label>"End"</button>
                                </ActionForm>
                            }.into_any()
                        }}
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-wrap">
            <table class="table">
                <caption class="visually-hidden">"Your signed-in sessions"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Device"</th>
                        <th scope="col">"IP address"</th>
                        <th scope="col">"Signed in"</th>
                        <th scope="col">"Last seen"</th>
                        <th scope="col"><span class="visually-hidden">"Action"</span></th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
