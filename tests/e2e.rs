//! Foundation end-to-end test: the release site, served under a sub-path, highlights quotes and
//! entities of a pasted article in headless Chromium.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{paste, texts, wait_for, with_browser};

const ARTICLE: &str = "(Paris) La ministre Claire Dubois a visité Lyon lundi.\n\n\
« Nous ne reculerons pas », a déclaré mardi le gouvernement.";

#[tokio::test]
async fn pasted_article_gets_quote_and_entity_marks() {
    with_browser(|c, base, _log| async move {
        c.goto(&base).await.map_err(|e| e.to_string())?;
        wait_for(&c, "#input").await?;
        paste(&c, ARTICLE).await?;
        wait_for(&c, "#reading mark[data-kind='quote']").await?;
        let quotes = texts(&c, "#reading mark[data-kind='quote']").await?;
        if !quotes.iter().any(|q| q.contains("Nous ne reculerons pas")) {
            return Err(format!("quote mark missing; got {quotes:?}"));
        }
        wait_for(&c, "#reading mark[data-kind='entity']").await?;
        let places = texts(&c, "#reading mark[data-kind='entity'][data-label='LOC']").await?;
        if !places.iter().any(|p| p == "Lyon") {
            return Err(format!("LOC mark for Lyon missing; got {places:?}"));
        }
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn page_loads_from_a_sub_path_with_a_fragment_and_survives_reload() {
    with_browser(|c, base, _log| async move {
        c.goto(&format!("{base}#x=1"))
            .await
            .map_err(|e| e.to_string())?;
        wait_for(&c, "#input").await?;
        c.refresh().await.map_err(|e| e.to_string())?;
        wait_for(&c, "#input").await?;
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn the_page_exposes_the_documented_js_api() {
    with_browser(|c, base, _log| async move {
        c.goto(&base).await.map_err(|e| e.to_string())?;
        wait_for(&c, "#input").await?;
        let v = c
            .execute(
                "const a = window.wasmBindings.analyse(arguments[0]); \
                 return [a.lang, a.quotes.length, a.quotes[0].speaker];",
                vec![serde_json::json!(
                    "« Nous sommes prêts à discuter », a déclaré lundi le Kremlin."
                )],
            )
            .await
            .map_err(|e| e.to_string())?;
        if v != serde_json::json!(["fr", 1, "Kremlin"]) {
            return Err(format!("window.wasmBindings.analyse returned {v}"));
        }
        Ok(())
    })
    .await;
}
