//! A minimal blocking W3C WebDriver client over `std::net` (one HTTP/1.1 request per command),
//! enough to drive chromedriver from a test: sessions, navigation, finding elements, text,
//! attributes, clicks, keys, scripts, screenshots. Written here rather than pulling a WebDriver
//! crate, whose HTTP client and URL stacks doubled this crate's test build.

#![allow(dead_code)]

use serde_json::{json, Value};
use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

const ELEMENT_KEY: &str = "element-6066-11e4-a52e-4f735466cecf";

pub type WdResult<T> = Result<T, String>;

pub struct Session {
    addr: String,
    id: String,
}

#[derive(Clone, Debug)]
pub struct Element(pub String);

fn request(addr: &str, method: &str, path: &str, body: Option<&Value>) -> WdResult<Value> {
    let body = body.map(|b| b.to_string()).unwrap_or_default();
    let mut s = TcpStream::connect(addr).map_err(|e| format!("connect {addr}: {e}"))?;
    s.set_read_timeout(Some(Duration::from_secs(120))).ok();
    let req = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    s.write_all(req.as_bytes()).map_err(|e| e.to_string())?;
    // Read the header, then exactly Content-Length bytes (the server may keep the connection
    // open despite `Connection: close`), or chunks, or to the end.
    let mut raw = Vec::new();
    let mut buf = [0u8; 16384];
    let split = loop {
        if let Some(p) = raw.windows(4).position(|w| w == b"\r\n\r\n") {
            break p;
        }
        let n = s
            .read(&mut buf)
            .map_err(|e| format!("{method} {path}: {e}"))?;
        if n == 0 {
            return Err(format!(
                "{method} {path}: connection closed before the reply"
            ));
        }
        raw.extend_from_slice(&buf[..n]);
    };
    let head = String::from_utf8_lossy(&raw[..split]).to_ascii_lowercase();
    let mut payload = raw[split + 4..].to_vec();
    let length = head.lines().find_map(|l| {
        l.strip_prefix("content-length:")
            .and_then(|v| v.trim().parse::<usize>().ok())
    });
    let chunked = head.contains("transfer-encoding: chunked");
    loop {
        let done = match length {
            Some(n) => payload.len() >= n,
            None if chunked => payload.ends_with(b"0\r\n\r\n"),
            None => false,
        };
        if done {
            break;
        }
        let n = s
            .read(&mut buf)
            .map_err(|e| format!("{method} {path}: {e}"))?;
        if n == 0 {
            break;
        }
        payload.extend_from_slice(&buf[..n]);
    }
    if chunked {
        payload = dechunk(&payload)?;
    }
    let v: Value = serde_json::from_slice(&payload)
        .map_err(|e| format!("{method} {path}: reply is not JSON ({e})"))?;
    let value = v.get("value").cloned().unwrap_or(Value::Null);
    if let Some(err) = value.get("error").and_then(Value::as_str) {
        let msg = value.get("message").and_then(Value::as_str).unwrap_or("");
        return Err(format!("{method} {path}: {err}: {msg}"));
    }
    Ok(value)
}

fn dechunk(mut b: &[u8]) -> WdResult<Vec<u8>> {
    let mut out = Vec::new();
    loop {
        let eol = b.windows(2).position(|w| w == b"\r\n").ok_or("bad chunk")?;
        let size_str = String::from_utf8_lossy(&b[..eol]);
        let size = usize::from_str_radix(size_str.split(';').next().unwrap_or("").trim(), 16)
            .map_err(|_| "bad chunk size")?;
        b = &b[eol + 2..];
        if size == 0 {
            return Ok(out);
        }
        out.extend_from_slice(b.get(..size).ok_or("short chunk")?);
        b = b.get(size + 2..).unwrap_or(&[]);
    }
}

/// Standard base64 (screenshots arrive as PNG in base64).
pub fn base64_decode(s: &str) -> WdResult<Vec<u8>> {
    let val = |c: u8| -> Option<u32> {
        Some(match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        } as u32)
    };
    let clean: Vec<u8> = s
        .bytes()
        .filter(|c| !c.is_ascii_whitespace() && *c != b'=')
        .collect();
    let mut out = Vec::with_capacity(clean.len() * 3 / 4);
    for chunk in clean.chunks(4) {
        let mut n = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            n |= val(c).ok_or("bad base64")? << (18 - 6 * i);
        }
        let bytes = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        out.extend_from_slice(&bytes[..chunk.len().saturating_sub(1)]);
    }
    Ok(out)
}

impl Session {
    /// Start a browser session on the WebDriver server at `addr` (`127.0.0.1:PORT`).
    pub fn new(addr: &str, capabilities: Value) -> WdResult<Session> {
        let v = request(
            addr,
            "POST",
            "/session",
            Some(&json!({ "capabilities": { "alwaysMatch": capabilities } })),
        )?;
        let id = v["sessionId"].as_str().ok_or("no session id")?.to_string();
        Ok(Session {
            addr: addr.to_string(),
            id,
        })
    }

