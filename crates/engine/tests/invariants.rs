//! Invariants of the architecture that a test can check (ARCHITECTURE.md, "Invariants").

#[test]
fn the_engine_has_no_web_dependencies() {
    let manifest = include_str!("../Cargo.toml");
    for web in ["yew", "web-sys", "wasm-bindgen", "gloo", "js-sys"] {
        assert!(
            !manifest.contains(web),
            "the engine must not depend on {web}"
        );
    }
}
