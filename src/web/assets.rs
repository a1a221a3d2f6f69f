//! Static assets (`static/`), compiled into the binary and served under content-hashed URLs
//! (`/static/timeline.3f2a9c1e.css`) with a year-long immutable cache, so a new release never
//! meets a stale stylesheet and the server needs no files beside it.

use axum::extract::Path;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};
use std::sync::LazyLock;

struct Asset {
    name: &'static str,
    content_type: &'static str,
    body: &'static [u8],
}

static FILES: &[Asset] = &[
    Asset {
        name: "timeline.css",
        content_type: "text/css; charset=utf-8",
        body: include_bytes!("../../static/timeline.css"),
    },
    Asset {
        name: "timeline.js",
        content_type: "text/javascript; charset=utf-8",
        body: include_bytes!("../../static/timeline.js"),
    },
    Asset {
        name: "favicon.svg",
        content_type: "image/svg+xml",
        body: include_bytes!("../../static/favicon.svg"),
    },
];

/// The versioned URLs of the assets, for templates.
#[derive(Debug)]
pub struct Assets {
    pub css: String,
    pub js: String,
    pub icon: String,
    hashed: Vec<(String, usize)>,
}

fn versioned(name: &str, body: &[u8]) -> String {
    let digest = Sha256::digest(body);
    let hash: String = digest[..4].iter().map(|b| format!("{b:02x}")).collect();
    match name.rsplit_once('.') {
        Some((stem, extension)) => format!("{stem}.{hash}.{extension}"),
        None => format!("{name}.{hash}"),
    }
}

static ASSETS: LazyLock<Assets> = LazyLock::new(|| {
    let hashed: Vec<(String, usize)> = FILES
        .iter()
        .enumerate()
        .map(|(idx, asset)| (versioned(asset.name, asset.body), idx))
        .collect();
    let url = |name: &str| {
        hashed
            .iter()
            .find(|(_, idx)| FILES[*idx].name == name)
            .map_or_else(String::new, |(file, _)| format!("/static/{file}"))
    };
    Assets {
        css: url("timeline.css"),
        js: url("timeline.js"),
        icon: url("favicon.svg"),
        hashed,
    }
});

/// The asset URLs.
pub fn assets() -> &'static Assets {
    &ASSETS
}

/// `GET /static/{file}`: a hashed name gets an immutable year-long cache; the plain name is also
/// served, revalidated.
pub async fn static_file(Path(file): Path<String>) -> Response {
    let assets = assets();
    let (asset, immutable) = match assets.hashed.iter().find(|(name, _)| *name == file) {
        Some((_, idx)) => (&FILES[*idx], true),
        None => match FILES.iter().find(|asset| asset.name == file) {
            Some(asset) => (asset, false),
            None => return super::error::AppError::PageNotFound.into_response(),
        },
    };
    let cache = if immutable {
        "public, max-age=31536000, immutable"
    } else {
        "public, max-age=300"
    };
    (
        StatusCode::OK,
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static(asset.content_type),
            ),
            (header::CACHE_CONTROL, HeaderValue::from_static(cache)),
        ],
        asset.body,
    )
        .into_response()
}

/// `GET /favicon.ico`: browsers ask for it unprompted, whatever the page links; the SVG icon
/// answers, so the request is not a 404 in the console.
pub async fn favicon() -> Response {
    let Some(icon) = FILES.iter().find(|asset| asset.name == "favicon.svg") else {
        return super::error::AppError::PageNotFound.into_response();
    };
    (
        StatusCode::OK,
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static(icon.content_type),
            ),
            (
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=86400"),
            ),
        ],
        icon.body,
    )
        .into_response()
}
