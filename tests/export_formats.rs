//! Export formats against expected files (issue 7).
//!
//! The analysis is built by hand from `tests/fixtures/export/article.txt` (a text written for this
//! test), so the expected files pin the *formats*, not the extraction: they change only when an
//! exporter changes. After an intended format change, regenerate them with
//! `UPDATE_EXPECT=1 cargo test --test export_formats` and review the diff.

use lede::analysis::types::{Byline, Dateline};
use lede::export::{markdown, to_csv, to_json, to_markdown, to_web_annotation};
use lede::{Analysis, Claim, ClaimKind, Cluster, Cue, Entity, Label, Lang, Quote, Span, Speaker};
use std::path::PathBuf;

const ARTICLE: &str = include_str!("fixtures/export/article.txt");

/// The byte span of the `nth` (0-based) occurrence of `needle`.
fn at(needle: &str, nth: usize) -> Span {
    let start = ARTICLE
        .match_indices(needle)
        .nth(nth)
        .unwrap_or_else(|| panic!("{needle:?} #{nth} not in the article"))
        .0;
    Span::new(start, start + needle.len())
}

fn entity(needle: &str, label: Label, cluster: Option<usize>, value: Option<&str>) -> Entity {
    Entity {
        span: at(needle, 0),
        label,
        rule: format!("ENT/TEST/{}", label.as_str()),
        cluster,
        value: value.map(str::to_string),
    }
}

fn speaker(mention: &str, name: &str, cluster: Option<usize>) -> Option<Speaker> {
    Some(Speaker {
        mention: at(mention, 0),
        name: name.into(),
        cluster,
    })
}

fn cue(words: &str, lemma: &str) -> Option<Cue> {
    Some(Cue {
        span: at(words, 0),
        lemma: lemma.into(),
    })
}

/// A quote given by its inner words; the outer span adds the « » and their spaces.
fn quote(words: &str, speech: bool, who: Option<Speaker>, c: Option<Cue>, rule: &str) -> Quote {
    let span = at(words, 0);
    Quote {
        span,
        outer: Span::new(span.start - "« ".len(), span.end + " »".len()),
        speech,
        speaker: who,
        cue: c,
        rule: rule.into(),
    }
}

fn analysis() -> Analysis {
    let mut paragraphs = Vec::new();
    let mut start = 0;
    for block in ARTICLE.split("\n\n") {
        let body = block.trim_end_matches('\n');
        paragraphs.push(Span::new(start, start + body.len()));
        start += block.len() + 2;
    }
    let entities = vec![
        entity("PARIS", Label::Loc, None, None),
        entity("3 mars 2026", Label::Date, None, Some("2026-03-03")),
        entity("Claire Martin", Label::Per, Some(0), None),
        entity("lundi", Label::Date, None, Some("2026-03-02")),
        entity("Martin devant", Label::Per, Some(0), None),
        entity("Assemblée nationale", Label::Org, Some(1), None),
        entity("Sud Santé", Label::Org, Some(2), None),
        entity("Paul Leroy", Label::Per, Some(3), None),
        entity("2025", Label::Date, None, Some("2025")),
    ];
    let mut entities = entities;
    entities[4].span.end = entities[4].span.start + "Martin".len();
    Analysis {
        lang: Lang::Fr,
        dateline: Some(Dateline {
            span: at("PARIS, 3 mars 2026 (AFP) -", 0),
            place: Some("Paris".into()),
            place_span: Some(at("PARIS", 0)),
            date: Some("2026-03-03".into()),
            agency: Some("AFP".into()),
        }),
        byline: Some(Byline {
            span: at("AFP", 0),
            text: "AFP".into(),
        }),
        paragraphs,
        entities,
        clusters: vec![
            Cluster {
                name: "Claire Martin".into(),
                label: Label::Per,
                mentions: vec![2, 4],
            },
            Cluster {
                name: "Assemblée nationale".into(),
                label: Label::Org,
                mentions: vec![5],
            },
            Cluster {
                name: "Sud Santé".into(),
                label: Label::Org,
                mentions: vec![6],
            },
            Cluster {
                name: "Paul Leroy".into(),
                label: Label::Per,
                mentions: vec![7],
            },
        ],
        quotes: vec![
            quote(
                "Nous allons recruter 10 000 infirmiers d'ici 2028",
                true,
                speaker("Mme Martin", "Claire Martin", Some(0)),
                cue("a déclaré", "déclarer"),
                "SPK/INVERSION",
            ),
            quote("tardive", false, None, None, "QUOTE/SCARE"),
            quote(
                "+30 % de postes, c'est un minimum",
                true,
                speaker("Paul Leroy", "Paul Leroy", Some(3)),
                cue("a réagi", "réagir"),
                "SPK/INVERSION",
            ),
            quote("On verra bien", true, None, None, "SPK/NONE"),
        ],
        claims: vec![
            Claim {
                span: at("un plan de 2 milliards d'euros pour les hôpitaux", 0),
                kind: ClaimKind::Reported,
                source: speaker("Claire Martin", "Claire Martin", Some(0)),
                cue: cue("a annoncé", "annoncer"),
                reason: None,
                rule: "CLAIM/REPORTED/VERB".into(),
            },
            Claim {
                span: at("Le déficit des hôpitaux a doublé en cinq ans.", 0),
                kind: ClaimKind::Checkworthy,
                source: None,
                cue: None,
                reason: Some("comparison".into()),
                rule: "CLAIM/CHECK/COMPARISON".into(),
            },
            Claim {
                span: at(
                    "-12 % de passages ont été enregistrés aux urgences en 2025",
                    0,
                ),
                kind: ClaimKind::Reported,
                source: speaker("le ministère", "le ministère", None),
                cue: cue("Selon", "selon"),
                reason: None,
                rule: "CLAIM/REPORTED/SELON".into(),
            },
        ],
    }
}

