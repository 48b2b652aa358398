//! A small JSON reader for opened files: checks that a file is JSON and picks string members of
//! its top-level object, so that the browser build does without serde_json (BENCHMARKS.md,
//! session 7).
//!
//! It accepts and rejects what `serde_json` accepts and rejects when it parses a `Value`: the
//! JSON grammar (RFC 8259), raw control characters in strings rejected, `\u` escapes of lone
//! surrogates rejected, at most 127 nested arrays or objects; a repeated key keeps its last
//! value. Only numbers too large for an `f64` (`1e400`), which serde_json rejects, pass here.
//! The work is linear and the nesting is bounded, so hostile files cannot hang or overflow it.

/// What a top-level key of the document holds.
#[derive(Debug, PartialEq, Eq)]
pub enum Field {
    /// Absent, or the document is not an object.
    Missing,
    /// A string, unescaped.
    Str(String),
    /// Any other value.
    Other,
}

/// The text is not JSON.
#[derive(Debug, PartialEq, Eq)]
pub struct Invalid;

/// serde_json's default recursion limit: 128 levels, the last of which it refuses.
const MAX_DEPTH: usize = 127;

/// Reads the first JSON value of `doc` and returns what its top-level `keys` hold. With `whole`,
/// nothing but whitespace may follow the value (`serde_json::from_str`); without, anything may
/// (the first record of a JSON Lines file, as `serde_json`'s stream reader takes it).
pub fn top_level<const N: usize>(
    doc: &str,
    keys: [&str; N],
    whole: bool,
) -> Result<[Field; N], Invalid> {
    let mut p = Parser {
        s: doc.as_bytes(),
        doc,
        pos: 0,
    };
    let mut found = [(); N].map(|_| Field::Missing);
    p.ws();
    if p.peek() == Some(b'{') {
        p.pos += 1;
        p.ws();
        if p.peek() == Some(b'}') {
            p.pos += 1;
        } else {
            loop {
                p.ws();
                let key = p.string(true)?;
                p.ws();
                p.expect(b':')?;
                p.ws();
                let slot = keys.iter().position(|k| *k == key);
                found_value(&mut p, slot.and_then(|i| found.get_mut(i)))?;
                p.ws();
                match p.next() {
                    Some(b',') => continue,
                    Some(b'}') => break,
                    _ => return Err(Invalid),
                }
            }
        }
    } else {
        p.value(0)?;
    }
    if whole {
        p.ws();
        if p.pos < p.s.len() {
            return Err(Invalid);
        }
    }
    Ok(found)
}

/// Reads one member's value, storing it in `slot` when the key is wanted.
fn found_value(p: &mut Parser, slot: Option<&mut Field>) -> Result<(), Invalid> {
    match (slot, p.peek()) {
        (Some(f), Some(b'"')) => *f = Field::Str(p.string(true)?),
        (Some(f), _) => {
            p.value(1)?;
            *f = Field::Other;
        }
        (None, _) => p.value(1)?,
    }
    Ok(())
}

