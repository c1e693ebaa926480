//! Date expressions in news text, resolved against the document's publication date: "on
//! Monday", "yesterday", "last week", "earlier this month", "in 2022", "two days ago", "on
//! March 3", "Jan. 5, 2024", "2024-08-05". Pure: the publication date is an argument, never
//! the clock. Word lists are `data/dates/*.tsv`.
//!
//! Each resolved expression is a [`DateRef`]: the date in ISO form at its granularity
//! (`2024-08-05` day, `2024-W32` ISO week, `2024-08` month, `2024` year) and the span of the
//! words that say it. Relative expressions need a publication date; absolute ones do not.
//! Conventions of news prose: a bare weekday ("on Monday") is the most recent such day on or
//! before publication, a month-day without a year is in the publication year unless that puts
//! it more than two months after publication (then the year before).

use crate::model::{DateRef, Extraction, Granularity, Span};
use crate::text::{Offsets, Sentence};
use regex::{Regex, RegexBuilder};
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

const MONTHS_TSV: &str = include_str!("../../../data/dates/months.tsv");
const WEEKDAYS_TSV: &str = include_str!("../../../data/dates/weekdays.tsv");
const NUMBERS_TSV: &str = include_str!("../../../data/dates/numbers.tsv");
const RELATIVE_TSV: &str = include_str!("../../../data/dates/relative.tsv");
const TIME_NOUNS_TSV: &str = include_str!("../../../data/cues/time_nouns.tsv");

/// A calendar day (proleptic Gregorian).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Day {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Day {
    pub fn new(year: i32, month: u32, day: u32) -> Option<Day> {
        (1..=12)
            .contains(&month)
            .then_some(())
            .filter(|_| day >= 1 && day <= days_in_month(year, month))
            .map(|_| Day { year, month, day })
    }

    /// The date at the start of an RFC 3339 date or date-time (`2024-08-05…`).
    pub fn parse(s: &str) -> Option<Day> {
        let s = s.trim();
        let y = s.get(0..4)?.parse().ok()?;
        if s.get(4..5)? != "-" || s.get(7..8)? != "-" {
            return None;
        }
        Day::new(y, s.get(5..7)?.parse().ok()?, s.get(8..10)?.parse().ok()?)
    }

    /// Days since 1970-01-01 (Howard Hinnant's algorithm).
    fn days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    fn from_days(z: i64) -> Day {
        let z = z + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Day { year, month, day }
    }

    pub fn add_days(self, n: i64) -> Day {
        Day::from_days(self.days() + n)
    }

    /// ISO weekday, Monday 1 … Sunday 7.
    pub fn weekday(self) -> u32 {
        ((self.days() + 3).rem_euclid(7) + 1) as u32
    }

    /// ISO week-numbering year and week.
    pub fn iso_week(self) -> (i32, u32) {
        let thursday = self.add_days(4 - i64::from(self.weekday()));
        let jan1 = Day::new(thursday.year, 1, 1).map_or(0, Day::days);
        (thursday.year, ((thursday.days() - jan1) / 7 + 1) as u32)
    }

    fn add_months(self, n: i32) -> (i32, u32) {
        let m = self.year * 12 + self.month as i32 - 1 + n;
        (m.div_euclid(12), (m.rem_euclid(12) + 1) as u32)
    }

    fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

fn value(day: Day, g: Granularity) -> String {
    match g {
        Granularity::Day => day.iso(),
        Granularity::Week => {
            let (y, w) = day.iso_week();
            format!("{y:04}-W{w:02}")
        }
        Granularity::Month => format!("{:04}-{:02}", day.year, day.month),
        Granularity::Year => format!("{:04}", day.year),
    }
}

/// The word lists and the patterns built from them, once per process.
struct Patterns {
    months: HashMap<String, u32>,
    weekdays: HashMap<String, u32>,
    numbers: HashMap<String, i64>,
    relative: HashMap<String, (i64, Granularity)>,
    /// Every pattern, each with the kind of expression it finds.
    all: Vec<(Kind, Regex)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Iso,
    MonthDay,
    DayMonth,
    MonthYear,
    InMonth,
    InYear,
    Ago,
    Weekday,
    Relative,
}

