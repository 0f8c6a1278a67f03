//! `/setup/{clinic}/time-off`: holidays and blockouts that have not ended; add and remove.

use leptos::prelude::*;

use super::{SetupFrame, clinic_param, here};
use crate::domain::schedule::{parse_date, parse_time};
use crate::setup::model::{self, TimeOffData, TimeOffScope};
use crate::setup::time_off::{AddTimeOff, RemoveTimeOff, list_time_off};
use crate::ui::form::{FormFeedback, FormProblem, SavedNotice, SelectField, TextField};
use crate::ui::{DataTable, page_error};

#[component]
pub fn TimeOffPage() -> impl IntoView {
    let clinic = clinic_param();
    let add = ServerAction::<AddTimeOff>::new();
    let remove = ServerAction::<RemoveTimeOff>::new();
    let data = Resource::new(
        move || (clinic.get(), add.version().get(), remove.version().get()),
        |(clinic, _, _)| list_time_off(clinic),
    );
    let remove_error = move || {
        remove.value().get().and_then(Result::err).map(|error| {
            view! { <p class="status status-error" role="alert">{error.to_string()}</p> }
        })
    };
    view! {
        <Suspense fallback=|| view! { <p>"Loading time off…"</p> }>
            {move || Suspend::new(async move {
                let view = match data.await {
                    Err(error) => return page_error(error, &here()),
                    Ok(view) => view,
                };
                let slug = view.clinic.slug.clone();
                let zone = view.clinic.time_zone.clone();
                let rows = view.data.entries.iter().cloned().map(|entry| {
                    let slug = slug.clone();
                    let question = format!("Remove “{}” ({} to {})?", entry.reason, entry.starts_local, entry.ends_local);
                    let action = view.can_edit.then(move || view! {
                        <details class="confirm">
                            <summary class="button button-small">"Remove…"</summary>
                            <ActionForm action=remove attr:class="confirm-body">
                                <p>{question}</p>
                                <input type="hidden" name="clinic" value=slug.clone() />
                                <input type="hidden" name="id" value=entry.id.to_string() />
                                <button type="submit" class="button button-small button-danger">"Remove"</button>
                            </ActionForm>
                        </details>
                    });
                    view! {
                        <tr>
                            <td>{entry.applies_to.clone()}</td>
                            <td>{entry.starts_local.clone()}</td>
                            <td>{entry.ends_local.clone()}</td>
                            <td>
                                {entry.reason.clone()}
                                {(entry.affected > 0).then(|| view! {
                                    <br />
                                    <a href=format!("/calendar/affected?time_off={}", entry.id)>
                                        {match entry.affected {
                                            1 => "1 appointment is booked in this time".to_string(),
                                            n => format!("{n} appointments are booked in this time"),
                                        }}
                                    </a>
                                })}
                            </td>
                            <td class="actions">{action}</td>
                        </tr>
                    }
                }).collect_view();
                let empty = view.data.entries.is_empty();
                view! {
                    <SetupFrame clinic=view.clinic.clone() can_edit=view.can_edit title="Time off">
                        <p>{format!("Times are local to the clinic ({zone}).")}</p>
                        {remove_error}
                        {if empty {
                            view! { <p class="empty">"No time off ahead."</p> }.into_any()
                        } else {
                            view! {
                                <DataTable caption="Time off ahead" columns=&["Applies to", "From", "Until", "Reason", ""]>{rows}</DataTable>
                            }.into_any()
                        }}
                        {view.can_edit.then(|| view! { <TimeOffEditor clinic=slug.clone() data=view.data.clone() add /> })}
                    </SetupFrame>
                }.into_any()
            })}
        </Suspense>
    }
}

const FIELDS: &[&str] = &["applies_to", "from_date", "from_time", "to_date", "to_time", "reason"];

#[component]
fn TimeOffEditor(
    clinic: String,
    data: TimeOffData,
    add: ServerAction<AddTimeOff>,
) -> impl IntoView {
    let feedback = FormFeedback::provide(add);
    let optional_time =
        |v: &str| if v.trim().is_empty() { None } else { parse_time(v, "a time").err() };
    let choices =
        std::iter::once((TimeOffScope::Clinic.form_value(), "Whole clinic (holiday)".to_string()))
            .chain(data.providers.iter().filter(|p| p.active).map(|p| {
                (TimeOffScope::Provider(p.id).form_value(), format!("Provider: {}", p.name))
            }))
            .chain(
                data.chairs.iter().filter(|c| c.active).map(|c| {
                    (TimeOffScope::Chair(c.id).form_value(), format!("Chair: {}", c.name))
                }),
            )
            .collect();
    view! {
        <section class="card editor">
            <h2>"Add time off"</h2>
            <FormProblem feedback keys=FIELDS />
            <SavedNotice action=add text="Added." />
            <ActionForm action=add attr:class="form">
                <input type="hidden" name="clinic" value=clinic />
                <SelectField key="applies_to" label="Applies to" value="clinic" options=choices />
                <div class="form-row">
                    <TextField key="from_date" label="First day" value="" input_type="date" required=true
                        check=|v| parse_date(v, "the first day").err() />
                    <TextField key="from_time" label="From (optional)" value="" input_type="time"
                        hint="Empty: from the start of the day." check=optional_time />
                </div>
                <div class="form-row">
                    <TextField key="to_date" label="Last day" value="" input_type="date" required=true
                        check=|v| parse_date(v, "the last day").err() />
                    <TextField key="to_time" label="Until (optional)" value="" input_type="time"
                        hint="Empty: to the end of the day." check=optional_time />
                </div>
                <TextField key="reason" label="Reason" value="" required=true
                    hint="Shown in the calendar, for example “Christmas Day” or “Chair repair”."
                    check=|v| model::check_reason(v).err() />
                <div>
                    <button type="submit" class="button" disabled=move || add.pending().get()>"Add time off"</button>
                </div>
            </ActionForm>
        </section>
    }
}
