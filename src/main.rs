//! Browser entry point: mounts the Yew app into `#app`.

fn main() {
    yc_calculator::start();
}
