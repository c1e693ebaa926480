//! Infection, a checkable state: "ISIS fighters have contracted Ebola in Mosul", "two soldiers
//! were infected with Ebola", "a nurse tested positive for Ebola", "Ebola has infected dozens of
//! fighters". One class, `infect` (`data/claims/predicates.tsv`): the subject is who is
//! infected (an actor through a member noun — "IS fighters" → IS —, or unnamed people kept to
//! the document), the object the disease, which must be one of `objects:infect` (`frames.tsv`,
//! classes of `objects.tsv`): "contracted a firm" or "infected the debate" is no claim.

use super::participant::{participant, sufferer, Part};
use super::props::Prop;
use super::syn::Syn;
use super::ClaimLexicon;
use crate::model::Extraction;
use dossier_syntax::frames::{self, Frame, Voice};
use dossier_syntax::{Rel, Upos};

/// The class of infection propositions.
pub const INFECT: &str = "infect";

/// The infection proposition of predicate `p`: `None` when `p` is no infection frame (read as
/// usual), `Some(None)` when it is one without a listed disease or someone infected.
pub(super) fn read(
    syn: &Syn,
    x: &Extraction,
    lex: &ClaimLexicon,
    f: &Frame,
    p: usize,
) -> Option<Option<Prop>> {
    let doc = syn.doc;
    let (form, lemma) = (syn.lower(p), syn.lemma(p));
    // "tested positive for Ebola"; "tested negative for Ebola" states the denial.
    let result = |list: &str| doc.children(p).any(|c| lex.is(list, &syn.lower(c)));
    let tested_negative = lex.is("testverb", &lemma) && result("testnegative");
    let tested = lex.is("testverb", &lemma) && (result("testpositive") || tested_negative);
    let disease_of = |i: usize| {
        let part = participant(syn, x, lex, i);
        lex.known_object(&part.text)
            .filter(|c| lex.listed("objects:infect").iter().any(|o| o == c))
            .map(|c| named_before(syn, lex, i, c).unwrap_or_else(|| c.to_string()))
    };
    if let Some(found) = cases_found(syn, x, lex, f, p, &disease_of) {
        return Some(Some(found));
    }
    if shows_signs(syn, lex, p) {
        return Some(signs_shown(syn, x, lex, f, p, &disease_of));
    }
    // "has Ebola", "does not have Ebola": a possession verb (`infecthave`) states the infection
    // only with a listed disease as its object; otherwise it is read as usual.
    let possessed = f.voice == Voice::Active && possessed_disease(syn, lex, p);
    let class = lex
        .predicate(&form, "")
        .or_else(|| lex.predicate(&lemma, ""));
    // "is being treated for Ebola", "is not being treated for Ebola": a passive treatment verb
    // (`treatverb`) with a listed disease in its case phrase ("for") states the infection, or
    // denies it; "treated for burns" is read as usual.
    let treated = f.voice == Voice::Passive
        && lex.is("treatverb", &lemma)
        && f.obl
            .iter()
            .any(|(case, h)| lex.is("infectcase", case) && disease_of(*h).is_some());
    if class != Some(INFECT) && !tested && !possessed && !treated {
        return None;
    }
    // "tested negative for Ebola, hospital officials said" with "for Ebola" hung elsewhere: the
    // fixed expression read by its words — the case word right after the result word, then
    // the disease before the next punctuation.
    let fixed_result = |p: usize| {
        let r = doc.children(p).find(|&c| {
            lex.is("testpositive", &syn.lower(c)) || lex.is("testnegative", &syn.lower(c))
        })?;
        if r + 1 >= doc.tokens.len() || !lex.is("infectcase", &syn.lower(r + 1)) {
            return None;
        }
        (r + 2..doc.tokens.len())
            .take_while(|&j| doc.tokens[j].upos != Upos::Punct)
            .find_map(disease_of)
    };
    // "positive for Ebola" may hang on "positive".
    let obl_disease = || {
        let on_positive = doc
            .children(p)
            .filter(|&c| {
                lex.is("testpositive", &syn.lower(c)) || lex.is("testnegative", &syn.lower(c))
            })
            .flat_map(|c| doc.children(c))
            .map(|h| (frames::case_of(doc, syn.text, h), h));
        f.obl
            .iter()
            .cloned()
            .chain(on_positive)
            .filter(|(case, _)| lex.is("infectcase", case))
            .find_map(|(_, h)| disease_of(h))
            .or_else(|| fixed_result(p))
    };
    // Who and what, by voice: "X contracted Ebola", "X was infected with Ebola", "X tested
    // positive for Ebola", "Ebola infected X".
    let (who, disease) = match f.voice {
        Voice::Passive => (f.subj, obl_disease()),
        // "the Spanish nurse tested negative …" read as a reduced relative on "nurse": the
        // noun it hangs on is the one tested.
        Voice::Active if tested => (
            f.subj.or_else(|| {
                (doc.tokens[p].rel == Rel::Acl)
                    .then(|| doc.head(p))
                    .flatten()
            }),
            obl_disease(),
        ),
        Voice::Active => match f.subj.and_then(disease_of) {
            Some(d) => (f.obj, Some(d)),
            None => (f.subj, f.obj.and_then(disease_of).or_else(obl_disease)),
        },
    };
    let (Some(who), Some(disease)) = (who, disease) else {
        return Some(None);
    };
    let notes = vec![format!("'{form}' → {INFECT}")];
    let denied = tested_negative.then_some("tested negative: the infection denied");
    // "treated for suspected Ebola": a disease only suspected (`suspicion`) is a possible one.
    let suspected = treated
        && f.obl.iter().any(|(case, h)| {
            lex.is("infectcase", case)
                && frames::phrase(doc, *h).any(|j| lex.is("suspicion", &syn.lower(j)))
        });
    Some(
        infection_or_denial(syn, x, lex, f, who, disease, notes, denied).map(|mut prop| {
            if suspected {
                prop.modality = Some("possible".to_string());
                prop.notes
                    .push("a suspected disease: a possible infection".to_string());
            }
            prop
        }),
    )
}

