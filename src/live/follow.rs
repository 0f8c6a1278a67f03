//! The browser's side: one live stream per page (browsers allow few connections per site), opened
//! by the app for a signed-in staff member, following the clinic the page shows, if any, and
//! always the viewer's own notifications. Components listen to what it hears while they are
//! mounted. Without JavaScript nothing of this runs: the pages are as they were.

use std::sync::Arc;

use leptos::prelude::*;

use super::model::AppointmentChange;

/// What the stream told the page.
#[derive(Debug, Clone)]
pub enum Heard {
    Change(AppointmentChange),
    /// Too much was missed to say what: read everything again.
    Reset,
    /// The viewer has a new notification.
    Notification,
}

type Listener = Arc<dyn Fn(&Heard) + Send + Sync>;

/// The appointment whose open dialog someone else just changed (a calendar provides it; the
/// dialog says so, keeping what was typed).
#[derive(Clone, Copy)]
pub struct ChangedElsewhere(pub RwSignal<Option<i64>>);

/// The page's stream and who listens to it (provided by the app, for every page).
#[derive(Clone, Copy)]
pub struct LiveFeed {
    signed_in: RwSignal<bool>,
    /// Moves when the stream says the session ended (the header reads who is signed in again).
    session_ended: RwSignal<u32>,
    /// The clinic whose changes are followed, with the number its page's data was read at
    /// (none: from now on).
    clinic: RwSignal<Option<(String, Option<i64>)>>,
    listeners: StoredValue<Vec<(u64, Listener)>>,
    next_listener: StoredValue<u64>,
}

impl LiveFeed {
    /// Provides the feed to every page; in the browser, keeps the stream open while someone is
    /// signed in, for the clinic a page follows.
    pub fn provide() -> LiveFeed {
        let feed = LiveFeed {
            signed_in: RwSignal::new(false),
            session_ended: RwSignal::new(0),
            clinic: RwSignal::new(None),
            listeners: StoredValue::new(Vec::new()),
            next_listener: StoredValue::new(0),
        };
        provide_context(feed);
        #[cfg(feature = "hydrate")]
        browser::keep_open(feed);
        feed
    }

    pub fn get() -> Option<LiveFeed> {
        use_context::<LiveFeed>()
    }

    /// Moves when the session ended, as the stream said.
    pub fn session_ended(&self) -> u32 {
        self.session_ended.get()
    }

    /// Says whether someone is signed in (the header knows).
    pub fn set_signed_in(&self, signed_in: bool) {
        if cfg!(feature = "hydrate") && self.signed_in.get_untracked() != signed_in {
            self.signed_in.set(signed_in);
        }
    }

    /// Follows `clinic`'s changes after `seq` (the number the page's data was read at; none:
    /// from now on); the same clinic again changes nothing (the stream goes on from where it is).
    pub fn follow_clinic(&self, clinic: &str, seq: Option<i64>) {
        // The server renders no stream, and writes no signal while rendering.
        if cfg!(not(feature = "hydrate")) {
            return;
        }
        let same =
            self.clinic.with_untracked(|c| c.as_ref().is_some_and(|(slug, _)| slug == clinic));
        if !same {
            self.clinic.set(Some((clinic.to_string(), seq)));
        }
    }

    /// Stops following any clinic when the calling component goes (its page is left).
    pub fn unfollow_on_cleanup(&self) {
        let clinic = self.clinic;
        on_cleanup(move || {
            let _ = clinic.try_set(None);
        });
    }

    /// Calls `listener` with everything heard while the calling component is mounted.
    pub fn listen(&self, listener: impl Fn(&Heard) + Send + Sync + 'static) {
        let id = self.next_listener.get_value();
        self.next_listener.set_value(id + 1);
        self.listeners.update_value(|all| all.push((id, Arc::new(listener))));
        let listeners = self.listeners;
        on_cleanup(move || {
            listeners.try_update_value(|all| all.retain(|(other, _)| *other != id));
        });
    }

    /// For a page that reads its clinic's appointments: follows `clinic` from now on, and
    /// answers a counter that moves whenever they may have changed (for the page's resource).
    pub fn changes() -> RwSignal<u32> {
        let changed = RwSignal::new(0u32);
        if let Some(feed) = LiveFeed::get() {
            feed.unfollow_on_cleanup();
            feed.listen(move |heard| {
                if !matches!(heard, Heard::Notification) {
                    changed.update(|n| *n += 1);
                }
            });
        }
        changed
    }

    #[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
    fn tell(&self, heard: &Heard) {
        let listeners: Vec<Listener> =
            self.listeners.with_value(|all| all.iter().map(|(_, l)| l.clone()).collect());
        for listener in listeners {
            listener(heard);
        }
    }
}

#[cfg(feature = "hydrate")]
mod browser {
    use wasm_bindgen::JsCast;
    use wasm_bindgen::closure::Closure;

    use super::super::model::event_names;
    use super::*;

    /// The open stream, with the callbacks it calls (dropped with it).
    struct Open {
        source: web_sys::EventSource,
        _callbacks: Vec<Closure<dyn FnMut(web_sys::MessageEvent)>>,
    }

    pub fn keep_open(feed: LiveFeed) {
        let open = StoredValue::new_local(None::<Open>);
        // What the stream is for: reopened only when that changes (not for a newer number).
        let wanted = Memo::new(move |_| {
            feed.signed_in.get().then(|| feed.clinic.with(|c| c.as_ref().map(|(s, _)| s.clone())))
        });
        Effect::new(move |_| {
            let wanted = wanted.get();
            open.update_value(|current| {
                if let Some(old) = current.take() {
                    old.source.close();
                }
                let Some(clinic) = wanted else { return };
                let url = match clinic {
                    Some(slug) => {
                        match feed.clinic.with_untracked(|c| c.as_ref().and_then(|(_, s)| *s)) {
                            Some(after) => format!("/live?clinic={slug}&after={after}"),
                            None => format!("/live?clinic={slug}"),
                        }
                    }
                    None => "/live".to_string(),
                };
                *current = start(feed, &url);
            });
        });
        on_cleanup(move || {
            open.update_value(|current| {
                if let Some(old) = current.take() {
                    old.source.close();
                }
            });
        });
    }

    fn start(feed: LiveFeed, url: &str) -> Option<Open> {
        let source = web_sys::EventSource::new(url).ok()?;
        let mut callbacks = Vec::new();
        let mut on = |name: &str, handle: Box<dyn FnMut(web_sys::MessageEvent)>| {
            let callback = Closure::wrap(handle);
            let _ =
                source.add_event_listener_with_callback(name, callback.as_ref().unchecked_ref());
            callbacks.push(callback);
        };
        on(
            event_names::APPOINTMENT,
            Box::new(move |event: web_sys::MessageEvent| {
                let change = event
                    .data()
                    .as_string()
                    .and_then(|text| serde_json::from_str::<AppointmentChange>(&text).ok());
                if let Some(change) = change {
                    feed.tell(&Heard::Change(change));
                }
            }),
        );
        on(event_names::RESET, Box::new(move |_| feed.tell(&Heard::Reset)));
        on(event_names::NOTIFICATION, Box::new(move |_| feed.tell(&Heard::Notification)));
        let closing = source.clone();
        on(
            event_names::SIGNED_OUT,
            Box::new(move |_| {
                // The session ended (here or elsewhere): no stream, and the header asks again
                // who is signed in (the page's next request goes to the sign-in page).
                closing.close();
                feed.signed_in.set(false);
                feed.session_ended.update(|n| *n += 1);
            }),
        );
        Some(Open { source, _callbacks: callbacks })
    }
}
