//! Which clauses a statement's content states: the heads of the content, their coordinated
//! predicates, and through frames that only carry another proposition (`skip` in
//! `data/claims/frames.tsv`) into their complement. Read by [`super::props`].

use super::refusal::refused;
use super::syn::Syn;
use super::ClaimLexicon;
use crate::model::Span;
use dossier_syntax::frames;
use dossier_syntax::{Rel, Upos};

/// The predicates a statement's content states: the heads of the content, their coordinated
/// predicates, looking through saying/seeming frames into their complements.
pub fn content_predicates(syn: &Syn, lex: &ClaimLexicon, content: &Span) -> Vec<usize> {
    let doc = syn.doc;
    let r = syn.tokens_in(content.start, content.end);
    let roots: Vec<usize> = r
        .clone()
        .filter(|&i| doc.head(i).is_none_or(|h| !r.contains(&h)))
        .collect();
    predicates_from(syn, lex, r, roots)
}

/// The predicates stated from `roots` down, within tokens `r` (what [`content_predicates`]
/// reads from a content's heads; `depicted.rs` from what a video shows).
pub(super) fn predicates_from(
    syn: &Syn,
    lex: &ClaimLexicon,
    r: std::ops::Range<usize>,
    roots: Vec<usize>,
) -> Vec<usize> {
    let doc = syn.doc;
    let mut stack = roots.clone();
    let mut out = Vec::new();
    let mut guard = 0;
    while let Some(i) = stack.pop() {
        guard += 1;
        if guard > 256 {
            break;
        }
        // "Steven Sotloff, who was executed by ISIS, had …": an act in a relative clause set
        // off by a comma on one of its arguments, whatever the predicate (`relative.rs`).
        if frames::is_predicate(doc, i) || matches!(doc.tokens[i].upos, Upos::Noun | Upos::Propn) {
            stack.extend(
                super::relative::set_off_acts(syn, lex, i)
                    .into_iter()
                    .filter(|c| r.contains(c) && !out.contains(c)),
            );
        }
        // "was found dead", "remains missing": the complement states a state of the subject.
        if state_via(syn, lex, i).is_some() {
            if !out.contains(&i) {
                out.push(i);
            }
            continue;
        }
        // "was found dead Saturday evening" with "dead" misread on the object: the state it
        // states is the proposition, the verb only carries it.
        if i + 1 < doc.tokens.len()
            && doc.tokens[i + 1].rel == Rel::Amod
            && state_via(syn, lex, i + 1) == Some(i)
        {
            stack.push(i + 1);
            continue;
        }
        // "the patient has Ebola" with "has" parsed as an auxiliary: the disease noun heads
        // the infection (`infection.rs`); "had ties to al-Qaeda", "remained in touch with
        // al-Qaida": a relation held (`relation.rs`).
        if super::infection::had_disease(syn, lex, i).is_some()
            || super::relation::held(syn, lex, i).is_some()
        {
            if !out.contains(&i) {
                out.push(i);
            }
            continue;
        }
        // "Officials ruled out any Ebola case in the city", "confirmed a case of Ebola in
        // Dallas": a content of cases that is the object of its cue verb states the cases the
        // verb finds or rules out (`infection.rs`; the statement's stance says which).
        if let Some(h) = doc.head(i).filter(|&h| {
            roots.contains(&i) && !r.contains(&h) && super::infection::finds_cases(syn, lex, h)
        }) {
            if !out.contains(&h) {
                out.push(h);
            }
            continue;
        }
        if !frames::is_predicate(doc, i) {
            // "denied the use of chlorine gas by IS", "no evidence of the killing of …": an act
            // behind a noun (`nominal.rs`).
            if matches!(doc.tokens[i].upos, Upos::Noun | Upos::Propn) {
                for k in super::nominal::carried(syn, lex, i, roots.contains(&i)) {
                    if !out.contains(&k) {
                        out.push(k);
                    }
                }
            }
            // "Three senior members of ISIS … were killed in a U.S. airstrike, an official
            // said": a content the parser hung on a noun states the verbs hanging on it.
            if roots.contains(&i) && matches!(doc.tokens[i].upos, Upos::Noun | Upos::Propn) {
                stack.extend(doc.children(i).filter(|&c| {
                    r.contains(&c)
                        && doc.tokens[c].upos == Upos::Verb
                        // A participle or a clause beside the noun; not a relative clause,
                        // which presupposes ("the drones that hit Kyiv were Shaheds" states
                        // what the drones were), nor a purpose ("a mission to rescue Somers").
                        && matches!(doc.tokens[c].rel, Rel::Acl | Rel::Parataxis)
                        && doc.children_with(c, Rel::Mark).next().is_none()
                }));
                // "Fidel Castro Odinga, the son of …, reportedly died": the verb hung on the
                // noun's apposition (`frame_mend::appositive_owner`).
                stack.extend(
                    doc.children_with(i, Rel::Appos)
                        .flat_map(|a| doc.children_with(a, Rel::Acl))
                        .filter(|&v| {
                            r.contains(&v) && super::frame_mend::appositive_owner(syn, v) == Some(i)
                        }),
                );
                // "… members of ISIS - including an aide to its leader - were killed": the
                // verb hung on the noun inside the aside (`misread::dash_aside_subject`).
                stack.extend(
                    r.clone().filter(|&v| {
                        super::misread::dash_aside_subject(doc, syn.text, v) == Some(i)
                    }),
                );
            }
            continue;
        }
        for c in doc.children_with(i, Rel::Conj) {
            stack.push(c);
        }
        // "After he tested positive for Ebola, he was flown home", "because IS had seized the
        // dam": an adverbial clause with a mark of fact (`factmark`) states its own
        // proposition; "if …" supposes one, "before …" is not yet done.
        stack.extend(fact_clauses(syn, lex, i).filter(|c| r.contains(c)));
        let lemma = syn.lemma(i);
        // "The theory that Ukrainian jets shot down the airliner has gained traction", "the
        // story that … was widely shared": a report noun's "that" clause is what the report
        // carries, whatever the verb says of the report. (Not what a copula says of it: "the
        // reports that the patient has Ebola are false" judges the report.)
        // "Social media was abuzz with rumours that …", "shares fell amid speculation that
        // …": so is one in the predicate's oblique or object, whatever the predicate.
        let verb = doc.tokens[i].upos == Upos::Verb;
        stack.extend(doc.children(i).filter(|&n| {
            let rel = doc.tokens[n].rel;
            (verb && matches!(rel, Rel::Nsubj | Rel::NsubjPass)
                || matches!(rel, Rel::Obl | Rel::Obj))
                && matches!(doc.tokens[n].upos, Upos::Noun | Upos::Propn)
                && lex.is("thatnoun", &syn.lemma(n))
        }));
        // "Rumours swirled that the general had been arrested", "was abuzz with rumours that
        // …" with the clause hung on the predicate: what the reports carry.
        stack.extend(
            doc.children_with(i, Rel::Ccomp)
                .filter(|&c| r.contains(&c) && super::nominal::report_clause_on_head(syn, lex, c)),
        );
        // ("confirmed there are no suspected cases": an existential clause the parser made the
        // object is the complement; "wants Williams fired" is no clause stated.)
        let through = doc.children(i).find(|&c| {
            matches!(doc.tokens[c].rel, Rel::Ccomp | Rel::Xcomp)
                || doc.tokens[c].rel == Rel::Obj
                    && c > i
                    && doc.tokens[c].upos == Upos::Verb
                    && doc.children_with(c, Rel::Expl).next().is_some()
        });
        // ("took over the airport", "took control of the jets": a frame verb written with its
        // particle or noun as a listed predicate is that predicate.)
        if lex.is("skip", &lemma)
            && lex.predicate(&lemma, "").is_none()
            && super::props::phrasal(syn, lex, i).is_none()
            && !super::infection::possessed_disease(syn, lex, i)
            && !super::infection::finds_cases(syn, lex, i)
            && !super::infection::shows_signs(syn, lex, i)
            && !super::verb_fit::done_to_people(syn, lex, i)
            && super::injury::to_hospital(syn, lex, i).is_none()
        {
            // "remains in a coma", "was found in hiding": the state its oblique states.
            let states: Vec<usize> = doc
                .children_with(i, Rel::Obl)
                .filter(|&c| state_via(syn, lex, c) == Some(i))
                .collect();
            if !states.is_empty() {
                stack.extend(states);
                continue;
            }
            // "X said that …", "it appears that …", "is believed to have …"; "confirmed the
            // killing of …", "had no evidence of the use of …": into an act behind its object.
            // "called for Trump to drop out", "urged Iran to stop": a demanded act is not done.
            let demanded = lex.is("demand", &lemma)
                && through.is_some_and(|c| doc.tokens[c].rel == Rel::Xcomp);
            if let Some(c) = through.filter(|_| !demanded) {
                stack.push(c);
            } else if demanded {
            } else if let Some(o) = doc
                .children_with(i, Rel::Obj)
                .find(|&o| matches!(doc.tokens[o].upos, Upos::Noun | Upos::Propn))
            {
                // "has no plans to send troops": the act the intention noun carries.
                let acts: Vec<usize> = doc
                    .children_with(o, Rel::Acl)
                    .filter(|&c| refused(syn, lex, c).is_some())
                    .collect();
                if acts.is_empty() {
                    stack.push(o);
                } else {
                    stack.extend(acts);
                }
            } else if let Some(n) = doc
                .children_with(i, Rel::Nsubj)
                .find(|&n| doc.tokens[n].upos == Upos::Noun && lex.is("thatnoun", &syn.lemma(n)))
            {
                // "There were rumors that Baghdadi had been killed", "reports that … have
                // circulated": a frame verb with neither complement nor object says only that
                // the report exists; the report's "that" clause is the proposition.
                stack.push(n);
            }
            continue;
        }
        // "ruled out sending troops", "refused to hand over": the act refused (negated).
        let refused_acts: Vec<usize> = doc
            .children(i)
            .filter(|&c| refused(syn, lex, c).is_some())
            .collect();
        if !refused_acts.is_empty() {
            stack.extend(refused_acts);
            continue;
        }
        // "used drones to attack Kyiv": the attack is a proposition of its own.
        if lex.is("throughxcomp", &lemma) {
            if let Some(c) = through.filter(|&c| doc.tokens[c].rel == Rel::Xcomp) {
                stack.push(c);
            }
        }
        // "is considering opening a restaurant", "is assessing whether an airstrike killed
        // …": the course or question weighed is the proposition (modality `considered`).
        if lex.is("considered", &lemma) {
            // The question may hang as an adverbial clause ("assessing whether … killed").
            let asked = doc.children_with(i, Rel::Advcl).find(|&c| {
                doc.children_with(c, Rel::Mark)
                    .any(|m| lex.is("question", &syn.lower(m)))
            });
            if let Some(c) = through.or(asked) {
                stack.push(c);
                continue;
            }
        }
        if lex.is("intended", &lemma) || decision_verb(lex, &lemma) {
            if let Some(c) = through.filter(|&c| doc.tokens[c].rel == Rel::Xcomp) {
                stack.push(c);
                continue;
            }
        }
        // "lost so much weight that he fractured his leg": a result clause is stated too.
        stack.extend(result_clauses(syn, lex, i));
        if !out.contains(&i) {
            out.push(i);
        }
    }
    out.sort_unstable();
    out
}