/// The infection of the one token `who` names with `disease`: "IS fighters have contracted
/// Ebola" is IS, as reports and denials across articles name it; unnamed people ("two
/// soldiers") stay people of the document. `None` for a pronoun no actor stands behind, or no
/// one at all.
fn infection(
    syn: &Syn,
    x: &Extraction,
    lex: &ClaimLexicon,
    f: &Frame,
    who: usize,
    disease: String,
    notes: Vec<String>,
) -> Option<Prop> {
    let mut who: Part = participant(syn, x, lex, who);
    if who.actor.is_none() {
        who = sufferer(who, lex);
    }
    if who.pronoun && who.actor.is_none() || !who.is_someone() {
        return None;
    }
    Some(super::props::finish(
        syn,
        x,
        lex,
        f,
        who,
        INFECT.to_string(),
        None,
        Some(disease),
        None,
        notes,
    ))
}

/// "No suspected cases of Ebola have been found in Iraq", "Nigeria confirmed two cases of Ebola
/// among health workers": cases (`casenoun`) of a listed disease found, confirmed or reported
/// (`casefind`) in a place or among people (`caseplace`, `frames.tsv`) — the place's people or
/// those people are infected; "no cases" denies it. `None` when `p` is no such verb, or its
/// cases name no listed disease or no one who has it (read as usual).
fn cases_found(
    syn: &Syn,
    x: &Extraction,
    lex: &ClaimLexicon,
    f: &Frame,
    p: usize,
    disease_of: &dyn Fn(usize) -> Option<String>,
) -> Option<Prop> {
    let doc = syn.doc;
    // "found that there were no cases of Ebola in Mosul": cases said to exist (`caseexist`
    // with "there") are cases found.
    let exist = existential(syn, lex, p);
    if !finding(syn, lex, p) && !exist {
        return None;
    }
    let n = match f.voice {
        Voice::Passive => f.subj,
        _ if exist => doc.children_with(p, Rel::Nsubj).next(),
        _ => f.obj,
    }
    .filter(|&n| lex.is("casenoun", &syn.lemma(n)))?;
    // The disease: "cases of Ebola", "Ebola cases".
    let disease = disease_named(syn, n, disease_of)?;
    // Where or among whom: on the verb ("found in Iraq") or on the cases ("cases in Iraq").
    // ("a case of Ebola in Dallas" may hang the place on the disease.)
    let of_disease = doc
        .children(n)
        .filter(|&c| doc.tokens[c].rel == Rel::Nmod && frames::case_of(doc, syn.text, c) == "of");
    let on_cases = std::iter::once(n)
        .chain(of_disease)
        .flat_map(|m| doc.children(m).filter(|&c| doc.tokens[c].rel == Rel::Nmod))
        .map(|c| (frames::case_of(doc, syn.text, c), c));
    let place = f
        .obl
        .iter()
        .cloned()
        .chain(on_cases)
        .find(|(case, _)| lex.is("caseplace", case))
        .map(|(_, h)| h)?;
    // "ruled out any Ebola case", "denied any case": cases excluded (`casedeny`).
    let excluded = lex.is("casedeny", &syn.lemma(p))
        || super::refusal::with_particle(syn, p).is_some_and(|w| lex.is("casedeny", &w));
    // ("there are no cases": the frame already reads the verb as negated by the "no".)
    let none = excluded
        || !(exist && f.negated)
            && doc
                .children_with(n, Rel::Det)
                .any(|d| lex.is("casenone", &syn.lower(d)));
    let notes = vec![format!("cases of {disease} '{}' → {INFECT}", syn.lower(p))];
    let denied = none.then_some("no cases: the infection denied");
    infection_or_denial(syn, x, lex, f, place, disease, notes, denied)
}

