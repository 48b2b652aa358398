//! Table-driven tests of the reported-claim patterns added for PolNeAR-style attribution, in
//! both languages, through the public `analyse_as`. Each row: language, text, the claim's text
//! (edge punctuation trimmed), its rule, and a part of its source name ("-" when the pattern
//! names no source and the claim must have none). Sentences written for Lede.

use lede::{analyse_as, ClaimKind, Lang};

const ROWS: &[(&str, &str, &str, &str, &str)] = &[
    (
        "en",
        "Harry Reid: Never underestimate the man from New York.",
        "Never underestimate the man from New York",
        "CLAIM/REPORTED/LABEL",
        "Reid",
    ),
    (
        "fr",
        "Emmanuel Macron : la France tiendra tous ses engagements.",
        "la France tiendra tous ses engagements",
        "CLAIM/REPORTED/LABEL",
        "Macron",
    ),
    (
        "en",
        "In the latest Gallup poll, the mayor leads her rival by six points.",
        "the mayor leads her rival by six points",
        "CLAIM/REPORTED/EVIDENCE",
        "poll",
    ),
    (
        "fr",
        "Dans un sondage publié lundi, la maire devance son rival de six points.",
        "la maire devance son rival de six points",
        "CLAIM/REPORTED/EVIDENCE",
        "sondage",
    ),
    (
        "en",
        "The House is expected to pass the bill next week.",
        "The House is expected to pass the bill next week",
        "CLAIM/REPORTED/HEDGE",
        "-",
    ),
    (
        "fr",
        "Le texte est censé entrer en vigueur en mai.",
        "Le texte est censé entrer en vigueur en mai",
        "CLAIM/REPORTED/HEDGE",
        "-",
    ),
    (
        "en",
        "Asked whether the plant would reopen, the mayor shook his head.",
        "whether the plant would reopen",
        "CLAIM/REPORTED/QUESTION",
        "-",
    ),
    (
        "fr",
        "La journaliste Anne Roy a demandé au ministre pourquoi le pont était fermé.",
        "pourquoi le pont était fermé",
        "CLAIM/REPORTED/QUESTION",
        "Roy",
    ),
    (
        "en",
        "The governor is confident that the budget will pass.",
        "the budget will pass",
        "CLAIM/REPORTED/ADJECTIVE",
        "governor",
    ),
    (
        "fr",
        "La ministre est convaincue que la réforme sera votée.",
        "la réforme sera votée",
        "CLAIM/REPORTED/ADJECTIVE",
        "ministre",
    ),
    (
        "en",
        "The goal, the minister said, is to calm the markets before the vote.",
        "The goal, the minister said, is to calm the markets before the vote",
        "CLAIM/REPORTED/PARENTHETICAL",
        "minister",
    ),
    (
        "fr",
        "La réforme, selon le syndicat, coûtera deux milliards d'euros.",
        "La réforme, selon le syndicat, coûtera deux milliards d'euros",
        "CLAIM/REPORTED/PARENTHETICAL",
        "syndicat",
    ),
    (
        "en",
        "The mayor told the Herald, “The budget is balanced, but the roads need work.”",
        "“The budget is balanced, but the roads need work.”",
        "CLAIM/REPORTED/OBJECT",
        "mayor",
    ),
    (
        "en",
        "The mayor says the budget is balanced, the council says the roads need more money.",
        "the budget is balanced",
        "CLAIM/REPORTED/OBJECT",
        "mayor",
    ),
    (
        "en",
        "The mayor says the budget is balanced, the council says the roads need more money.",
        "the roads need more money",
        "CLAIM/REPORTED/OBJECT",
        "council",
    ),
    (
        "fr",
        "Le maire affirme que le budget est équilibré, le conseil estime que les routes manquent d'argent.",
        "le budget est équilibré",
        "CLAIM/REPORTED/THAT",
        "maire",
    ),
    (
        "en",
        "The union called for a recount of the ballots in the third ward.",
        "a recount of the ballots in the third ward",
        "CLAIM/REPORTED/OBJECT",
        "union",
    ),
    (
        "en",
        "The senator pointed to the rising cost of housing in rural towns.",
        "the rising cost of housing in rural towns",
        "CLAIM/REPORTED/OBJECT",
        "senator",
    ),
    (
        "en",
        "Local officials expressed concern about the safety of the old bridge.",
        "concern about the safety of the old bridge",
        "CLAIM/REPORTED/OBJECT",
        "officials",
    ),
    (
        "fr",
        "La maire a salué la réouverture rapide de la piscine municipale.",
        "la réouverture rapide de la piscine municipale",
        "CLAIM/REPORTED/OBJECT",
        "maire",
    ),
    (
        "en",
        "The new mayor seems ready to cut the parking fees downtown.",
        "The new mayor seems ready to cut the parking fees downtown",
        "CLAIM/REPORTED/STANCE",
        "mayor",
    ),
    (
        "en",
        "Jane Roe, the mayor's spokeswoman, said in a statement: \"The pool will reopen in June.\"",
        "\"The pool will reopen in June.\"",
        "CLAIM/REPORTED/DIRECT",
        "Roe",
    ),
    (
        "en",
        "The senator criticized the plan on Monday, citing a report on rising costs in rural hospitals.",
        "the plan on Monday",
        "CLAIM/REPORTED/OBJECT",
        "senator",
    ),
    (
        "en",
        "The senator criticized the plan on Monday, citing a report on rising costs in rural hospitals.",
        "a report on rising costs in rural hospitals",
        "CLAIM/REPORTED/OBJECT",
        "senator",
    ),
    (
        "fr",
        "La maire a critiqué le projet lundi, citant un rapport sur le coût des travaux.",
        "le projet lundi",
        "CLAIM/REPORTED/OBJECT",
        "maire",
    ),
    (
        "en",
        "On Tuesday the governor endorsed Sanders.",
        "Sanders",
        "CLAIM/REPORTED/OBJECT",
        "governor",
    ),
    (
        "fr",
        "Mardi, la maire a salué Dupont.",
        "Dupont",
        "CLAIM/REPORTED/OBJECT",
        "maire",
    ),
    (
        "en",
        "“We will not wait,” the mayor said, referring to the council vote on Monday.",
        "the council vote on Monday",
        "CLAIM/REPORTED/FOLLOWUP",
        "mayor",
    ),
    (
        "fr",
        "« Nous n'attendrons pas », a déclaré la maire, citant le vote du conseil.",
        "le vote du conseil",
        "CLAIM/REPORTED/FOLLOWUP",
        "maire",
    ),
    (
        "en",
        "The governor took aim at the new toll on the river bridge.",
        "the new toll on the river bridge",
        "CLAIM/REPORTED/OBJECT",
        "governor",
    ),
    (
        "en",
        "Neighbours complained about the noise from the new stadium.",
        "the noise from the new stadium",
        "CLAIM/REPORTED/OBJECT",
        "Neighbours",
    ),
    (
        "fr",
        "Le syndicat appelle à une grève générale dans les transports.",
        "à une grève générale dans les transports",
        "CLAIM/REPORTED/OBJECT",
        "syndicat",
    ),
    (
        "en",
        "Ann Lee, a founder of the tenants' group, said Harris avoided taking sides on the rent freeze.",
        "Harris avoided taking sides on the rent freeze",
        "CLAIM/REPORTED/OBJECT",
        "Ann Lee",
    ),
    (
        "en",
        "Ann Lee, a founder of the tenants' group, said Mrs. Harris had so far avoided the question.",
        "Mrs. Harris had so far avoided the question",
        "CLAIM/REPORTED/OBJECT",
        "Ann Lee",
    ),
    (
        "en",
        "Ann Lee, wearing a union T-shirt, said she’s proud of the tenants' campaign.",
        "she’s proud of the tenants' campaign",
        "CLAIM/REPORTED/OBJECT",
        "Ann Lee",
    ),
    (
        "en",
        "Ticket sales, according to the organisers, have doubled since May.",
        "Ticket sales, according to the organisers, have doubled since May",
        "CLAIM/REPORTED/PARENTHETICAL",
        "organisers",
    ),
    (
        "fr",
        "Les ventes de billets, selon les organisateurs, ont doublé depuis mai.",
        "Les ventes de billets, selon les organisateurs, ont doublé depuis mai",
        "CLAIM/REPORTED/PARENTHETICAL",
        "organisateurs",
    ),
    (
        "en",
        "The bridge will stay closed until June, said city engineer Paul Ortiz.",
        "The bridge will stay closed until June",
        "CLAIM/REPORTED/AFTER",
        "Paul Ortiz",
    ),
    (
        "fr",
        "Le pont restera fermé jusqu'en juin, a précisé l'ingénieur Paul Ortiz.",
        "Le pont restera fermé jusqu'en juin",
        "CLAIM/REPORTED/AFTER",
        "Paul Ortiz",
    ),
    (
        "en",
        "In the survey, two in three said the bridge should reopen before the summer.",
        "the bridge should reopen before the summer",
        "CLAIM/REPORTED/OBJECT",
        "two in three",
    ),
    (
        "en",
        "About 42% of residents say the new toll is too high.",
        "the new toll is too high",
        "CLAIM/REPORTED/OBJECT",
        "42%",
    ),
    (
        "fr",
        "Le nouveau péage est bien trop cher, affirment 58 % des habitants.",
        "Le nouveau péage est bien trop cher",
        "CLAIM/REPORTED/AFTER",
        "58 % des habitants",
    ),
    (
        "fr",
        "Six sur dix estiment que le pont doit rouvrir avant l'été.",
        "le pont doit rouvrir avant l'été",
        "CLAIM/REPORTED/THAT",
        "Six sur dix",
    ),
    // An introducer with no comma before it, its source closing the sentence: the content is
    // what came before (not a document phrase "in the county according to a report").
    (
        "en",
        "Turnout rose to a record high in the county according to a report released Monday.",
        "Turnout rose to a record high in the county",
        "CLAIM/REPORTED/AFTER",
        "report",
    ),
    (
        "fr",
        "La participation a atteint un record dans le département selon un rapport publié lundi.",
        "La participation a atteint un record dans le département",
        "CLAIM/REPORTED/AFTER",
        "rapport",
    ),
    // A sentence-opening introducer names its source up to the comma, however long.
    (
        "en",
        "According to results of exit polls by the AP and the networks, the senator won both states.",
        "the senator won both states",
        "CLAIM/REPORTED/SELON",
        "results",
    ),
    (
        "fr",
        "Selon les résultats des sondages réalisés par l'institut et par les chaînes, la sénatrice a remporté les deux États.",
        "la sénatrice a remporté les deux États",
        "CLAIM/REPORTED/SELON",
        "résultats",
    ),
    // An apposition after a comma is the narrator's comment: the content ends before it.
    (
        "en",
        "The mayor said the plant would close in May, a decision the union contested.",
        "the plant would close in May",
        "CLAIM/REPORTED/OBJECT",
        "mayor",
    ),
    (
        "fr",
        "Le maire a annoncé la fermeture de l'usine en mai, une décision contestée par le syndicat.",
        "la fermeture de l'usine en mai",
        "CLAIM/REPORTED/OBJECT",
        "maire",
    ),
    // An inverted speaker with an apposition closing the sentence: no parenthetical.
    (
        "en",
        "The plant will close in May, said Tom Hale, a spokesman for the union.",
        "The plant will close in May",
        "CLAIM/REPORTED/AFTER",
        "Tom Hale",
    ),
    (
        "fr",
        "L'usine fermera en mai, a déclaré Paul Martin, porte-parole du syndicat.",
        "L'usine fermera en mai",
        "CLAIM/REPORTED/AFTER",
        "Paul Martin",
    ),
    // A quote inside a quote does not break the speaker's run of quotes (English lists direct
    // quotes as claims; French does not, see claim_conventions.tsv).
    (
        "en",
        "“My friends keep telling me, ‘Vote for change,’ but I am not sure,” said Ann Lee, a teacher. “I will decide in the booth.”",
        "“My friends keep telling me, ‘Vote for change,’ but I am not sure,” said Ann Lee, a teacher. “I will decide in the booth.”",
        "CLAIM/REPORTED/DIRECT",
        "Ann Lee",
    ),
    // Criticism, encouragement and stance verbs report their object.
    (
        "en",
        "The senator assailed the trade deal as a betrayal of workers.",
        "the trade deal as a betrayal of workers",
        "CLAIM/REPORTED/OBJECT",
        "senator",
    ),
    (
        "en",
        "Most of the county's farmers opposed the new pipeline from the start.",
        "the new pipeline from the start",
        "CLAIM/REPORTED/OBJECT",
        "farmers",
    ),
    (
        "fr",
        "La sénatrice a encouragé les électeurs à voter avant midi.",
        "les électeurs à voter avant midi",
        "CLAIM/REPORTED/OBJECT",
        "sénatrice",
    ),
    (
        "fr",
        "Le syndicat s'est opposé au projet de fermeture de l'usine.",
        "au projet de fermeture de l'usine",
        "CLAIM/REPORTED/OBJECT",
        "syndicat",
    ),
    (
        "en",
        "The governor rebuked the council for delaying the vote.",
        "the council for delaying the vote",
        "CLAIM/REPORTED/OBJECT",
        "governor",
    ),
    (
        "en",
        "The minister outlined a plan to rebuild the harbour by 2030.",
        "a plan to rebuild the harbour by 2030",
        "CLAIM/REPORTED/OBJECT",
        "minister",
    ),
    // A participle follow-up after a listener and adjuncts ("told reporters on her plane,").
    (
        "en",
        "“I am not a lawyer,” Jane Roe told reporters on her plane, referring to the bruises.",
        "the bruises",
        "CLAIM/REPORTED/FOLLOWUP",
        "Jane Roe",
    ),
    (
        "fr",
        "« Nous n'attendrons pas », a déclaré Anne Roy à la presse lundi, citant le vote du conseil.",
        "le vote du conseil",
        "CLAIM/REPORTED/FOLLOWUP",
        "Anne Roy",
    ),
    // A content before its cue starts after the narrator's clause and its colon.
    (
        "en",
        "The tax did not drive firms away: London stayed the financial capital of the world, a study found.",
        "London stayed the financial capital of the world",
        "CLAIM/REPORTED/AFTER",
        "study",
    ),
    (
        "fr",
        "La taxe n'a pas fait fuir les banques : Londres reste la capitale financière du monde, selon une étude.",
        "Londres reste la capitale financière du monde",
        "CLAIM/REPORTED/AFTER",
        "étude",
    ),
    // A cue with a quote of its own as object reports that quote, not the clause before it.
    (
        "fr",
        "Budget : le gouvernement défend un « effort historique », l'opposition dénonce un « matraquage fiscal sans précédent ».",
        "un « effort historique »",
        "CLAIM/REPORTED/OBJECT",
        "gouvernement",
    ),
];