/// Is predicate `p` a result clause ([`result_clauses`]) whose subject `s` is a pronoun for the
/// governing clause's own named subject ("Kim Jong-un gained so much weight that he fractured
/// both ankles": "he" is Kim, named in the same sentence)?
pub(super) fn result_subject(
    syn: &Syn,
    x: &crate::model::Extraction,
    lex: &ClaimLexicon,
    p: usize,
    s: Option<usize>,
) -> bool {
    let doc = syn.doc;
    let (Some(s), Some(h)) = (s, doc.head(p)) else {
        return false;
    };
    if doc.tokens[s].upos != Upos::Pron || !result_clauses(syn, lex, h).contains(&p) {
        return false;
    }
    let Some(main) = doc
        .children(h)
        .find(|&c| doc.tokens[c].rel == Rel::Nsubj && doc.tokens[c].upos != Upos::Pron)
    else {
        return false;
    };
    let id = |i: usize| {
        super::syn::resolve_mention(syn, x, i).map(|a| super::claim_actor_id(&a.id).to_string())
    };
    id(main).is_some_and(|m| id(s) == Some(m))
}

/// The adverbial clauses of predicate `i` that state a fact of their own: a verb or predicate
/// with a subject of its own, opened by a `factmark` ("after", "because", "although").
fn fact_clauses<'a>(
    syn: &'a Syn,
    lex: &'a ClaimLexicon,
    i: usize,
) -> impl Iterator<Item = usize> + 'a {
    let doc = syn.doc;
    doc.children_with(i, Rel::Advcl).filter(move |&c| {
        frames::is_predicate(doc, c)
            // "while he was in prison", "because it was late": a copula states a fact an analyst
            // tracks only with a `state` ("after he was declared dead", "because she was a
            // hostage"); where or how someone was is the background of the main clause.
            && (doc.children_with(c, Rel::Cop).next().is_none() || lex.is("state", &syn.lemma(c)))
            && doc
                .children(c)
                .any(|k| matches!(doc.tokens[k].rel, Rel::Nsubj | Rel::NsubjPass))
            && doc
                .children_with(c, Rel::Mark)
                .any(|m| lex.is("factmark", &syn.lower(m)))
    })
}

