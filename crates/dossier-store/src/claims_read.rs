//! The read side of the claims store: ledgers (paged), timelines, claim records, the board,
//! related claims, contradictions and status changes (`claims.rs` writes and maintains them).

use super::*;

pub(super) fn load_timeline(db: &dyn Sql, key: &str) -> Result<Vec<StatusChange>> {
    changes_from(db.query(
        "SELECT s.published, d.id, s.from_status, s.to_status, s.explanation, s.text_date
             FROM status_changes s JOIN documents d ON d.rowid = s.doc
             WHERE s.claim_key = ?1 ORDER BY s.seq",
        p![key],
    )?)
}

/// The latest status change alone (a board line's "since"): one step down the key's range.
fn load_latest_change(db: &dyn Sql, key: &str) -> Result<Vec<StatusChange>> {
    changes_from(db.query(
        "SELECT s.published, d.id, s.from_status, s.to_status, s.explanation, s.text_date
             FROM status_changes s JOIN documents d ON d.rowid = s.doc
             WHERE s.claim_key = ?1 ORDER BY s.seq DESC LIMIT 1",
        p![key],
    )?)
}

fn changes_from(rows: Vec<Row>) -> Result<Vec<StatusChange>> {
    let mut timeline = Vec::new();
    for r in rows {
        timeline.push(StatusChange {
            published: r.opt_text(0)?,
            document: r.text(1)?,
            from: r.opt_text(2)?.map(|s| parse_status(&s)).transpose()?,
            to: parse_status(&r.text(3)?)?,
            explanation: r.text(4)?,
            date: date_from_json(r.opt_text(5)?),
        });
    }
    Ok(timeline)
}

/// The `text_date` column (migration 6): a `DateRef` as JSON; NULL when the text gives none
/// (and on rows stored before the column existed).
pub(super) fn date_json(d: Option<&dossier_core::model::DateRef>) -> Option<String> {
    d.and_then(|d| serde_json::to_string(d).ok())
}

/// Read back [`date_json`]; an unreadable value reads as no date (the row stays usable).
pub(super) fn date_from_json(s: Option<String>) -> Option<dossier_core::model::DateRef> {
    s.and_then(|s| serde_json::from_str(&s).ok())
}

/// The columns of a ledger row, in the order [`entry_from_row`] reads them.
pub(super) const LEDGER_COLUMNS: &str =
    "doc_id, published, outlet, speaker_id, speaker_name, speaker_country,
    via, stance, counts, sourcing, source, evidence_start, evidence_end, evidence, text_date";

/// The timeline order of a claim's ledger (the leading columns of the `ledger_timeline` index).
pub(super) const LEDGER_ORDER: &str = "ORDER BY published IS NULL, published, doc_id, seq";

pub(super) fn entry_from_row(r: &Row) -> Result<LedgerEntry> {
    Ok(LedgerEntry {
        document: r.text(0)?,
        published: r.opt_text(1)?,
        outlet: r.opt_text(2)?,
        speaker: Voice {
            id: r.text(3)?,
            name: r.text(4)?,
            country: r.opt_text(5)?,
        },
        via: match r.text(6)?.as_str() {
            "[]" => Vec::new(),
            via => serde_json::from_str(via).unwrap_or_default(),
        },
        stance: parse_enum::<LedgerStance>(&r.text(7)?)?,
        sourcing: parse_enum::<Sourcing>(&r.text(9)?)?,
        source: parse_enum::<EntrySource>(&r.text(10)?)?,
        evidence: span(r, 11)?,
        date: date_from_json(r.opt_text(14)?),
    })
}

pub(super) fn note_from_row(r: &Row) -> Result<LedgerNote> {
    Ok(LedgerNote {
        document: r.text(0)?,
        published: r.opt_text(1)?,
        outlet: r.opt_text(2)?,
        speaker: Voice {
            id: r.text(3)?,
            name: r.text(4)?,
            country: r.opt_text(5)?,
        },
        kind: parse_enum::<Stance>(&r.text(7)?)?,
        evidence: span(r, 11)?,
    })
}

/// A claim's rows that bear on status, in timeline order; all of them, or one page.
pub(super) fn load_entries(
    db: &dyn Sql,
    key: &str,
    page: Option<Page>,
) -> Result<Vec<LedgerEntry>> {
    let page = page.unwrap_or(Page {
        limit: i64::MAX as usize,
        offset: 0,
    });
    db.query(
        &format!(
            "SELECT {LEDGER_COLUMNS} FROM ledger WHERE claim_key = ?1 AND counts = 1
             {LEDGER_ORDER} LIMIT ?2 OFFSET ?3"
        ),
        p![key, page.limit.min(i64::MAX as usize), page.offset],
    )?
    .iter()
    .map(entry_from_row)
    .collect()
}

