//! `/setup/{clinic}`: the clinic's name, address, contact details, time zone and booking policy.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use super::{SetupFrame, clinic_param, here};
use crate::domain::fields::optional_text;
use crate::domain::{Currency, Slug, TimeZoneName};
use crate::feeds::model::PatientDetail;
use crate::setup::clinic::{ClinicPageData, SaveClinic, clinic_details};
use crate::setup::model::{self, ClinicForm, ClinicSettings};
use crate::ui::form::{FormFeedback, FormProblem, SavedNotice, SelectField, TextField};
use crate::ui::page_error;

#[component]
pub fn ClinicPage() -> impl IntoView {
    let clinic = clinic_param();
    let save = ServerAction::<SaveClinic>::new();
    let data = Resource::new(
        move || (clinic.get(), save.version().get()),
        |(clinic, _)| clinic_details(clinic),
    );
    // A new address for the clinic moves the page with it.
    Effect::new(move |_| {
        if let Some(Ok(saved)) = save.value().get()
            && saved.slug != clinic.get_untracked()
        {
            use_navigate()(&format!("/setup/{}", saved.slug), Default::default());
        }
    });
    view! {
        <Suspense fallback=|| view! { <p>"Loading the clinic…"</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Err(error) => page_error(error, &here()),
                    Ok(view) => view! {
                        <SetupFrame clinic=view.clinic.clone() can_edit=view.can_edit title="Clinic">
                            {if view.can_edit {
                                view! { <ClinicEditor data=view.data.clone() save /> }.into_any()
                            } else {
                                view! { <ClinicSummary settings=view.data.settings.clone() /> }.into_any()
                            }}
                        </SetupFrame>
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn ClinicSummary(settings: ClinicSettings) -> impl IntoView {
    let or_dash = |text: String| if text.is_empty() { "—".to_string() } else { text };
    view! {
        <dl class="summary">
            <dt>"Name"</dt><dd>{settings.clinic.name}</dd>
            <dt>"Time zone"</dt><dd>{settings.clinic.time_zone}</dd>
            <dt>"Address"</dt><dd class="multiline">{or_dash(settings.address)}</dd>
            <dt>"Phone"</dt><dd>{or_dash(settings.phone)}</dd>
            <dt>"Email"</dt><dd>{or_dash(settings.email)}</dd>
            <dt>"Country calling code"</dt><dd>{format!("+{}", settings.calling_code)}</dd>
            <dt>"Currency"</dt><dd>{settings.currency.code()}</dd>
            <dt>"Online booking address"</dt><dd>{format!("/book/{}", settings.clinic.slug)}</dd>
            <dt>"Slot step"</dt><dd>{format!("{} minutes", settings.slot_step_minutes)}</dd>
            <dt>"Minimum notice for online booking"</dt><dd>{format!("{} minutes", settings.min_notice_minutes)}</dd>
            <dt>"Booking horizon"</dt><dd>{format!("{} days ahead", settings.horizon_days)}</dd>
            <dt>"Patients may cancel online up to"</dt><dd>{format!("{} hours before", settings.cancel_notice_hours)}</dd>
            <dt>"Email reminders"</dt>
            <dd>{match settings.reminder_hours.as_slice() {
                [] => "None".to_string(),
                hours => format!(
                    "{} hours before",
                    hours.iter().map(|h| h.to_string()).collect::<Vec<_>>().join(" and ")
                ),
            }}</dd>
            <dt>"Recall emails"</dt>
            <dd>{match (settings.recall_email_days_before, settings.recall_email_again_after_days) {
                (None, _) => "None".to_string(),
                (Some(before), None) => format!("{before} days before the due date"),
                (Some(before), Some(again)) => format!(
                    "{before} days before the due date, and again {again} days later if not booked"
                ),
            }}</dd>
            <dt>"Calendar feeds show patients as"</dt><dd>{settings.feed_patient_detail.label()}</dd>
        </dl>
    }
}

const FIELDS: &[&str] = &[
    "name",
    "slug",
    "time_zone",
    "address",
    "phone",
    "email",
    "calling_code",
    "currency",
    "slot_step_minutes",
    "min_notice_minutes",
    "horizon_days",
    "cancel_notice_hours",
    "reminder_hours",
    "recall_email_days_before",
    "recall_email_again_after_days",
    "feed_patient_detail",
    "language",
    "region",
    "week_starts",
];

#[component]
fn ClinicEditor(data: ClinicPageData, save: ServerAction<SaveClinic>) -> impl IntoView {
    let feedback = FormFeedback::provide(save);
    let form = ClinicForm::from_settings(&data.settings);
    let feed_details: Vec<(String, String)> = PatientDetail::ALL
        .into_iter()
        .map(|d| (d.as_str().to_string(), d.label().to_string()))
        .collect();
    let slug = data.settings.clinic.slug.clone();
    let zones = data
        .time_zones
        .into_iter()
        .map(|zone| view! { <option value=zone></option> })
        .collect_view();
    view! {
        <FormProblem feedback keys=FIELDS />
        <SavedNotice action=save text="The clinic's details are saved." />
        <ActionForm action=save attr:class="form form-wide">
            <input type="hidden" name="clinic" value=slug />
            <fieldset>
                <legend>"The clinic"</legend>
                <TextField key="name" label="Name" value=form.name required=true
                    check=|v| crate::domain::fields::required_text(v, "the clinic's name", 200).err() />
                <TextField key="slug" label="Online booking address" value=form.slug required=true
                    hint="Lower-case words joined by hyphens; patients book at /book/this-address."
                    check=|v| Slug::parse(v).err() />
                <TextField key="time_zone" label="Time zone" value=form.time_zone required=true
                    list="time-zones" autocomplete="off"
                    hint="Type to search, for example London or New_York. Hours and appointments are in this zone."
                    check=|v| TimeZoneName::parse(v).err() />
                <datalist id="time-zones">{zones}</datalist>
                <TextField key="address" label="Address" value=form.address multiline=true
                    check=|v| optional_text(v, 500).err() />
                <TextField key="phone" label="Phone" value=form.phone input_type="tel" autocomplete="off"
                    check=|v| model::check_optional_phone(v).err() />
                <TextField key="email" label="Email" value=form.email input_type="email" autocomplete="off"
                    check=|v| model::check_optional_email(v).err() />
                <TextField key="calling_code" label="Country calling code" value=form.calling_code
                    inputmode="numeric" required=true
                    hint="Patients' local phone numbers are read with it: 44 in the United Kingdom, 1 in North America."
                    check=|v| model::check_calling_code(v).err() />
                <SelectField key="currency" label="Currency" value=form.currency
                    options=Currency::choices().into_iter().map(|code| (code.clone(), code)).collect()
                    hint="Appointment types' fees are in it. Appointments keep the currency they were booked in." />
                <SelectField key="language" label=crate::t!("setup-clinic-language") value=form.language
                    options=crate::i18n::Language::all().map(|l| (l.tag().to_string(), l.name().to_string())).collect()
                    hint=crate::t!("setup-clinic-language-hint") />
                <TextField key="region" label=crate::t!("setup-clinic-region") value=form.region required=true
                    autocomplete="off" hint=crate::t!("setup-clinic-region-hint")
                    check=|v| model::check_region(v).err() />
                <SelectField key="week_starts" label=crate::t!("setup-clinic-week-starts") value=form.week_starts
                    options=weekday_choices() />
            </fieldset>
            <fieldset>
                <legend>"Booking policy"</legend>
                <TextField key="slot_step_minutes" label="Slot step (minutes)" value=form.slot_step_minutes
                    input_type="number" min="5" max="60" step="5" required=true
                    hint="The grid of offered start times: 5 to 60 minutes."
                    check=|v| model::check_slot_step(v).err() />
                <TextField key="min_notice_minutes" label="Minimum notice for online booking (minutes)"
                    value=form.min_notice_minutes input_type="number" min="0" max="20160" required=true
                    check=|v| model::check_notice(v).err() />
                <TextField key="horizon_days" label="Booking horizon (days ahead)" value=form.horizon_days
                    input_type="number" min="1" max="730" required=true
                    check=|v| model::check_horizon(v).err() />
                <TextField key="cancel_notice_hours" label="Patients may cancel online up to (hours before)"
                    value=form.cancel_notice_hours input_type="number" min="0" max="336" required=true
                    check=|v| model::check_cancel_notice(v).err() />
                <TextField key="reminder_hours" label="Email reminders (hours before the appointment)"
                    value=form.reminder_hours hint="Up to four, separated by commas, like 48, 2. Empty: no reminders."
                    check=|v| model::check_reminder_hours(v).err() />
                <div class="form-row">
                    <TextField key="recall_email_days_before" label="Recall emails (days before the due date)"
                        value=form.recall_email_days_before input_type="number" min="0" max="90"
                        hint="To patients who agreed to email reminders. Empty: no recall emails."
                        check=|v| model::check_recall_days_before(v).err() />
                    <TextField key="recall_email_again_after_days" label="Again if not booked after (days)"
                        value=form.recall_email_again_after_days input_type="number" min="1" max="180"
                        hint="Empty: only the first email."
                        check=|v| model::check_recall_again_after(v).err() />
                </div>
                <SelectField key="feed_patient_detail" label="Providers' calendar feeds show patients as"
                    value=form.feed_patient_detail options=feed_details
                    hint="Calendars on phones are seen by others and kept on other companies' servers." />
            </fieldset>
            <div>
                <button type="submit" class="button" disabled=move || save.pending().get()>"Save the clinic"</button>
            </div>
        </ActionForm>
    }
}

/// The days of the week as choices: `1` (Monday) to `7`, named in the page's language.
fn weekday_choices() -> Vec<(String, String)> {
    let locale = crate::i18n::Locale::here(crate::i18n::Region::GB);
    // 5 January 2026 is a Monday.
    let monday = chrono::NaiveDate::from_ymd_opt(2026, 1, 5).unwrap_or_default();
    (0..7u64)
        .map(|offset| {
            let day = monday + chrono::Days::new(offset);
            ((offset + 1).to_string(), locale.weekday(day))
        })
        .collect()
}
