//! Words the tagger misreads in a way the proposition reader can see from the tree: a base form
//! conjoined to a verb that is finite by itself ("Gonzalez ran through the main floor, past a
//! stairway" — "past" tagged a verb) or heading the sentence after a singular noun with no
//! auxiliary ("U.S. pay TV providers lost …"), and a headline's participle with no auxiliary
//! ("Soldier killed in War Memorial") read as an active verb; a dateline read as the subject.

use dossier_syntax::frames::{Frame, PredKind, SubjectFrom, Voice};
use dossier_syntax::{Doc, Rel};

/// Is predicate `p` a base form conjoined to a verb whose tense is its own (past, third person),
/// with no auxiliary, marker or subject of its own? It shares no tense to be finite in: a
/// preposition or noun the tagger read as a verb ("ran through the main floor, past a
/// stairway"), no predicate.
pub(super) fn conjoined_base_form(doc: &Doc, p: usize) -> bool {
    doc.tokens[p].xpos == "VB"
        && doc.tokens[p].rel == Rel::Conj
        && doc.head(p).is_some_and(|h| {
            // The verb before is finite by itself: its own subject, no auxiliary or "to"
            // ("to secretly intercept and monitor" is an infinitive the tagger read as past).
            matches!(doc.tokens[h].xpos.as_str(), "VBD" | "VBZ")
                && doc.children(h).any(|c| doc.tokens[c].rel == Rel::Nsubj)
                && !doc
                    .children(h)
                    .any(|c| matches!(doc.tokens[c].rel, Rel::Aux | Rel::AuxPass | Rel::Mark))
        })
        && !doc.children(p).any(|c| {
            matches!(
                doc.tokens[c].rel,
                Rel::Aux | Rel::AuxPass | Rel::Mark | Rel::Nsubj | Rel::NsubjPass
            )
        })
}

/// "U.S. pay TV providers lost 125,000 subscribers": a base form heading the sentence with a
/// singular noun subject before it and no auxiliary, modal or "to" is no finite verb (a finite
/// verb of a singular subject is tagged VBZ or VBD); the tagger read a noun as a verb.
pub(super) fn base_form_of_singular(doc: &Doc, p: usize) -> bool {
    doc.tokens[p].xpos == "VB"
        && doc.tokens[p].rel == Rel::Root
        && doc.children_with(p, Rel::Nsubj).any(|n| {
            n < p
                    && matches!(doc.tokens[n].xpos.as_str(), "NN" | "NNP")
                    // "Nigeria And Boko Haram Reportedly Reach Cease-Fire": two are plural.
                    && doc.children_with(n, Rel::Conj).next().is_none()
        })
        && !doc
            .children(p)
            .any(|c| matches!(doc.tokens[c].rel, Rel::Aux | Rel::AuxPass | Rel::Mark))
}

/// "Soldier killed in War Memorial", "Foley beheaded by IS militants": a participle heading its
/// clause with a subject before it, no object and no auxiliary at all (an active past is tagged
/// as one; "has killed" has its auxiliary) is a headline's passive — its subject the one it
/// happens to, a "by" phrase its doer. Turns frame `f` of predicate `p` passive when it is one.
pub(super) fn headline_passive(doc: &Doc, f: &mut Frame, p: usize) {
    if f.voice == Voice::Active
        && f.kind == PredKind::Verb
        && doc.tokens[p].xpos == "VBN"
        && f.obj.is_none()
        && f.subj_from == SubjectFrom::Own
        && f.subj.is_some_and(|s| s < p)
        && matches!(doc.tokens[p].rel, Rel::Root | Rel::Ccomp | Rel::Parataxis)
        && !doc
            .children(p)
            .any(|c| matches!(doc.tokens[c].rel, Rel::Aux | Rel::AuxPass | Rel::Cop))
    {
        f.voice = Voice::Passive;
        if f.agent.is_none() {
            f.agent = f.obl_with(&["by"]);
        }
    }
}

