//! `/book` (the clinics) and `/book/{clinic}`: the type, then the provider or "first
//! available", then a day and a free time. Every step is a link or a plain form, so the flow
//! works without JavaScript; the address holds the choices, so the back button steps back.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::online::api::{HoldTime, bookable_clinics, load_booking_step};
use crate::online::model::{BookingStep, Invite, PROOF_BITS, PublicClinic, TimeChoice};
use crate::online::pages::picker::SlotPickerView;
use crate::t;
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
                <Title text=t!("book-not-found") />
                <h1>{t!("book-not-found")}</h1>
                <p>{t!("book-not-found-text")}</p>
                <p><a href="/book">{t!("book-start")}</a></p>
            }
            .into_any()
        }
        other => view! {
            <p class="status status-error" role="alert">{other.to_string()}</p>
            <p><a href="/book">{t!("book-start")}</a></p>
        }
        .into_any(),
    }
}

#[component]
pub fn BookClinicsPage() -> impl IntoView {
    let clinics = Resource::new(|| (), |_| bookable_clinics());
    view! {
        <Title text=t!("book-title") />
        <section class="book">
            <LanguageSwitcher />
            <h1>{t!("book-title")}</h1>
            <Suspense fallback=|| view! { <p class="loading">{t!("book-loading")}</p> }>
                {move || Suspend::new(async move {
                    match clinics.await {
                        Err(error) => public_error(error),
                        Ok(list) if list.is_empty() => view! {
                            <p class="empty-state">{t!("book-no-clinics")}</p>
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
        <p class="lead">{t!("book-choose-clinic")}</p>
        <ul class="choice-list">{items}</ul>
    }
    .into_any()
}

/// The address of a step: the chosen type, provider, week and day, and the booking link that
/// knows the patient (`invite`, empty for none).
fn step_href(slug: &str, invite: &str, parts: &[(&str, String)]) -> String {
    let invite = [("invite", invite.to_string())];
    let query: Vec<String> = parts
        .iter()
        .chain(&invite)
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
            get("invite"),
        )
    };
    // Asked again after a refused hold: the times shown are then the ones still free.
    let step = Resource::new(
        move || (key(), hold.version().get()),
        |((clinic, kind, provider, from, date, invite), _)| {
            load_booking_step(clinic, kind, provider, from, date, invite)
        },
    );
    view! {
        <Title text=t!("book-title") />
        <section class="book">
            <LanguageSwitcher />
            <Transition fallback=|| view! { <p class="loading">{t!("book-loading")}</p> }>
                {move || Suspend::new(async move {
                    match step.await {
                        Err(error) => public_error(error),
                        Ok(step) => {
                            let invite = match step.invite {
                                Invite::For(_) => key().5,
                                _ => String::new(),
                            };
                            view! { <Step step hold invite /> }.into_any()
                        }
                    }
                })}
            </Transition>
        </section>
    }
}

/// Whom a booking link books for, or that it no longer does.
fn invite_note(invite: &Invite) -> Option<AnyView> {
    match invite {
        Invite::Absent => None,
        Invite::For(first_name) => Some(
            view! {
                <p class="status status-ok" role="status">
                    {t!("book-invite-for", first_name = first_name.as_str())}
                </p>
            }
            .into_any(),
        ),
        Invite::Spent => Some(
            view! {
                <p class="status" role="status">
                    {t!("book-invite-spent")}
                </p>
            }
            .into_any(),
        ),
    }
}

/// `invite` is the booking link the step's addresses and forms carry (empty for none).
#[component]
fn Step(step: BookingStep, hold: ServerAction<HoldTime>, invite: String) -> impl IntoView {
    let slug = step.clinic.slug.clone();
    let note = invite_note(&step.invite);
    let href = {
        let (slug, invite) = (slug.clone(), invite.clone());
        move |parts: &[(&str, String)]| step_href(&slug, &invite, parts)
    };
    let clinic_name = step.clinic.name.clone();
    let progress = |n: u8| {
        view! { <p class="step-count">{step_count(n)}</p> }
    };
    let body = match (&step.chosen_type, &step.chosen_provider, step.picker.clone()) {
        (None, _, _) => {
            let items = step
                .types
                .clone()
                .into_iter()
                .map(|t| {
                    let href = href(&[("type", t.id.to_string())]);
                    view! {
                        <li>
                            <a href=href class="choice">
                                <span class="choice-title">{t.name}</span>
                                <span class="choice-detail">{t!("book-minutes", minutes = t.minutes)}</span>
                            </a>
                        </li>
                    }
                })
                .collect::<Vec<_>>();
            view! {
                {progress(1)}
                <h2>{t!("book-what-for")}</h2>
                <ul class="choice-list">{items}</ul>
            }
            .into_any()
        }
        (Some(kind), None, _) => {
            let type_id = kind.id.to_string();
            let any = href(&[("type", type_id.clone()), ("provider", "any".into())]);
            let items = step
                .providers
                .clone()
                .into_iter()
                .map(|p| {
                    let href = href(&[("type", type_id.clone()), ("provider", p.id.to_string())]);
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
                <h2>{t!("book-who", appointment_type = kind.name.clone())}</h2>
                <ul class="choice-list">
                    <li>
                        <a href=any class="choice choice-first">
                            <span class="choice-title">{t!("book-first-available")}</span>
                            <span class="choice-detail">{t!("book-first-available-detail")}</span>
                        </a>
                    </li>
                    {items}
                </ul>
                <p><a href=href(&[])>{t!("book-change-type")}</a></p>
            }
            .into_any()
        }
        (Some(kind), Some(provider), Some(picker)) => {
            let type_id = kind.id.to_string();
            let provider_param =
                provider.provider().map(|p| p.id.to_string()).unwrap_or("any".into());
            let who = provider
                .provider()
                .map(|p| p.name.clone())
                .unwrap_or_else(|| t!("book-first-available"));
            let day_type = type_id.clone();
            let day_provider = provider_param.clone();
            let day_step = href.clone();
            let day_href = move |from: chrono::NaiveDate, date: chrono::NaiveDate| {
                day_step(&[
                    ("type", day_type.clone()),
                    ("provider", day_provider.clone()),
                    ("from", from.to_string()),
                    ("date", date.to_string()),
                ])
            };
            let form_slug = slug.clone();
            let form_invite = invite.clone();
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
                let (stamp, invite) = (stamp.clone(), form_invite.clone());
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
                        <input type="hidden" name="invite" value=invite />
                        <button type="submit" class="time-choice">{label}</button>
                    </ActionForm>
                }
            };
            let change = href(&[("type", type_id.clone())]);
            view! {
                {progress(3)}
                <p class="choice-summary">
                    {format!("{} · {}", kind.name, who)}" "
                    <a href=change>{t!("book-change")}</a>
                </p>
                <HoldProblem hold />
                <SlotPickerView picker zone=step.clinic.time_zone.clone() region=step.clinic.region day_href time_form />
            }
            .into_any()
        }
        (Some(_), Some(_), None) => view! { <p>{t!("book-choose-a-day")}</p> }.into_any(),
    };
    view! {
        <h1>{t!("book-at", clinic = clinic_name)}</h1>
        {note}
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

/// "Step 2 of 5".
pub fn step_count(step: u8) -> String {
    t!("book-step", step = step, steps = 5)
}

/// The languages a patient may read the booking pages in, as links to this same page in each
/// (the address keeps every choice made so far, and the server keeps the language).
#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let location = leptos_router::hooks::use_location();
    let current = crate::i18n::current();
    let links = crate::i18n::Language::all()
        .map(|language| {
            let query = location.query.get_untracked();
            let mut pairs: Vec<(String, String)> = query
                .into_iter()
                .filter(|(name, _)| name != "lang")
                .map(|(name, value)| (name.to_string(), value.to_string()))
                .collect();
            pairs.push(("lang".into(), language.tag().into()));
            let query: Vec<String> =
                pairs.iter().map(|(k, v)| format!("{k}={}", encode(v))).collect();
            let href = format!("{}?{}", location.pathname.get_untracked(), query.join("&"));
            let chosen = language == current;
            view! {
                <li>
                    <a href=href hreflang=language.tag() lang=language.tag()
                        aria-current=chosen.then_some("true")>{language.name()}</a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="language-switcher" aria-label=t!("book-language")>
            <ul>{links}</ul>
        </nav>
    }
}
