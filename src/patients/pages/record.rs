//! `/patients/{id}`: the record, with active alerts and allergies in a banner at the top, the
//! demographics, the medical history with its change log, and the record's actions.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::NavigateOptions;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map, use_query_map};

use super::timeline::ClinicalTimeline;
use crate::asap::list::{AddToAsap, RemoveFromAsap};
use crate::asap::pages::PatientAsapSection;
use crate::audit::pages::PatientTabs;
use crate::documents::api::{ArchiveDocument, PurgeDocument};
use crate::documents::pages::{DocumentActions, PatientDocuments};
use crate::domain::fields::optional_text;
use crate::patients::medical::{SaveMedicalItem, SetMedicalItemActive};
use crate::patients::model::{
    self, MedicalForm, MedicalItem, MedicalKind, PatientRecord, SEVERITIES,
};
use crate::patients::records::{SetPatientArchived, get_patient};
use crate::recall::due_dates::SetRecallDue;
use crate::recall::pages::PatientRecalls;
use crate::t;
use crate::ui::form::{FormFeedback, FormProblem, SavedNotice, SelectField, TextField};
use crate::ui::{DataTable, page_error};

#[component]
pub fn PatientPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let id = Memo::new(move |_| {
        params.read().get("id").and_then(|v| v.parse::<i64>().ok()).unwrap_or_default()
    });
    let editing_item =
        Memo::new(move |_| query.read().get("item").and_then(|v| v.parse::<i64>().ok()));
    let save_item = ServerAction::<SaveMedicalItem>::new();
    let set_item_active = ServerAction::<SetMedicalItemActive>::new();
    let set_archived = ServerAction::<SetPatientArchived>::new();
    let set_recall_due = ServerAction::<SetRecallDue>::new();
    let add_asap = ServerAction::<AddToAsap>::new();
    let remove_asap = ServerAction::<RemoveFromAsap>::new();
    let archive_document = ServerAction::<ArchiveDocument>::new();
    let purge_document = ServerAction::<PurgeDocument>::new();
    // A document uploaded from the browser: the record is read again, and the address says
    // so, as it does after the plain form's post.
    let uploads = RwSignal::new(0u32);
    let navigate = use_navigate();
    let uploaded = Callback::new(move |()| {
        uploads.update(|n| *n += 1);
        navigate(
            &format!("/patients/{}?upload=done", id.get_untracked()),
            NavigateOptions { replace: true, scroll: false, ..Default::default() },
        );
    });
    let record = Resource::new(
        move || {
            (
                id.get(),
                save_item.version().get(),
                set_item_active.version().get(),
                set_archived.version().get(),
                set_recall_due.version().get(),
                (add_asap.version().get(), remove_asap.version().get()),
                (archive_document.version().get(), purge_document.version().get(), uploads.get()),
            )
        },
        |(id, ..)| get_patient(id),
    );
    view! {
        <Suspense fallback=|| view! { <p>{t!("patient-loading-record")}</p> }>
            {move || { let item = editing_item.get(); Suspend::new(async move {
                match record.await {
                    Err(error) => page_error(error, &format!("/patients/{}", id.get_untracked())),
                    Ok(record) => view! {
                        <Record record item save_item set_item_active set_archived set_recall_due asap_actions=(add_asap, remove_asap) document_actions=(archive_document, purge_document, uploaded) />
                    }.into_any(),
                }
            })}}
        </Suspense>
    }
}

