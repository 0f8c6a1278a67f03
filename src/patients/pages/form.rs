//! The new-patient and edit-patient pages, sharing one set of fields.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::domain::fields::optional_text;
use crate::domain::patient::{DateOrder, PhoneNumber, parse_typed_date};
use crate::patients::model::{self, CONTACT_METHODS, PatientForm, SEXES};
use crate::patients::records::{CreatePatient, UpdatePatient, get_patient, new_patient_form};
use crate::t;
use crate::ui::form::{CheckboxField, FormFeedback, FormProblem, SelectField, TextField};
use crate::ui::page_error;

const FIELDS: &[&str] = &[
    "first_name",
    "last_name",
    "preferred_name",
    "date_of_birth",
    "sex",
    "mobile_phone",
    "home_phone",
    "email",
    "address",
    "emergency_contact_name",
    "emergency_contact_phone",
    "preferred_contact",
    "language",
    "notes",
    "confirm_new",
];

/// In the browser a phone is checked for shape only; the server reads it with the clinic's
/// calling code.
fn phone_shape(input: &str) -> Option<String> {
    if input.trim().is_empty() { None } else { PhoneNumber::parse(input, 44).err() }
}

/// In the browser a birth date is checked for shape in either order; the server reads it in
/// the clinic's order and checks it is in the past.
fn date_shape(input: &str) -> Option<String> {
    let readable = parse_typed_date(input, DateOrder::DayFirst)
        .or_else(|| parse_typed_date(input, DateOrder::MonthFirst));
    readable.is_none().then(|| t!("patient-date-shape"))
}

/// The message of a sex of [`SEXES`] (by its value) as a choice.
fn sex_key(value: &str) -> &'static str {
    match value {
        "female" => "patient-sex-female",
        "male" => "patient-sex-male",
        "other" => "patient-sex-other",
        _ => "patient-sex-not-recorded",
    }
}

/// The message of a way of contact of [`CONTACT_METHODS`] (by its value).
pub(super) fn contact_key(value: &str) -> &'static str {
    match value {
        "sms" => "patient-contact-sms",
        "email" => "patient-contact-email",
        "post" => "patient-contact-post",
        _ => "patient-contact-phone",
    }
}

/// A list's choices, each value with its words in the page's language.
fn options(choices: &[(&str, &str)], key: fn(&str) -> &'static str) -> Vec<(String, String)> {
    choices.iter().map(|(v, _)| (v.to_string(), t!(key(v)))).collect()
}

#[component]
fn PatientFields(form: PatientForm, order: DateOrder) -> impl IntoView {
    let date_hint = t!(match order {
        DateOrder::DayFirst => "patient-date-hint-day-first",
        DateOrder::MonthFirst => "patient-date-hint-month-first",
    });
    view! {
        <fieldset>
            <legend>{t!("patient-form-name-and-birth")}</legend>
            <div class="form-row">
                <TextField key="first_name" label=t!("patient-field-first-name") value=form.first_name required=true autocomplete="off"
                    check=|v| model::check_first_name(v).err() />
                <TextField key="last_name" label=t!("patient-field-last-name") value=form.last_name required=true autocomplete="off"
                    check=|v| model::check_last_name(v).err() />
                <TextField key="preferred_name" label=t!("patient-field-preferred-name") value=form.preferred_name autocomplete="off"
                    check=|v| optional_text(v, 100).err() />
            </div>
            <div class="form-row">
                <TextField key="date_of_birth" label=t!("patient-field-date-of-birth") value=form.date_of_birth required=true
                    inputmode="numeric" autocomplete="off" hint=date_hint check=date_shape />
                <SelectField key="sex" label=t!("patient-field-sex") value=form.sex options=options(&SEXES, sex_key) />
            </div>
        </fieldset>
        <fieldset>
            <legend>{t!("patient-form-contact")}</legend>
            <div class="form-row">
                <TextField key="mobile_phone" label=t!("patient-field-mobile-phone") value=form.mobile_phone input_type="tel"
                    autocomplete="off" check=phone_shape />
                <TextField key="home_phone" label=t!("patient-field-home-phone") value=form.home_phone input_type="tel"
                    autocomplete="off" check=phone_shape />
            </div>
            <TextField key="email" label=t!("patient-field-email") value=form.email input_type="email" autocomplete="off"
                check=|v| model::check_optional_email(v).err() />
            <TextField key="address" label=t!("patient-field-postal-address") value=form.address multiline=true
                check=|v| optional_text(v, 500).err() />
            <div class="form-row">
                <SelectField key="preferred_contact" label=t!("patient-field-preferred-contact") value=form.preferred_contact
                    options=options(&CONTACT_METHODS, contact_key) />
                <CheckboxField key="email_reminders" label=t!("patient-field-email-reminders")
                    checked=form.email_reminders.is_some() />
            </div>
            <SelectField key="language" label=t!("patient-field-language") value=form.language
                options=language_choices() hint=t!("patient-field-language-hint") />
        </fieldset>
        <fieldset>
            <legend>{t!("patient-form-emergency-and-notes")}</legend>
            <div class="form-row">
                <TextField key="emergency_contact_name" label=t!("patient-field-emergency-contact") value=form.emergency_contact_name
                    autocomplete="off" check=|v| optional_text(v, 100).err() />
                <TextField key="emergency_contact_phone" label=t!("patient-field-their-phone") value=form.emergency_contact_phone
                    input_type="tel" autocomplete="off" check=phone_shape />
            </div>
            <TextField key="notes" label=t!("patient-field-notes") value=form.notes multiline=true
                check=|v| optional_text(v, 5000).err() />
        </fieldset>
    }
}