/// [`infection`], denied when `denied` gives the reason (noted in `merge`): "tested negative",
/// "no cases of Ebola have been found".
#[allow(clippy::too_many_arguments)]
fn infection_or_denial(
    syn: &Syn,
    x: &Extraction,
    lex: &ClaimLexicon,
    f: &Frame,
    who: usize,
    disease: String,
    mut notes: Vec<String>,
    denied: Option<&str>,
) -> Option<Prop> {
    if let Some(why) = denied {
        notes.push(why.to_string());
    }
    infection(syn, x, lex, f, who, disease, notes).map(|mut prop| {
        prop.negated ^= denied.is_some();
        prop
    })
}

/// "IS fighters have shown signs of Ebola", "two nurses developed symptoms of cholera": signs
/// (`signnoun`) of a listed disease shown (`signverb`, `frames.tsv`) make a possible infection
/// of the one showing them — modality `possible`, a hedge, never the confirmed infection a test
/// states. `None` when the signs name no listed disease or no one shows them.
fn signs_shown(
    syn: &Syn,
    x: &Extraction,
    lex: &ClaimLexicon,
    f: &Frame,
    p: usize,
    disease_of: &dyn Fn(usize) -> Option<String>,
) -> Option<Prop> {
    if f.voice != Voice::Active {
        return None;
    }
    let signs = f.obj.filter(|&o| lex.is("signnoun", &syn.lemma(o)))?;
    // "signs of Ebola", "Ebola symptoms".
    let disease = disease_named(syn, signs, disease_of)?;
    let notes = vec![format!(
        "'{} {}' of {disease} → {INFECT}, possible (signs, not a diagnosis)",
        syn.lower(p),
        syn.lower(signs)
    )];
    infection(syn, x, lex, f, f.subj?, disease, notes).map(|mut prop| {
        prop.modality.get_or_insert_with(|| "possible".to_string());
        prop
    })
}

/// The listed disease noun `n` names in a compound or its "of" phrase ("cases of Ebola",
/// "Ebola symptoms").
fn disease_named(
    syn: &Syn,
    n: usize,
    disease_of: &dyn Fn(usize) -> Option<String>,
) -> Option<String> {
    let doc = syn.doc;
    doc.children(n)
        .filter(|&c| {
            doc.tokens[c].rel == Rel::Compound
                || doc.tokens[c].rel == Rel::Nmod && frames::case_of(doc, syn.text, c) == "of"
        })
        .find_map(disease_of)
}

/// Is `p` a verb showing signs (`signverb`) whose object is a noun of signs (`signnoun`:
/// "have shown signs of Ebola")? A frame verb ("show" is `skip`) is then read as the possible
/// infection it states.
pub(super) fn shows_signs(syn: &Syn, lex: &ClaimLexicon, p: usize) -> bool {
    let doc = syn.doc;
    lex.is("signverb", &syn.lemma(p))
        && doc
            .children_with(p, Rel::Obj)
            .any(|o| lex.is("signnoun", &syn.lemma(o)))
}

/// Is `p` a verb of finding (`casefind`) whose subject or object is a noun of cases
/// (`casenoun`: "No cases of Ebola have been found", "confirmed two cases"), or an existential
/// verb whose subject is one ("there are no cases", `caseexist`)? A frame verb
/// (`skip`: "found that …", "confirmed the killing") is then read as the cases it states.
pub(super) fn finds_cases(syn: &Syn, lex: &ClaimLexicon, p: usize) -> bool {
    let doc = syn.doc;
    finding(syn, lex, p)
        && doc.children(p).any(|c| {
            matches!(doc.tokens[c].rel, Rel::NsubjPass | Rel::Obj)
                && lex.is("casenoun", &syn.lemma(c))
        })
        || existential(syn, lex, p)
            && doc
                .children_with(p, Rel::Nsubj)
                .any(|c| lex.is("casenoun", &syn.lemma(c)))
}