fn rows(tsv: &str) -> impl Iterator<Item = Vec<&str>> {
    tsv.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').map(str::trim).collect::<Vec<_>>())
        .filter(|r| r.len() >= 2)
}

fn alternation<'a>(words: impl Iterator<Item = &'a String>) -> String {
    let mut w: Vec<&String> = words.collect();
    // Longest first, so "sept" is tried before "sep" and "the day before yesterday" first.
    w.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    w.iter()
        .map(|s| regex::escape(s).replace(' ', r"\s+"))
        .collect::<Vec<_>>()
        .join("|")
}

/// Whether `lower` (a lowercased word) names a weekday (`data/dates/weekdays.tsv`).
pub fn is_weekday(lower: &str) -> bool {
    patterns().weekdays.contains_key(lower)
}

/// Whether `lower` (a lowercased word or lemma) is a noun of time of `data/cues/time_nouns.tsv`
/// ("week", "morning").
pub fn is_time_noun(lower: &str) -> bool {
    static NOUNS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    NOUNS
        .get_or_init(|| {
            TIME_NOUNS_TSV
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .collect()
        })
        .contains(lower)
}

/// Whether `lower` (a lowercased word) is a one-word relative day of `data/dates/relative.tsv`
/// ("today", "yesterday", "tonight").
pub fn is_relative_word(lower: &str) -> bool {
    static WORDS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    WORDS
        .get_or_init(|| {
            rows(RELATIVE_TSV)
                .map(|r| r[0])
                .filter(|w| !w.contains(' '))
                .collect()
        })
        .contains(lower)
}

/// Whether `lower` (a lowercased word) is any spelling of a month in `data/dates/months.tsv`
/// ("november", "nov", "sept").
pub fn is_month_word(lower: &str) -> bool {
    patterns().months.contains_key(lower)
}

/// Whether `lower` (a lowercased word) is a month's full name, the longest of its spellings in
/// `data/dates/months.tsv` ("september", not "sept" or "sep": abbreviations such as "Jan" are
/// also given names).
pub fn is_month_name(lower: &str) -> bool {
    let months = &patterns().months;
    months.get(lower).is_some_and(|m| {
        months
            .iter()
            .filter(|(_, n)| *n == m)
            .all(|(w, _)| w.len() <= lower.len())
    })
}

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| {
        let months: HashMap<String, u32> = rows(MONTHS_TSV)
            .filter_map(|r| Some((r[0].to_lowercase(), r[1].parse().ok()?)))
            .collect();
        let weekdays: HashMap<String, u32> = rows(WEEKDAYS_TSV)
            .filter_map(|r| Some((r[0].to_lowercase(), r[1].parse().ok()?)))
            .collect();
        let numbers: HashMap<String, i64> = rows(NUMBERS_TSV)
            .filter_map(|r| Some((r[0].to_lowercase(), r[1].parse().ok()?)))
            .collect();
        let relative: HashMap<String, (i64, Granularity)> = rows(RELATIVE_TSV)
            .filter(|r| r.len() >= 3)
            .filter_map(|r| {
                let g = granularity(r[2])?;
                Some((r[0].to_lowercase(), (r[1].parse().ok()?, g)))
            })
            .collect();
        let month = format!(r"(?P<month>{})", alternation(months.keys()));
        let weekday = format!(r"(?P<weekday>{})", alternation(weekdays.keys()));
        let number = format!(r"(?P<n>\d{{1,3}}|{})", alternation(numbers.keys()));
        let rel = alternation(relative.keys());
        let ordinal = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?";
        let year = r"(?P<year>(?:1[89]|20)\d\d)";
        let make = |p: String| {
            // ASCII classes and word boundaries (the word lists are ASCII): the regex crate's
            // DFA can then run over text with curly quotes and dashes instead of falling back
            // to its much slower capturing engines (measured: ~13 % of extraction time before).
            RegexBuilder::new(&p)
                .case_insensitive(true)
                .unicode(false)
                .build()
                .expect("date patterns are built from checked word lists")
        };
        let all = vec![
            (
                Kind::Iso,
                make(r"\b(?P<year>\d{4})-(?P<m>\d{2})-(?P<day>\d{2})\b".to_string()),
            ),
            (
                Kind::MonthDay,
                make(format!(
                    r"\b(?:on\s+)?(?:{weekday},?\s+)?{month}\.?\s+{ordinal}\b(?:,?\s+{year}\b)?"
                )),
            ),
            (
                Kind::DayMonth,
                make(format!(
                    r"\b(?:on\s+)?(?:(?:the\s+)?{ordinal}\s+(?:of\s+)?){month}\b(?:\.?,?\s+{year}\b)?"
                )),
            ),
            (Kind::MonthYear, make(format!(r"\b{month}\.?\s+(?:of\s+)?{year}\b"))),
            (
                Kind::InMonth,
                make(format!(
                    r"\b(?P<prep>in|since|during|until|by|early|late|mid-|earlier\s+in|later\s+in|last|this|next)\s*{month}\b"
                )),
            ),
            (
                Kind::InYear,
                make(format!(
                    r"\b(?:in|since|during|until|by|from|early|late|mid-|throughout)\s*{year}\b"
                )),
            ),
            (
                Kind::Ago,
                make(format!(
                    r"\b{number}\s+(?P<unit>day|week|month|year)s?\s+ago\b"
                )),
            ),
            (
                Kind::Weekday,
                make(format!(r"\b(?:(?P<rel>on|last|this|next|since|by)\s+)?{weekday}\b")),
            ),
            (Kind::Relative, make(format!(r"\b(?P<rel>{rel})\b"))),
        ];
        Patterns {
            months,
            weekdays,
            numbers,
            relative,
            all,
        }
    })
}

