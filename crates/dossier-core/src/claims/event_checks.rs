//! Where an event's actor stands in the tree, and the sentence it stands in: checks the
//! claims of a document (`compute.rs`) make before an event becomes a claim — an argument of
//! the predicate and not a place after "in"; not only a modifier of another noun; not the
//! content of a "reports that …" noun; not in a sentence the outlet only relays.

use super::around::chars_before;
use super::compute::NEEDS_OBJECT;
use super::syn::Syn;
use super::*;

/// May the actor `t` (by its mention) be the target of a `predicate` event? The parser's
/// attachment of prepositional phrases is its weakest part, so the case word decides: a place
/// preposition ("for use in Ukraine", "targets in Syria") never introduces a target, and a
/// transfer's recipient is introduced by "to"/"into"/"for" or is a bare object ("supplied
/// Russia with drones").
pub(super) fn is_argument_of(syn: &props::Syn, t: &ActorRef, predicate: &str) -> bool {
    use dossier_syntax::Rel;
    let Some(m) = &t.mention else { return true };
    let doc = syn.doc;
    let r = syn.tokens_in(m.start, m.end);
    let Some(mut k) = r
        .clone()
        .find(|&i| doc.head(i).is_none_or(|h| !r.contains(&h)))
    else {
        return true;
    };
    for _ in 0..doc.tokens.len() {
        match doc.tokens[k].rel {
            Rel::Conj | Rel::Appos | Rel::Flat | Rel::Compound => match doc.head(k) {
                Some(h) => k = h,
                None => return true,
            },
            _ => break,
        }
    }
    let case = dossier_syntax::frames::case_of(doc, syn.text, k);
    if matches!(
        case.as_str(),
        "in" | "at" | "near" | "inside" | "outside" | "across" | "within" | "around"
    ) {
        return false;
    }
    !NEEDS_OBJECT.contains(&predicate)
        || matches!(case.as_str(), "" | "to" | "into" | "for" | "from" | "by")
}

/// Is the actor's mention only a modifier of another noun ("an *American* photojournalist",
/// "*ISIS* leader Abu Bakr al-Baghdadi") rather than the participant itself? A member noun
/// ("IS fighters", "Iranian officials") stands for its modifier's actor and does not count.
pub(super) fn modifies_other_noun(syn: &props::Syn, lex: &ClaimLexicon, r: &ActorRef) -> bool {
    use dossier_syntax::{Rel, Upos};
    let Some(m) = &r.mention else { return false };
    let doc = syn.doc;
    let span = syn.tokens_in(m.start, m.end);
    let Some(k) = span
        .clone()
        .find(|&i| doc.head(i).is_none_or(|h| !span.contains(&h)))
    else {
        return false;
    };
    if !matches!(doc.tokens[k].rel, Rel::Amod | Rel::Compound) {
        return false;
    }
    // "drones to Russia months before": a name right after a preposition is that
    // preposition's argument, whatever the parser attached it to.
    if span.start > 0 && doc.tokens[span.start - 1].upos == Upos::Adp {
        return false;
    }
    doc.head(k).is_some_and(|h| {
        matches!(doc.tokens[h].upos, Upos::Noun | Upos::Propn)
            && syn.actor_at[h].is_none()
            && !lex.is("member", &syn.lower(h))
    })
}

/// Is predicate token `v` the content of a "reports that …" or "claims that …" noun?
pub(super) fn under_report_noun(syn: &props::Syn, v: usize) -> bool {
    report_noun_of(syn, v).is_some()
}

