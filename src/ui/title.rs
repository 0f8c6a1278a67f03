//! The document title of every page.
//!
//! Pages set their part with `leptos_meta`'s `<Title text=…>`, as plain text (a patient's name
//! as typed). The app's one `<Title formatter=page_title>` (in `App`) turns it into the title;
//! a page must not set a formatter of its own, which would replace this one.

/// `"{page} · Chairside"`, or `"Chairside"` for an empty page title.
///
/// On the server the result is HTML-escaped: `leptos_meta` 0.8.7 writes the server-rendered
/// `<title>` without escaping, so a name like `</title><script>…` would end the element and add
/// markup to the page. In the browser it stays plain text, since `document.title` is set as
/// text and escaping there would show `&lt;` in the tab.
pub fn page_title(page: String) -> String {
    let title =
        if page.is_empty() { "Chairside".to_string() } else { format!("{page} · Chairside") };
    if cfg!(feature = "ssr") { escape_text(&title) } else { title }
}

/// Text escaped for an HTML element's content (what Leptos does to text in `view!`).
fn escape_text(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            c => escaped.push(c),
        }
    }
    escaped
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use axum::body::Body;
    use http::Request;
    use leptos::prelude::*;
    use leptos_meta::{Link, Meta, MetaTags, Title, provide_meta_context};

    use super::page_title;

    const NAME: &str = "</title><script>alert(1)</script><b x=\"";
    const ESCAPED: &str = "&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;b x=\"";

    /// Server-renders `body` in a document the way the app's pages are (leptos_axum's handler,
    /// leptos_meta writing the head).
    async fn render(body: fn() -> AnyView) -> String {
        // Starts Leptos' task executor as the server's router does (leptos_axum does it there).
        let _ = leptos_axum::generate_route_list(|| ());
        let handler = leptos_axum::render_app_to_stream(move || {
            provide_meta_context();
            view! {
                <!DOCTYPE html>
                <html>
                    <head><MetaTags /></head>
                    <body>{body()}</body>
                </html>
            }
        });
        let response = handler(Request::new(Body::empty())).await;
        let bytes = axum::body::to_bytes(response.into_body(), usize::MAX).await.unwrap();
        String::from_utf8(bytes.to_vec()).unwrap()
    }

    /// Upstream behaviour this module works around. When this fails, `leptos_meta` escapes
    /// titles itself and `page_title` must stop escaping (or titles show `&amp;lt;`).
    #[tokio::test]
    async fn leptos_meta_writes_title_text_unescaped_but_escapes_meta_and_link_attributes() {
        let html = render(|| {
            view! {
                <Title text=NAME />
                <Meta name="description" content=NAME />
                <Link rel="icon" href=NAME />
            }
            .into_any()
        })
        .await;
        assert!(html.contains(&format!("<title>{NAME}</title>")), "{html}");
        let attribute = ESCAPED.replace('"', "&quot;");
        assert!(html.contains(&format!("<meta name=\"description\" content=\"{attribute}\">")));
        assert!(html.contains(&format!("<link href=\"{attribute}\" rel=\"icon\">")), "{html}");
    }

    #[tokio::test]
    async fn page_titles_reach_the_document_escaped_once() {
        let html = render(|| {
            view! {
                <Title formatter=page_title />
                <Title text=NAME />
            }
            .into_any()
        })
        .await;
        assert!(html.contains(&format!("<title>{ESCAPED} · Chairside</title>")), "{html}");
        assert!(!html.contains("<script>alert"), "{html}");
    }

    #[test]
    fn an_empty_page_title_is_the_product_name() {
        assert_eq!(page_title(String::new()), "Chairside");
        assert_eq!(page_title("Fish & Chips".into()), "Fish &amp; Chips · Chairside");
    }
}
