//! `/admin/audit`: the audit log of the admin's clinics, newest first, filtered by staff
//! member, patient, action, clinic and dates (a plain GET form), each entry with what it
//! recorded (before and after values, the patients a list showed).

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

use crate::audit::model::{AuditPage, AuditRow};
use crate::audit::viewer::audit_log;
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
            {paged.then(|| view! { <A href=newest.clone() attr:rel="first">"‹ Newest"</A> })}
            {older.map(|href| view! { <A href=href attr:rel="next">"Older ›"</A> })}
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
