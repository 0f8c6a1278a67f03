//! `/admin/audit`: the audit log of the admin's clinics, newest first, filtered by staff
//! member, patient, action, clinic and dates (a plain GET form), each entry with what it
//! recorded (before and after values, the patients a list showed).

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::audit::model::{AuditPage, AuditRow, Verification};
use crate::audit::viewer::{VerifyAuditChain, audit_log};
use crate::t;
use crate::ui::{DataTable, encode, page_error};

/// The filters as the address carries them.
#[derive(Debug, Clone, PartialEq, Default)]
struct Filters {
    staff_id: String,
    patient_id: String,
    action: String,
    clinic: String,
    from: String,
    to: String,
    before: String,
}

impl Filters {
    /// The CSV export of these filters' entries (the dates are needed), without empty fields.
    fn export_href(&self) -> Option<String> {
        if self.from.trim().is_empty() || self.to.trim().is_empty() {
            return None;
        }
        let fields = [
            ("staff_id", &self.staff_id),
            ("patient_id", &self.patient_id),
            ("action", &self.action),
            ("clinic", &self.clinic),
            ("from", &self.from),
            ("to", &self.to),
        ];
        let query: Vec<String> = fields
            .iter()
            .filter(|(_, value)| !value.trim().is_empty())
            .map(|(name, value)| format!("{name}={}", encode(value.trim())))
            .collect();
        Some(format!("/api/audit/export?{}", query.join("&")))
    }

    /// The address of these filters (without `before`: the newest page).
    fn href(&self) -> String {
        format!(
            "/admin/audit?staff_id={}&patient_id={}&action={}&clinic={}&from={}&to={}",
            encode(&self.staff_id),
            encode(&self.patient_id),
            encode(&self.action),
            encode(&self.clinic),
            encode(&self.from),
            encode(&self.to)
        )
    }
}