#[component]
fn Record(
    record: PatientRecord,
    item: Option<i64>,
    save_item: ServerAction<SaveMedicalItem>,
    set_item_active: ServerAction<SetMedicalItemActive>,
    set_archived: ServerAction<SetPatientArchived>,
    set_recall_due: ServerAction<SetRecallDue>,
    asap_actions: (ServerAction<AddToAsap>, ServerAction<RemoveFromAsap>),
    document_actions: (ServerAction<ArchiveDocument>, ServerAction<PurgeDocument>, Callback<()>),
) -> impl IntoView {
    let name = record.display_name();
    let or_dash = |v: Option<String>| v.filter(|s| !s.is_empty()).unwrap_or_else(|| "—".into());
    let contact = model::CONTACT_METHODS
        .iter()
        .find(|(v, _)| *v == record.preferred_contact)
        .map(|(v, _)| t!(super::form::contact_key(v)))
        .unwrap_or_default();
    let actions = record.can_edit_details.then(|| {
        let archive = if record.archived {
            view! {
                <ActionForm action=set_archived attr:class="inline-form">
                    <input type="hidden" name="id" value=record.id.to_string() />
                    <input type="hidden" name="archived" value="false" />
                    <button type="submit" class="button button-small">{t!("patient-restore")}</button>
                </ActionForm>
            }
            .into_any()
        } else {
            view! {
                <details class="confirm">
                    <summary class="button button-small">{t!("patient-archive-ask")}</summary>
                    <ActionForm action=set_archived attr:class="confirm-body">
                        <p>{t!("patient-archive-question")}</p>
                        <input type="hidden" name="id" value=record.id.to_string() />
                        <input type="hidden" name="archived" value="true" />
                        <button type="submit" class="button button-small button-danger">{t!("patient-archive")}</button>
                    </ActionForm>
                </details>
            }
            .into_any()
        };
        let merge = (record.can_merge && record.merged_into.is_none()).then(|| {
            view! { <A href=format!("/patients/{}/merge", record.id) attr:class="button button-small">{t!("patient-merge-ask")}</A> }
        });
        view! {
            <div class="record-actions">
                {record.can_book.then(|| view! { <a href=format!("/patients/{}/book", record.id) class="button button-small button-primary">{t!("patient-book-appointment")}</a> })}
                <A href=format!("/patients/{}/edit", record.id) attr:class="button button-small">{t!("patient-edit-details")}</A>
                {merge}
                {archive}
            </div>
        }
    });
    let merged_note = record.merged_into.map(|into| {
        view! {
            <p class="status" role="note">
                {t!("patient-merged-into")}" "<A href=format!("/patients/{into}")>{t!("patient-merged-into-link")}</A>{t!("patient-merged-into-end")}
            </p>
        }
    });
    let warnings: Vec<MedicalItem> = record.warnings().into_iter().cloned().collect();
    let banner = (!warnings.is_empty()).then(|| {
        let items = warnings
            .iter()
            .map(|w| {
                let severity = w
                    .severity
                    .as_deref()
                    .map(|s| format!(" ({})", severity_value(s)))
                    .unwrap_or_default();
                view! { <li><strong>{t!("patient-alert-kind", kind = kind_label(w.kind))}</strong>" "{format!("{}{severity}", w.label)}</li> }
            })
            .collect_view();
        view! {
            <section class="alert-banner" aria-label=t!("patient-medical-alerts")>
                <h2>{t!("patient-medical-alerts")}</h2>
                <ul>{items}</ul>
            </section>
        }
    });
    view! {
        <Title text=name.clone() />
        <p class="breadcrumb"><a href=format!("/patients?clinic={}", record.clinic.slug)>{t!("patient-patients")}</a>" › "{record.number.clone()}</p>
        <div class="record-head">
            <h1>{name}</h1>
            {record.archived.then(|| view! { <span class="badge badge-muted">{t!("patient-archived")}</span> })}
            {actions}
        </div>
        {record.can_view_access.then(|| view! { <PatientTabs id=record.id current="record" /> })}
        {merged_note}
        {banner}
        <dl class="summary">
            <dt>{t!("patient-number")}</dt><dd>{record.number.clone()}</dd>
            <dt>{t!("patient-field-date-of-birth")}</dt><dd>{t!("patient-born", date = super::date_full(record.clinic.region, record.date_of_birth), age = record.age)}</dd>
            <dt>{t!("patient-field-sex")}</dt><dd>{or_dash(record.sex.as_deref().filter(|s| !s.is_empty()).map(sex_value))}</dd>
            <dt>{t!("patient-mobile")}</dt><dd>{or_dash(record.mobile_phone.clone())}</dd>
            <dt>{t!("patient-field-home-phone")}</dt><dd>{or_dash(record.home_phone.clone())}</dd>
            <dt>{t!("patient-field-email")}</dt><dd>{or_dash(record.email.clone())}</dd>
            <dt>{t!("patient-address")}</dt><dd class="multiline">{or_dash(Some(record.address.clone()))}</dd>
            <dt>{t!("patient-field-preferred-contact")}</dt><dd>{contact}</dd>
            <dt>{t!("patient-email-reminders")}</dt><dd>{t!(if record.email_reminders { "patient-yes" } else { "patient-no" })}</dd>
            <dt>{t!("patient-field-language")}</dt><dd>{record.language.map(|l| l.name().to_string()).unwrap_or_else(|| t!("patient-language-clinics"))}</dd>
            <dt>{t!("patient-field-emergency-contact")}</dt>
            <dd>{format!("{} {}", or_dash(Some(record.emergency_contact_name.clone())), record.emergency_contact_phone.clone().unwrap_or_default())}</dd>
            <dt>{t!("patient-field-notes")}</dt><dd class="multiline">{or_dash(Some(record.notes.clone()))}</dd>
            <dt>{t!("patient-created")}</dt><dd>{record.created.clone()}</dd>
            <dt>{t!("patient-last-changed")}</dt><dd>{record.updated.clone()}</dd>
        </dl>
        <MedicalHistory record=record.clone() item save_item set_item_active />
        <PatientAppointments record=record.clone() />
        <PatientRecalls patient_id=record.id recalls=record.recalls.clone()
            kinds=record.recall_kinds.clone() can_edit=record.can_edit_details save=set_recall_due />
        // The sections that not every viewer gets, in an element of their own: hydration
        // walks each element's children apart (a page whose trailing optional sections were
        // loose siblings failed to hydrate for some records).
        <div class="record-more">
            {record.asap.clone().map(|asap| {
                let (add, remove) = asap_actions;
                view! { <PatientAsapSection patient_id=record.id asap add remove /> }
            })}
            <PatientDocuments patient_id=record.id documents=record.documents.clone()
                actions=DocumentActions {
                    can_manage: record.can_manage_documents,
                    can_purge: record.can_purge_documents,
                    archive: document_actions.0,
                    purge: document_actions.1,
                    uploaded: document_actions.2,
                } />
            {record.clinical_notes.clone().map(|notes| {
                view! { <ClinicalTimeline notes documents=record.documents.clone() region=record.clinic.region /> }
            })}
        </div>
    }
}