/// The result clauses of predicate `i`: a clause it governs opened by a `resultmark` ("that")
/// after a degree word of `i`'s own words (`resultdegree`: "so much weight that", "such heavy
/// shelling that"), not right before the mark ("so that" states a purpose).
fn result_clauses(syn: &Syn, lex: &ClaimLexicon, i: usize) -> Vec<usize> {
    let doc = syn.doc;
    let own = doc.subtree(i);
    doc.children(i)
        .filter(|&c| c > i && matches!(doc.tokens[c].rel, Rel::Ccomp | Rel::Advcl))
        .filter(|&c| {
            let Some(mark) = doc
                .children_with(c, Rel::Mark)
                .find(|&m| lex.is("resultmark", &syn.lower(m)))
            else {
                return false;
            };
            let clause = doc.subtree(c);
            (i + 1..mark.saturating_sub(1)).any(|j| {
                own.contains(&j) && !clause.contains(&j) && lex.is("resultdegree", &syn.lower(j))
            })
        })
        .collect()
}

/// The verb through which adjective `i` states its subject's state, when `i` is that verb's
/// predicative complement ("The journalist was found dead", "is feared dead", "remains
/// missing": `statevia` and `state` in `frames.tsv`) and has no copula of its own.
pub(super) fn state_via(syn: &Syn, lex: &ClaimLexicon, i: usize) -> Option<usize> {
    let doc = syn.doc;
    let t = &doc.tokens[i];
    if t.upos == Upos::Noun {
        return state_noun_via(syn, lex, i);
    }
    if t.upos != Upos::Adj
        || doc.children_with(i, Rel::Cop).next().is_some()
        || !lex.is("state", &syn.lemma(i))
    {
        return None;
    }
    if t.rel == Rel::Amod {
        return misread_state(syn, lex, i);
    }
    if t.rel != Rel::Xcomp {
        return None;
    }
    doc.head(i).filter(|&h| lex.is("statevia", &syn.lemma(h)))
}

