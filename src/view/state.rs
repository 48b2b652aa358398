//! Small decisions the app makes about the user's text, kept pure so they are tested natively:
//! what happens to an autosaved draft when a share link is opened, how long a link may be, and
//! when a text is too large for the heavy parts of the page.

/// What to do with the autosaved draft when the page opens a share link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DraftOnOpen {
    /// Nothing to protect: no draft, an empty one, or the same text as the link.
    Nothing,
    /// A different draft exists: keep it under the "previous draft" key and offer to restore it.
    Keep(String),
}

/// Opening a link never silently loses a different draft.
pub fn draft_on_open(saved: Option<&str>, link_text: &str) -> DraftOnOpen {
    match saved {
        Some(s) if !s.trim().is_empty() && s != link_text => DraftOnOpen::Keep(s.to_string()),
        _ => DraftOnOpen::Nothing,
    }
}

/// How worried to be about a share link's length.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkSize {
    Fine,
    /// Past ~2,000 characters: chat apps and link shorteners may cut it.
    LongForChat,
    /// Past ~32,000 characters: some browsers refuse it; use a file instead.
    TooLongForBrowsers,
}

pub const CHAT_LIMIT: usize = 2_000;
pub const BROWSER_LIMIT: usize = 32_000;

pub fn link_size(len: usize) -> LinkSize {
    if len > BROWSER_LIMIT {
        LinkSize::TooLongForBrowsers
    } else if len > CHAT_LIMIT {
        LinkSize::LongForChat
    } else {
        LinkSize::Fine
    }
}

impl LinkSize {
    /// The warning shown next to the link length, if any.
    pub fn warning(self) -> Option<&'static str> {
        match self {
            LinkSize::Fine => None,
            LinkSize::LongForChat => Some(
                "Long link: chat apps and link shorteners may cut links over 2,000 characters.",
            ),
            LinkSize::TooLongForBrowsers => Some(
                "Very long link: some browsers refuse links over 32,000 characters. \
                 Use \"Download .lede.json\" to share this article as a file.",
            ),
        }
    }
}

/// Texts above this many bytes get the light treatment: panels list only the first items and the
/// share link is not kept current on every edit (encoding megabytes per keystroke would lag).
pub const LARGE_TEXT: usize = 200_000;

/// When to analyse after an edit. Typing must reach the highlights fast (under 50 ms on a 20,000
/// character article), so while analysing is cheap the edit is analysed at once, in the input
/// event itself (each keystroke is its own event, so there is nothing to coalesce). Once the last
/// run was slow (huge texts) the analysis waits for a pause in typing instead, so the page never
/// stalls on every keystroke.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Schedule {
    Now,
    AfterPause(u32),
}

pub fn schedule(last_cost_ms: f64) -> Schedule {
    if last_cost_ms < 60.0 {
        Schedule::Now
    } else {
        // Wait about twice the cost, within bounds: 80 ms to 1.5 s.
        Schedule::AfterPause((last_cost_ms * 2.0).clamp(80.0, 1500.0) as u32)
    }
}

/// Predicts how long analysing a text will take from the speed of the recent runs (ms per KB,
/// smoothed), so one slow run on a busy machine does not switch typing to the deferred mode, and
/// a paste of a megabyte is known to be slow before it is analysed.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CostModel {
    ms_per_kb: f64,
}

impl Default for CostModel {
    fn default() -> Self {
        CostModel { ms_per_kb: 1.0 }
    }
}

impl CostModel {
    /// Texts shorter than this are dominated by fixed costs and say little about the rate.
    const MIN_BYTES: usize = 4_096;

    pub fn observe(&mut self, len: usize, ms: f64) {
        if len >= Self::MIN_BYTES && ms.is_finite() && ms >= 0.0 {
            let rate = ms / (len as f64 / 1024.0);
            self.ms_per_kb = 0.75 * self.ms_per_kb + 0.25 * rate;
        }
    }

    pub fn predict(&self, len: usize) -> f64 {
        self.ms_per_kb * len as f64 / 1024.0
    }
}

/// The text of an opened file: a `.lede.json` export (its `text` field), else the file as text.
pub fn text_from_file(contents: &str) -> String {
    let trimmed = contents.trim_start();
    if trimmed.starts_with('{') {
        // The small reader of the exports: serde_json stays out of the browser build.
        use crate::export::json_read::{top_level, Field};
        if let Ok([Field::Str(t)]) = top_level(trimmed, ["text"], true) {
            return t;
        }
    }
    contents.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_different_draft_is_kept() {
        assert_eq!(
            draft_on_open(Some("my notes"), "shared article"),
            DraftOnOpen::Keep("my notes".into())
        );
    }

    #[test]
    fn same_or_empty_draft_needs_nothing() {
        assert_eq!(draft_on_open(Some("same"), "same"), DraftOnOpen::Nothing);
        assert_eq!(draft_on_open(Some("  \n"), "x"), DraftOnOpen::Nothing);
        assert_eq!(draft_on_open(None, "x"), DraftOnOpen::Nothing);
    }

    #[test]
    fn link_size_thresholds() {
        assert_eq!(link_size(2_000), LinkSize::Fine);
        assert_eq!(link_size(2_001), LinkSize::LongForChat);
        assert_eq!(link_size(32_001), LinkSize::TooLongForBrowsers);
        assert!(LinkSize::Fine.warning().is_none());
        assert!(LinkSize::TooLongForBrowsers
            .warning()
            .is_some_and(|w| w.contains(".lede.json")));
    }

    #[test]
    fn cost_model_smooths_spikes_and_scales_with_length() {
        let mut m = CostModel::default();
        m.observe(20_480, 20.0); // 1 ms/KB
        m.observe(20_480, 100.0); // one slow run on a busy machine
        assert!(m.predict(20_480) < 70.0);
        assert_eq!(schedule(m.predict(20_480)), Schedule::Now);
        assert!(matches!(
            schedule(m.predict(1_000_000)),
            Schedule::AfterPause(_)
        ));
        m.observe(100, 50.0); // tiny texts do not count
        assert!(m.predict(20_480) < 70.0);
    }

    #[test]
    fn opens_lede_json_and_plain_text() {
        assert_eq!(
            text_from_file(r#"{"schema":1,"text":"Bonjour\r\n"}"#),
            "Bonjour\r\n"
        );
        assert_eq!(text_from_file("{ not json"), "{ not json");
        assert_eq!(text_from_file("plain"), "plain");
    }

    #[test]
    fn slow_analyses_wait_for_a_pause() {
        assert_eq!(schedule(3.0), Schedule::Now);
        assert_eq!(schedule(45.0), Schedule::Now);
        assert_eq!(schedule(100.0), Schedule::AfterPause(200));
        assert_eq!(schedule(1e9), Schedule::AfterPause(1500));
    }
}
