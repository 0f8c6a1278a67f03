//! `/book` (the clinics) and `/book/{clinic}`: the type, then the provider or "first
//! available", then a day and a free time. Every step is a link or a plain form, so the flow
//! works without JavaScript; the address holds the choices, so the back button steps back.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::online::api::{HoldTime, bookable_clinics, load_booking_step};
use crate::online::model::{BookingStep, PROOF_BITS, PublicClinic, TimeChoice};
use crate::online::pages::picker::SlotPickerView;
use crate::ui::encode;
use crate::ui::form::{FormFeedback, FormProblem};

/// What a public page shows when its data could not be loaded (in place of the step, whose
/// heading it then gives: "not found" is a page of its own, with status 404).
pub fn public_error(error: crate::error::AppError) -> AnyView {
    use crate::error::AppError;
    match error {
        AppError::NotFound => {
            crate::ui::set_page_status(404);
            view! {
                <Title text="Page not found" />
                <h1>"Page not found"</h1>
                <p>"That page could not be found. The link may be mistyped, or it has run out."</p>
                <p><a href="/book">"Start a booking"</a></p>
            }
            .into_any()
        }
        other => view! {
            <p class="status status-error" role="alert">{other.to_string()}</p>
            <p><a href="/book">"Start a booking"</a></p>
        }
        .into_any(),
    }
}

