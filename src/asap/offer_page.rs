//! `/book/offer/{token}`: the patient's page for an ASAP offer, from its email. Server-rendered
//! like the other booking pages (no WebAssembly); one button takes the time.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::claim::{ClaimAsapOffer, load_asap_offer};
use super::model::{OfferState, OfferView};
use crate::online::pages::flow::public_error;
use crate::ui::form::{FormFeedback, FormProblem};

#[component]
pub fn AsapOfferPage() -> impl IntoView {
    let params = use_params_map();
    let claim = ServerAction::<ClaimAsapOffer>::new();
    let token = Memo::new(move |_| params.read().get("token").unwrap_or_default());
    let data = Resource::new(
        move || (token.get(), claim.version().get()),
        |(token, _)| load_asap_offer(token),
    );
    view! {
        <Title text="An earlier time" />
        <section class="book">
            <Transition fallback=|| view! { <p class="loading">"Loading…"</p> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Err(error) => public_error(error),
                        Ok(offer) => view! { <Offer offer token=token.get_untracked() claim /> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

#[component]
fn Offer(offer: OfferView, token: String, claim: ServerAction<ClaimAsapOffer>) -> impl IntoView {
    let just_claimed = use_query_map().get_untracked().get("done").is_some();
    let feedback = FormFeedback::provide(claim);
    let clinic = offer.clinic.clone();
    let (heading, body) = match offer.state.clone() {
        OfferState::Open { moves, until } => {
            let moves_note = moves.map(|when| {
                view! { <p class="status" role="note">{format!("Your appointment on {when} moves to this time: you keep one appointment.")}</p> }
            });
            let body = view! {
                {moves_note}
                <p class="hint">{format!("Offered to a few patients: the first to take it gets it. The offer stands until {until}.")}</p>
                <FormProblem feedback keys=&[] />
                <ActionForm action=claim attr:class="inline-form">
                    <input type="hidden" name="token" value=token />
                    <button type="submit" class="button button-primary">"Take this time"</button>
                </ActionForm>
                <p class="hint">"Not for you? Do nothing: you stay on the list."</p>
            };
            ("A time has freed up", body.into_any())
        }
        OfferState::Claimed => {
            let text = if just_claimed {
                "It is yours. We have sent the details by email, with a link to move or cancel the appointment."
            } else {
                "You took this time. The email we sent has a link to move or cancel the appointment."
            };
            ("Booked", view! { <p class="status status-ok" role="status">{text}</p> }.into_any())
        }
        OfferState::Taken => (
            "This time has been taken",
            view! {
                <FormProblem feedback keys=&[] />
                <p class="status status-warning" role="status">"Sorry, another patient took this time first. You are still on the list: we will email you when another time frees up."</p>
            }
            .into_any(),
        ),
        OfferState::Closed => (
            "This offer has run out",
            view! {
                <FormProblem feedback keys=&[] />
                <p class="status status-warning" role="status">"This offer no longer stands. If you are still on the list, we will email you when another time frees up."</p>
                <p><a href=format!("/book/{}", clinic.slug)>"Choose another time online"</a></p>
            }
            .into_any(),
        ),
    };
    view! {
        <h1>{heading}</h1>
        <dl class="booking-summary">
            <dt>"Appointment"</dt><dd>{offer.type_name.clone()}</dd>
            <dt>"With"</dt><dd>{offer.provider.clone()}</dd>
            <dt>"When"</dt><dd>{format!("{} ({})", offer.when, clinic.time_zone)}</dd>
            <dt>"Where"</dt><dd>{format!("{}, {}", clinic.name, clinic.address)}</dd>
        </dl>
        {body}
        <p class="hint">{format!("Questions? Call {} on {}.", clinic.name, clinic.phone)}</p>
    }
}
