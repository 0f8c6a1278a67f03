//! `/my-day/calendar-feed`: the signed-in person's providers' calendar feeds, each turned on
//! (showing its address once, to paste into a calendar app) or off.

use leptos::prelude::*;
use leptos_meta::Title;

use super::api::{TurnOffCalendarFeed, TurnOnCalendarFeed, my_calendar_feeds};
use super::model::ProviderFeed;
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
        <Title text="Calendar feed" />
        <p class="breadcrumb"><a href="/my-day">"My day"</a>" › Calendar feed"</p>
        <h1>"Your appointments in your own calendar"</h1>
        <p class="lead">"Turn on a feed and subscribe to its address in Google Calendar, Apple Calendar or Outlook: your appointments from 30 days back to 180 days ahead appear there and follow every change (calendar apps check every few hours). Patients show by initials only, unless the clinic decides otherwise."</p>
        <Transition fallback=|| view! { <p class="loading">"Loading…"</p> }>
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
            <p class="empty-state">"Your account is not linked to a provider, so there is no schedule to put in a calendar. An administrator links accounts to providers on the clinic's set-up pages."</p>
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
                    <p>"The feed is on. Copy this address into your calendar app now (“Subscribe to calendar”, “From URL”): it is shown only this once."</p>
                    <label for="feed-address">"Feed address"</label>
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
                (None, _) => "Off".to_string(),
                (Some(since), None) => format!("On since {since}; no calendar has fetched it yet"),
                (Some(since), Some(last)) => format!("On since {since}; last fetched {last}"),
            };
            let on_label = if feed.since.is_some() { "New address…" } else { "Turn on" };
            let off = feed.since.is_some().then(|| {
                let id = id.clone();
                view! {
                    <details class="confirm">
                        <summary class="button button-small">"Turn off…"</summary>
                        <ActionForm action=turn_off attr:class="confirm-body">
                            <p>"Turn the feed off? Calendars subscribed to it stop getting your appointments."</p>
                            <input type="hidden" name="provider_id" value=id />
                            <button type="submit" class="button button-small button-danger">"Turn off"</button>
                        </ActionForm>
                    </details>
                }
            });
            let replace_note = feed
                .since
                .is_some()
                .then(|| view! { <p class="hint">"A new address replaces the old one, which stops working."</p> });
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
                <caption class="visually-hidden">"Your calendar feeds"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Provider"</th>
                        <th scope="col">"Feed"</th>
                        <th scope="col"><span class="visually-hidden">"Actions"</span></th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}
