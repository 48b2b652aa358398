//! localStorage access. Every call tolerates a missing or full storage (private windows, quota):
//! losing autosave must never break the editor.

const DRAFT: &str = "lede.draft";
const PREVIOUS: &str = "lede.previous-draft";
const LANG: &str = "lede.lang";

fn store() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

fn get(key: &str) -> Option<String> {
    store()?.get_item(key).ok()?
}

fn set(key: &str, value: &str) -> bool {
    store().is_some_and(|s| s.set_item(key, value).is_ok())
}

fn remove(key: &str) {
    if let Some(s) = store() {
        let _ = s.remove_item(key);
    }
}

pub fn draft() -> Option<String> {
    get(DRAFT)
}

/// Saves the draft; false when storage refused it (too large, disabled).
pub fn save_draft(text: &str) -> bool {
    if text.is_empty() {
        remove(DRAFT);
        true
    } else {
        set(DRAFT, text)
    }
}

pub fn previous_draft() -> Option<String> {
    get(PREVIOUS).filter(|s| !s.is_empty())
}

pub fn keep_previous_draft(text: &str) -> bool {
    set(PREVIOUS, text)
}

pub fn forget_previous_draft() {
    remove(PREVIOUS);
}

pub fn lang() -> Option<crate::Lang> {
    crate::Lang::from_code(&get(LANG)?)
}

pub fn save_lang(lang: Option<crate::Lang>) {
    match lang {
        Some(l) => {
            set(LANG, l.code());
        }
        None => remove(LANG),
    }
}
