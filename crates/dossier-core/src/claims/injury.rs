//! An injury told of one's own body: "Kim Jong-un injured his right ankle", "Kim hurt his leg".
//! A verb of the `wound` class with a body part as its object (`bodypart` in
//! `data/claims/frames.tsv`) wounds no one: the proposition is that the subject was hurt —
//! `wound:passive` about them, the body part kept as detail — so it meets "Kim Jong-un was
//! injured" in another article. Verbs outside the class ("has broken both of his ankles",
//! "fractured her wrist") already state who and what as written, and are read as usual.
//! Taken to hospital ("was rushed to hospital", "medics took him to a clinic"): the one taken
//! was hospitalised (`hospitalise:passive`), as "was hospitalised" says in other words.

use super::participant::{participant, sufferer, Part};
use super::props::{finish, Prop};
use super::syn::Syn;
use super::{ClaimLexicon, PASSIVE};
use crate::model::Extraction;
use dossier_syntax::frames::{self, Frame, PredKind, Voice};
use dossier_syntax::Rel;

/// The class an injury is written in.
const WOUND: &str = "wound";

/// The class of being taken to hospital.
const HOSPITALISE: &str = "hospitalise";

/// The hospital phrase of verb `p`, when `p` takes someone to hospital: a `hospitalverb` with a
/// "to" phrase headed by a `hospitalnoun` (`frames.tsv`: "was rushed to hospital", "took him
/// to a clinic in Seoul"), on the verb or hung by the parser on its object ("rushed the
/// wounded general to hospital"). A frame verb ("take" is `skip`) is then read as the
/// hospitalisation.
pub(super) fn to_hospital(syn: &Syn, lex: &ClaimLexicon, p: usize) -> Option<usize> {
    let doc = syn.doc;
    if !lex.is("hospitalverb", &syn.lemma(p)) {
        return None;
    }
    let on_object = doc
        .children_with(p, Rel::Obj)
        .flat_map(|o| doc.children_with(o, Rel::Nmod));
    doc.children_with(p, Rel::Obl).chain(on_object).find(|&h| {
        frames::case_of(doc, syn.text, h) == "to" && lex.is("hospitalnoun", &syn.lemma(h))
    })
}

/// The hospitalisation frame `f` states: the passive's subject ("was flown to hospital") or the
/// active's object ("medics rushed the general to hospital") was hospitalised. `None` when `f`
/// takes no one to hospital (read as usual); `Some(None)` when the one taken is no one the
/// claims can name ("he flew to a clinic": going is not being taken).
pub(super) fn hospital(
    syn: &Syn,
    x: &Extraction,
    lex: &ClaimLexicon,
    f: &Frame,
) -> Option<Option<Prop>> {
    let p = f.pred;
    if f.kind != PredKind::Verb {
        return None;
    }
    let h = to_hospital(syn, lex, p)?;
    let taken = match f.voice {
        Voice::Passive => f.subj,
        Voice::Active => f.obj,
    };
    let Some(taken) = taken else {
        return Some(None);
    };
    let who: Part = sufferer(participant(syn, x, lex, taken), lex);
    if !who.is_someone() || who.pronoun && who.actor.is_none() {
        return Some(None);
    }
    let notes = vec![format!(
        "'{} to {}' → {HOSPITALISE}",
        syn.lower(p),
        syn.lower(h)
    )];
    Some(Some(finish(
        syn,
        x,
        lex,
        f,
        who,
        format!("{HOSPITALISE}{PASSIVE}"),
        None,
        None,
        None,
        notes,
    )))
}

/// The injury proposition of frame `f`: `None` when its predicate states no injury of one's
/// own body (read as usual), `Some(None)` when it states one of no one the claims can name.
pub(super) fn read(
    syn: &Syn,
    x: &Extraction,
    lex: &ClaimLexicon,
    f: &Frame,
) -> Option<Option<Prop>> {
    let (doc, p) = (syn.doc, f.pred);
    if f.kind != PredKind::Verb || f.voice != Voice::Active {
        return None;
    }
    let (form, lemma) = (syn.lower(p), syn.lemma(p));
    if lex
        .predicate(&form, "")
        .or_else(|| lex.predicate(&lemma, ""))
        != Some(WOUND)
        // "a Taliban sniper shot at his head": aimed at, no injury of the shooter's own body.
        || super::props::phrasal(syn, lex, p).is_some_and(|c| c != WOUND)
    {
        return None;
    }
    let o = f.obj?;
    // "his right ankle"; "both of his ankles" (the quantity heads the phrase).
    let part = std::iter::once(o)
        .chain(doc.children(o).filter(|&c| {
            doc.tokens[c].rel == Rel::Nmod && frames::case_of(doc, syn.text, c) == "of"
        }))
        .find(|&i| lex.is("bodypart", &syn.lemma(i)))?;
    // One's own body: a possessive pronoun on the part ("his", "her", "their"), or none at all
    // ("broke both ankles"); "broke the guard's arm" is done to someone else.
    let owner = doc.children_with(part, Rel::NmodPoss).next();
    if owner.is_some_and(|w| doc.tokens[w].upos != dossier_syntax::Upos::Pron) {
        return None;
    }
    let Some(s) = f.subj else {
        return Some(None);
    };
    let hurt: Part = sufferer(participant(syn, x, lex, s), lex);
    if !hurt.is_someone() {
        return Some(None);
    }
    let detail = participant(syn, x, lex, o).text;
    let notes = vec![format!(
        "'{form} {detail}': an injury of {}'s own body",
        hurt.text
    )];
    Some(Some(finish(
        syn,
        x,
        lex,
        f,
        hurt,
        format!("{WOUND}{PASSIVE}"),
        None,
        None,
        Some(detail),
        notes,
    )))
}
