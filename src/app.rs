//! The HTML shell, the root component with the route table, and the layout around every page.

use leptos::prelude::*;
use leptos_meta::{HashedStylesheet, Link, Meta, MetaTags, Title, provide_meta_context};
use leptos_router::components::{A, Route, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::{Lazy, SsrMode, path};

use crate::auth::api::current_user;
use crate::auth::pages::AccountMenu;
use crate::domain::{Permission, Role};
use crate::pages::*;
use crate::ui::{MessagePage, page_title, set_page_status};

/// The document around the app, rendered on the server only.
///
/// Staff pages load the application's WebAssembly and hydrate. Patients' pages (`/book`) are
/// plain HTML forms with one small script: no WebAssembly to download on a phone, and no
/// hydration data in the page either.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    #[cfg(feature = "ssr")]
    crate::server::security::record_page_nonce();
    let patient_page = serving_patient_page();
    if patient_page {
        // Nothing on the page will hydrate, so its resources need not be written into it.
        if let Some(shared) = Owner::current_shared_context() {
            shared.set_is_hydrating(false);
        }
    }
    let language = crate::i18n::current();
    // The browser's copy of the page's words (staff pages only: patients' pages never render
    // in the browser), fetched beside the WebAssembly and installed before it hydrates.
    let messages = (!patient_page).then(|| page_messages_address(language));
    let scripts = if patient_page {
        view! { <script src=crate::online::pages::SCRIPT_PATH defer></script> }.into_any()
    } else {
        view! {
            <link rel="preload" href=messages.clone() r#as="fetch" crossorigin="anonymous" />
            <HydrationScripts options=options.clone() />
        }
        .into_any()
    };
    view! {
        <!DOCTYPE html>
        <html lang=language.tag() dir=language.dir() data-messages=messages>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <HashedStylesheet options=options.clone() id="leptos" />
                {scripts}
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

fn page_messages_address(language: crate::i18n::Language) -> String {
    #[cfg(feature = "ssr")]
    return crate::i18n::request::messages_address(language);
    #[cfg(not(feature = "ssr"))]
    return format!("/i18n/{}.ftl", language.tag());
}

/// Whether the page being rendered is a patient's (see `online::pages::is_patient_page`).
fn serving_patient_page() -> bool {
    #[cfg(feature = "ssr")]
    {
        use_context::<http::request::Parts>()
            .is_some_and(|parts| crate::online::pages::is_patient_page(parts.uri.path()))
    }
    #[cfg(not(feature = "ssr"))]
    false
}

/// The root component: metadata, the layout and the route table.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    // Every message on the page reads the page's language from here.
    provide_context(crate::i18n::PageLanguage(crate::i18n::current()));
    // A plain form post's refusal, kept by the server for this page (not read from the address).
    crate::ui::form::provide_flashed_error();
    // The page's live stream (for a signed-in staff member; see `live::follow`).
    crate::live::follow::LiveFeed::provide();
    let (routing, set_routing) = signal(false);
    view! {
        // Every page's title goes through this one formatter, which escapes it on the server
        // (leptos_meta does not): see `ui::title`.
        <Title formatter=page_title />
        <Meta name="description" content=crate::t!("site-description") />
        <Meta name="theme-color" content="#0f5c6e" />
        <Link rel="icon" href="/favicon.svg" type_="image/svg+xml" />
        <Router set_is_routing=set_routing>
            <a class="skip-link" href="#main">{crate::t!("site-skip")}</a>
            <SiteHeader />
            <crate::ui::keys::KeyHelp />
            // Busy while the router fetches the next page (its chunk, its data): the old page
            // dims, so nobody types into it thinking it is the new one.
            <main id="main" class="page" tabindex="-1" aria-busy=move || routing.get().then_some("true")>
                <ErrorBoundary fallback=|errors| view! { <ErrorPage errors /> }>
                    // Async: pages arrive complete, so they work with JavaScript off.
                    <Routes fallback=NotFound>
                        <Route path=path!("/") view={Lazy::<HomeRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/sign-in") view={Lazy::<SignInRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/book") view={Lazy::<BookClinicsRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/book/manage/:token") view={Lazy::<ManageBookingRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/book/offer/:token") view={Lazy::<AsapOfferRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/book/:clinic") view={Lazy::<BookRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/book/:clinic/details") view={Lazy::<BookingDetailsRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/book/:clinic/review") view={Lazy::<BookingReviewRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/book/:clinic/done") view={Lazy::<BookingDoneRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/welcome") view={Lazy::<WelcomeRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/account/sessions") view={Lazy::<SessionsRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/account/password") view={Lazy::<ChangePasswordRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/account/language") view={Lazy::<AccountLanguageRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/notifications") view={Lazy::<NotificationsRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/admin/staff") view={Lazy::<StaffRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/admin/outbox") view={Lazy::<OutboxListRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/admin/outbox/:id") view={Lazy::<OutboxEmailRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/admin/audit") view={Lazy::<AuditLogRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/patients/:id/access") view={Lazy::<PatientAccessRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/reports") view={Lazy::<ReportsRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/calendar") view={Lazy::<CalendarRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/calendar/affected") view={Lazy::<AffectedRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/calendar/confirmations") view={Lazy::<ConfirmationsRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/calendar/series") view={Lazy::<SeriesRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/my-day") view={Lazy::<MyDayRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/my-day/calendar-feed") view={Lazy::<CalendarFeedRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/appointments/:id/note") view={Lazy::<ClinicalNoteRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/patients") view={Lazy::<PatientsRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/patients/new") view={Lazy::<NewPatientRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/patients/:id") view={Lazy::<PatientRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/patients/:id/edit") view={Lazy::<EditPatientRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/patients/:id/merge") view={Lazy::<MergePatientRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/patients/:id/book") view={Lazy::<BookForPatientRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/recall") view={Lazy::<RecallRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/asap") view={Lazy::<AsapRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/setup") view={Lazy::<SetupHomeRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/setup/:clinic") view={Lazy::<ClinicRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/setup/:clinic/chairs") view={Lazy::<ChairsRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/setup/:clinic/providers") view={Lazy::<ProvidersRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/setup/:clinic/providers/:provider/hours") view={Lazy::<HoursRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/setup/:clinic/time-off") view={Lazy::<TimeOffRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/setup/:clinic/types") view={Lazy::<TypesRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/setup/:clinic/cancel-reasons") view={Lazy::<CancelReasonsRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/setup/:clinic/emails") view={Lazy::<TemplatesRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/setup/:clinic/emails/:kind") view={Lazy::<TemplateEditorRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/setup/:clinic/webhooks") view={Lazy::<WebhooksRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/setup/:clinic/api") view={Lazy::<ApiKeysRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/setup/:clinic/notes") view={Lazy::<NoteTemplatesRoute>::new()} ssr=SsrMode::Async />
                    </Routes>
                </ErrorBoundary>
            </main>
            <footer class="site-footer">
                <p>{crate::t!("site-footer")}</p>
            </footer>
        </Router>
    }
}

/// The top bar: the product name, the navigation (which grows with the signed-in role), and
/// who is signed in.
#[component]
fn SiteHeader() -> impl IntoView {
    // Asked again on every navigation, so signing in or out, or a session ending, shows at once.
    let location = use_location();
    let feed = crate::live::follow::LiveFeed::get();
    let user = Resource::new(
        move || (location.pathname.get(), feed.map(|f| f.session_ended())),
        |_| current_user(),
    );
    // The live stream is open while someone is signed in.
    if let Some(feed) = feed {
        Effect::new(move |_| {
            if let Some(Ok(user)) = user.get() {
                feed.set_signed_in(user.is_some());
            }
        });
    }
    // One Transition reads the resource: a resource read under two Suspense boundaries can
    // leave a server-rendered response hanging (leptos-rs/leptos#4851).
    let signed_in_parts = move || {
        Suspend::new(async move {
            let user = user.await.ok().flatten();
            let role = user.as_ref().map(|user| user.role);
            let account = match user {
                Some(user) => view! {
                    <crate::notifications::pages::NotificationBell />
                    <AccountMenu user />
                }
                .into_any(),
                None => {
                    view! { <A href="/sign-in" attr:class="sign-in-link">{crate::t!("site-sign-in")}</A> }.into_any()
                }
            };
            view! {
                <nav aria-label=crate::t!("site-main-nav")>
                    <NavLinks role />
                </nav>
                {account}
            }
        })
    };
    view! {
        <header class="site-header">
            <A href="/" attr:class="brand">
                <span class="brand-mark" aria-hidden="true">"◗"</span>
                "Chairside"
            </A>
            <Transition fallback=|| view! { <nav aria-label=crate::t!("site-main-nav")><NavLinks role=None /></nav> }>
                {signed_in_parts}
            </Transition>
        </header>
    }
}

/// The areas of the app (address, message): a link shows only to roles that may use the area.
const AREAS: &[(&str, &str, Option<Permission>)] = &[
    ("/", "site-home", None),
    ("/book", "site-book-online", None),
    ("/calendar", "nav-calendar", Some(Permission::ViewCalendar)),
    ("/my-day", "nav-my-day", Some(Permission::ViewOwnDay)),
    ("/patients", "nav-patients", Some(Permission::ViewPatients)),
    ("/recall", "nav-recall", Some(Permission::BookAppointments)),
    ("/asap", "nav-asap", Some(Permission::BookAppointments)),
    ("/setup", "nav-setup", Some(Permission::ViewClinicSetup)),
    ("/admin/staff", "nav-staff", Some(Permission::ManageStaff)),
    ("/admin/outbox", "nav-outbox", Some(Permission::ManageOutbox)),
    ("/admin/audit", "nav-audit", Some(Permission::ViewAuditLog)),
    ("/reports", "nav-reports", Some(Permission::ViewReports)),
];

#[component]
fn NavLinks(role: Option<Role>) -> impl IntoView {
    let links = AREAS
        .iter()
        .filter(|(_, _, needs)| match needs {
            None => true,
            Some(permission) => role.is_some_and(|role| role.allows(*permission)),
        })
        .map(|(href, label, _)| {
            // The patient pages are not part of the staff application: following the link
            // loads them from the server (`rel=external` keeps the router's hands off it).
            let external = crate::online::pages::is_patient_page(href).then_some("external");
            view! { <li><A href=*href exact=true attr:rel=external>{crate::t!(*label)}</A></li> }
        })
        .collect_view();
    view! { <ul class="nav-list">{links}</ul> }
}

/// Shown for any address that matches no route; answers with HTTP 404.
#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <MessagePage
            status=404
            title=crate::t!("site-not-found")
            text=crate::t!("site-not-found-text")
        />
    }
}

/// Shown when a page fails to render. The details stay in the server log; the page offers a way on.
#[component]
pub fn ErrorPage(errors: ArcRwSignal<Errors>) -> impl IntoView {
    set_page_status(500);
    let messages = move || {
        errors
            .get()
            .into_iter()
            .map(|(_, error)| view! { <li>{error.to_string()}</li> })
            .collect_view()
    };
    view! {
        <Title text=crate::t!("site-error") />
        <section class="message-page" role="alert">
            <h1>{crate::t!("site-error")}</h1>
            <p>{crate::t!("site-error-text")}</p>
            <ul class="error-list">{messages}</ul>
            <p>
                <a href="/">{crate::t!("site-go-home")}</a>
            </p>
        </section>
    }
}
