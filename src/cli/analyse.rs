//! `lede analyse`: plain-text files or a JSON Lines stream in, JSON out.
//!
//! `--format json|csv|md|wa` writes the exports of the UI's buttons instead of the default record
//! (see [`crate::export`]); the default output and the `--jsonl` contract do not change.
//!
//! The JSONL mode streams: one input line is read, analysed and written before the next is read,
//! so memory stays flat however long the input is. A bad line gets an error record and processing
//! goes on; the exit status tells that something was wrong.

use crate::analysis::{analyse_as, Lang};
use crate::export::{csv, jsonl, markdown, to_json, to_web_annotation};
use serde_json::{json, Value};
use std::io::{self, BufRead, BufWriter, Read, Write};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::process::ExitCode;

#[derive(Debug)]
struct Options {
    jsonl: bool,
    lang: Option<Lang>,
    format: Option<Format>,
    files: Vec<String>,
}

/// The export formats of `--format`.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Format {
    Json,
    Csv,
    Markdown,
    WebAnnotation,
}

impl Format {
    fn from_name(name: &str) -> Result<Format, String> {
        match name {
            "json" => Ok(Format::Json),
            "csv" => Ok(Format::Csv),
            "md" | "markdown" => Ok(Format::Markdown),
            "wa" | "web-annotation" => Ok(Format::WebAnnotation),
            _ => Err(format!("unknown format '{name}': use json, csv, md or wa")),
        }
    }
}

fn parse(args: &[String]) -> Result<Options, String> {
    let mut o = Options {
        jsonl: false,
        lang: None,
        format: None,
        files: Vec::new(),
    };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--jsonl" => o.jsonl = true,
            "--lang" => {
                let v = it.next().ok_or("--lang needs a value: fr or en")?;
                o.lang = Some(
                    Lang::from_code(v)
                        .ok_or_else(|| format!("unknown language '{v}': use fr or en"))?,
                );
            }
            "--format" => {
                let v = it
                    .next()
                    .ok_or("--format needs a value: json, csv, md or wa")?;
                o.format = Some(Format::from_name(v)?);
            }
            s if s.starts_with("--format=") => {
                o.format = Some(Format::from_name(&s["--format=".len()..])?);
            }
            s if s.starts_with("--") => return Err(format!("unknown option '{s}'")),
            _ => o.files.push(a.clone()),
        }
    }
    if o.jsonl && !o.files.is_empty() {
        return Err("--jsonl reads standard input; do not name files".into());
    }
    if o.jsonl && o.format.is_some() {
        return Err(
            "--format cannot be combined with --jsonl (its output is a fixed contract)".into(),
        );
    }
    Ok(o)
}

pub fn run(args: &[String]) -> ExitCode {
    let opts = match parse(args) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("lede analyse: {e}");
            return ExitCode::from(2);
        }
    };
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let result = if opts.jsonl {
        run_jsonl(io::stdin().lock(), &mut out, opts.lang)
    } else {
        run_files(&opts, &mut out)
    };
    let flushed = out.flush();
    match (result, flushed) {
        (Ok(true), Ok(())) => ExitCode::SUCCESS,
        (Ok(false), Ok(())) => ExitCode::from(1),
        (Err(e), _) | (_, Err(e)) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("lede analyse: {e}");
            ExitCode::from(1)
        }
    }
}

/// Analyses without ever letting a bug take the whole batch down.
fn safe_record(id: &Value, text: &str, lang: Option<Lang>) -> Result<Value, String> {
    catch_unwind(AssertUnwindSafe(|| {
        let a = analyse_as(text, lang);
        jsonl::record(id, text, &a)
    }))
    .map_err(|_| "internal error while analysing this text (please report it)".to_string())
}

/// [`safe_record`] as JSON text, written straight from the analysis ([`jsonl::record_string`],
/// the same bytes without building a `Value` tree): the `--jsonl` stream's hot path.
fn safe_record_string(id: &Value, text: &str, lang: Option<Lang>) -> Result<String, String> {
    catch_unwind(AssertUnwindSafe(|| {
        let a = analyse_as(text, lang);
        jsonl::record_string(id, text, &a)
    }))
    .map_err(|_| "internal error while analysing this text (please report it)".to_string())
}

/// One export of one text, with the same protection as [`safe_record`]. `name` is the file name
/// (`None` for standard input); `several` says whether more files follow or precede it.
fn safe_export(
    format: Format,
    name: Option<&str>,
    several: bool,
    text: &str,
    lang: Option<Lang>,
) -> Result<String, String> {
    catch_unwind(AssertUnwindSafe(|| {
        let a = analyse_as(text, lang);
        match format {
            Format::Json => to_json(text, &a) + "\n",
            // Several files make one table, told apart by a `document` column.
            Format::Csv if several => csv::rows(name, text, &a),
            Format::Csv => csv::to_csv(text, &a),
            Format::Markdown => match name {
                Some(n) => markdown::to_markdown_titled(&format!("Who said what: {n}"), text, &a),
                None => markdown::to_markdown(text, &a),
            },
            Format::WebAnnotation => to_web_annotation(text, &a, None),
        }
    }))
    .map_err(|_| "internal error while analysing this text (please report it)".to_string())
}