/// The report noun whose content predicate token `v` is ("reports that …", "claims that …",
/// "rumors of Baghdadi's death"), if any.
pub(super) fn report_noun_of(syn: &props::Syn, v: usize) -> Option<usize> {
    use dossier_syntax::Rel;
    let doc = syn.doc;
    let lex = ClaimLexicon::embedded();
    // A noun pointing back at reports, or one whose "that" clause is what it carries
    // ("speculation that …", `thatnoun` in frames.tsv).
    let report_noun =
        |n: usize| is_anaphoric(&doc.tokens[n].lemma) || lex.is("thatnoun", &syn.lemma(n));
    let mut k = v;
    for _ in 0..4 {
        let h = doc.head(k)?;
        if matches!(doc.tokens[k].rel, Rel::Acl | Rel::Ccomp | Rel::AclRelcl) && report_noun(h) {
            return Some(h);
        }
        // "Rumours swirled that the general had been arrested", "was abuzz with rumours that
        // …": a report noun's clause the parser hung on the noun's head.
        if doc.tokens[k].rel == Rel::Ccomp && super::nominal::report_clause_on_head(syn, lex, k) {
            return doc
                .children(h)
                .find(|&n| n < k && lex.is("thatnoun", &syn.lemma(n)));
        }
        // "amid reports last month that Iranian jets had bombed …": the clause the parser hung
        // on the report's time phrase (`nominal::that_clauses`).
        if let Some(n) = doc.head(h).filter(|&n| {
            is_anaphoric(&doc.tokens[n].lemma) && super::nominal::that_clauses(syn, n).contains(&k)
        }) {
            return Some(n);
        }
        // "There were rumours that the commander had been killed", "There are reports that
        // …": the parser may hang the clause on the existential verb, whose subject is the
        // report noun; the clause is still what the report carries.
        if doc.tokens[k].rel == Rel::Ccomp && doc.children_with(h, Rel::Expl).next().is_some() {
            if let Some(n) = doc
                .children_with(h, Rel::Nsubj)
                .find(|&n| n < k && is_anaphoric(&doc.tokens[n].lemma))
            {
                return Some(n);
            }
        }
        // "Rumors of Baghdadi's death exploded": an act noun in a report noun's "of" phrase
        // is what the report carries.
        if doc.tokens[k].rel == Rel::Nmod
            && dossier_syntax::frames::case_of(doc, syn.text, k) == "of"
            && is_anaphoric(&doc.tokens[h].lemma)
        {
            return Some(h);
        }
        if !matches!(doc.tokens[k].rel, Rel::Conj | Rel::Acl | Rel::Ccomp) {
            return None;
        }
        k = h;
    }
    None
}

/// Does a statement only mention the clause a report noun carries ([`report_noun_of`] of
/// predicate `p`)? It takes it as its own when the noun is its own (a possessor: "repeated his
/// claim that …"; the cue: "Iran's claim that …"; the source: "according to the story, …") or
/// it confirms the reports (`confirmverb`: "confirmed reports that …", "corroborates rumours
/// that …", "believed the claims were true"). "Canada is aware of reports that a citizen was
/// kidnapped", "officials were looking into the reports of her death" mention what the reports
/// say: a hedge.
pub(super) fn mentions_reports(
    syn: &props::Syn,
    lex: &ClaimLexicon,
    s: &Statement,
    p: usize,
) -> bool {
    use dossier_syntax::Rel;
    let doc = syn.doc;
    let Some(n) = report_noun_of(syn, p) else {
        return false;
    };
    let cue = syn.tokens_in(s.cue.start, s.cue.end);
    // "according to the story, the firm opened …": the report is the statement's source.
    let source = s
        .speaker
        .mention
        .as_ref()
        .is_some_and(|m| syn.tokens_in(m.start, m.end).contains(&n));
    let owned = source || cue.contains(&n) || doc.children_with(n, Rel::NmodPoss).next().is_some();
    // "confirmed reports that …", "believed the claims of her death were true".
    let confirmed = cue
        .chain(syn.tokens_in(s.content.start, s.content.end))
        .any(|t| lex.is("confirmverb", &syn.lemma(t)));
    !owned && !confirmed
}

