//! Acts behind nouns: "the use of chlorine gas against Kurdish fighters", "IS's use of
//! chlorine", "the killing of James Foley by IS", "no evidence of the use of chlorine by IS",
//! "accused IS of the use of chlorine gas". An act noun (`actnoun` in `data/claims/frames.tsv`,
//! its class by `predicates.tsv`) is read as its verb would be: its doer is the possessor or the
//! `by` phrase (or the actor it hangs on by "of", "accused IS of the use of …"), its undergoer
//! the `of` phrase; with no doer the undergoer is the subject, as for doer-less passives ("the
//! killing of Foley" = Foley was killed). Nouns that only carry another proposition
//! (`carrier`: "evidence of", "reports of", "signs of") are looked through into their `of`
//! phrase; an act noun with a relative clause ("reports of an air strike that wounded
//! Baghdadi") states that clause.

use super::syn::Syn;
use super::ClaimLexicon;
use dossier_syntax::frames::{self, Frame, Voice};
use dossier_syntax::{Rel, Upos};

/// Is token `i` an act noun of a predicate class ("use", "killing", "execution")?
pub(super) fn is_act_noun(syn: &Syn, lex: &ClaimLexicon, i: usize) -> bool {
    let doc = syn.doc;
    doc.tokens[i].upos == Upos::Noun && {
        let (form, lemma) = (syn.lower(i), syn.lemma(i));
        (lex.is("actnoun", &form) || lex.is("actnoun", &lemma))
            && (lex.predicate(&form, "").is_some() || lex.predicate(&lemma, "").is_some())
    }
}

/// The predicates a noun of a statement's content carries: itself when it is an act noun (or
/// the relative clause that states what it did), else through a `carrier` noun or the noun
/// a content opens with into their `of` phrases ("evidence of the use of …", "IS of the use of
/// …"). `opening`: the noun is a head of the content.
pub(super) fn carried(syn: &Syn, lex: &ClaimLexicon, i: usize, opening: bool) -> Vec<usize> {
    let doc = syn.doc;
    let mut out = Vec::new();
    let mut stack = vec![(i, opening)];
    let mut guard = 0;
    while let Some((k, open)) = stack.pop() {
        guard += 1;
        if guard > 16 {
            break;
        }
        if is_act_noun(syn, lex, k) {
            // "reports of an air strike that wounded Baghdadi": the clause is what happened.
            let relcl: Vec<usize> = doc
                .children_with(k, Rel::AclRelcl)
                .filter(|&c| doc.tokens[c].upos == Upos::Verb)
                .collect();
            if relcl.is_empty() {
                out.push(k);
            } else {
                out.extend(relcl);
            }
            continue;
        }
        // "rumors that Baghdadi had been killed", "reports that IS fighters contracted
        // Ebola": a report noun's "that" clause (a complement, not a relative clause) is the
        // proposition it carries.
        if lex.is("thatnoun", &syn.lemma(k)) {
            out.extend(that_clauses(syn, k));
        }
        let carrier = lex.is("carrier", &syn.lemma(k));
        if !(open || carrier) || !matches!(doc.tokens[k].upos, Upos::Noun | Upos::Propn) {
            // "a video of its jihadists beheading James Foley", "footage of soldiers beating
            // protesters": in a carrier's "of" phrase, a participle on the noun is the act shown.
            if from_carrier(syn, lex, k) {
                out.extend(
                    doc.children_with(k, Rel::Acl).filter(|&c| {
                        doc.tokens[c].upos == Upos::Verb && doc.tokens[c].xpos == "VBG"
                    }),
                );
            }
            continue;
        }
        for c in doc.children(k) {
            let of =
                matches!(doc.tokens[c].rel, Rel::Nmod) && frames::case_of(doc, syn.text, c) == "of";
            if of {
                stack.push((c, false));
            }
        }
    }
    out
}

/// The complement clauses of noun `k` opened by "that" ("rumors that he was killed"); a
/// relative clause ("the reports that emerged") has "that" as its subject or object, not as
/// its mark — whichever of the two the parser called it ("the theory that jets shot down the
/// airliner" parsed as a relative clause with "that" as its mark).
///
/// "denied reports last month that Iranian jets had bombed …": a time phrase of the noun between
/// it and the clause takes the clause in the parse, as a relative clause opening with "that";
/// a time is no thing a clause describes, so the clause is still the report's.
pub(super) fn that_clauses(syn: &Syn, k: usize) -> Vec<usize> {
    let doc = syn.doc;
    let lex = ClaimLexicon::embedded();
    let own = doc.children(k).filter(|&c| {
        matches!(doc.tokens[c].rel, Rel::Acl | Rel::AclRelcl)
            && frames::is_predicate(doc, c)
            && (doc
                .children_with(c, Rel::Mark)
                .any(|m| syn.lower(m) == "that" && m < c)
                || that_beside_subject(syn, c))
    });
    let on_time = doc
        .children(k)
        .filter(|&t| t > k && lex.is("time", &syn.lower(t)))
        .flat_map(|t| doc.children(t))
        .filter(|&c| {
            matches!(doc.tokens[c].rel, Rel::Acl | Rel::AclRelcl)
                && frames::is_predicate(doc, c)
                && syn.lower(doc.subtree(c).start) == "that"
        });
    own.chain(on_time).collect()
}