/// "Officials said the patient has Ebola" parsed with "has" as an auxiliary of the disease
/// name, the clause's head: a listed disease (`objects:infect`) with a possession verb
/// (`infecthave`) as its only auxiliary and no copula states that its subject has it. The
/// subject, when noun `p` is such a disease.
pub(super) fn had_disease(syn: &Syn, lex: &ClaimLexicon, p: usize) -> Option<usize> {
    let doc = syn.doc;
    let t = &doc.tokens[p];
    if !matches!(t.upos, Upos::Noun | Upos::Propn)
        || doc.children_with(p, Rel::Cop).next().is_some()
        || lex
            .known_object(&syn.lower(p))
            .is_none_or(|c| !lex.listed("objects:infect").iter().any(|l| l == c))
    {
        return None;
    }
    let mut aux = doc
        .children(p)
        .filter(|&c| matches!(doc.tokens[c].rel, Rel::Aux | Rel::AuxPass));
    let have = aux
        .next()
        .filter(|&a| lex.is("infecthave", &syn.lemma(a)))?;
    if aux.next().is_some() {
        return None;
    }
    doc.children_with(p, Rel::Nsubj).find(|&s| s < have)
}

/// The infection [`had_disease`] reads: "the patient has Ebola" with "has" parsed as an
/// auxiliary. `None` when `p` is no such disease; `Some(None)` when its subject is no one.
pub(super) fn had(
    syn: &Syn,
    x: &Extraction,
    lex: &ClaimLexicon,
    f: &Frame,
    p: usize,
) -> Option<Option<Prop>> {
    let who = had_disease(syn, lex, p)?;
    let disease = lex.known_object(&syn.lower(p))?.to_string();
    let notes = vec![format!(
        "'{} {}' (parsed as an auxiliary) → {INFECT}",
        syn.lower(p.saturating_sub(1)),
        syn.lower(p)
    )];
    Some(infection(syn, x, lex, f, who, disease, notes))
}

/// Is `p` a possession verb whose object's head is a listed disease ("has Ebola")? A saying or
/// light verb ("have" is `skip`) is read through, unless it states an infection.
pub(super) fn possessed_disease(syn: &Syn, lex: &ClaimLexicon, p: usize) -> bool {
    let doc = syn.doc;
    lex.is("infecthave", &syn.lemma(p))
        // The object's head is the disease ("has Ebola", "has the virus"), not a noun about
        // one ("has infectious disease precautions", "had 20 cases of Ebola").
        && doc.children_with(p, dossier_syntax::Rel::Obj).any(|o| {
            lex.known_object(&syn.lower(o))
                .is_some_and(|c| lex.listed("objects:infect").iter().any(|l| l == c))
        })
}

/// "contracted the disease", "the virus": an unnamed disease (class `virus`) written with
/// "the"/"this" stands for the last disease the text named before it ("… has Ebola. Another
/// soldier contracted the disease"); `None` when the class is a named one, the phrase is not
/// definite, or nothing was named before.
fn named_before(syn: &Syn, lex: &ClaimLexicon, i: usize, class: &str) -> Option<String> {
    let doc = syn.doc;
    let definite = doc
        .children_with(i, dossier_syntax::Rel::Det)
        .any(|d| matches!(syn.lower(d).as_str(), "the" | "this" | "that"));
    if class != "virus" || !definite {
        return None;
    }
    (0..i).rev().find_map(|k| {
        let word = syn.lower(k);
        let two = (k + 1 < i).then(|| format!("{word} {}", syn.lower(k + 1)));
        two.iter()
            .chain(std::iter::once(&word))
            .filter_map(|w| lex.known_object(w))
            .find(|c| *c != "virus" && lex.listed("objects:infect").iter().any(|o| o == c))
            .map(str::to_string)
    })
}

/// Is `p` an existential verb (`caseexist`, with an expletive "there": "there were no cases",
/// "there have been two cases")?
fn existential(syn: &Syn, lex: &ClaimLexicon, p: usize) -> bool {
    lex.is("caseexist", &syn.lemma(p))
        && syn
            .doc
            .children_with(p, Rel::Expl)
            .any(|e| syn.lower(e) == "there")
}

/// Is `p` a verb that finds or rules out cases (`casefind`, phrasal ones with their particle:
/// "confirmed", "ruled out")?
fn finding(syn: &Syn, lex: &ClaimLexicon, p: usize) -> bool {
    lex.is("casefind", &syn.lemma(p))
        || super::refusal::with_particle(syn, p).is_some_and(|w| lex.is("casefind", &w))
}
