//! The calendar's dialogs are a split point of their own: the calendar becomes interactive
//! before their code arrives. The browser fetches it right after the calendar hydrates (so a
//! click on free time opens the dialog at once), or before hydrating when the server rendered
//! the page with a dialog open (an address with `appointment=` or `book=`): hydration needs
//! the code of everything on the page.

use leptos::prelude::*;

use super::appointment_dialog::AppointmentDialog;
use super::booking_dialog::BookingDialog;
use super::calendar::Actions;
use crate::scheduling::model::{CalendarAddress, CalendarAppointment, CalendarView};
use crate::t;

/// A dialog the calendar's address opens, with what it shows.
pub struct OpenDialog {
    pub kind: DialogKind,
    pub view: CalendarView,
    pub address: CalendarAddress,
    pub actions: Actions,
}

pub enum DialogKind {
    /// The appointment's dialog (`None`: not in the period shown).
    Appointment(Option<Box<CalendarAppointment>>),
    Booking,
}

// Boxed: the split point's argument crosses a module boundary as one pointer.
#[leptos::lazy]
fn calendar_dialog(dialog: Box<OpenDialog>) -> AnyView {
    let OpenDialog { kind, view, address, actions } = *dialog;
    match kind {
        DialogKind::Appointment(appointment) => {
            let appointment = appointment.map(|a| *a);
            view! { <AppointmentDialog appointment view address actions /> }.into_any()
        }
        DialogKind::Booking => {
            view! { <BookingDialog view address book=actions.book /> }.into_any()
        }
    }
}

/// Renders `dialog` when its code is here (on the server it always is). In the browser before
/// that, a placeholder, while the code is fetched; `code_here` then turns true, which renders
/// the dialog (the caller reads it).
pub fn show(dialog: OpenDialog, code_here: RwSignal<bool>) -> AnyView {
    if (cfg!(feature = "ssr") || code_here.get_untracked())
        && let Some(view) = ready_now(calendar_dialog(Box::new(dialog)))
    {
        return view;
    }
    fetch_code(code_here);
    view! {
        <div class="dialog-backdrop">
            <section class="dialog" role="dialog" aria-modal="true" aria-busy="true" aria-label=t!("sched-opening-label")>
                <p class="loading">{t!("sched-opening")}</p>
            </section>
        </div>
    }
    .into_any()
}

/// Whether the dialogs' code is here: true on the server, and in the browser once fetched.
pub fn code_is_here() -> bool {
    cfg!(feature = "ssr") || CODE_HERE.load(std::sync::atomic::Ordering::Relaxed)
}

static CODE_HERE: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Fetches the dialogs' code in the background; `code_here` turns true when it has arrived.
pub fn fetch_code(code_here: RwSignal<bool>) {
    #[cfg(feature = "hydrate")]
    leptos::task::spawn_local(async move {
        load().await;
        // The calendar may have been left meanwhile (its signal then is gone).
        let _ = code_here.try_set(true);
    });
    #[cfg(not(feature = "hydrate"))]
    code_here.set(true);
}

#[cfg(feature = "hydrate")]
async fn load() {
    __preload_calendar_dialog().await;
    CODE_HERE.store(true, std::sync::atomic::Ordering::Relaxed);
}

/// Run by the calendar's route before it hydrates: fetches the dialogs' code when the
/// server-rendered page shows a dialog.
#[cfg(feature = "hydrate")]
pub async fn preload_shown_dialog() {
    let shown = document().query_selector(".dialog-backdrop").ok().flatten().is_some();
    if shown {
        load().await;
    }
}

/// The output of a future that needs no waiting (a split point whose code is loaded, or any on
/// the server), else `None`.
fn ready_now<T>(future: impl Future<Output = T>) -> Option<T> {
    use std::task::{Context, Poll, Waker};
    let mut future = std::pin::pin!(future);
    match future.as_mut().poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(output) => Some(output),
        Poll::Pending => None,
    }
}