/// A claim's rows that bear on status with `published` at or after `from` (`None`: the undated
/// ones), in timeline order.
pub(super) fn load_entries_from(
    db: &dyn Sql,
    key: &str,
    from: Option<&str>,
) -> Result<Vec<LedgerEntry>> {
    let mut rows = Vec::new();
    if let Some(from) = from {
        rows = db.query(
            &format!(
                "SELECT {LEDGER_COLUMNS} FROM ledger
                 WHERE claim_key = ?1 AND counts = 1 AND (published IS NULL) = FALSE
                   AND published >= ?2
                 ORDER BY published, doc_id, seq"
            ),
            p![key, from],
        )?;
    }
    rows.extend(db.query(
        &format!(
            "SELECT {LEDGER_COLUMNS} FROM ledger
             WHERE claim_key = ?1 AND counts = 1 AND (published IS NULL) = TRUE
             ORDER BY published, doc_id, seq"
        ),
        p![key],
    )?);
    rows.iter().map(entry_from_row).collect()
}

/// A claim's notes (rows that do not bear on status), in timeline order, at most `limit`.
pub(super) fn load_notes(db: &dyn Sql, key: &str, limit: usize) -> Result<Vec<LedgerNote>> {
    db.query(
        &format!(
            "SELECT {LEDGER_COLUMNS} FROM ledger WHERE claim_key = ?1 AND counts = 0
             {LEDGER_ORDER} LIMIT ?2"
        ),
        p![key, limit.min(i64::MAX as usize)],
    )?
    .iter()
    .map(note_from_row)
    .collect()
}

/// Which part of a claim's ledger to read with it.
#[derive(Debug, Clone, Copy)]
pub(crate) enum LedgerView {
    /// Every row (exports, repair).
    All,
    /// One page of rows in timeline order (boards, claim pages); notes up to the page's size.
    Page(Page),
    /// For a brief: the whole ledger when it has at most this many rows; otherwise the first
    /// row (who raised it) and the standing entries from the claim's state (the latest word of
    /// each voice, what the status is decided on), in timeline order.
    Digest(usize),
    /// No ledger rows (listings that only need the claim's sentence and status).
    None,
    /// A board line: no ledger rows, and of the timeline only the latest change.
    Board,
}

/// A claim with its ledger, notes and timeline. `key` may be a unique prefix.
pub(crate) fn load_claim(db: &dyn Sql, key: &str) -> Result<Option<ClaimRecord>> {
    load_claim_with(db, key, LedgerView::All)
}

/// A claim's row by key or unique prefix; `{state}` is the state column or NULL.
const CLAIM_ROW: &str =
    "SELECT key, subject_id, subject_name, predicate, target_id, target_name, object, status,
            explanation, entries, {state}, last_seen
     FROM claims WHERE key >= ?1 AND key < ?1 || 'g' ORDER BY key LIMIT 1";

