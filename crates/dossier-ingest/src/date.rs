//! Publication dates: many spellings in, RFC 3339 out.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, SecondsFormat};

/// Normalise a publication date to RFC 3339: a full date (`2024-03-03`) when the input has no
/// time of day, a date-time with its offset (`2024-03-03T10:15:00+01:00`, `…Z` for UTC)
/// otherwise. Date-times without an offset are taken as UTC.
///
/// Accepted: RFC 3339 / ISO 8601 (with or without offset, `T` or space, fractional seconds),
/// RFC 2822 (`Sun, 03 Mar 2024 10:15:00 GMT`), `2024/03/03`, `March 3, 2024`, `Mar 3 2024`,
/// `3 March 2024`, `Sunday, March 3, 2024`. Years outside 1800–2200 are refused. Returns `None`
/// for anything else.
pub fn normalize_date(raw: &str) -> Option<String> {
    let s = raw.trim();
    if s.is_empty() || s.len() > 64 {
        return None;
    }
    let dt = parse_datetime(s);
    if let Some(dt) = dt {
        if !plausible_year(dt.naive_utc().date()) {
            return None;
        }
        return Some(dt.to_rfc3339_opts(SecondsFormat::AutoSi, true));
    }
    let d = parse_date(s)?;
    if !plausible_year(d) {
        return None;
    }
    Some(d.format("%Y-%m-%d").to_string())
}

fn plausible_year(d: NaiveDate) -> bool {
    use chrono::Datelike;
    (1800..=2200).contains(&d.year())
}

fn parse_datetime(s: &str) -> Option<DateTime<FixedOffset>> {
    if let Ok(dt) = DateTime::parse_from_rfc3339(s) {
        return Some(dt);
    }
    if let Ok(dt) = DateTime::parse_from_rfc2822(s) {
        return Some(dt);
    }
    const WITH_OFFSET: &[&str] = &[
        "%Y-%m-%dT%H:%M:%S%.f%z",
        "%Y-%m-%dT%H:%M:%S%z",
        "%Y-%m-%dT%H:%M%z",
        "%Y-%m-%d %H:%M:%S%.f%z",
        "%Y-%m-%d %H:%M:%S %z",
        "%Y-%m-%d %H:%M:%S%z",
        "%a, %d %b %Y %H:%M %z",
        "%d %b %Y %H:%M:%S %z",
    ];
    for f in WITH_OFFSET {
        if let Ok(dt) = DateTime::parse_from_str(s, f) {
            return Some(dt);
        }
    }
    // Trailing UTC/GMT/Z spelled out: treat as +00:00.
    let mut naive = s;
    for suffix in [" UTC", " GMT", "Z", " Z"] {
        if let Some(stripped) = s.strip_suffix(suffix) {
            naive = stripped.trim_end();
            break;
        }
    }
    const NAIVE: &[&str] = &[
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M:%S%.f",
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%d %H:%M",
        "%Y/%m/%d %H:%M:%S",
        "%Y/%m/%d %H:%M",
        "%a, %d %b %Y %H:%M:%S",
        "%d %b %Y %H:%M:%S",
    ];
    for f in NAIVE {
        if let Ok(ndt) = NaiveDateTime::parse_from_str(naive, f) {
            return Some(ndt.and_utc().fixed_offset());
        }
    }
    None
}

fn parse_date(s: &str) -> Option<NaiveDate> {
    // "March 3rd, 2024" → "March 3, 2024"; "Mar. 3" → "Mar 3"; collapse spaces.
    let mut cleaned = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !cleaned.is_empty() {
            cleaned.push(' ');
        }
        cleaned.push_str(&strip_ordinal(word.trim_end_matches('.')));
    }
    const DATE: &[&str] = &[
        "%Y-%m-%d",
        "%Y/%m/%d",
        "%Y.%m.%d",
        "%B %d, %Y",
        "%B %d %Y",
        "%d %B %Y",
        "%d %B, %Y",
        "%A, %B %d, %Y",
        "%A %B %d, %Y",
        "%A, %d %B %Y",
        "%a, %d %b %Y",
    ];
    for f in DATE {
        if let Ok(d) = NaiveDate::parse_from_str(&cleaned, f) {
            return Some(d);
        }
    }
    None
}

/// `3rd,` → `3,`; leaves other words alone.
fn strip_ordinal(w: &str) -> String {
    let (core, comma) = match w.strip_suffix(',') {
        Some(c) => (c, ","),
        None => (w, ""),
    };
    for suf in ["st", "nd", "rd", "th"] {
        if let Some(num) = core.strip_suffix(suf) {
            if !num.is_empty() && num.len() <= 2 && num.bytes().all(|b| b.is_ascii_digit()) {
                return format!("{num}{comma}");
            }
        }
    }
    w.to_string()
}

#[cfg(test)]
mod tests {
    use super::normalize_date as n;

    #[test]
    fn common_spellings() {
        assert_eq!(n("2024-03-03").as_deref(), Some("2024-03-03"));
        assert_eq!(n("2024/03/03").as_deref(), Some("2024-03-03"));
        assert_eq!(n("March 3, 2024").as_deref(), Some("2024-03-03"));
        assert_eq!(n("Mar. 3rd, 2024").as_deref(), Some("2024-03-03"));
        assert_eq!(n("3 March 2024").as_deref(), Some("2024-03-03"));
        assert_eq!(n("Sunday, March 3, 2024").as_deref(), Some("2024-03-03"));
        assert_eq!(
            n("Sun, 03 Mar 2024 10:15:00 GMT").as_deref(),
            Some("2024-03-03T10:15:00Z")
        );
        assert_eq!(
            n("Sun, 03 Mar 2024 10:15:00 +0100").as_deref(),
            Some("2024-03-03T10:15:00+01:00")
        );
        assert_eq!(
            n("2024-03-03T10:15:00+01:00").as_deref(),
            Some("2024-03-03T10:15:00+01:00")
        );
        assert_eq!(
            n("2024-03-03T10:15:00.250Z").as_deref(),
            Some("2024-03-03T10:15:00.250Z")
        );
        assert_eq!(
            n("2024-03-03 10:15:00").as_deref(),
            Some("2024-03-03T10:15:00Z")
        );
        assert_eq!(
            n("2024-03-03T10:15:00+0000").as_deref(),
            Some("2024-03-03T10:15:00Z")
        );
    }

    #[test]
    fn nonsense_is_refused() {
        assert_eq!(n(""), None);
        assert_eq!(n("yesterday"), None);
        assert_eq!(n("2024-13-45"), None);
        assert_eq!(n("31/31/2024"), None);
        assert_eq!(n("0001-01-01"), None);
        assert_eq!(n("Tuesday, March 3, 2024 at dawn"), None);
    }
}