/// Does the sentence around `span` carry a report word of `frames.tsv` ("reportedly",
/// "purportedly", "is believed to") — a report the outlet relays, not one it vouches for?
pub(super) fn in_reported_sentence(
    lex: &ClaimLexicon,
    text: &str,
    off: Option<&crate::text::Offsets>,
    syn: Option<&props::Syn>,
    span: &Span,
) -> bool {
    let sentence: String = match syn {
        // The Doc's sentence holding the span's first token.
        Some(s) => {
            let toks = s.tokens_in(span.start, span.end);
            (toks.start < s.doc.tokens.len())
                .then(|| &s.doc.sentences[s.doc.sentence_of(toks.start)])
                .map(|st| text[st.start as usize..(st.end as usize).min(text.len())].to_string())
                .unwrap_or_else(|| span.text.clone())
        }
        None => format!("{} {}", chars_before(text, off, span.start, 40), span.text),
    };
    let lower = sentence.to_lowercase().replace('\u{2019}', "'");
    let reported = lex
        .listed("report")
        .iter()
        .any(|m| contains_words(&lower, m));
    // With the tree, only what the report word bears on ("Rebels reportedly shelled the
    // airport, and Turkish jets struck …": the strike is the outlet's own).
    match syn {
        Some(s) if reported => {
            let toks = s.tokens_in(span.start, span.end);
            let verbs: Vec<usize> = toks
                .filter(|&t| s.doc.tokens[t].upos == dossier_syntax::Upos::Verb)
                .collect();
            verbs.is_empty() || verbs.iter().any(|&v| report_bears_on(s, lex, v))
        }
        _ => reported,
    }
}

/// Does a report word of `frames.tsv` in the sentence of token `p` bear on `p`'s clause? A
/// report word bears on the clause it sits in ("Rebels reportedly shelled the airport", "is
/// believed to have killed") with the conjuncts that share its subject ("was reportedly wounded
/// and later died"), not on a clause with a subject of its own after it ("Rebels reportedly
/// shelled the airport, and Turkish jets struck Kurdish positions"); one before its clause's
/// verb and subject in the sentence's main clause ("According to officials, …") bears on the
/// whole sentence. A report word the tokens do not show bears on the whole sentence.
pub(super) fn report_bears_on(syn: &Syn, lex: &ClaimLexicon, p: usize) -> bool {
    report_bears_on_besides(syn, lex, p, "")
}

/// [`report_bears_on`] with the report word `except` left out ("according to" when its source
/// is known: "Rogen will reportedly play Wozniak, according to Variety" is still relayed).
pub(super) fn report_bears_on_besides(
    syn: &Syn,
    lex: &ClaimLexicon,
    p: usize,
    except: &str,
) -> bool {
    let doc = syn.doc;
    let sent = doc.sentences[doc.sentence_of(p)].tokens();
    let mut found = false;
    for m in lex.listed("report") {
        let words: Vec<&str> = m.split_whitespace().collect();
        if words.is_empty() || m == except {
            continue;
        }
        for a in sent.clone() {
            let end = a + words.len();
            if end > sent.end
                || (0..words.len()).any(|j| syn.lower(a + j).replace('\u{2019}', "'") != words[j])
            {
                continue;
            }
            found = true;
            if report_clause_covers(syn, a..end, p) {
                return true;
            }
        }
    }
    !found
}

