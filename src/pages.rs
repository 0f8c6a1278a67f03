//! The route table's pages, each loaded on demand in the browser.
//!
//! Every page is a lazy route: the server renders it as before, but the browser's first
//! download (the main wasm module) holds only the layout, the router and what all pages share.
//! The pages of an area (the calendar, patients, set-up, ...) are one split point: their code
//! is fetched with the first page of the area (the server names the chunks in
//! `<link rel=preload>`s) or when the router first navigates there. build-site splits the wasm
//! at these points. The patients' booking pages are rendered by the server only, and are not in
//! the wasm at all.

use leptos::prelude::*;
use leptos_router::LazyRoute;

use crate::api_keys::pages::ApiKeysPage;
#[cfg(not(feature = "hydrate"))]
use crate::asap::offer_page::AsapOfferPage;
use crate::asap::pages::AsapPage;
use crate::audit::pages::{AuditLogPage, PatientAccessPage};
use crate::auth::language::AccountLanguagePage;
use crate::auth::pages::{ChangePasswordPage, SessionsPage, SignInPage, WelcomePage};
use crate::email::pages::{OutboxEmailPage, OutboxListPage, TemplateEditorPage, TemplatesPage};
use crate::feeds::pages::CalendarFeedPage;
use crate::home::pages::HomePage;
use crate::notes::pages::ClinicalNotePage;
use crate::notes::template_pages::NoteTemplatesPage;
use crate::notifications::pages::NotificationsPage;
#[cfg(not(feature = "hydrate"))]
use crate::online::pages::{
    BookClinicsPage, BookPage, BookingDetailsPage, BookingDonePage, BookingReviewPage,
    ManageBookingPage,
};
use crate::patients::pages::{
    BookForPatientPage, EditPatientPage, MergePatientPage, NewPatientPage, PatientPage,
    PatientsPage,
};
use crate::recall::pages::RecallPage;
use crate::reports::pages::ReportsPage;
use crate::scheduling::pages::{
    AffectedPage, CalendarPage, ConfirmationsPage, MyDayPage, SeriesPage,
};
use crate::setup::pages::{
    CancelReasonsPage, ChairsPage, ClinicPage, HoursPage, ProvidersPage, SetupHomePage,
    TimeOffPage, TypesPage,
};
use crate::staff::pages::StaffPage;
use crate::webhooks::pages::WebhooksPage;

/// Declares an area: the pages (`route => component`) whose wasm is one chunk (a split point),
/// a lazily loaded function that renders any of them, and a lazy route per page that calls it.
/// `#[lazy]` also makes `__preload_<function>`, which loads the chunk without rendering: the
/// router runs it before hydrating a page, so the page's code is there when hydration needs it.
/// A page may name one more preload (`Route => Page + path`), run after the area's: the
/// calendar's fetches its dialogs' code when the page it hydrates shows one. Each route's
/// `data()` has nothing to do: the pages load their own data.
macro_rules! area {
    (
        $render:ident, $preload:ident,
        $area:ident { $($route:ident => $page:ident $(+ $also:path)?),* $(,)? }
    ) => {
        // Each variant is named after the page component it renders.
        #[allow(clippy::enum_variant_names)]
        #[derive(Clone, Copy)]
        enum $area {
            $($page),*
        }

        #[leptos::lazy]
        fn $render(page: $area) -> AnyView {
            match page {
                $($area::$page => view! { <$page /> }.into_any()),*
            }
        }

        $(
            #[doc = concat!("[`", stringify!($page), "`], loaded on demand with its area.")]
            pub struct $route;

            impl LazyRoute for $route {
                fn data() -> Self {
                    Self
                }

                async fn view(_this: Self) -> AnyView {
                    $render($area::$page).await
                }

                async fn preload() {
                    #[cfg(feature = "hydrate")]
                    {
                        $preload().await;
                        $($also().await;)?
                    }
                }
            }
        )*
    };
}