/// The reported claims' texts, trimmed.
fn reported<'t>(a: &lede::Analysis, text: &'t str) -> Vec<&'t str> {
    a.claims
        .iter()
        .filter(|c| c.kind == ClaimKind::Reported)
        .map(|c| trim(c.span.text(text)))
        .collect()
}

fn trim(s: &str) -> &str {
    s.trim_matches(|c: char| c.is_whitespace() || ".,;:".contains(c))
}

#[test]
fn every_claim_pattern_is_found_with_its_rule_and_source() {
    let mut failures = Vec::new();
    for &(lang, text, want, rule, source) in ROWS {
        let a = analyse_as(text, Lang::from_code(lang));
        let found = a
            .claims
            .iter()
            .find(|c| c.kind == ClaimKind::Reported && trim(c.span.text(text)) == want);
        let Some(c) = found else {
            let got: Vec<_> = a.claims.iter().map(|c| c.span.text(text)).collect();
            failures.push(format!("[{lang}] {text}: no claim {want:?}; got {got:?}"));
            continue;
        };
        let name = c.source.as_ref().map(|s| s.name.as_str());
        let source_ok = match source {
            "-" => name.is_none(),
            s => name.is_some_and(|n| n.contains(s)),
        };
        if c.rule != rule || !source_ok {
            failures.push(format!(
                "[{lang}] {text}: rule {} source {name:?}, want {rule} {source}",
                c.rule
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_clause_only_cue_with_a_plain_object_reports_nothing() {
    for (lang, text) in [
        (
            "en",
            "The incumbent maintained a narrow lead in the county.",
        ),
        ("fr", "Le sortant a maintenu le cap malgré la crise."),
        ("en", "The airline added a daily flight to the island."),
        // Only adjuncts, or a listener and adjuncts, after the cue: the words are elsewhere.
        ("en", "The mayor told reporters on Monday."),
        ("en", "The senator said on Twitter."),
        ("fr", "Le maire a informé les élus lundi."),
        // "to" before a phrase is no infinitive clause.
        ("en", "The storm added to the confusion at the port."),
    ] {
        let a = analyse_as(text, Lang::from_code(lang));
        assert!(
            a.claims.iter().all(|c| c.kind != ClaimKind::Reported),
            "{text}: {:?}",
            a.claims
        );
    }
}

#[test]
fn unsourced_patterns_never_invent_a_source_in_plain_statements() {
    for (lang, text) in [
        (
            "en",
            "The House passed the bill last week after a long debate.",
        ),
        (
            "fr",
            "Le texte est entré en vigueur en mai après un long débat.",
        ),
    ] {
        let a = analyse_as(text, Lang::from_code(lang));
        assert!(
            a.claims.iter().all(|c| c.kind != ClaimKind::Reported),
            "{text}: {:?}",
            a.claims
        );
    }
}

#[test]
fn a_check_worthy_sentence_keeps_the_reported_claim_nested_inside_it() {
    for (lang, text) in [
        ("en", "I think the jobless rate fell by 40 percent in 2015."),
        ("fr", "Je pense que le chômage a baissé de 40 % en 2015."),
    ] {
        let a = analyse_as(text, Lang::from_code(lang));
        let check = a.claims.iter().find(|c| c.kind == ClaimKind::Checkworthy);
        let reported = a.claims.iter().find(|c| c.kind == ClaimKind::Reported);
        let (Some(c), Some(r)) = (check, reported) else {
            panic!("{text}: {:?}", a.claims);
        };
        assert!(
            c.span.start <= r.span.start && r.span.end <= c.span.end,
            "{text}: {:?}",
            a.claims
        );
    }
}

#[test]
fn a_claim_inside_another_claim_is_not_listed_again() {
    for (lang, text, outer) in [
        (
            "en",
            "The mayor said residents want a new bridge over the river.",
            "residents want a new bridge over the river",
        ),
        (
            "fr",
            "Le maire a affirmé que les habitants veulent un nouveau pont sur le fleuve.",
            "les habitants veulent un nouveau pont sur le fleuve",
        ),
    ] {
        let a = analyse_as(text, Lang::from_code(lang));
        assert_eq!(reported(&a, text), [outer], "[{lang}] {text}");
    }
}

#[test]
fn a_quote_of_one_or_two_words_is_no_claim_of_its_own() {
    let text =
        "The mayor called the plan “dead wrong” on Monday. “We will not pay for it,” she said.";
    let a = analyse_as(text, Some(Lang::En));
    let got = reported(&a, text);
    assert!(!got.contains(&"“dead wrong”"), "{got:?}");
    assert!(
        got.iter().any(|c| c.contains("We will not pay for it")),
        "{got:?}"
    );
}

#[test]
fn an_inverted_stance_cue_after_a_quote_claims_no_attribution_words() {
    // The content of "« … », s'est félicitée X" is the quote before it: the words after the
    // cue are its speaker, never a stance claim.
    let texts = [
        "« C'est une mesure attendue », s'est félicitée Sarah Benali, secrétaire générale d'un syndicat.",
        "« Le multilatéralisme a tenu », s'est réjoui le secrétaire exécutif de l'agence, Simon Lind.",
    ];
    for text in texts {
        let a = analyse_as(text, Some(Lang::Fr));
        let stance = a
            .claims
            .iter()
            .filter(|c| c.rule == "CLAIM/REPORTED/STANCE");
        assert_eq!(stance.count(), 0, "{text}: {:?}", a.claims);
        let speakers: Vec<_> = a.quotes.iter().map(|q| q.speaker.is_some()).collect();
        assert_eq!(speakers, [true], "{text}");
    }
}

#[test]
fn a_colon_after_the_cue_opens_the_content_not_the_clause_before() {
    let text = "Asked whether the aid would include missiles, she said: “I will not get ahead of the president.”";
    let a = analyse_as(text, Some(Lang::En));
    let before = a
        .claims
        .iter()
        .filter(|c| c.span.text(text).starts_with("Asked"));
    assert_eq!(before.count(), 0, "{:?}", a.claims);
}
