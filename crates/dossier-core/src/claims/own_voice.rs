//! The article's own voice: propositions the outlet asserts in its headline and lede, the
//! reports it relays without vouching for them ("reportedly", "is thought to"), and what it does
//! to its own reporting (no proposition).

use super::compute::prop_claim;
use super::*;
use crate::model::Mode;

/// Whether `subject` is the outlet that published the document (by name, a leading "The"
/// ignored), whatever id the actor layer gave it.
pub(super) fn is_own_outlet(x: &Extraction, subject: &ActorRef) -> bool {
    let norm = |s: &str| {
        let s = s.trim();
        let s = s
            .strip_prefix("The ")
            .or_else(|| s.strip_prefix("the "))
            .unwrap_or(s);
        s.to_lowercase()
    };
    x.document
        .outlet
        .as_deref()
        .is_some_and(|o| !o.trim().is_empty() && norm(o) == norm(&subject.name))
}

/// How many sentences open an article (headline and lede) whose own assertions are read as
/// propositions of the outlet.
const LEDE_SENTENCES: usize = 2;

/// Propositions in the article's own voice, outside every statement: the central assertions of
/// its opening sentences (headline and lede), every hedged or unattributed report anywhere
/// ("has reportedly been executed", "is thought to have killed", "according to"), which the
/// outlet relays without vouching for it (a hedge), and anywhere what happened to someone with
/// nobody named doing it (a patient-centred passive: "Foley was kidnapped near Taftanaz"). Predicates already read (`seen`: events and
/// statement contents) are not read twice.
pub(super) fn own_voice(
    x: &Extraction,
    text: &str,
    syn: &props::Syn,
    lex: &ClaimLexicon,
    seen: &mut Vec<usize>,
    out: &mut Vec<DocClaimEntry>,
) {
    let off = crate::text::Offsets::new(text);
    // Tokens inside some statement's cue or content, marked once per document (asking every
    // statement for every token made a long document quadratic).
    let mut in_statement = vec![false; syn.doc.tokens.len()];
    for s in &x.statements {
        for r in [
            syn.tokens_in(s.content.start, s.content.end),
            syn.tokens_in(s.cue.start, s.cue.end),
        ] {
            for t in r {
                if let Some(slot) = in_statement.get_mut(t) {
                    *slot = true;
                }
            }
        }
    }
    let inside_statement = |tok: usize| in_statement.get(tok).copied().unwrap_or(false);
    // The Doc's sentences (split once per document, as every stage reads them).
    for (k, sent) in crate::doc_sentences(text, syn.doc).iter().enumerate() {
        let lower = text[sent.start..sent.end]
            .to_lowercase()
            .replace('\u{2019}', "'");
        let report = lex
            .listed("report")
            .iter()
            .any(|m| contains_words(&lower, m));
        // Past the lede, a sentence in the article's own voice is background or colour, except
        // what happened to someone with nobody named doing it ("Foley was kidnapped at gunpoint
        // near Taftanaz", "two soldiers were killed"): a checkable event the outlet asserts.
        let patient_only = k >= LEDE_SENTENCES && !report;
        // "Is Fidel Castro dead?": a question the article asks asserts nothing.
        if text[sent.start..sent.end]
            .trim_end_matches(|c: char| c.is_whitespace() || "\"'\u{201d}\u{2019})".contains(c))
            .ends_with('?')
        {
            continue;
        }
        let (start, end) = (off.char_offset(sent.start), off.char_offset(sent.end));
        let span = Span {
            start,
            end,
            text: text[sent.start..sent.end].to_string(),
        };
        // What a video of the sentence shows ("released a video purporting to show the
        // execution of X"): reported anywhere in the article, hedged as its words hedge it.
        let shown = super::depicted::depicted(syn, lex, &span);
        let preds = props::content_predicates(syn, lex, &span);
        // "Reports of his death are a hoax": the verdict denies what the reports carry.
        let (mut preds, refuted) = super::verdict::report_verdicts(syn, lex, preds);
        preds.extend(
            shown
                .iter()
                .map(|&(p, _)| p)
                .filter(|p| !preds.contains(p))
                .collect::<Vec<_>>(),
        );
        // "The reported killing of ISIS leader Abu Bakr al-Baghdadi comes after …": an act
        // noun under a report adjective is relayed wherever it stands (`nominal::alleged`).
        let alleged = super::nominal::alleged_acts(syn, lex, syn.tokens_in(span.start, span.end));
        preds.extend(
            alleged
                .iter()
                .copied()
                .filter(|p| !preds.contains(p))
                .collect::<Vec<_>>(),
        );
        for p in preds {
            if seen.contains(&p) || inside_statement(p) {
                continue;
            }
            let Some(prop) = props::read(syn, x, lex, p) else {
                seen.push(p);
                continue;
            };
            // "There were rumors that Baghdadi had been killed", "the rumour that Banksy has
            // been arrested has been circulating": the clause of a report noun is a report the
            // outlet relays, wherever it stands in the sentence ("Despite rumors that …, the
            // star is alive" asserts only what lies outside it).
            let rumoured = super::event_checks::under_report_noun(syn, p)
                || alleged.contains(&p)
                || said_on(syn, lex, p);
            let shown_hedged = shown.iter().find(|&&(q, _)| q == p).map(|&(_, h)| h);
            // The sentence's report word bears on this clause, or on another one only
            // ("Rebels reportedly shelled the airport, and Turkish jets struck …": the strike
            // is the outlet's own; past the lede it is background, as any own-voice act).
            let relayed = report && super::event_checks::report_bears_on(syn, lex, p);
            if report
                && !relayed
                && k >= LEDE_SENTENCES
                && !rumoured
                && shown_hedged.is_none()
                && !prop.predicate.ends_with(PASSIVE)
            {
                continue;
            }
            if patient_only
                && !rumoured
                && shown_hedged.is_none()
                && !prop.predicate.ends_with(PASSIVE)
                && !done_to_someone(syn, lex, &prop)
            {
                continue;
            }
            seen.push(p);
            // "The musician died Tuesday …, according to David Mallie, a business manager …":
            // an "according to" statement whose phrase bears on this clause is its source,
            // whatever content the statement was given; the claim is that source's. Another
            // report word still hedges it ("will reportedly play Wozniak, according to
            // Variety"), and so do unnamed reports ("according to media reports").
            if let Some(s) = according_to(x, syn, p).filter(|_| !rumoured) {
                let other =
                    super::event_checks::report_bears_on_besides(syn, lex, p, "according to")
                        && lex
                            .listed("report")
                            .iter()
                            .any(|m| m != "according to" && contains_words(&lower, m));
                let base =
                    if other || s.sourcing == Sourcing::Unattributed || props::false_source(lex, s)
                    {
                        Stance::Hedge
                    } else {
                        s.stance
                    };
                let stance = props::prop_stance(base, &prop);
                let mut claim = prop_claim(prop, stance, Some(s.id.clone()));
                let note = format!(
                    "'{}' {}: the claim is its source's",
                    s.cue.text, s.speaker.name
                );
                claim.merge = Some(match claim.merge.take() {
                    Some(m) => format!("{m}; {note}"),
                    None => note,
                });
                if !out.iter().any(|c| {
                    c.claim.key == claim.key
                        && c.claim.evidence.start < claim.evidence.end
                        && claim.evidence.start < c.claim.evidence.end
                }) {
                    out.push(DocClaimEntry { claim, entry: None });
                }
                continue;
            }
            let report = relayed || rumoured || shown_hedged == Some(true);
            let base = if report {
                Stance::Hedge
            } else {
                Stance::Assert
            };
            let mut stance = props::prop_stance(base, &prop);
            let verdict = refuted.contains(&p) && matches!(stance, Stance::Assert | Stance::Hedge);
            if verdict {
                stance = Stance::Deny;
            }
            let mut claim = prop_claim(prop, stance, None);
            if verdict {
                super::verdict::note(&mut claim);
            } else if report {
                let note = "the outlet relays a report it does not vouch for: hedge";
                claim.merge = Some(match claim.merge.take() {
                    Some(m) => format!("{m}; {note}"),
                    None => note.to_string(),
                });
            }
            // Once per document in the outlet's own voice (the headline and the lede often say
            // it twice); a statement's or an event's claim of the same key is another voice.
            if out.iter().any(|c| {
                c.claim.key == claim.key
                    && (c.claim.statement.is_none() && c.claim.event.is_none()
                        || c.claim.evidence.start < claim.evidence.end
                            && claim.evidence.start < c.claim.evidence.end)
            }) {
                continue;
            }
            out.push(DocClaimEntry { claim, entry: None });
        }
    }
}

