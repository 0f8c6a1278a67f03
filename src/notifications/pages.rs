//! `/notifications`: the viewer's notifications, newest first, each linked to where to act on
//! it, marked read one by one or all at once; and the kinds they choose to get. The bell in the
//! header shows how many are unread, told at once by the live stream.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

use super::api::{
    ChooseNotifications, MarkNotificationsRead, list_notifications, unread_notifications,
};
use super::model::{NotificationItem, NotificationKind, NotificationList};
use crate::live::follow::{Heard, LiveFeed};
use crate::t;
use crate::ui::page_error;

/// A counter that moves whenever the stream tells of a new notification.
fn notifications_heard() -> RwSignal<u32> {
    let heard = RwSignal::new(0u32);
    if let Some(feed) = LiveFeed::get() {
        feed.listen(move |what| {
            if matches!(what, Heard::Notification) {
                heard.update(|n| *n += 1);
            }
        });
    }
    heard
}

/// The header's link to the notifications, with the unread count. The count is asked for by
/// the browser only (a page kept by the server never carries a stale one); without JavaScript
/// the link is there, without a count.
#[component]
pub fn NotificationBell() -> impl IntoView {
    let location = use_location();
    let heard = notifications_heard();
    // Asked for by an effect (the browser's alone, outside the page's suspense): a resource
    // here would hold the server-rendered header until it resolved.
    let unread = RwSignal::new(None::<i64>);
    Effect::new(move |_| {
        location.pathname.track();
        heard.track();
        leptos::task::spawn_local(async move {
            if let Ok(count) = unread_notifications().await {
                unread.set(Some(count));
            }
        });
    });
    let count = move || unread.get().filter(|n| *n > 0);
    let label = move || match count() {
        Some(n) => t!("admin-notifications-bell-unread", count = n),
        None => t!("admin-notifications-title"),
    };
    view! {
        <A href="/notifications" attr:class="bell" attr:aria-label=label>
            <span aria-hidden="true">{t!("admin-notifications-title")}</span>
            {move || count().map(|n| view! { <span class="bell-count" aria-hidden="true">{n}</span> })}
        </A>
    }
}

#[component]
pub fn NotificationsPage() -> impl IntoView {
    let mark = ServerAction::<MarkNotificationsRead>::new();
    let choose = ServerAction::<ChooseNotifications>::new();
    let heard = notifications_heard();
    let list = Resource::new(
        move || (mark.version().get(), choose.version().get(), heard.get()),
        |_| list_notifications(),
    );
    view! {
        <Title text=t!("admin-notifications-title") />
        <h1>{t!("admin-notifications-title")}</h1>
        <Transition fallback=|| view! { <p class="loading">{t!("admin-notifications-loading")}</p> }>
            {move || Suspend::new(async move {
                match list.await {
                    Err(error) => page_error(error, "/notifications"),
                    Ok(list) => view! { <Notifications list mark choose /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn Notifications(
    list: NotificationList,
    mark: ServerAction<MarkNotificationsRead>,
    choose: ServerAction<ChooseNotifications>,
) -> impl IntoView {
    let summary = match list.unread {
        0 => t!("admin-notifications-none-unread"),
        n => t!("admin-notifications-unread", count = n),
    };
    let all_read = (list.unread > 0).then(|| {
        view! {
            <ActionForm action=mark attr:class="inline-form">
                <button type="submit" class="button button-small">{t!("admin-notifications-mark-all")}</button>
            </ActionForm>
        }
    });
    let body = if list.items.is_empty() {
        view! { <p class="hint">{t!("admin-notifications-empty")}</p> }.into_any()
    } else {
        let items =
            list.items.into_iter().map(|item| view! { <Notification item mark /> }).collect_view();
        view! { <ul class="notifications">{items}</ul> }.into_any()
    };
    let more = list.more.then(|| view! { <p class="hint">{t!("admin-notifications-more")}</p> });
    let choices = list
        .choices
        .into_iter()
        .map(|(kind, wanted)| {
            let id = format!("notify-{}", kind.as_str());
            view! {
                <div class="checkbox">
                    <input type="checkbox" id=id.clone() name="wanted[]" value=kind.as_str() checked=wanted />
                    <label for=id>{kind_label(kind)}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <p role="status">{summary}</p>
        {all_read}
        {body}
        {more}
        <section aria-labelledby="notification-choices">
            <h2 id="notification-choices">{t!("admin-notifications-choices")}</h2>
            <ActionForm action=choose attr:class="form">
                <fieldset>
                    <legend>{t!("admin-notifications-tell-me")}</legend>
                    {choices}
                </fieldset>
                <button type="submit" class="button">{t!("admin-notifications-save")}</button>
                {move || choose.value().get().and_then(Result::ok).map(|_| view! { <p class="status status-ok" role="status">{t!("admin-notifications-saved")}</p> })}
            </ActionForm>
        </section>
    }
}

#[component]
fn Notification(
    item: NotificationItem,
    mark: ServerAction<MarkNotificationsRead>,
) -> impl IntoView {
    let id = item.id;
    let read_form = (!item.read).then(|| {
        view! {
            <ActionForm action=mark attr:class="inline-form">
                <input type="hidden" name="id" value=id.to_string() />
                <button type="submit" class="button button-small">{t!("admin-notifications-mark-read")}</button>
            </ActionForm>
        }
    });
    // Following the link reads it (with JavaScript; without, the button does).
    let on_open = move |_| {
        if !item.read {
            mark.dispatch(MarkNotificationsRead { id: Some(id) });
        }
    };
    view! {
        <li class="notification" class:unread=!item.read>
            <p>
                {(!item.read).then(|| view! { <span class="badge">{t!("admin-notifications-new")}</span>" " })}
                <a href=item.link.clone() on:click=on_open>{item.message.clone()}</a>
            </p>
            <p class="hint">{item.when.clone()}</p>
            {read_form}
        </li>
    }
}

/// What a staff member chooses to get or not, in the page's language.
fn kind_label(kind: NotificationKind) -> String {
    t!(match kind {
        NotificationKind::OnlineBooked => "admin-notifications-kind-online-booked",
        NotificationKind::OnlineMoved => "admin-notifications-kind-online-moved",
        NotificationKind::OnlineCancelled => "admin-notifications-kind-online-cancelled",
        NotificationKind::OnlineConfirmed => "admin-notifications-kind-online-confirmed",
        NotificationKind::AsapClaimed => "admin-notifications-kind-asap-claimed",
        NotificationKind::EmailFailed => "admin-notifications-kind-email-failed",
        NotificationKind::MedicalAlert => "admin-notifications-kind-medical-alert",
    })
}
