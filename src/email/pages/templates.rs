//! `/setup/{clinic}/emails`: the clinic's email templates; `/setup/{clinic}/emails/{kind}`: one
//! template's editor, with the placeholders it may use and, once hydrated, a live preview with
//! sample data as you type (without JavaScript the preview shows the saved text).

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::email::model::{EmailKind, TemplateText};
use crate::email::template_editor::{
    ResetTemplate, SaveTemplate, TemplateEdit, email_template, email_templates, preview_template,
};
use crate::setup::pages::{SetupFrame, clinic_param, here};
use crate::t;
use crate::ui::form::{FormFeedback, FormProblem, SavedNotice};
use crate::ui::{DataTable, page_error};

/// The name of the kind of email `kind` (its code), in the page's language; `label` (the
/// server's) for a kind this page does not know.
fn template_label(kind: &str, label: &str) -> String {
    EmailKind::parse(kind).map(EmailKind::label).unwrap_or_else(|_| label.to_string())
}

#[component]
pub fn TemplatesPage() -> impl IntoView {
    let clinic = clinic_param();
    let data = Resource::new(move || clinic.get(), email_templates);
    view! {
        <Suspense fallback=|| view! { <p class="loading">{t!("setup-emails-loading")}</p> }>
            {move || Suspend::new(async move {
                let list = match data.await {
                    Err(error) => return page_error(error, &here()),
                    Ok(list) => list,
                };
                let slug = list.clinic.slug.clone();
                let rows = list.templates.clone().into_iter().map(|t| {
                    let href = format!("/setup/{slug}/emails/{}", t.kind);
                    // One link per language: the clinic's own text in it, or the default.
                    let versions = crate::i18n::Language::all().map(|language| {
                        let own = t.customised.iter().any(|tag| tag == language.tag());
                        let href = format!("{href}?language={}", language.tag());
                        let note = t!(if own { "setup-emails-own" } else { "setup-emails-default" });
                        view! {
                            <li><A href=href>{language.name()}</A>" "<span class="hint">{format!("({note})")}</span></li>
                        }
                    }).collect_view();
                    view! {
                        <tr>
                            <td><A href=href.clone()>{template_label(&t.kind, &t.label)}</A></td>
                            <td><ul class="inline-list">{versions}</ul></td>
                        </tr>
                    }
                }).collect_view();
                view! {
                    <SetupFrame clinic=list.clinic.clone() can_edit=true title=t!("setup-section-emails")>
                        <p>{t!("setup-emails-intro")}</p>
                        <p class="hint">{t!("setup-emails-languages", language = list.clinic_language.name())}</p>
                        <DataTable caption="table-email-templates" columns=&["column-email", "column-versions"]>{rows}</DataTable>
                    </SetupFrame>
                }.into_any()
            })}
        </Suspense>
    }
}

