//! The steps after a time is held: the patient's details, the review with "Confirm", and the
//! confirmation. Each is reached with the booking's random key in the address.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::online::api::{ConfirmBooking, SaveBookingDetails, booking_progress};
use crate::online::model::{HeldBooking, Progress};
use crate::online::pages::flow::{ProofField, public_error};
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
                {format!("We are holding this time for you until {} ({} time).", booking.held_until, booking.clinic.time_zone)}
            </p>
        }
    });
    view! {
        <dl class="booking-summary">
            <dt>"Appointment"</dt><dd>{booking.type_name.clone()}</dd>
            <dt>"With"</dt><dd>{booking.provider.clone()}</dd>
            <dt>"When"</dt><dd>{format!("{} ({})", booking.when, booking.clinic.time_zone)}</dd>
            <dt>"Where"</dt><dd>{format!("{}, {}", booking.clinic.name, booking.clinic.address)}</dd>
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
        <Title text="Your details" />
        <section class="book">
            <Suspense fallback=|| view! { <p class="loading">"Loading…"</p> }>
                {move || Suspend::new(async move {
                    match booking.await {
                        Err(error) => public_error(error),
                        Ok(booking) if booking.for_patient.is_some() => {
                            // Held through the patient's own link: there is nothing to type.
                            let (clinic, key) = address.get_untracked();
                            view! {
                                <h1>"Your details"</h1>
                                <p>"The clinic already has your details."</p>
                                <p><a href=format!("/book/{clinic}/review?booking={key}") class="button button-primary">"Check and confirm"</a></p>
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
    let radio = move |value: &'static str, label: &'static str| {
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
        <h1>"Your details"</h1>
        <p class="step-count">"Step 4 of 5"</p>
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
                <label for="field-website">"Leave this empty"</label>
                <input id="field-website" name="website" type="text" tabindex="-1" autocomplete="off" />
            </div>
            <TextField key="first_name" label="First name" value=typed.first_name.clone() required=true autocomplete="given-name" />
            <TextField key="last_name" label="Last name" value=typed.last_name.clone() required=true autocomplete="family-name" />
            <TextField key="date_of_birth" label="Date of birth" value=typed.date_of_birth.clone() input_type="date" required=true autocomplete="bday" />
            <TextField key="email" label="Email" value=typed.email.clone() input_type="email" required=true autocomplete="email" hint="Your confirmation, with a link to change or cancel, goes here." />
            <TextField key="phone" label="Phone" value=typed.phone.clone() input_type="tel" required=true autocomplete="tel" inputmode="tel" />
            <TextField key="reason" label="Reason for the visit (optional)" value=typed.reason.clone() multiline=true />
            <fieldset class="field">
                <legend>"Have you been to this clinic before?"</legend>
                {radio("new", "No, I am new")}
                {radio("returning", "Yes, I have been before")}
                <p class="field-error" aria-live="polite">{returning_message}</p>
            </fieldset>
            <CheckboxField key="reminders" label="Email me reminders before the appointment" checked=true />
            <CheckboxField key="earlier" label="Tell me if an earlier time frees up" checked=false
                hint="We email you when a time before yours frees up; the first to take it gets it, and your appointment moves there." />
            <button type="submit" class="button button-primary">"Continue"</button>
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
        <Title text="Check and confirm" />
        <section class="book">
            <Suspense fallback=|| view! { <p class="loading">"Loading…"</p> }>
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
            <p>{format!("Booking for {first_name}. The confirmation goes to the email address the clinic has for you.")}</p>
        }
        .into_any(),
        None => view! {
            <dl class="booking-summary">
                <dt>"Name"</dt><dd>{format!("{} {}", details.first_name, details.last_name)}</dd>
                <dt>"Date of birth"</dt><dd>{details.date_of_birth.clone()}</dd>
                <dt>"Email"</dt><dd>{details.email.clone()}</dd>
                <dt>"Phone"</dt><dd>{details.phone.clone()}</dd>
                <dt>"Reason"</dt><dd>{if details.reason.is_empty() { "—".to_string() } else { details.reason.clone() }}</dd>
            </dl>
            <p><a href=edit>"Change my details"</a></p>
        }
        .into_any(),
    };
    view! {
        <h1>"Check and confirm"</h1>
        <p class="step-count">"Step 5 of 5"</p>
        <Summary booking />
        {patient}
        <FormProblem feedback keys=&[] />
        <ActionForm action=confirm attr:class="stacked-form">
            <input type="hidden" name="clinic" value=clinic />
            <input type="hidden" name="key" value=key />
            <button type="submit" class="button button-primary" disabled=move || pending.get()>
                "Confirm booking"
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
        <Title text="Booked" />
        <section class="book">
            <Suspense fallback=|| view! { <p class="loading">"Loading…"</p> }>
                {move || Suspend::new(async move {
                    match booking.await {
                        Err(error) => public_error(error),
                        Ok(booking) if booking.progress == Progress::Held => {
                            let (clinic, key) = address.get_untracked();
                            view! {
                                <p class="status status-error" role="alert">"This booking is not confirmed yet."</p>
                                <p><a href=format!("/book/{clinic}/review?booking={key}")>"Check and confirm it"</a></p>
                            }.into_any()
                        }
                        Ok(booking) => {
                            let phone = booking.clinic.phone.clone();
                            view! {
                                <h1>"You are booked"</h1>
                                <p class="status status-ok" role="status">"Your appointment is confirmed."</p>
                                <p>"We have sent the details by email, with a link to move or cancel the appointment."</p>
                                <p>{format!("Questions? Call the clinic on {phone}.")}</p>
                            }.into_any()
                        }
                    }
                })}
            </Suspense>
        </section>
    }
}
