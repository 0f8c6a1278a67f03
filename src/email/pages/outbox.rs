//! `/admin/outbox`: the emails of the admin's clinics, newest first, filtered by status, kind
//! and day (a plain GET form); `/admin/outbox/{id}`: one email as sent, with retry or cancel.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::email::admin::{CancelEmail, RetryEmail, email_in_outbox, outbox};
use crate::email::model::{EmailKind, OutboxEmail, OutboxPage, STATUSES};
use crate::t;
use crate::ui::form::{FormFeedback, FormProblem};
use crate::ui::{DataTable, encode, page_error};

fn kind_label(kind: &str) -> String {
    EmailKind::parse(kind).map(EmailKind::label).unwrap_or_else(|_| kind.to_string())
}

/// An email's status (`queued`, `sent`, ...), in the page's language.
fn status_label(status: &str) -> String {
    match status {
        "queued" => t!("setup-outbox-status-queued"),
        "sending" => t!("setup-outbox-status-sending"),
        "sent" => t!("setup-outbox-status-sent"),
        "failed" => t!("setup-outbox-status-failed"),
        "cancelled" => t!("setup-outbox-status-cancelled"),
        other => other.to_string(),
    }
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
        <Title text=t!("setup-outbox-title") />
        <h1>{t!("setup-outbox-title")}</h1>
        <Transition fallback=|| view! { <p class="loading">{t!("setup-outbox-loading")}</p> }>
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
        .map(|s| view! { <option value=*s selected=status == *s>{status_label(s)}</option> })
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
                        <span class=format!("badge badge-email-{}", r.status)>{status_label(&r.status)}</span>
                        {(r.attempts > 1).then(|| format!(" {}", t!("setup-outbox-after-attempts", count = r.attempts)))}
                    </td>
                    <td>{r.last_error.clone()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <p class="lead">{t!("setup-outbox-counts", queued = page.queued, failed = page.failed)}</p>
        <form method="get" action="/admin/outbox" class="calendar-toolbar">
            <label for="outbox-status">{t!("setup-outbox-status")}</label>
            <select id="outbox-status" name="status">
                <option value="">{t!("setup-outbox-any")}</option>
                {status_options}
            </select>
            <label for="outbox-kind">{t!("setup-outbox-kind")}</label>
            <select id="outbox-kind" name="kind">
                <option value="">{t!("setup-outbox-any")}</option>
                {kind_options}
            </select>
            <label for="outbox-on">{t!("setup-outbox-queued-on")}</label>
            <input id="outbox-on" name="on" type="date" value=on.clone() />
            <button type="submit" class="button button-small">{t!("setup-show")}</button>
        </form>
        {if empty {
            view! { <p class="empty-state">{t!("setup-outbox-no-match")}</p> }.into_any()
        } else {
            view! {
                <DataTable caption="table-emails" columns=&["column-queued-utc", "column-kind", "column-to", "column-subject", "column-status", "column-last-problem"]>
                    {rows}
                </DataTable>
            }.into_any()
        }}
        <nav class="pager" aria-label=t!("setup-outbox-pages")>
            {(number > 0).then(|| view! { <a href=href(number - 1) rel="prev">{t!("setup-outbox-newer")}</a> })}
            {page.has_more.then(|| view! { <a href=href(number + 1) rel="next">{t!("setup-outbox-older")}</a> })}
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
        <Title text=t!("setup-outbox-email-title") />
        <p class="breadcrumb"><a href="/admin/outbox">{t!("setup-outbox-title")}</a></p>
        <Transition fallback=|| view! { <p class="loading">{t!("setup-outbox-email-loading")}</p> }>
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
                    <button type="submit" class="button">{t!("setup-outbox-send-again")}</button>
                </ActionForm>
            }
            .into_any(),
        ),
        "queued" => Some(
            view! {
                <ActionForm action=cancel attr:class="inline-form">
                    <input type="hidden" name="id" value=row.id.to_string() />
                    <button type="submit" class="button button-danger">{t!("setup-outbox-cancel")}</button>
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
            <dt>{t!("setup-outbox-to")}</dt><dd>{to}</dd>
            <dt>{t!("setup-outbox-kind")}</dt><dd>{kind_label(&row.kind)}</dd>
            <dt>{t!("setup-outbox-status")}</dt>
            <dd>
                <span class=format!("badge badge-email-{}", row.status)>{status_label(&row.status)}</span>
                {format!(" · {}", t!("setup-outbox-attempts", count = row.attempts))}
            </dd>
            <dt>{t!("setup-outbox-queued-utc")}</dt><dd>{row.created.clone()}</dd>
            {email.sent.clone().map(|s| view! { <dt>{t!("setup-outbox-sent-utc")}</dt><dd>{s}</dd> })}
            {email.next_attempt.clone().map(|s| view! { <dt>{t!("setup-outbox-goes-at")}</dt><dd>{s}</dd> })}
            {email.smtp_response.clone().map(|s| view! { <dt>{t!("setup-outbox-server-answer")}</dt><dd>{s}</dd> })}
            {email.message_id.clone().map(|s| view! { <dt>"Message-ID"</dt><dd>{s}</dd> })}
            {row.last_error.clone().map(|s| view! { <dt>{t!("setup-outbox-last-problem")}</dt><dd>{s}</dd> })}
        </dl>
        <div class="status-actions">{action}</div>
        <h2>{t!("setup-emails-text")}</h2>
        <pre class="email-body">{email.text_body.clone()}</pre>
        <h2>{t!("setup-emails-html")}</h2>
        <pre class="email-body">{email.html_body.clone()}</pre>
    }
    .into_any()
}
