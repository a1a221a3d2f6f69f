//! Shared helpers: fixture corpora and a running server.

use annals::index::Index;
use annals::AppState;
use scraper::{Html, Selector};
use std::path::{Path, PathBuf};

/// The bundled seeds/ folder.
pub fn seeds_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds")
}

pub fn seed_index() -> Index {
    annals::load_index(&seeds_dir()).expect("the seeds load")
}

/// A temporary folder of fixture files, removed when dropped.
pub struct Fixture(tempfile::TempDir);

impl std::ops::Deref for Fixture {
    type Target = Path;

    fn deref(&self) -> &Path {
        self.0.path()
    }
}

impl AsRef<Path> for Fixture {
    fn as_ref(&self) -> &Path {
        self.0.path()
    }
}

/// A fresh temporary folder with the given files; it is removed when the returned [`Fixture`]
/// is dropped, so keep it alive while the folder is read (a live reload, a served index).
pub fn corpus(name: &str, files: &[(&str, &[u8])]) -> Fixture {
    let dir = tempfile::Builder::new()
        .prefix(&format!("annals-it-{name}-"))
        .tempdir()
        .expect("create fixture folder");
    for (file, body) in files {
        let path = dir.path().join(file);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("create fixture subfolder");
        }
        std::fs::write(path, body).expect("write fixture");
    }
    Fixture(dir)
}

/// Starts the real server on an ephemeral port and returns its base URL.
pub async fn serve(index: Index) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind port 0");
    let addr = listener.local_addr().expect("local addr");
    let base = format!("http://{addr}");
    let app = annals::app(AppState::new(index, base.clone()));
    tokio::spawn(async move {
        axum::serve(listener, app).await.expect("server runs");
    });
    base
}

/// Serves a router of the test's own on an ephemeral port and returns its base URL.
pub async fn serve_router(app: axum::Router) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind port 0");
    let base = format!("http://{}", listener.local_addr().expect("local addr"));
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    base
}

pub struct Page {
    pub status: u16,
    pub content_type: String,
    pub body: String,
}

pub async fn get(url: &str) -> Page {
    let response = reqwest::get(url).await.expect("request succeeds");
    let status = response.status().as_u16();
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let body = response.text().await.expect("body");
    Page {
        status,
        content_type,
        body,
    }
}

pub fn json(page: &Page) -> serde_json::Value {
    serde_json::from_str(&page.body).expect("valid JSON")
}

/// The elements matching a CSS selector.
pub fn select(html: &str, selector: &str) -> Vec<(String, Vec<(String, String)>)> {
    let document = Html::parse_document(html);
    let selector = Selector::parse(selector).expect("valid selector");
    document
        .select(&selector)
        .map(|element| {
            let text = element.text().collect::<String>();
            let attributes = element
                .value()
                .attrs()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect();
            (text, attributes)
        })
        .collect()
}

pub fn attribute<'a>(attributes: &'a [(String, String)], name: &str) -> Option<&'a str> {
    attributes
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}
