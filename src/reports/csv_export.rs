//! A report's tables as CSV: text made inert for spreadsheets (`server::csv`), numbers written
//! plainly (percentages as percent, money in major units).

use super::model::{Cell, ReportTable};
use crate::server::csv::{inert, write_rows};

fn field(cell: &Cell) -> String {
    match cell {
        Cell::Text(text) => inert(text),
        Cell::Count(n) => n.to_string(),
        Cell::Percent(r) => r.map(|r| format!("{:.2}", r * 100.0)).unwrap_or_default(),
        Cell::Hours(h) => format!("{h:.2}"),
        Cell::Days(d) => d.map(|d| format!("{d:.2}")).unwrap_or_default(),
        // One currency: the amount; several: each with its code (the page's own writing).
        Cell::Money(money) => match money.len() {
            0 => "0.00".into(),
            1 => money
                .values()
                .map(|minor| format!("{}.{:02}", minor / 100, (minor % 100).abs()))
                .collect(),
            _ => money
                .iter()
                .map(|(code, minor)| format!("{code} {}.{:02}", minor / 100, (minor % 100).abs()))
                .collect::<Vec<_>>()
                .join(" + "),
        },
    }
}

/// The table with its column headings first.
pub fn table(table: &ReportTable) -> Result<String, csv::Error> {
    let heading = table.columns.iter().map(|c| inert(c)).collect::<Vec<_>>();
    let rows = table.rows.iter().map(|row| row.iter().map(field).collect::<Vec<_>>());
    write_rows(std::iter::once(heading).chain(rows))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_table_is_quoted_as_csv_and_its_numbers_are_plain() {
        let t = ReportTable {
            key: "providers".into(),
            title: "By provider".into(),
            columns: vec!["Provider".into(), "Utilization".into(), "Fees".into()],
            rows: vec![vec![
                Cell::Text("=HYPERLINK(\"x\"), \"Dr\"".into()),
                Cell::Percent(Some(0.5)),
                Cell::Money([("GBP".to_string(), 123456)].into()),
            ]],
        };
        assert_eq!(
            table(&t).unwrap(),
            "Provider,Utilization,Fees\n\"'=HYPERLINK(\"\"x\"\"), \"\"Dr\"\"\",50.00,1234.56\n"
        );
    }
}
