//! `/admin/outbox`: the emails of the admin's clinics, newest first, filtered by status, kind
//! and day (a plain GET form); `/admin/outbox/{id}`: one email as sent, with retry or cancel.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::email::admin::{CancelEmail, RetryEmail, email_in_outbox, outbox};
use crate::email::model::{EmailKind, OutboxEmail, OutboxPage, STATUSES};
use crate::ui::form::{FormFeedback, FormProblem};
use crate::ui::{DataTable, encode, page_error};

fn kind_label(kind: &str) -> String {
    EmailKind::parse(kind).map(|k| k.label().to_string()).unwrap_or_else(|_| kind.to_string())
}

#[component]
pub fn OutboxListPage() -> impl IntoView {
    let query = use_query_map();
    let param = move |name: &str| query.read().get(name).unwrap_or_default();
    let filters = Memo::new(move |_| {
        (param("status"), param("kind"), param("on"), param("page").parse::<u32>().unwrap_or(0))
    });
    let data = Resource::new(
        move || filters.get(),
        |(status, kind, on, page)| outbox(status, kind, on, page),
    );
    view! {
        <Title text="Outbox" />
        <h1>"Outbox"</h1>
        <Transition fallback=|| view! { <p class="loading">"Loading the outbox…"</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Err(error) => page_error(error, "/admin/outbox"),
                    Ok(page) => view! { <OutboxList page filters=filters.get_untracked() /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn OutboxList(page: OutboxPage, filters: (String, String, String, u32)) -> impl IntoView {
    let (status, kind, on, number) = filters;
    let status_options = STATUSES
        .iter()
        .map(|s| view! { <option value=*s selected=status == *s>{*s}</option> })
        .collect_view();
    let kind_options = EmailKind::ALL
        .iter()
        .map(
            |k| view! { <option value=k.as_str() selected=kind == k.as_str()>{k.label()}</option> },
        )
        .collect_view();
    let href = {
        let (status, kind, on) = (status.clone(), kind.clone(), on.clone());
        move |page: u32| {
            format!(
                "/admin/outbox?status={}&kind={}&on={}&page={page}",
                encode(&status),
                encode(&kind),
                encode(&on)
            )
        }
    };
    let empty = page.rows.is_empty();
    let rows = page
        .rows
        .into_iter()
        .map(|r| {
            view! {
                <tr>
                    <td class="nowrap">{r.created.clone()}</td>
                    <td>{kind_label(&r.kind)}</td>
                    <td>{r.to.clone()}</td>
                    <td><A href=format!("/admin/outbox/{}", r.id)>{r.subject.clone()}</A></td>
                    <td>
                        <span class=format!("badge badge-email-{}", r.status)>{r.status.clone()}</span>
                        {(r.attempts > 1).then(|| format!(" after {} attempts", r.attempts))}
                    </td>
                    <td>{r.last_error.clone()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <p class="lead">{format!("{} queued · {} failed", page.queued, page.failed)}</p>
        <form method="get" action="/admin/outbox" class="calendar-toolbar">
            <label for="outbox-status">"Status"</label>
            <select id="outbox-status" name="status">
                <option value="">"Any"</option>
                {status_options}
            </select>
            <label for="outbox-kind">"Kind"</label>
            <select id="outbox-kind" name="kind">
                <option value="">"Any"</option>
                {kind_options}
            </select>
            <label for="outbox-on">"Queued on (UTC)"</label>
            <input id="outbox-on" name="on" type="date" value=on.clone() />
            <button type="submit" class="button button-small">"Show"</button>
        </form>
        {if empty {
            view! { <p class="empty-state">"No email matches."</p> }.into_any()
        } else {
            view! {
                <DataTable caption="Emails" columns=&["Queued (UTC)", "Kind", "To", "Subject", "Status", "Last problem"]>
                    {rows}
                </DataTable>
            }.into_any()
        }}
        <nav class="pager" aria-label="Pages">
            {(number > 0).then(|| view! { <a href=href(number - 1) rel="prev">"‹ Newer"</a> })}
            {page.has_more.then(|| view! { <a href=href(number + 1) rel="next">"Older ›"</a> })}
        </nav>
    }
    .into_any()
}

#[component]
pub fn OutboxEmailPage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| params.read().get("id").and_then(|i| i.parse::<i64>().ok()));
    let retry = ServerAction::<RetryEmail>::new();
    let cancel = ServerAction::<CancelEmail>::new();
    let data = Resource::new(
        move || (id.get(), retry.version().get(), cancel.version().get()),
        |(id, _, _)| email_in_outbox(id.unwrap_or_default()),
    );
    view! {
        <Title text="Email" />
        <p class="breadcrumb"><a href="/admin/outbox">"Outbox"</a></p>
        <Transition fallback=|| view! { <p class="loading">"Loading the email…"</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Err(error) => page_error(error, "/admin/outbox"),
                    Ok(email) => view! { <EmailView email retry cancel /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn EmailView(
    email: OutboxEmail,
    retry: ServerAction<RetryEmail>,
    cancel: ServerAction<CancelEmail>,
) -> impl IntoView {
    let retry_feedback = FormFeedback::provide(retry);
    let cancel_feedback = FormFeedback::provide(cancel);
    let row = email.row.clone();
    let action = match row.status.as_str() {
        "failed" => Some(
            view! {
                <ActionForm action=retry attr:class="inline-form">
                    <input type="hidden" name="id" value=row.id.to_string() />
                    <button type="submit" class="button">"Send again"</button>
                </ActionForm>
            }
            .into_any(),
        ),
        "queued" => Some(
            view! {
                <ActionForm action=cancel attr:class="inline-form">
                    <input type="hidden" name="id" value=row.id.to_string() />
                    <button type="submit" class="button button-danger">"Cancel this email"</button>
                </ActionForm>
            }
            .into_any(),
        ),
        _ => None,
    };
    let to = if email.to_name.is_empty() {
        row.to.clone()
    } else {
        format!("{} <{}>", email.to_name, row.to)
    };
    view! {
        <h1>{row.subject.clone()}</h1>
        <FormProblem feedback=retry_feedback keys=&[] />
        <FormProblem feedback=cancel_feedback keys=&[] />
        <dl class="facts">
            <dt>"To"</dt><dd>{to}</dd>
            <dt>"Kind"</dt><dd>{kind_label(&row.kind)}</dd>
            <dt>"Status"</dt>
            <dd>
                <span class=format!("badge badge-email-{}", row.status)>{row.status.clone()}</span>
                {format!(" · {} attempt(s)", row.attempts)}
            </dd>
            <dt>"Queued (UTC)"</dt><dd>{row.created.clone()}</dd>
            {email.sent.clone().map(|s| view! { <dt>"Sent (UTC)"</dt><dd>{s}</dd> })}
            {email.next_attempt.clone().map(|s| view! { <dt>"Goes at (UTC)"</dt><dd>{s}</dd> })}
            {email.smtp_response.clone().map(|s| view! { <dt>"Server's answer"</dt><dd>{s}</dd> })}
            {email.message_id.clone().map(|s| view! { <dt>"Message-ID"</dt><dd>{s}</dd> })}
            {row.last_error.clone().map(|s| view! { <dt>"Last problem"</dt><dd>{s}</dd> })}
        </dl>
        <div class="status-actions">{action}</div>
        <h2>"Text"</h2>
        <pre class="email-body">{email.text_body.clone()}</pre>
        <h2>"HTML (source)"</h2>
        <pre class="email-body">{email.html_body.clone()}</pre>
    }
    .into_any()
}
