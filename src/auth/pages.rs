use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::api::{SignIn, SignOut};
use super::model::SignedInUser;

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
                <input type="hidden" name="next" prop:value=next />
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
            <span class="account-name">{user.display_name}</span>
            <span class="account-role">{user.role.label()}</span>
            <ActionForm action=sign_out attr:class="inline-form">
                <button type="submit" class="button button-quiet">"Sign out"</button>
            </ActionForm>
        </div>
    }
}
