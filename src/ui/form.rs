//! Form fields with their label, hint and message, fed by a form's server action.
//!
//! A field's message comes from two places: the server's answer to the last submission (the
//! only one without JavaScript), and, once hydrated, the same parser run in the browser as the
//! user types. A failed submission also sends back what was typed, so a form re-rendered after
//! a plain HTML post shows the user's input, not the stored value.

use leptos::prelude::*;

use crate::error::AppError;

/// The last answer of a form's server action, shared with its fields through context.
#[derive(Clone, Copy)]
pub struct FormFeedback {
    error: Signal<Option<AppError>>,
    submissions: Signal<usize>,
}

impl FormFeedback {
    /// Feedback from a server action; provided to the fields rendered below.
    pub fn provide<S>(action: ServerAction<S>) -> FormFeedback
    where
        S: leptos::server_fn::ServerFn<Error = AppError> + Clone + Send + Sync + 'static,
        S::Output: Clone + Send + Sync + 'static,
    {
        let feedback = FormFeedback {
            error: Signal::derive(move || action.value().get().and_then(Result::err)),
            submissions: action.version().into(),
        };
        provide_context(feedback);
        feedback
    }

    /// The feedback of the form being built (its component provided it), if any.
    pub fn current() -> Option<FormFeedback> {
        use_context::<FormFeedback>()
    }

    /// The server's message about field `key`.
    pub fn message(&self, key: &str) -> Option<String> {
        self.error.get().and_then(|e| e.field(key))
    }

    /// An error that belongs to no field in `keys` (shown above the form).
    pub fn general(&self, keys: &[&str]) -> Option<AppError> {
        self.error.get().filter(|e| match e {
            AppError::Validation { fields, .. } => {
                fields.keys().any(|k| !keys.iter().any(|key| key == k))
            }
            _ => true,
        })
    }

    /// What the user typed into `key` before a failed submission (read once, at render).
    pub fn typed(&self, key: &str) -> Option<String> {
        self.error.get_untracked().and_then(|e| e.typed(key))
    }
}

/// Gives this page's server actions the refusal of a form posted without JavaScript, if the
/// server kept one for this page load (`server::form_flash`), the way Leptos would give them
/// an error read from the address (which the server never lets through). The value goes to the
/// browser with the page, so a page hydrated after such a post shows the same. Call it once,
/// at the root, before any `ServerAction` is made.
pub fn provide_flashed_error() {
    let flashed: SharedValue<Option<(String, String)>> = SharedValue::new(|| {
        #[cfg(feature = "ssr")]
        {
            use_context::<http::request::Parts>()
                .and_then(|parts| {
                    parts.extensions.get::<crate::server::form_flash::FlashedError>().cloned()
                })
                .map(|flashed| (flashed.action, flashed.error))
        }
        #[cfg(not(feature = "ssr"))]
        {
            None
        }
    });
    if let Some((action, error)) = flashed.into_inner() {
        provide_context(leptos::server::ServerActionError::new(&action, &error));
    }
}

/// A field's form name from its key: `name` is `form[name]`, `rows.0.starts` is
/// `form[rows][0][starts]` (the server function's `form` argument).
pub fn form_name(key: &str) -> String {
    key.split('.').fold("form".to_string(), |name, part| format!("{name}[{part}]"))
}

/// An element id from a key (`rows.0.starts` is `field-rows-0-starts`).
pub fn field_id(key: &str) -> String {
    format!("field-{}", key.replace(['.', '_'], "-"))
}

/// A browser-side check: the domain parser for the field, answering the message if any.
pub type Check = fn(&str) -> Option<String>;

/// The message shown beside a field: the browser's check of what was typed since the last
/// submission, else the server's answer to that submission.
fn field_message(
    key: String,
    local: RwSignal<Option<(usize, Option<String>)>>,
) -> Signal<Option<String>> {
    let feedback = FormFeedback::current();
    Signal::derive(move || {
        let submissions = feedback.map(|f| f.submissions.get()).unwrap_or_default();
        match local.get() {
            Some((seen, message)) if seen == submissions => message,
            _ => feedback.and_then(|f| f.message(&key)),
        }
    })
}

fn on_input(
    check: Option<Check>,
    local: RwSignal<Option<(usize, Option<String>)>>,
) -> impl Fn(String) {
    let feedback = FormFeedback::current();
    move |value: String| {
        if let Some(check) = check {
            let submissions = feedback.map(|f| f.submissions.get_untracked()).unwrap_or_default();
            local.set(Some((submissions, check(&value))));
        }
    }
}

