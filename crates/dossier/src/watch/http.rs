//! A polite HTTP client: per-host minimum delay (or the site's `Crawl-delay`), robots.txt,
//! conditional GET, backoff on 429/5xx honouring `Retry-After`, timeouts and a body limit.
//! ureq (blocking, rustls): one request at a time, which is all politeness allows anyway.

use super::robots::Robots;
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};
use ureq::http::Uri;

/// How the client behaves.
#[derive(Debug, Clone)]
pub struct Config {
    /// Whole-request timeout (connect, send, read).
    pub timeout: Duration,
    /// Minimum delay between two requests to one host.
    pub min_delay: Duration,
    /// Longest wait for a host before a request is deferred to a later poll instead.
    pub max_wait: Duration,
    /// Longest backoff a server can ask for (Retry-After) or earn (repeated failures).
    pub max_backoff: Duration,
    pub user_agent: String,
    /// Largest body read.
    pub max_bytes: u64,
    pub robots: bool,
}

/// A response the watcher acts on. Bodies are read only for 200.
#[derive(Debug)]
pub struct Response {
    pub status: u16,
    pub body: Vec<u8>,
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    pub retry_after: Option<Duration>,
    /// Where a 3xx sends us (followed by [`Http::get`], never by the HTTP library).
    pub location: Option<String>,
}

/// How many redirects one fetch follows.
pub const MAX_REDIRECTS: usize = 5;

/// Why there is no response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FetchError {
    /// robots.txt forbids it.
    Robots,
    /// A redirect led to this URL, which its host's robots.txt forbids.
    RedirectRobots(String),
    /// More than [`MAX_REDIRECTS`] redirects, or one without a usable `Location`.
    Redirect(String),
    /// The host asked us to wait (or is backing off) longer than `max_wait`.
    Deferred(Duration),
    /// Not an http(s) URL we can fetch.
    BadUrl(String),
    /// Connection, TLS, timeout, body too large…
    Transport(String),
    /// Shutdown requested while waiting.
    Stopped,
}

impl std::fmt::Display for FetchError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FetchError::Robots => write!(f, "disallowed by robots.txt"),
            FetchError::RedirectRobots(to) => {
                write!(f, "redirected to {to}, disallowed by robots.txt")
            }
            FetchError::Redirect(why) => write!(f, "redirect: {why}"),
            FetchError::Deferred(d) => {
                write!(f, "host backing off for {} s more: deferred", d.as_secs())
            }
            FetchError::BadUrl(why) => write!(f, "bad URL: {why}"),
            FetchError::Transport(why) => write!(f, "{why}"),
            FetchError::Stopped => write!(f, "stopped"),
        }
    }
}

#[derive(Default)]
struct Host {
    /// No request before this instant.
    next: Option<Instant>,
    /// Consecutive failures (429, 5xx, transport), for exponential backoff.
    failures: u32,
    robots: Option<(Robots, Instant)>,
}

pub struct Http {
    agent: ureq::Agent,
    config: Config,
    hosts: HashMap<String, Host>,
    /// Requests sent (for the summary and the memory soak).
    pub requests: u64,
}

/// How long robots.txt is trusted before it is read again.
const ROBOTS_TTL: Duration = Duration::from_secs(24 * 3600);
/// After a failed robots.txt read: allow, and ask again after this long.
const ROBOTS_RETRY: Duration = Duration::from_secs(3600);

impl Http {
    pub fn new(config: Config) -> Http {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .timeout_global(Some(config.timeout))
            .http_status_as_error(false)
            .user_agent(config.user_agent.as_str())
            // Redirects are followed by `get`, so each hop obeys its host's robots and delay.
            .max_redirects(0)
            .build()
            .into();
        Http {
            agent,
            config,
            hosts: HashMap::new(),
            requests: 0,
        }
    }

    /// GET `url`, conditionally when validators are given, politely. `stop` interrupts waits.
    /// Redirects (up to [`MAX_REDIRECTS`]) are followed here, each hop as its own polite
    /// request: a redirect to another host obeys that host's robots.txt and delay.
    pub fn get(
        &mut self,
        url: &str,
        etag: Option<&str>,
        last_modified: Option<&str>,
        stop: &AtomicBool,
    ) -> Result<Response, FetchError> {
        let mut url = url.to_string();
        for hop in 0..=MAX_REDIRECTS {
            let r = match self.get_one(&url, etag, last_modified, stop) {
                Err(FetchError::Robots) if hop > 0 => return Err(FetchError::RedirectRobots(url)),
                r => r?,
            };
            if !matches!(r.status, 301 | 302 | 303 | 307 | 308) {
                return Ok(r);
            }
            let Some(to) = r.location.as_deref() else {
                return Err(FetchError::Redirect(format!(
                    "HTTP {} without a Location",
                    r.status
                )));
            };
            url = super::items::absolute(to.trim(), &url);
        }
        Err(FetchError::Redirect(format!(
            "more than {MAX_REDIRECTS} redirects (last to {url})"
        )))
    }

