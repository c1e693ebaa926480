//! Whether a verb's words fit its class: the object a verb needs to state its class
//! (`actobj`, `figobj`, `figon` in `data/claims/frames.tsv`), a phrasal verb written with its
//! particle, a light verb and its noun. Read by [`super::props`].

use super::syn::Syn;
use super::ClaimLexicon;
use crate::model::{ActorKind, Extraction};
use dossier_syntax::frames::{self, Frame, Voice};
use dossier_syntax::{Rel, Upos};

/// Does the object of frame `f` fit what verb `lemma` needs to state its class
/// (`actobj:<verb>` in frames.tsv; a verb not listed takes any object)?
pub(super) fn object_fits_verb(
    syn: &Syn,
    x: &Extraction,
    lex: &ClaimLexicon,
    f: &Frame,
    lemma: &str,
) -> bool {
    // "targeted Godane", "Godane was targeted", "targeted the embassy" attack; "is
    // targeting a March launch", "targeting 19 hours of battery life" aim at nothing attacked
    // (`actobj:someone` in frames.tsv: the verb acts only on someone or somewhere).
    // A phrasal verb is listed with its particle ("take over": "took over the city" captures,
    // "had taken over", "took over state duties" succeed someone).
    let phrase = (f.pred + 1 < syn.doc.tokens.len())
        .then(|| format!("{lemma} {}", syn.lower(f.pred + 1)))
        .filter(|ph| lex.phrase_predicate(ph).is_some());
    // A phrasal verb is judged as its phrase ("shot down the airliner" intercepts; "shot" alone
    // wounds only someone).
    let someone = match phrase.as_deref() {
        Some(ph) => lex.is("actobj:someone", ph),
        None => lex.is("actobj:someone", lemma),
    };
    if someone {
        return f.undergoer().is_some_and(|o| {
            let head = syn.lemma(o);
            syn.actor_at[o].is_some()
                || (syn.doc.tokens[o].upos == dossier_syntax::Upos::Propn
                    && !product_name(syn, x, o))
                || ["member", "people", "placenoun"]
                    .iter()
                    .any(|k| lex.is(k, &head) || lex.is(k, &syn.lower(o)))
        });
    }
    // "hit the market", "hitting such high levels", "hit the web": an object with which the
    // verb is a figure (`figobj:<verb>` in frames.tsv, lemmas of the object's head).
    if f.obj.is_some_and(|o| {
        let figures = lex.listed(&format!("figobj:{lemma}"));
        figures
            .iter()
            .any(|w| *w == syn.lemma(o) || *w == syn.lower(o))
    }) {
        return false;
    }
    // "capture it all on camera", "was caught on tape": a verb with an "on" phrase of a
    // recording medium (`figon:<verb>` in frames.tsv) films, it does not seize.
    let media = lex.listed(&format!("figon:{lemma}"));
    let doc = syn.doc;
    let on_media = |o: usize| {
        frames::case_of(doc, syn.text, o) == "on"
            && media
                .iter()
                .any(|m| *m == syn.lemma(o) || *m == syn.lower(o))
    };
    if !media.is_empty()
        && (doc.children_with(f.pred, Rel::Obl).any(on_media)
            || f.obj
                .is_some_and(|o| doc.children_with(o, Rel::Nmod).any(on_media)))
    {
        return false;
    }
    let needed = lex.listed(&format!("actobj:{lemma}"));
    // A passive's subject is its object when the verb's class is done to things
    // (`thingpatient`: "the ceasefire has been broken"); "the U.S. strike was conducted" is no
    // attack on the U.S.
    let object = match f.voice {
        Voice::Passive
            if lex
                .predicate(&syn.lower(f.pred), "")
                .is_some_and(|c| lex.is("thingpatient", c)) =>
        {
            f.undergoer()
        }
        _ => f.obj,
    };
    needed.is_empty()
        || object.is_some_and(|o| {
            needed
                .iter()
                .any(|n| *n == syn.lemma(o) || *n == syn.lower(o))
        })
}

