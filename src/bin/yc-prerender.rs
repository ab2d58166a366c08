//! Writes the start page into the built index.html, so it reads before the Wasm arrives (and
//! without JavaScript): the markup of the app's own components for a first visit
//! (`AppState::prerender`), rendered by Yew's server renderer. The app's first render in the
//! browser is the same markup and takes its place unseen (`yc_calculator::mount_state`).
//!
//! It also writes the names the page shares with the app (`yc_calculator::keys::boot_meta`: the
//! storage keys, this build's texts files) in place of the one `<meta name="yc-boot">`, and the
//! start page's figures with the days they hold on (`StartFigures::for_page`), which the app
//! takes instead of deriving them again.
//!
//! Usage: `yc-prerender --today YYYY-MM-DD INDEX.html` (run by scripts/post-build.sh, after the
//! texts files are written beside INDEX.html). It replaces the one empty `<div id="app"></div>`
//! and the one boot marker of the file, and fails, naming the file, when there is not exactly
//! one of each, or when a texts file of this build is not beside it.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::process::ExitCode;
    const USAGE: &str = "usage: yc-prerender --today YYYY-MM-DD INDEX.html";
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (today, path) = match args.as_slice() {
        [flag, date, path] if flag == "--today" => match yc_engine::Date::parse_iso(date) {
            Some(d) => (d, path),
            None => {
                eprintln!("yc-prerender: not a date (YYYY-MM-DD): {date}\n{USAGE}");
                return ExitCode::from(2);
            }
        },
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let html = match std::fs::read_to_string(path) {
        Ok(html) => html,
        Err(e) => {
            eprintln!("yc-prerender: cannot read {path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let empty = r#"<div id="app"></div>"#;
    let marker = yc_calculator::keys::BOOT_MARKER;
    for needed in [empty, marker] {
        if html.matches(needed).count() != 1 {
            eprintln!("yc-prerender: {path} must hold exactly one {needed}");
            return ExitCode::FAILURE;
        }
    }
    let dir = std::path::Path::new(path)
        .parent()
        .unwrap_or(std::path::Path::new("."));
    for lang in [yc_engine::Lang::Zh, yc_engine::Lang::En] {
        for part in [yc_engine::text::Part::First, yc_engine::text::Part::Rest] {
            let file = yc_engine::text::data_file(lang, part);
            if !dir.join(file).is_file() {
                eprintln!("yc-prerender: {file} is not beside {path}: write this build's texts files first (yc-eval --texts-into)");
                return ExitCode::FAILURE;
            }
        }
    }
    let runtime = match tokio::runtime::Builder::new_current_thread().build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("yc-prerender: cannot start the renderer: {e}");
            return ExitCode::FAILURE;
        }
    };
    let state = yc_calculator::state::AppState::prerender(today);
    let figures = yc_calculator::components::start::StartFigures::for_page(today);
    let markup = runtime.block_on(yc_calculator::prerender(state));
    let filled = format!(
        r#"<div id="app" {}="zh">{markup}</div>"#,
        yc_calculator::PRERENDER_ATTR
    );
    let html = html.replacen(empty, &filled, 1).replacen(
        marker,
        &yc_calculator::keys::boot_meta(&figures),
        1,
    );
    if let Err(e) = std::fs::write(path, html) {
        eprintln!("yc-prerender: cannot write {path}: {e}");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

#[cfg(target_arch = "wasm32")]
fn main() {}
