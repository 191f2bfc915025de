//! The studio's browser shell (wasm32 only).

pub fn start() {
    web_sys::console::log_1(&"studio".into());
}
