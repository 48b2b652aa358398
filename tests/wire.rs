//! Wire dispatches written for Lede, AP- and Reuters-style in English
//! (`tests/fixtures/wire_en*.txt`) and AFP-style in French (`wire_fr*.txt`), each with its
//! expected quotes, claims and speakers (`wire_*.expected.tsv`; the files written in session 8
//! also list, as comments, the quotes Lede still gets wrong). One checker serves both languages,
//! as one mechanism does.

use lede::{analyse, ClaimKind, Lang};

const EN: &str = include_str!("fixtures/wire_en.txt");
const EN_EXPECTED: &str = include_str!("fixtures/wire_en.expected.tsv");
const FR: &str = include_str!("fixtures/wire_fr.txt");
const FR_EXPECTED: &str = include_str!("fixtures/wire_fr.expected.tsv");
/// More dispatches, each with its expected rows: (text, expected, language).
const MORE: [(&str, &str, Lang); 70] = [
    (
        include_str!("fixtures/wire_en_storm.txt"),
        include_str!("fixtures/wire_en_storm.expected.tsv"),
        Lang::En,
    ),
    (
        include_str!("fixtures/wire_fr_justice.txt"),
        include_str!("fixtures/wire_fr_justice.expected.tsv"),
        Lang::Fr,
    ),
    (
        include_str!("fixtures/wire_fr_climate.txt"),
        include_str!("fixtures/wire_fr_climate.expected.tsv"),
        Lang::Fr,
    ),
    (
        include_str!("fixtures/wire_fr_court.txt"),
        include_str!("fixtures/wire_fr_court.expected.tsv"),
        Lang::Fr,
    ),
    (
        include_str!("fixtures/wire_fr_sport.txt"),
        include_str!("fixtures/wire_fr_sport.expected.tsv"),
        Lang::Fr,
    ),
    (
        include_str!("fixtures/wire_fr_budget.txt"),
        include_str!("fixtures/wire_fr_budget.expected.tsv"),
        Lang::Fr,
    ),
    (
        include_str!("fixtures/wire_fr_pensions.txt"),
        include_str!("fixtures/wire_fr_pensions.expected.tsv"),
        Lang::Fr,
    ),
    (
        include_str!("fixtures/wire_en_aid.txt"),
        include_str!("fixtures/wire_en_aid.expected.tsv"),
        Lang::En,
    ),
    (
        include_str!("fixtures/wire_fr_factory.txt"),
        include_str!("fixtures/wire_fr_factory.expected.tsv"),
        Lang::Fr,
    ),
    (
        include_str!("fixtures/wire_fr_unemployment.txt"),
        include_str!("fixtures/wire_fr_unemployment.expected.tsv"),
        Lang::Fr,
    ),
    (
        include_str!("fixtures/wire_fr_diplomacy.txt"),
        include_str!("fixtures/wire_fr_diplomacy.expected.tsv"),
        Lang::Fr,
    ),
    (
        include_str!("fixtures/wire_en_blast.txt"),
        include_str!("fixtures/wire_en_blast.expected.tsv"),
        Lang::En,
    ),
    (
        include_str!("fixtures/wire_fr_collapse.txt"),
        include_str!("fixtures/wire_fr_collapse.expected.tsv"),
        Lang::Fr,
    ),
    (
        include_str!("fixtures/wire_fr_prize.txt"),
        include_str!("fixtures/wire_fr_prize.expected.tsv"),
        Lang::Fr,
    ),
    (
        include_str!("fixtures/wire_en_fraud.txt"),
        include_str!("fixtures/wire_en_fraud.expected.tsv"),
        Lang::En,
    ),
    (
        include_str!("fixtures/wire_en_senate.txt"),
        include_str!("fixtures/wire_en_senate.expected.tsv"),
        Lang::En,
    ),
    (
        include_str!("fixtures/wire_fr_tennis.txt"),
        include_str!("fixtures/wire_fr_tennis.expected.tsv"),
        Lang::Fr,
    ),
    (
        include_str!("fixtures/wire_fr_fire.txt"),
        include_str!("fixtures/wire_fr_fire.expected.tsv"),
        Lang::Fr,
    ),
    (
        include_str!("fixtures/wire_fr_ukraine.txt"),
        include_str!("fixtures/wire_fr_ukraine.expected.tsv"),
        Lang::Fr,
    ),
    (
        include_str!("fixtures/wire_fr_carmaker.txt"),
        include_str!("fixtures/wire_fr_carmaker.expected.tsv"),
        Lang::Fr,
    ),
    (
        include_str!("fixtures/wire_en_council.txt"),
        include_str!("fixtures/wire_en_council.expected.tsv"),
        Lang::En,
    ),
    (
        include_str!("fixtures/wire_en_recall.txt"),
        include_str!("fixtures/wire_en_recall.expected.tsv"),
        Lang::En,
    ),
    (
        include_str!("fixtures/wire_fr_health.txt"),
        include_str!("fixtures/wire_fr_health.expected.tsv"),
        Lang::Fr,
    ),
    (
        include_str!("fixtures/wire_fr_farmers.txt"),
        include_str!("fixtures/wire_fr_farmers.expected.tsv"),
        Lang::Fr,
    ),
    (
        include_str!("fixtures/wire_fr_summit.txt"),
        include_str!("fixtures/wire_fr_summit.expected.tsv"),
        Lang::Fr,
    ),
    (
        include_str!("fixtures/wire_fr_school.txt"),
        include_str!("fixtures/wire_fr_school.expected.tsv"),
        Lang::Fr,
    ),
    (
        include_str!("fixtures/wire_en_ruling.txt"),
        include_str!("fixtures/wire_en_ruling.expected.tsv"),
        Lang::En,
    ),
    (
        include_str!("fixtures/wire_en_earnings.txt"),
        include_str!("fixtures/wire_en_earnings.expected.tsv"),
        Lang::En,
    ),
    (
        include_str!("fixtures/wire_fr_transfer.txt"),
        include_str!("fixtures/wire_fr_transfer.expected.tsv"),
        Lang::Fr,
    ),
    (
        include_str!("fixtures/wire_en_pentagon.txt"),
        include_str!("fixtures/wire_en_pentagon.expected.tsv"),
        Lang::En,
    ),
    (
        include_str!("fixtures/wire_fr_rail.txt"),
        include_str!("fixtures/wire_fr_rail.expected.tsv"),
        Lang::Fr,
    ),
    (
        include_str!("fixtures/wire_fr_museum.txt"),
        include_str!("fixtures/wire_fr_museum.expected.tsv"),
        Lang::Fr,
    ),
    (
        include_str!("fixtures/wire_fr_election.txt"),
        include_str!("fixtures/wire_fr_election.expected.tsv"),
        Lang::Fr,
    ),
    (
        include_str!("fixtures/wire_fr_port.txt"),
        include_str!("fixtures/wire_fr_port.expected.tsv"),
        Lang::Fr,
    ),
    (
        include_str!("fixtures/wire_en_wildfire.txt"),
        include_str!("fixtures/wire_en_wildfire.expected.tsv"),
        Lang::En,
    ),
    (
        include_str!("fixtures/wire_en_airline.txt"),
        include_str!("fixtures/wire_en_airline.expected.tsv"),
        Lang::En,
    ),
    (
        include_str!("fixtures/wire_fr_pharma.txt"),
        include_str!("fixtures/wire_fr_pharma.expected.tsv"),
        Lang::Fr,
    ),
    (
        include_str!("fixtures/wire_en_recount.txt"),
        include_str!("fixtures/wire_en_recount.expected.tsv"),
        Lang::En,
    ),
    (
        include_str!("fixtures/wire_fr_maternity.txt"),
        include_str!("fixtures/wire_fr_maternity.expected.tsv"),
        Lang::Fr,
    ),
    (
        include_str!("fixtures/wire_en_stadium.txt"),
        include_str!("fixtures/wire_en_stadium.expected.tsv"),
        Lang::En,
    ),
    (
        include_str!("fixtures/wire_fr_startup.txt"),
        include_str!("fixtures/wire_fr_startup.expected.tsv"),
        Lang::Fr,
    ),
    (
        include_str!("fixtures/wire_en_breach.txt"),
        include_str!("fixtures/wire_en_breach.expected.tsv"),
        Lang::En,
    ),
    (
        include_str!("fixtures/wire_fr_drought.txt"),
        include_str!("fixtures/wire_fr_drought.expected.tsv"),
        Lang::Fr,
    ),
    (
        include_str!("fixtures/wire_en_tuition.txt"),
        include_str!("fixtures/wire_en_tuition.expected.tsv"),
        Lang::En,
    ),
    (
        include_str!("fixtures/wire_fr_avalanche.txt"),
        include_str!("fixtures/wire_fr_avalanche.expected.tsv"),
        Lang::Fr,
    ),
    (
        include_str!("fixtures/wire_en_port.txt"),
        include_str!("fixtures/wire_en_port.expected.tsv"),
        Lang::En,
    ),
    (
        include_str!("fixtures/wire_fr_bank.txt"),
        include_str!("fixtures/wire_fr_bank.expected.tsv"),
        Lang::Fr,
    ),
    (
        include_str!("fixtures/wire_fr_doping.txt"),
        include_str!("fixtures/wire_fr_doping.expected.tsv"),
        Lang::Fr,
    ),
    (
        include_str!("fixtures/wire_fr_censure.txt"),
        include_str!("fixtures/wire_fr_censure.expected.tsv"),
        Lang::Fr,
    ),
    (
        include_str!("fixtures/wire_fr_nuclear.txt"),
        include_str!("fixtures/wire_fr_nuclear.expected.tsv"),
        Lang::Fr,
    ),
    (
        include_str!("fixtures/wire_en_flood.txt"),
        include_str!("fixtures/wire_en_flood.expected.tsv"),
        Lang::En,
    ),
    (
        include_str!("fixtures/wire_en_teachers.txt"),
        include_str!("fixtures/wire_en_teachers.expected.tsv"),
        Lang::En,
    ),
    (
        include_str!("fixtures/wire_fr_cycling.txt"),
        include_str!("fixtures/wire_fr_cycling.expected.tsv"),
        Lang::Fr,
    ),
    (
        include_str!("fixtures/wire_en_expulsion.txt"),
        include_str!("fixtures/wire_en_expulsion.expected.tsv"),
        Lang::En,
    ),
    (
        include_str!("fixtures/wire_fr_ferry.txt"),
        include_str!("fixtures/wire_fr_ferry.expected.tsv"),
        Lang::Fr,
    ),
    (
        include_str!("fixtures/wire_fr_vineyard.txt"),
        include_str!("fixtures/wire_fr_vineyard.expected.tsv"),
        Lang::Fr,
    ),
    (
        include_str!("fixtures/wire_fr_launch.txt"),
        include_str!("fixtures/wire_fr_launch.expected.tsv"),
        Lang::Fr,
    ),
    (
        include_str!("fixtures/wire_fr_housing.txt"),
        include_str!("fixtures/wire_fr_housing.expected.tsv"),
        Lang::Fr,
    ),
    (
        include_str!("fixtures/wire_fr_zoo.txt"),
        include_str!("fixtures/wire_fr_zoo.expected.tsv"),
        Lang::Fr,
    ),
    (
        include_str!("fixtures/wire_fr_chess.txt"),
        include_str!("fixtures/wire_fr_chess.expected.tsv"),
        Lang::Fr,
    ),
    (
        include_str!("fixtures/wire_en_bridge.txt"),
        include_str!("fixtures/wire_en_bridge.expected.tsv"),
        Lang::En,
    ),
    (
        include_str!("fixtures/wire_en_mayor.txt"),
        include_str!("fixtures/wire_en_mayor.expected.tsv"),
        Lang::En,
    ),
    (
        include_str!("fixtures/wire_fr_festival.txt"),
        include_str!("fixtures/wire_fr_festival.expected.tsv"),
        Lang::Fr,
    ),
    (
        include_str!("fixtures/wire_en_datacenter.txt"),
        include_str!("fixtures/wire_en_datacenter.expected.tsv"),
        Lang::En,
    ),
    (
        include_str!("fixtures/wire_fr_hospital.txt"),
        include_str!("fixtures/wire_fr_hospital.expected.tsv"),
        Lang::Fr,
    ),
    (
        include_str!("fixtures/wire_fr_shipwreck.txt"),
        include_str!("fixtures/wire_fr_shipwreck.expected.tsv"),
        Lang::Fr,
    ),
    (
        include_str!("fixtures/wire_fr_auction.txt"),
        include_str!("fixtures/wire_fr_auction.expected.tsv"),
        Lang::Fr,
    ),
    (
        include_str!("fixtures/wire_fr_wolf.txt"),
        include_str!("fixtures/wire_fr_wolf.expected.tsv"),
        Lang::Fr,
    ),
    (
        include_str!("fixtures/wire_en_skiresort.txt"),
        include_str!("fixtures/wire_en_skiresort.expected.tsv"),
        Lang::En,
    ),
    (
        include_str!("fixtures/wire_en_campus.txt"),
        include_str!("fixtures/wire_en_campus.expected.tsv"),
        Lang::En,
    ),
];

