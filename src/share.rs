//! Share links: the article travels in the page's URL fragment, so it never reaches a server.
//!
//! Format (documented for other tools in `docs/share-link.md`):
//! `#t=<payload>[&lang=fr|en][&f=<filters>]`, where the payload is base64url without padding of
//! the raw DEFLATE (RFC 1951) of the UTF-8 text. A future format gets a new key instead of `t`,
//! so old links keep opening and a newer link opened by an older page says so clearly.
//!
//! Every link is hostile input: decoding never panics, refuses a payload that would inflate past
//! [`MAX_DECODED_BYTES`] as soon as the cap is reached (a 64 MB "zip bomb" costs only the work of
//! inflating the first 5 MB), and tells each kind of damage apart so the page can say what went
//! wrong. No web dependencies: this builds natively and for wasm32.

mod base64url;

use crate::Lang;
use std::fmt;

/// The largest text a link may carry once inflated (5 MB).
pub const MAX_DECODED_BYTES: usize = 5 * 1024 * 1024;

/// The longest payload worth looking at: DEFLATE "stored" blocks add 5 bytes per 65,535, so no
/// valid payload under the cap is longer; anything longer is refused before decoding.
const MAX_PAYLOAD_CHARS: usize = (MAX_DECODED_BYTES + MAX_DECODED_BYTES / 8192 + 64) / 3 * 4 + 4;

/// DEFLATE effort when making a link: the smallest links (links get pasted into chats).
const LEVEL: u8 = 9;

/// The key of the current (first) format: deflated text.
const KEY_TEXT: &str = "t";
/// Optional keys that accompany a text key; any other key without `t` is a future format.
const KEY_LANG: &str = "lang";
const KEY_FILTERS: &str = "f";

/// What a share link carries.
#[derive(Debug, Clone, PartialEq)]
pub struct Fragment {
    /// The article, exactly as it was shared.
    pub text: String,
    /// The manual language override, when the sharer set one.
    pub lang: Option<Lang>,
    /// The legend filters, as the UI wrote them (opaque here).
    pub filters: Option<String>,
}

/// Why a link could not be opened. Each case has its own message so the reader knows what to do.
#[derive(Debug, Clone, PartialEq)]
pub enum ShareError {
    /// The payload has characters outside base64url, or an impossible length.
    BadBase64,
    /// The payload is base64 but not complete, valid raw DEFLATE.
    BadDeflate,
    /// The text would be larger than [`MAX_DECODED_BYTES`].
    TooLarge,
    /// The inflated bytes are not UTF-8 text.
    NotUtf8,
    /// A fragment made of `key=value` pairs without `t`: a format this version does not know.
    UnknownFormat,
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let msg = match self {
            ShareError::BadBase64 => {
                "This share link is damaged: it contains characters a Lede link never has. \
                 It may have been cut or altered when it was copied."
            }
            ShareError::BadDeflate => {
                "This share link is damaged: its compressed text is incomplete or corrupt. \
                 It may have been cut short when it was copied."
            }
            ShareError::TooLarge => {
                "This share link holds more than 5 MB of text, which is more than Lede opens. \
                 Share the article as a .lede.json file instead."
            }
            ShareError::NotUtf8 => {
                "This share link does not contain readable text (it is not valid UTF-8)."
            }
            ShareError::UnknownFormat => {
                "This share link uses a format this version of Lede does not know, \
                 perhaps from a newer version. Reload the page to get the latest Lede."
            }
        };
        f.write_str(msg)
    }
}

impl std::error::Error for ShareError {}

/// Makes the fragment for a text (without the leading `#`): `t=<payload>[&lang=..][&f=..]`.
pub fn encode_fragment(text: &str, lang: Option<Lang>, filters: Option<&str>) -> String {
    let deflated = miniz_oxide::deflate::compress_to_vec(text.as_bytes(), LEVEL);
    let mut out = format!("{KEY_TEXT}={}", base64url::encode(&deflated));
    if let Some(l) = lang {
        out.push_str(&format!("&{KEY_LANG}={}", l.code()));
    }
    if let Some(f) = filters.filter(|f| !f.is_empty()) {
        out.push_str(&format!("&{KEY_FILTERS}={}", percent_encode(f)));
    }
    out
}