#[component]
pub fn AuditLogPage() -> impl IntoView {
    let query = use_query_map();
    let param = move |name: &str| query.read().get(name).unwrap_or_default();
    let filters = Memo::new(move |_| Filters {
        staff_id: param("staff_id"),
        patient_id: param("patient_id"),
        action: param("action"),
        clinic: param("clinic"),
        from: param("from"),
        to: param("to"),
        before: param("before"),
    });
    let data = Resource::new(
        move || filters.get(),
        |f| {
            let id = |text: &str| text.trim().parse::<i64>().ok();
            audit_log(
                id(&f.staff_id),
                id(&f.patient_id),
                f.action,
                f.clinic,
                f.from,
                f.to,
                id(&f.before),
            )
        },
    );
    view! {
        <Title text=t!("admin-audit-title") />
        <h1>{t!("admin-audit-title")}</h1>
        <p class="lead">{t!("admin-audit-lead")}</p>
        <Transition fallback=|| view! { <p class="loading">{t!("admin-audit-loading")}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Err(error) => page_error(error, "/admin/audit"),
                    Ok(page) => view! { <AuditList page filters=filters.get_untracked() /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn AuditList(page: AuditPage, filters: Filters) -> impl IntoView {
    let staff_options = page
        .staff
        .iter()
        .map(|(id, name)| {
            let value = id.to_string();
            let selected = filters.staff_id == value;
            view! { <option value=value selected=selected>{name.clone()}</option> }
        })
        .collect_view();
    let clinic_options = page
        .clinics
        .iter()
        .map(|(slug, name)| {
            let selected = filters.clinic == *slug;
            view! { <option value=slug.clone() selected=selected>{name.clone()}</option> }
        })
        .collect_view();
    let empty = page.rows.is_empty();
    let rows = page.rows.into_iter().map(|row| view! { <AuditEntry row /> }).collect_view();
    let newest = filters.href();
    let older = page.next.map(|next| format!("{newest}&before={next}"));
    let paged = !filters.before.is_empty();
    view! {
        <form method="get" action="/admin/audit" class="calendar-toolbar audit-filters">
            <label for="audit-staff">{t!("admin-audit-staff")}</label>
            <select id="audit-staff" name="staff_id">
                <option value="">{t!("admin-audit-anyone")}</option>
                {staff_options}
            </select>
            <label for="audit-patient">{t!("admin-audit-patient-number")}</label>
            <input id="audit-patient" name="patient_id" type="text" inputmode="numeric"
                size="8" value=filters.patient_id.clone() />
            <label for="audit-action">{t!("admin-audit-action")}</label>
            <input id="audit-action" name="action" type="text" size="18"
                placeholder=t!("admin-audit-action-placeholder") value=filters.action.clone() />
            <label for="audit-clinic">{t!("admin-audit-clinic")}</label>
            <select id="audit-clinic" name="clinic">
                <option value="">{t!("admin-audit-all-clinics")}</option>
                {clinic_options}
            </select>
            <label for="audit-from">{t!("admin-audit-from")}</label>
            <input id="audit-from" name="from" type="date" value=filters.from.clone() />
            <label for="audit-to">{t!("admin-audit-to")}</label>
            <input id="audit-to" name="to" type="date" value=filters.to.clone() />
            <button type="submit" class="button button-small">{t!("admin-audit-show")}</button>
        </form>
        <div class="audit-tools">
            {match filters.export_href() {
                Some(href) => view! { <a href=href class="button button-small" download="">{t!("admin-audit-download")}</a> }.into_any(),
                None => view! { <p class="hint">{t!("admin-audit-download-hint")}</p> }.into_any(),
            }}
        </div>
        <ChainStatus verification=page.verification.clone() />
        {if empty {
            view! { <p class="empty-state">{t!("admin-audit-no-match")}</p> }.into_any()
        } else {
            view! {
                <DataTable caption="table-audit-entries-newest-first"
                    columns=&["column-when-utc", "column-who", "column-clinic", "column-action", "column-record", "column-result", "column-from", "column-what-it-recorded"]>
                    {rows}
                </DataTable>
            }.into_any()
        }}
        <nav class="pager" aria-label=t!("admin-audit-pages")>
            {paged.then(|| view! { <a href=newest.clone() rel="first">{t!("admin-audit-newest")}</a> })}
            {older.map(|href| view! { <a href=href rel="next">{t!("admin-audit-older")}</a> })}
        </nav>
    }
}

#[component]
fn AuditEntry(row: AuditRow) -> impl IntoView {
    let who = match (&row.actor, &row.actor_role) {
        (Some(name), Some(role)) => {
            let role = crate::domain::Role::parse(role)
                .map(|role| t!(role.message_key()))
                .unwrap_or_else(|_| role.clone());
            format!("{name} ({role})")
        }
        (Some(name), None) => name.clone(),
        (None, _) => t!("admin-audit-not-signed-in"),
    };
    // A record is named as the log keeps it (a table and an id): code, not words.
    let record = match (&row.object, row.patient_id) {
        (Some(object), Some(patient)) => view! {
            <code>{object.clone()}</code>" · "{t!("admin-audit-patient", patient = patient)}
        }
        .into_any(),
        (Some(object), None) => view! { <code>{object.clone()}</code> }.into_any(),
        (None, Some(patient)) => t!("admin-audit-patient", patient = patient).into_any(),
        (None, None) => "—".into_any(),
    };
    let result = match row.result.as_str() {
        "success" => t!("admin-audit-result-success"),
        "denied" => t!("admin-audit-result-denied"),
        "failed" => t!("admin-audit-result-failed"),
        other => other.to_string(),
    };
    let details = (row.details != serde_json::json!({}))
        .then(|| serde_json::to_string_pretty(&row.details).unwrap_or_default());
    view! {
        <tr>
            <td class="nowrap">{row.at.clone()}</td>
            <td>{who}</td>
            <td>{row.clinic.clone().unwrap_or_else(|| "—".into())}</td>
            <td><code>{row.action.clone()}</code></td>
            <td>{record}</td>
            <td><span class=format!("badge badge-result-{}", row.result)>{result}</span></td>
            <td title=row.user_agent.clone().unwrap_or_default()>{row.ip.clone().unwrap_or_else(|| "—".into())}</td>
            <td>{details.map(|text| view! {
                <details><summary>{t!("admin-audit-show-details")}</summary><pre class="audit-details">{text}</pre></details>
            })}</td>
        </tr>
    }
}

/// When the hash chain was last checked and what was found, with a button to check it now.
#[component]
fn ChainStatus(verification: Option<Verification>) -> impl IntoView {
    let verify = ServerAction::<VerifyAuditChain>::new();
    let shown = move || match verify.value().get() {
        Some(Ok(fresh)) => Some(fresh),
        _ => verification.clone(),
    };
    let failed = move || {
        verify.value().get().and_then(Result::err).map(|error| {
            view! { <p class="status status-error" role="alert">{error.to_string()}</p> }
        })
    };
    view! {
        <section class="audit-chain" aria-labelledby="audit-chain-heading">
            <h2 id="audit-chain-heading">{t!("admin-audit-chain-heading")}</h2>
            <div role="status">
                {move || match shown() {
                    None => view! { <p>{t!("admin-audit-chain-unchecked")}</p> }.into_any(),
                    Some(v) => {
                        let who = v.by.clone().unwrap_or_else(|| t!("admin-audit-chain-command-line"));
                        match &v.problem {
                            None => view! { <p class="status status-ok">{t!(
                                "admin-audit-chain-intact",
                                rows = v.rows,
                                position = v.last_position,
                                at = v.at.as_str(),
                                who = who.as_str(),
                            )}</p> }.into_any(),
                            Some(problem) => view! { <p class="status status-error">{t!(
                                "admin-audit-chain-broken",
                                at = v.at.as_str(),
                                who = who.as_str(),
                                problem = problem.as_str(),
                            )}</p> }.into_any(),
                        }
                    }
                }}
            </div>
            {failed}
            <ActionForm action=verify attr:class="inline-form">
                <button type="submit" class="button button-small" disabled=move || verify.pending().get()>
                    {move || if verify.pending().get() { t!("admin-audit-checking") } else { t!("admin-audit-check-now") }}
                </button>
            </ActionForm>
        </section>
    }
}

/// `/patients/{id}/access`: who viewed or changed a patient's record, when and from where
/// (the audit log filtered to the patient), newest first.
#[component]
pub fn PatientAccessPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let id = Memo::new(move |_| params.read().get("id").and_then(|v| v.parse::<i64>().ok()));
    let before = Memo::new(move |_| query.read().get("before").and_then(|v| v.parse::<i64>().ok()));
    let data = Resource::new(
        move || (id.get(), before.get()),
        |(id, before)| {
            audit_log(None, id, String::new(), String::new(), String::new(), String::new(), before)
        },
    );
    view! {
        <Title text=t!("admin-access-title") />
        <Transition fallback=|| view! { <p class="loading">{t!("admin-access-loading")}</p> }>
            {move || Suspend::new(async move {
                let here = format!("/patients/{}/access", id.get_untracked().unwrap_or_default());
                match data.await {
                    Err(error) => page_error(error, &here),
                    Ok(page) => view! { <AccessHistory page id=id.get_untracked().unwrap_or_default() /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn AccessHistory(page: AuditPage, id: i64) -> impl IntoView {
    let (name, number) =
        page.patient.clone().unwrap_or_else(|| (t!("admin-access-this-patient"), String::new()));
    let empty = page.rows.is_empty();
    let rows = page
        .rows
        .into_iter()
        .map(|row| {
            let who = match (&row.actor, &row.actor_role) {
                (Some(name), Some(role)) => {
                    let role = crate::domain::Role::parse(role)
                        .map(|role| t!(role.message_key()))
                        .unwrap_or_else(|_| role.clone());
                    format!("{name} ({role})")
                }
                (Some(name), None) => name.clone(),
                (None, _) => t!("admin-access-not-signed-in"),
            };
            let from = match (&row.ip, &row.user_agent) {
                (Some(ip), Some(agent)) => format!("{ip} · {agent}"),
                (Some(ip), None) => ip.clone(),
                _ => "—".into(),
            };
            view! {
                <tr>
                    <td class="nowrap">{row.at.clone()}</td>
                    <td>{who}</td>
                    <td><code>{row.action.clone()}</code></td>
                    <td>{row.object.clone().unwrap_or_else(|| "—".into())}</td>
                    <td>{from}</td>
                </tr>
            }
        })
        .collect_view();
    let older = page.next.map(|next| format!("/patients/{id}/access?before={next}"));
    view! {
        <p class="breadcrumb"><a href="/patients">{t!("admin-access-patients")}</a>" › "<a href=format!("/patients/{id}")>{number.clone()}</a></p>
        <h1>{t!("admin-access-heading", name = name.as_str())}</h1>
        <PatientTabs id current="access" />
        <p class="lead">{t!("admin-access-lead")}</p>
        <p><A href=format!("/admin/audit?patient_id={id}")>{t!("admin-access-open-audit")}</A></p>
        {if empty {
            view! { <p class="empty-state">{t!("admin-access-empty")}</p> }.into_any()
        } else {
            view! {
                <DataTable caption="table-access-history-newest-first" columns=&["column-when-utc", "column-who", "column-what", "column-record", "column-from"]>
                    {rows}
                </DataTable>
            }.into_any()
        }}
        <nav class="pager" aria-label=t!("admin-audit-pages")>
            {older.map(|href| view! { <a href=href rel="next">{t!("admin-audit-older")}</a> })}
        </nav>
    }
}

/// The tabs of a patient's pages: the record, and (for those who may read the audit log) who
/// accessed it.
#[component]
pub fn PatientTabs(id: i64, current: &'static str) -> impl IntoView {
    let tab = move |key: &'static str, href: String, label: String| {
        let aria_current = (key == current).then_some("page");
        view! { <li><a href=href aria-current=aria_current>{label}</a></li> }
    };
    view! {
        <nav class="tabs" aria-label=t!("admin-patient-tabs")>
            <ul>
                {tab("record", format!("/patients/{id}"), t!("admin-patient-tab-record"))}
                {tab("access", format!("/patients/{id}/access"), t!("admin-patient-tab-access"))}
            </ul>
        </nav>
    }
}
