//! The steps after a time is held: the patient's details, the review with "Confirm", and the
//! confirmation. Each is reached with the booking's random key in the address.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::online::api::{ConfirmBooking, SaveBookingDetails, booking_progress};
use crate::online::model::{HeldBooking, Progress};
use crate::online::pages::flow::{LanguageSwitcher, ProofField, public_error, step_count};
use crate::t;
use crate::ui::form::{CheckboxField, FormFeedback, FormProblem, TextField};

/// The clinic and the booking key of the address.
fn clinic_and_key() -> Memo<(String, String)> {
    let params = use_params_map();
    let query = use_query_map();
    Memo::new(move |_| {
        (
            params.read().get("clinic").unwrap_or_default(),
            query.read().get("booking").unwrap_or_default(),
        )
    })
}

/// What is booked, and until when the time is held.
#[component]
fn Summary(booking: HeldBooking) -> impl IntoView {
    let held = (booking.progress == Progress::Held).then(|| {
        view! {
            <p class="hold-note">
                {t!("book-held-until", time = booking.held_until.as_str(), zone = booking.clinic.time_zone.as_str())}
            </p>
        }
    });
    view! {
        <dl class="booking-summary">
            <dt>{t!("book-summary-appointment")}</dt><dd>{booking.type_name.clone()}</dd>
            <dt>{t!("book-summary-with")}</dt><dd>{booking.provider.clone()}</dd>
            <dt>{t!("book-summary-when")}</dt><dd>{format!("{} ({})", booking.when, booking.clinic.time_zone)}</dd>
            <dt>{t!("book-summary-where")}</dt><dd>{format!("{}, {}", booking.clinic.name, booking.clinic.address)}</dd>
        </dl>
        {held}
    }
}

