use leptos::prelude::*;
use leptos_meta::Title;

use super::api::{CreateStaff, SetStaffActive, SetStaffClinics, SetStaffRole, list_staff};
use super::model::{self, StaffMember};
use crate::domain::{Email, Role};
use crate::setup::clinic::my_clinics;
use crate::setup::model::ClinicRef;
use crate::t;
use crate::ui::form::{ChoiceList, FormFeedback, FormProblem, SelectField, TextField};
use crate::ui::{DataTable, page_error};

/// Admins: the staff of their clinics, with deactivation (which signs the person out
/// everywhere) behind a confirmation step.
#[component]
pub fn StaffPage() -> impl IntoView {
    let set_active = ServerAction::<SetStaffActive>::new();
    let set_role = ServerAction::<SetStaffRole>::new();
    let set_clinics = ServerAction::<SetStaffClinics>::new();
    let create = ServerAction::<CreateStaff>::new();
    let staff = Resource::new(
        move || {
            (
                set_active.version().get(),
                set_role.version().get(),
                set_clinics.version().get(),
                create.version().get(),
            )
        },
        |_| list_staff(),
    );
    let clinics = Resource::new(|| (), |_| my_clinics());
    let outcome = move || {
        let failed = set_active.value().get().and_then(Result::err);
        failed
            .or_else(|| set_role.value().get().and_then(Result::err))
            .or_else(|| set_clinics.value().get().and_then(Result::err))
            .map(|error| {
                view! { <p class="status status-error" role="alert">{error.to_string()}</p> }
            })
    };
    view! {
        <Title text=t!("setup-staff-title") />
        <h1>{t!("setup-staff-title")}</h1>
        {outcome}
        <Suspense fallback=|| view! { <p>{t!("setup-staff-loading")}</p> }>
            {move || Suspend::new(async move {
                match (staff.await, clinics.await) {
                    (Err(error), _) | (_, Err(error)) => page_error(error, "/admin/staff"),
                    (Ok(list), Ok(clinics)) => view! {
                        {if list.is_empty() {
                            view! { <p class="empty">{t!("setup-staff-none")}</p> }.into_any()
                        } else {
                            view! { <StaffTable list clinics=clinics.clone() set_active set_role set_clinics /> }.into_any()
                        }}
                        <NewStaffEditor clinics create />
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn StaffTable(
    list: Vec<StaffMember>,
    clinics: Vec<ClinicRef>,
    set_active: ServerAction<SetStaffActive>,
    set_role: ServerAction<SetStaffRole>,
    set_clinics: ServerAction<SetStaffClinics>,
) -> impl IntoView {
    let rows = list
        .into_iter()
        .map(|member| {
            let membership = view! {
                <MembershipEditor member=member.clone() clinics=clinics.clone() set_clinics />
            };
            let status = t!(if member.active { "setup-active" } else { "setup-staff-deactivated" });
            let role_label = t!("setup-staff-role-of", name = member.display_name.as_str());
            let action = if member.active {
                let question = t!("setup-staff-deactivate-question", name = member.display_name.as_str());
                view! {
                    <details class="confirm">
                        <summary class="button button-small">{t!("setup-deactivate-more")}</summary>
                        <ActionForm action=set_active attr:class="confirm-body">
                            <p>{question}</p>
                            <input type="hidden" name="staff_id" value=member.id.to_string() />
                            <input type="hidden" name="active" value="false" />
                            <button type="submit" class="button button-small button-danger">{t!("setup-deactivate")}</button>
                        </ActionForm>
                    </details>
                }
                .into_any()
            } else {
                view! {
                    <ActionForm action=set_active attr:class="inline-form">
                        <input type="hidden" name="staff_id" value=member.id.to_string() />
                        <input type="hidden" name="active" value="true" />
                        <button type="submit" class="button button-small">{t!("setup-reactivate")}</button>
                    </ActionForm>
                }
                .into_any()
            };
            view! {
                <tr>
                    <td>{member.display_name}</td>
                    <td>{member.email}</td>
                    <td>
                        <ActionForm action=set_role attr:class="role-form">
                            <input type="hidden" name="staff_id" value=member.id.to_string() />
                            <label class="visually-hidden" for=format!("role-{}", member.id)>
                                {role_label}
                            </label>
                            <select id=format!("role-{}", member.id) name="role">
                                {Role::ALL
                                    .into_iter()
                                    .map(|role| view! {
                                        <option value=role.as_str() selected=role == member.role>{t!(role.message_key())}</option>
                                    })
                                    .collect_view()}
                            </select>
                            <button type="submit" class="button button-small">{t!("setup-staff-change")}</button>
                        </ActionForm>
                    </td>
                    <td>
                        {member.clinics.join(", ")}
                        {membership}
                    </td>
                    <td>{status}</td>
                    <td>{action}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <DataTable caption="table-staff-of-your-clinics" columns=&["column-name", "column-email", "column-role", "column-clinics", "column-status", ""]>
            {rows}
        </DataTable>
    }
}

/// The clinics a colleague belongs to, as tick boxes of the admin's own clinics.
#[component]
fn MembershipEditor(
    member: StaffMember,
    clinics: Vec<ClinicRef>,
    set_clinics: ServerAction<SetStaffClinics>,
) -> impl IntoView {
    let boxes = clinics
        .into_iter()
        .map(|clinic| {
            let id = format!("clinics-{}-{}", member.id, clinic.id);
            let checked = member.clinic_ids.contains(&clinic.id);
            view! {
                <div class="field-check">
                    <input id=id.clone() type="checkbox" name="clinic_ids[]" value=clinic.id.to_string() checked=checked />
                    <label for=id>{clinic.name}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <details class="confirm">
            <summary class="button button-small">
                {t!("setup-staff-clinics-more")}
                <span class="visually-hidden">{t!("setup-of-name", name = member.display_name.as_str())}</span>
            </summary>
            <ActionForm action=set_clinics attr:class="confirm-body">
                <input type="hidden" name="staff_id" value=member.id.to_string() />
                <fieldset class="choice-list">
                    <legend>{t!("setup-staff-clinics-of", name = member.display_name.as_str())}</legend>
                    {boxes}
                </fieldset>
                <button type="submit" class="button button-small">{t!("setup-staff-save-clinics")}</button>
            </ActionForm>
        </details>
    }
}

const NEW_STAFF_FIELDS: &[&str] = &["display_name", "email", "role", "clinic_ids"];

/// Adds a staff member and shows the one-time link with which they choose their password.
#[component]
fn NewStaffEditor(clinics: Vec<ClinicRef>, create: ServerAction<CreateStaff>) -> impl IntoView {
    let feedback = FormFeedback::provide(create);
    let roles = Role::ALL.iter().map(|r| (r.as_str().to_string(), t!(r.message_key()))).collect();
    let single = clinics.len() == 1;
    let ticked =
        if single { clinics.iter().map(|c| c.id.to_string()).collect() } else { Vec::new() };
    let choices = clinics.into_iter().map(|c| (c.id.to_string(), c.name)).collect();
    let invited = move || {
        create.value().get().and_then(Result::ok).map(|invited| {
            view! {
                <div class="status status-ok" role="status">
                    <p>{t!(
                        "setup-staff-invited",
                        name = invited.display_name.as_str(),
                        days = invited.valid_for_days,
                    )}</p>
                    <label class="visually-hidden" for="invitation-link">{t!("setup-staff-invitation-link")}</label>
                    <input id="invitation-link" class="copy-field" readonly value=invited.link />
                </div>
            }
        })
    };
    view! {
        <section class="card editor">
            <h2>{t!("setup-staff-add-heading")}</h2>
            {invited}
            <FormProblem feedback keys=NEW_STAFF_FIELDS />
            <ActionForm action=create attr:class="form">
                <div class="form-row">
                    <TextField key="display_name" label=t!("setup-name") value="" required=true autocomplete="off"
                        check=|v| model::check_display_name(v).err() />
                    <TextField key="email" label=t!("setup-staff-work-email") value="" input_type="email" required=true
                        autocomplete="off" check=|v| Email::parse(v).err() />
                </div>
                <SelectField key="role" label=t!("setup-staff-role") value="receptionist" options=roles />
                <ChoiceList key="clinic_ids" legend=t!("setup-staff-clinics") choices ticked />
                <div>
                    <button type="submit" class="button" disabled=move || create.pending().get()>{t!("setup-staff-add")}</button>
                </div>
            </ActionForm>
        </section>
    }
}
