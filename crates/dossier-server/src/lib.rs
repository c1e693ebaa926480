//! dossier-server: the JSON API and the web UI over a dossier store.
//!
//! Pages are rendered on the server (maud, which HTML-escapes every interpolated string), the
//! relations graph is SVG drawn on the server, and the only assets (a stylesheet and a small
//! keyboard-shortcut script) are embedded in the binary with `include_str!`: nothing is fetched
//! from any network at run time, and the Content-Security-Policy forbids it.
//!
//! Store access: `rusqlite::Connection` is not `Sync`, so every request opens its own
//! [`Store`] inside `spawn_blocking`. Opening SQLite is cheap (well under a millisecond once the
//! schema is current) and WAL lets these readers run beside a writer, so no pool is needed.
//!
//! This crate does no extraction of its own: `POST /api/documents` hands the body to
//! `dossier_ingest::read_bytes`, `dossier_core::extract` and `Store::put_batch`.

mod api;
mod error;
mod graph_svg;
mod highlight;
mod ui;

pub use error::ApiError;
pub use highlight::{segments, Mark, Segment};

use axum::extract::DefaultBodyLimit;
use axum::http::{header, HeaderValue, StatusCode};
use axum::Router;
use dossier_store::Backend;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;

/// Largest accepted request body (POST of documents): 16 MiB.
pub const MAX_BODY_BYTES: usize = 16 * 1024 * 1024;
/// Longest a request may take before the server answers 408.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// The Content-Security-Policy of every response: only this origin's stylesheet and script, no
/// inline script or style, no frames, forms post only here.
pub const CSP: &str =
    "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; \
form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/// How to run the server.
#[derive(Debug, Clone)]
pub struct Config {
    /// The store: a SQLite file path or a `postgres://` URL (see `dossier_store::open`).
    pub db: PathBuf,
    pub addr: SocketAddr,
    /// Required for `POST /api/documents`, and for binding a non-loopback address.
    pub token: Option<String>,
}

/// Why the server did not start.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error("refusing to bind {0}: it is not a loopback address and no token is set (use --token or DOSSIER_TOKEN)")]
    NeedsToken(SocketAddr),
    #[error("the token is empty")]
    EmptyToken,
    #[error("{0}")]
    Store(#[from] dossier_store::StoreError),
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: SocketAddr,
        source: std::io::Error,
    },
    #[error("server failed: {0}")]
    Io(#[from] std::io::Error),
}

/// Shared state: where the database is and the hash of the token (compared in constant time).
#[derive(Clone)]
pub struct AppState {
    db: Arc<PathBuf>,
    token: Option<blake3::Hash>,
    /// Idle PostgreSQL connections, reused across requests (SQLite files are opened per
    /// request: that is cheap). A minimal pool of our own rather than r2d2/deadpool: requests
    /// already run on the blocking pool with a sync client, so all it needs is a stack of idle
    /// stores; a request that fails drops its connection instead of returning it.
    pool: Arc<std::sync::Mutex<Vec<Box<dyn Backend>>>>,
}

/// Idle PostgreSQL connections kept at most.
const POOL_IDLE: usize = 16;

impl AppState {
    pub fn new(db: PathBuf, token: Option<&str>) -> AppState {
        AppState {
            db: Arc::new(db),
            token: token.map(|t| blake3::hash(t.as_bytes())),
            pool: Arc::default(),
        }
    }

    /// Whether `given` is the server's token. Both sides are hashed to 32 bytes first and
    /// `blake3::Hash` equality is constant-time, so neither content nor length leaks by timing.
    pub(crate) fn token_matches(&self, given: &str) -> bool {
        match &self.token {
            Some(want) => blake3::hash(given.as_bytes()) == *want,
            None => false,
        }
    }

    pub(crate) fn has_token(&self) -> bool {
        self.token.is_some()
    }