/// "While the boy allegedly killed last month was listed as 10": the parser made the reduced
/// relative ("the boy [who was] allegedly killed") the clause, with the noun as its subject, and
/// left the clause's real verb after it with no subject of its own. A past form with no object
/// and no auxiliary, whose head is a later verb with an auxiliary and no subject, is a participle
/// on that subject: a passive, the subject the one it happens to. Turns frame `f` of predicate
/// `p` passive when it is one.
pub(super) fn reduced_relative_passive(doc: &Doc, f: &mut Frame, p: usize) {
    // (A subject after the verb, past a comma, is the parser's too: "…, aid workers said".)
    let subject_before = |i: usize| {
        doc.children(i)
            .any(|c| c < i && matches!(doc.tokens[c].rel, Rel::Nsubj | Rel::NsubjPass))
    };
    let own_aux = |i: usize| {
        doc.children(i)
            .any(|c| matches!(doc.tokens[c].rel, Rel::Aux | Rel::AuxPass | Rel::Cop))
    };
    if f.voice == Voice::Active
        && f.kind == PredKind::Verb
        && matches!(doc.tokens[p].xpos.as_str(), "VBD" | "VBN")
        && f.obj.is_none()
        && f.subj_from == SubjectFrom::Own
        && f.subj.is_some_and(|s| s < p)
        && !own_aux(p)
        && matches!(doc.tokens[p].rel, Rel::Advcl | Rel::Csubj)
        && doc.head(p).is_some_and(|h| {
            h > p
                && doc.tokens[h].upos == dossier_syntax::Upos::Verb
                && !subject_before(h)
                && own_aux(h)
        })
    {
        f.voice = Voice::Passive;
        if f.agent.is_none() {
            f.agent = f.obl_with(&["by"]);
        }
    }
}

/// Is token `i` inside the dateline opening its sentence ("BEIRUT, Oct 17 (Reuters) -",
/// [`crate::text::dateline`])? Where a story was filed is never a doer, whatever the parser
/// attached it to. Only a dateline with a date, country or agency after the place counts: a
/// bare run of capitals before a dash may be a headline ("ISIS USES CHEMICAL WEAPONS—").
pub(super) fn in_dateline(syn: &super::syn::Syn, i: usize) -> bool {
    let doc = syn.doc;
    let Some(s) = doc.sentences.get(doc.sentence_of(i)) else {
        return false;
    };
    let start = s.start as usize;
    syn.text
        .get(start..s.end as usize)
        .and_then(|t| crate::text::dateline(t).map(|r| (r.end, t[r].contains([',', '(']))))
        .is_some_and(|(end, placed)| placed && (doc.tokens[i].start as usize) < start + end)
}

/// "Three senior members of ISIS – including an aide to its leader – were killed in a U.S.
/// airstrike", "one victim — a member of the Canadian forces — was killed": an aside set off by
/// dashes between a subject and its verb may leave the parser without the subject. A verb whose
/// finite auxiliary comes right after the dash closing an aside, hung as a clause on a noun
/// inside the aside (a clause on a noun has no finite auxiliary of its own) or left with no
/// subject at all, has as its subject the noun the aside follows. That noun, when verb `p` is
/// one.
pub(super) fn dash_aside_subject(doc: &Doc, text: &str, p: usize) -> Option<usize> {
    use dossier_syntax::Upos;
    // A dash, not a hyphen inside a name ("al-Sham"): a hyphen sets an aside off only with
    // spaces around it.
    let dash = |i: usize| {
        let t = &doc.tokens[i];
        let (a, b) = (t.start as usize, t.end as usize);
        let spaced = text.get(..a).is_some_and(|s| s.ends_with(' '))
            && text.get(b..).is_some_and(|s| s.starts_with(' '));
        match text.get(a..b) {
            Some("–" | "—") => true,
            Some("-" | "--") => spaced,
            _ => false,
        }
    };
    let noun = |i: usize| matches!(doc.tokens[i].upos, Upos::Noun | Upos::Propn);
    let aux = doc
        .children(p)
        .filter(|&c| c < p && matches!(doc.tokens[c].rel, Rel::Aux | Rel::AuxPass))
        .min()?;
    if aux < 3
        || !matches!(doc.tokens[aux].xpos.as_str(), "VBD" | "VBZ" | "VBP" | "MD")
        || !dash(aux - 1)
    {
        return None;
    }
    let close = aux - 1;
    if doc.tokens[p].rel == Rel::Acl {
        // Hung on the noun inside the aside: the noun that noun hangs on, before the dash
        // opening the aside.
        let n = doc.head(p)?;
        let m = doc.head(n)?;
        let opens = (m + 1..n).any(dash);
        return (n < close && m < n && opens && noun(m)).then_some(m);
    }
    if doc
        .children(p)
        .any(|c| matches!(doc.tokens[c].rel, Rel::Nsubj | Rel::NsubjPass | Rel::Csubj))
    {
        return None;
    }
    // No subject: the noun right before the dash opening the aside, at the head of its name
    // ("one victim — a member … — was killed").
    let open = (1..close).rev().find(|&j| dash(j))?;
    let mut k = open - 1;
    while matches!(doc.tokens[k].rel, Rel::Compound | Rel::Flat) {
        match doc.head(k) {
            Some(h) if h > k && h < open => k = h,
            _ => break,
        }
    }
    noun(k).then_some(k)
}
