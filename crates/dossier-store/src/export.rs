//! Exports and the relations graph: the store's sinks. Adding a format touches only this file
//! (and the CLI's list of format names).
//!
//! | format | one record per | notes |
//! |---|---|---|
//! | `jsonl` | document | the `dossier extract` record, as stored |
//! | `csv` | claim | id, claim, status, subject, predicate, target, object, documents, first/last seen, explanation |
//! | `claimreview` | claim | schema.org `ClaimReview` JSON-LD; status → `reviewRating` (see [`rating`]) |
//! | `gdelt` | event | GDELT 2.0 event table, 61 tab-separated columns (see [`GDELT_COLUMNS`]) |
//! | `plover` | event | PLOVER-style JSON records with `cite_info` and text spans |

use crate::db::{p, Sql};
use crate::Result;
use dossier_core::ledger::ClaimStatus;
use serde::Serialize;
use serde_json::{json, Value};
use std::io::Write;

/// The 61 columns of the GDELT 2.0 event table, in order.
pub const GDELT_COLUMNS: [&str; 61] = [
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "Actor1Geo_Type",
    "Actor1Geo_FullName",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_FullName",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
];

/// ClaimReview rating of a status: 1 (denied) … 5 (confirmed), `alternateName` = the status.
pub fn rating(s: ClaimStatus) -> u8 {
    match s {
        ClaimStatus::Denied => 1,
        ClaimStatus::Disputed => 2,
        ClaimStatus::Unverified => 3,
        ClaimStatus::Reported => 4,
        ClaimStatus::Confirmed => 5,
    }
}

/// CAMEO QuadClass of a root code: 1 verbal cooperation (01–05), 2 material cooperation
/// (06–08), 3 verbal conflict (09–13), 4 material conflict (14–20).
pub fn quad_class(cameo: &str) -> Option<u8> {
    let root: u8 = cameo.get(..2)?.parse().ok()?;
    Some(match root {
        1..=5 => 1,
        6..=8 => 2,
        9..=13 => 3,
        14..=20 => 4,
        _ => return None,
    })
}

/// One edge of the relations graph: events from one actor to another in one month.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Edge {
    pub source: String,
    pub source_name: String,
    pub target: String,
    pub target_name: String,
    /// `YYYY-MM`, or `undated`.
    pub month: String,
    pub events: usize,
    pub mean_goldstein: f64,
    /// The evidence of the event with the largest |Goldstein| score.
    pub strongest: String,
    pub strongest_document: String,
}

/// Actor × actor × month edges from asserted and reported events (denied, negated and
/// hypothetical events are not relations). `from`/`to` bound `published` (inclusive dates).
pub(crate) fn graph(db: &dyn Sql, from: Option<&str>, to: Option<&str>) -> Result<Vec<Edge>> {
    db.query(
        "WITH e AS (
           SELECT e.source_id, e.source_name, e.target_id, e.target_name, e.goldstein, e.evidence, d.id AS doc_id,
                  e.evidence_start, e.eid,
                  coalesce(substr(d.published, 1, 7), 'undated') AS month
           FROM events e JOIN documents d ON d.rowid = e.doc
           WHERE e.target_id IS NOT NULL AND e.modality IN ('asserted', 'reported')
             AND (CAST(?1 AS TEXT) IS NULL OR d.published >= ?1)
             AND (CAST(?2 AS TEXT) IS NULL OR substr(d.published, 1, 10) <= ?2)
         ), ranked AS (
           SELECT *, row_number() OVER (PARTITION BY source_id, target_id, month
                                        ORDER BY abs(goldstein) DESC, doc_id, evidence_start, eid) AS r
           FROM e
         )
         SELECT source_id, max(source_name), target_id, max(target_name), month, count(*), avg(goldstein),
                max(CASE WHEN r = 1 THEN evidence END), max(CASE WHEN r = 1 THEN doc_id END)
         FROM ranked GROUP BY source_id, target_id, month
         ORDER BY month, source_id, target_id",
        p![from, to],
    )?
    .iter()
    .map(|r| {
        Ok(Edge {
            source: r.text(0)?,
            source_name: r.text(1)?,
            target: r.text(2)?,
            target_name: r.text(3)?,
            month: r.text(4)?,
            events: r.count(5)?,
            mean_goldstein: r.real(6)?,
            strongest: r.text(7)?,
            strongest_document: r.text(8)?,
        })
    })
    .collect()
}

