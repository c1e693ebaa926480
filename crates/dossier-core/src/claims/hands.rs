//! A place or thing passing into someone's hands: "Mosul fell into the hands of ISIS", "the
//! airport fell under the control of the rebels", "Palmyra fell to Islamic State". The one it
//! passes to captured it (class `capture`): ISIS :capture: Mosul, as "ISIS captured Mosul" says
//! in other words. Words in `data/claims/frames.tsv`: `fallverb` (the verb), `handsnoun` with
//! `handscase` ("into the hands of", "under the control of": the noun's "of" phrase is the
//! taker), `fallcase` ("fell to" an actor named in the phrase itself; "fell to 5 percent" names
//! no one and is read as usual).

use super::participant::{done_to, participant};
use super::props::{finish, Prop};
use super::syn::Syn;
use super::ClaimLexicon;
use crate::model::Extraction;
use dossier_syntax::frames::{self, Frame, PredKind, Voice};
use dossier_syntax::Rel;

/// The class a fall into someone's hands is written in.
const CAPTURE: &str = "capture";

/// The taker of `fallverb` `p`: the "of" phrase of a `handsnoun` in a `handscase` phrase ("into
/// the hands of ISIS"), or an actor in a `fallcase` phrase ("fell to the rebels").
fn taker(syn: &Syn, lex: &ClaimLexicon, p: usize) -> Option<usize> {
    let doc = syn.doc;
    doc.children_with(p, Rel::Obl).find_map(|o| {
        let case = frames::case_of(doc, syn.text, o);
        if lex.is("handscase", &case) && lex.is("handsnoun", &syn.lemma(o)) {
            doc.children_with(o, Rel::Nmod)
                .find(|&n| frames::case_of(doc, syn.text, n) == "of")
        } else if lex.is("fallcase", &case) && syn.actor_at[o].is_some() {
            Some(o)
        } else {
            None
        }
    })
}

/// The capture frame `f` states: its subject fell into the hands of the taker. `None` when `f`
/// is no such frame (read as usual); `Some(None)` when it is one with no actor as taker, or
/// nothing named that was taken.
pub(super) fn read(
    syn: &Syn,
    x: &Extraction,
    lex: &ClaimLexicon,
    f: &Frame,
    p: usize,
) -> Option<Option<Prop>> {
    if f.kind != PredKind::Verb || f.voice != Voice::Active || !lex.is("fallverb", &syn.lemma(p)) {
        return None;
    }
    let t = taker(syn, lex, p)?;
    let by = participant(syn, x, lex, t);
    let Some(subj) = f.subj else {
        return Some(None);
    };
    let taken = participant(syn, x, lex, subj);
    if by.actor.is_none() || taken.pronoun && taken.actor.is_none() || taken.text.is_empty() {
        return Some(None);
    }
    let notes = vec![format!(
        "'{} … {}': fell to {}, read as {CAPTURE}",
        syn.lower(p),
        syn.lower(t),
        by.text
    )];
    let (target, object) = done_to(lex, CAPTURE, taken);
    if target.is_none() && object.is_none() {
        return Some(None);
    }
    Some(Some(finish(
        syn,
        x,
        lex,
        f,
        by,
        CAPTURE.to_string(),
        target,
        object,
        None,
        notes,
    )))
}
