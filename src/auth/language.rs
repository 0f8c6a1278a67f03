//! `/account/language`: the language a staff member reads Chairside in. Their choice is kept
//! on their account (and in this browser's language cookie, set again at each sign-in); with
//! none, the browser's own language is used.

use leptos::prelude::*;
use leptos_meta::Title;
use serde::{Deserialize, Serialize};

use crate::error::AppError;
use crate::i18n::Language;
use crate::t;
use crate::ui::{SignedInOnly, page_error};

/// The caller's choice, and what they may choose from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LanguageChoice {
    /// `None`: the browser's language.
    pub chosen: Option<Language>,
    /// The languages complete enough for every staff page.
    pub offered: Vec<Language>,
}

#[server(endpoint = "account/language")]
pub async fn my_language() -> Result<LanguageChoice, AppError> {
    ssr::mine().await.map_err(AppError::with_http_status)
}

/// Keeps `language` (a tag; empty: the browser's) on the caller's account, then reloads the
/// page so that it is drawn in it.
#[server(endpoint = "account/language/choose")]
pub async fn choose_language(#[server(default)] language: String) -> Result<(), AppError> {
    ssr::choose(language).await.map_err(AppError::with_http_status)
}

#[cfg(feature = "ssr")]
pub mod ssr {
    use serde_json::json;
    use sqlx::PgConnection;

    use super::LanguageChoice;
    use crate::audit::store::{self as audit, AuditEntry, Outcome};
    use crate::auth::authorize::require;
    use crate::auth::session;
    use crate::domain::Permission;
    use crate::error::AppError;
    use crate::i18n::Language;
    use crate::server::state::app_state;

    fn offered() -> Vec<Language> {
        Language::all().filter(|language| language.is_complete()).collect()
    }

    /// The language kept on staff member `staff_id`'s account.
    pub async fn chosen(
        conn: &mut PgConnection,
        staff_id: i64,
    ) -> Result<Option<Language>, AppError> {
        let tag: Option<String> = sqlx::query_scalar("SELECT language FROM staff WHERE id = $1")
            .bind(staff_id)
            .fetch_one(conn)
            .await?;
        Ok(tag.as_deref().and_then(Language::parse))
    }

    pub async fn mine() -> Result<LanguageChoice, AppError> {
        let actor = require(Permission::ManageOwnAccount).await?;
        let mut conn = app_state()?.pool.acquire().await?;
        Ok(LanguageChoice { chosen: chosen(&mut conn, actor.staff_id).await?, offered: offered() })
    }

    pub async fn choose(tag: String) -> Result<(), AppError> {
        let actor = require(Permission::ManageOwnAccount).await?;
        let language = match tag.trim() {
            "" => None,
            tag => Some(
                Language::parse(tag)
                    .filter(|language| offered().contains(language))
                    .ok_or_else(|| AppError::invalid("language", crate::t!("field-language")))?,
            ),
        };
        let state = app_state()?;
        let mut tx = state.pool.begin().await?;
        let before = chosen(&mut tx, actor.staff_id).await?;
        sqlx::query("UPDATE staff SET language = $2 WHERE id = $1")
            .bind(actor.staff_id)
            .bind(language.map(Language::tag))
            .execute(&mut *tx)
            .await?;
        let entry = AuditEntry::new(
            "account.language_chosen",
            Outcome::Success,
            &session::request_origin(),
        )
        .actor(actor.staff_id, actor.role)
        .object("staff", actor.staff_id)
        .details(json!({
            "before": before.map(Language::tag),
            "after": language.map(Language::tag),
        }));
        audit::append(&mut tx, entry).await?;
        tx.commit().await?;
        crate::i18n::request::keep_for_this_browser(language);
        // A whole new page: the browser holds only the words of the language it was drawn in.
        leptos_axum::redirect("/account/language?saved=1");
        Ok(())
    }
}

#[component]
pub fn AccountLanguagePage() -> impl IntoView {
    let choice = Resource::new(|| (), |_| my_language());
    let saved = leptos_router::hooks::use_query_map().get_untracked().get("saved").is_some();
    view! {
        <Title text=t!("account-language-title") />
        <SignedInOnly here="/account/language">
        <section class="card auth-card">
            <h1>{t!("account-language-title")}</h1>
            {saved.then(|| view! { <p class="status status-ok" role="status">{t!("account-language-saved")}</p> })}
            <Suspense fallback=|| view! { <p class="loading">{t!("common-loading")}</p> }>
                {move || Suspend::new(async move {
                    match choice.await {
                        Err(error) => page_error(error, "/account/language"),
                        Ok(choice) => view! { <LanguageForm choice /> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
        </SignedInOnly>
    }
}

/// A plain form (not an action): the answer is a whole new page, in the new language.
#[component]
fn LanguageForm(choice: LanguageChoice) -> impl IntoView {
    let option = |value: &'static str, label: String, checked: bool| {
        let id = format!("language-{}", if value.is_empty() { "browser" } else { value });
        view! {
            <div class="field-check">
                <input id=id.clone() type="radio" name="language" value=value checked=checked />
                <label for=id>{label}</label>
            </div>
        }
    };
    let options = choice
        .offered
        .iter()
        .map(|language| {
            let label = language.name().to_string();
            option(language.tag(), label, choice.chosen == Some(*language))
        })
        .collect_view();
    view! {
        <form method="post" action="/api/account/language/choose" class="form">
            <fieldset class="field">
                <legend>{t!("account-language-legend")}</legend>
                {option("", t!("account-language-browser"), choice.chosen.is_none())}
                {options}
            </fieldset>
            <button type="submit" class="button">{t!("account-language-save")}</button>
        </form>
    }
}
