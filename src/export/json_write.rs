//! A small JSON writer for the exports and the JS API, so that the browser build does without
//! serde_json (14.5 KB of the first load, gzipped: BENCHMARKS.md, session 7).
//!
//! The output is byte for byte what serde_json prints for the same values: the same string
//! escaping, integers in decimal, and in [`Writer::pretty`] its two-space layout
//! (`to_string_pretty`). Keys are written in the order the caller gives them.

use crate::analysis::bytewords::{bytes_below, bytes_equal, word_at};

/// Lower-case hex digits, as serde_json writes `\u00xx` escapes.
const HEX: &[u8; 16] = b"0123456789abcdef";

/// Appends `s` as a JSON string literal, escaped as serde_json escapes it: `"` and `\`, and the
/// control characters U+0000-U+001F (`\b \t \n \f \r` by name, the others as `\u00xx`).
/// Everything else (U+007F, non-ASCII, U+2028) is written as it is: JSON allows it, and a `&str`
/// holds no lone surrogates.
pub fn push_str(out: &mut String, s: &str) {
    out.push('"');
    let bytes = s.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        // Eight bytes at a time while none needs escaping: nearly all text (the claims and
        // quotes make most of an export's bytes).
        if let Some(w) = word_at(bytes, i) {
            if !needs_escape(w) {
                i += 8;
                continue;
            }
        }
        let b = bytes[i];
        i += 1;
        if b >= 0x20 && b != b'"' && b != b'\\' {
            continue;
        }
        let named = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            _ => "",
        };
        // Byte `i - 1` is ASCII, so both cuts fall on char boundaries.
        out.push_str(s.get(start..i - 1).unwrap_or_default());
        if named.is_empty() {
            out.push_str("\\u00");
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 0xf)]));
        } else {
            out.push_str(named);
        }
        start = i;
    }
    out.push_str(s.get(start..).unwrap_or_default());
    out.push('"');
}

/// True when one of the eight bytes of `w` is a control character, `"` or `\`.
fn needs_escape(w: u64) -> bool {
    bytes_below(w, 0x20) | bytes_equal(w, b'"') | bytes_equal(w, b'\\') != 0
}

/// Appends `n` in decimal (without the formatting machinery: this runs once per offset).
pub fn push_num(out: &mut String, mut n: usize) {
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &d in &digits[i..] {
        out.push(char::from(d));
    }
}

/// Writes one JSON document value by value: [`Writer::open`] / [`Writer::close`] a container,
/// [`Writer::key`] before each member of an object, then its value. Separators (and in pretty
/// mode, line breaks and indentation) are placed by the writer.
pub struct Writer {
    out: String,
    pretty: bool,
    depth: usize,
    /// The innermost open container has no element yet.
    fresh: bool,
    /// A key was just written: the next value follows it directly.
    after_key: bool,
}

impl Writer {
    /// Everything on one line, as `serde_json::to_string`.
    pub fn compact(capacity: usize) -> Self {
        Self::new(false, capacity)
    }

    /// Two-space indentation, as `serde_json::to_string_pretty`.
    pub fn pretty(capacity: usize) -> Self {
        Self::new(true, capacity)
    }

    fn new(pretty: bool, capacity: usize) -> Self {
        Writer {
            out: String::with_capacity(capacity),
            pretty,
            depth: 0,
            fresh: true,
            after_key: false,
        }
    }

    /// The text written.
    pub fn finish(self) -> String {
        self.out
    }

    /// The separator before a value (or a key): none after a key, else a comma unless the
    /// container is fresh, then the line break of pretty mode.
    fn sep(&mut self) {
        if self.after_key {
            self.after_key = false;
            return;
        }
        if self.depth > 0 {
            if !self.fresh {
                self.out.push(',');
            }
            self.newline();
        }
        self.fresh = false;
    }

    fn newline(&mut self) {
        if self.pretty {
            self.out.push('\n');
            for _ in 0..self.depth {
                self.out.push_str("  ");
            }
        }
    }

    /// Opens an object (`'{'`) or an array (`'['`).
    pub fn open(&mut self, bracket: char) {
        self.sep();
        self.out.push(bracket);
        self.depth += 1;
        self.fresh = true;
    }