    /// One request, no redirect followed.
    fn get_one(
        &mut self,
        url: &str,
        etag: Option<&str>,
        last_modified: Option<&str>,
        stop: &AtomicBool,
    ) -> Result<Response, FetchError> {
        let (host, path) = split(url)?;
        if self.config.robots && !path.starts_with("/robots.txt") {
            let fresh = self
                .hosts
                .get(&host)
                .and_then(|h| h.robots.as_ref())
                .is_some_and(|(_, until)| Instant::now() < *until);
            if !fresh {
                let robots = self.read_robots(&host, stop)?;
                self.hosts.entry(host.clone()).or_default().robots = Some(robots);
            }
            let allowed = self
                .hosts
                .get(&host)
                .and_then(|h| h.robots.as_ref())
                .is_none_or(|(r, _)| r.allows(&path));
            if !allowed {
                return Err(FetchError::Robots);
            }
        }
        self.request(&host, url, etag, last_modified, stop)
    }

    fn read_robots(
        &mut self,
        host: &str,
        stop: &AtomicBool,
    ) -> Result<(Robots, Instant), FetchError> {
        let now = Instant::now();
        // Redirects are followed (RFC 9309 §2.3.1.2), each hop politely.
        let mut url = format!("{host}/robots.txt");
        let mut answer = self.request(host, &url, None, None, stop);
        for _ in 0..MAX_REDIRECTS {
            let to = match &answer {
                Ok(r) if matches!(r.status, 301 | 302 | 303 | 307 | 308) => r.location.clone(),
                _ => None,
            };
            let Some(to) = to else { break };
            url = super::items::absolute(to.trim(), &url);
            answer = match split(&url) {
                Ok((h, _)) => self.request(&h, &url, None, None, stop),
                Err(e) => Err(e),
            };
        }
        Ok(match answer {
            Ok(r) if r.status == 200 => {
                let text = String::from_utf8_lossy(&r.body);
                let agent = self
                    .config
                    .user_agent
                    .split('/')
                    .next()
                    .unwrap_or("dossier");
                (Robots::parse(&text, agent), now + ROBOTS_TTL)
            }
            // 4xx: no rules (RFC 9309 §2.3.1.3).
            Ok(r) if (400..500).contains(&r.status) && r.status != 429 => {
                (Robots::allow_all(), now + ROBOTS_TTL)
            }
            Err(FetchError::Stopped) => return Err(FetchError::Stopped),
            Err(e @ FetchError::Deferred(_)) => return Err(e),
            // Unreachable or erroring: allowed for now, asked again later.
            _ => (Robots::allow_all(), now + ROBOTS_RETRY),
        })
    }

    fn request(
        &mut self,
        host: &str,
        url: &str,
        etag: Option<&str>,
        last_modified: Option<&str>,
        stop: &AtomicBool,
    ) -> Result<Response, FetchError> {
        let h = self.hosts.entry(host.to_string()).or_default();
        if let Some(next) = h.next {
            let wait = next.saturating_duration_since(Instant::now());
            if wait > self.config.max_wait {
                return Err(FetchError::Deferred(wait));
            }
            sleep(wait, stop)?;
        }
        let mut req = self.agent.get(url);
        if let Some(e) = etag {
            req = req.header("If-None-Match", e);
        }
        if let Some(lm) = last_modified {
            req = req.header("If-Modified-Since", lm);
        }
        self.requests += 1;
        let result = req.call();
        let crawl_delay = h
            .robots
            .as_ref()
            .and_then(|(r, _)| r.crawl_delay)
            .map(|s| Duration::from_secs_f64(s.clamp(0.0, 60.0)))
            .unwrap_or_default();
        let delay = self.config.min_delay.max(crawl_delay);
        let mut resp = match result {
            Ok(r) => r,
            Err(e) => {
                h.failures += 1;
                h.next = Some(Instant::now() + backoff(delay, h.failures, self.config.max_backoff));
                return Err(FetchError::Transport(transport_reason(&e)));
            }
        };
        let status = resp.status().as_u16();
        let header = |name: &str| {
            resp.headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        };
        let etag = header("etag");
        let last_modified = header("last-modified");
        let location = header("location");
        let retry_after = header("retry-after").and_then(|v| parse_retry_after(&v));
        let now = Instant::now();
        if status == 429 || status >= 500 {
            h.failures += 1;
            let earned = backoff(delay, h.failures, self.config.max_backoff);
            let asked = retry_after.map(|d| d.min(self.config.max_backoff));
            h.next = Some(now + asked.unwrap_or(earned).max(delay));
        } else {
            h.failures = 0;
            h.next = Some(now + delay);
        }
        let body = if status == 200 {
            resp.body_mut()
                .with_config()
                .limit(self.config.max_bytes)
                .read_to_vec()
                .map_err(|e| FetchError::Transport(transport_reason(&e)))?
        } else {
            Vec::new()
        };
        Ok(Response {
            status,
            body,
            etag,
            last_modified,
            retry_after,
            location,
        })
    }

