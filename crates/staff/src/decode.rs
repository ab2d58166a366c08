//! Decoding a GBK list: the one piece of the browser the pure state uses, kept apart from the
//! edge so the state depends on nothing that depends on it.

/// GB18030 (GBK) bytes decoded by the browser's own `TextDecoder` (the WHATWG decoder encoding_rs
/// implements too), so the Wasm carries no decoding tables; bytes it cannot decode become U+FFFD.
#[cfg(target_arch = "wasm32")]
pub fn gb18030(bytes: &[u8]) -> String {
    web_sys::TextDecoder::new_with_label("gb18030")
        .and_then(|d| d.decode_with_u8_array(bytes))
        .unwrap_or_default()
}

/// Natively (the tests), encoding_rs's decoder.
#[cfg(not(target_arch = "wasm32"))]
pub use yc_engine::list::sheet::gb18030;
