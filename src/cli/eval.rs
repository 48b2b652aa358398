//! `lede eval GOLD.jsonl [--pred PRED.jsonl] [--gold-lang] [--json]`: scores Lede (or a prediction
//! file) against annotated articles and prints precision, recall and F1 per layer.

use crate::eval;
use std::process::ExitCode;

struct Options {
    gold: String,
    pred: Option<String>,
    json: bool,
    gold_lang: bool,
}

fn parse(args: &[String]) -> Result<Options, String> {
    let (mut gold, mut pred, mut json, mut gold_lang) = (None, None, false, false);
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--json" => json = true,
            "--gold-lang" => gold_lang = true,
            "--pred" => pred = Some(it.next().ok_or("--pred needs a file")?.clone()),
            s if s.starts_with("--") => return Err(format!("unknown option '{s}'")),
            _ if gold.is_some() => return Err("give one gold file".into()),
            _ => gold = Some(a.clone()),
        }
    }
    Ok(Options {
        gold: gold.ok_or("missing the gold file (JSON Lines)")?,
        pred,
        json,
        gold_lang,
    })
}

fn load(path: &str) -> Result<Vec<serde_json::Value>, String> {
    let src = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let (docs, warnings) = eval::load_jsonl(&src).map_err(|e| format!("{path}: {e}"))?;
    for w in warnings {
        eprintln!("lede eval: warning: {path}: {w}");
    }
    Ok(docs)
}

pub fn run(args: &[String]) -> ExitCode {
    let opts = match parse(args) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("lede eval: {e}\nusage: lede eval GOLD.jsonl [--pred PRED.jsonl] [--gold-lang] [--json]");
            return ExitCode::from(2);
        }
    };
    let loaded =
        load(&opts.gold).and_then(|g| Ok((g, opts.pred.as_deref().map(load).transpose()?)));
    let (gold, pred) = match loaded {
        Ok(x) => x,
        Err(e) => {
            eprintln!("lede eval: {e}");
            return ExitCode::from(1);
        }
    };
    let res = eval::evaluate(&gold, pred.as_deref(), opts.gold_lang);
    if opts.json {
        println!("{}", serde_json::to_string_pretty(&res).unwrap_or_default());
    } else {
        print!("{}", eval::report::text(&res));
    }
    ExitCode::SUCCESS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options() {
        let a = |s: &[&str]| parse(&s.iter().map(|x| x.to_string()).collect::<Vec<_>>());
        assert!(a(&[]).is_err());
        assert!(a(&["g.jsonl", "h.jsonl"]).is_err());
        assert!(a(&["g.jsonl", "--pred"]).is_err());
        let o = a(&["--json", "g.jsonl", "--pred", "p.jsonl", "--gold-lang"]).unwrap();
        assert_eq!(
            (o.gold.as_str(), o.pred.as_deref()),
            ("g.jsonl", Some("p.jsonl"))
        );
        assert!(o.json && o.gold_lang);
    }
}