    /// POST a JSON body (the alert webhook): no robots, no politeness, one try.
    pub fn post_json(&mut self, url: &str, body: &str) -> Result<u16, String> {
        self.requests += 1;
        self.agent
            .post(url)
            .header("Content-Type", "application/json")
            .send(body)
            .map(|r| r.status().as_u16())
            .map_err(|e| transport_reason(&e))
    }
}

/// `scheme://authority` and `/path?query` of an http(s) URL.
pub fn split(url: &str) -> Result<(String, String), FetchError> {
    let uri: Uri = url
        .parse()
        .map_err(|e: ureq::http::uri::InvalidUri| FetchError::BadUrl(e.to_string()))?;
    let scheme = uri.scheme_str().unwrap_or("");
    if scheme != "http" && scheme != "https" {
        return Err(FetchError::BadUrl(format!("{url}: not an http(s) URL")));
    }
    let authority = uri
        .authority()
        .ok_or_else(|| FetchError::BadUrl(format!("{url}: no host")))?;
    let path = uri.path_and_query().map_or("/", |p| p.as_str());
    Ok((format!("{scheme}://{authority}"), path.to_string()))
}

fn backoff(base: Duration, failures: u32, cap: Duration) -> Duration {
    let base = base.max(Duration::from_millis(500));
    base.saturating_mul(1u32 << failures.min(16)).min(cap)
}

/// `Retry-After`: delay-seconds or an HTTP-date.
pub fn parse_retry_after(v: &str) -> Option<Duration> {
    let v = v.trim();
    if let Ok(secs) = v.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let when = chrono::DateTime::parse_from_rfc2822(v).ok()?;
    let secs = (when.timestamp() - chrono::Utc::now().timestamp()).max(0);
    Some(Duration::from_secs(secs as u64))
}

fn transport_reason(e: &ureq::Error) -> String {
    match e {
        ureq::Error::Timeout(_) => "timed out".to_string(),
        ureq::Error::BodyExceedsLimit(n) => format!("body larger than {n} bytes"),
        e => e.to_string(),
    }
}

/// Sleep `d`, waking early (with `Stopped`) when `stop` is set.
pub fn sleep(d: Duration, stop: &AtomicBool) -> Result<(), FetchError> {
    let until = Instant::now() + d;
    loop {
        if stop.load(Ordering::Relaxed) {
            return Err(FetchError::Stopped);
        }
        let left = until.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Ok(());
        }
        std::thread::sleep(left.min(Duration::from_millis(50)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_split_into_host_and_path() {
        assert_eq!(
            split("https://news.example:8443/world/a?id=3").unwrap(),
            ("https://news.example:8443".into(), "/world/a?id=3".into())
        );
        assert_eq!(split("http://127.0.0.1:80").unwrap().1, "/");
        assert!(matches!(split("ftp://x/y"), Err(FetchError::BadUrl(_))));
        assert!(matches!(split("not a url"), Err(FetchError::BadUrl(_))));
    }

    #[test]
    fn retry_after_reads_seconds_and_dates() {
        assert_eq!(parse_retry_after(" 120 "), Some(Duration::from_secs(120)));
        assert_eq!(
            parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT"),
            Some(Duration::ZERO)
        );
        assert_eq!(parse_retry_after("soon"), None);
    }

    #[test]
    fn backoff_doubles_and_is_capped() {
        let cap = Duration::from_secs(60);
        let b = Duration::from_secs(1);
        assert_eq!(backoff(b, 1, cap), Duration::from_secs(2));
        assert_eq!(backoff(b, 3, cap), Duration::from_secs(8));
        assert_eq!(backoff(b, 30, cap), cap);
    }
}