    /// Run `f` with a freshly opened store on the blocking pool.
    pub(crate) async fn with_store<T, F>(&self, f: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&mut dyn Backend) -> Result<T, ApiError> + Send + 'static,
    {
        let db = self.db.clone();
        let pool = self.pool.clone();
        tokio::task::spawn_blocking(move || {
            let spec = db.to_string_lossy();
            if !dossier_store::is_postgres_url(&spec) {
                let mut store = dossier_store::open(&spec).map_err(ApiError::from)?;
                return f(&mut *store);
            }
            let idle = pool.lock().ok().and_then(|mut p| p.pop());
            let mut store = match idle {
                Some(s) => s,
                None => dossier_store::open(&spec).map_err(ApiError::from)?,
            };
            let out = f(&mut *store);
            if out.is_ok() {
                if let Ok(mut p) = pool.lock() {
                    if p.len() < POOL_IDLE {
                        p.push(store);
                    }
                }
            }
            out
        })
        .await
        .map_err(|e| ApiError::internal(format!("request task failed: {e}")))?
    }
}

/// Refuse a non-loopback address unless a token is set.
pub fn check_bind(addr: SocketAddr, token: Option<&str>) -> Result<(), ServeError> {
    match token {
        Some("") => Err(ServeError::EmptyToken),
        Some(_) => Ok(()),
        None if addr.ip().is_loopback() => Ok(()),
        None => Err(ServeError::NeedsToken(addr)),
    }
}

/// The whole application: API, UI, assets, security headers, body and time limits.
pub fn router(state: AppState) -> Router {
    router_with_timeout(state, REQUEST_TIMEOUT)
}

/// [`router`] with another per-request time limit (tests use a short one).
pub fn router_with_timeout(state: AppState, timeout: Duration) -> Router {
    Router::new()
        .merge(api::routes())
        .merge(ui::routes())
        .fallback(ui::not_found)
        .with_state(state)
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        // Inside the JSON-error layer, so a timeout on /api answers in the API's error shape.
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            timeout,
        ))
        .layer(axum::middleware::from_fn(json_errors_for_api))
        .layer(SetResponseHeaderLayer::overriding(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(CSP),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::REFERRER_POLICY,
            HeaderValue::from_static("no-referrer"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_FRAME_OPTIONS,
            HeaderValue::from_static("DENY"),
        ))
}

/// Errors produced outside the handlers (body too large, wrong method, timeout, malformed
/// query string) come as plain text from axum and tower-http; under `/api/` they are rewritten
/// into the same JSON shape as every other API error.
async fn json_errors_for_api(
    req: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    let api = req.uri().path().starts_with("/api/");
    let res = next.run(req).await;
    let status = res.status();
    let is_json = res
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"application/json"));
    if !api || is_json || !(status.is_client_error() || status.is_server_error()) {
        return res;
    }
    let detail = axum::body::to_bytes(res.into_body(), 4096)
        .await
        .ok()
        .map(|b| String::from_utf8_lossy(&b).trim().to_string())
        .filter(|s| !s.is_empty());
    let reason = status.canonical_reason().unwrap_or("error").to_lowercase();
    let message = match detail {
        Some(d) => format!("{reason}: {d}"),
        None => reason,
    };
    ApiError::new(status, message).into_response()
}

/// Open (and migrate) the database, bind, and serve until Ctrl-C.
pub async fn serve(config: Config) -> Result<(), ServeError> {
    check_bind(config.addr, config.token.as_deref())?;
    // Fail early on a bad database rather than on the first request.
    let db = config.db.clone();
    tokio::task::spawn_blocking(move || dossier_store::open(&db.to_string_lossy()).map(drop))
        .await
        .map_err(|e| std::io::Error::other(e.to_string()))??;
    let listener = tokio::net::TcpListener::bind(config.addr)
        .await
        .map_err(|source| ServeError::Bind {
            addr: config.addr,
            source,
        })?;
    let local = listener.local_addr()?;
    eprintln!(
        "dossier: serving {} on http://{local}/ (ingest {})",
        dossier_store::redact_url(&config.db.to_string_lossy()),
        if config.token.is_some() {
            "enabled with token"
        } else {
            "disabled: no token"
        }
    );
    let app = router(AppState::new(config.db, config.token.as_deref()));
    axum::serve(listener, app)
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await?;
    Ok(())
}

/// [`serve`] on a new multi-threaded runtime (for the CLI, which is not async).
pub fn run(config: Config) -> Result<(), ServeError> {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    rt.block_on(serve(config))
}
