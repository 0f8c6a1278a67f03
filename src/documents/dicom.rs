//! What a DICOM x-ray says of itself: its study date and modality, and, where the pixels are
//! stored plainly (uncompressed monochrome, 8 or 16 bits), a preview image. Only what the
//! patient page shows is read: the data set is walked element by element, nothing else kept.
//!
//! DICOM Part 10: a 128-byte preamble, `DICM`, the file meta group (always explicit VR, little
//! endian) naming the transfer syntax of the rest: explicit (1.2.840.10008.1.2.1) or implicit
//! (1.2.840.10008.1.2) VR, little endian, here. Others (compressed, big endian) give the tags
//! that precede the pixels only if they are plain too, and no preview.

/// The study date, modality and, when the pixels allow, an 8-bit grey image
/// (width, height, pixels row by row).
#[derive(Debug, Default, PartialEq, Eq)]
pub struct DicomFacts {
    /// `2026-11-30`
    pub study_date: Option<String>,
    /// `IO` (intra-oral), `PX` (panoramic), `DX`, `CR`…
    pub modality: Option<String>,
    pub preview: Option<(u32, u32, Vec<u8>)>,
}

const EXPLICIT_LE: &str = "1.2.840.10008.1.2.1";
const IMPLICIT_LE: &str = "1.2.840.10008.1.2";

/// Value representations with a 2-byte reserved field and a 4-byte length in explicit VR.
fn long_form(vr: &[u8]) -> bool {
    matches!(
        vr,
        b"OB"
            | b"OD"
            | b"OF"
            | b"OL"
            | b"OV"
            | b"OW"
            | b"SQ"
            | b"SV"
            | b"UC"
            | b"UN"
            | b"UR"
            | b"UT"
            | b"UV"
    )
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn u16(&mut self) -> Option<u16> {
        let b = self.bytes.get(self.at..self.at + 2)?;
        self.at += 2;
        Some(u16::from_le_bytes([b[0], b[1]]))
    }

    fn u32(&mut self) -> Option<u32> {
        let b = self.bytes.get(self.at..self.at + 4)?;
        self.at += 4;
        Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let b = self.bytes.get(self.at..self.at.checked_add(n)?)?;
        self.at += n;
        Some(b)
    }

    /// The next element: (group, element, value). None at the end, on undefined lengths
    /// (sequences are not walked into) or on anything malformed.
    fn element(&mut self, explicit: bool) -> Option<(u16, u16, &'a [u8])> {
        let group = self.u16()?;
        let element = self.u16()?;
        let length = if explicit {
            let vr = self.take(2)?;
            if long_form(vr) {
                self.take(2)?;
                self.u32()?
            } else {
                u32::from(self.u16()?)
            }
        } else {
            self.u32()?
        };
        if length == u32::MAX {
            return None;
        }
        Some((group, element, self.take(length as usize)?))
    }
}

fn text(value: &[u8]) -> String {
    String::from_utf8_lossy(value)
        .trim_matches(|c: char| c == '\0' || c.is_whitespace())
        .to_string()
}

fn u16_of(value: &[u8]) -> Option<u16> {
    Some(u16::from_le_bytes([*value.first()?, *value.get(1)?]))
}

/// The most of a file read for its facts: the tags come first, and a dental x-ray's pixels
/// fit well within it (a larger image gets its tags and no preview).
pub const READ_AT_MOST: u64 = 32 * 1024 * 1024;

/// Reads the file at `path` (its first [`READ_AT_MOST`] bytes).
pub fn read_file(path: &std::path::Path) -> Option<DicomFacts> {
    use std::io::Read;
    let mut bytes = Vec::new();
    std::fs::File::open(path).ok()?.take(READ_AT_MOST).read_to_end(&mut bytes).ok()?;
    read(&bytes)
}

/// Reads `file` (a Part 10 file, as stored); None when it is not one.
pub fn read(file: &[u8]) -> Option<DicomFacts> {
    if file.len() < 132 || &file[128..132] != b"DICM" {
        return None;
    }
    let mut reader = Reader { bytes: file, at: 132 };
    let mut syntax = String::new();
    // The meta group: explicit VR, little endian, group 2.
    loop {
        let start = reader.at;
        let Some(group) = reader.u16() else { break };
        reader.at = start;
        if group != 0x0002 {
            break;
        }
        let (_, element, value) = reader.element(true)?;
        if element == 0x0010 {
            syntax = text(value);
        }
    }
    let explicit = match syntax.as_str() {
        EXPLICIT_LE => true,
        IMPLICIT_LE => false,
        _ => return Some(DicomFacts::default()),
    };
    let mut facts = DicomFacts::default();
    let (mut rows, mut columns, mut bits, mut photometric, mut signed) =
        (0u16, 0u16, 0u16, String::new(), false);
    while let Some((group, element, value)) = reader.element(explicit) {
        match (group, element) {
            (0x0008, 0x0020) => {
                let date = text(value);
                if date.len() == 8 && date.chars().all(|c| c.is_ascii_digit()) {
                    facts.study_date =
                        Some(format!("{}-{}-{}", &date[..4], &date[4..6], &date[6..]));
                }
            }
            (0x0008, 0x0060) => facts.modality = Some(text(value)).filter(|m| !m.is_empty()),
            (0x0028, 0x0004) => photometric = text(value),
            (0x0028, 0x0010) => rows = u16_of(value).unwrap_or(0),
            (0x0028, 0x0011) => columns = u16_of(value).unwrap_or(0),
            (0x0028, 0x0100) => bits = u16_of(value).unwrap_or(0),
            (0x0028, 0x0103) => signed = u16_of(value) == Some(1),
            (0x7FE0, 0x0010) => {
                facts.preview = preview(value, rows, columns, bits, signed, &photometric);
                break;
            }
            _ => {}
        }
    }
    Some(facts)
}