/// Declares pages the server renders and the browser never hydrates. In the browser their
/// routes only load the page from the server (a link the router would otherwise follow
/// inside the app), so none of their code is in the wasm.
macro_rules! server_rendered {
    ($($route:ident => $page:ident),* $(,)?) => {
        $(
            #[doc = concat!("[`", stringify!($page), "`], rendered by the server only.")]
            pub struct $route;

            impl LazyRoute for $route {
                fn data() -> Self {
                    Self
                }

                async fn view(_this: Self) -> AnyView {
                    #[cfg(not(feature = "hydrate"))]
                    let page = view! { <$page /> };
                    #[cfg(feature = "hydrate")]
                    let page = view! { <LoadFromServer /> };
                    page.into_any()
                }
            }
        )*
    };
}

/// Replaces the app with the server's page at the router's address.
#[cfg(feature = "hydrate")]
#[component]
fn LoadFromServer() -> impl IntoView {
    let location = leptos_router::hooks::use_location();
    let href = format!("{}{}", location.pathname.get_untracked(), location.search.get_untracked());
    let _ = window().location().assign(&href);
    view! { <p class="loading">{crate::t!("common-loading")}</p> }
}

// The areas follow who uses them together; the calendar, the receptionists' page, is one of
// its own. A split point per page was measured and not kept: the splitter then made some 680
// chunks (the calendar alone needed 345 files), which compressed far worse than fewer, larger
// ones (BENCHMARKS.md).
area!(account_pages, __preload_account_pages, Account {
    HomeRoute => HomePage,
    SignInRoute => SignInPage,
    WelcomeRoute => WelcomePage,
    SessionsRoute => SessionsPage,
    ChangePasswordRoute => ChangePasswordPage,
    AccountLanguageRoute => AccountLanguagePage,
    NotificationsRoute => NotificationsPage,
});

area!(calendar_pages, __preload_calendar_pages, Calendar {
    CalendarRoute => CalendarPage + crate::scheduling::pages::preload_shown_dialog,
});

area!(scheduling_pages, __preload_scheduling_pages, Scheduling {
    AffectedRoute => AffectedPage,
    ConfirmationsRoute => ConfirmationsPage,
    SeriesRoute => SeriesPage,
    MyDayRoute => MyDayPage,
    ClinicalNoteRoute => ClinicalNotePage,
    CalendarFeedRoute => CalendarFeedPage,
});

area!(patient_pages, __preload_patient_pages, Patients {
    PatientsRoute => PatientsPage,
    NewPatientRoute => NewPatientPage,
    PatientRoute => PatientPage,
    EditPatientRoute => EditPatientPage,
    MergePatientRoute => MergePatientPage,
    BookForPatientRoute => BookForPatientPage,
    RecallRoute => RecallPage,
    AsapRoute => AsapPage,
});

area!(setup_pages, __preload_setup_pages, Setup {
    SetupHomeRoute => SetupHomePage,
    ClinicRoute => ClinicPage,
    ChairsRoute => ChairsPage,
    CancelReasonsRoute => CancelReasonsPage,
    ProvidersRoute => ProvidersPage,
    HoursRoute => HoursPage,
    TimeOffRoute => TimeOffPage,
    TypesRoute => TypesPage,
    TemplatesRoute => TemplatesPage,
    TemplateEditorRoute => TemplateEditorPage,
    WebhooksRoute => WebhooksPage,
    ApiKeysRoute => ApiKeysPage,
    NoteTemplatesRoute => NoteTemplatesPage,
});

area!(admin_pages, __preload_admin_pages, Admin {
    StaffRoute => StaffPage,
    OutboxListRoute => OutboxListPage,
    OutboxEmailRoute => OutboxEmailPage,
    AuditLogRoute => AuditLogPage,
    PatientAccessRoute => PatientAccessPage,
    ReportsRoute => ReportsPage,
});

// The patients' booking pages never hydrate (see `app::shell`), so the browser's wasm holds
// none of their code.
server_rendered!(
    BookClinicsRoute => BookClinicsPage,
    ManageBookingRoute => ManageBookingPage,
    AsapOfferRoute => AsapOfferPage,
    BookRoute => BookPage,
    BookingDetailsRoute => BookingDetailsPage,
    BookingReviewRoute => BookingReviewPage,
    BookingDoneRoute => BookingDonePage,
);