/// Checks every expected row: a speech quote (or reported claim) starting with the given text,
/// whose speaker (or source) name contains the expected part.
fn check(text: &str, expected: &str, lang: Lang) {
    let a = analyse(text);
    assert_eq!(a.lang, lang);
    let mut failures = Vec::new();
    for line in expected
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let f: Vec<&str> = line.split('\t').collect();
        let (kind, start, who) = (f[0], f[1], f[2]);
        let found = match kind {
            "quote" => a
                .quotes
                .iter()
                .filter(|q| q.speech)
                .find(|q| q.span.text(text).starts_with(start))
                .map(|q| q.speaker.as_ref().map(|s| s.name.clone())),
            _ => a
                .claims
                .iter()
                .filter(|c| c.kind == ClaimKind::Reported)
                .find(|c| {
                    c.span
                        .text(text)
                        .trim_start_matches(['“', '"'])
                        .starts_with(start)
                })
                .map(|c| c.source.as_ref().map(|s| s.name.clone())),
        };
        match found {
            None => failures.push(format!("no {kind} starting {start:?}")),
            Some(name) if !name.as_deref().unwrap_or("").contains(who) => failures.push(format!(
                "{kind} {start:?}: speaker {name:?}, expected {who:?}"
            )),
            _ => {}
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn english_wire_quotes_and_claims_get_their_speakers() {
    check(EN, EN_EXPECTED, Lang::En);
}

#[test]
fn french_wire_quotes_and_claims_get_their_speakers() {
    check(FR, FR_EXPECTED, Lang::Fr);
}

#[test]
fn more_wire_dispatches_get_their_speakers() {
    for (text, expected, lang) in MORE {
        check(text, expected, lang);
    }
}

#[test]
fn wire_quotes_are_all_speech_and_attributed() {
    for (text, n) in [(EN, 6), (FR, 14)] {
        let a = analyse(text);
        let speech: Vec<_> = a.quotes.iter().filter(|q| q.speech).collect();
        assert_eq!(speech.len(), n);
        assert!(speech
            .iter()
            .all(|q| q.speaker.is_some() && q.cue.is_some()));
    }
}