/// Is clause `c` a report noun's "that" clause the parser hung on the noun's head instead
/// ("was abuzz with rumours that the leader had been arrested": the clause right after the
/// noun's phrase; "Rumours swirled on Tuesday that …": the clause of a verb of what reports do,
/// `pointerlife`, whose subject is the noun)?
pub(super) fn report_clause_on_head(syn: &Syn, lex: &ClaimLexicon, c: usize) -> bool {
    let doc = syn.doc;
    let Some(h) = doc.head(c) else { return false };
    let Some(mark) = doc
        .children_with(c, Rel::Mark)
        .find(|&m| syn.lower(m) == "that" && m < c)
    else {
        return false;
    };
    doc.children(h).any(|n| {
        n < mark
            && matches!(doc.tokens[n].upos, Upos::Noun | Upos::Propn)
            && lex.is("thatnoun", &syn.lemma(n))
            && match doc.tokens[n].rel {
                Rel::Nsubj => doc.subtree(n).end == mark || lex.is("pointerlife", &syn.lemma(h)),
                Rel::Obl | Rel::Obj => doc.subtree(n).end == mark,
                _ => false,
            }
    })
}

/// "amid speculation that its chief executive had been arrested" parsed as a relative clause
/// with "that" as a second subject of the verb: a relative clause has one subject, so "that"
/// beside a subject of its own opens a complement clause. Likewise "that" read as the object
/// of a verb with a subject and an object of its own ("unconfirmed reports that jihadists
/// fighting for the Islamic State have contracted Ebola"): a verb has one object, so "that"
/// is the clause's mark ("the reports that IS fighters denied" keeps its relative clause).
fn that_beside_subject(syn: &Syn, c: usize) -> bool {
    let doc = syn.doc;
    let subject = |j: usize| matches!(doc.tokens[j].rel, Rel::Nsubj | Rel::NsubjPass) && j < c;
    let object = |j: usize| doc.tokens[j].rel == Rel::Obj;
    let opening_that = |role: &dyn Fn(usize) -> bool| {
        doc.children(c)
            .any(|j| role(j) && syn.lower(j) == "that" && j == doc.subtree(c).start)
    };
    let other =
        |role: &dyn Fn(usize) -> bool| doc.children(c).any(|j| role(j) && syn.lower(j) != "that");
    other(&subject) && (opening_that(&subject) || (opening_that(&object) && other(&object)))
}

/// Is noun `k` the "of" phrase of a `carrier` noun ("a video of its jihadists")?
fn from_carrier(syn: &Syn, lex: &ClaimLexicon, k: usize) -> bool {
    let doc = syn.doc;
    doc.tokens[k].rel == Rel::Nmod
        && frames::case_of(doc, syn.text, k) == "of"
        && doc
            .head(k)
            .is_some_and(|h| lex.is("carrier", &syn.lemma(h)))
}

/// Is act noun `p` (or the first of its conjuncts) what someone demands: "calling for the
/// arrest of the police chief", "demanded the release of the journalists and the arrest of the
/// officers", "urged the withdrawal of troops" (`demand` in `frames.tsv`)? A demanded act is
/// not done. "call" demands only with "for" ("called the arrest illegal" speaks of one done).
fn demanded(syn: &Syn, lex: &ClaimLexicon, p: usize) -> bool {
    let doc = syn.doc;
    let mut k = p;
    for _ in 0..4 {
        if doc.tokens[k].rel != Rel::Conj {
            break;
        }
        match doc.head(k) {
            Some(h) if h < k => k = h,
            _ => break,
        }
    }
    let Some(v) = doc.head(k) else { return false };
    let lemma = syn.lemma(v);
    doc.tokens[v].upos == Upos::Verb
        && lex.is("demand", &lemma)
        && match doc.tokens[k].rel {
            Rel::Obl => frames::case_of(doc, syn.text, k) == "for",
            Rel::Obj => lemma != "call",
            _ => false,
        }
}