/// A text-like input (text, email, tel, number, date, time, color) or, with `multiline`, a
/// text area.
#[component]
pub fn TextField(
    /// The field's key in the form (`name`, `rows.0.starts`).
    #[prop(into)]
    key: String,
    #[prop(into)] label: String,
    /// The stored value, shown unless a failed submission sent back what was typed.
    #[prop(into)]
    value: String,
    #[prop(default = "text")] input_type: &'static str,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional)] check: Option<Check>,
    #[prop(optional)] required: bool,
    #[prop(optional)] multiline: bool,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] inputmode: Option<&'static str>,
    #[prop(optional, into)] list: Option<String>,
    #[prop(optional)] min: Option<&'static str>,
    #[prop(optional)] max: Option<&'static str>,
    #[prop(optional)] step: Option<&'static str>,
    /// Hides the label visually (tables of fields whose column heading says it).
    #[prop(optional)]
    label_hidden: bool,
) -> impl IntoView {
    let id = field_id(&key);
    let name = form_name(&key);
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let initial = FormFeedback::current().and_then(|f| f.typed(&key)).unwrap_or(value);
    let local = RwSignal::new(None);
    let message = field_message(key, local);
    let input = on_input(check, local);
    let described = if hint.is_some() { format!("{hint_id} {error_id}") } else { error_id.clone() };
    let invalid = move || message.get().is_some().then_some("true");
    let control = if multiline {
        view! {
            <textarea id=id.clone() name=name rows="3" required=required aria-invalid=invalid
                aria-describedby=described on:input=move |ev| input(event_target_value(&ev))>
                {initial}
            </textarea>
        }
        .into_any()
    } else {
        view! {
            <input id=id.clone() name=name type=input_type value=initial required=required
                autocomplete=autocomplete inputmode=inputmode list=list min=min max=max step=step
                aria-invalid=invalid aria-describedby=described
                on:input=move |ev| input(event_target_value(&ev)) />
        }
        .into_any()
    };
    view! {
        <div class="field">
            <label for=id class:visually-hidden=label_hidden>{label}</label>
            {control}
            {hint.map(|hint| view! { <p id=hint_id class="field-hint">{hint}</p> })}
            <p id=error_id class="field-error" aria-live="polite">{move || message.get()}</p>
        </div>
    }
}

/// A drop-down of `(value, label)` options.
#[component]
pub fn SelectField(
    #[prop(into)] key: String,
    #[prop(into)] label: String,
    /// The stored value, selected unless a failed submission sent back another.
    #[prop(into)]
    value: String,
    options: Vec<(String, String)>,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional)] label_hidden: bool,
) -> impl IntoView {
    let id = field_id(&key);
    let name = form_name(&key);
    let error_id = format!("{id}-error");
    let selected = FormFeedback::current().and_then(|f| f.typed(&key)).unwrap_or(value);
    let local = RwSignal::new(None);
    let message = field_message(key, local);
    let options = options
        .into_iter()
        .map(|(value, text)| {
            let is_selected = value == selected;
            view! { <option value=value selected=is_selected>{text}</option> }
        })
        .collect_view();
    view! {
        <div class="field">
            <label for=id.clone() class:visually-hidden=label_hidden>{label}</label>
            <select id=id name=name aria-describedby=error_id.clone()
                aria-invalid=move || message.get().is_some().then_some("true")>
                {options}
            </select>
            {hint.map(|hint| view! { <p class="field-hint">{hint}</p> })}
            <p id=error_id class="field-error" aria-live="polite">{move || message.get()}</p>
        </div>
    }
}

/// A tick box sent as `on` when ticked (and not at all when not).
#[component]
pub fn CheckboxField(
    #[prop(into)] key: String,
    #[prop(into)] label: String,
    checked: bool,
    #[prop(optional, into)] hint: Option<String>,
) -> impl IntoView {
    let id = field_id(&key);
    let name = form_name(&key);
    let checked = match FormFeedback::current().and_then(|f| f.typed(&key)) {
        Some(typed) => !typed.is_empty(),
        None => checked,
    };
    view! {
        <div class="field field-check">
            <input id=id.clone() name=name type="checkbox" value="on" checked=checked />
            <label for=id>{label}</label>
            {hint.map(|hint| view! { <p class="field-hint">{hint}</p> })}
        </div>
    }
}

/// A group of tick boxes sending the ticked values as a list (`form[key][]`).
#[component]
pub fn ChoiceList(
    #[prop(into)] key: String,
    #[prop(into)] legend: String,
    /// `(value, label)` of each choice.
    choices: Vec<(String, String)>,
    /// The values ticked in the stored record.
    ticked: Vec<String>,
    #[prop(optional, into)] hint: Option<String>,
) -> impl IntoView {
    let feedback = FormFeedback::current();
    let ticked: Vec<String> = match feedback.and_then(|f| f.typed(&key)) {
        Some(typed) => typed.split(',').filter(|v| !v.is_empty()).map(str::to_string).collect(),
        None => ticked,
    };
    let name = format!("{}[]", form_name(&key));
    let error_key = key.clone();
    let message = move || feedback.and_then(|f| f.message(&error_key));
    let boxes = choices
        .into_iter()
        .map(|(value, label)| {
            let id = format!("{}-{value}", field_id(&key));
            let checked = ticked.contains(&value);
            view! {
                <div class="field-check">
                    <input id=id.clone() name=name.clone() type="checkbox" value=value checked=checked />
                    <label for=id>{label}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="field choice-list">
            <legend>{legend}</legend>
            {hint.map(|hint| view! { <p class="field-hint">{hint}</p> })}
            {boxes}
            <p class="field-error" aria-live="polite">{message}</p>
        </fieldset>
    }
}

/// The error of a submission that is about no field of the form (a conflict, no access), or
/// the summary of field errors elsewhere on the form.
#[component]
pub fn FormProblem(feedback: FormFeedback, keys: &'static [&'static str]) -> impl IntoView {
    move || {
        feedback.general(keys).map(|error| {
            let text = match &error {
                AppError::Validation { fields, .. } => {
                    fields.values().cloned().collect::<Vec<_>>().join(" ")
                }
                other => other.to_string(),
            };
            view! { <p class="status status-error" role="alert">{text}</p> }
        })
    }
}

/// "Saved." after a successful submission of this form.
#[component]
pub fn SavedNotice<S>(action: ServerAction<S>, #[prop(into)] text: String) -> impl IntoView
where
    S: leptos::server_fn::ServerFn<Error = AppError> + Clone + Send + Sync + 'static,
    S::Output: Clone + Send + Sync + 'static,
{
    move || {
        matches!(action.value().get(), Some(Ok(_)))
            .then(|| view! { <p class="status status-ok" role="status">{text.clone()}</p> })
    }
}