fn granularity(s: &str) -> Option<Granularity> {
    Some(match s {
        "day" => Granularity::Day,
        "week" => Granularity::Week,
        "month" => Granularity::Month,
        "year" => Granularity::Year,
        _ => return None,
    })
}

/// A date expression found in text: byte range and its resolution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub value: String,
    pub granularity: Granularity,
}

/// Every date expression of `text` that can be resolved (relative ones only when `published`
/// is given), in text order, without overlaps (the longer expression wins).
pub fn find(text: &str, published: Option<Day>) -> Vec<Found> {
    let p = patterns();
    let mut hits: Vec<Found> = Vec::new();
    for (kind, re) in &p.all {
        for c in re.captures_iter(text) {
            let Some(m) = c.get(0) else { continue };
            if let Some((value, granularity)) = resolve(*kind, &c, p, published) {
                hits.push(Found {
                    start: m.start(),
                    end: m.end(),
                    value,
                    granularity,
                });
            }
        }
    }
    hits.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    let mut out: Vec<Found> = Vec::with_capacity(hits.len());
    for h in hits {
        match out.last() {
            Some(last) if h.start < last.end => {
                if h.end - h.start > last.end - last.start {
                    out.pop();
                    out.push(h);
                }
            }
            _ => out.push(h),
        }
    }
    out
}

fn lower(c: &regex::Captures<'_>, name: &str) -> Option<String> {
    c.name(name).map(|m| {
        m.as_str()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    })
}

