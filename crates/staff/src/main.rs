//! Browser entry point of the staff workbench: mounts it into `#staff` of staff.html.

fn main() {
    #[cfg(target_arch = "wasm32")]
    yc_staff::start();
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("yc-staff runs in a browser: `bash scripts/build.sh` builds staff.html (see docs/staff.md); `yc-eval --batch` screens a list on the command line.");
}
