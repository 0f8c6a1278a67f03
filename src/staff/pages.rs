use leptos::prelude::*;
use leptos_meta::Title;

use super::api::{SetStaffActive, SetStaffRole, list_staff};
use super::model::StaffMember;
use crate::domain::Role;
use crate::ui::{DataTable, page_error};

/// Admins: the staff of their clinics, with deactivation (which signs the person out
/// everywhere) behind a confirmation step.
#[component]
pub fn StaffPage() -> impl IntoView {
    let set_active = ServerAction::<SetStaffActive>::new();
    let set_role = ServerAction::<SetStaffRole>::new();
    let staff = Resource::new(
        move || (set_active.version().get(), set_role.version().get()),
        |_| list_staff(),
    );
    let outcome = move || {
        let failed = set_active.value().get().and_then(Result::err);
        failed.or_else(|| set_role.value().get().and_then(Result::err)).map(|error| {
            view! { <p class="status status-error" role="alert">{error.to_string()}</p> }
        })
    };
    view! {
        <Title text="Staff" />
        <h1>"Staff"</h1>
        {outcome}
        <Suspense fallback=|| view! { <p>"Loading staff…"</p> }>
            {move || Suspend::new(async move {
                match staff.await {
                    Err(error) => page_error(error, "/admin/staff"),
                    Ok(list) if list.is_empty() => view! { <p>"No staff yet."</p> }.into_any(),
                    Ok(list) => view! { <StaffTable list set_active set_role /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn StaffTable(
    list: Vec<StaffMember>,
    set_active: ServerAction<SetStaffActive>,
    set_role: ServerAction<SetStaffRole>,
) -> impl IntoView {
    let rows = list
        .into_iter()
        .map(|member| {
            let status = if member.active { "Active" } else { "Deactivated" };
            let role_label = format!("Role of {}", member.display_name);
            let action = if member.active {
                let question = format!("Deactivate {}? They are signed out everywhere at once.", member.display_name);
                view! {
                    <details class="confirm">
                        <summary class="button button-small">"Deactivate…"</summary>
                        <ActionForm action=set_active attr:class="confirm-body">
                            <p>{question}</p>
                            <input type="hidden" name="staff_id" value=member.id.to_string() />
                            <input type="hidden" name="active" value="false" />
                            <button type="submit" class="button button-small button-danger">"Deactivate"</button>
                        </ActionForm>
                    </details>
                }
                .into_any()
            } else {
                view! {
                    <ActionForm action=set_active attr:class="inline-form">
                        <input type="hidden" name="staff_id" value=member.id.to_string() />
                        <input type="hidden" name="active" value="true" />
                        <button type="submit" class="button button-small">"Reactivate"</button>
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
                                        <option value=role.as_str() selected=role == member.role>{role.label()}</option>
                                    })
                                    .collect_view()}
                            </select>
                            <button type="submit" class="button button-small">"Change"</button>
                        </ActionForm>
                    </td>
                    <td>{member.clinics.join(", ")}</td>
                    <td>{status}</td>
                    <td>{action}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <DataTable caption="Staff of your clinics" columns=&["Name", "Email", "Role", "Clinics", "Status", ""]>
            {rows}
        </DataTable>
    }
}
