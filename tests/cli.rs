//! Integration tests of the `lede` CLI contract (other tools depend on it exactly).
#![cfg(not(target_arch = "wasm32"))]

use serde_json::Value;
use std::io::Write;
use std::process::{Command, Output, Stdio};

fn lede(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_lede"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run lede");
    let mut input = child.stdin.take().unwrap();
    let data = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

fn json_lines(out: &Output) -> Vec<Value> {
    String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// Every item's code-point offsets slice out exactly its `text`.
fn assert_offsets(text: &str, rec: &Value) {
    let chars: Vec<char> = text.chars().collect();
    for layer in ["entities", "quotes", "claims"] {
        for item in rec[layer].as_array().unwrap() {
            let (s, e) = (
                item["start"].as_u64().unwrap() as usize,
                item["end"].as_u64().unwrap() as usize,
            );
            assert!(
                s <= e && e <= chars.len(),
                "{layer} offsets out of range: {item}"
            );
            assert_eq!(
                chars[s..e].iter().collect::<String>(),
                item["text"].as_str().unwrap(),
                "{layer}: {item}"
            );
            assert!(
                item["rule"].is_string(),
                "{layer} item without rule: {item}"
            );
        }
    }
}

const FR: &str = "(Paris) Le Premier ministre a parlé lundi.\n\n« Nous tiendrons bon », a déclaré mardi le gouvernement.";
const EN: &str = "WASHINGTON (AP) — \"We will not back down,\" the senator said on Monday.";

#[test]
fn jsonl_keeps_order_and_ids_and_uses_code_point_offsets() {
    let input = format!(
        "{}\n{}\n",
        serde_json::json!({"id": "fr-1", "text": FR, "extra": [1, 2]}),
        serde_json::json!({"id": 7, "text": EN})
    );
    let out = lede(&["analyse", "--jsonl"], input.as_bytes());
    assert!(
        out.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let recs = json_lines(&out);
    assert_eq!(recs.len(), 2);
    assert_eq!(recs[0]["id"], "fr-1");
    assert_eq!(recs[0]["lang"], "fr");
    assert_eq!(recs[1]["id"], 7);
    assert_eq!(recs[1]["lang"], "en");
    for (rec, text) in recs.iter().zip([FR, EN]) {
        for key in ["entities", "quotes", "claims"] {
            assert!(rec[key].is_array(), "{key} missing");
        }
        assert!(rec.get("dateline").is_some());
        assert_offsets(text, rec);
    }
    let q = &recs[0]["quotes"][0];
    assert_eq!(q["text"], "Nous tiendrons bon");
    for key in ["speaker", "speaker_start", "speaker_end", "cue", "rule"] {
        assert!(q.get(key).is_some(), "quote field {key} missing");
    }
}

#[test]
fn bad_lines_get_error_records_and_a_failing_status() {
    let input = b"{\"id\":\"ok\",\"text\":\"Fine.\"}\n{broken\n{\"id\":\"x\",\"text\":null}\n\xff\xfe\n{\"id\":\"last\",\"text\":\"Also fine.\"}\n";
    let out = lede(&["analyse", "--jsonl"], input);
    assert_eq!(out.status.code(), Some(1));
    let recs = json_lines(&out);
    assert_eq!(recs.len(), 5);
    assert!(recs[0].get("error").is_none());
    assert_eq!(recs[1]["id"], Value::Null);
    assert!(recs[1]["error"].as_str().unwrap().contains("line 2"));
    assert_eq!(recs[2]["id"], "x");
    assert!(recs[2]["error"].as_str().unwrap().contains("line 3"));
    assert!(recs[3]["error"].as_str().unwrap().contains("UTF-8"));
    assert_eq!(recs[4]["id"], "last");
    assert!(recs[4].get("error").is_none());
}

#[test]
fn plain_text_from_stdin_and_from_files() {
    let out = lede(&["analyse"], FR.as_bytes());
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["lang"], "fr");
    assert_offsets(FR, &v);

    let dir = std::env::temp_dir().join(format!("lede-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (a, b) = (dir.join("a.txt"), dir.join("b.txt"));
    std::fs::write(&a, FR).unwrap();
    std::fs::write(&b, EN).unwrap();
    let out = lede(&["analyse", a.to_str().unwrap(), b.to_str().unwrap()], b"");
    assert!(out.status.success());
    let docs: Vec<Value> = serde_json::Deserializer::from_slice(&out.stdout)
        .into_iter()
        .map(Result::unwrap)
        .collect();
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[1]["lang"], "en");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn unreadable_or_non_utf8_files_are_reported_clearly() {
    let dir = std::env::temp_dir().join(format!("lede-cli-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("latin1.txt");
    std::fs::write(&bad, b"caf\xe9").unwrap();
    let out = lede(
        &["analyse", bad.to_str().unwrap(), "/nonexistent/file.txt"],
        b"",
    );
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("not valid UTF-8"), "{err}");
    assert!(err.contains("cannot read /nonexistent/file.txt"), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn usage_errors_exit_with_status_2() {
    assert_eq!(lede(&["frobnicate"], b"").status.code(), Some(2));
    assert_eq!(
        lede(&["analyse", "--lang", "de"], b"").status.code(),
        Some(2)
    );
    assert!(lede(&["help"], b"").status.success());
}

#[test]
fn forced_language_overrides_detection() {
    let out = lede(&["analyse", "--lang", "fr"], EN.as_bytes());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["lang"], "fr");
}