fn run_files(opts: &Options, out: &mut impl Write) -> io::Result<bool> {
    let mut ok = true;
    let inputs: Vec<Option<&str>> = if opts.files.is_empty() {
        vec![None]
    } else {
        opts.files.iter().map(|f| Some(f.as_str())).collect()
    };
    let several = inputs.len() > 1;
    if opts.format == Some(Format::Csv) && several {
        out.write_all(csv::header(true).as_bytes())?;
    }
    for (i, f) in inputs.into_iter().enumerate() {
        let mut bytes = Vec::new();
        let read = match f {
            None => io::stdin().lock().read_to_end(&mut bytes).map(|_| ()),
            Some(path) => std::fs::read(path).map(|b| bytes = b),
        };
        let name = f.unwrap_or("-");
        if let Err(e) = read {
            eprintln!("lede analyse: cannot read {name}: {e}");
            ok = false;
            continue;
        }
        let text = match String::from_utf8(bytes) {
            Ok(t) => t,
            Err(e) => {
                eprintln!(
                    "lede analyse: {name} is not valid UTF-8 (first bad byte at offset {})",
                    e.utf8_error().valid_up_to()
                );
                ok = false;
                continue;
            }
        };
        if let Some(format) = opts.format {
            match safe_export(format, f, several, &text, opts.lang) {
                Ok(s) => {
                    if format == Format::Markdown && i > 0 {
                        out.write_all(b"\n---\n\n")?;
                    }
                    out.write_all(s.as_bytes())?;
                }
                Err(e) => {
                    eprintln!("lede analyse: {name}: {e}");
                    ok = false;
                }
            }
            continue;
        }
        match safe_record(&json!(name), &text, opts.lang) {
            Ok(v) => {
                serde_json::to_writer_pretty(&mut *out, &v)?;
                writeln!(out)?;
            }
            Err(e) => {
                eprintln!("lede analyse: {name}: {e}");
                ok = false;
            }
        }
    }
    Ok(ok)
}

/// Input lines analysed together: the batch is shared out among the worker threads, and its
/// records are written in input order before the next batch is read, so memory stays bounded
/// (a batch ends at this many lines or bytes, whichever comes first).
const BATCH_LINES: usize = 256;
const BATCH_BYTES: usize = 8 << 20;

/// Streams JSON Lines: one output line per non-blank input line, in input order.
///
/// Articles are independent, so a batch is analysed on every core the machine offers
/// ([`std::thread::available_parallelism`]): batch work (an evaluation set, a newsroom's
/// archive) goes about as many times faster as there are cores. The output is the same bytes
/// as one thread would write.
pub fn run_jsonl(
    input: impl BufRead,
    out: &mut impl Write,
    lang: Option<Lang>,
) -> io::Result<bool> {
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    run_jsonl_on(input, out, lang, workers)
}

/// [`run_jsonl`] on `workers` threads (1: on the calling thread only).
fn run_jsonl_on(
    mut input: impl BufRead,
    out: &mut impl Write,
    lang: Option<Lang>,
    workers: usize,
) -> io::Result<bool> {
    let mut ok = true;
    let mut line_no = 0usize;
    loop {
        let mut batch: Vec<(usize, Vec<u8>)> = Vec::new();
        let mut bytes = 0usize;
        while batch.len() < BATCH_LINES && bytes < BATCH_BYTES {
            let mut buf = Vec::new();
            if input.read_until(b'\n', &mut buf)? == 0 {
                break;
            }
            line_no += 1;
            if buf.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            bytes += buf.len();
            batch.push((line_no, buf));
        }
        if batch.is_empty() {
            break;
        }
        for rec in analyse_batch(&batch, lang, workers) {
            match rec {
                Ok(rec) => out.write_all(rec.as_bytes())?,
                Err(v) => {
                    ok = false;
                    serde_json::to_writer(&mut *out, &v)?;
                }
            }
            out.write_all(b"\n")?;
        }
    }
    Ok(ok)
}

/// The records of `batch` (line number, line), in its order. Threads take the next line from a
/// shared counter, so one long article does not leave the other threads idle.
fn analyse_batch(
    batch: &[(usize, Vec<u8>)],
    lang: Option<Lang>,
    workers: usize,
) -> Vec<Result<String, Value>> {
    let one = |k: usize| {
        let (line_no, buf) = &batch[k];
        jsonl_line(buf, *line_no, lang)
    };
    let workers = workers.min(batch.len());
    if workers <= 1 {
        return (0..batch.len()).map(one).collect();
    }
    let next = std::sync::atomic::AtomicUsize::new(0);
    let take = || next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let done: Vec<(usize, Result<String, Value>)> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                s.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let k = take();
                        if k >= batch.len() {
                            return mine;
                        }
                        mine.push((k, one(k)));
                    }
                })
            })
            .collect();
        // A worker cannot panic (each analysis is caught in `safe_record_string`); if one
        // did, its lines are redone below on this thread.
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    });
    let mut slots: Vec<Option<Result<String, Value>>> = (0..batch.len()).map(|_| None).collect();
    for (k, rec) in done {
        slots[k] = Some(rec);
    }
    (slots.into_iter().enumerate())
        .map(|(k, rec)| rec.unwrap_or_else(|| one(k)))
        .collect()
}