#[component]
pub fn BookingDetailsPage() -> impl IntoView {
    let address = clinic_and_key();
    let save = ServerAction::<SaveBookingDetails>::new();
    let booking =
        Resource::new(move || address.get(), |(clinic, key)| booking_progress(clinic, key));
    view! {
        <Title text=t!("book-details") />
        <section class="book">
            <LanguageSwitcher />
            <Suspense fallback=|| view! { <p class="loading">{t!("book-loading")}</p> }>
                {move || Suspend::new(async move {
                    match booking.await {
                        Err(error) => public_error(error),
                        Ok(booking) if booking.for_patient.is_some() => {
                            // Held through the patient's own link: there is nothing to type.
                            let (clinic, key) = address.get_untracked();
                            view! {
                                <h1>{t!("book-details")}</h1>
                                <p>{t!("book-details-known")}</p>
                                <p><a href=format!("/book/{clinic}/review?booking={key}") class="button button-primary">{t!("book-review")}</a></p>
                            }.into_any()
                        }
                        Ok(booking) => view! { <DetailsForm booking save /> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn DetailsForm(booking: HeldBooking, save: ServerAction<SaveBookingDetails>) -> impl IntoView {
    let feedback = FormFeedback::provide(save);
    let (clinic, key) = clinic_and_key().get_untracked();
    let challenge = booking.challenge.clone();
    let typed = booking.details.clone().unwrap_or_default();
    let keys: &'static [&'static str] =
        &["first_name", "last_name", "date_of_birth", "email", "phone", "reason", "returning"];
    let returning = typed.returning.clone();
    let radio = move |value: &'static str, label: String| {
        let id = format!("field-returning-{value}");
        let checked = feedback.typed("returning").unwrap_or(returning.clone()) == value;
        view! {
            <div class="field-check">
                <input id=id.clone() type="radio" name="form[returning]" value=value checked=checked required=true />
                <label for=id>{label}</label>
            </div>
        }
    };
    let returning_message = move || feedback.message("returning");
    view! {
        <h1>{t!("book-details")}</h1>
        <p class="step-count">{step_count(4)}</p>
        <Summary booking />
        <FormProblem feedback keys />
        <ActionForm action=save attr:class="stacked-form" attr:novalidate=true>
            <input type="hidden" name="clinic" value=clinic />
            <input type="hidden" name="key" value=key />
            // Solved by the page's script while the patient types. Without JavaScript it stays
            // empty and the server asks for time instead.
            <ProofField challenge />
            // A field people never see or fill; scripts that fill every field give themselves away.
            <div class="trap" aria-hidden="true">
                <label for="field-website">{t!("book-trap")}</label>
                <input id="field-website" name="website" type="text" tabindex="-1" autocomplete="off" />
            </div>
            <TextField key="first_name" label=t!("book-first-name") value=typed.first_name.clone() required=true autocomplete="given-name" />
            <TextField key="last_name" label=t!("book-last-name") value=typed.last_name.clone() required=true autocomplete="family-name" />
            <TextField key="date_of_birth" label=t!("book-date-of-birth") value=typed.date_of_birth.clone() input_type="date" required=true autocomplete="bday" />
            <TextField key="email" label=t!("book-email") value=typed.email.clone() input_type="email" required=true autocomplete="email" hint=t!("book-email-hint") />
            <TextField key="phone" label=t!("book-phone") value=typed.phone.clone() input_type="tel" required=true autocomplete="tel" inputmode="tel" />
            <TextField key="reason" label=t!("book-reason-optional") value=typed.reason.clone() multiline=true />
            <fieldset class="field">
                <legend>{t!("book-been-before")}</legend>
                {radio("new", t!("book-new-patient"))}
                {radio("returning", t!("book-returning-patient"))}
                <p class="field-error" aria-live="polite">{returning_message}</p>
            </fieldset>
            <CheckboxField key="reminders" label=t!("book-reminders") checked=true />
            <CheckboxField key="earlier" label=t!("book-earlier-time") checked=false
                hint=t!("book-earlier-time-hint") />
            <button type="submit" class="button button-primary">{t!("book-continue")}</button>
        </ActionForm>
    }
    .into_any()
}

#[component]
pub fn BookingReviewPage() -> impl IntoView {
    let address = clinic_and_key();
    let confirm = ServerAction::<ConfirmBooking>::new();
    let booking =
        Resource::new(move || address.get(), |(clinic, key)| booking_progress(clinic, key));
    view! {
        <Title text=t!("book-review") />
        <section class="book">
            <LanguageSwitcher />
            <Suspense fallback=|| view! { <p class="loading">{t!("book-loading")}</p> }>
                {move || Suspend::new(async move {
                    match booking.await {
                        Err(error) => public_error(error),
                        Ok(booking) => view! { <Review booking confirm /> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn Review(booking: HeldBooking, confirm: ServerAction<ConfirmBooking>) -> impl IntoView {
    let feedback = FormFeedback::provide(confirm);
    let (clinic, key) = clinic_and_key().get_untracked();
    let edit = format!("/book/{clinic}/details?booking={key}");
    let details = booking.details.clone().unwrap_or_default();
    let pending = confirm.pending();
    let patient = match booking.for_patient.clone() {
        // Booked through the patient's own link: only their first name is shown.
        Some(first_name) => view! {
            <p>{t!("book-for-known-patient", first_name = first_name.as_str())}</p>
        }
        .into_any(),
        None => view! {
            <dl class="booking-summary">
                <dt>{t!("book-name")}</dt><dd>{format!("{} {}", details.first_name, details.last_name)}</dd>
                <dt>{t!("book-date-of-birth")}</dt><dd>{details.date_of_birth.clone()}</dd>
                <dt>{t!("book-email")}</dt><dd>{details.email.clone()}</dd>
                <dt>{t!("book-phone")}</dt><dd>{details.phone.clone()}</dd>
                <dt>{t!("book-reason")}</dt><dd>{if details.reason.is_empty() { "—".to_string() } else { details.reason.clone() }}</dd>
            </dl>
            <p><a href=edit>{t!("book-change-details")}</a></p>
        }
        .into_any(),
    };
    view! {
        <h1>{t!("book-review")}</h1>
        <p class="step-count">{step_count(5)}</p>
        <Summary booking />
        {patient}
        <FormProblem feedback keys=&[] />
        <ActionForm action=confirm attr:class="stacked-form">
            <input type="hidden" name="clinic" value=clinic />
            <input type="hidden" name="key" value=key />
            <button type="submit" class="button button-primary" disabled=move || pending.get()>
                {t!("book-confirm")}
            </button>
        </ActionForm>
    }
    .into_any()
}

#[component]
pub fn BookingDonePage() -> impl IntoView {
    let address = clinic_and_key();
    let booking =
        Resource::new(move || address.get(), |(clinic, key)| booking_progress(clinic, key));
    view! {
        <Title text=t!("book-booked") />
        <section class="book">
            <LanguageSwitcher />
            <Suspense fallback=|| view! { <p class="loading">{t!("book-loading")}</p> }>
                {move || Suspend::new(async move {
                    match booking.await {
                        Err(error) => public_error(error),
                        Ok(booking) if booking.progress == Progress::Held => {
                            let (clinic, key) = address.get_untracked();
                            view! {
                                <p class="status status-error" role="alert">{t!("book-not-confirmed")}</p>
                                <p><a href=format!("/book/{clinic}/review?booking={key}")>{t!("book-review-it")}</a></p>
                            }.into_any()
                        }
                        Ok(booking) => {
                            let phone = booking.clinic.phone.clone();
                            view! {
                                <h1>{t!("book-booked-heading")}</h1>
                                <p class="status status-ok" role="status">{t!("book-confirmed")}</p>
                                <p>{t!("book-details-sent")}</p>
                                <p>{t!("book-questions", phone = phone)}</p>
                            }.into_any()
                        }
                    }
                })}
            </Suspense>
        </section>
    }
}