/// "charge their Apple Watches", "charging Apple Watch": a name no actor holds, made with an
/// organisation's name, is that organisation's product, no one ("a US Marine" is someone: a
/// state makes no products).
fn product_name(syn: &Syn, x: &Extraction, o: usize) -> bool {
    syn.actor_at[o].is_none()
        && syn.doc.children_with(o, Rel::Compound).any(|c| {
            syn.actor_at[c]
                .and_then(|ai| x.actors.get(ai))
                .is_some_and(|a| a.kind == ActorKind::Organisation)
        })
}

/// The class of a phrasal verb written with its particle ("dropped out", "stepped down",
/// "shot down", "took over", "shot dead"): the verb's lemma or form and the next word, as
/// listed in `predicates.tsv`.
pub(super) fn phrasal<'l>(syn: &Syn, lex: &'l ClaimLexicon, p: usize) -> Option<&'l str> {
    let next = p + 1;
    if next >= syn.doc.tokens.len()
        || !(matches!(
            syn.doc.tokens[next].upos,
            Upos::Adp | Upos::Part | Upos::Adv | Upos::Adj
        ) || light_object(syn, p) == Some(next))
    {
        return None;
    }
    let particle = syn.lower(next);
    let (class, phrase) = [syn.lemma(p), syn.lower(p)].iter().find_map(|v| {
        let phrase = format!("{v} {particle}");
        lex.phrase_predicate(&phrase).map(|c| (c, phrase))
    })?;
    (!lex.is("aimedat", &phrase) || aimed_at(syn, lex, p)).then_some(class)
}

/// A resultative ("shot the gunman dead", "shot dead Zehaf-Bibeau", "was shot to death"):
/// verb `p` with the state it left its undergoer in, "dead" or "to death", written after it in
/// its own clause, and the verb and result listed as one predicate in `predicates.tsv`
/// ("shot dead", "shot to death" → kill). Only the object's words may come between ("shot the
/// 18-year-old gunman dead"): a verb, a clause mark or a comma ends the search, so "shot a man
/// who was dead" is no resultative. The class and the result word's token.
pub(super) fn resultative<'l>(
    syn: &Syn,
    lex: &'l ClaimLexicon,
    p: usize,
) -> Option<(&'l str, usize)> {
    let doc = syn.doc;
    let last = (p + 7).min(doc.tokens.len());
    let j = (p + 1..last)
        .take_while(|&j| {
            j == p + 1
                || matches!(
                    doc.tokens[j - 1].upos,
                    Upos::Det | Upos::Adj | Upos::Noun | Upos::Propn | Upos::Num | Upos::Part
                )
                || syn.lower(j - 1) == "-"
        })
        .find(|&j| {
            syn.lower(j) == "dead"
                || (syn.lower(j) == "to" && j + 1 < doc.tokens.len() && syn.lower(j + 1) == "death")
        })?;
    let result = if syn.lower(j) == "dead" {
        "dead"
    } else {
        "to death"
    };
    let at = if result == "dead" { j } else { j + 1 };
    let class = [syn.lower(p), syn.lemma(p)]
        .iter()
        .find_map(|v| lex.phrase_predicate(&format!("{v} {result}")))?;
    Some((class, at))
}

/// The undergoer of resultative verb `p` whose result word is `at` ("shot the gunman dead"):
/// the phrase between them, by its head (the word whose head lies outside it, as the parser
/// hangs "gunman" on "dead"); when the result follows the verb at once ("shot dead
/// Zehaf-Bibeau"), the name or noun after it that the parser made the head of "dead".
pub(super) fn resulted(syn: &Syn, p: usize, at: usize) -> Option<usize> {
    let doc = syn.doc;
    if at == p + 1 {
        return doc
            .head(at)
            .filter(|&h| h > at && matches!(doc.tokens[h].upos, Upos::Noun | Upos::Propn));
    }
    let inside = p + 1..at;
    inside.clone().rev().find(|&k| {
        matches!(
            doc.tokens[k].upos,
            Upos::Noun | Upos::Propn | Upos::Adj | Upos::Num
        ) && doc.head(k).is_none_or(|h| !inside.contains(&h))
    })
}