/// Is `prop` an act of a patient-centred class done to a person, with its doer ("Dressed all in
/// black …, the executioner beheaded James Foley, an American journalist", "Peter Kassig were
/// beheaded by the group"), that its sentence states? What happened to someone, as the doer-less
/// passive past the lede, with the doer the words give: the checkable event the outlet asserts.
/// Only the sentence's own clause, its conjuncts and adverbial clauses of fact state it: not a
/// supposition ("If Kayla Jean Mueller was killed by ISIS, she would be …"), nor a complement
/// of another verb ("denies reports it has decided to charge Bowe Bergdahl") or a relative
/// clause, whose frames say what they say of it.
fn done_to_someone(syn: &props::Syn, lex: &ClaimLexicon, prop: &props::Prop) -> bool {
    use dossier_syntax::Rel;
    let doc = syn.doc;
    let words = crate::lexicon::Lexicon::embedded();
    if !lex.is_patient_class(&prop.predicate)
        || !prop
            .target
            .as_ref()
            .is_some_and(|t| t.id.starts_with("PERSON."))
    {
        return false;
    }
    let mut i = prop.pred;
    for _ in 0..doc.tokens.len() {
        if doc
            .children_with(i, Rel::Mark)
            .any(|m| words.is_condition(&syn.lower(m)))
        {
            return false;
        }
        match (doc.tokens[i].rel, doc.head(i)) {
            (Rel::Root, _) | (_, None) => return true,
            (Rel::Conj | Rel::Advcl, Some(h)) => i = h,
            _ => return false,
        }
    }
    false
}