/// The predicate class of act noun `p`, if it is one.
pub(super) fn class_of(syn: &Syn, lex: &ClaimLexicon, p: usize) -> Option<String> {
    if !is_act_noun(syn, lex, p) || demanded(syn, lex, p) {
        return None;
    }
    lex.predicate(&syn.lower(p), "")
        .or_else(|| lex.predicate(&syn.lemma(p), ""))
        .map(str::to_string)
}

/// The frame of act noun `p` read as its verb's: voice active, the doer as subject (possessor,
/// `by` phrase, or the actor the noun hangs on by "of"), the undergoer as object; a possessor
/// of a patient-centred act with no `of` phrase is its undergoer ("Foley's killing"); the `of`
/// phrase of an experiencer's act is its subject ("the death of Godane").
pub(super) fn verb_frame(syn: &Syn, lex: &ClaimLexicon, f: &Frame, class: &str) -> Frame {
    let doc = syn.doc;
    let p = f.pred;
    let mut g = f.clone();
    g.voice = Voice::Active;
    let possessor = f.subj;
    let mut doer = f.agent;
    let mut undergoer = f.obj;
    match possessor {
        Some(s) if undergoer.is_none() && lex.is_patient_class(class) => undergoer = Some(s),
        Some(s) => doer = doer.or(Some(s)),
        None => {}
    }
    // "accused Islamic State of the use of chlorine" parsed with the act hung on the accused.
    if doer.is_none() && doc.tokens[p].rel == Rel::Nmod && frames::case_of(doc, syn.text, p) == "of"
    {
        doer = doc
            .head(p)
            .filter(|&h| syn.actor_at[h].is_some() && doc.tokens[h].upos == Upos::Propn);
    }
    // "a video appears to show the beheading of a British aid worker by IS militants": the
    // parser hangs the noun's `by` phrase on the active verb whose object the noun is.
    if doer.is_none() && doc.tokens[p].rel == Rel::Obj {
        doer = doc.head(p).and_then(|v| {
            let passive = doc
                .children(v)
                .any(|c| matches!(doc.tokens[c].rel, Rel::NsubjPass | Rel::AuxPass));
            doc.children_with(v, Rel::Obl)
                .filter(|&o| !passive && o > p)
                .find(|&o| frames::case_of(doc, syn.text, o) == "by")
        });
    }
    // "the Syrian army is said to be preparing an attack on Aleppo", "Hamas was planning an
    // attack on Israel": an act noun that is the object of an intention verb (`intended` in
    // frames.tsv) is the act its subject intends — the verb's subject (inherited through "is
    // said to be …") is the doer, the verb a controller (modality `intended`).
    if doer.is_none() && doc.tokens[p].rel == Rel::Obj {
        if let Some(v) = doc
            .head(p)
            .filter(|&v| doc.tokens[v].upos == Upos::Verb && lex.is("intended", &syn.lemma(v)))
        {
            doer = frames::frame_of(doc, syn.text, v).subj;
            if doer.is_some() {
                g.controllers.insert(0, syn.lemma(v));
            }
        }
    }
    // "Nigeria's army announced a ceasefire with the militants", "denying reports of a truce
    // with the government": a mutual act noun (`mutual` in frames.tsv) with no doer of its own
    // is made by the one who speaks of it, the subject of the verb whose object it is (or the
    // object of a carrier noun it is carried by).
    // "a ceasefire between Israel and Hamas": the first party named is the doer, its conjunct
    // the other party (the target, as for "Israel and Hamas agreed a ceasefire").
    if doer.is_none() && lex.is("mutual", class) {
        doer = doc
            .children_with(p, Rel::Nmod)
            .find(|&n| {
                frames::case_of(doc, syn.text, n) == "between"
                    && syn.actor_at[n].is_some()
                    && doc.children_with(n, Rel::Conj).next().is_some()
            })
            .or_else(|| speaker_of(syn, lex, p));
    }
    // "the beheading of American journalist James Foley": the person named in apposition.
    let mut undergoer = undergoer.map(|u| {
        doc.children_with(u, Rel::Appos)
            .find(|&a| doc.tokens[a].upos == Upos::Propn && syn.actor_at[a].is_some())
            .unwrap_or(u)
    });
    // "the death of the al-Shabab leader, Ahmed Godane": a class whose subject is the one it
    // happens to (`experiencer` in frames.tsv) has its `of` phrase as subject, as "he died".
    if doer.is_none() && lex.is("experiencer", class) {
        doer = undergoer.take();
    }
    g.subj = doer;
    g.agent = None;
    g.obj = undergoer;
    g
}

