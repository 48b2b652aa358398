//! The browser app's entry point (Trunk builds this binary; natively it does nothing).

#[cfg(target_arch = "wasm32")]
fn main() {
    lede_web::web::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
