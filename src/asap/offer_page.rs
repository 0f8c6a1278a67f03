//! `/book/offer/{token}`: the patient's page for an ASAP offer, from its email. Server-rendered
//! like the other booking pages (no WebAssembly); one button takes the time.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::claim::{ClaimAsapOffer, load_asap_offer};
use super::model::{OfferState, OfferView};
use crate::online::pages::flow::{LanguageSwitcher, public_error};
use crate::t;
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
        <Title text=t!("book-offer-title") />
        <section class="book">
            <LanguageSwitcher />
            <Transition fallback=|| view! { <p class="loading">{t!("book-loading")}</p> }>
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
                view! { <p class="status" role="note">{t!("book-offer-moves", when = when.as_str())}</p> }
            });
            let body = view! {
                {moves_note}
                <p class="hint">{t!("book-offer-until", until = until.as_str())}</p>
                <FormProblem feedback keys=&[] />
                <ActionForm action=claim attr:class="inline-form">
                    <input type="hidden" name="token" value=token />
                    <button type="submit" class="button button-primary">{t!("book-offer-take")}</button>
                </ActionForm>
                <p class="hint">{t!("book-offer-not-for-you")}</p>
            };
            (t!("book-offer-open"), body.into_any())
        }
        OfferState::Claimed => {
            let text = if just_claimed {
                t!("book-offer-yours")
            } else {
                t!("book-offer-took")
            };
            (t!("book-booked"), view! { <p class="status status-ok" role="status">{text}</p> }.into_any())
        }
        OfferState::Taken => (
            t!("book-offer-taken"),
            view! {
                <FormProblem feedback keys=&[] />
                <p class="status status-warning" role="status">{t!("book-offer-taken-text")}</p>
            }
            .into_any(),
        ),
        OfferState::Closed => (
            t!("book-offer-closed"),
            view! {
                <FormProblem feedback keys=&[] />
                <p class="status status-warning" role="status">{t!("book-offer-closed-text")}</p>
                <p><a href=format!("/book/{}", clinic.slug)>{t!("book-offer-choose-another")}</a></p>
            }
            .into_any(),
        ),
    };
    view! {
        <h1>{heading}</h1>
        <dl class="booking-summary">
            <dt>{t!("book-summary-appointment")}</dt><dd>{offer.type_name.clone()}</dd>
            <dt>{t!("book-summary-with")}</dt><dd>{offer.provider.clone()}</dd>
            <dt>{t!("book-summary-when")}</dt><dd>{format!("{} ({})", offer.when, clinic.time_zone)}</dd>
            <dt>{t!("book-summary-where")}</dt><dd>{format!("{}, {}", clinic.name, clinic.address)}</dd>
        </dl>
        {body}
        <p class="hint">{t!("book-offer-questions", clinic = clinic.name.as_str(), phone = clinic.phone.as_str())}</p>
    }
}
