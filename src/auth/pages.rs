use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

use super::api::{
    AcceptInvitation, ChangePassword, RevokeOtherSessions, RevokeSession, SignIn, SignOut,
    list_sessions,
};
use super::model::{DeviceSession, SignedInUser};
use crate::domain::password::MIN_CHARS;
use crate::domain::{NewPassword, PasswordStrength};
use crate::t;
use crate::ui::{DataTable, SignedInOnly, page_error};

#[component]
pub fn SignInPage() -> impl IntoView {
    let action = ServerAction::<SignIn>::new();
    let query = use_query_map();
    let next = move || query.read().get("next").unwrap_or_default();
    let error = move || action.value().get().and_then(Result::err);
    let general =
        move || error().filter(|e| e.field("email").is_none() && e.field("password").is_none());
    // What was typed comes back after a refusal (never the password).
    let typed_email = action
        .value()
        .get_untracked()
        .and_then(Result::err)
        .and_then(|e| e.typed("email"))
        .unwrap_or_default();

    view! {
        <Title text=t!("site-sign-in") />
        <section class="card auth-card">
            <h1>{t!("site-sign-in")}</h1>
            <p>{t!("auth-sign-in-intro")}</p>
            {move || general().map(|e| view! { <p class="status status-error" role="alert">{e.to_string()}</p> })}
            <ActionForm action=action attr:class="form">
                <input type="hidden" name="next" value=next />
                <div class="field">
                    <label for="email">{t!("auth-email")}</label>
                    <input id="email" name="email" type="email" autocomplete="username" required
                        value=typed_email aria-describedby="email-error" />
                    <p id="email-error" class="field-error">{move || error().and_then(|e| e.field("email"))}</p>
                </div>
                <div class="field">
                    <label for="password">{t!("auth-password")}</label>
                    <input id="password" name="password" type="password" autocomplete="current-password"
                        required aria-describedby="password-error" />
                    <p id="password-error" class="field-error">{move || error().and_then(|e| e.field("password"))}</p>
                </div>
                <button type="submit" class="button" disabled=move || action.pending().get()>
                    {t!("site-sign-in")}
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
            <span class="account-role">{t!(user.role.message_key())}</span>
            <A href="/account/language" attr:class="account-language">{crate::i18n::current().name()}</A>
            <ActionForm action=sign_out attr:class="inline-form">
                <button type="submit" class="button button-quiet">{t!("auth-sign-out")}</button>
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
            Ok(0) => view! { <p class="status" role="status">{t!("account-sessions-none-other")}</p> }.into_any(),
            Ok(n) => view! { <p class="status status-ok" role="status">{t!("account-sessions-signed-out-others", count = n)}</p> }.into_any(),
            Err(e) => view! { <p class="status status-error" role="alert">{e.to_string()}</p> }.into_any(),
        })
    };

    view! {
        <Title text=t!("account-sessions-title") />
        <h1>{t!("account-sessions-title")}</h1>
        <p>{t!("account-sessions-intro")}" "<A href="/account/password">{t!("account-sessions-change-password")}</A></p>
        <Suspense fallback=|| view! { <p class="loading">{t!("account-sessions-loading")}</p> }>
            {move || Suspend::new(async move {
                match sessions.await {
                    Err(error) => page_error(error, "/account/sessions"),
                    Ok(list) => view! { <SessionTable list revoke /> }.into_any(),
                }
            })}
        </Suspense>
        <ActionForm action=revoke_others attr:class="form-actions">
            <button type="submit" class="button">{t!("account-sessions-sign-out-others")}</button>
        </ActionForm>
        {others_result}
    }
}

