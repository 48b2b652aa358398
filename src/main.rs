//! The `lede` CLI (native). The browser app is built from the `lede-web` crate (`web/`).

/// mimalloc instead of the system allocator: the analysis makes many small, short-lived
/// allocations (token lists, phrases, candidate spans), and glibc's malloc and free were about 8 %
/// of a call's instructions. On real news (PolNeAR and WiNER articles) the CLI's core runs
/// 6-9 % faster with it (BENCHMARKS.md, session 11). The browser build keeps Rust's default.
#[cfg(not(target_arch = "wasm32"))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    lede::cli::main()
}

/// The browser app is the `lede` binary of the `lede-web` crate (`web/`), which Trunk builds.
#[cfg(target_arch = "wasm32")]
fn main() {}