#[component]
pub fn BookClinicsPage() -> impl IntoView {
    let clinics = Resource::new(|| (), |_| bookable_clinics());
    view! {
        <Title text="Book an appointment" />
        <section class="book">
            <h1>"Book an appointment"</h1>
            <Suspense fallback=|| view! { <p class="loading">"Loading the clinics…"</p> }>
                {move || Suspend::new(async move {
                    match clinics.await {
                        Err(error) => public_error(error),
                        Ok(list) if list.is_empty() => view! {
                            <p class="empty-state">"No clinic takes bookings online at the moment. Please call your clinic."</p>
                        }.into_any(),
                        Ok(list) => view! { <ClinicList list /> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn ClinicList(list: Vec<PublicClinic>) -> impl IntoView {
    let items = list
        .into_iter()
        .map(|c| {
            view! {
                <li>
                    <a href=format!("/book/{}", c.slug) class="choice">
                        <span class="choice-title">{c.name}</span>
                        <span class="choice-detail">{c.address}</span>
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <p class="lead">"Choose your clinic."</p>
        <ul class="choice-list">{items}</ul>
    }
    .into_any()
}

/// The address of a step: the chosen type, provider, week and day.
fn step_href(slug: &str, parts: &[(&str, String)]) -> String {
    let query: Vec<String> = parts
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| format!("{k}={}", encode(v)))
        .collect();
    if query.is_empty() {
        format!("/book/{slug}")
    } else {
        format!("/book/{slug}?{}", query.join("&"))
    }
}

#[component]
pub fn BookPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let hold = ServerAction::<HoldTime>::new();
    let key = move || {
        let q = query.read();
        let get = |k: &str| q.get(k).unwrap_or_default();
        (
            params.read().get("clinic").unwrap_or_default(),
            get("type"),
            get("provider"),
            get("from"),
            get("date"),
        )
    };
    // Asked again after a refused hold: the times shown are then the ones still free.
    let step = Resource::new(
        move || (key(), hold.version().get()),
        |((clinic, kind, provider, from, date), _)| {
            load_booking_step(clinic, kind, provider, from, date)
        },
    );
    view! {
        <Title text="Book an appointment" />
        <section class="book">
            <Transition fallback=|| view! { <p class="loading">"Loading…"</p> }>
                {move || Suspend::new(async move {
                    match step.await {
                        Err(error) => public_error(error),
                        Ok(step) => view! { <Step step hold /> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

#[component]
fn Step(step: BookingStep, hold: ServerAction<HoldTime>) -> impl IntoView {
    let slug = step.clinic.slug.clone();
    let clinic_name = step.clinic.name.clone();
    let progress = |n: u8| {
        view! { <p class="step-count">{format!("Step {n} of 5")}</p> }
    };
    let body = match (&step.chosen_type, &step.chosen_provider, step.picker.clone()) {
        (None, _, _) => {
            let items = step
                .types
                .clone()
                .into_iter()
                .map(|t| {
                    let href = step_href(&slug, &[("type", t.id.to_string())]);
                    view! {
                        <li>
                            <a href=href class="choice">
                                <span class="choice-title">{t.name}</span>
                                <span class="choice-detail">{format!("{} minutes", t.minutes)}</span>
                            </a>
                        </li>
                    }
                })
                .collect::<Vec<_>>();
            view! {
                {progress(1)}
                <h2>"What is the appointment for?"</h2>
                <ul class="choice-list">{items}</ul>
            }
            .into_any()
        }
        (Some(kind), None, _) => {
            let type_id = kind.id.to_string();
            let any = step_href(&slug, &[("type", type_id.clone()), ("provider", "any".into())]);
            let items = step
                .providers
                .clone()
                .into_iter()
                .map(|p| {
                    let href = step_href(
                        &slug,
                        &[("type", type_id.clone()), ("provider", p.id.to_string())],
                    );
                    view! {
                        <li>
                            <a href=href class="choice">
                                <span class="choice-title">{p.name}</span>
                                <span class="choice-detail">{p.kind}</span>
                            </a>
                        </li>
                    }
                })
                .collect::<Vec<_>>();
            view! {
                {progress(2)}
                <h2>{format!("Who would you like to see for your {}?", kind.name.to_lowercase())}</h2>
                <ul class="choice-list">
                    <li>
                        <a href=any class="choice choice-first">
                            <span class="choice-title">"First available"</span>
                            <span class="choice-detail">"Whoever is free soonest"</span>
                        </a>
                    </li>
                    {items}
                </ul>
                <p><a href=step_href(&slug, &[])>"‹ Change the appointment type"</a></p>
            }
            .into_any()
        }
        (Some(kind), Some(provider), Some(picker)) => {
            let type_id = kind.id.to_string();
            let provider_param =
                provider.provider().map(|p| p.id.to_string()).unwrap_or("any".into());
            let who =
                provider.provider().map(|p| p.name.clone()).unwrap_or("First available".into());
            let day_slug = slug.clone();
            let day_type = type_id.clone();
            let day_provider = provider_param.clone();
            let day_href = move |from: chrono::NaiveDate, date: chrono::NaiveDate| {
                step_href(
                    &day_slug,
                    &[
                        ("type", day_type.clone()),
                        ("provider", day_provider.clone()),
                        ("from", from.to_string()),
                        ("date", date.to_string()),
                    ],
                )
            };
            let form_slug = slug.clone();
            let key = step.hold_key.clone();
            let stamp = step.hold_stamp.clone();
            let type_for_form = type_id.clone();
            let show_provider = provider.provider().is_none();
            let time_form = move |t: TimeChoice| {
                let label = if show_provider {
                    format!("{} · {}", t.label, t.provider)
                } else {
                    t.label.clone()
                };
                let (slug, key, type_id) = (form_slug.clone(), key.clone(), type_for_form.clone());
                let stamp = stamp.clone();
                view! {
                    <ActionForm action=hold attr:class="time-form">
                        <input type="hidden" name="clinic" value=slug />
                        <input type="hidden" name="key" value=key.clone() />
                        // The proof-of-work over the key: the page's script solves it while the
                        // patient looks at the times. Without JavaScript the page's stamp
                        // stands in for it.
                        <ProofField challenge=key />
                        <input type="hidden" name="stamp" value=stamp />
                        <input type="hidden" name="appointment_type_id" value=type_id />
                        <input type="hidden" name="provider_id" value=t.provider_id.to_string() />
                        <input type="hidden" name="starts_at" value=t.starts_at.clone() />
                        <button type="submit" class="time-choice">{label}</button>
                    </ActionForm>
                }
            };
            let change = step_href(&slug, &[("type", type_id.clone())]);
            view! {
                {progress(3)}
                <p class="choice-summary">
                    {format!("{} · {}", kind.name, who)}" "
                    <a href=change>"Change"</a>
                </p>
                <HoldProblem hold />
                <SlotPickerView picker zone=step.clinic.time_zone.clone() day_href time_form />
            }
            .into_any()
        }
        (Some(_), Some(_), None) => view! { <p>"Choose a day."</p> }.into_any(),
    };
    view! {
        <h1>{format!("Book at {clinic_name}")}</h1>
        {body}
        <p class="clinic-contact">{format!("{} · {}", step.clinic.address, step.clinic.phone)}</p>
    }
    .into_any()
}

/// Why the last hold was refused (a time taken a moment ago, too many attempts).
#[component]
fn HoldProblem(hold: ServerAction<HoldTime>) -> impl IntoView {
    let feedback = FormFeedback::provide(hold);
    view! { <FormProblem feedback keys=&[] /> }
}

/// The hidden field of a form's proof-of-work over `challenge`: empty as rendered, filled in by
/// the page's script (`public/book.js`), which reads the puzzle from its attributes.
#[component]
pub fn ProofField(challenge: String) -> impl IntoView {
    view! {
        <input type="hidden" name="proof" value="" data-proof-of=challenge data-proof-bits=PROOF_BITS />
    }
}
