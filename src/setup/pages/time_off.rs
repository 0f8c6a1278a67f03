//! `/setup/{clinic}/time-off`: holidays and blockouts that have not ended; add and remove.

use leptos::prelude::*;

use super::{SetupFrame, clinic_param, here};
use crate::domain::schedule::{parse_date, parse_time};
use crate::i18n::Locale;
use crate::setup::model::{self, TimeOffData, TimeOffScope};
use crate::setup::time_off::{AddTimeOff, RemoveTimeOff, list_time_off};
use crate::t;
use crate::ui::form::{FormFeedback, FormProblem, SavedNotice, SelectField, TextField};
use crate::ui::{DataTable, page_error};

/// A moment in the clinic's local time, sent as `2026-12-24 13:00`, as the reader writes it;
/// as sent if it is not in that shape.
fn local_moment(locale: Locale, sent: &str) -> String {
    chrono::NaiveDateTime::parse_from_str(sent, "%Y-%m-%d %H:%M")
        .map(|moment| locale.date_time_long(moment.date(), moment.time()))
        .unwrap_or_else(|_| sent.to_string())
}

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
        <Suspense fallback=|| view! { <p>{t!("setup-time-off-loading")}</p> }>
            {move || Suspend::new(async move {
                let view = match data.await {
                    Err(error) => return page_error(error, &here()),
                    Ok(view) => view,
                };
                let slug = view.clinic.slug.clone();
                let zone = view.clinic.time_zone.clone();
                let locale = view.clinic.locale();
                let rows = view.data.entries.iter().cloned().map(|entry| {
                    let slug = slug.clone();
                    let starts = local_moment(locale, &entry.starts_local);
                    let ends = local_moment(locale, &entry.ends_local);
                    let question = t!(
                        "setup-time-off-remove-question",
                        reason = entry.reason.as_str(),
                        from = starts.as_str(),
                        until = ends.as_str(),
                    );
                    let applies_to = match entry.scope {
                        TimeOffScope::Clinic => t!("setup-time-off-whole-clinic"),
                        TimeOffScope::Provider(_) | TimeOffScope::Chair(_) => entry.applies_to.clone(),
                    };
                    let action = view.can_edit.then(move || view! {
                        <details class="confirm">
                            <summary class="button button-small">{t!("setup-time-off-remove-more")}</summary>
                            <ActionForm action=remove attr:class="confirm-body">
                                <p>{question}</p>
                                <input type="hidden" name="clinic" value=slug.clone() />
                                <input type="hidden" name="id" value=entry.id.to_string() />
                                <button type="submit" class="button button-small button-danger">{t!("setup-time-off-remove")}</button>
                            </ActionForm>
                        </details>
                    });
                    view! {
                        <tr>
                            <td>{applies_to}</td>
                            <td>{starts}</td>
                            <td>{ends}</td>
                            <td>
                                {entry.reason.clone()}
                                {(entry.affected > 0).then(|| view! {
                                    <br />
                                    <a href=format!("/calendar/affected?time_off={}", entry.id)>
                                        {t!("setup-time-off-affected", count = entry.affected)}
                                    </a>
                                })}
                            </td>
                            <td class="actions">{action}</td>
                        </tr>
                    }
                }).collect_view();
                let empty = view.data.entries.is_empty();
                view! {
                    <SetupFrame clinic=view.clinic.clone() can_edit=view.can_edit title=t!("setup-section-time-off")>
                        <p>{t!("setup-time-off-local", zone = zone.as_str())}</p>
                        {remove_error}
                        {if empty {
                            view! { <p class="empty">{t!("setup-time-off-none")}</p> }.into_any()
                        } else {
                            view! {
                                <DataTable caption="table-time-off-ahead" columns=&["column-applies-to", "column-from", "column-until", "column-reason", ""]>{rows}</DataTable>
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
    let optional_time = |v: &str| {
        if v.trim().is_empty() { None } else { parse_time(v, &t!("setup-what-time")).err() }
    };
    let choices = std::iter::once((
        TimeOffScope::Clinic.form_value(),
        t!("setup-time-off-whole-clinic-holiday"),
    ))
    .chain(data.providers.iter().filter(|p| p.active).map(|p| {
        (
            TimeOffScope::Provider(p.id).form_value(),
            t!("setup-time-off-provider", name = p.name.as_str()),
        )
    }))
    .chain(data.chairs.iter().filter(|c| c.active).map(|c| {
        (TimeOffScope::Chair(c.id).form_value(), t!("setup-time-off-chair", name = c.name.as_str()))
    }))
    .collect();
    view! {
        <section class="card editor">
            <h2>{t!("setup-time-off-add")}</h2>
            <FormProblem feedback keys=FIELDS />
            <SavedNotice action=add text=t!("setup-time-off-added") />
            <ActionForm action=add attr:class="form">
                <input type="hidden" name="clinic" value=clinic />
                <SelectField key="applies_to" label=t!("setup-time-off-applies-to") value="clinic" options=choices />
                <div class="form-row">
                    <TextField key="from_date" label=t!("setup-first-day") value="" input_type="date" required=true
                        check=|v| parse_date(v, &t!("setup-what-first-day")).err() />
                    <TextField key="from_time" label=t!("setup-time-off-from-optional") value="" input_type="time"
                        hint=t!("setup-time-off-from-hint") check=optional_time />
                </div>
                <div class="form-row">
                    <TextField key="to_date" label=t!("setup-last-day") value="" input_type="date" required=true
                        check=|v| parse_date(v, &t!("setup-what-last-day")).err() />
                    <TextField key="to_time" label=t!("setup-time-off-until-optional") value="" input_type="time"
                        hint=t!("setup-time-off-until-hint") check=optional_time />
                </div>
                <TextField key="reason" label=t!("setup-reason") value="" required=true
                    hint=t!("setup-time-off-reason-hint")
                    check=|v| model::check_reason(v).err() />
                <div>
                    <button type="submit" class="button" disabled=move || add.pending().get()>{t!("setup-time-off-add")}</button>
                </div>
            </ActionForm>
        </section>
    }
}