/// Does "shot at" (`aimedat` in frames.tsv) say at whom the shots were aimed, not where they
/// hit? Active, before the one aimed at ("Darren Wilson shot at Brown 11 times"), or passive
/// with the particle stranded ("Brown … was shot at once again", "was shot at from the back");
/// not a place or a measure after it ("was shot at the war memorial", "was shot at close
/// range", "shot at least six times": hit).
fn aimed_at(syn: &Syn, lex: &ClaimLexicon, p: usize) -> bool {
    let doc = syn.doc;
    let after = p + 2;
    // "at least", "at close range", "at point-blank range": a measure of the shot.
    if after < doc.tokens.len() && lex.is("aimedatoff", &syn.lower(after)) {
        return false;
    }
    let passive = doc
        .children(p)
        .any(|c| matches!(doc.tokens[c].rel, Rel::AuxPass | Rel::NsubjPass));
    !passive
        || after >= doc.tokens.len()
        || matches!(
            doc.tokens[after].upos,
            Upos::Adp | Upos::Adv | Upos::Punct | Upos::Cconj | Upos::Sconj | Upos::Part
        )
}

/// The object noun right after verb `p` ("took control"), which with the verb may be listed
/// as one predicate (`take control` in predicates.tsv: a light verb and its noun).
pub(super) fn light_object(syn: &Syn, p: usize) -> Option<usize> {
    let doc = syn.doc;
    let o = p + 1;
    (o < doc.tokens.len()
        && doc.tokens[o].upos == Upos::Noun
        && doc.tokens[o].rel == Rel::Obj
        && doc.head(o) == Some(p))
    .then_some(o)
}

/// The class verb `lemma` states when done to a person (`personsense:<verb>` in frames.tsv:
/// "the mayor was fired", "fired the coach" dismiss; "fired rockets", "fired on protesters" keep
/// the verb's own class): its undergoer — a passive's subject, an active's object — is a person
/// of the actor layer or an `officeholder` noun.
pub(super) fn person_sense<'l>(
    syn: &Syn,
    x: &Extraction,
    lex: &'l ClaimLexicon,
    f: &Frame,
    lemma: &str,
) -> Option<&'l str> {
    let sense = lex.listed(&format!("personsense:{lemma}")).first()?;
    // "shots being fired at Michael Brown": a phrase of the verb's own sense keeps it ("fired
    // on Tuesday" is a time).
    let own = lex.listed(&format!("personsenseoff:{lemma}"));
    let doc = syn.doc;
    let next = f.pred + 1;
    // The word right after the verb, stranded or misattached ("was fired at by a gunman").
    let right_after = next < doc.tokens.len()
        && doc.tokens[next].upos == Upos::Adp
        && own.contains(&syn.lower(next))
        && !doc
            .head(next)
            .is_some_and(|h| lex.is("calendar", &syn.lower(h)));
    if right_after
        || f.obl
            .iter()
            .any(|(case, h)| own.contains(case) && !lex.is("calendar", &syn.lower(*h)))
    {
        return None;
    }
    let u = f.undergoer()?;
    // Nouns of persons besides a named one: office holders ("fired the coach"), unless the
    // verb lists its own (`personsensenoun:<verb>`: "released the hostages" — `people`).
    let nouns = lex.listed(&format!("personsensenoun:{lemma}"));
    let person = syn.actor_at[u].is_some_and(|ai| x.actors[ai].kind == ActorKind::Person)
        || if nouns.is_empty() {
            lex.is("officeholder", &syn.lemma(u))
        } else {
            nouns.iter().any(|k| lex.is(k, &syn.lemma(u)))
        };
    person.then_some(sense.as_str())
}

/// Is `v` a frame verb (`skip`) with a sense done to people listed by noun
/// (`personsensenoun:<verb>` in frames.tsv) whose object is such a noun ("released the
/// hostages")? It then states that act, not a frame ("released a video").
pub(super) fn done_to_people(syn: &Syn, lex: &ClaimLexicon, v: usize) -> bool {
    let nouns = lex.listed(&format!("personsensenoun:{}", syn.lemma(v)));
    !nouns.is_empty()
        && syn
            .doc
            .children_with(v, Rel::Obj)
            .any(|o| nouns.iter().any(|k| lex.is(k, &syn.lemma(o))))
}