/// Reads a fragment, with or without its `#` (a whole URL works too).
///
/// `Ok(None)` means there is nothing to load: an empty fragment, a plain anchor such as `#top`,
/// or a fragment with only `lang`/`f` and no text. Unknown keys next to `t` are ignored, so a
/// later version may add optional keys without breaking older pages.
pub fn decode_fragment(fragment: &str) -> Result<Option<Fragment>, ShareError> {
    let frag = fragment.split_once('#').map_or(fragment, |(_, f)| f);
    let (mut payload, mut lang, mut filters, mut unknown) = (None, None, None, false);
    for (key, value) in frag.split('&').filter_map(|p| p.split_once('=')) {
        match key {
            KEY_TEXT if payload.is_none() => payload = Some(value),
            KEY_LANG => lang = Lang::from_code(value),
            KEY_FILTERS => filters = Some(percent_decode(value)).filter(|f| !f.is_empty()),
            KEY_TEXT => {}
            _ => unknown = true,
        }
    }
    let payload = match payload {
        Some(p) if !p.is_empty() => p,
        Some(_) => return Ok(None),
        None if unknown => return Err(ShareError::UnknownFormat),
        None => return Ok(None),
    };
    Ok(Some(Fragment {
        text: decode_text(payload)?,
        lang,
        filters,
    }))
}

/// Payload → text, refusing oversized input before decoding and oversized output while inflating.
fn decode_text(payload: &str) -> Result<String, ShareError> {
    if payload.len() > MAX_PAYLOAD_CHARS {
        return Err(ShareError::TooLarge);
    }
    let deflated = base64url::decode(payload).ok_or(ShareError::BadBase64)?;
    let bytes = miniz_oxide::inflate::decompress_to_vec_with_limit(&deflated, MAX_DECODED_BYTES)
        .map_err(|e| match e.status {
            miniz_oxide::inflate::TINFLStatus::HasMoreOutput => ShareError::TooLarge,
            _ => ShareError::BadDeflate,
        })?;
    String::from_utf8(bytes).map_err(|_| ShareError::NotUtf8)
}

/// Characters kept as they are in the `f` value: unreserved ones and harmless fragment
/// punctuation. Everything else (`&`, `=`, `#`, `%`, `+`, spaces, non-ASCII) becomes `%XX`.
fn keep_literal(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"-._~,:;!*()/?@$'".contains(&b)
}

fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for &b in s.as_bytes() {
        if keep_literal(b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Decodes `%XX`; a `%` not followed by two hex digits stays as it is.
fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = b.get(i + 1..i + 3).and_then(|h| {
            std::str::from_utf8(h)
                .ok()
                .and_then(|h| u8::from_str_radix(h, 16).ok())
        });
        match (b[i], hex) {
            (b'%', Some(v)) => {
                out.push(v);
                i += 3;
            }
            (c, _) => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, Instant};

    fn link(bytes: &[u8]) -> String {
        let deflated = miniz_oxide::deflate::compress_to_vec(bytes, 6);
        format!("t={}", base64url::encode(&deflated))
    }

    fn open(fragment: &str) -> Fragment {
        decode_fragment(fragment).unwrap().unwrap()
    }

    #[test]
    fn round_trips_text_language_and_filters() {
        let text = "« Nous sommes prêts », a déclaré M. Dupont.\r\nשלום 👩‍👩‍👧 e\u{301}";
        let f = encode_fragment(text, Some(Lang::Fr), Some("PER,quote"));
        assert!(f.starts_with("t=") && f.ends_with("&lang=fr&f=PER,quote"));
        let got = open(&format!("#{f}"));
        assert_eq!(got.text, text);
        assert_eq!(got.lang, Some(Lang::Fr));
        assert_eq!(got.filters.as_deref(), Some("PER,quote"));
    }

    /// Links made by other tools open: these are the examples of `docs/share-link.md`, made with
    /// Python's zlib (a different DEFLATE encoder).
    #[test]
    fn opens_links_made_by_other_encoders() {
        let got = open("#t=O7RawS-_tFihOD83N7VYoaDo8KqSYoVDu3UUEhVSDq9MzkksOrxSwVdPwaW0ID-vRA8A");
        assert_eq!(got.text, "« Nous sommes prêts », a déclaré M. Dupont.");
        let got = open("https://example.org/lede/#t=u77y-pzrU6_P5eX6MH_iykcNvQhquULqmUYA&lang=fr");
        assert_eq!(got.text, "שלום\r\n👩\u{200d}👩\u{200d}👧 e\u{301}");
        assert_eq!(got.lang, Some(Lang::Fr));
    }

    #[test]
    fn payload_is_url_safe_and_unpadded() {
        let f = encode_fragment(&"é?&=#+/ ".repeat(50), None, None);
        let payload = f.strip_prefix("t=").unwrap();
        assert!(payload
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
    }

    #[test]
    fn filters_with_reserved_characters_survive() {
        let f = encode_fragment("x", None, Some("a&b=c #d%e+é"));
        assert!(!f.contains(' ') && f.matches('&').count() == 1);
        assert_eq!(open(&f).filters.as_deref(), Some("a&b=c #d%e+é"));
    }

    #[test]
    fn empty_text_round_trips() {
        assert_eq!(open(&encode_fragment("", None, None)).text, "");
    }

    #[test]
    fn whole_url_and_extra_keys_are_accepted() {
        let f = encode_fragment("Bonjour.", None, None);
        let got = open(&format!("https://example.org/lede/#{f}&future=1&lang=xx"));
        assert_eq!(got.text, "Bonjour.");
        assert_eq!(got.lang, None); // an unknown language falls back to detection
    }

    #[test]
    fn nothing_to_load() {
        for f in ["", "#", "#top", "section-2", "#lang=fr", "#f=PER", "#t="] {
            assert_eq!(decode_fragment(f), Ok(None), "{f}");
        }
    }

    #[test]
    fn unknown_format_is_reported() {
        assert_eq!(
            decode_fragment("#z=AAAA&lang=fr"),
            Err(ShareError::UnknownFormat)
        );
        assert_eq!(decode_fragment("v2=abc"), Err(ShareError::UnknownFormat));
    }

    #[test]
    fn invalid_base64_is_reported() {
        for f in ["#t=abc!def", "#t=a b", "#t=Zm9vY", "#t=é"] {
            assert_eq!(decode_fragment(f), Err(ShareError::BadBase64), "{f}");
        }
    }

    #[test]
    fn corrupt_deflate_is_reported() {
        // Block type 3 is reserved in RFC 1951.
        assert_eq!(
            decode_fragment(&format!("t={}", base64url::encode(&[0xff, 0xff, 0xff]))),
            Err(ShareError::BadDeflate)
        );
        // A valid link cut short when copied.
        let long = encode_fragment(&"Le président a déclaré. ".repeat(40), None, None);
        let cut = &long[..long.len() / 2];
        assert_eq!(decode_fragment(cut), Err(ShareError::BadDeflate));
    }

    #[test]
    fn non_utf8_is_reported() {
        assert_eq!(
            decode_fragment(&link(&[b'a', 0xff, 0xfe])),
            Err(ShareError::NotUtf8)
        );
    }

    #[test]
    fn zip_bomb_is_refused_quickly() {
        let bomb = link(&vec![b'a'; 64 * 1024 * 1024]);
        assert!(bomb.len() < 200_000, "a bomb link is small: {}", bomb.len());
        let t = Instant::now();
        assert_eq!(decode_fragment(&bomb), Err(ShareError::TooLarge));
        // Generous for unoptimised test builds on a busy machine; release takes milliseconds.
        assert!(t.elapsed() < Duration::from_secs(2), "{:?}", t.elapsed());
    }

    #[test]
    fn the_cap_is_exact() {
        let at_cap = "a".repeat(MAX_DECODED_BYTES);
        assert_eq!(open(&link(at_cap.as_bytes())).text.len(), MAX_DECODED_BYTES);
        let over = "a".repeat(MAX_DECODED_BYTES + 1);
        assert_eq!(
            decode_fragment(&link(over.as_bytes())),
            Err(ShareError::TooLarge)
        );
    }

    #[test]
    fn oversized_payload_is_refused_before_decoding() {
        let huge = format!("t={}", "A".repeat(MAX_PAYLOAD_CHARS + 1));
        assert_eq!(decode_fragment(&huge), Err(ShareError::TooLarge));
    }

    #[test]
    fn messages_are_distinct_sentences() {
        let all = [
            ShareError::BadBase64,
            ShareError::BadDeflate,
            ShareError::TooLarge,
            ShareError::NotUtf8,
            ShareError::UnknownFormat,
        ];
        let msgs: std::collections::HashSet<String> = all.iter().map(|e| e.to_string()).collect();
        assert_eq!(msgs.len(), all.len());
        assert!(msgs.iter().all(|m| m.ends_with('.') && m.len() > 30));
    }

    #[test]
    fn percent_decoding_leaves_stray_percent_signs() {
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz%4"), "%zz%4");
        assert_eq!(percent_decode("%C3%A9"), "é");
    }
}