/// `/patients/new?clinic=…`
#[component]
pub fn NewPatientPage() -> impl IntoView {
    let query = use_query_map();
    let clinic = Memo::new(move |_| query.read().get("clinic").unwrap_or_default());
    let context = Resource::new(move || clinic.get(), new_patient_form);
    let create = ServerAction::<CreatePatient>::new();
    view! {
        <Title text=t!("patient-new-title") />
        <h1>{t!("patient-new-title")}</h1>
        <Suspense fallback=|| view! { <p>{t!("common-loading")}</p> }>
            {move || Suspend::new(async move {
                match context.await {
                    Err(error) => page_error(error, "/patients/new"),
                    Ok(context) => view! { <NewPatientForm context create /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn NewPatientForm(
    context: model::NewPatientContext,
    create: ServerAction<CreatePatient>,
) -> impl IntoView {
    let feedback = FormFeedback::provide(create);
    let order = DateOrder::for_calling_code(context.calling_code);
    let duplicates = move || feedback.message("confirm_new");
    view! {
        <p>{t!("patient-new-for", clinic = context.clinic.name.as_str())}</p>
        <FormProblem feedback keys=FIELDS />
        <ActionForm action=create attr:class="form form-wide">
            <input type="hidden" name="clinic" value=context.clinic.slug.clone() />
            <PatientFields form=PatientForm { preferred_contact: "phone".into(), ..Default::default() } order />
            {move || duplicates().map(|message| view! {
                <div class="status status-warning" role="alert">
                    <p>{message}</p>
                    <div class="field-check">
                        <input id="confirm_new" name="confirm_new" type="checkbox" value="on" />
                        <label for="confirm_new">{t!("patient-new-different-person")}</label>
                    </div>
                </div>
            })}
            <div>
                <button type="submit" class="button" disabled=move || create.pending().get()>{t!("patient-new-create")}</button>
            </div>
        </ActionForm>
    }
}

/// `/patients/{id}/edit`
#[component]
pub fn EditPatientPage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| {
        params.read().get("id").and_then(|v| v.parse::<i64>().ok()).unwrap_or_default()
    });
    let record = Resource::new(move || id.get(), get_patient);
    let update = ServerAction::<UpdatePatient>::new();
    view! {
        <Suspense fallback=|| view! { <p>{t!("patient-loading-record")}</p> }>
            {move || Suspend::new(async move {
                match record.await {
                    Err(error) => page_error(error, &format!("/patients/{}/edit", id.get_untracked())),
                    Ok(record) => view! { <EditPatientForm record update /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn EditPatientForm(
    record: model::PatientRecord,
    update: ServerAction<UpdatePatient>,
) -> impl IntoView {
    let feedback = FormFeedback::provide(update);
    let order = DateOrder::for_calling_code(record.calling_code);
    let mut form = PatientForm::from_record(&record);
    // Phones are edited as readable text, and the date in the clinic's order.
    form.date_of_birth = match order {
        DateOrder::DayFirst => record.date_of_birth.format("%d/%m/%Y").to_string(),
        DateOrder::MonthFirst => record.date_of_birth.format("%m/%d/%Y").to_string(),
    };
    let title = t!("patient-edit-title", name = record.display_name());
    view! {
        <Title text=title.clone() />
        <h1>{title}</h1>
        <FormProblem feedback keys=FIELDS />
        <ActionForm action=update attr:class="form form-wide">
            <input type="hidden" name="id" value=record.id.to_string() />
            <input type="hidden" name="version" value=record.version.to_string() />
            <PatientFields form order />
            <div class="form-row">
                <button type="submit" class="button" disabled=move || update.pending().get()>{t!("patient-edit-save")}</button>
                <A href=format!("/patients/{}", record.id) attr:class="button button-quiet-dark">{t!("patient-cancel")}</A>
            </div>
        </ActionForm>
    }
}

/// The languages emails to a patient may be written in, the clinic's first.
fn language_choices() -> Vec<(String, String)> {
    std::iter::once((String::new(), t!("patient-language-clinics")))
        .chain(crate::i18n::Language::all().map(|l| (l.tag().to_string(), l.name().to_string())))
        .collect()
}