/// A claim with the part of its ledger `view` asks for. `key` may be a unique prefix.
pub(crate) fn load_claim_with(
    db: &dyn Sql,
    key: &str,
    view: LedgerView,
) -> Result<Option<ClaimRecord>> {
    let lex = ClaimLexicon::embedded();
    // The state (the standing entries as JSON, kilobytes) only for a digest: a board line or a
    // page does not read it.
    let sql = match view {
        LedgerView::Digest(_) => CLAIM_ROW.replace("{state}", "state"),
        _ => CLAIM_ROW.replace("{state}", "NULL"),
    };
    let Some(r) = db.query_opt(&sql, p![key])? else {
        return Ok(None);
    };
    let key = r.text(0)?;
    let subject = ActorRef {
        id: r.text(1)?,
        name: r.text(2)?,
        mention: None,
    };
    let predicate = r.text(3)?;
    let target = r.opt_text(4)?.map(|id| ActorRef {
        name: id.clone(),
        id,
        mention: None,
    });
    let target = match (target, r.opt_text(5)?) {
        (Some(t), Some(name)) => Some(ActorRef { name, ..t }),
        (t, _) => t,
    };
    let object = r.opt_text(6)?;
    let status = parse_status(&r.text(7)?)?;
    let explanation = r.text(8)?;
    let total = r.count(9)?;

    let (ledger, notes, ledger_total) = match view {
        LedgerView::All => (
            load_entries(db, &key, None)?,
            load_notes(db, &key, usize::MAX)?,
            None,
        ),
        LedgerView::Page(page) => (
            load_entries(db, &key, Some(page))?,
            load_notes(db, &key, page.limit)?,
            Some(total),
        ),
        LedgerView::Digest(max) => {
            let state = r
                .opt_text(10)?
                .and_then(|s| serde_json::from_str::<Summary>(&s).ok());
            match state {
                Some(state) if total > max => {
                    let mut ledger = load_entries(
                        db,
                        &key,
                        Some(Page {
                            limit: 1,
                            offset: 0,
                        }),
                    )?;
                    let mut standing = state.standing;
                    standing.sort_by(|a, b| {
                        position(a.published.as_deref(), &a.document)
                            .cmp(&position(b.published.as_deref(), &b.document))
                    });
                    let first = ledger.first().cloned();
                    ledger.extend(standing.into_iter().filter(|e| Some(e) != first.as_ref()));
                    (ledger, load_notes(db, &key, max)?, Some(total))
                }
                _ => (
                    load_entries(db, &key, None)?,
                    load_notes(db, &key, max)?,
                    None,
                ),
            }
        }
        LedgerView::None | LedgerView::Board => (Vec::new(), Vec::new(), Some(total)),
    };
    let timeline = match view {
        LedgerView::Board => load_latest_change(db, &key)?,
        _ => load_timeline(db, &key)?,
    };
    let claim = lex.sentence(
        &subject.name,
        &predicate,
        target.as_ref().map(|t| t.name.as_str()),
        object.as_deref(),
    );
    Ok(Some(ClaimRecord {
        id: key,
        subject,
        predicate,
        target,
        object,
        claim,
        status,
        explanation,
        ledger,
        last_seen: ledger_total.and(r.opt_text(11)?),
        ledger_total,
        timeline,
        notes,
    }))
}

/// A span stored as three columns (start, end, text) from column `i`.
pub(crate) fn span(r: &Row, i: usize) -> Result<Span> {
    Ok(Span {
        start: r.count(i)?,
        end: r.count(i + 1)?,
        text: r.text(i + 2)?,
    })
}

pub(super) fn load_all(
    db: &dyn Sql,
    keys: &[String],
    view: LedgerView,
) -> Result<Vec<ClaimRecord>> {
    keys.iter()
        .filter_map(|k| load_claim_with(db, k, view).transpose())
        .collect()
}

/// Ledger rows a listing (the board, `dossier claims`) carries per claim: the first page in
/// timeline order; `ledger_total` says how many there are.
pub const LISTING_LEDGER_ROWS: usize = 50;

/// Claims matching `filter`, most documents first.
pub(crate) fn claims(db: &dyn Sql, filter: &ClaimFilter, page: Page) -> Result<Vec<ClaimRecord>> {
    load_all(
        db,
        &board_keys(db, filter, page)?,
        LedgerView::Page(Page {
            limit: LISTING_LEDGER_ROWS,
            offset: 0,
        }),
    )
}

/// The board's lines: [`claims`] without ledger rows, the timeline cut to its latest change.
pub(crate) fn claims_board(
    db: &dyn Sql,
    filter: &ClaimFilter,
    page: Page,
) -> Result<Vec<ClaimRecord>> {
    load_all(db, &board_keys(db, filter, page)?, LedgerView::Board)
}

/// The keys of one board page, in board order (a walk down `claims_board`).
fn board_keys(db: &dyn Sql, filter: &ClaimFilter, page: Page) -> Result<Vec<String>> {
    db.texts(
        "SELECT c.key FROM claims c
         WHERE (CAST(?1 AS TEXT) IS NULL OR c.status = ?1)
           AND (CAST(?2 AS TEXT) IS NULL OR c.subject_id = ?2 OR c.target_id = ?2
                OR substr(c.subject_id, 1, length(?2) + 1) = ?2 || '.'
                OR substr(c.target_id, 1, length(?2) + 1) = ?2 || '.')
           AND (CAST(?3 AS TEXT) IS NULL OR c.last_seen >= ?3)
         ORDER BY c.documents DESC, c.last_seen IS NULL, c.last_seen DESC, c.key
         LIMIT ?4 OFFSET ?5",
        p![
            filter.status.map(|s| s.as_str()),
            filter.actor.as_deref(),
            filter.since.as_deref(),
            page.limit,
            page.offset
        ],
    )
}

/// Counts of claims per status (for the board), from the counts the `claims` triggers keep
/// (migration 10): a handful of rows whatever the number of claims.
pub(crate) fn claim_counts(db: &dyn Sql) -> Result<Vec<(ClaimStatus, usize)>> {
    db.query(
        "SELECT status, CAST(sum(claims) AS BIGINT) FROM claim_counts
         GROUP BY status HAVING sum(claims) > 0 ORDER BY status",
        &[],
    )?
    .iter()
    .map(|r| Ok((parse_status(&r.text(0)?)?, r.count(1)?)))
    .collect()
}