fn resolve(
    kind: Kind,
    c: &regex::Captures<'_>,
    p: &Patterns,
    published: Option<Day>,
) -> Option<(String, Granularity)> {
    let year = c.name("year").and_then(|y| y.as_str().parse::<i32>().ok());
    let month = lower(c, "month").and_then(|m| p.months.get(&m).copied());
    let day = c.name("day").and_then(|d| d.as_str().parse::<u32>().ok());
    match kind {
        Kind::Iso => {
            let m = c.name("m")?.as_str().parse().ok()?;
            Some((Day::new(year?, m, day?)?.iso(), Granularity::Day))
        }
        Kind::MonthDay | Kind::DayMonth => {
            let (month, day) = (month?, day?);
            let year = match year {
                Some(y) => y,
                None => {
                    let pubd = published?;
                    let this = Day::new(pubd.year, month, day)?;
                    // More than two months after publication: last year's.
                    if this.days() - pubd.days() > 62 {
                        pubd.year - 1
                    } else {
                        pubd.year
                    }
                }
            };
            Some((Day::new(year, month, day)?.iso(), Granularity::Day))
        }
        Kind::MonthYear => Some((format!("{:04}-{:02}", year?, month?), Granularity::Month)),
        Kind::InMonth => {
            let month = month?;
            let pubd = published?;
            let prep = lower(c, "prep").unwrap_or_default();
            let y = match prep.as_str() {
                "next" => {
                    if month > pubd.month {
                        pubd.year
                    } else {
                        pubd.year + 1
                    }
                }
                "last" if month >= pubd.month => pubd.year - 1,
                _ if month > pubd.month && prep != "this" => pubd.year - 1,
                _ => pubd.year,
            };
            Some((format!("{y:04}-{month:02}"), Granularity::Month))
        }
        Kind::InYear => Some((format!("{:04}", year?), Granularity::Year)),
        Kind::Ago => {
            let pubd = published?;
            let n = lower(c, "n")?;
            let n: i64 = n.parse().ok().or_else(|| p.numbers.get(&n).copied())?;
            let unit = granularity(&lower(c, "unit")?)?;
            Some(shift(pubd, -n, unit))
        }
        Kind::Weekday => {
            let pubd = published?;
            let wd = *p.weekdays.get(&lower(c, "weekday")?)?;
            let back = (i64::from(pubd.weekday()) - i64::from(wd)).rem_euclid(7);
            let d = match lower(c, "rel").as_deref() {
                Some("next") => pubd.add_days(if back == 0 { 7 } else { 7 - back }),
                // "last Monday" said on a Monday is a week ago.
                Some("last") if back == 0 => pubd.add_days(-7),
                _ => pubd.add_days(-back),
            };
            Some((d.iso(), Granularity::Day))
        }
        Kind::Relative => {
            let pubd = published?;
            let (offset, unit) = *p.relative.get(&lower(c, "rel")?)?;
            Some(shift(pubd, offset, unit))
        }
    }
}

fn shift(d: Day, n: i64, unit: Granularity) -> (String, Granularity) {
    let n32 = i32::try_from(n).unwrap_or(0);
    let day = match unit {
        Granularity::Day => d.add_days(n),
        Granularity::Week => d.add_days(7 * n),
        Granularity::Month => {
            let (y, m) = d.add_months(n32);
            Day {
                year: y,
                month: m,
                day: 1,
            }
        }
        Granularity::Year => Day {
            year: d.year + n32,
            month: 1,
            day: 1,
        },
    };
    (value(day, unit), unit)
}

/// The [`DateRef`]s of `text` with code-point spans.
pub fn date_refs(text: &str, offsets: &Offsets, published: Option<&str>) -> Vec<(Found, DateRef)> {
    let published = published.and_then(Day::parse);
    find(text, published)
        .into_iter()
        .map(|f| {
            let r = DateRef {
                value: f.value.clone(),
                granularity: f.granularity,
                evidence: offsets.span(text, f.start, f.end),
            };
            (f, r)
        })
        .collect()
}

/// Gap in code points between span `r` and span `a` (0 when they overlap).
fn gap(r: &Span, a: &Span) -> usize {
    if r.end <= a.start {
        a.start - r.end
    } else {
        r.start.saturating_sub(a.end)
    }
}

fn inside(r: &Span, outer: &Span) -> bool {
    r.start >= outer.start && r.end <= outer.end
}

