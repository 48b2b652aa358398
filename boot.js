// Starts the WebAssembly app without any inline script, so the page's Content-Security-Policy can
// forbid inline scripts entirely (script-src 'self'). Trunk writes the tag that loads this file
// (Trunk.toml `pattern_script`) with the hashed names of the wasm-bindgen module and the .wasm file.
const tag = document.querySelector("script[data-js][data-wasm]");
const bindings = await import(tag.dataset.js);
const wasm = await bindings.default({ module_or_path: tag.dataset.wasm });
// The JavaScript API (`analyse(text, lang?)`), as Trunk's default loader exposes it.
window.wasmBindings = bindings;
dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm } }));
