//! AppError: everything that can go wrong in a request, named from the user's side, with its two
//! renderings: an HTML page ([`AppError`]) and a JSON body ([`ApiError`]).
//!
//! Errors that arise outside the handlers (a wrong method, a rejected path, a body, header or
//! time limit, a panic) leave their layer as a bare status; [`error_pages`] renders them the same
//! way, so a client never sees an empty or plain-text error.

use crate::index::QueryError;
use askama::Template;
use axum::extract::Request;
use axum::http::{header, StatusCode};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};
use axum::Json;
use std::any::Any;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("no event has the id {0:?}")]
    EventNotFound(String),
    #[error("no document has the id {0:?}")]
    DocumentNotFound(String),
    #[error("no actor has the id {0:?}")]
    ActorNotFound(String),
    #[error("no page at this address")]
    PageNotFound,
    #[error("{0}")]
    BadFilter(#[from] QueryError),
    /// A request refused before it reached a handler: its status and why.
    #[error("{1}")]
    Refused(StatusCode, String),
    #[error("internal error")]
    Internal(#[from] anyhow::Error),
}

impl AppError {
    pub fn status(&self) -> StatusCode {
        match self {
            AppError::EventNotFound(_)
            | AppError::DocumentNotFound(_)
            | AppError::ActorNotFound(_)
            | AppError::PageNotFound => StatusCode::NOT_FOUND,
            AppError::BadFilter(_) => StatusCode::BAD_REQUEST,
            AppError::Refused(status, _) => *status,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The message shown to the client: internal details are logged, never shown.
    fn public_message(&self) -> String {
        if let AppError::Internal(error) = self {
            tracing::error!(error = %format!("{error:#}"), "internal error");
        }
        let message = self.to_string();
        // Ids and parameters come from the request: keep the message short.
        if message.chars().count() > 300 {
            let cut: String = message.chars().take(300).collect();
            format!("{cut}…")
        } else {
            message
        }
    }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    status: u16,
    reason: String,
    message: String,
    assets: &'static super::assets::Assets,
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let status = self.status();
        let page = ErrorPage {
            status: status.as_u16(),
            reason: status.canonical_reason().unwrap_or("Error").to_string(),
            message: self.public_message(),
            assets: super::assets::assets(),
        };
        match page.render() {
            Ok(html) => (status, Html(html)).into_response(),
            Err(_) => (status, status.canonical_reason().unwrap_or("error")).into_response(),
        }
    }
}

/// The same errors as JSON: `{"error": {"status": 404, "message": "..."}}`.
#[derive(Debug)]
pub struct ApiError(pub AppError);

impl<E: Into<AppError>> From<E> for ApiError {
    fn from(error: E) -> Self {
        ApiError(error.into())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = self.0.status();
        let body = serde_json::json!({
            "error": { "status": status.as_u16(), "message": self.0.public_message() }
        });
        (status, Json(body)).into_response()
    }
}

/// `/api/...` addresses that name no endpoint: a JSON 404.
pub async fn api_not_found() -> ApiError {
    ApiError(AppError::PageNotFound)
}

/// What a panicking handler answers: a bare 500 that [`error_pages`] renders. The panic is
/// logged here, once; its message never reaches the client.
pub fn panic_response(panic: Box<dyn Any + Send + 'static>) -> Response {
    let message = panic
        .downcast_ref::<String>()
        .map(String::as_str)
        .or_else(|| panic.downcast_ref::<&str>().copied())
        .unwrap_or("unknown panic");
    tracing::error!(panic = message, "handler panicked");
    (
        StatusCode::INTERNAL_SERVER_ERROR,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        "internal error",
    )
        .into_response()
}

/// Longest bare error text carried over into the page.
const MAX_BARE_MESSAGE_BYTES: usize = 1024;

/// Renders bare error responses (4xx and 5xx without an HTML or JSON body) as the error page,
/// or as the JSON error under `/api/`. Headers such as `Allow` are kept.
pub async fn error_pages(request: Request, next: Next) -> Response {
    let api = request.uri().path().starts_with("/api/");
    let response = next.run(request).await;
    let status = response.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return response;
    }
    let rendered = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| {
            value.starts_with("text/html") || value.starts_with("application/json")
        });
    if rendered {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let message = if status.is_server_error() {
        "internal error".to_string()
    } else {
        match axum::body::to_bytes(body, MAX_BARE_MESSAGE_BYTES).await {
            Ok(bytes) if !bytes.is_empty() => String::from_utf8_lossy(&bytes).trim().to_string(),
            _ => status
                .canonical_reason()
                .unwrap_or("request refused")
                .to_lowercase(),
        }
    };
    let error = AppError::Refused(status, message);
    let page = if api {
        ApiError(error).into_response()
    } else {
        error.into_response()
    };
    let (page_parts, page_body) = page.into_parts();
    parts.headers.remove(header::CONTENT_LENGTH);
    parts.headers.remove(header::CONTENT_ENCODING);
    for (name, value) in &page_parts.headers {
        parts.headers.insert(name.clone(), value.clone());
    }
    Response::from_parts(parts, page_body)
}
