//! `/my-day/calendar-feed`: the signed-in person's providers' calendar feeds, each turned on
//! (showing its address once, to paste into a calendar app) or off.

use leptos::prelude::*;
use leptos_meta::Title;

use super::api::{TurnOffCalendarFeed, TurnOnCalendarFeed, my_calendar_feeds};
use super::model::ProviderFeed;
use crate::t;
use crate::ui::form::{FormFeedback, FormProblem};
use crate::ui::page_error;

#[component]
pub fn CalendarFeedPage() -> impl IntoView {
    let turn_on = ServerAction::<TurnOnCalendarFeed>::new();
    let turn_off = ServerAction::<TurnOffCalendarFeed>::new();
    let data = Resource::new(
        move || (turn_on.version().get(), turn_off.version().get()),
        |_| my_calendar_feeds(),
    );
    view! {
        <Title text=t!("admin-feeds-title") />
        <p class="breadcrumb"><a href="/my-day">{t!("admin-feeds-my-day")}</a>" › "{t!("admin-feeds-title")}</p>
        <h1>{t!("admin-feeds-heading")}</h1>
        <p class="lead">{t!("admin-feeds-lead")}</p>
        <Transition fallback=|| view! { <p class="loading">{t!("admin-feeds-loading")}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Err(error) => page_error(error, "/my-day/calendar-feed"),
                    Ok(feeds) => view! { <Feeds feeds turn_on turn_off /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn Feeds(
    feeds: Vec<ProviderFeed>,
    turn_on: ServerAction<TurnOnCalendarFeed>,
    turn_off: ServerAction<TurnOffCalendarFeed>,
) -> impl IntoView {
    if feeds.is_empty() {
        return view! {
            <p class="empty-state">{t!("admin-feeds-no-provider")}</p>
        }
        .into_any();
    }
    let on_feedback = FormFeedback::provide(turn_on);
    let off_feedback = FormFeedback::provide(turn_off);
    // The address, once: right after turning the feed on (it is not kept anywhere readable).
    let address = move || {
        turn_on.value().get().and_then(Result::ok).map(|address| {
            view! {
                <div class="status status-ok" role="status">
                    <p>{t!("admin-feeds-on-now")}</p>
                    <label for="feed-address">{t!("admin-feeds-address")}</label>
                    <input id="feed-address" type="text" readonly value=address />
                </div>
            }
        })
    };
    let rows = feeds
        .into_iter()
        .map(|feed| {
            let id = feed.provider_id.to_string();
            let state = match (&feed.since, &feed.last_fetched) {
                (None, _) => t!("admin-feeds-off"),
                (Some(since), None) => t!("admin-feeds-on-unfetched", since = since.as_str()),
                (Some(since), Some(last)) => {
                    t!("admin-feeds-on-fetched", since = since.as_str(), last = last.as_str())
                }
            };
            let on_label = if feed.since.is_some() {
                t!("admin-feeds-new-address")
            } else {
                t!("admin-feeds-turn-on")
            };
            let off = feed.since.is_some().then(|| {
                let id = id.clone();
                view! {
                    <details class="confirm">
                        <summary class="button button-small">{t!("admin-feeds-turn-off-open")}</summary>
                        <ActionForm action=turn_off attr:class="confirm-body">
                            <p>{t!("admin-feeds-turn-off-confirm")}</p>
                            <input type="hidden" name="provider_id" value=id />
                            <button type="submit" class="button button-small button-danger">{t!("admin-feeds-turn-off")}</button>
                        </ActionForm>
                    </details>
                }
            });
            let replace_note = feed
                .since
                .is_some()
                .then(|| view! { <p class="hint">{t!("admin-feeds-replace-note")}</p> });
            view! {
                <tr>
                    <td>{format!("{} ({})", feed.provider, feed.clinic)}</td>
                    <td>{state}</td>
                    <td>
                        <ActionForm action=turn_on attr:class="inline-form">
                            <input type="hidden" name="provider_id" value=id.clone() />
                            <button type="submit" class="button button-small button-primary">{on_label}</button>
                        </ActionForm>
                        {replace_note}
                        {off}
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        {address}
        <FormProblem feedback=on_feedback keys=&[] />
        <FormProblem feedback=off_feedback keys=&[] />
        <div class="table-wrap">
            <table class="table">
                <caption class="visually-hidden">{t!("admin-feeds-caption")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t!("admin-feeds-col-provider")}</th>
                        <th scope="col">{t!("admin-feeds-col-feed")}</th>
                        <th scope="col"><span class="visually-hidden">{t!("admin-feeds-col-actions")}</span></th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}