/// Claims about the same subject or the same kind of object as `claim`, most documents first.
pub(crate) fn related_claims(
    db: &dyn Sql,
    claim: &ClaimRecord,
    limit: usize,
) -> Result<Vec<ClaimRecord>> {
    let keys = db.texts(
        "SELECT key FROM claims
         WHERE key <> ?1 AND (subject_id = ?2 OR object = ?3)
         ORDER BY documents DESC, key LIMIT ?4",
        p![&claim.id, &claim.subject.id, &claim.object, limit],
    )?;
    // Context needs the sentence, the status and a first citation, not the ledger.
    load_all(
        db,
        &keys,
        LedgerView::Page(Page {
            limit: 1,
            offset: 0,
        }),
    )
}

/// Opposite stances from different voices on one claim: each standing assertion paired with
/// each denial by another speaker.
pub(crate) fn contradictions(db: &dyn Sql, page: Page) -> Result<Vec<Contradiction>> {
    let keys = db.texts(
        "SELECT DISTINCT a.claim_key FROM ledger a JOIN ledger d
           ON d.claim_key = a.claim_key AND d.stance = 'denies' AND a.stance = 'asserts'
          AND a.speaker_id <> d.speaker_id AND a.counts = 1 AND d.counts = 1
          AND a.source <> 'model' AND d.source <> 'model'
         ORDER BY a.claim_key LIMIT ?1 OFFSET ?2",
        p![page.limit, page.offset],
    )?;
    let mut out = Vec::new();
    for c in load_all(db, &keys, LedgerView::None)? {
        // Only what still stands: a voice that changed its word, or support that was
        // retracted, is no longer in contradiction with anyone. The claim's state holds the
        // standing entries (rebuilt from the ledger if it was never aggregated).
        let state = match load_stored(db, &c.id)?.and_then(|s| s.aggregates) {
            Some(agg) => agg.summary,
            None => summarise(&c.parties(), &load_entries(db, &c.id, None)?).0,
        };
        let standing: Vec<&LedgerEntry> = state.standing.iter().collect();
        let asserts: Vec<&LedgerEntry> = standing
            .iter()
            .copied()
            .filter(|e| e.stance == LedgerStance::Asserts)
            .collect();
        let denies: Vec<&LedgerEntry> = standing
            .iter()
            .copied()
            .filter(|e| e.stance == LedgerStance::Denies)
            .collect();
        let mut pairs: Vec<(&str, &str)> = Vec::new();
        for a in &asserts {
            for d in &denies {
                let pair = (a.speaker.id.as_str(), d.speaker.id.as_str());
                if a.speaker.id != d.speaker.id && !pairs.contains(&pair) {
                    pairs.push(pair);
                    out.push(Contradiction {
                        claim: c.id.clone(),
                        text: c.claim.clone(),
                        status: c.status,
                        asserts: (*a).clone(),
                        denies: (*d).clone(),
                    });
                }
            }
        }
    }
    Ok(out)
}

/// Status changes published on or after `since` (what a watcher is alerted to), oldest first.
pub(crate) fn changes(db: &dyn Sql, since: &str, page: Page) -> Result<Vec<ClaimChange>> {
    let rows = db.query(
        "SELECT claim_key, seq FROM status_changes WHERE published >= ?1
         ORDER BY published, claim_key, seq LIMIT ?2 OFFSET ?3",
        p![since, page.limit, page.offset],
    )?;
    let mut out = Vec::new();
    for r in rows {
        let (key, seq) = (r.text(0)?, r.count(1)?);
        if let Some(c) = load_claim_with(db, &key, LedgerView::None)? {
            if let Some(change) = c.timeline.get(seq) {
                out.push(ClaimChange {
                    claim: c.id.clone(),
                    text: c.claim.clone(),
                    change: change.clone(),
                });
            }
        }
    }
    Ok(out)
}

pub(super) fn parse_enum<T: serde::de::DeserializeOwned>(s: &str) -> Result<T> {
    // Straight from the str: no JSON value built per field (a board page reads thousands of rows).
    use serde::de::IntoDeserializer;
    T::deserialize(IntoDeserializer::<serde::de::value::Error>::into_deserializer(s))
        .map_err(|_| StoreError::Corrupt(format!("unknown value {s:?} in the ledger")))
}

pub(super) fn parse_status(s: &str) -> Result<ClaimStatus> {
    parse_enum(s)
}
