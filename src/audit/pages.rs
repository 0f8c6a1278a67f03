//! `/admin/audit`: the audit log of the admin's clinics, newest first, filtered by staff
//! member, patient, action, clinic and dates (a plain GET form), each entry with what it
//! recorded (before and after values, the patients a list showed).

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::audit::model::{AuditPage, AuditRow, Verification};
use crate::audit::viewer::{VerifyAuditChain, audit_log};
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
        <Title text="Audit log" />
        <h1>"Audit log"</h1>
        <p class="lead">"Who saw or changed what, when and from where. Reading this log is recorded in it too."</p>
        <Transition fallback=|| view! { <p class="loading">"Loading the audit log…"</p> }>
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
            <label for="audit-staff">"Staff member"</label>
            <select id="audit-staff" name="staff_id">
                <option value="">"Anyone"</option>
                {staff_options}
            </select>
            <label for="audit-patient">"Patient number"</label>
            <input id="audit-patient" name="patient_id" type="text" inputmode="numeric"
                size="8" value=filters.patient_id.clone() />
            <label for="audit-action">"Action"</label>
            <input id="audit-action" name="action" type="text" size="18"
                placeholder="patient. or calendar.viewed" value=filters.action.clone() />
            <label for="audit-clinic">"Clinic"</label>
            <select id="audit-clinic" name="clinic">
                <option value="">"All of mine"</option>
                {clinic_options}
            </select>
            <label for="audit-from">"From (UTC)"</label>
            <input id="audit-from" name="from" type="date" value=filters.from.clone() />
            <label for="audit-to">"To (UTC)"</label>
            <input id="audit-to" name="to" type="date" value=filters.to.clone() />
            <button type="submit" class="button button-small">"Show"</button>
        </form>
        <div class="audit-tools">
            {match filters.export_href() {
                Some(href) => view! { <a href=href class="button button-small" download="">"Download these entries as CSV"</a> }.into_any(),
                None => view! { <p class="hint">"To download entries as CSV, choose the first and last day, then Show."</p> }.into_any(),
            }}
        </div>
        <ChainStatus verification=page.verification.clone() />
        {if empty {
            view! { <p class="empty-state">"No entry matches."</p> }.into_any()
        } else {
            view! {
                <DataTable caption="Audit entries, newest first"
                    columns=&["When (UTC)", "Who", "Clinic", "Action", "Record", "Result", "From", "What it recorded"]>
                    {rows}
                </DataTable>
            }.into_any()
        }}
        <nav class="pager" aria-label="Pages">
            {paged.then(|| view! { <a href=newest.clone() rel="first">"‹ Newest"</a> })}
            {older.map(|href| view! { <a href=href rel="next">"Older ›"</a> })}
        </nav>
    }
}

#[component]
fn AuditEntry(row: AuditRow) -> impl IntoView {
    let who = match (&row.actor, &row.actor_role) {
        (Some(name), Some(role)) => format!("{name} ({role})"),
        (Some(name), None) => name.clone(),
        (None, _) => "Not signed in".to_string(),
    };
    let record = match (&row.object, row.patient_id) {
        (Some(object), Some(patient)) => format!("{object} · patient {patient}"),
        (Some(object), None) => object.clone(),
        (None, Some(patient)) => format!("patient {patient}"),
        (None, None) => "—".to_string(),
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
            <td><span class=format!("badge badge-result-{}", row.result)>{row.result.clone()}</span></td>
            <td title=row.user_agent.clone().unwrap_or_default()>{row.ip.clone().unwrap_or_else(|| "—".into())}</td>
            <td>{details.map(|text| view! {
                <details><summary>"Show"</summary><pre class="audit-details">{text}</pre></details>
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
            <h2 id="audit-chain-heading">"Tamper check"</h2>
            <div role="status">
                {move || match shown() {
                    None => view! { <p>"The chain of entries has not been checked yet."</p> }.into_any(),
                    Some(v) => {
                        let who = v.by.clone().unwrap_or_else(|| "the command line".into());
                        match &v.problem {
                            None => view! { <p class="status status-ok">{format!(
                                "Intact: {} entries checked, the chain unbroken up to position {} ({}, by {who}).",
                                v.rows, v.last_position, v.at
                            )}</p> }.into_any(),
                            Some(problem) => view! { <p class="status status-error">{format!(
                                "Break found ({}, by {who}): {problem}", v.at
                            )}</p> }.into_any(),
                        }
                    }
                }}
            </div>
            {failed}
            <ActionForm action=verify attr:class="inline-form">
                <button type="submit" class="button button-small" disabled=move || verify.pending().get()>
                    {move || if verify.pending().get() { "Checking…" } else { "Check the chain now" }}
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
        <Title text="Access history" />
        <Transition fallback=|| view! { <p class="loading">"Loading the access history…"</p> }>
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
        page.patient.clone().unwrap_or_else(|| ("This patient".into(), String::new()));
    let empty = page.rows.is_empty();
    let rows = page
        .rows
        .into_iter()
        .map(|row| {
            let who = match (&row.actor, &row.actor_role) {
                (Some(name), Some(role)) => format!("{name} ({role})"),
                (Some(name), None) => name.clone(),
                (None, _) => "Not signed in (online, or a link in an email)".to_string(),
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
        <p class="breadcrumb"><a href="/patients">"Patients"</a>" › "<a href=format!("/patients/{id}")>{number.clone()}</a></p>
        <h1>{format!("{name}: access history")}</h1>
        <PatientTabs id current="access" />
        <p class="lead">"Everyone who viewed or changed this record, newest first, and lists that showed it (such as a day in the calendar). Reading this history is recorded too."</p>
        <p><A href=format!("/admin/audit?patient_id={id}")>"Open in the audit log (filters, CSV download)"</A></p>
        {if empty {
            view! { <p class="empty-state">"No one has opened this record yet."</p> }.into_any()
        } else {
            view! {
                <DataTable caption="Access history, newest first" columns=&["When (UTC)", "Who", "What", "Record", "From"]>
                    {rows}
                </DataTable>
            }.into_any()
        }}
        <nav class="pager" aria-label="Pages">
            {older.map(|href| view! { <a href=href rel="next">"Older ›"</a> })}
        </nav>
    }
}

/// The tabs of a patient's pages: the record, and (for those who may read the audit log) who
/// accessed it.
#[component]
pub fn PatientTabs(id: i64, current: &'static str) -> impl IntoView {
    let tab = move |key: &'static str, href: String, label: &'static str| {
        let aria_current = (key == current).then_some("page");
        view! { <li><a href=href aria-current=aria_current>{label}</a></li> }
    };
    view! {
        <nav class="tabs" aria-label="Patient">
            <ul>
                {tab("record", format!("/patients/{id}"), "Record")}
                {tab("access", format!("/patients/{id}/access"), "Access history")}
            </ul>
        </nav>
    }
}