/// Does the report word at tokens `w` bear on token `p` (see [`report_bears_on`])?
pub(super) fn report_clause_covers(syn: &Syn, w: std::ops::Range<usize>, p: usize) -> bool {
    use dossier_syntax::{Rel, Upos};
    let doc = syn.doc;
    // The word's clause: up from the word's own head to the first verb. A word with no clause
    // of its own to carry ("according to X", "reportedly"; not "purporting to show", "is
    // believed to have") starts from what it modifies, even when tagged a verb; a report
    // clause set beside another ("…, it was claimed") comments on that one.
    let Some(mut h) = w
        .clone()
        .find(|&t| doc.head(t).is_none_or(|g| !w.contains(&g)))
    else {
        return true;
    };
    if !doc
        .children(h)
        .any(|c| matches!(doc.tokens[c].rel, Rel::Xcomp | Rel::Ccomp))
    {
        if let Some(g) = doc.head(h) {
            h = g;
        }
    }
    let mut guard = 0;
    while doc.tokens[h].upos != Upos::Verb || matches!(doc.tokens[h].rel, Rel::Aux | Rel::AuxPass) {
        match doc.head(h) {
            Some(g) if guard < 64 => h = g,
            _ => break,
        }
        guard += 1;
    }
    while doc.tokens[h].rel == Rel::Parataxis && guard < 64 {
        match doc.head(h) {
            Some(g) => h = g,
            None => break,
        }
        guard += 1;
    }
    let subject = doc
        .children(h)
        .find(|&c| matches!(doc.tokens[c].rel, Rel::Nsubj | Rel::NsubjPass));
    let fronted = w.start < h && subject.is_none_or(|s| w.start < doc.subtree(s).start);
    if fronted && doc.head(h).is_none() {
        return true;
    }
    // Up from `p` to the word's clause, through no clause with a subject of its own after it.
    let mut q = p;
    for _ in 0..64 {
        if q == h {
            return true;
        }
        let own_clause = matches!(doc.tokens[q].rel, Rel::Conj | Rel::Parataxis)
            && q > w.start
            && doc
                .children(q)
                .any(|c| matches!(doc.tokens[c].rel, Rel::Nsubj | Rel::NsubjPass));
        if own_clause {
            return false;
        }
        match doc.head(q) {
            Some(g) => q = g,
            None => return false,
        }
    }
    false
}

/// Did the event coder code verb token `p` with a CAMEO code that does not fit `class` ("struck
/// a cease-fire deal" coded 057, class `attack`)?
pub(super) fn coded_otherwise(
    syn: &Syn,
    x: &Extraction,
    lex: &ClaimLexicon,
    p: usize,
    class: &str,
) -> bool {
    x.events.iter().any(|e| {
        syn.token_of(&e.evidence, &e.action.verb) == Some(p)
            && !lex.code_fits(class, &e.action.cameo)
    })
}

/// "The talks collapsed amid reports that Iranian jets had bombed …", "Kim had not attended
/// the event amid reports his sister has taken over": a statement whose cue is a report noun
/// (`thatnoun`) its speaker neither owns (a possessor, a `by`/`from` phrase: "Iran's claim that
/// …", "reports by Iranian media that …") nor makes (the subject of the verb the noun is the
/// object of: "the ministry made the claim that …") was read from a sentence that only
/// mentions the reports. What they carry is relayed by the outlet, not said by that speaker.
pub(super) fn unowned_report_noun(syn: &Syn, lex: &ClaimLexicon, s: &Statement) -> bool {
    use dossier_syntax::{Rel, Upos};
    let doc = syn.doc;
    let Some(n) = syn
        .tokens_in(s.cue.start, s.cue.end)
        .find(|&i| doc.tokens[i].upos == Upos::Noun && lex.is("thatnoun", &syn.lemma(i)))
    else {
        return false;
    };
    let Some(m) = s.speaker.mention.as_ref() else {
        return false;
    };
    let speaker = syn.tokens_in(m.start, m.end);
    let own = doc.subtree(n);
    // (Only a clause after the noun: "…, Nigeria's This Day newspaper reports" is a verb the
    // tagger took for a noun.)
    if speaker.is_empty()
        || s.content.start < s.cue.end
        || doc.sentence_of(speaker.start) != doc.sentence_of(n)
        || speaker.clone().any(|t| own.contains(&t))
    {
        return false;
    }
    // "the ministry made the claim that …", "was unable to verify the photo and claim that
    // …": the speaker's own act on the noun (the object, or a conjunct of it); not "Kim had not
    // attended the event amid reports …" parsed with the reports as a second object.
    let mut o = n;
    while doc.tokens[o].rel == Rel::Conj {
        match doc.head(o) {
            Some(h) if h < o => o = h,
            _ => break,
        }
    }
    let made = doc.tokens[o].rel == Rel::Obj
        && doc.head(o).is_some_and(|v| {
            doc.children_with(v, Rel::Obj).all(|k| k == o)
                && doc.children(v).any(|c| {
                    matches!(doc.tokens[c].rel, Rel::Nsubj | Rel::NsubjPass) && speaker.contains(&c)
                })
        });
    !made
}
