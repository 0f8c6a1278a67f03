//! Keys on every staff page: `/` finds a patient, `?` lists every key (this page's too).
//! They act only when no field has the focus, so typing a `/` or `?` in a field types it.

use leptos::prelude::*;

use crate::t;

/// The `?` overlay and the keys that open it and find a patient.
#[component]
pub fn KeyHelp() -> impl IntoView {
    let shown = RwSignal::new(false);
    #[cfg(feature = "hydrate")]
    browser::listen(shown);
    let close_ref = NodeRef::<leptos::html::Button>::new();
    // Focus goes to the overlay's button when it opens, and back where it was when it closes.
    #[cfg(feature = "hydrate")]
    browser::move_focus(shown, close_ref);
    let close = move || shown.set(false);
    let on_keydown = move |ev: web_sys::KeyboardEvent| {
        if ev.key() == "Escape" {
            ev.prevent_default();
            close();
        }
    };
    view! {
        <Show when=move || shown.get()>
            <div class="key-help-backdrop" on:click=move |_| close()></div>
            <div class="key-help" role="dialog" aria-modal="true" aria-labelledby="key-help-title"
                on:keydown=on_keydown>
                <h2 id="key-help-title">{t!("sched-keys-title")}</h2>
                <h3>{t!("sched-keys-everywhere")}</h3>
                <dl class="keys">{rows(EVERYWHERE)}</dl>
                <h3>{t!("sched-keys-on-calendar")}</h3>
                <dl class="keys">{rows(CALENDAR)}</dl>
                <p class="hint">{t!("sched-keys-hint")}</p>
                <button type="button" class="button" node_ref=close_ref on:click=move |_| close()>{t!("sched-close")}</button>
            </div>
        </Show>
    }
}

/// Each key with the message saying what it does.
fn rows(keys: &'static [(&'static str, &'static str)]) -> impl IntoView {
    keys.iter()
        .map(|(key, what)| view! { <dt><kbd>{*key}</kbd></dt><dd>{t!(*what)}</dd> })
        .collect_view()
}

const EVERYWHERE: &[(&str, &str)] =
    &[("/", "sched-keys-find-patient"), ("?", "sched-keys-this-list"), ("Esc", "sched-keys-close")];

const CALENDAR: &[(&str, &str)] = &[
    ("j / k", "sched-keys-days"),
    ("t", "sched-keys-today"),
    ("l", "sched-keys-next-layout"),
    ("g", "sched-keys-go-to-date"),
    ("n", "sched-keys-book-link"),
    ("a / A", "sched-keys-appointments"),
    ("← / →", "sched-keys-columns"),
    ("↓ / ↑", "sched-keys-within-column"),
];

/// Whether a key went to a field (typed into it), which page keys leave alone.
#[cfg(feature = "hydrate")]
pub fn typing_in_a_field(ev: &web_sys::KeyboardEvent) -> bool {
    use wasm_bindgen::JsCast;
    let Some(target) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) else {
        return false;
    };
    matches!(target.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
        || target.is_content_editable()
}

#[cfg(feature = "hydrate")]
mod browser {
    use leptos_router::hooks::{use_location, use_navigate};

    use super::*;

    pub fn move_focus(shown: RwSignal<bool>, close_ref: NodeRef<leptos::html::Button>) {
        use wasm_bindgen::JsCast;
        let before = StoredValue::new_local(None::<web_sys::HtmlElement>);
        Effect::new(move |_| {
            if shown.get() {
                before.set_value(
                    document()
                        .active_element()
                        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()),
                );
                if let Some(button) = close_ref.get() {
                    let _ = button.focus();
                }
            } else if let Some(element) = before.get_value() {
                let _ = element.focus();
                before.set_value(None);
            }
        });
    }

    pub fn listen(shown: RwSignal<bool>) {
        let navigate = use_navigate();
        let location = use_location();
        let handle = window_event_listener(leptos::ev::keydown, move |ev| {
            if ev.ctrl_key() || ev.meta_key() || ev.alt_key() || typing_in_a_field(&ev) {
                return;
            }
            match ev.key().as_str() {
                "?" => {
                    ev.prevent_default();
                    shown.update(|s| *s = !*s);
                }
                "/" => {
                    ev.prevent_default();
                    if location.pathname.get_untracked() == "/patients" {
                        if let Some(search) = document().get_element_by_id("patient-search") {
                            use wasm_bindgen::JsCast;
                            if let Ok(search) = search.dyn_into::<web_sys::HtmlElement>() {
                                let _ = search.focus();
                            }
                        }
                    } else {
                        // The search page puts the focus in its field.
                        navigate("/patients", Default::default());
                    }
                }
                _ => {}
            }
        });
        on_cleanup(move || handle.remove());
    }
}
