//! A small PNG of an uploaded image, for the patient page's list. Decoding is bounded (an
//! image claiming more pixels or memory than a dental photo or scan needs is left without a
//! thumbnail rather than decoded).

use std::io::Cursor;

use image::{ImageFormat, ImageReader, Limits};

/// The thumbnail's longest side, in pixels.
pub const SIDE: u32 = 320;

/// The thumbnail of the image in `file` (PNG bytes) and the image's width and height; None when
/// it cannot be read within the limits.
pub fn make(file: &std::path::Path) -> Option<(Vec<u8>, u32, u32)> {
    let mut reader = ImageReader::open(file).ok()?.with_guessed_format().ok()?;
    let mut limits = Limits::default();
    limits.max_image_width = Some(12_000);
    limits.max_image_height = Some(12_000);
    limits.max_alloc = Some(512 * 1024 * 1024);
    reader.limits(limits);
    let image = reader.decode().ok()?;
    let (width, height) = (image.width(), image.height());
    // Never larger than the image itself.
    let small = if width <= SIDE && height <= SIDE { image } else { image.thumbnail(SIDE, SIDE) };
    let mut png = Vec::new();
    small.write_to(&mut Cursor::new(&mut png), ImageFormat::Png).ok()?;
    Some((png, width, height))
}

/// The thumbnail (PNG bytes) of an 8-bit grey image, `width` × `height`, row by row.
pub fn of_grey(width: u32, height: u32, grey: Vec<u8>) -> Option<Vec<u8>> {
    let image = image::DynamicImage::ImageLuma8(image::GrayImage::from_raw(width, height, grey)?);
    let small = if width <= SIDE && height <= SIDE { image } else { image.thumbnail(SIDE, SIDE) };
    let mut png = Vec::new();
    small.write_to(&mut Cursor::new(&mut png), ImageFormat::Png).ok()?;
    Some(png)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_image_gets_a_thumbnail_no_larger_than_its_side_and_nonsense_none() {
        let folder = std::env::temp_dir().join(format!("chairside-thumb-{}", std::process::id()));
        std::fs::create_dir_all(&folder).unwrap();
        let path = folder.join("wide.png");
        image::RgbImage::from_pixel(800, 400, image::Rgb([200, 10, 10])).save(&path).unwrap();
        let (png, width, height) = make(&path).unwrap();
        assert_eq!((width, height), (800, 400));
        let thumbnail = image::load_from_memory(&png).unwrap();
        assert_eq!((thumbnail.width(), thumbnail.height()), (SIDE, SIDE / 2));
        let junk = folder.join("junk.png");
        std::fs::write(&junk, b"\x89PNG\r\n\x1a\nnot really").unwrap();
        assert!(make(&junk).is_none());
        std::fs::remove_dir_all(&folder).unwrap();
    }
}