struct Parser<'a> {
    s: &'a [u8],
    doc: &'a str,
    pos: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.pos).copied()
    }

    fn next(&mut self) -> Option<u8> {
        let b = self.peek();
        self.pos += 1;
        b
    }

    fn expect(&mut self, b: u8) -> Result<(), Invalid> {
        if self.next() == Some(b) {
            Ok(())
        } else {
            Err(Invalid)
        }
    }

    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    /// Skips one value (after whitespace), checking it, inside `outer` open containers.
    /// Containers are tracked on a stack (at most [`MAX_DEPTH`] in all) instead of by recursion.
    fn value(&mut self, outer: usize) -> Result<(), Invalid> {
        // For each open container: is it an object?
        let mut open: Vec<bool> = Vec::new();
        loop {
            self.ws();
            // One value (or the end of an empty container).
            match self.peek() {
                Some(c @ (b'{' | b'[')) => {
                    if outer + open.len() >= MAX_DEPTH {
                        return Err(Invalid);
                    }
                    self.pos += 1;
                    self.ws();
                    let object = c == b'{';
                    let close = if object { b'}' } else { b']' };
                    if self.peek() == Some(close) {
                        self.pos += 1;
                    } else {
                        open.push(object);
                        if object {
                            self.member_key()?;
                        }
                        continue;
                    }
                }
                Some(b'"') => {
                    self.string(false)?;
                }
                Some(b't') => self.word(b"true")?,
                Some(b'f') => self.word(b"false")?,
                Some(b'n') => self.word(b"null")?,
                _ => self.number()?,
            }
            // After a value: the next member, or the ends of containers.
            loop {
                let Some(&object) = open.last() else {
                    return Ok(());
                };
                self.ws();
                match self.next() {
                    Some(b',') => {
                        if object {
                            self.member_key()?;
                        }
                        break;
                    }
                    Some(b'}') if object => {
                        open.pop();
                    }
                    Some(b']') if !object => {
                        open.pop();
                    }
                    _ => return Err(Invalid),
                }
            }
        }
    }

    /// `"key":` inside an object.
    fn member_key(&mut self) -> Result<(), Invalid> {
        self.ws();
        self.string(false)?;
        self.ws();
        self.expect(b':')
    }

    fn word(&mut self, w: &[u8]) -> Result<(), Invalid> {
        if self.s.get(self.pos..self.pos + w.len()) == Some(w) {
            self.pos += w.len();
            Ok(())
        } else {
            Err(Invalid)
        }
    }

    fn digits(&mut self) -> usize {
        let from = self.pos;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.pos += 1;
        }
        self.pos - from
    }

    /// `-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?`
    fn number(&mut self) -> Result<(), Invalid> {
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        match self.peek() {
            Some(b'0') => self.pos += 1,
            Some(b'1'..=b'9') => {
                self.digits();
            }
            _ => return Err(Invalid),
        }
        if self.peek() == Some(b'.') {
            self.pos += 1;
            if self.digits() == 0 {
                return Err(Invalid);
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.pos += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.pos += 1;
            }
            if self.digits() == 0 {
                return Err(Invalid);
            }
        }
        Ok(())
    }

    fn hex4(&mut self) -> Result<u32, Invalid> {
        let mut v = 0;
        for _ in 0..4 {
            let d = char::from(self.next().ok_or(Invalid)?)
                .to_digit(16)
                .ok_or(Invalid)?;
            v = v * 16 + d;
        }
        Ok(v)
    }

    /// A string literal (at its opening quote), unescaped when `keep`, else only checked.
    fn string(&mut self, keep: bool) -> Result<String, Invalid> {
        self.expect(b'"')?;
        let mut out = String::new();
        let mut run = self.pos;
        loop {
            let b = self.peek().ok_or(Invalid)?;
            if b != b'"' && b != b'\\' {
                if b < 0x20 {
                    return Err(Invalid);
                }
                self.pos += 1;
                continue;
            }
            // `"` and `\` are ASCII: the run ends on a char boundary.
            if keep {
                out.push_str(self.doc.get(run..self.pos).ok_or(Invalid)?);
            }
            self.pos += 1;
            if b == b'"' {
                return Ok(out);
            }
            let c = match self.next().ok_or(Invalid)? {
                b'"' => '"',
                b'\\' => '\\',
                b'/' => '/',
                b'b' => '\u{8}',
                b'f' => '\u{c}',
                b'n' => '\n',
                b'r' => '\r',
                b't' => '\t',
                b'u' => self.unicode_escape()?,
                _ => return Err(Invalid),
            };
            if keep {
                out.push(c);
            }
            run = self.pos;
        }
    }

    /// The code point of a `\u` escape (after the `u`), joining a surrogate pair.
    fn unicode_escape(&mut self) -> Result<char, Invalid> {
        let hi = self.hex4()?;
        let code = match hi {
            0xd800..=0xdbff => {
                self.expect(b'\\')?;
                self.expect(b'u')?;
                let lo = self.hex4()?;
                if !(0xdc00..=0xdfff).contains(&lo) {
                    return Err(Invalid);
                }
                0x10000 + ((hi - 0xd800) << 10) + (lo - 0xdc00)
            }
            _ => hi,
        };
        char::from_u32(code).ok_or(Invalid)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_of(doc: &str, whole: bool) -> Result<Field, Invalid> {
        top_level(doc, ["text"], whole).map(|[t]| t)
    }

    /// Whether serde_json reads `doc` (whole) as a `Value`.
    fn serde_reads(doc: &str) -> bool {
        serde_json::from_str::<serde_json::Value>(doc).is_ok()
    }

    #[test]
    fn picks_top_level_strings_unescaped() {
        let doc = r#" {"schema":"lede/1","n":[1,{"text":"inner"}],"text":"Zo\u00e9 \ud83d\ude00 \"\\\/\b\f\n\r\t é"} "#;
        let [schema, text, n, absent] =
            top_level(doc, ["schema", "text", "n", "absent"], true).unwrap();
        assert_eq!(schema, Field::Str("lede/1".into()));
        assert_eq!(text, Field::Str("Zoé 😀 \"\\/\u{8}\u{c}\n\r\t é".into()));
        assert_eq!(n, Field::Other);
        assert_eq!(absent, Field::Missing);
        let v: serde_json::Value = serde_json::from_str(doc).unwrap();
        assert_eq!(
            Field::Str(v["text"].as_str().unwrap().into()),
            text_of(doc, true).unwrap()
        );
    }

    #[test]
    fn last_key_wins_and_non_objects_have_no_fields() {
        assert_eq!(
            text_of(r#"{"text":"a","text":"b"}"#, true),
            Ok(Field::Str("b".into()))
        );
        assert_eq!(text_of(r#"{"text":"a","text":5}"#, true), Ok(Field::Other));
        assert_eq!(text_of(r#"["text"]"#, true), Ok(Field::Missing));
        assert_eq!(text_of(r#""text""#, true), Ok(Field::Missing));
        assert_eq!(text_of("{}", true), Ok(Field::Missing));
    }

    #[test]
    fn trailing_text_only_without_whole() {
        let two = "{\"text\":\"a\"}\n{\"text\":\"b\"}\n";
        assert_eq!(text_of(two, true), Err(Invalid));
        assert_eq!(text_of(two, false), Ok(Field::Str("a".into())));
    }

    /// The same documents are accepted and rejected as by serde_json.
    #[test]
    fn accepts_and_rejects_as_serde_json() {
        let deep_ok = format!("{}{}", "[".repeat(127), "]".repeat(127));
        let deep_bad = format!("{}{}", "[".repeat(128), "]".repeat(128));
        let in_object = format!("{{\"a\":{}{}}}", "[".repeat(127), "]".repeat(127));
        let docs = [
            "",
            " ",
            "{",
            "}",
            "{}",
            "[]",
            "[1,]",
            "[,1]",
            "{\"a\"}",
            "{\"a\":}",
            "{\"a\":1,}",
            "{,}",
            "{\"a\":1 \"b\":2}",
            "[1 2]",
            "{\"a\":[1,{\"b\":null}],\"c\":true}",
            "0",
            "-0",
            "01",
            "-",
            "1.",
            ".5",
            "1.5e",
            "1e+5",
            "1E-5",
            "-12.5e3",
            "+1",
            "nul",
            "null",
            "true",
            "falsey",
            "\"\\x\"",
            "\"\\u12\"",
            "\"\\u00e9\"",
            "\"\\ud800\"",
            "\"\\ud800\\u0041\"",
            "\"\\udc00\"",
            "\"\\ud83d\\ude00\"",
            "\"tab\there\"",
            "\"\u{7f}\"",
            "\"unclosed",
            "{\"a\":\"b\"}x",
            "{\"a\":{\"b\":[[[]]]}}}",
            "\u{a0}{}",
            "{}\u{c}",
            "[1]\r\n\t ",
            "{\"\\u00e9\":1}",
            "[\"a\",{\"b\":1}]",
            deep_ok.as_str(),
            deep_bad.as_str(),
            in_object.as_str(),
        ];
        for doc in docs {
            assert_eq!(text_of(doc, true).is_ok(), serde_reads(doc), "{doc:?}");
        }
    }

    #[test]
    fn hostile_nesting_is_refused_without_recursion() {
        let deep = "[".repeat(1_000_000);
        assert_eq!(text_of(&deep, true), Err(Invalid));
        let wide = format!("[{}1]", "1,".repeat(100_000));
        assert!(text_of(&wide, true).is_ok());
    }
}