#[component]
pub fn TemplateEditorPage() -> impl IntoView {
    let clinic = clinic_param();
    let params = use_params_map();
    let kind = Memo::new(move |_| params.read().get("kind").unwrap_or_default());
    let query = use_query_map();
    let language = Memo::new(move |_| query.read().get("language").unwrap_or_default());
    let save = ServerAction::<SaveTemplate>::new();
    let reset = ServerAction::<ResetTemplate>::new();
    let data = Resource::new(
        move || (clinic.get(), kind.get(), language.get(), reset.version().get()),
        |(clinic, kind, language, _)| email_template(clinic, kind, language),
    );
    view! {
        <Suspense fallback=|| view! { <p class="loading">{t!("setup-emails-template-loading")}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Err(error) => page_error(error, &here()),
                    Ok(edit) => view! {
                        <SetupFrame clinic=edit.clinic.clone() can_edit=true title=t!("setup-section-emails")>
                            <Editor edit save reset />
                        </SetupFrame>
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// What the preview shows: the rendered parts (in the template's `language`), or the problem.
fn preview_view(
    result: Result<crate::email::template_editor::Preview, crate::error::AppError>,
    language: &'static str,
) -> AnyView {
    match result {
        Ok(p) => view! {
            <dl class="facts">
                <dt>{t!("setup-emails-subject")}</dt><dd lang=language>{p.subject}</dd>
            </dl>
            <h4>{t!("setup-emails-text")}</h4>
            <pre class="email-body" lang=language>{p.text_body}</pre>
            <h4>{t!("setup-emails-html")}</h4>
            <pre class="email-body" lang=language>{p.html_body}</pre>
        }
        .into_any(),
        Err(error) => {
            let text = match &error {
                crate::error::AppError::Validation { fields, .. } => fields
                    .iter()
                    .map(|(part, message)| {
                        let part = match part.as_str() {
                            "subject" => t!("setup-emails-part-subject"),
                            "text_body" => t!("setup-emails-part-text-body"),
                            "html_body" => t!("setup-emails-part-html-body"),
                            other => other.replace('_', " "),
                        };
                        format!("{part}: {message}")
                    })
                    .collect::<Vec<_>>()
                    .join(" "),
                other => other.to_string(),
            };
            view! { <p class="status status-error">{text}</p> }.into_any()
        }
    }
}

#[component]
fn Editor(
    edit: TemplateEdit,
    save: ServerAction<SaveTemplate>,
    reset: ServerAction<ResetTemplate>,
) -> impl IntoView {
    let feedback = FormFeedback::provide(save);
    let typed = |key: &str, stored: &str| feedback.typed(key).unwrap_or_else(|| stored.to_string());
    let subject = RwSignal::new(typed("subject", &edit.text.subject));
    let text_body = RwSignal::new(typed("text_body", &edit.text.text_body));
    let html_body = RwSignal::new(typed("html_body", &edit.text.html_body));
    // The template's text is in its own language, whatever the page's (`lang` says so).
    // The preview follows the typing after a short pause.
    let settled = RwSignal::new(TemplateText {
        subject: subject.get_untracked(),
        text_body: text_body.get_untracked(),
        html_body: html_body.get_untracked(),
    });
    let pending = StoredValue::new(None::<leptos::leptos_dom::helpers::TimeoutHandle>);
    let typed_now = move || {
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        let handle = set_timeout_with_handle(
            move || {
                settled.set(TemplateText {
                    subject: subject.get_untracked(),
                    text_body: text_body.get_untracked(),
                    html_body: html_body.get_untracked(),
                })
            },
            std::time::Duration::from_millis(400),
        );
        pending.set_value(handle.ok());
    };
    let (slug, kind) = (edit.clinic.slug.clone(), edit.kind.clone());
    let language = edit.language.tag();
    let (reset_slug, reset_kind) = (slug.clone(), kind.clone());
    let back = format!("/setup/{slug}/emails");
    let preview = Resource::new(move || settled.get(), {
        let (slug, kind) = (slug.clone(), kind.clone());
        move |form| preview_template(slug.clone(), kind.clone(), language.to_string(), form)
    });
    let placeholders = edit
        .placeholders
        .iter()
        .map(|(name, what)| view! { <dt><code>{format!("{{{{ {name} }}}}")}</code></dt><dd>{what.clone()}</dd> })
        .collect_view();
    let message = move |key: &'static str| {
        move || feedback.message(key).map(|m| view! { <p class="field-error" role="alert">{m}</p> })
    };
    view! {
        <p class="breadcrumb">
            <a href=back>{t!("setup-section-emails")}</a>" › "{template_label(&edit.kind, &edit.label)}" › "{edit.language.name()}
        </p>
        <div class="editor-grid">
            <div>
                <ActionForm action=save attr:class="stacked-form">
                    <FormProblem feedback keys=&["subject", "text_body", "html_body"] />
                    <SavedNotice action=save text=t!("setup-emails-saved") />
                    <input type="hidden" name="clinic" value=slug.clone() />
                    <input type="hidden" name="kind" value=kind.clone() />
                    <input type="hidden" name="language" value=language />
                    <label for="template-subject">{t!("setup-emails-subject")}</label>
                    <input id="template-subject" name="form[subject]" type="text" required maxlength="300" lang=language
                        value=subject.get_untracked() prop:value=move || subject.get()
                        on:input=move |ev| { subject.set(event_target_value(&ev)); typed_now(); } />
                    {message("subject")}
                    <label for="template-text">{t!("setup-emails-text-body")}</label>
                    <textarea id="template-text" name="form[text_body]" rows="10" required lang=language
                        prop:value=move || text_body.get()
                        on:input=move |ev| { text_body.set(event_target_value(&ev)); typed_now(); }>
                        {text_body.get_untracked()}
                    </textarea>
                    {message("text_body")}
                    <label for="template-html">{t!("setup-emails-html-body")}</label>
                    <textarea id="template-html" name="form[html_body]" rows="10" required lang=language
                        prop:value=move || html_body.get()
                        on:input=move |ev| { html_body.set(event_target_value(&ev)); typed_now(); }>
                        {html_body.get_untracked()}
                    </textarea>
                    {message("html_body")}
                    <button type="submit" class="button">{t!("setup-emails-save")}</button>
                </ActionForm>
                {edit.customised.then(|| view! {
                    <ActionForm action=reset attr:class="inline-form">
                        <input type="hidden" name="clinic" value=reset_slug />
                        <input type="hidden" name="kind" value=reset_kind />
                        <input type="hidden" name="language" value=language />
                        <button type="submit" class="button button-quiet-dark">{t!("setup-emails-reset")}</button>
                    </ActionForm>
                })}
            </div>
            <aside aria-label=t!("setup-emails-aside")>
                <h3>{t!("setup-emails-placeholders")}</h3>
                <dl class="facts">{placeholders}</dl>
                <h3>{t!("setup-emails-preview")}</h3>
                <Transition fallback=|| view! { <p class="loading">{t!("setup-emails-rendering")}</p> }>
                    {move || Suspend::new(async move { preview_view(preview.await, language) })}
                </Transition>
            </aside>
        </div>
    }
    .into_any()
}
