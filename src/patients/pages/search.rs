//! `/patients`: one search box (a plain GET form; live results as you type once hydrated),
//! results in pages, the archived filter, and the way to a new patient.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::NavigateOptions;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};

use crate::patients::model::SearchPage;
use crate::patients::search::search_patients;
use crate::t;
use crate::ui::{DataTable, encode, page_error};

/// The address of a search, keeping the clinic and filter.
fn search_href(clinic: &str, q: &str, page: u32, archived: bool) -> String {
    let mut url = format!("/patients?clinic={}&q={}", encode(clinic), encode(q));
    if page > 0 {
        url.push_str(&format!("&page={page}"));
    }
    if archived {
        url.push_str("&archived=true");
    }
    url
}

#[component]
pub fn PatientsPage() -> impl IntoView {
    let query = use_query_map();
    let param = move |name: &str| query.read().get(name).unwrap_or_default();
    let q = Memo::new(move |_| param("q"));
    let clinic = Memo::new(move |_| param("clinic"));
    let page = Memo::new(move |_| param("page").parse::<u32>().unwrap_or(0));
    let archived = Memo::new(move |_| param("archived") == "true");
    let results = Resource::new(
        move || (clinic.get(), q.get(), page.get(), archived.get()),
        |(clinic, q, page, archived)| search_patients(clinic, q, page, archived),
    );
    // Live search once hydrated: a pause in typing replaces the address, which reloads the
    // results; the box keeps its focus and text.
    let pending = StoredValue::new(None::<leptos::leptos_dom::helpers::TimeoutHandle>);
    let on_input = move |ev: leptos::ev::Event| {
        let typed = event_target_value(&ev);
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        let handle = set_timeout_with_handle(
            move || {
                let href =
                    search_href(&clinic.get_untracked(), &typed, 0, archived.get_untracked());
                use_navigate()(
                    &href,
                    NavigateOptions { replace: true, scroll: false, ..Default::default() },
                );
            },
            std::time::Duration::from_millis(250),
        )
        .ok();
        pending.set_value(handle);
    };
    // The page is for finding someone: the field has the focus (the `/` key comes here too).
    let search_field = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        if let Some(field) = search_field.get() {
            let _ = field.focus();
        }
    });
    view! {
        <Title text=t!("patient-patients") />
        <h1>{t!("patient-patients")}</h1>
        <form method="get" action="/patients" class="search-form" role="search">
            <input type="hidden" name="clinic" value=move || clinic.get() />
            <label for="patient-search">{t!("patient-search-label")}</label>
            <div class="search-row">
                <input id="patient-search" name="q" type="search" value=q.get_untracked() node_ref=search_field
                    autocomplete="off" spellcheck="false" aria-describedby="patient-search-hint"
                    on:input=on_input />
                <button type="submit" class="button">{t!("patient-search-button")}</button>
            </div>
            <p id="patient-search-hint" class="field-hint">
                {t!("patient-search-hint")}
            </p>
            <div class="field-check">
                <input id="archived" name="archived" type="checkbox" value="true"
                    checked=archived.get_untracked() on:change=move |ev| {
                        let include = event_target_checked(&ev);
                        let href = search_href(&clinic.get_untracked(), &q.get_untracked(), 0, include);
                        use_navigate()(&href, Default::default());
                    } />
                <label for="archived">{t!("patient-search-include-archived")}</label>
            </div>
        </form>
        <Transition fallback=|| view! { <p>{t!("patient-search-searching")}</p> }>
            {move || Suspend::new(async move {
                match results.await {
                    Err(error) => page_error(error, "/patients"),
                    Ok(found) => view! { <Results found /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn Results(found: SearchPage) -> impl IntoView {
    let slug = found.clinic.slug.clone();
    let switcher = (found.clinics.len() > 1).then(|| {
        let links = found
            .clinics
            .clone()
            .into_iter()
            .map(|c| {
                let href = format!("/patients?clinic={}", c.slug);
                let current = c.slug == found.clinic.slug;
                let name = c.name;
                view! { <li><a href=href aria-current=current.then_some("true")>{name}</a></li> }
            })
            .collect_view();
        view! { <nav class="tabs" aria-label=t!("patient-search-clinic")><ul>{links}</ul></nav> }
    });
    let new_link = found.can_create.then(|| {
        view! { <a href=format!("/patients/new?clinic={slug}") class="button">{t!("patient-search-new")}</a> }
    });
    let clinic_name = found.clinic.name.as_str();
    let heading = match found.searched_by.as_str() {
        "" => t!("patient-search-of", clinic = clinic_name),
        by => {
            let key = match by {
                "name" => "patient-search-by-name",
                "phone" => "patient-search-by-phone",
                "email" => "patient-search-by-email",
                "birth date" => "patient-search-by-birth-date",
                _ => "patient-search-by-number",
            };
            t!(key, clinic = clinic_name)
        }
    };
    let body = if found.results.is_empty() {
        view! { <p class="empty">{t!("patient-search-none")}</p> }.into_any()
    } else {
        let can_book = found.can_book;
        let region = found.clinic.region;
        let rows = found
            .results
            .clone()
            .into_iter()
            .map(|p| {
                let name = p.name.clone();
                let alerts = (p.alerts > 0).then(|| {
                    let label = t!("patient-search-alerts", count = p.alerts);
                    view! { <span class="badge badge-alert">{label}</span> }
                });
                view! {
                    <tr>
                        <td class="nowrap">{p.number.clone()}</td>
                        <td>
                            <A href=format!("/patients/{}", p.id)>{name}</A>
                            {alerts}
                            {p.archived.then(|| view! { <span class="badge badge-muted">{t!("patient-archived")}</span> })}
                        </td>
                        <td class="nowrap">{format!("{} ({})", super::date_short(region, p.date_of_birth), p.age)}</td>
                        <td class="nowrap">{p.phone.clone().unwrap_or_else(|| "—".into())}</td>
                        <td>{p.email.clone().unwrap_or_else(|| "—".into())}</td>
                        <td class="actions">{(can_book && !p.archived).then(|| view! {
                            <a href=format!("/patients/{}/book", p.id) class="button button-small">
                                {t!("patient-book-appointment")}<span class="visually-hidden">{format!(" {}", t!("patient-search-book-for", name = p.name.as_str()))}</span>
                            </a>
                        })}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <DataTable caption="table-patients-found" columns=&["column-number", "column-name", "column-born-age", "column-phone", "column-email", ""]>
                {rows}
            </DataTable>
        }
        .into_any()
    };
    let query = use_query_map();
    let q = query.read_untracked().get("q").unwrap_or_default();
    let archived = query.read_untracked().get("archived").is_some_and(|a| a == "true");
    let previous = (found.page > 0)
        .then(|| view! { <A href=search_href(&slug, &q, found.page - 1, archived) attr:rel="prev">{t!("patient-search-previous")}</A> });
    let next = found
        .has_more
        .then(|| view! { <A href=search_href(&slug, &q, found.page + 1, archived) attr:rel="next">{t!("patient-search-next")}</A> });
    view! {
        {switcher}
        <div class="results-head">
            <h2>{heading}</h2>
            {new_link}
        </div>
        {body}
        <nav class="pager" aria-label=t!("patient-search-pages")>{previous}{next}</nav>
    }
}