fn jsonl_line(buf: &[u8], line_no: usize, lang: Option<Lang>) -> Result<String, Value> {
    let err = |id: Value, msg: String| json!({"id": id, "error": format!("line {line_no}: {msg}")});
    let line = std::str::from_utf8(buf).map_err(|e| {
        err(
            Value::Null,
            format!("not valid UTF-8 at byte {}", e.valid_up_to()),
        )
    })?;
    let v: Value = serde_json::from_str(line)
        .map_err(|e| err(Value::Null, format!("not valid JSON ({e})")))?;
    let id = v.get("id").cloned().unwrap_or(Value::Null);
    if !v.is_object() {
        return Err(err(
            Value::Null,
            "expected a JSON object with \"id\" and \"text\"".into(),
        ));
    }
    let text = match v.get("text") {
        Some(Value::String(t)) => t,
        Some(_) => return Err(err(id, "\"text\" must be a string".into())),
        None => return Err(err(id, "missing \"text\"".into())),
    };
    safe_record_string(&id, text, lang).map_err(|e| err(id, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stream(input: &str) -> (Vec<Value>, bool) {
        let mut out = Vec::new();
        let ok = run_jsonl(input.as_bytes(), &mut out, None).unwrap();
        let lines = String::from_utf8(out)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        (lines, ok)
    }

    #[test]
    fn threads_write_the_same_stream_as_one_thread() {
        // More lines than a batch, some invalid, in both languages.
        let (lines, blank) = (BATCH_LINES + 40, 3);
        let mut input = String::new();
        for k in 0..lines {
            let line = match k % 5 {
                0 => format!(
                    r#"{{"id": {k}, "text": "« Nous irons », a déclaré lundi Marie Durand à Paris."}}"#
                ),
                1 => format!(
                    r#"{{"id": {k}, "text": "\"We will go,\" said John Smith of Reuters on {k} May."}}"#
                ),
                2 => "not json".to_string(),
                k if k == blank => "   ".to_string(),
                _ => format!(r#"{{"id": "x{k}"}}"#),
            };
            input.push_str(&line);
            input.push('\n');
        }
        let run = |workers| {
            let mut out = Vec::new();
            let ok = run_jsonl_on(input.as_bytes(), &mut out, None, workers).unwrap();
            (ok, String::from_utf8(out).unwrap())
        };
        let (ok1, one) = run(1);
        let (ok3, three) = run(3);
        assert!(!ok1 && !ok3);
        assert_eq!(one, three);
        // Blank lines give no record; every other line gives one, in order.
        let records = (0..lines).filter(|k| k % 5 != blank).count();
        assert_eq!(one.lines().count(), records);
        assert!(one.lines().nth(1).unwrap().contains("John Smith"));
    }

    #[test]
    fn one_line_out_per_line_in_with_errors_in_place() {
        let (v, ok) = stream("{\"id\":1,\"text\":\"Hello.\"}\nnot json\n\n{\"id\":\"b\"}\n{\"id\":3,\"text\":5}\n[1]\n");
        assert!(!ok);
        assert_eq!(v.len(), 5);
        assert_eq!(v[0]["id"], 1);
        assert!(v[0].get("error").is_none());
        assert!(v[1]["error"]
            .as_str()
            .unwrap()
            .starts_with("line 2: not valid JSON"));
        assert_eq!(v[2]["id"], "b");
        assert!(v[2]["error"]
            .as_str()
            .unwrap()
            .contains("line 4: missing \"text\""));
        assert!(v[3]["error"].as_str().unwrap().contains("must be a string"));
        assert_eq!(v[4]["id"], Value::Null);
    }

    #[test]
    fn options_are_validated() {
        let a = |s: &[&str]| parse(&s.iter().map(|x| x.to_string()).collect::<Vec<_>>());
        assert!(a(&["--lang", "de"]).is_err());
        assert!(a(&["--bogus"]).is_err());
        assert!(a(&["--jsonl", "file.txt"]).is_err());
        assert_eq!(a(&["--lang", "FR"]).unwrap().lang, Some(Lang::Fr));
    }

    #[test]
    fn format_option_is_validated() {
        let a = |s: &[&str]| parse(&s.iter().map(|x| x.to_string()).collect::<Vec<_>>());
        assert_eq!(a(&["--format", "csv"]).unwrap().format, Some(Format::Csv));
        assert_eq!(
            a(&["--format=wa", "x.txt"]).unwrap().format,
            Some(Format::WebAnnotation)
        );
        assert_eq!(
            a(&["--format", "md"]).unwrap().format,
            Some(Format::Markdown)
        );
        assert_eq!(a(&["f.txt"]).unwrap().format, None);
        assert!(a(&["--format", "xml"])
            .unwrap_err()
            .contains("json, csv, md or wa"));
        assert!(a(&["--format"]).is_err());
        assert!(a(&["--jsonl", "--format", "json"]).is_err());
    }
}