/// Compares with the expected file, or rewrites it when `UPDATE_EXPECT` is set.
fn check(name: &str, got: &str) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/export")
        .join(name);
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::write(&path, got).unwrap();
    }
    let want = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (run with UPDATE_EXPECT=1)", path.display()));
    assert_eq!(got, want, "{name} differs from the expected file");
}

#[test]
fn json_matches_expected_file() {
    check("article.lede.json", &(to_json(ARTICLE, &analysis()) + "\n"));
}

#[test]
fn csv_matches_expected_file() {
    check("article.csv", &to_csv(ARTICLE, &analysis()));
}

#[test]
fn markdown_matches_expected_file() {
    check("article.md", &to_markdown(ARTICLE, &analysis()));
}

#[test]
fn web_annotation_matches_expected_file() {
    let out = to_web_annotation(ARTICLE, &analysis(), Some("https://example.org/sante"));
    check("article.wa.jsonld", &out);
}

/// The offsets in every export are code points: slicing the text by them gives the words.
#[test]
fn exported_offsets_slice_the_text_by_code_points() {
    let chars: Vec<char> = ARTICLE.chars().collect();
    let slice = |s: u64, e: u64| chars[s as usize..e as usize].iter().collect::<String>();
    let a = analysis();
    let json: serde_json::Value = serde_json::from_str(&to_json(ARTICLE, &a)).unwrap();
    for l in json["label"].as_array().unwrap() {
        let (s, e) = (l[0].as_u64().unwrap(), l[1].as_u64().unwrap());
        assert!(json["entities"]
            .as_array()
            .unwrap()
            .iter()
            .any(|x| x["start"] == s && x["text"] == slice(s, e).as_str()));
    }
    let wa: serde_json::Value =
        serde_json::from_str(&to_web_annotation(ARTICLE, &a, None)).unwrap();
    let items = wa["first"]["items"].as_array().unwrap();
    assert_eq!(items.len(), a.entities.len() + 3 + a.claims.len());
    for item in items {
        let sel = &item["target"]["selector"];
        let (s, e) = (
            sel[1]["start"].as_u64().unwrap(),
            sel[1]["end"].as_u64().unwrap(),
        );
        assert_eq!(sel[0]["exact"], slice(s, e).as_str());
    }
}

#[test]
fn csv_is_rectangular_and_defused() {
    let csv = to_csv(ARTICLE, &analysis());
    // 1 header + 3 speech quotes + 3 claims; no field here contains a line break.
    let lines: Vec<&str> = csv.split_terminator("\r\n").collect();
    assert_eq!(lines.len(), 7);
    assert!(csv.contains(",\"'+30 % de postes, c'est un minimum\","));
    assert!(csv.contains(",'-12 % de passages"));
}

#[test]
fn markdown_title_can_be_set() {
    let md = markdown::to_markdown_titled("a_b.txt", ARTICLE, &analysis());
    assert!(md.starts_with("# a\\_b.txt\n"));
}
