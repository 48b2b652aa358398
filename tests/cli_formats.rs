//! Smoke tests of `lede analyse --format json|csv|md|wa` (issue 7). The formats themselves are
//! pinned by `tests/export_formats.rs`; here the CLI must choose, frame and combine them.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::Value;
use std::process::{Command, Output};

const ARTICLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/export/article.txt"
);

fn lede(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_lede"))
        .args(args)
        .output()
        .expect("run lede")
}

fn stdout(out: &Output) -> String {
    assert!(
        out.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout.clone()).unwrap()
}

#[test]
fn json_is_one_line_with_the_text_and_schema() {
    let out = stdout(&lede(&["analyse", "--format", "json", ARTICLE]));
    assert_eq!(out.lines().count(), 1);
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["schema"], "lede/1");
    assert_eq!(v["text"], std::fs::read_to_string(ARTICLE).unwrap());
    assert_eq!(v["lang"], "fr");
    assert!(v["label"].is_array() && v["quotes"].is_array());
}

#[test]
fn csv_has_the_header_and_crlf_rows() {
    let out = stdout(&lede(&["analyse", "--format", "csv", ARTICLE]));
    assert!(out.starts_with("type,paragraph,speaker,text,cue,kind,reason,start,end,rule\r\n"));
    assert!(out.ends_with("\r\n"));
}

#[test]
fn csv_of_several_files_is_one_table_with_a_document_column() {
    let out = stdout(&lede(&["analyse", "--format=csv", ARTICLE, ARTICLE]));
    assert!(out.starts_with("document,type,"));
    assert_eq!(out.matches("document,type,").count(), 1);
}

#[test]
fn markdown_is_titled_with_the_file() {
    let out = stdout(&lede(&["analyse", "--format", "md", ARTICLE]));
    assert!(out.starts_with("# Who said what: "));
    assert!(out.contains("\n## Quotes by speaker\n"));
}

#[test]
fn web_annotation_is_a_collection() {
    let out = stdout(&lede(&["analyse", "--format", "wa", ARTICLE]));
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["type"], "AnnotationCollection");
    assert_eq!(v["@context"], "http://www.w3.org/ns/anno.jsonld");
    assert_eq!(
        v["total"].as_u64().unwrap() as usize,
        v["first"]["items"].as_array().unwrap().len()
    );
}

#[test]
fn default_output_and_jsonl_contract_are_unchanged() {
    let out = stdout(&lede(&["analyse", ARTICLE]));
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["id"], ARTICLE);
    assert!(v.get("schema").is_none());
    let bad = lede(&["analyse", "--jsonl", "--format", "json"]);
    assert_eq!(bad.status.code(), Some(2));
    let bad = lede(&["analyse", "--format", "xml", ARTICLE]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("json, csv, md or wa"));
}
