//! The `lede` CLI (native). The browser app is built from the `lede-web` crate (`web/`).

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    lede::cli::main()
}

/// The browser app is the `lede` binary of the `lede-web` crate (`web/`), which Trunk builds.
#[cfg(target_arch = "wasm32")]
fn main() {}