/// Of the predicates of a content that opens with a report noun ("reports of an air strike that
/// wounded Baghdadi", "the claims that …"), those its `of` phrase carries: an act noun or the
/// relative clause of one. A bare pointer back ("the reports", "these claims") carries none.
pub(super) fn carried_only(
    syn: &Syn,
    lex: &ClaimLexicon,
    content: &crate::model::Span,
    preds: Vec<usize>,
    refuted: &[usize],
) -> Vec<usize> {
    let doc = syn.doc;
    let r = syn.tokens_in(content.start, content.end);
    let carried: Vec<usize> = r
        .clone()
        .filter(|&i| doc.head(i).is_none_or(|h| !r.contains(&h)))
        .filter(|&i| lex.is("carrier", &syn.lemma(i)))
        .flat_map(|i| carried(syn, lex, i, false))
        .collect();
    preds
        .into_iter()
        // "Reports of his death were false": the act noun a verdict denies (a clause it carries
        // is the pointer's, matched to the earlier claim of that act in other words).
        .filter(|&p| {
            carried.contains(&p) || refuted.contains(&p) && doc.tokens[p].upos != Upos::Verb
        })
        .collect()
}

/// The subject of the verb noun `p` is the object of, through the carrier nouns it is the `of`
/// phrase of ("denied reports of a truce"); a subjectless participle or infinitive ("…,
/// denying reports of a truce") takes its head clause's subject.
fn speaker_of(syn: &Syn, lex: &ClaimLexicon, p: usize) -> Option<usize> {
    let doc = syn.doc;
    let mut k = p;
    for _ in 0..4 {
        match doc.head(k) {
            Some(h)
                if doc.tokens[k].rel == Rel::Nmod
                    && frames::case_of(doc, syn.text, k) == "of"
                    && lex.is("carrier", &syn.lemma(h)) =>
            {
                k = h
            }
            _ => break,
        }
    }
    if doc.tokens[k].rel != Rel::Obj {
        return None;
    }
    let mut v = doc.head(k)?;
    for _ in 0..2 {
        if let Some(s) = doc.children_with(v, Rel::Nsubj).next() {
            return (syn.actor_at[s].is_some()).then_some(s);
        }
        if !matches!(doc.tokens[v].rel, Rel::Advcl | Rel::Xcomp | Rel::Conj) {
            return None;
        }
        v = doc.head(v)?;
    }
    None
}

/// Is act noun `p` relayed by a report adjective (`reportadj` in frames.tsv: "the reported
/// killing of Abu Bakr al-Baghdadi", "Somers' reported death", "the alleged assault of X by Y")?
/// The words report the act without vouching for it — unless a confirming verb takes the noun
/// as its object ("officials confirmed the reported arrest": the speaker vouches for it).
pub(super) fn alleged(syn: &Syn, lex: &ClaimLexicon, p: usize) -> bool {
    let doc = syn.doc;
    if !is_act_noun(syn, lex, p) {
        return false;
    }
    // ("Somers' reported death" with "reported" parsed as a verb of its own: the word right
    // before the noun.)
    let adjective = doc
        .children_with(p, Rel::Amod)
        .any(|a| a < p && lex.is("reportadj", &syn.lower(a)))
        || p > 0
            && matches!(doc.tokens[p - 1].upos, Upos::Adj | Upos::Verb)
            && lex.is("reportadj", &syn.lower(p - 1));
    let confirmed = doc.tokens[p].rel == Rel::Obj
        && doc
            .head(p)
            .is_some_and(|v| lex.is("confirmverb", &syn.lemma(v)));
    // "the news of his alleged death was a hoax": the verdict on the report denies the act
    // (`verdict.rs`); the adjective does not make that denial a hedge.
    let mut k = p;
    let mut judged = false;
    for _ in 0..3 {
        let Some(h) = doc.head(k) else { break };
        if doc.tokens[k].rel != Rel::Nmod || frames::case_of(doc, syn.text, k) != "of" {
            break;
        }
        if lex.is("carrier", &syn.lemma(h)) || lex.is("thatnoun", &syn.lemma(h)) {
            judged = super::verdict::judged(syn, lex, h);
            if judged {
                break;
            }
        }
        k = h;
    }
    adjective && !confirmed && !judged
}

/// The act nouns of token range `r` relayed by a report adjective ([`alleged`]), wherever they
/// stand in their sentence: "The reported killing of ISIS leader Abu Bakr al-Baghdadi comes
/// after …", "The reported detention of a wife and child of al-Baghdadi has spurred intrigue"
/// relay the killing and the detention whatever the sentence's own verb says of them.
pub(super) fn alleged_acts(syn: &Syn, lex: &ClaimLexicon, r: std::ops::Range<usize>) -> Vec<usize> {
    r.filter(|&p| p < syn.doc.tokens.len() && alleged(syn, lex, p))
        .collect()
}