/// Write every stored extraction record as JSON lines.
pub(crate) fn export_jsonl(db: &dyn Sql, out: &mut dyn Write) -> Result<usize> {
    let mut n = 0;
    let mut failed = None;
    crate::documents::for_each_extraction(db, &mut |x| {
        if failed.is_none() {
            match serde_json::to_writer(&mut *out, &x)
                .map_err(std::io::Error::from)
                .and_then(|()| out.write_all(b"\n"))
            {
                Ok(()) => n += 1,
                Err(e) => failed = Some(e),
            }
        }
    })?;
    match failed {
        Some(e) => Err(crate::StoreError::Io(e)),
        None => Ok(n),
    }
}

/// Every claim as a CSV row.
pub(crate) fn export_claims_csv(db: &dyn Sql, out: &mut dyn Write) -> Result<usize> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record([
        "id",
        "claim",
        "status",
        "subject",
        "predicate",
        "target",
        "object",
        "documents",
        "first_seen",
        "last_seen",
        "explanation",
    ])
    .map_err(csv_err)?;
    let mut n = 0;
    for c in all_claims(db)? {
        let documents: std::collections::BTreeSet<&str> =
            c.ledger.iter().map(|e| e.document.as_str()).collect();
        let first = c
            .ledger
            .iter()
            .filter_map(|e| e.published.clone())
            .min()
            .unwrap_or_default();
        let last = c
            .ledger
            .iter()
            .filter_map(|e| e.published.clone())
            .max()
            .unwrap_or_default();
        w.write_record([
            c.id.as_str(),
            c.claim.as_str(),
            c.status.as_str(),
            c.subject.id.as_str(),
            c.predicate.as_str(),
            c.target.as_ref().map_or("", |t| t.id.as_str()),
            c.object.as_deref().unwrap_or(""),
            &documents.len().to_string(),
            &first,
            &last,
            c.explanation.as_str(),
        ])
        .map_err(csv_err)?;
        n += 1;
    }
    w.flush()?;
    Ok(n)
}

/// Every claim as a schema.org ClaimReview (a JSON array).
pub(crate) fn export_claimreview(db: &dyn Sql, out: &mut dyn Write) -> Result<usize> {
    let mut reviews = Vec::new();
    for c in all_claims(db)? {
        let urls = document_urls(db, c.ledger.iter().map(|e| e.document.as_str()))?;
        let first_support = c.ledger.iter().find(|e| {
            matches!(
                e.stance,
                dossier_core::ledger::LedgerStance::Asserts
                    | dossier_core::ledger::LedgerStance::Reports
            )
        });
        let last = c.ledger.iter().filter_map(|e| e.published.clone()).max();
        reviews.push(json!({
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "identifier": c.id,
            "claimReviewed": c.claim,
            "datePublished": last,
            "author": {"@type": "Organization", "name": "dossier (computed from the ledger)"},
            "reviewRating": {
                "@type": "Rating",
                "ratingValue": rating(c.status),
                "bestRating": 5,
                "worstRating": 1,
                "alternateName": c.status.as_str(),
            },
            "reviewBody": c.explanation,
            "itemReviewed": {
                "@type": "Claim",
                "author": first_support.map(|e| json!({"@type": "Thing", "name": e.speaker.name, "identifier": e.speaker.id})),
                "datePublished": first_support.and_then(|e| e.published.clone()),
                "appearance": urls.iter().map(|u| json!({"@type": "CreativeWork", "url": u})).collect::<Vec<Value>>(),
            },
        }));
    }
    serde_json::to_writer_pretty(&mut *out, &reviews).map_err(std::io::Error::from)?;
    out.write_all(b"\n")?;
    Ok(reviews.len())
}