/// "Nelson was found dead Saturday evening" parsed with "dead" modifying "evening", the
/// passive's object: a passive has no object, so a `state` adjective right after a passive
/// `statevia` verb, on a noun the parser made that verb's object, is the verb's complement.
/// The verb, when adjective `i` is one.
fn misread_state(syn: &Syn, lex: &ClaimLexicon, i: usize) -> Option<usize> {
    let doc = syn.doc;
    let h = i.checked_sub(1)?;
    let n = doc.head(i)?;
    (doc.tokens[n].rel == Rel::Obj
        && doc.head(n) == Some(h)
        && lex.is("statevia", &syn.lemma(h))
        && doc.children_with(h, Rel::AuxPass).next().is_some())
    .then_some(h)
}

/// "The general remains in a coma", "was found in hiding", "is still listed in critical
/// condition": a state noun (`statenoun`) in a place phrase (`wherecase`) on a `stateplace` verb
/// with no object of its own states where its subject is, as "is in a coma" does ("the
/// militants reported at the hospital" went there: no state). The verb,
/// when noun `i` is that phrase's head ("police found him in hiding" finds, it states nothing
/// of the police).
fn state_noun_via(syn: &Syn, lex: &ClaimLexicon, i: usize) -> Option<usize> {
    let doc = syn.doc;
    if doc.tokens[i].rel != Rel::Obl
        || !lex.is("statenoun", &syn.lemma(i))
        || !lex.is("wherecase", &frames::case_of(doc, syn.text, i))
    {
        return None;
    }
    let h = doc.head(i)?;
    (doc.tokens[h].upos == Upos::Verb
        && lex.is("stateplace", &syn.lemma(h))
        && doc.children_with(h, Rel::Obj).next().is_none()
        && doc
            .children(h)
            .any(|c| matches!(doc.tokens[c].rel, Rel::Nsubj | Rel::NsubjPass)))
    .then_some(h)
}

/// A verb of a decision or a commitment whose infinitive is the act decided on or promised
/// ("decided to send troops", "agreed to withdraw": `decided`, `committed` in frames.tsv).
pub(super) fn decision_verb(lex: &ClaimLexicon, lemma: &str) -> bool {
    lex.is("decided", lemma) || lex.is("committed", lemma)
}