    fn cmd(&self, method: &str, path: &str, body: Option<Value>) -> WdResult<Value> {
        request(
            &self.addr,
            method,
            &format!("/session/{}{path}", self.id),
            body.as_ref(),
        )
    }

    pub fn goto(&self, url: &str) -> WdResult<()> {
        self.cmd("POST", "/url", Some(json!({ "url": url })))
            .map(drop)
    }

    pub fn url(&self) -> WdResult<String> {
        Ok(self
            .cmd("GET", "/url", None)?
            .as_str()
            .unwrap_or("")
            .to_string())
    }

    fn element(v: Value) -> WdResult<Element> {
        v.get(ELEMENT_KEY)
            .and_then(Value::as_str)
            .map(|s| Element(s.to_string()))
            .ok_or_else(|| format!("not an element: {v}"))
    }

    pub fn find(&self, css: &str) -> WdResult<Element> {
        Self::element(self.cmd(
            "POST",
            "/element",
            Some(json!({"using": "css selector", "value": css})),
        )?)
    }

    pub fn find_xpath(&self, xpath: &str) -> WdResult<Element> {
        Self::element(self.cmd(
            "POST",
            "/element",
            Some(json!({"using": "xpath", "value": xpath})),
        )?)
    }

    pub fn find_all(&self, css: &str) -> WdResult<Vec<Element>> {
        let v = self.cmd(
            "POST",
            "/elements",
            Some(json!({"using": "css selector", "value": css})),
        )?;
        v.as_array()
            .ok_or("not a list")?
            .iter()
            .cloned()
            .map(Self::element)
            .collect()
    }

    pub fn find_in(&self, parent: &Element, css: &str) -> WdResult<Element> {
        Self::element(self.cmd(
            "POST",
            &format!("/element/{}/element", parent.0),
            Some(json!({"using": "css selector", "value": css})),
        )?)
    }

    /// Find, retrying for up to 10 s while the page loads.
    pub fn wait_find(&self, css: &str) -> WdResult<Element> {
        let start = Instant::now();
        loop {
            match self.find(css) {
                Ok(e) => return Ok(e),
                Err(e) if start.elapsed() > Duration::from_secs(10) => return Err(e),
                Err(_) => std::thread::sleep(Duration::from_millis(100)),
            }
        }
    }

    pub fn text(&self, e: &Element) -> WdResult<String> {
        Ok(self
            .cmd("GET", &format!("/element/{}/text", e.0), None)?
            .as_str()
            .unwrap_or("")
            .to_string())
    }

    pub fn attr(&self, e: &Element, name: &str) -> WdResult<Option<String>> {
        Ok(self
            .cmd("GET", &format!("/element/{}/attribute/{name}", e.0), None)?
            .as_str()
            .map(str::to_string))
    }

    pub fn click(&self, e: &Element) -> WdResult<()> {
        self.cmd("POST", &format!("/element/{}/click", e.0), Some(json!({})))
            .map(drop)
    }

    pub fn send_keys(&self, e: &Element, text: &str) -> WdResult<()> {
        self.cmd(
            "POST",
            &format!("/element/{}/value", e.0),
            Some(json!({ "text": text })),
        )
        .map(drop)
    }

    pub fn active(&self) -> WdResult<Element> {
        Self::element(self.cmd("GET", "/element/active", None)?)
    }

    /// Press and release one key on the page (not on an element), as a user would.
    pub fn press(&self, key: &str) -> WdResult<()> {
        self.cmd(
            "POST",
            "/actions",
            Some(
                json!({"actions": [{"type": "key", "id": "keyboard", "actions": [
                {"type": "keyDown", "value": key}, {"type": "keyUp", "value": key}]}]}),
            ),
        )
        .map(drop)
    }

    pub fn execute(&self, script: &str) -> WdResult<Value> {
        self.cmd(
            "POST",
            "/execute/sync",
            Some(json!({"script": script, "args": []})),
        )
    }

    pub fn alert_text(&self) -> WdResult<String> {
        Ok(self
            .cmd("GET", "/alert/text", None)?
            .as_str()
            .unwrap_or("")
            .to_string())
    }

    pub fn set_window(&self, width: u32, height: u32) -> WdResult<()> {
        self.cmd(
            "POST",
            "/window/rect",
            Some(json!({"width": width, "height": height})),
        )
        .map(drop)
    }

    pub fn screenshot(&self) -> WdResult<Vec<u8>> {
        base64_decode(
            self.cmd("GET", "/screenshot", None)?
                .as_str()
                .ok_or("no screenshot")?,
        )
    }

    pub fn quit(&self) {
        let _ = self.cmd("DELETE", "", None);
    }
}

#[test]
fn base64_round_trip() {
    assert_eq!(base64_decode("aGVsbG8=").unwrap(), b"hello");
    assert_eq!(base64_decode("iVBORw0KGgo=").unwrap(), b"\x89PNG\r\n\x1a\n");
    assert_eq!(
        dechunk(b"5\r\nhello\r\n1\r\n!\r\n0\r\n\r\n").unwrap(),
        b"hello!"
    );
}
