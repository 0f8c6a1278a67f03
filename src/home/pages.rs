use leptos::prelude::*;
use leptos_meta::Title;

use super::api::{CheckConnection, ConnectionReport};
use crate::auth::api::current_user;
use crate::domain::Permission;
use crate::email::admin::outbox_counts;
use crate::i18n::{Locale, Region};
use crate::t;

#[component]
pub fn HomePage() -> impl IntoView {
    view! {
        <Title text="" />
        <section class="hero">
            <h1>"Chairside"</h1>
            <p class="lead">{t!("admin-home-lead")}</p>
        </section>
        <section class="cards">
            <article class="card">
                <h2>{t!("admin-home-reception")}</h2>
                <p>{t!("admin-home-reception-text")}</p>
            </article>
            <article class="card">
                <h2>{t!("admin-home-clinicians")}</h2>
                <p>{t!("admin-home-clinicians-text")}</p>
            </article>
            <article class="card">
                <h2>{t!("admin-home-patients")}</h2>
                <p>{t!("admin-home-patients-text")}</p>
            </article>
        </section>
        <AdminSummary />
        <ConnectionCheck />
    }
}

/// For admins: the emails waiting and failed in their clinics' outbox.
#[component]
fn AdminSummary() -> impl IntoView {
    let counts = Resource::new(
        || (),
        |_| async {
            match current_user().await {
                Ok(Some(user)) if user.role.allows(Permission::ManageOutbox) => {
                    outbox_counts().await.ok()
                }
                _ => None,
            }
        },
    );
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                counts.await.map(|(queued, failed)| view! {
                    <section class="card" aria-labelledby="outbox-heading">
                        <h2 id="outbox-heading">{t!("admin-home-email")}</h2>
                        <p>{t!("admin-home-outbox-counts", queued = queued, failed = failed)}</p>
                        <p><a href="/admin/outbox">{t!("admin-home-open-outbox")}</a>
                            {(failed > 0).then(|| view! { " · " <a href="/admin/outbox?status=failed">{t!("admin-home-see-failed")}</a> })}
                        </p>
                    </section>
                })
            })}
        </Suspense>
    }
}

/// A button that asks the server to reach the database. It needs the page to be hydrated,
/// so it stays disabled until then.
#[component]
fn ConnectionCheck() -> impl IntoView {
    let check = ServerAction::<CheckConnection>::new();
    let hydrated = RwSignal::new(false);
    Effect::new(move |_| hydrated.set(true));

    let outcome = move || {
        if check.pending().get() {
            return Some(view! { <p class="status">{t!("admin-home-checking")}</p> }.into_any());
        }
        check.value().get().map(|result| match result {
            Ok(report) => view! { <ReportLine report /> }.into_any(),
            Err(error) => {
                view! { <p class="status status-error">{error.to_string()}</p> }.into_any()
            }
        })
    };

    view! {
        <section class="card connection-check" aria-labelledby="connection-heading">
            <h2 id="connection-heading">{t!("admin-home-connection")}</h2>
            <p>{t!("admin-home-connection-text")}</p>
            <button
                type="button"
                class="button"
                disabled=move || !hydrated.get()
                on:click=move |_| {
                    check.dispatch(CheckConnection {});
                }
            >
                {t!("admin-home-check-connection")}
            </button>
            <div role="status" aria-live="polite">{outcome}</div>
        </section>
    }
}

#[component]
fn ReportLine(report: ConnectionReport) -> impl IntoView {
    let millis = report.database_round_trip_micros as f64 / 1000.0;
    view! {
        <p class="status status-ok" data-testid="connection-ok">
            {t!(
                "admin-home-connected",
                millis = Locale::here(Region::default()).number(millis, 1),
                version = report.server_version.as_str(),
            )}
        </p>
    }
}