    /// Closes the innermost container with `'}'` or `']'`; an empty one stays `{}` / `[]`.
    pub fn close(&mut self, bracket: char) {
        self.depth = self.depth.saturating_sub(1);
        if !self.fresh {
            self.newline();
        }
        self.out.push(bracket);
        self.fresh = false;
    }

    /// The key of the next object member.
    pub fn key(&mut self, k: &str) {
        self.sep();
        push_str(&mut self.out, k);
        self.out.push_str(if self.pretty { ": " } else { ":" });
        self.after_key = true;
    }

    pub fn str(&mut self, s: &str) {
        self.sep();
        push_str(&mut self.out, s);
    }

    pub fn num(&mut self, n: usize) {
        self.sep();
        push_num(&mut self.out, n);
    }

    pub fn bool(&mut self, b: bool) {
        self.sep();
        self.out.push_str(if b { "true" } else { "false" });
    }

    pub fn null(&mut self) {
        self.sep();
        self.out.push_str("null");
    }

    pub fn opt_str(&mut self, s: Option<&str>) {
        match s {
            Some(s) => self.str(s),
            None => self.null(),
        }
    }

    pub fn opt_num(&mut self, n: Option<usize>) {
        match n {
            Some(n) => self.num(n),
            None => self.null(),
        }
    }

    /// `[a, b]`, the code-point pair of a span.
    pub fn pair(&mut self, [a, b]: [usize; 2]) {
        self.open('[');
        self.num(a);
        self.num(b);
        self.close(']');
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{json, Value};

    fn escaped(s: &str) -> String {
        let mut out = String::new();
        push_str(&mut out, s);
        out
    }

    #[test]
    fn strings_escape_as_serde_json_does() {
        let mut every_ascii: String = (0u8..0x80).map(char::from).collect();
        every_ascii.push_str("é « » 😀 \u{2028}\u{202e}\u{feff}");
        for s in [
            "",
            "plain",
            "a\"b\\c/d",
            "\u{0}\u{1f}\u{7f}",
            every_ascii.as_str(),
        ] {
            assert_eq!(escaped(s), serde_json::to_string(s).unwrap(), "{s:?}");
        }
        assert_eq!(escaped("\u{1}\n\u{c}\u{8}"), r#""\u0001\n\f\b""#);
    }

    #[test]
    fn escapes_land_at_every_position_of_a_word() {
        // The eight-byte skip must find a special byte wherever it sits in a word.
        for special in ['"', '\\', '\n', '\u{1}', '\u{1f}'] {
            for at in 0..20 {
                let mut s: String = "abcdéfghijklmnopqrstu".chars().take(19).collect();
                s.insert(
                    s.char_indices().nth(at).map_or(s.len(), |(i, _)| i),
                    special,
                );
                assert_eq!(escaped(&s), serde_json::to_string(&s).unwrap(), "{s:?}");
            }
        }
    }

    #[test]
    fn numbers_are_decimal() {
        for n in [0, 7, 10, 99, 1234567890, usize::MAX] {
            let mut out = String::new();
            push_num(&mut out, n);
            assert_eq!(out, n.to_string());
        }
    }

    /// Writes `v` through the writer (object keys in `Value`'s own, sorted order).
    fn write_value(w: &mut Writer, v: &Value) {
        match v {
            Value::Null => w.null(),
            Value::Bool(b) => w.bool(*b),
            Value::Number(n) => w.num(n.as_u64().unwrap() as usize),
            Value::String(s) => w.str(s),
            Value::Array(a) => {
                w.open('[');
                a.iter().for_each(|x| write_value(w, x));
                w.close(']');
            }
            Value::Object(m) => {
                w.open('{');
                for (k, x) in m {
                    w.key(k);
                    write_value(w, x);
                }
                w.close('}');
            }
        }
    }

    #[test]
    fn layout_is_serde_jsons_compact_and_pretty() {
        let docs = [
            json!({"a": [], "b": {}, "c": [1, [2, []], {"d": null}], "e\n": "x\"", "f": true}),
            json!([]),
            json!({}),
            json!([{"k": [{}]}, false, 0, "s"]),
            json!("top"),
        ];
        for v in &docs {
            let mut c = Writer::compact(0);
            write_value(&mut c, v);
            assert_eq!(c.finish(), serde_json::to_string(v).unwrap());
            let mut p = Writer::pretty(0);
            write_value(&mut p, v);
            assert_eq!(p.finish(), serde_json::to_string_pretty(v).unwrap());
        }
    }
}
