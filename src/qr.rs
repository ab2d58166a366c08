//! The share link as a QR code, drawn in the page: `qrcodegen` computes the module matrix and this
//! turns it into one SVG path (no image service, no request). Pure, so it is tested natively.

use qrcodegen::{QrCode, QrCodeEcc};
use std::fmt::Write;

/// The light margin around the code, in modules: the four the QR standard asks for, so a phone
/// finds the code on a busy projected slide.
pub const QUIET_ZONE: i32 = 4;

/// A QR code ready to draw: the side of the square in modules (quiet zone included) and the SVG
/// path of its dark modules, one rectangle per horizontal run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrSvg {
    pub side: i32,
    pub path: String,
    /// The QR version (1–40): 4 × version + 17 modules a side without the quiet zone.
    pub version: u8,
}

/// The QR code of `text` (its UTF-8 bytes) at error-correction level M (raised where the same size allows), or
/// `None` when the text is too long for any QR code.
pub fn encode(text: &str) -> Option<QrSvg> {
    // Byte mode only: a link is not all digits or capitals, and the other modes' code stays out
    // of the bundle.
    let code = QrCode::encode_binary(text.as_bytes(), QrCodeEcc::Medium).ok()?;
    let size = code.size();
    let mut path = String::new();
    for y in 0..size {
        let mut x = 0;
        while x < size {
            if !code.get_module(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < size && code.get_module(x, y) {
                x += 1;
            }
            let _ = write!(
                path,
                "M{},{}h{}v1h-{}z",
                start + QUIET_ZONE,
                y + QUIET_ZONE,
                x - start,
                x - start
            );
        }
    }
    Some(QrSvg {
        side: size + 2 * QUIET_ZONE,
        path,
        version: code.version().value(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads the path back into a matrix of dark modules.
    fn modules(qr: &QrSvg) -> Vec<Vec<bool>> {
        let n = qr.side as usize;
        let mut grid = vec![vec![false; n]; n];
        for rect in qr.path.split('M').filter(|r| !r.is_empty()) {
            let (xy, rest) = rect.split_once('h').unwrap();
            let (x, y) = xy.split_once(',').unwrap();
            let (w, _) = rest.split_once('v').unwrap();
            let (x, y, w): (usize, usize, usize) =
                (x.parse().unwrap(), y.parse().unwrap(), w.parse().unwrap());
            for cell in &mut grid[y][x..x + w] {
                assert!(!*cell, "runs overlap");
                *cell = true;
            }
        }
        grid
    }

    #[test]
    fn the_path_draws_exactly_the_dark_modules_inside_a_quiet_zone() {
        let text =
            "http://127.0.0.1:8080/#v=2&p=P165qUfuM-1SAWAU4SGNHDGz45orxI2MH6AQCqr7uCwwZfk8JiBweKLe";
        let qr = encode(text).unwrap();
        let code = QrCode::encode_binary(text.as_bytes(), QrCodeEcc::Medium).unwrap();
        assert_eq!(qr.side, code.size() + 8);
        let grid = modules(&qr);
        for (y, row) in grid.iter().enumerate() {
            for (x, dark) in row.iter().enumerate() {
                let (cx, cy) = (x as i32 - QUIET_ZONE, y as i32 - QUIET_ZONE);
                let inside = (0..code.size()).contains(&cx) && (0..code.size()).contains(&cy);
                assert_eq!(*dark, inside && code.get_module(cx, cy), "({x}, {y})");
            }
        }
        // The finder pattern's corner: dark at the code's first module, light in the margin.
        assert!(grid[4][4] && !grid[3][3]);
    }

    /// A share link of a fully answered questionnaire on a typical host stays a small code
    /// (version 6 is 41 modules a side), which a phone reads from the back of a room.
    #[test]
    fn a_share_link_is_a_small_code_and_nothing_is_too_long_to_fail_softly() {
        let link = "https://example.org/yinchuan/policy-calculator/#v=2&p=P165qUfuM-1SAWAU4SGNHDGz45orxI2MH6AQCqr7uCwwZfk8JiBweKLe";
        let qr = encode(link).unwrap();
        assert!(qr.version <= 7, "version {}", qr.version);
        assert_eq!(encode(&"x".repeat(5000)), None);
        assert!(encode("").is_some());
    }
}
