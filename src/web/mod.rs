//! The web layer: the last step of the pipeline (documents → sentences → time expressions →
//! events → index → **web**), and the only module that knows about HTTP.
//!
//! [`router`] lists the routes, then the tower-http layers: request ids, tracing, a timeout, a
//! body limit, a concurrency limit, compression and security headers. Pages are askama templates
//! that work without JavaScript; `static/timeline.js` only adds to them.

pub mod api;
pub mod assets;
pub mod error;
mod overview;
pub mod pages;
pub mod state;

use axum::http::{header, HeaderName, HeaderValue, StatusCode};
use axum::routing::get;
use axum::Router;
use std::time::Duration;
use tower::limit::ConcurrencyLimitLayer;
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

pub use state::AppState;

/// The Content-Security-Policy of every response: no inline script or style, nothing from
/// elsewhere, no framing.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'self'; \
style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; \
form-action 'self'; frame-ancestors 'none'";

/// The application: routes and layers.
pub fn router(state: AppState) -> Router {
    let request_id = HeaderName::from_static("x-request-id");
    Router::new()
        .route("/", get(pages::timeline_page))
        .route("/events/{id}", get(pages::event_page))
        .route("/documents/{id}", get(pages::document_page))
        .route("/actors", get(pages::actors_page))
        .route("/actors/{id}", get(pages::actor_page))
        .route("/api/events", get(api::api_events))
        .route("/api/events/{id}", get(api::api_event))
        .route("/api/actors", get(api::api_actors))
        .route("/api/documents", get(api::api_documents))
        .route("/healthz", get(api::healthz))
        .route("/static/{file}", get(assets::static_file))
        .route("/favicon.ico", get(assets::favicon))
        .fallback(pages::not_found)
        .with_state(state)
        .layer(CompressionLayer::new())
        .layer(SetResponseHeaderLayer::overriding(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(CONTENT_SECURITY_POLICY),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::REFERRER_POLICY,
            HeaderValue::from_static("strict-origin-when-cross-origin"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_FRAME_OPTIONS,
            HeaderValue::from_static("DENY"),
        ))
        .layer(RequestBodyLimitLayer::new(16 * 1024))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            Duration::from_secs(10),
        ))
        .layer(ConcurrencyLimitLayer::new(1024))
        .layer(PropagateRequestIdLayer::new(request_id.clone()))
        .layer(TraceLayer::new_for_http())
        .layer(SetRequestIdLayer::new(request_id, MakeRequestUuid))
}
