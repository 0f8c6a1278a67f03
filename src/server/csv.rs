//! CSV for spreadsheets (report tables, audit log exports). A text field that a spreadsheet
//! would take for a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) is
//! written with a leading apostrophe, so a name like `=HYPERLINK(...)` typed into a record
//! stays text when the file is opened; quoting is the `csv` crate's (RFC 4180).

/// `text` made safe to open in a spreadsheet.
pub fn inert(text: &str) -> String {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}"),
        _ => text.to_string(),
    }
}

/// Writes rows of text fields as CSV.
pub fn write_rows<I, R>(rows: I) -> Result<String, csv::Error>
where
    I: IntoIterator<Item = R>,
    R: IntoIterator<Item = String>,
{
    let mut writer = csv::Writer::from_writer(Vec::new());
    for row in rows {
        writer.write_record(row.into_iter().collect::<Vec<_>>())?;
    }
    let bytes = writer.into_inner().map_err(|e| e.into_error())?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// Makes the server function's answer a CSV file download named `name` (a plain link then
/// saves it).
pub fn answer_as_file(name: &str) {
    let Some(response) = leptos::prelude::use_context::<leptos_axum::ResponseOptions>() else {
        return;
    };
    response.insert_header(
        http::header::CONTENT_TYPE,
        http::HeaderValue::from_static("text/csv; charset=utf-8"),
    );
    if let Ok(value) = http::HeaderValue::from_str(&format!("attachment; filename=\"{name}\"")) {
        response.insert_header(http::header::CONTENT_DISPOSITION, value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_a_spreadsheet_would_run_is_written_as_text() {
        for formula in ["=1+1", "+44 20", "-2", "@SUM(A1)", "\tx", "\rx"] {
            assert!(inert(formula).starts_with('\''), "{formula:?}");
        }
        assert_eq!(inert("Dr Ann Lee"), "Dr Ann Lee");
        assert_eq!(inert(""), "");
    }

    #[test]
    fn fields_with_commas_quotes_and_new_lines_are_quoted() {
        let rows = [vec!["a,b".to_string(), "say \"hi\"".to_string(), "two\nlines".to_string()]];
        assert_eq!(write_rows(rows).unwrap(), "\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"\n");
    }
}
