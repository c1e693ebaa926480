//! Hiding low-confidence statements from a claim's ledger at read time. The ledger rows do not
//! store the confidence; the statement each row came from (same document, same content span)
//! does, in the document's extraction. The caller looks extractions up (the store); this stays
//! pure.

use crate::ledger::{ClaimRecord, EntrySource, LedgerEntry};
use crate::model::Statement;

/// The confidence of the statement a ledger row came from: the statement of `statements` (the
/// row's document's) whose content span is the row's evidence. `None` for rows that are not
/// statements or whose statement is not found (those are never hidden).
pub fn entry_confidence(entry: &LedgerEntry, statements: &[Statement]) -> Option<f32> {
    if entry.source != EntrySource::Statement {
        return None;
    }
    statements
        .iter()
        .find(|s| s.content.start == entry.evidence.start && s.content.end == entry.evidence.end)
        .map(|s| s.confidence)
}

/// Drop from `record.ledger` the statement rows whose statement's confidence is below `min`.
/// `statements_of(document id)` gives a document's statements (`None` when unknown: its rows
/// are kept). Returns how many rows were hidden. Status, explanation and timeline are left as
/// the store computed them over every row: hiding is a reading aid, not a re-assessment.
pub fn hide_low_confidence(
    record: &mut ClaimRecord,
    min: f32,
    mut statements_of: impl FnMut(&str) -> Option<Vec<Statement>>,
) -> usize {
    if min <= 0.0 {
        return 0;
    }
    let mut cache: Vec<(String, Option<Vec<Statement>>)> = Vec::new();
    let before = record.ledger.len();
    record.ledger.retain(|e| {
        if e.source != EntrySource::Statement {
            return true;
        }
        let i = match cache.iter().position(|(d, _)| d == &e.document) {
            Some(i) => i,
            None => {
                cache.push((e.document.clone(), statements_of(&e.document)));
                cache.len() - 1
            }
        };
        let Some(st) = &cache[i].1 else {
            return true;
        };
        entry_confidence(e, st).is_none_or(|c| c >= min)
    });
    let hidden = before - record.ledger.len();
    if let Some(total) = record.ledger_total.as_mut() {
        *total = total.saturating_sub(hidden);
    }
    hidden
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::{doc_claims, ClaimLexicon};
    use crate::ledger::{ClaimRecord, ClaimStatus};
    use crate::{extract, make_document, DocumentHeader};

    #[test]
    fn rows_of_low_confidence_statements_are_hidden_and_others_kept() {
        let doc = make_document(
            "Iranian Foreign Minister Abbas Araghchi said Iran had not sent drones to Russia. He said Iran had not sent drones to Russia, according to the report.",
            DocumentHeader::default(),
        );
        let x = extract(&doc);
        let entries: Vec<LedgerEntry> = doc_claims(&x, ClaimLexicon::embedded())
            .into_iter()
            .filter_map(|e| e.entry)
            .filter(|e| e.source == EntrySource::Statement)
            .collect();
        assert!(!entries.is_empty(), "{:#?}", x.statements);
        let confidences: Vec<f32> = entries
            .iter()
            .filter_map(|e| entry_confidence(e, &x.statements))
            .collect();
        assert_eq!(
            confidences.len(),
            entries.len(),
            "every row finds its statement"
        );
        let cut = confidences.iter().cloned().fold(f32::MAX, f32::min) + 0.001;
        let expect_hidden = confidences.iter().filter(|&&c| c < cut).count();
        let mut record = ClaimRecord {
            id: "k".into(),
            subject: x.statements[0].speaker.clone(),
            predicate: "send".into(),
            target: None,
            object: None,
            claim: "claim".into(),
            status: ClaimStatus::Reported,
            explanation: String::new(),
            ledger: entries.clone(),
            ledger_total: Some(entries.len()),
            last_seen: None,
            timeline: vec![],
            notes: vec![],
        };
        let st = x.statements.clone();
        assert_eq!(
            hide_low_confidence(&mut record, 0.0, |_| Some(st.clone())),
            0
        );
        let hidden = hide_low_confidence(&mut record, cut, |_| Some(st.clone()));
        assert_eq!(hidden, expect_hidden);
        assert_eq!(record.ledger.len(), entries.len() - expect_hidden);
        assert_eq!(record.ledger_total, Some(entries.len() - expect_hidden));
        // A document whose statements are unknown keeps its rows.
        let mut record2 = ClaimRecord {
            ledger: entries.clone(),
            ..record
        };
        assert_eq!(hide_low_confidence(&mut record2, 1.0, |_| None), 0);
    }
}
