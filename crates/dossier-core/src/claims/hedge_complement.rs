//! What a hedge or a pointer back bears on: the claims its own complement states ("could not
//! confirm that …", "the accusation that …") and the earlier claim it names in other words
//! (the same participant, a person by a bare title).

use super::compute::prop_claim;
use super::*;

/// "the king" for King Abdullah, "the senator" for Senator Walker: a description by a bare
/// title (`ENTITY.<word>`, nothing else in its key) names the person whose mention carries that
/// title or follows it (`before`: the words before a code point).
pub(super) fn titled(
    person: &ActorRef,
    description: &str,
    before: impl Fn(usize) -> Vec<String>,
) -> bool {
    let Some(title) = description.strip_prefix("ENTITY.") else {
        return false;
    };
    !title.contains(['+', '@', '-'])
        && person.id.starts_with("PERSON.")
        && person.mention.as_ref().is_some_and(|m| {
            m.text
                .split(|c: char| !c.is_alphanumeric())
                .chain(before(m.start).iter().map(String::as_str))
                .any(|w| w.eq_ignore_ascii_case(title))
        })
}

/// One participant in two descriptions: the same actor, or unnamed people (`ENTITY.` keys)
/// whose named affiliations, where both give one, agree ("ENTITY.fighter+10+GROUP.ISIS" and
/// "ENTITY.individual+GROUP.ISIS").
pub(super) fn same_participant(a: &str, b: &str) -> bool {
    let (a, b) = (claim_actor_id(a), claim_actor_id(b));
    if a == b {
        return true;
    }
    let affiliations = |id: &str| -> Vec<String> {
        id.split(['+', '@'])
            .skip(1)
            .filter(|p| p.contains('.') || p.chars().all(|c| c.is_ascii_uppercase()))
            .map(str::to_string)
            .collect()
    };
    a.starts_with("ENTITY.") && b.starts_with("ENTITY.") && {
        let (fa, fb) = (affiliations(a), affiliations(b));
        fa.is_empty() || fb.is_empty() || fa.iter().any(|x| fb.contains(x))
    }
}

/// Does a word of `content` name the class of `predicate` ("infected" for `infect:passive`)?
pub(super) fn names_class(
    syn: &props::Syn,
    lex: &ClaimLexicon,
    content: &Span,
    predicate: &str,
) -> bool {
    let class = predicate.split(':').next().unwrap_or("");
    syn.tokens_in(content.start, content.end)
        .any(|i| lex.predicate(&syn.lemma_of(i), "") == Some(class))
}

/// Is token `c` the head of a clause stating a pointer noun's content: a clausal complement
/// ("reports that Egypt was behind the strikes"), also when parsed as a relative clause with a
/// subject of its own ("the claim that Mueller had been killed"; a relative's subject is its
/// pronoun).
fn content_clause(doc: &dossier_syntax::Doc, c: usize) -> bool {
    use dossier_syntax::{Rel, Upos};
    matches!(doc.tokens[c].rel, Rel::Acl | Rel::Ccomp)
        || doc.tokens[c].rel == Rel::AclRelcl
            && doc.children(c).any(|k| {
                matches!(doc.tokens[k].rel, Rel::Nsubj | Rel::NsubjPass)
                    && doc.tokens[k].upos != Upos::Pron
            })
}

/// The pointer-back noun among a content's first three words ("the reports that …").
fn opening_pointer(syn: &props::Syn, content: &Span) -> Option<usize> {
    let doc = syn.doc;
    syn.tokens_in(content.start, content.end)
        .take(3)
        .find(|&i| {
            doc.tokens[i].upos == dossier_syntax::Upos::Noun && is_anaphoric(&syn.lemma_of(i))
        })
}

/// Does a content opening with a pointer-back noun ("the accusation that …", "reports of …")
/// say what it points at: a clause or an "of"/"about" phrase on that noun?
pub(super) fn names_its_content(syn: &props::Syn, content: &Span) -> bool {
    use dossier_syntax::Rel;
    let doc = syn.doc;
    let r = syn.tokens_in(content.start, content.end);
    let Some(n) = opening_pointer(syn, content) else {
        return false;
    };
    doc.children(n).any(|c| {
        r.contains(&c)
            && (content_clause(doc, c)
                || doc.tokens[c].rel == Rel::Nmod
                    && matches!(
                        dossier_syntax::frames::case_of(doc, syn.text, c).as_str(),
                        "of" | "about"
                    ))
    })
}

/// "rumors had not been abated by the government's message", "the reports surfaced last week": a
/// pointer noun opening the content as the subject of a verb of what reports do (`pointerlife`
/// in frames.tsv) says what the reports did, not whether they are true, and bears on no claim.
/// Any other verb may judge them ("the claim doesn't make sense", "the rumor is not supported").
pub(super) fn pointer_acts(syn: &props::Syn, lex: &ClaimLexicon, content: &Span) -> bool {
    use dossier_syntax::{Rel, Upos};
    let doc = syn.doc;
    let r = syn.tokens_in(content.start, content.end);
    let Some(n) = opening_pointer(syn, content) else {
        return false;
    };
    let Some(h) = doc.head(n) else {
        return false;
    };
    matches!(doc.tokens[n].rel, Rel::Nsubj | Rel::NsubjPass)
        && r.contains(&h)
        && doc.tokens[h].upos == Upos::Verb
        && lex.is("pointerlife", &syn.lemma_of(h))
}

/// The claims a hedge's own complement states, read whether or not another statement or event
/// read its predicates first: the content's predicates, and the clause a report noun carries
/// ("the claim that Mueller had been killed", "reports that IS fighters have Ebola").
pub(super) fn complement_claims(
    syn: &props::Syn,
    x: &Extraction,
    lex: &ClaimLexicon,
    s: &Statement,
) -> Vec<DocClaim> {
    use dossier_syntax::{Rel, Upos};
    let doc = syn.doc;
    let content = syn.tokens_in(s.content.start, s.content.end);
    let mut preds = props::content_predicates(syn, lex, &s.content);
    for i in content.clone() {
        if matches!(doc.tokens[i].upos, Upos::Noun) && is_anaphoric(&syn.lemma_of(i)) {
            preds.extend(doc.children(i).filter(|&c| {
                content.contains(&c) && doc.tokens[c].upos == Upos::Verb && content_clause(doc, c)
            }));
            // "the rumors of the king personally launching airstrikes": a gerund on the noun
            // of the "of" phrase is the act the pointer names, that noun its subject.
            preds.extend(
                doc.children_with(i, Rel::Nmod)
                    .filter(|&n| dossier_syntax::frames::case_of(doc, syn.text, n) == "of")
                    .flat_map(|n| doc.children_with(n, Rel::Acl))
                    .filter(|&c| {
                        content.contains(&c)
                            && doc.tokens[c].upos == Upos::Verb
                            && doc.tokens[c].xpos == "VBG"
                    }),
            );
        }
    }
    preds.sort_unstable();
    preds.dedup();
    let mut out: Vec<DocClaim> = Vec::new();
    for p in preds {
        let Some(prop) = props::read_in(syn, x, lex, p, Some(s)) else {
            continue;
        };
        let stance = props::prop_stance(Stance::Hedge, &prop);
        let claim = prop_claim(prop, stance, Some(s.id.clone()));
        if claim.subject.id.is_empty() || out.iter().any(|c| c.key == claim.key) {
            continue;
        }
        out.push(claim);
    }
    out
}
