//! One binary, two targets: natively the `lede` CLI, in the browser the Leptos app (built by Trunk).

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    lede::cli::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {
    lede::web::start();
}
