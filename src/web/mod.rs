//! The web layer: the last step of the pipeline (documents → sentences → time expressions →
//! events → index → **web**), and the only module that knows about HTTP.
//!
//! [`router`] lists the routes, then the tower-http layers: request ids, tracing, a timeout, a
//! body limit, a concurrency limit, compression and security headers. Pages are askama templates
//! that work without JavaScript; `static/timeline.js` only adds to them.

pub mod api;
pub mod assets;
pub mod cache;
pub mod error;
pub mod export;
mod overview;
pub mod pages;
pub mod state;

use axum::body::Body;
use axum::extract::Request;
use axum::http::{header, HeaderName, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{any, get};
use axum::serve::ListenerExt;
use axum::Router;
use std::future::Future;
use std::time::Duration;
use tower::limit::ConcurrencyLimitLayer;
use tower::ServiceBuilder;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

pub use error::{ApiError, AppError};
pub use state::AppState;

/// The Content-Security-Policy of every response: no inline script or style, nothing from
/// elsewhere, no framing.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'self'; \
style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; \
form-action 'self'; frame-ancestors 'none'";

/// The limits every request meets before it reaches a handler.
#[derive(Debug, Clone)]
pub struct Limits {
    /// A request that takes longer gets a 408 page.
    pub timeout: Duration,
    /// Larger request bodies get a 413 (no route reads a body).
    pub body_bytes: usize,
    /// Requests whose header names and values add up to more get a 431.
    pub header_bytes: usize,
    /// Requests with more header fields get a 431.
    pub header_count: usize,
    /// Longer request targets (path and query) get a 414.
    pub uri_bytes: usize,
    /// Requests beyond this many at once wait for a slot.
    pub concurrency: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            timeout: Duration::from_secs(10),
            body_bytes: 16 * 1024,
            header_bytes: 16 * 1024,
            header_count: 64,
            uri_bytes: 8 * 1024,
            concurrency: 1024,
        }
    }
}

/// The application: routes, the response cache and the layers.
pub fn router(state: AppState) -> Router {
    cached_layers(routes(state.clone()), &Limits::default(), state)
}

/// The routes, without layers. HEAD is answered by every GET route.
pub fn routes(state: AppState) -> Router {
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
        .route("/export/timelinejs.json", get(export::export_timelinejs))
        .route("/export/events.csv", get(export::export_csv))
        .route("/export/events.ndjson", get(export::export_ndjson))
        .route("/api/{*rest}", any(error::api_not_found))
        .route("/healthz", get(api::healthz))
        .route("/static/{file}", get(assets::static_file))
        .route("/favicon.ico", get(assets::favicon))
        .fallback(pages::not_found)
        .with_state(state)
}

/// Wraps routes in the layers, outermost first: request id, trace, security headers, error
/// pages for bare protocol errors, panic catching, header and URI limits, (the response cache,)
/// timeout, concurrency limit, body limit, compression. Public so tests can check the layers on
/// routes of their own.
pub fn layers(routes: Router, limits: &Limits) -> Router {
    with_layers(routes, limits, None)
}

/// [`layers`] with the response cache of `state`, as [`router`] has them. Public so tests can
/// check the cache on routes of their own.
pub fn cached_layers(routes: Router, limits: &Limits, state: AppState) -> Router {
    with_layers(routes, limits, Some(state))
}

/// [`layers`], with the response cache of `cache_state` outside the timeout and compression.
///
/// The stack wraps the routed service once, as the fallback of an outer router, rather than
/// through `Router::layer`, which wraps every route apart: one service clone per request instead
/// of one per layer, and one concurrency limit for the whole server instead of one per route.
fn with_layers(routes: Router, limits: &Limits, cache_state: Option<AppState>) -> Router {
    let request_id = HeaderName::from_static("x-request-id");
    let header_limits = HeaderLimits {
        bytes: limits.header_bytes,
        count: limits.header_count,
        uri_bytes: limits.uri_bytes,
    };
    let cache =
        cache_state.map(|state| middleware::from_fn_with_state(state, cache::cache_responses));
    let stack = ServiceBuilder::new()
        .layer(SetRequestIdLayer::new(request_id.clone(), MakeRequestUuid))
        .layer(TraceLayer::new_for_http())
        .layer(PropagateRequestIdLayer::new(request_id))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_FRAME_OPTIONS,
            HeaderValue::from_static("DENY"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::REFERRER_POLICY,
            HeaderValue::from_static("strict-origin-when-cross-origin"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(CONTENT_SECURITY_POLICY),
        ))
        .layer(middleware::from_fn(error::error_pages))
        .map_response(IntoResponse::into_response)
        .layer(CatchPanicLayer::custom(error::panic_response))
        .layer(middleware::from_fn(move |request: Request, next: Next| {
            check_header_limits(header_limits, request, next)
        }))
        .option_layer(cache)
        .map_response(IntoResponse::into_response)
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            limits.timeout,
        ))
        .layer(ConcurrencyLimitLayer::new(limits.concurrency))
        .layer(RequestBodyLimitLayer::new(limits.body_bytes))
        .layer(CompressionLayer::new())
        .service(routes);
    Router::new().fallback_service(stack)
}

#[derive(Debug, Clone, Copy)]
struct HeaderLimits {
    bytes: usize,
    count: usize,
    uri_bytes: usize,
}

/// Refuses requests with too many or too large header fields (431) or a too long target (414).
/// hyper's own limits are far higher (about 400 KB of buffered headers).
async fn check_header_limits(limits: HeaderLimits, request: Request, next: Next) -> Response {
    let headers = request.headers();
    let n_bytes: usize = headers
        .iter()
        .map(|(name, value)| name.as_str().len() + value.len())
        .sum();
    if headers.len() > limits.count || n_bytes > limits.bytes {
        return bare(
            StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
            format!(
                "expected at most {} header fields and {} bytes of headers, found {} fields and {n_bytes} bytes",
                limits.count,
                limits.bytes,
                headers.len()
            ),
        );
    }
    let uri_bytes = request
        .uri()
        .path_and_query()
        .map_or(0, |target| target.as_str().len());
    if uri_bytes > limits.uri_bytes {
        return bare(
            StatusCode::URI_TOO_LONG,
            format!(
                "expected an address of at most {} bytes, found {uri_bytes}",
                limits.uri_bytes
            ),
        );
    }
    next.run(request).await
}

/// A plain-text error that [`error::error_pages`] turns into a page or a JSON body.
fn bare(status: StatusCode, message: String) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        Body::from(message),
    )
        .into_response()
}

/// Serves `app` on `listener` until `shutdown` completes, then finishes the requests in flight.
///
/// Connections send without Nagle's delay (`TCP_NODELAY`, which axum 0.8 leaves off): otherwise
/// the last partial segment of a response larger than the send buffer can wait for the client's
/// delayed acknowledgement.
pub async fn serve_until(
    listener: tokio::net::TcpListener,
    app: Router,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let listener = listener.tap_io(|connection| {
        if let Err(error) = connection.set_nodelay(true) {
            tracing::debug!("cannot set TCP_NODELAY on a connection: {error}");
        }
    });
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown)
        .await
}