/// Every asserted or reported event as a GDELT 2.0 event row (tab-separated, header first).
/// Filled: ids, dates, actor codes/names/countries, event codes, QuadClass, Goldstein,
/// NumMentions/NumSources/NumArticles (1 each: one article), DATEADDED, SOURCEURL; the rest
/// (tone, ethnic/religion/type codes, geography) dossier does not compute and leaves empty.
pub(crate) fn export_gdelt(db: &dyn Sql, out: &mut dyn Write) -> Result<usize> {
    writeln!(out, "{}", GDELT_COLUMNS.join("\t"))?;
    let mut n = 0;
    for_each_event(db, &mut |ev| {
        let date = ev.published.as_deref().unwrap_or("");
        let digits: String = date.chars().filter(char::is_ascii_digit).take(8).collect();
        let year = digits.get(..4).unwrap_or("");
        let month = digits.get(..6).unwrap_or("");
        let fraction = fraction_date(&digits);
        let country = |id: &str| -> String {
            let c = id.split('.').next().unwrap_or("");
            if c.len() == 3 && c.bytes().all(|b| b.is_ascii_uppercase()) {
                c.to_string()
            } else {
                String::new()
            }
        };
        let code = |id: &str| {
            id.replace('.', "")
                .chars()
                .filter(|c| c.is_ascii_alphanumeric())
                .collect::<String>()
                .to_uppercase()
        };
        let mut row = vec![String::new(); 61];
        row[0] = format!("{}", 1 + n);
        row[1] = digits.clone();
        row[2] = month.to_string();
        row[3] = year.to_string();
        row[4] = fraction;
        row[5] = code(&ev.source_id);
        row[6] = ev.source_name.to_uppercase();
        row[7] = country(&ev.source_id);
        if let Some(t) = &ev.target_id {
            row[15] = code(t);
            row[16] = ev.target_name.clone().unwrap_or_default().to_uppercase();
            row[17] = country(t);
        }
        row[25] = "1".into();
        row[26] = ev.cameo.clone();
        row[27] = ev.cameo.get(..3).unwrap_or(&ev.cameo).to_string();
        row[28] = ev.cameo.get(..2).unwrap_or(&ev.cameo).to_string();
        row[29] = quad_class(&ev.cameo)
            .map(|q| q.to_string())
            .unwrap_or_default();
        row[30] = format!("{:.1}", ev.goldstein);
        row[31] = "1".into();
        row[32] = "1".into();
        row[33] = "1".into();
        row[59] = ev
            .ingested
            .chars()
            .filter(char::is_ascii_digit)
            .take(14)
            .collect();
        row[60] = ev
            .url
            .clone()
            .unwrap_or_else(|| format!("dossier:{}", ev.doc_id));
        let clean: Vec<String> = row
            .into_iter()
            .map(|c| c.replace(['\t', '\n'], " "))
            .collect();
        n += 1;
        writeln!(out, "{}", clean.join("\t"))
    })?;
    Ok(n)
}

/// Every event as a PLOVER-style JSON record (JSON lines).
pub(crate) fn export_plover(db: &dyn Sql, out: &mut dyn Write) -> Result<usize> {
    let mut n = 0;
    for_each_event(db, &mut |ev| {
        let record = json!({
            "id": format!("{}-{}", &ev.doc_id[..ev.doc_id.len().min(12)], ev.eid),
            "date": ev.published,
            "event_type": ev.plover,
            "cameo": ev.cameo,
            "modality": ev.modality,
            "source_actor": ev.source_name,
            "source_actor_id": ev.source_id,
            "target_actor": ev.target_name,
            "target_actor_id": ev.target_id,
            "object": ev.object,
            "goldstein": ev.goldstein,
            "text": ev.evidence,
            "text_spans": {"evidence": [ev.evidence_start, ev.evidence_end]},
            "cite_info": {"doc_id": ev.doc_id, "url": ev.url, "outlet": ev.outlet, "published": ev.published},
        });
        n += 1;
        serde_json::to_writer(&mut *out, &record).map_err(std::io::Error::from)?;
        out.write_all(b"\n")
    })?;
    Ok(n)
}

