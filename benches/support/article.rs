//! The bench articles, shared by the criterion benchmark (`benches/analyse.rs`) and the
//! instruction-count driver (`examples/drive.rs`), so both measure the same text.

/// About `bytes` bytes of article: whole paragraphs of `src`, cycled, starting at a different
/// paragraph on each pass so repeated text does not line up with itself.
pub fn article(src: &str, bytes: usize) -> String {
    let paras: Vec<&str> = src.lines().filter(|l| !l.trim().is_empty()).collect();
    let mut out = String::with_capacity(bytes + 2048);
    let mut pass = 0;
    'outer: loop {
        for k in 0..paras.len() {
            let p = paras[(k + pass) % paras.len()];
            if !out.is_empty() && out.len() + p.len() > bytes {
                break 'outer;
            }
            out.push_str(p);
            out.push('\n');
        }
        pass += 1;
    }
    out
}