#[component]
fn SessionTable(list: Vec<DeviceSession>, revoke: ServerAction<RevokeSession>) -> impl IntoView {
    let rows = list
        .into_iter()
        .map(|session| {
            let label = t!("account-sessions-end-label", device = session.device.clone());
            view! {
                <tr>
                    <td>{session.device.clone()}</td>
                    <td>{session.ip.clone().unwrap_or_else(|| t!("account-sessions-ip-unknown"))}</td>
                    <td>{session.signed_in_at.clone()}</td>
                    <td>{session.last_seen_at.clone()}</td>
                    <td>
                        {if session.current {
                            view! { <span class="badge">{t!("account-sessions-this-device")}</span> }.into_any()
                        } else {
                            view! {
                                <ActionForm action=revoke attr:class="inline-form">
                                    <input type="hidden" name="id" value=session.id.clone() />
                                    <button type="submit" class="button button-small" aria-label=label>{t!("account-sessions-end")}</button>
                                </ActionForm>
                            }.into_any()
                        }}
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <DataTable caption="table-your-signed-in-sessions" columns=&["column-device", "column-ip-address", "column-signed-in", "column-last-seen", ""]>
            {rows}
        </DataTable>
    }
}

/// Change password: the current one, then the new one twice. While typing (once hydrated) a
/// strength hint and the policy's objections show at once; the server checks again, including
/// the common-password list.
#[component]
pub fn ChangePasswordPage() -> impl IntoView {
    let action = ServerAction::<ChangePassword>::new();
    let typed = RwSignal::new(String::new());
    let error = move || action.value().get().and_then(Result::err);
    let field = move |name: &'static str| move || error().and_then(|e| e.field(name));
    let general = move || {
        error().filter(|e| {
            ["current_password", "new_password", "confirm_password"]
                .iter()
                .all(|f| e.field(f).is_none())
        })
    };
    let done = move || matches!(action.value().get(), Some(Ok(())));
    let hint = move || {
        let candidate = typed.get();
        if candidate.is_empty() {
            return String::new();
        }
        // The name and email are checked on the server; here, length and commonness of shape.
        match NewPassword::parse(&candidate, "", "") {
            Err(problem) => problem,
            Ok(_) => t!(
                "account-password-strength",
                strength = PasswordStrength::estimate(&candidate).label()
            ),
        }
    };

    view! {
        <Title text=t!("account-password-title") />
        <SignedInOnly here="/account/password">
        <section class="card auth-card">
            <h1>{t!("account-password-title")}</h1>
            <p>{t!("account-password-intro", min = MIN_CHARS)}</p>
            {move || done().then(|| view! { <p class="status status-ok" role="status">{t!("account-password-changed")}</p> })}
            {move || general().map(|e| page_error(e, "/account/password"))}
            <ActionForm action=action attr:class="form">
                <div class="field">
                    <label for="current_password">{t!("account-password-current")}</label>
                    <input id="current_password" name="current_password" type="password"
                        autocomplete="current-password" required aria-describedby="current-error" />
                    <p id="current-error" class="field-error">{field("current_password")}</p>
                </div>
                <div class="field">
                    <label for="new_password">{t!("account-password-new")}</label>
                    <input id="new_password" name="new_password" type="password" autocomplete="new-password"
                        required minlength="12" maxlength="128" aria-describedby="new-hint new-error"
                        on:input=move |ev| typed.set(event_target_value(&ev)) />
                    <p id="new-hint" class="field-hint" aria-live="polite">{hint}</p>
                    <p id="new-error" class="field-error">{field("new_password")}</p>
                </div>
                <div class="field">
                    <label for="confirm_password">{t!("account-password-again")}</label>
                    <input id="confirm_password" name="confirm_password" type="password"
                        autocomplete="new-password" required aria-describedby="confirm-error" />
                    <p id="confirm-error" class="field-error">{field("confirm_password")}</p>
                </div>
                <button type="submit" class="button" disabled=move || action.pending().get()>
                    {t!("account-password-title")}
                </button>
            </ActionForm>
        </section>
        </SignedInOnly>
    }
}

/// `/welcome?token=…`: a new staff member, arriving from their invitation link, chooses the
/// password of their account.
#[component]
pub fn WelcomePage() -> impl IntoView {
    let action = ServerAction::<AcceptInvitation>::new();
    let query = use_query_map();
    let token = move || query.read().get("token").unwrap_or_default();
    let error = move || action.value().get().and_then(Result::err);
    let field = move |name: &'static str| move || error().and_then(|e| e.field(name));
    let general = move || {
        error()
            .filter(|e| e.field("new_password").is_none() && e.field("confirm_password").is_none())
    };
    let done = move || matches!(action.value().get(), Some(Ok(())));
    view! {
        <Title text=t!("account-welcome-title") />
        <section class="card auth-card">
            <h1>{t!("account-welcome-heading")}</h1>
            {move || if done() {
                view! {
                    <p class="status status-ok" role="status">{t!("account-welcome-set")}</p>
                    <p><A href="/sign-in" attr:class="button">{t!("site-sign-in")}</A></p>
                }.into_any()
            } else {
                view! {
                    <p>{t!("account-welcome-intro", min = MIN_CHARS)}</p>
                    {move || general().map(|e| view! { <p class="status status-error" role="alert">{e.to_string()}</p> })}
                    <ActionForm action=action attr:class="form">
                        <input type="hidden" name="token" value=token />
                        <div class="field">
                            <label for="new_password">{t!("account-welcome-password")}</label>
                            <input id="new_password" name="new_password" type="password" autocomplete="new-password"
                                required minlength="12" maxlength="128" aria-describedby="new-error" />
                            <p id="new-error" class="field-error">{field("new_password")}</p>
                        </div>
                        <div class="field">
                            <label for="confirm_password">{t!("account-welcome-again")}</label>
                            <input id="confirm_password" name="confirm_password" type="password"
                                autocomplete="new-password" required aria-describedby="confirm-error" />
                            <p id="confirm-error" class="field-error">{field("confirm_password")}</p>
                        </div>
                        <button type="submit" class="button" disabled=move || action.pending().get()>
                            {t!("account-welcome-submit")}
                        </button>
                    </ActionForm>
                }.into_any()
            }}
        </section>
    }
}
