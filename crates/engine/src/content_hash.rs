//! Computing the rule set's content hash from the rule data. Kept apart from `meta` (which only
//! holds the resulting constant) so that the metadata depends on no rule module.

/// A 64-bit FNV-1a hash of the catalogue, questions and facts, as 16 hex digits. (The parameters
/// file has its own hash, computed by the build script; `meta::ruleset_info` combines the two.)
pub fn compute_content_hash() -> String {
    let data = format!(
        "{:?}{:?}{:?}",
        crate::catalogue::CATALOGUE,
        crate::questions::QUESTIONS,
        crate::facts::FACT_DEFS,
    );
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in data.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

#[cfg(test)]
mod tests {
    #[test]
    fn content_hash_is_current() {
        assert_eq!(
            crate::meta::CONTENT_HASH,
            super::compute_content_hash(),
            "the rule data changed: update meta::CONTENT_HASH (and bump RULESET_VERSION)"
        );
    }
}
