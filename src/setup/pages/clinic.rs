//! `/setup/{clinic}`: the clinic's name, address, contact details, time zone and booking policy.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use super::{SetupFrame, clinic_param, here};
use crate::domain::fields::optional_text;
use crate::domain::{Currency, Slug, TimeZoneName};
use crate::feeds::model::PatientDetail;
use crate::setup::clinic::{ClinicPageData, SaveClinic, clinic_details};
use crate::setup::model::{self, ClinicForm, ClinicSettings};
use crate::t;
use crate::ui::form::{FormFeedback, FormProblem, SavedNotice, SelectField, TextField};
use crate::ui::page_error;

/// How calendar feeds show patients, in the page's language.
fn patient_detail_label(detail: PatientDetail) -> String {
    t!(match detail {
        PatientDetail::None => "setup-feed-none",
        PatientDetail::Initials => "setup-feed-initials",
        PatientDetail::Name => "setup-feed-name",
    })
}

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
        <Suspense fallback=|| view! { <p>{t!("setup-clinic-loading")}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Err(error) => page_error(error, &here()),
                    Ok(view) => view! {
                        <SetupFrame clinic=view.clinic.clone() can_edit=view.can_edit title=t!("setup-section-clinic")>
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
            <dt>{t!("setup-name")}</dt><dd>{settings.clinic.name}</dd>
            <dt>{t!("setup-clinic-time-zone")}</dt><dd>{settings.clinic.time_zone}</dd>
            <dt>{t!("setup-clinic-address")}</dt><dd class="multiline">{or_dash(settings.address)}</dd>
            <dt>{t!("setup-clinic-phone")}</dt><dd>{or_dash(settings.phone)}</dd>
            <dt>{t!("setup-clinic-email")}</dt><dd>{or_dash(settings.email)}</dd>
            <dt>{t!("setup-clinic-calling-code")}</dt><dd>{format!("+{}", settings.calling_code)}</dd>
            <dt>{t!("setup-clinic-currency")}</dt><dd>{settings.currency.code()}</dd>
            <dt>{t!("setup-clinic-booking-address")}</dt><dd>{format!("/book/{}", settings.clinic.slug)}</dd>
            <dt>{t!("setup-clinic-slot-step")}</dt><dd>{t!("setup-clinic-minutes", minutes = settings.slot_step_minutes)}</dd>
            <dt>{t!("setup-clinic-min-notice")}</dt><dd>{t!("setup-clinic-minutes", minutes = settings.min_notice_minutes)}</dd>
            <dt>{t!("setup-clinic-horizon")}</dt><dd>{t!("setup-clinic-days-ahead", days = settings.horizon_days)}</dd>
            <dt>{t!("setup-clinic-cancel-notice")}</dt><dd>{t!("setup-clinic-hours-before", hours = settings.cancel_notice_hours)}</dd>
            <dt>{t!("setup-clinic-reminders")}</dt>
            <dd>{match settings.reminder_hours.as_slice() {
                [] => t!("setup-none"),
                [hours] => t!("setup-clinic-hours-before", hours = *hours),
                hours => {
                    let and = format!(" {} ", t!("setup-clinic-and"));
                    let list = hours.iter().map(|h| h.to_string()).collect::<Vec<_>>().join(and.as_str());
                    t!("setup-clinic-hours-before", hours = list)
                }
            }}</dd>
            <dt>{t!("setup-clinic-recall-emails")}</dt>
            <dd>{match (settings.recall_email_days_before, settings.recall_email_again_after_days) {
                (None, _) => t!("setup-none"),
                (Some(before), None) => t!("setup-clinic-recall-before", before = before),
                (Some(before), Some(again)) => {
                    t!("setup-clinic-recall-before-again", before = before, again = again)
                }
            }}</dd>
            <dt>{t!("setup-clinic-feed")}</dt><dd>{patient_detail_label(settings.feed_patient_detail)}</dd>
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
        .map(|d| (d.as_str().to_string(), patient_detail_label(d)))
        .collect();
    let slug = data.settings.clinic.slug.clone();
    let zones = data
        .time_zones
        .into_iter()
        .map(|zone| view! { <option value=zone></option> })
        .collect_view();
    view! {
        <FormProblem feedback keys=FIELDS />
        <SavedNotice action=save text=t!("setup-clinic-saved") />
        <ActionForm action=save attr:class="form form-wide">
            <input type="hidden" name="clinic" value=slug />
            <fieldset>
                <legend>{t!("setup-clinic-legend")}</legend>
                <TextField key="name" label=t!("setup-name") value=form.name required=true
                    check=|v| crate::domain::fields::required_text(v, &t!("setup-clinic-what-name"), 200).err() />
                <TextField key="slug" label=t!("setup-clinic-booking-address") value=form.slug required=true
                    hint=t!("setup-clinic-slug-hint")
                    check=|v| Slug::parse(v).err() />
                <TextField key="time_zone" label=t!("setup-clinic-time-zone") value=form.time_zone required=true
                    list="time-zones" autocomplete="off"
                    hint=t!("setup-clinic-time-zone-hint")
                    check=|v| TimeZoneName::parse(v).err() />
                <datalist id="time-zones">{zones}</datalist>
                <TextField key="address" label=t!("setup-clinic-address") value=form.address multiline=true
                    check=|v| optional_text(v, 500).err() />
                <TextField key="phone" label=t!("setup-clinic-phone") value=form.phone input_type="tel" autocomplete="off"
                    check=|v| model::check_optional_phone(v).err() />
                <TextField key="email" label=t!("setup-clinic-email") value=form.email input_type="email" autocomplete="off"
                    check=|v| model::check_optional_email(v).err() />
                <TextField key="calling_code" label=t!("setup-clinic-calling-code") value=form.calling_code
                    inputmode="numeric" required=true
                    hint=t!("setup-clinic-calling-code-hint")
                    check=|v| model::check_calling_code(v).err() />
                <SelectField key="currency" label=t!("setup-clinic-currency") value=form.currency
                    options=Currency::choices().into_iter().map(|code| (code.clone(), code)).collect()
                    hint=t!("setup-clinic-currency-hint") />
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
                <legend>{t!("setup-clinic-policy")}</legend>
                <TextField key="slot_step_minutes" label=t!("setup-clinic-slot-step-label") value=form.slot_step_minutes
                    input_type="number" min="5" max="60" step="5" required=true
                    hint=t!("setup-clinic-slot-step-hint")
                    check=|v| model::check_slot_step(v).err() />
                <TextField key="min_notice_minutes" label=t!("setup-clinic-min-notice-label")
                    value=form.min_notice_minutes input_type="number" min="0" max="20160" required=true
                    check=|v| model::check_notice(v).err() />
                <TextField key="horizon_days" label=t!("setup-clinic-horizon-label") value=form.horizon_days
                    input_type="number" min="1" max="730" required=true
                    check=|v| model::check_horizon(v).err() />
                <TextField key="cancel_notice_hours" label=t!("setup-clinic-cancel-notice-label")
                    value=form.cancel_notice_hours input_type="number" min="0" max="336" required=true
                    check=|v| model::check_cancel_notice(v).err() />
                <TextField key="reminder_hours" label=t!("setup-clinic-reminders-label")
                    value=form.reminder_hours hint=t!("setup-clinic-reminders-hint")
                    check=|v| model::check_reminder_hours(v).err() />
                <div class="form-row">
                    <TextField key="recall_email_days_before" label=t!("setup-clinic-recall-before-label")
                        value=form.recall_email_days_before input_type="number" min="0" max="90"
                        hint=t!("setup-clinic-recall-before-hint")
                        check=|v| model::check_recall_days_before(v).err() />
                    <TextField key="recall_email_again_after_days" label=t!("setup-clinic-recall-again-label")
                        value=form.recall_email_again_after_days input_type="number" min="1" max="180"
                        hint=t!("setup-clinic-recall-again-hint")
                        check=|v| model::check_recall_again_after(v).err() />
                </div>
                <SelectField key="feed_patient_detail" label=t!("setup-clinic-feed-label")
                    value=form.feed_patient_detail options=feed_details
                    hint=t!("setup-clinic-feed-hint") />
            </fieldset>
            <div>
                <button type="submit" class="button" disabled=move || save.pending().get()>{t!("setup-clinic-save")}</button>
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
