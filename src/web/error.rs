//! AppError: everything that can go wrong in a request, named from the user's side, with its two
//! renderings: an HTML page ([`AppError`]) and a JSON body ([`ApiError`]).

use crate::index::QueryError;
use askama::Template;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use axum::Json;

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