#[component]
fn MedicalHistory(
    record: PatientRecord,
    item: Option<i64>,
    save_item: ServerAction<SaveMedicalItem>,
    set_item_active: ServerAction<SetMedicalItemActive>,
) -> impl IntoView {
    let patient_id = record.id;
    let can_edit = record.can_edit_medical;
    let rows = record
        .medical
        .clone()
        .into_iter()
        .map(|m| {
            let action = can_edit.then(|| {
                let (value, label) = if m.active {
                    ("false", t!("patient-medical-resolve"))
                } else {
                    ("true", t!("patient-medical-reactivate"))
                };
                let hidden = format!(" {}", m.label);
                let edit_hidden = hidden.clone();
                view! {
                    <a href=format!("/patients/{patient_id}?item={}", m.id) class="button button-small">
                        {t!("patient-edit")}<span class="visually-hidden">{edit_hidden}</span>
                    </a>
                    <ActionForm action=set_item_active attr:class="inline-form">
                        <input type="hidden" name="patient_id" value=patient_id.to_string() />
                        <input type="hidden" name="item_id" value=m.id.to_string() />
                        <input type="hidden" name="active" value=value />
                        <button type="submit" class="button button-small">{label}<span class="visually-hidden">{hidden}</span></button>
                    </ActionForm>
                }
            });
            view! {
                <tr class:resolved=!m.active>
                    <td>{kind_label(m.kind)}</td>
                    <td>{m.label.clone()}</td>
                    <td>{m.severity.as_deref().map(severity_value).unwrap_or_default()}</td>
                    <td>{m.details.clone()}</td>
                    <td>{t!(if m.active { "patient-medical-current" } else { "patient-medical-resolved" })}</td>
                    <td class="actions">{action}</td>
                </tr>
            }
        })
        .collect_view();
    let list = if record.medical.is_empty() {
        view! { <p class="empty">{t!("patient-medical-none")}</p> }.into_any()
    } else {
        view! {
            <DataTable caption="table-medical-history" columns=&["column-kind", "column-what", "column-severity", "column-details", "column-status", ""]>{rows}</DataTable>
        }
        .into_any()
    };
    let edited = item.and_then(|id| record.medical.iter().find(|m| m.id == id).cloned());
    let changes = record
        .changes
        .iter()
        .map(|c| {
            view! {
                <tr>
                    <td>{c.at.clone()}</td>
                    <td>{c.by.clone()}</td>
                    <td>{c.change.clone()}</td>
                    <td>
                        {c.what.clone()}
                        {c.before.clone().map(|b| view! { <span class="was">{format!(" {}", t!("patient-change-was", before = b))}</span> })}
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section>
            <h2>{t!("patient-medical-history")}</h2>
            {list}
            {record.can_edit_medical.then(|| view! { <MedicalEditor patient_id item=edited save_item /> })}
            <details class="record">
                <summary>{t!("patient-change-log", count = record.changes.len())}</summary>
                <DataTable caption="table-changes-to-the-medical-history" columns=&["column-when", "column-who", "column-change", "column-entry"]>{changes}</DataTable>
            </details>
        </section>
    }
}

const FIELDS: &[&str] = &["kind", "label", "severity", "details"];

#[component]
fn MedicalEditor(
    patient_id: i64,
    item: Option<MedicalItem>,
    save_item: ServerAction<SaveMedicalItem>,
) -> impl IntoView {
    let feedback = FormFeedback::provide(save_item);
    let form = item
        .as_ref()
        .map(MedicalForm::from_item)
        .unwrap_or_else(|| MedicalForm { kind: "allergy".into(), ..Default::default() });
    let kinds = MedicalKind::ALL.iter().map(|k| (k.as_str().to_string(), kind_label(*k))).collect();
    let severities = SEVERITIES
        .iter()
        .map(|(v, l)| {
            let label = match *v {
                "mild" => t!("patient-severity-mild"),
                "moderate" => t!("patient-severity-moderate"),
                "severe" => t!("patient-severity-severe"),
                _ => l.to_string(),
            };
            (v.to_string(), label)
        })
        .collect();
    let heading = match &item {
        Some(item) => t!("patient-edit-title", name = item.label.as_str()),
        None => t!("patient-medical-add-title"),
    };
    view! {
        <div class="card editor">
            <h3>{heading}</h3>
            <FormProblem feedback keys=FIELDS />
            <SavedNotice action=save_item text=t!("patient-saved") />
            <ActionForm action=save_item attr:class="form">
                <input type="hidden" name="patient_id" value=patient_id.to_string() />
                {item.as_ref().map(|i| view! { <input type="hidden" name="item_id" value=i.id.to_string() /> })}
                <div class="form-row">
                    <SelectField key="kind" label=t!("patient-medical-kind") value=form.kind options=kinds />
                    <TextField key="label" label=t!("patient-medical-what") value=form.label required=true
                        hint=t!("patient-medical-what-hint")
                        check=|v| model::check_medical_label(v).err() />
                    <SelectField key="severity" label=t!("patient-medical-severity") value=form.severity options=severities />
                </div>
                <TextField key="details" label=t!("patient-medical-details") value=form.details multiline=true
                    check=|v| optional_text(v, 1000).err() />
                <div class="form-row">
                    <button type="submit" class="button" disabled=move || save_item.pending().get()>
                        {t!(if item.is_some() { "patient-medical-save" } else { "patient-medical-add" })}
                    </button>
                    {item.is_some().then(|| view! {
                        <A href=format!("/patients/{patient_id}") attr:class="button button-quiet-dark">{t!("patient-medical-done")}</A>
                    })}
                </div>
            </ActionForm>
        </div>
    }
}

/// The patient's appointments, latest first, each a link to its day in the calendar; online
/// bookings are marked.
#[component]
fn PatientAppointments(record: PatientRecord) -> impl IntoView {
    if record.appointments.is_empty() {
        return view! {
            <section>
                <h2>{t!("patient-appointments")}</h2>
                <p class="empty">{t!("patient-appointments-none")}</p>
            </section>
        }
        .into_any();
    }
    let slug = record.clinic.slug.clone();
    let rows = record
        .appointments
        .into_iter()
        .map(|a| {
            let href = format!("/calendar?clinic={slug}&date={}&appointment={}", a.date, a.id);
            let online =
                a.booked_online.then(|| view! { <span class="badge badge-online">{t!("patient-appointment-online")}</span> });
            view! {
                <tr class:upcoming=a.upcoming>
                    <td><a href=href>{a.when}</a></td>
                    <td>{a.type_name}" "{online}</td>
                    <td>{a.provider}</td>
                    <td>{a.status}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section>
            <h2>{t!("patient-appointments")}</h2>
            <DataTable caption="table-the-patient-s-appointments" columns=&["column-when", "column-appointment", "column-with", "column-status"]>
                {rows}
            </DataTable>
        </section>
    }
    .into_any()
}

/// A kind of medical history entry in the page's language: "Allergy".
fn kind_label(kind: MedicalKind) -> String {
    t!(match kind {
        MedicalKind::Alert => "patient-medical-kind-alert",
        MedicalKind::Allergy => "patient-medical-kind-allergy",
        MedicalKind::Condition => "patient-medical-kind-condition",
        MedicalKind::Medication => "patient-medical-kind-medication",
    })
}

/// A recorded severity (`mild`, `moderate`, `severe`) as the record shows it: "severe".
fn severity_value(severity: &str) -> String {
    t!("patient-severity-value", severity = severity)
}

/// A recorded sex (`female`, `male`, `other`) as the record shows it: "female".
fn sex_value(sex: &str) -> String {
    t!("patient-sex-value", sex = sex)
}
