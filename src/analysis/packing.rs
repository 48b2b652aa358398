//! Encodings of the embedded data that shrink the browser download: `build.rs` encodes (it
//! includes this file as a module of its own), `lexicon` decodes, so both sides share one
//! definition. Nothing here depends on the rest of the crate.

/// The entry of one line of a data file: the line without its comment (`#` at the start or
/// after whitespace; the first `#` decides), trimmed; `None` for comments and blank lines.
/// `lexicon::lines` reads files with it, and `build.rs` stores only these entries, one per line
/// (headers and notes are for people editing the lists, not for the download).
pub fn entry(line: &str) -> Option<&str> {
    let line = match line.find('#') {
        Some(i) if i == 0 || line[..i].ends_with(char::is_whitespace) => &line[..i],
        _ => line,
    };
    let line = line.trim();
    (!line.is_empty()).then_some(line)
}

/// A data file as stored: its entries only, one per line ([`entry`] of each stored line is the
/// line itself, so reading the stored text gives the same entries as reading the file).
#[cfg_attr(not(test), allow(dead_code))] // used by build.rs
pub fn entries_only(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for e in text.lines().filter_map(entry) {
        out.push_str(e);
        out.push('\n');
    }
    out
}

/// The magic of the entity re-labeller's weights (`entities::model`): the layout re-encoded here.
const MODEL_MAGIC: &[u8] = b"LEDEENT2";

/// Reads a LEB128 varint at `*at`, advancing it (the weights file's integers).
fn varint(bytes: &[u8], at: &mut usize) -> Option<u32> {
    let mut v = 0u32;
    for k in 0..5 {
        let b = *bytes.get(*at)?;
        *at += 1;
        v |= u32::from(b & 0x7f).checked_shl(7 * k)?;
        if b & 0x80 == 0 {
            return Some(v);
        }
    }
    None
}

/// Where the weight columns of a `LEDEENT2` file start and how many rows it has (the layout of
/// `entities::model::Model::parse`: magic, varint rows, varint margin, bits, scope, one varint
/// key delta per row, then four columns of one signed byte per row); `None` for anything else.
fn model_columns(bytes: &[u8]) -> Option<(usize, usize)> {
    if !bytes.starts_with(MODEL_MAGIC) {
        return None;
    }
    let mut at = MODEL_MAGIC.len();
    let n = varint(bytes, &mut at)? as usize;
    varint(bytes, &mut at)?;
    at += 2;
    for _ in 0..n {
        varint(bytes, &mut at)?;
    }
    (bytes.len() == at.checked_add(n.checked_mul(4)?)?).then_some((at, n))
}

/// The weights file with its first column (the "none" class) replaced by the sum of each row's
/// four weights, modulo 256; `None` when the file is not a `LEDEENT2` weights file. A
/// perceptron update moves one class up and another down by the same step, so the sum is
/// almost always 0 or ±1 and the column gzips to a quarter. [`model_unresidual`] undoes it.
#[cfg_attr(not(test), allow(dead_code))] // used by build.rs
pub fn model_residual(bytes: &[u8]) -> Option<Vec<u8>> {
    let (at, n) = model_columns(bytes)?;
    let mut out = bytes.to_vec();
    for k in 0..n {
        let row = (0..4).filter_map(|c| bytes.get(at + c * n + k));
        let sum = row.fold(0u8, |s, &w| s.wrapping_add(w));
        if let Some(slot) = out.get_mut(at + k) {
            *slot = sum;
        }
    }
    Some(out)
}

/// Undoes [`model_residual`]: the first column becomes the stored sum minus the other three
/// weights. Bytes it cannot read come back unchanged (the model loader then rejects them).
pub fn model_unresidual(stored: &[u8]) -> Vec<u8> {
    let mut out = stored.to_vec();
    let Some((at, n)) = model_columns(stored) else {
        return out;
    };
    for k in 0..n {
        let others = (1..4).filter_map(|c| stored.get(at + c * n + k));
        let sum = stored.get(at + k).copied().unwrap_or(0);
        if let Some(slot) = out.get_mut(at + k) {
            *slot = others.fold(sum, |s, &w| s.wrapping_sub(w));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A weights file of three rows (keys 5, 6, 300: one two-byte delta).
    fn weights() -> Vec<u8> {
        let mut f = MODEL_MAGIC.to_vec();
        f.extend([3, 14, 19, 0, 5, 1, 0xA6, 0x02]);
        // Columns: none, PER, ORG, LOC; rows sum to 0, 1 and -4.
        f.extend([3, 0xFE, 1, 0xFD, 0, 0xFC, 0, 3, 0, 0, 0, 0xFF]);
        f
    }

    #[test]
    fn residual_round_trips_and_stores_row_sums() {
        let w = weights();
        let stored = model_residual(&w).unwrap();
        let at = w.len() - 12;
        assert_eq!(stored[at..at + 3], [0, 1, 0xFC]);
        assert_eq!(stored[at + 3..], w[at + 3..]);
        assert_eq!(model_unresidual(&stored), w);
    }

    #[test]
    fn stored_entries_read_as_the_file_does() {
        let text = "# header\n\nfoo\n  bar\tx  # note\nC#\nC# # one\n\t# indented\r\nlast";
        let read = |t: &str| {
            t.lines()
                .filter_map(entry)
                .map(String::from)
                .collect::<Vec<_>>()
        };
        assert_eq!(read(text), ["foo", "bar\tx", "C#", "C# # one", "last"]);
        let stored = entries_only(text);
        assert_eq!(stored, "foo\nbar\tx\nC#\nC# # one\nlast\n");
        assert_eq!(read(&stored), read(text));
    }

    #[test]
    fn other_layouts_are_left_alone() {
        let mut short = weights();
        short.pop();
        assert_eq!(model_residual(&short), None);
        assert_eq!(model_unresidual(&short), short);
        assert_eq!(model_residual(b""), None);
        assert_eq!(model_unresidual(b"LEDEENT3xyz"), b"LEDEENT3xyz");
    }
}
