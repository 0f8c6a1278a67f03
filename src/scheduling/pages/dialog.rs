//! A dialog over the calendar, opened by its address (so it works without JavaScript, the back
//! button closes it, and it can be linked), closed by its link or, once hydrated, by Escape.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::t;

#[component]
pub fn Dialog(
    #[prop(into)] title: String,
    /// Where closing goes: the calendar without the dialog.
    #[prop(into)]
    close: String,
    children: Children,
) -> impl IntoView {
    let navigate = use_navigate();
    // Once hydrated, focus moves into the dialog: to the field marked `data-autofocus`, or to
    // the dialog itself.
    let section = NodeRef::<leptos::html::Section>::new();
    Effect::new(move |_| {
        use wasm_bindgen::JsCast;
        let Some(dialog) = section.get() else { return };
        let field = dialog
            .query_selector("[data-autofocus]")
            .ok()
            .flatten()
            .and_then(|el| el.dyn_into::<leptos::web_sys::HtmlElement>().ok());
        let _ = match field {
            Some(field) => field.focus(),
            None => dialog.focus(),
        };
    });
    let close_on_escape = {
        let close = close.clone();
        move |ev: leptos::ev::KeyboardEvent| {
            if ev.key() == "Escape" {
                navigate(&close, Default::default());
            }
        }
    };
    view! {
        <div class="dialog-backdrop">
            <section
                node_ref=section
                tabindex="-1"
                class="dialog"
                role="dialog"
                aria-modal="true"
                aria-labelledby="dialog-title"
                on:keydown=close_on_escape
            >
                <header class="dialog-head">
                    <h2 id="dialog-title">{title}</h2>
                    <a href=close class="dialog-close" aria-label=t!("sched-close")>
                        "×"
                    </a>
                </header>
                {children()}
            </section>
        </div>
    }
}
