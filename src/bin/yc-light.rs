//! The lighter program of the release build: the app without its results page (built with
//! `--no-default-features`, Trunk.light.toml), the first load of a visit that starts on the start
//! page or in the questionnaire. It hands the page over to the whole program (`yc-calculator`)
//! when the results are asked for (src/components/handoff.rs).

fn main() {
    #[cfg(target_arch = "wasm32")]
    yc_calculator::start();
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("yc-light runs in a browser: scripts/build.sh builds it (see the README).");
}