/// Monochrome pixels as 8-bit grey, stretched from their darkest to their lightest.
fn preview(
    pixels: &[u8],
    rows: u16,
    columns: u16,
    bits: u16,
    signed: bool,
    photometric: &str,
) -> Option<(u32, u32, Vec<u8>)> {
    let count = usize::from(rows) * usize::from(columns);
    if count == 0 || !matches!(photometric, "MONOCHROME1" | "MONOCHROME2") {
        return None;
    }
    let values: Vec<i32> = match bits {
        8 => pixels.get(..count)?.iter().map(|&v| i32::from(v)).collect(),
        16 => pixels
            .get(..count * 2)?
            .chunks_exact(2)
            .map(|b| {
                let raw = u16::from_le_bytes([b[0], b[1]]);
                if signed { i32::from(raw as i16) } else { i32::from(raw) }
            })
            .collect(),
        _ => return None,
    };
    let (low, high) = (*values.iter().min()?, *values.iter().max()?);
    let span = (high - low).max(1);
    let grey = values
        .iter()
        .map(|&v| {
            let level = ((v - low) * 255 / span) as u8;
            // MONOCHROME1: the lowest value is white.
            if photometric == "MONOCHROME1" { 255 - level } else { level }
        })
        .collect();
    Some((u32::from(columns), u32::from(rows), grey))
}

/// A small explicit-VR little-endian DICOM file with these tags and an 8-bit monochrome
/// image (a gradient): for tests, written by hand as the standard lays it out.
pub fn sample(study_date: &str, modality: &str, width: u16, height: u16) -> Vec<u8> {
    fn element(out: &mut Vec<u8>, group: u16, element: u16, vr: &[u8; 2], value: &[u8]) {
        out.extend_from_slice(&group.to_le_bytes());
        out.extend_from_slice(&element.to_le_bytes());
        out.extend_from_slice(vr);
        if long_form(vr) {
            out.extend_from_slice(&[0, 0]);
            out.extend_from_slice(&(value.len() as u32).to_le_bytes());
        } else {
            out.extend_from_slice(&(value.len() as u16).to_le_bytes());
        }
        out.extend_from_slice(value);
    }
    let even = |text: &str, pad: u8| {
        let mut bytes = text.as_bytes().to_vec();
        if bytes.len() % 2 == 1 {
            bytes.push(pad);
        }
        bytes
    };
    let mut out = vec![0u8; 128];
    out.extend_from_slice(b"DICM");
    element(&mut out, 0x0002, 0x0010, b"UI", &even(EXPLICIT_LE, 0));
    element(&mut out, 0x0008, 0x0020, b"DA", &even(study_date, b' '));
    element(&mut out, 0x0008, 0x0060, b"CS", &even(modality, b' '));
    element(&mut out, 0x0028, 0x0004, b"CS", &even("MONOCHROME2", b' '));
    element(&mut out, 0x0028, 0x0010, b"US", &height.to_le_bytes());
    element(&mut out, 0x0028, 0x0011, b"US", &width.to_le_bytes());
    element(&mut out, 0x0028, 0x0100, b"US", &8u16.to_le_bytes());
    let pixels: Vec<u8> =
        (0..usize::from(width) * usize::from(height)).map(|i| (i % 256) as u8).collect();
    element(&mut out, 0x7FE0, 0x0010, b"OB", &pixels);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plain_file_gives_its_date_modality_and_a_preview() {
        let facts = read(&sample("20261130", "IO", 16, 8)).unwrap();
        assert_eq!(facts.study_date.as_deref(), Some("2026-11-30"));
        assert_eq!(facts.modality.as_deref(), Some("IO"));
        let (width, height, grey) = facts.preview.unwrap();
        assert_eq!((width, height, grey.len()), (16, 8, 128));
        assert_eq!((grey[0], *grey.iter().max().unwrap()), (0, 255));
    }

    #[test]
    fn anything_else_is_not_read_as_dicom_and_a_cut_file_gives_what_came_before_the_cut() {
        assert_eq!(read(b"%PDF-1.7"), None);
        let whole = sample("20261130", "PX", 4, 4);
        let cut = read(&whole[..whole.len() - 8]).unwrap();
        assert_eq!(cut.modality.as_deref(), Some("PX"));
        assert_eq!(cut.preview, None);
        let mut odd = whole.clone();
        // An unknown transfer syntax: a file, but nothing read from it.
        let at = odd.windows(EXPLICIT_LE.len()).position(|w| w == EXPLICIT_LE.as_bytes()).unwrap();
        odd[at + EXPLICIT_LE.len() - 1] = b'9';
        assert_eq!(read(&odd), Some(DicomFacts::default()));
    }
}