/// Date the statements and events of `x` (the post-pass of `extract_with`).
///
/// - A statement's date is the date expression of its cue's sentence that is not inside its
///   content, nearest the cue: "Kyiv said **on Monday** that Iran sent missiles last month"
///   (what the content dates belongs to the content's events).
/// - An event's date is the date expression of its sentence nearest its evidence; an event
///   reported in a statement takes only expressions inside that statement's content.
/// - Otherwise none: the caller falls back to the publication date, and says so.
pub fn attach(x: &mut Extraction, text: &str, offsets: &Offsets, sentences: &[Sentence]) {
    let refs = date_refs(text, offsets, x.document.published.as_deref());
    if refs.is_empty() {
        return;
    }
    let bounds: Vec<(usize, usize)> = sentences
        .iter()
        .map(|s| (offsets.char_offset(s.start), offsets.char_offset(s.end)))
        .collect();
    let sentence_of = |cp: usize| -> Option<usize> {
        let i = bounds.partition_point(|&(_, end)| end <= cp);
        bounds.get(i).filter(|&&(start, _)| start <= cp).map(|_| i)
    };
    let sentence_of_span = |s: &Span| sentence_of(s.start);
    let nearest = |anchor: &Span, keep: &dyn Fn(&DateRef) -> bool| -> Option<DateRef> {
        refs.iter()
            .map(|(_, r)| r)
            .filter(|r| keep(r))
            .min_by_key(|r| (gap(&r.evidence, anchor), r.evidence.start))
            .cloned()
    };
    // "denied on Tuesday that Iran had supplied drones": a date that opens the content is
    // the statement's (it sits between the cue and "that"), not the content's.
    let opens = |r: &DateRef, content: &Span| r.evidence.start == content.start;
    for s in &mut x.statements {
        let sent = sentence_of_span(&s.cue);
        let content = s.content.clone();
        s.date = nearest(&s.cue, &|r| {
            sent.is_some()
                && sentence_of_span(&r.evidence) == sent
                && (!inside(&r.evidence, &content) || opens(r, &content))
        });
    }
    let contents: HashMap<&str, Span> = x
        .statements
        .iter()
        .map(|s| (s.id.as_str(), s.content.clone()))
        .collect();
    for e in &mut x.events {
        let sent = sentence_of_span(&e.evidence);
        let within = e.statement.as_deref().and_then(|id| contents.get(id));
        e.date = nearest(&e.evidence, &|r| {
            sent.is_some()
                && sentence_of_span(&r.evidence) == sent
                && within.is_none_or(|c| inside(&r.evidence, c) && !opens(r, c))
        });
    }
}

/// The date a reader is shown for a ledger row, a timeline step or a citation: the text's own
/// date where it gives one, the publication date otherwise, and which of the two it is.
/// Displays as `2024-08-05 (text: "on Monday", day)`, `2024-08-07 (published)` or `undated`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown<'a> {
    /// The text dates what it reports ("on Monday").
    Text(&'a DateRef),
    /// The text gives no date: the document's publication date (its day).
    Published(&'a str),
    /// Neither.
    Undated,
}

impl<'a> Shown<'a> {
    pub fn new(date: Option<&'a DateRef>, published: Option<&'a str>) -> Shown<'a> {
        match (date, published) {
            (Some(d), _) => Shown::Text(d),
            (None, Some(p)) => Shown::Published(&p[..p.len().min(10)]),
            (None, None) => Shown::Undated,
        }
    }

    /// The date alone (`2024-08-05`, `2024-W32`, `2024-08`), empty when undated.
    pub fn value(&self) -> &'a str {
        match self {
            Shown::Text(d) => &d.value,
            Shown::Published(p) => p,
            Shown::Undated => "",
        }
    }

    /// Where the date comes from, in words: `text: "on Monday", day`, `published`, `undated`.
    pub fn source(&self) -> String {
        match self {
            Shown::Text(d) => format!(
                "text: \"{}\", {}",
                d.evidence.text,
                granularity_name(d.granularity)
            ),
            Shown::Published(_) => "published".into(),
            Shown::Undated => "undated".into(),
        }
    }
}

impl std::fmt::Display for Shown<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Shown::Undated => f.write_str("undated"),
            _ => write!(f, "{} ({})", self.value(), self.source()),
        }
    }
}

