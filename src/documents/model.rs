//! Patients' documents' shared types: the categories, the kinds of content accepted (told by
//! their first bytes), and a document as the patient page lists it.

use serde::{Deserialize, Serialize};

use crate::t;

/// What a document is for.
pub const CATEGORIES: [(&str, &str); 5] = [
    ("xray", "X-ray"),
    ("consent", "Consent form"),
    ("referral", "Referral letter"),
    ("insurance", "Insurance"),
    ("other", "Other"),
];

/// A category in the page's language: "X-ray" (anything unknown is "Other").
pub fn category_label(category: &str) -> String {
    t!(match category {
        "xray" => "patient-document-category-xray",
        "consent" => "patient-document-category-consent",
        "referral" => "patient-document-category-referral",
        "insurance" => "patient-document-category-insurance",
        _ => "patient-document-category-other",
    })
}

/// The kinds of content accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocumentKind {
    Jpeg,
    Png,
    Pdf,
    Dicom,
}

impl DocumentKind {
    /// The kind `head` (a file's first bytes, at least 132 of them when the file has them)
    /// begins like, whatever the file is called or the browser says it is.
    pub fn sniff(head: &[u8]) -> Option<DocumentKind> {
        if head.starts_with(&[0xFF, 0xD8, 0xFF]) {
            Some(DocumentKind::Jpeg)
        } else if head.starts_with(b"\x89PNG\r\n\x1a\n") {
            Some(DocumentKind::Png)
        } else if head.starts_with(b"%PDF-") {
            Some(DocumentKind::Pdf)
        } else if head.len() >= 132 && &head[128..132] == b"DICM" {
            // Part 10 files: a 128-byte preamble, then the magic word.
            Some(DocumentKind::Dicom)
        } else {
            None
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            DocumentKind::Jpeg => "jpeg",
            DocumentKind::Png => "png",
            DocumentKind::Pdf => "pdf",
            DocumentKind::Dicom => "dicom",
        }
    }

    pub fn parse(text: &str) -> Option<DocumentKind> {
        [DocumentKind::Jpeg, DocumentKind::Png, DocumentKind::Pdf, DocumentKind::Dicom]
            .into_iter()
            .find(|k| k.as_str() == text)
    }

    /// The media type it is served as.
    pub fn media_type(self) -> &'static str {
        match self {
            DocumentKind::Jpeg => "image/jpeg",
            DocumentKind::Png => "image/png",
            DocumentKind::Pdf => "application/pdf",
            DocumentKind::Dicom => "application/dicom",
        }
    }

    /// Whether a browser may show it in the page (in a sandboxed frame): images and PDFs. A
    /// DICOM file is only ever downloaded.
    pub fn shown_inline(self) -> bool {
        !matches!(self, DocumentKind::Dicom)
    }

    /// The kind in the page's language: "PNG image".
    pub fn label(self) -> String {
        t!(match self {
            DocumentKind::Jpeg => "patient-document-kind-jpeg",
            DocumentKind::Png => "patient-document-kind-png",
            DocumentKind::Pdf => "patient-document-kind-pdf",
            DocumentKind::Dicom => "patient-document-kind-dicom",
        })
    }
}

/// A file name as kept and offered on download: its last path part, without control
/// characters or quotes, at most 200 characters; "document" when nothing is left.
pub fn clean_file_name(name: &str) -> String {
    let last = name.rsplit(['/', '\\']).next().unwrap_or_default();
    let cleaned: String = last
        .chars()
        .filter(|c| !c.is_control() && !matches!(c, '"' | '\\' | ';'))
        .take(200)
        .collect();
    let cleaned = cleaned.trim().to_string();
    if cleaned.is_empty() || cleaned.chars().all(|c| c == '.') {
        "document".into()
    } else {
        cleaned
    }
}

/// A document as the patient page lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentView {
    pub id: i64,
    pub category: String,
    pub kind: DocumentKind,
    pub file_name: String,
    /// "1.2 MB"
    pub size: String,
    /// `2026-11-30`, when given.
    pub taken_on: Option<String>,
    pub note: String,
    pub has_thumbnail: bool,
    /// "study 2026-11-30 · modality IO · 800 × 600", "800 × 600", or empty.
    pub details: String,
    /// "3 Dec 2026 10:02 by Ann Lee"
    pub uploaded: String,
    /// The day it is of: taken on, or else uploaded on (in the clinic's time zone); the
    /// patient's timeline orders by it.
    pub day: chrono::NaiveDate,
    pub archived: bool,
}

/// A size as people read it, in the page's language: "1.2 MB".
pub fn size_text(bytes: i64) -> String {
    // A number's separators are the language's; the region does not matter to them.
    let locale = crate::i18n::Locale::here(crate::i18n::Region::default());
    match bytes {
        b if b < 1024 => t!("server-size-bytes", count = b),
        b if b < 1024 * 1024 => t!("server-size-kb", size = locale.number(b as f64 / 1024.0, 0)),
        b => t!("server-size-mb", size = locale.number(b as f64 / (1024.0 * 1024.0), 1)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_is_told_by_its_first_bytes_not_its_name() {
        assert_eq!(DocumentKind::sniff(&[0xFF, 0xD8, 0xFF, 0xE0, 0, 0]), Some(DocumentKind::Jpeg));
        assert_eq!(DocumentKind::sniff(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), Some(DocumentKind::Png));
        assert_eq!(DocumentKind::sniff(b"%PDF-1.7\n"), Some(DocumentKind::Pdf));
        let mut dicom = vec![0u8; 128];
        dicom.extend_from_slice(b"DICM\x02\x00");
        assert_eq!(DocumentKind::sniff(&dicom), Some(DocumentKind::Dicom));
        // An executable, a script, a text file, and a PNG's name on something else.
        assert_eq!(DocumentKind::sniff(b"MZ\x90\0\x03\0\0\0"), None);
        assert_eq!(DocumentKind::sniff(b"\x7fELF\x02\x01\x01"), None);
        assert_eq!(DocumentKind::sniff(b"<script>alert(1)</script>"), None);
        assert_eq!(DocumentKind::sniff(b""), None);
        assert_eq!(DocumentKind::sniff(&dicom[..130]), None);
        for kind in [DocumentKind::Jpeg, DocumentKind::Png, DocumentKind::Pdf, DocumentKind::Dicom]
        {
            assert_eq!(DocumentKind::parse(kind.as_str()), Some(kind));
        }
    }

    #[test]
    fn file_names_keep_their_last_part_without_quotes_or_controls() {
        assert_eq!(clean_file_name("C:\\scans\\bitewing 36.jpg"), "bitewing 36.jpg");
        assert_eq!(clean_file_name("../../etc/passwd"), "passwd");
        assert_eq!(clean_file_name("a\"b;c\r\n.pdf"), "abc.pdf");
        assert_eq!(clean_file_name(".."), "document");
        assert_eq!(clean_file_name(""), "document");
        assert_eq!(clean_file_name(&"x".repeat(300)).len(), 200);
    }

    #[test]
    fn sizes_read_as_people_say_them() {
        assert_eq!(size_text(900), "900 bytes");
        assert_eq!(size_text(2048), "2 KB");
        assert_eq!(size_text(1_258_291), "1.2 MB");
    }
}