fn all_claims(db: &dyn Sql) -> Result<Vec<dossier_core::ledger::ClaimRecord>> {
    let keys = db.texts("SELECT key FROM claims ORDER BY key", &[])?;
    keys.iter()
        .filter_map(|k| crate::claims::load_claim(db, k).transpose())
        .collect()
}

fn document_urls<'a>(db: &dyn Sql, ids: impl Iterator<Item = &'a str>) -> Result<Vec<String>> {
    let mut urls = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    for id in ids {
        if !seen.insert(id) {
            continue;
        }
        if let Some(r) = db.query_opt(
            &crate::documents::by_id_sql("url"),
            p![id, crate::documents::id_hash(id)],
        )? {
            if let Some(u) = r.opt_text(0)? {
                urls.push(u);
            }
        }
    }
    Ok(urls)
}

fn for_each_event(db: &dyn Sql, f: &mut dyn FnMut(&EventRow) -> std::io::Result<()>) -> Result<()> {
    db.each(
        "SELECT d.id, e.eid, e.source_id, e.source_name, e.target_id, e.target_name, e.cameo, e.plover,
                e.object, e.modality, e.goldstein, e.evidence_start, e.evidence_end, e.evidence,
                d.published, d.url, d.outlet, d.ingested_at
         FROM events e JOIN documents d ON d.rowid = e.doc
         WHERE e.modality IN ('asserted', 'reported')
         ORDER BY d.published IS NOT NULL, d.published, d.rowid, e.eid",
        &[],
        &mut |r| {
            let ev = EventRow {
                doc_id: r.text(0)?,
                eid: r.text(1)?,
                source_id: r.text(2)?,
                source_name: r.text(3)?,
                target_id: r.opt_text(4)?,
                target_name: r.opt_text(5)?,
                cameo: r.text(6)?,
                plover: r.text(7)?,
                object: r.opt_text(8)?,
                modality: r.text(9)?,
                goldstein: r.real(10)?,
                evidence_start: r.int(11)?,
                evidence_end: r.int(12)?,
                evidence: r.text(13)?,
                published: r.opt_text(14)?,
                url: r.opt_text(15)?,
                outlet: r.opt_text(16)?,
                ingested: r.text(17)?,
            };
            Ok(f(&ev)?)
        },
    )
}

struct EventRow {
    doc_id: String,
    eid: String,
    source_id: String,
    source_name: String,
    target_id: Option<String>,
    target_name: Option<String>,
    cameo: String,
    plover: String,
    object: Option<String>,
    modality: String,
    goldstein: f64,
    evidence_start: i64,
    evidence_end: i64,
    evidence: String,
    published: Option<String>,
    url: Option<String>,
    outlet: Option<String>,
    ingested: String,
}

/// GDELT's FractionDate: year + (day of year) / 365, from `YYYYMMDD`.
fn fraction_date(digits: &str) -> String {
    let (Some(y), Some(m), Some(d)) = (
        digits.get(..4).and_then(|s| s.parse::<u32>().ok()),
        digits.get(4..6).and_then(|s| s.parse::<u32>().ok()),
        digits.get(6..8).and_then(|s| s.parse::<u32>().ok()),
    ) else {
        return String::new();
    };
    const BEFORE: [u32; 12] = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
    let day = BEFORE
        .get(m.saturating_sub(1) as usize)
        .copied()
        .unwrap_or(0)
        + d;
    format!("{:.4}", y as f64 + day as f64 / 365.0)
}

fn csv_err(e: csv::Error) -> crate::StoreError {
    crate::StoreError::Io(std::io::Error::other(e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quad_classes_follow_the_cameo_roots() {
        assert_eq!(quad_class("0721"), Some(2));
        assert_eq!(quad_class("190"), Some(4));
        assert_eq!(quad_class("112"), Some(3));
        assert_eq!(quad_class("043"), Some(1));
        assert_eq!(quad_class("x"), None);
    }

    #[test]
    fn fraction_dates_match_gdelt() {
        assert_eq!(fraction_date("20240910"), "2024.6932");
        assert_eq!(fraction_date("2024"), "");
    }
}
