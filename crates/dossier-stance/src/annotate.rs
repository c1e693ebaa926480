//! The article's own stance toward each of its claims, from the FNC-1 stance model.
//!
//! Core extracts claims from statements and events; this step asks the learned model how the
//! whole article bears on each claim (agree / disagree / discuss; unrelated claims get nothing).
//! The result goes into `Extraction::article_stances`, which the store files as ledger rows of
//! source `model`: listed and counted, never deciding a status (see `dossier_core::ledger`).

use crate::{Label, StanceModel};
use dossier_core::claims::ClaimLexicon;
use dossier_core::{ArticleStance, Document, Extraction};

/// Fill `x.article_stances` for every distinct claim of the document.
pub fn annotate(doc: &Document, x: &mut Extraction) {
    if x.claims.is_empty() {
        return;
    }
    let model = StanceModel::embedded();
    let lex = ClaimLexicon::embedded();
    let body = model.prepare_body(&doc.text);
    let mut seen: Vec<&str> = Vec::new();
    let mut out = Vec::new();
    for c in &x.claims {
        if seen.contains(&c.key.as_str()) {
            continue;
        }
        seen.push(&c.key);
        let claim = lex.sentence(
            &c.subject.name,
            &c.predicate,
            c.target.as_ref().map(|t| t.name.as_str()),
            c.object.as_deref(),
        );
        if let Some(p) = model.document_stance(&claim, &body) {
            let label = match p.label {
                Label::Agree => "agree",
                Label::Disagree => "disagree",
                Label::Discuss | Label::Unrelated => "discuss",
            };
            out.push(ArticleStance {
                claim: c.key.clone(),
                label: label.to_string(),
                confidence: p.probs[p.label.index()],
            });
        }
    }
    x.article_stances = out;
}
