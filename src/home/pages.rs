use leptos::prelude::*;
use leptos_meta::Title;

use super::api::{CheckConnection, ConnectionReport};
use crate::auth::api::current_user;
use crate::domain::Permission;
use crate::email::admin::outbox_counts;

#[component]
pub fn HomePage() -> impl IntoView {
    view! {
        <Title text="" />
        <section class="hero">
            <h1>"Chairside"</h1>
            <p class="lead">
                "Scheduling, patient records and online booking for dental groups with several clinics."
            </p>
        </section>
        <section class="cards">
            <article class="card">
                <h2>"Reception"</h2>
                <p>"Find or register a patient in seconds, see the clinic's day, book, move and cancel."</p>
            </article>
            <article class="card">
                <h2>"Dentists and hygienists"</h2>
                <p>"Your day at a glance, with each patient's medical alerts beside the appointment."</p>
            </article>
            <article class="card">
                <h2>"Patients"</h2>
                <p>"Book online from a phone, and cancel or reschedule from the email link."</p>
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
                        <h2 id="outbox-heading">"Email"</h2>
                        <p>{format!("{queued} waiting to be sent · {failed} failed")}</p>
                        <p><a href="/admin/outbox">"Open the outbox"</a>
                            {(failed > 0).then(|| view! { " · " <a href="/admin/outbox?status=failed">"See the failed ones"</a> })}
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
            return Some(view! { <p class="status">"Checking…"</p> }.into_any());
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
            <h2 id="connection-heading">"Connection"</h2>
            <p>"Check that this browser, the server and the database can reach each other."</p>
            <button
                type="button"
                class="button"
                disabled=move || !hydrated.get()
                on:click=move |_| {
                    check.dispatch(CheckConnection {});
                }
            >
                "Check the connection"
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
            {format!(
                "Connected. The database answered in {millis:.1} ms (server version {}).",
                report.server_version,
            )}
        </p>
    }
}
