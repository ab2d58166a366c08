//! The one 64-bit FNV-1a hash of the project: text ids (`text::text_id`), the parameters file's
//! hash and the rule sources' content hash (both computed by the build script, which includes
//! this file), and the two combined (`meta::combined_hash`).

/// The FNV-1a offset basis.
pub const START: u64 = 0xcbf2_9ce4_8422_2325;

/// Feeds `bytes` into the hash `h` (start from [`START`]).
pub const fn feed(mut h: u64, bytes: &[u8]) -> u64 {
    let mut i = 0;
    while i < bytes.len() {
        h ^= bytes[i] as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
        i += 1;
    }
    h
}

/// The hash of `bytes`.
pub const fn hash(bytes: &[u8]) -> u64 {
    feed(START, bytes)
}

#[cfg(test)]
mod tests {
    #[test]
    fn known_values() {
        // The published FNV-1a 64 test vectors.
        assert_eq!(super::hash(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(super::hash(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(super::hash(b"foobar"), 0x8594_4171_f739_67e8);
    }
}