/// `day`, `week`, `month`, `year`.
pub fn granularity_name(g: Granularity) -> &'static str {
    match g {
        Granularity::Day => "day",
        Granularity::Week => "week",
        Granularity::Month => "month",
        Granularity::Year => "year",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendar_words_come_from_the_data_lists() {
        assert!(is_weekday("friday") && !is_weekday("fri") && !is_weekday("friday's"));
        assert!(is_month_name("september") && is_month_name("may"));
        // Abbreviations are months to the resolver, but "Jan" is also a given name.
        assert!(!is_month_name("sept") && !is_month_name("jan") && !is_month_name("monday"));
    }

    fn one(text: &str, published: &str) -> (String, Granularity, String) {
        let f = find(text, Day::parse(published));
        assert_eq!(f.len(), 1, "{text}: {f:?}");
        let f = &f[0];
        (
            f.value.clone(),
            f.granularity,
            text[f.start..f.end].to_string(),
        )
    }

    // 2024-08-07 is a Wednesday.
    const WED: &str = "2024-08-07T10:30:00Z";

    #[test]
    fn shown_dates_say_where_they_come_from() {
        let text = "Kyiv said last week that the strikes began.";
        let refs = date_refs(text, &Offsets::new(text), Some(WED));
        let week = &refs[0].1;
        assert_eq!(
            Shown::new(Some(week), Some(WED)).to_string(),
            "2024-W31 (text: \"last week\", week)"
        );
        assert_eq!(
            Shown::new(None, Some(WED)).to_string(),
            "2024-08-07 (published)"
        );
        assert_eq!(Shown::new(None, None).to_string(), "undated");
        assert_eq!(Shown::new(None, None).value(), "");
    }

    #[test]
    fn calendar_arithmetic() {
        let d = Day::new(2024, 8, 7).unwrap();
        assert_eq!(d.weekday(), 3);
        assert_eq!(d.add_days(-7).iso(), "2024-07-31");
        assert_eq!(d.add_days(147).iso(), "2025-01-01");
        assert_eq!(
            Day::new(2024, 2, 29).unwrap().add_days(365).iso(),
            "2025-02-28"
        );
        assert_eq!(Day::new(2021, 1, 3).unwrap().iso_week(), (2020, 53));
        assert_eq!(d.iso_week(), (2024, 32));
        assert!(Day::new(2023, 2, 29).is_none());
        assert_eq!(Day::parse("2024-08-07"), Some(d));
        assert_eq!(Day::parse("Aug 7"), None);
    }

    #[test]
    fn relative_days_weeks_months_years() {
        use Granularity::*;
        let cases = [
            (
                "Russia said on Monday it had downed drones.",
                ("2024-08-05", Day, "on Monday"),
            ),
            ("Kyiv said it yesterday.", ("2024-08-06", Day, "yesterday")),
            (
                "Talks resumed last week in Doha.",
                ("2024-W31", Week, "last week"),
            ),
            (
                "Iran sent missiles earlier this month.",
                ("2024-08", Month, "earlier this month"),
            ),
            (
                "The strike came two days ago.",
                ("2024-08-05", Day, "two days ago"),
            ),
            (
                "The deal was signed 3 weeks ago.",
                ("2024-W29", Week, "3 weeks ago"),
            ),
            ("Exports fell last year.", ("2023", Year, "last year")),
            ("The law passed in 2022.", ("2022", Year, "in 2022")),
            (
                "Ministers meet next Monday.",
                ("2024-08-12", Day, "next Monday"),
            ),
            (
                "The embassy closed on Wednesday.",
                ("2024-08-07", Day, "on Wednesday"),
            ),
        ];
        for (text, (v, g, ev)) in cases {
            assert_eq!(one(text, WED), (v.to_string(), g, ev.to_string()), "{text}");
        }
    }

    #[test]
    fn month_days_with_and_without_years() {
        use Granularity::*;
        let cases = [
            (
                "The ministry said on March 3 that it would respond.",
                ("2024-03-03", Day, "on March 3"),
            ),
            (
                "Sanctions took effect Jan. 5.",
                ("2024-01-05", Day, "Jan. 5"),
            ),
            (
                "The vote on 5 January 2023 failed.",
                ("2023-01-05", Day, "on 5 January 2023"),
            ),
            (
                "Troops arrived on Monday, August 5, 2024.",
                ("2024-08-05", Day, "on Monday, August 5, 2024"),
            ),
            // Four months after publication: last year's December.
            (
                "The summit of Dec. 12 ended without a deal.",
                ("2023-12-12", Day, "Dec. 12"),
            ),
            (
                "Inflation peaked in March 2022.",
                ("2022-03", Month, "March 2022"),
            ),
            ("Shelling intensified in May.", ("2024-05", Month, "in May")),
            (
                "Exports recovered in October.",
                ("2023-10", Month, "in October"),
            ),
            (
                "The report was dated 2024-07-30.",
                ("2024-07-30", Day, "2024-07-30"),
            ),
        ];
        for (text, (v, g, ev)) in cases {
            assert_eq!(one(text, WED), (v.to_string(), g, ev.to_string()), "{text}");
        }
    }

    #[test]
    fn what_is_not_a_date() {
        for text in [
            "Moscow may respond with force.",
            "The March on Washington drew thousands.",
            "Iran sent 2022 drones to Russia.",
            "He said he would decide.",
        ] {
            assert!(
                find(text, Day::parse(WED)).is_empty(),
                "{text}: {:?}",
                find(text, Day::parse(WED))
            );
        }
        // Without a publication date only absolute dates resolve.
        assert!(find("Kyiv said on Monday that drones were downed.", None).is_empty());
        assert_eq!(find("The deal was signed on March 3, 2024.", None).len(), 1);
        assert!(find("Signed on February 30, 2024.", None).is_empty());
    }

    fn extract(text: &str, published: Option<&str>) -> Extraction {
        let doc = crate::make_document(
            text,
            crate::model::DocumentHeader {
                published: published.map(str::to_string),
                ..Default::default()
            },
        );
        crate::extract(&doc)
    }

    #[test]
    fn statements_and_events_get_the_date_of_their_own_words() {
        let x = extract(
            "Ukrainian intelligence said on Monday that Iran sent ballistic missiles to Russia last month. \
             The European Union imposed sanctions on Iran in 2022.",
            Some(WED),
        );
        let s = x
            .statements
            .iter()
            .find(|s| s.speaker.id.starts_with("UKR"))
            .expect("the statement");
        let d = s.date.as_ref().expect("the statement is dated");
        assert_eq!(
            (d.value.as_str(), d.evidence.text.as_str()),
            ("2024-08-05", "on Monday")
        );
        let sent = x
            .events
            .iter()
            .find(|e| e.source.id.starts_with("IRN"))
            .expect("the transfer");
        let d = sent.date.as_ref().expect("the transfer is dated");
        assert_eq!(
            (d.value.as_str(), d.granularity),
            ("2024-07", Granularity::Month)
        );
        assert_eq!(d.evidence.text, "last month");
        let sanctions = x
            .events
            .iter()
            .find(|e| e.source.id.starts_with("EU") || e.source.id.contains("EU"))
            .expect("the sanctions");
        let d = sanctions.date.as_ref().expect("the sanctions are dated");
        assert_eq!(
            (d.value.as_str(), d.granularity),
            ("2022", Granularity::Year)
        );
        // Spans are code points into the text.
        let x = extract(
            "Kyiv’s envoy said on Tuesday that Russia launched drones at Odesa yesterday.",
            Some(WED),
        );
        let text: Vec<char> =
            "Kyiv’s envoy said on Tuesday that Russia launched drones at Odesa yesterday."
                .chars()
                .collect();
        for d in x.statements.iter().filter_map(|s| s.date.as_ref()) {
            let words: String = text[d.evidence.start..d.evidence.end].iter().collect();
            assert_eq!(words, d.evidence.text);
            assert_eq!(d.value, "2024-08-06");
        }
    }

    #[test]
    fn a_date_between_cue_and_content_dates_the_statement_not_the_event() {
        let x = extract(
            "Iran's foreign ministry spokesman Nasser Kanaani denied on Tuesday that Iran had \
             supplied drones to Russia.",
            Some("2022-10-18"),
        );
        let denial = x.statements.iter().find(|s| s.cue.text == "denied");
        let d = denial
            .and_then(|s| s.date.as_ref())
            .expect("the denial is dated");
        assert_eq!(
            (d.value.as_str(), d.evidence.text.as_str()),
            ("2022-10-18", "on Tuesday")
        );
        let supplied = x
            .events
            .iter()
            .find(|e| e.evidence.text.contains("supplied"))
            .expect("the supply event");
        assert_eq!(
            supplied.date, None,
            "the text does not say when the drones were supplied"
        );
    }

    #[test]
    fn nothing_is_dated_without_date_words_or_without_publication() {
        let x = extract(
            "Ukrainian intelligence said on Monday that Iran sent ballistic missiles to Russia.",
            None,
        );
        assert!(x.statements.iter().all(|s| s.date.is_none()));
        assert!(x.events.iter().all(|e| e.date.is_none()));
        let x = extract(
            "Ukrainian intelligence said that Iran sent ballistic missiles to Russia.",
            Some(WED),
        );
        assert!(!x.statements.is_empty());
        assert!(x.statements.iter().all(|s| s.date.is_none()));
        assert!(x.events.iter().all(|e| e.date.is_none()));
    }
}