/// The "according to" statement of predicate `p`'s sentence whose phrase bears on `p`'s clause
/// ("The musician died Tuesday at a hospital, according to David Mallie"), if any.
fn according_to<'a>(x: &'a Extraction, syn: &props::Syn, p: usize) -> Option<&'a Statement> {
    let doc = syn.doc;
    x.statements.iter().find(|s| {
        s.mode == Mode::AccordingTo && {
            let w = syn.tokens_in(s.cue.start, s.cue.end);
            !w.is_empty()
                && w.end <= doc.tokens.len()
                && doc.sentence_of(w.start) == doc.sentence_of(p)
                && super::event_checks::report_clause_covers(syn, w, p)
        }
    })
}

/// Is predicate `p` what someone says by a verb of saying hung on it with a subject of its own
/// ("Fighting … killed 31 fighters, a security official said"; "The statement, which circulated
/// on Twitter, said an airstrike outside Raqqa, Syria killed the 26-year-old Mueller" parsed with
/// "said" as an adverbial clause of "killed")? The words are that subject's, which the outlet
/// relays: a hedge, never the outlet's assertion (`saidon` verbs in frames.tsv). After the
/// predicate the saying clause is set off by a comma, or opens with "as" ("…, as Quartz
/// reported"); a clause of its own ("while others have claimed …", "and Somali authorities
/// say …") says nothing of this one.
fn said_on(syn: &props::Syn, lex: &ClaimLexicon, p: usize) -> bool {
    use dossier_syntax::{Rel, Upos};
    let doc = syn.doc;
    doc.children(p).any(|c| {
        let marks: Vec<String> = doc
            .children_with(c, Rel::Mark)
            .map(|m| syn.lower(m))
            .collect();
        let start = doc.subtree(c).start;
        matches!(doc.tokens[c].rel, Rel::Advcl | Rel::Parataxis)
            && doc.tokens[c].upos == Upos::Verb
            && lex.is("saidon", &syn.lemma_of(c))
            && doc
                .children(c)
                .any(|s| matches!(doc.tokens[s].rel, Rel::Nsubj | Rel::NsubjPass))
            && marks.iter().all(|m| m == "as")
            && doc.children_with(c, Rel::Cc).next().is_none()
            && (c < p || start > p && start > 0 && syn.lower(start - 1) == ",")
    })
}
