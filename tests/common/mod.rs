//! Shared harness for the native end-to-end tests: serves the release site from `dist/` on
//! 127.0.0.1 under a sub-path (as GitHub Pages project sites are served), starts chromedriver with
//! headless Chromium, and hands a fantoccini client to the test body.
//!
//! `make test` builds `dist/` first (`trunk build --release --public-url /lede/`). The client is
//! always closed and chromedriver always killed, even when the test body fails, so no Chromium is
//! left running; the failure is then re-raised.
#![allow(dead_code)]

use fantoccini::{Client, ClientBuilder, Locator};
use std::future::Future;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

/// The path prefix the site is built for and served under.
pub const PREFIX: &str = "/lede/";

/// Every request path the static server received, in order (for the no-network checks).
pub type RequestLog = Arc<Mutex<Vec<String>>>;

pub fn dist_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("dist")
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "png" => "image/png",
        "svg" => "image/svg+xml",
        "ico" => "image/x-icon",
        _ => "application/octet-stream",
    }
}

/// Starts the static server; returns its base URL (ending in [`PREFIX`]) and the request log.
pub async fn serve_dist() -> (String, RequestLog) {
    let dist = dist_dir();
    assert!(
        dist.join("index.html").exists(),
        "dist/index.html is missing: build the site first with `make dist-test` (make test does it)"
    );
    let listener = TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind static server");
    let addr = listener.local_addr().unwrap();
    let log: RequestLog = Arc::default();
    let log2 = log.clone();
    tokio::spawn(async move {
        loop {
            let Ok((mut sock, _)) = listener.accept().await else {
                break;
            };
            let dist = dist.clone();
            let log = log2.clone();
            tokio::spawn(async move {
                let mut buf = vec![0u8; 16 * 1024];
                let n = sock.read(&mut buf).await.unwrap_or(0);
                let req = String::from_utf8_lossy(&buf[..n]);
                let path = req.split_whitespace().nth(1).unwrap_or("/").to_string();
                log.lock().unwrap().push(path.clone());
                let path = path.split(['?', '#']).next().unwrap_or("/");
                let rel = path
                    .strip_prefix(PREFIX)
                    .or_else(|| path.strip_prefix(PREFIX.trim_end_matches('/')));
                let file = match rel {
                    Some("") | Some("/") => Some(dist.join("index.html")),
                    Some(r) if !r.contains("..") => Some(dist.join(r.trim_start_matches('/'))),
                    _ => None,
                };
                let resp = match file.filter(|f| f.is_file()).map(|f| (std::fs::read(&f), f)) {
                    Some((Ok(body), f)) => {
                        let head = format!(
                            "HTTP/1.1 200 OK\r\nContent-Type: {}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                            content_type(&f),
                            body.len()
                        );
                        [head.into_bytes(), body].concat()
                    }
                    _ => {
                        b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                            .to_vec()
                    }
                };
                let _ = sock.write_all(&resp).await;
                let _ = sock.shutdown().await;
            });
        }
    });
    (format!("http://{addr}{PREFIX}"), log)
}

/// A running chromedriver, killed on drop.
struct Driver(std::process::Child);

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

async fn start_driver() -> (Driver, u16) {
    let port = free_port();
    let child = std::process::Command::new("chromedriver")
        .arg(format!("--port={port}"))
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("chromedriver not found on PATH: run scripts/tools.sh test (make test does it)");
    let driver = Driver(child);
    let deadline = Instant::now() + Duration::from_secs(20);
    while tokio::net::TcpStream::connect(("127.0.0.1", port))
        .await
        .is_err()
    {
        assert!(
            Instant::now() < deadline,
            "chromedriver did not start listening"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    (driver, port)
}

fn chrome_binary() -> String {
    std::env::var("CHROME").unwrap_or_else(|_| "/usr/bin/chromium".into())
}

/// Runs `body` with a fresh headless Chromium (fresh profile) and the site's base URL.
pub async fn with_browser<F, Fut>(body: F)
where
    F: FnOnce(Client, String, RequestLog) -> Fut,
    Fut: Future<Output = Result<(), String>> + Send + 'static,
{
    let (base, log) = serve_dist().await;
    let (_driver, port) = start_driver().await;
    let profile = tempdir();
    let caps = serde_json::json!({
        "goog:chromeOptions": {
            "binary": chrome_binary(),
            "args": [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900",
                format!("--user-data-dir={}", profile.display()),
            ]
        }
    });
    let caps = caps.as_object().unwrap().clone().into_iter().collect();
    let client = ClientBuilder::rustls()
        .expect("rustls client")
        .capabilities(caps)
        .connect(&format!("http://127.0.0.1:{port}"))
        .await
        .expect("connect to chromedriver");
    let handle = client.clone();
    let result = tokio::spawn(body(client, base, log)).await;
    let _ = handle.close().await;
    let _ = std::fs::remove_dir_all(&profile);
    match result {
        Ok(Ok(())) => {}
        Ok(Err(msg)) => panic!("{msg}"),
        Err(join) => std::panic::resume_unwind(join.into_panic()),
    }
}

fn tempdir() -> PathBuf {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    let d = std::env::temp_dir().join(format!("lede-e2e-{}-{nanos}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// Waits (up to 15 s) until `css` matches at least one element; returns how many match.
pub async fn wait_for(c: &Client, css: &str) -> Result<usize, String> {
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let n = c
            .find_all(Locator::Css(css))
            .await
            .map_err(|e| e.to_string())?
            .len();
        if n > 0 {
            return Ok(n);
        }
        if Instant::now() > deadline {
            return Err(format!("timed out waiting for `{css}`"));
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Texts of every element matching `css`.
pub async fn texts(c: &Client, css: &str) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    for e in c
        .find_all(Locator::Css(css))
        .await
        .map_err(|e| e.to_string())?
    {
        out.push(e.text().await.map_err(|e| e.to_string())?);
    }
    Ok(out)
}

/// Puts `text` into the article box as a paste would: sets the value and fires an `input` event.
/// (Typing a long article key by key through WebDriver would take minutes.)
pub async fn paste(c: &Client, text: &str) -> Result<(), String> {
    c.execute(
        "const t = document.querySelector('#input'); t.focus(); t.value = arguments[0]; \
         t.dispatchEvent(new Event('input', { bubbles: true }));",
        vec![serde_json::Value::String(text.to_string())],
    )
    .await
    .map_err(|e| e.to_string())?;
    Ok(())
}
