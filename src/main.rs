//! Browser entry point: mounts the Yew app into `#app`.

fn main() {
    #[cfg(target_arch = "wasm32")]
    yc_calculator::start();
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("yc-calculator runs in a browser: build it with `trunk build` (see the README).");
}
