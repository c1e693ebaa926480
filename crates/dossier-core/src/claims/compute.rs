//! A document's claims: events and statement propositions turned into claims with stances,
//! resolved within the document (missing doers and targets, bare denials, earlier statements).

use super::alignment::{copular_proposition, ALIGN};
use super::around::{chars_before, is_earlier, last_words};
use super::doc_claim::{event_stance, no_details};
pub(super) use super::doc_claim::{ledger_stance, prop_claim, NEEDS_OBJECT};
use super::event_checks::{
    in_reported_sentence, is_argument_of, modifies_other_noun, under_report_noun,
};
use super::hedge_complement::{
    complement_claims, names_class, names_its_content, pointer_acts, same_participant, titled,
};
use super::pointers::{about_reports, antecedent_object};
use super::*;
use crate::ledger::LedgerStance;

/// Claims and entries of a document; with `syn`, statement propositions too.
pub(super) fn compute(
    x: &Extraction,
    lex: &ClaimLexicon,
    text: Option<&str>,
    syn: Option<&props::Syn>,
) -> Vec<DocClaimEntry> {
    let statements: HashMap<&str, &Statement> =
        x.statements.iter().map(|s| (s.id.as_str(), s)).collect();
    // Code point → byte, once per document: the look-arounds below are then bounded by their
    // window, not by the position (which made a long document quadratic).
    let offsets = text.map(crate::text::Offsets::new);
    let off = offsets.as_ref();
    let countries: HashMap<&str, Option<&str>> = x
        .actors
        .iter()
        .map(|a| (a.id.as_str(), a.country.as_deref()))
        .collect();
    let names: HashMap<&str, &str> = x
        .actors
        .iter()
        .map(|a| (a.id.as_str(), a.name.as_str()))
        .collect();
    let folded = |r: &ActorRef| -> ActorRef {
        let id = claim_actor_id(&r.id);
        if id == r.id {
            return r.clone();
        }
        ActorRef {
            id: id.to_string(),
            name: names.get(id).map_or(id, |n| n).to_string(),
            mention: r.mention.clone(),
        }
    };
    let voice = |r: &ActorRef| Voice {
        id: r.id.clone(),
        name: r.name.clone(),
        country: countries
            .get(r.id.as_str())
            .copied()
            .flatten()
            .map(str::to_string)
            .or_else(|| {
                let s = claim_actor_id(&r.id);
                is_state_id(s).then(|| s.to_string())
            }),
    };
    // A statement's ledger entry: its speaker and relay chain, its sourcing, its content.
    let statement_entry = |s: &Statement, stance: LedgerStance| LedgerEntry {
        document: x.document.id.clone(),
        published: x.document.published.clone(),
        outlet: x.document.outlet.clone(),
        speaker: voice(&s.speaker),
        via: s.via.iter().map(voice).collect(),
        stance,
        sourcing: s.sourcing,
        source: EntrySource::Statement,
        evidence: s.content.clone(),
        date: s.date.clone(),
    };
    let outlet_voice = || {
        let name = x
            .document
            .outlet
            .clone()
            .unwrap_or_else(|| "the article".to_string());
        Voice {
            id: format!("OUTLET.{}", slug(&name)),
            name,
            country: None,
        }
    };

    let mut out: Vec<DocClaimEntry> = Vec::new();
    let mut used_statements: Vec<&str> = Vec::new();
    // Predicate tokens already read as events (with syntax).
    let mut event_preds: Vec<usize> = Vec::new();
    // Statements whose content is itself a proposition about alignment: "Iran is a key
    // partner", "Iran supports no party in the conflict".
    let mut aligned: Vec<&str> = Vec::new();
    for s in &x.statements {
        if used_statements.contains(&s.id.as_str()) {
            continue;
        }
        let Some((subject, stance)) = copular_proposition(x, s) else {
            continue;
        };
        let Some(ls) = ledger_stance(stance) else {
            continue;
        };
        let predicate = ALIGN;
        let claim = DocClaim {
            key: claim_key(&subject.id, predicate, None, None),
            subject: folded(&subject),
            predicate: predicate.to_string(),
            target: None,
            object: None,
            stance,
            statement: Some(s.id.clone()),
            event: None,
            evidence: s.content.clone(),
            ..no_details()
        };
        used_statements.push(s.id.as_str());
        aligned.push(s.id.as_str());
        out.push(DocClaimEntry {
            claim,
            entry: Some(statement_entry(s, ls)),
        });
    }

    for e in &x.events {
        // "shot the gunman dead": the verb with its result states the class ("shot dead" →
        // kill), not the verb alone (`verb_fit::resultative`).
        let result = syn.and_then(|s| {
            let v = s.token_of(&e.evidence, &e.action.verb)?;
            super::verb_fit::resultative(s, lex, v).map(|r| r.0)
        });
        let Some(predicate) = result.or_else(|| lex.predicate(&e.action.verb, &e.action.cameo))
        else {
            continue;
        };
        // With the tree, a claim needs its verb in `predicates.tsv`: a class guessed from the
        // CAMEO code alone ("is leaving Trump" → meet, "shot down claims" → attack) is the
        // event coder's guess, not a proposition the words state.
        if syn.is_some() && lex.predicate(&e.action.verb, "").is_none() {
            continue;
        }
        // The coder read the verb as another act than its words' class ("struck a cease-fire
        // deal" is an agreement, "Clinton hits Trump" criticism): no claim of the verb's class.
        if !lex.code_fits(predicate, &e.action.cameo) {
            continue;
        }
        // Who someone is ("named the gunman as …") is no act of one actor on another: the
        // proposition reader's alone (`identity.rs`).
        if predicate == super::identity::IDENTIFY || lex.is("readeronly", predicate) {
            continue;
        }
        // The statement already gave its alignment proposition ("Iran supports no party"):
        // its support verb is not a second claim.
        if (predicate == "support" || predicate == ALIGN)
            && e.statement
                .as_deref()
                .is_some_and(|id| aligned.contains(&id))
        {
            continue;
        }
        let object = lex.event_object(e.object.as_deref(), &e.evidence.text);
        // "used drones": a class restricted to some objects (`objects:use`) says nothing of
        // others.
        if !lex.listed(&format!("objects:{predicate}")).is_empty()
            && !object
                .as_deref()
                .is_some_and(|o| lex.object_allowed(predicate, o))
        {
            continue;
        }
        // "Russia received Iranian missiles": the giver is the subject.
        let (source, target) = if lex.is_converse(&e.action.verb) {
            match &e.target {
                Some(t) => (t, Some(&e.source)),
                None => continue,
            }
        } else {
            (&e.source, e.target.as_ref())
        };
        let mut merge_notes: Vec<String> = Vec::new();
        // "Russia and Ukraine signed a truce": a mutual act's other party is its target.
        let target = target.or_else(|| {
            lex.is("mutual", predicate)
                .then(|| {
                    e.co_sources
                        .iter()
                        .find(|c| claim_actor_id(&c.id) != claim_actor_id(&source.id))
                })
                .flatten()
                .inspect(|c| merge_notes.push(format!("mutual act: done with {}", c.name)))
        });
        let verb = e.action.verb.to_lowercase();
        if verb != predicate {
            merge_notes.push(format!("'{verb}' → {predicate}"));
        }
        if lex.is_converse(&e.action.verb) {
            merge_notes.push(format!(
                "converse '{verb}': {} gave, {} received",
                source.name, e.source.name
            ));
        }
        if let Some(o) = e.object.as_deref() {
            if let Some(c) = object.as_deref().filter(|c| *c != o.to_lowercase()) {
                merge_notes.push(format!("'{o}' → {c}"));
            }
        }
        for r in std::iter::once(source).chain(target) {
            if claim_actor_id(&r.id) != r.id {
                merge_notes.push(format!("{} → {}", r.name, claim_actor_id(&r.id)));
            }
        }
        // With the tree: the event's verb, and its target only if it is an argument of that
        // verb ("sent drones for use in Ukraine": Ukraine belongs to "use", not "sent").
        let event_token = syn.and_then(|s| s.token_of(&e.evidence, &e.action.verb));
        let mut target = target;
        let mut own_voice_report = false;
        if let (Some(s), Some(v)) = (syn, event_token) {
            // "an American photojournalist", "ISIS leader Abu Bakr al-Baghdadi": the actor only
            // modifies the participant, it is not one; the proposition reader reads the verb.
            if std::iter::once(source)
                .chain(target)
                .any(|r| modifies_other_noun(s, lex, r))
            {
                continue;
            }
            // "refused to send troops", "(did not) rule out sending troops": the coder's event
            // is the refusal; the act is the proposition reader's (`props::refusal_above`).
            if super::refusal::refusal_above(s, lex, v).is_some() {
                continue;
            }
            // "decided to send troops", "agreed to withdraw its forces": the proposition reader
            // gives the act with modality `decided` or `intended` (`decided`, `committed` in
            // frames.tsv).
            if s.doc.tokens[v].rel == dossier_syntax::Rel::Xcomp
                && s.doc
                    .head(v)
                    .is_some_and(|h| super::content::decision_verb(lex, &s.lemma(h)))
            {
                continue;
            }
            if let Some(t) = target.filter(|t| !is_argument_of(s, t, predicate)) {
                merge_notes.push(format!(
                    "'{}' is introduced as a place, not a recipient of '{}': no target",
                    t.mention
                        .as_ref()
                        .map_or(t.name.as_str(), |m| m.text.as_str()),
                    e.action.verb
                ));
                target = None;
            }
            own_voice_report = e.statement.is_none() && under_report_noun(s, v);
            // "Sotloff was beheaded by IS" = "IS beheaded Sotloff": say why they are one claim.
            if s.doc
                .children_with(v, dossier_syntax::Rel::AuxPass)
                .next()
                .is_some()
            {
                merge_notes.push(format!(
                    "passive: doer 'by {}' (one claim with the active '{} {} …')",
                    source.name, source.name, predicate
                ));
            }
        }
        // Without a tree, the words before say as much: a recipient is not introduced by a
        // place preposition ("sent drones for use in Ukraine"), and "reports that …" mentions.
        if let (Some(t), None) = (text, event_token) {
            if let Some(tg) = target.filter(|tg| {
                NEEDS_OBJECT.contains(&predicate)
                    && tg.mention.as_ref().is_some_and(|m| {
                        last_words(&chars_before(t, off, m.start, 16), 1)
                            .iter()
                            .any(|w| matches!(w.as_str(), "in" | "at" | "inside" | "near"))
                    })
            }) {
                merge_notes.push(format!(
                    "'{}' follows a place preposition: no target",
                    tg.mention.as_ref().map_or("", |m| m.text.as_str())
                ));
                target = None;
            }
            if e.statement.is_none() {
                let before = last_words(&chars_before(t, off, e.evidence.start, 30), 2);
                own_voice_report =
                    before.len() == 2 && before[1] == "that" && is_anaphoric(&before[0]);
            }
        }
        // A merely mentioned proposition that is missing its recipient is no claim ("declined
        // to comment on reports that Tehran had sent ballistic missiles").
        if own_voice_report && target.is_none() && NEEDS_OBJECT.contains(&predicate) {
            continue;
        }
        // A transfer or deployment of nothing known is not a claim ("Russia transferred to
        // Iran").
        if NEEDS_OBJECT.contains(&predicate) && object.is_none() {
            continue;
        }
        // A proposition needs something to be about: a target or a known object. "Russia
        // transferred shipments" and "Russia reached an agreement on part" are not claims.
        if target.is_none() && object.is_none() {
            continue;
        }
        if target
            .as_ref()
            .is_some_and(|t| claim_actor_id(&t.id) == claim_actor_id(&source.id))
        {
            continue;
        }
        let statement = e
            .statement
            .as_deref()
            .and_then(|id| statements.get(id).copied());
        let mut stance = event_stance(e, statement);
        // "he was purportedly killed by US", "reportedly executed": the outlet relays a report
        // in its own voice without vouching for it.
        // Inside a statement, its content's own report words ("he was purportedly killed").
        let reported = match statement {
            None => text.is_some_and(|t| in_reported_sentence(lex, t, off, syn, &e.evidence)),
            Some(s) => {
                let lower = s.content.text.to_lowercase().replace('\u{2019}', "'");
                lex.listed("report")
                    .iter()
                    .any(|m| m != "according to" && contains_words(&lower, m))
            }
        };
        if stance == Stance::Assert && reported {
            stance = Stance::Hedge;
            merge_notes.push("the outlet relays a report it does not vouch for: hedge".into());
        }
        // (The coder's hypothetical for "amid speculation that Saudi Arabia had attacked …" is
        // a report relayed too.)
        if own_voice_report && matches!(stance, Stance::Assert | Stance::Conditional) {
            // "declined to comment on reports that Tehran had sent missiles": the outlet
            // mentions the reports, it does not assert them.
            stance = Stance::Hedge;
            merge_notes.push("inside 'reports that …': mentioned, not asserted".into());
        }
        let object = match (statement, e.object.as_deref(), object) {
            (Some(s), Some(phrase), Some(class)) => {
                Some(antecedent_object(lex, &s.content.text, phrase).unwrap_or(class))
            }
            (_, _, object) => object,
        };
        let object_class = object.clone();
        let claim = DocClaim {
            key: claim_key(
                &source.id,
                predicate,
                target.map(|t| t.id.as_str()),
                object.as_deref(),
            ),
            subject: folded(source),
            predicate: predicate.to_string(),
            target: target.map(&folded),
            object,
            stance,
            statement: statement.map(|s| s.id.clone()),
            event: Some(e.id.clone()),
            // A conditional, question or refusal is kept as a note for the brief's stakes: its
            // evidence is the whole statement ("if Iran sends more drones …, Europe would
            // respond with new sanctions"), not only the event inside it.
            evidence: match statement {
                Some(s) if ledger_stance(stance).is_none() => s.content.clone(),
                _ => e.evidence.clone(),
            },
            polarity: matches!(e.modality, Modality::Negated | Modality::Denied)
                .then_some(Polarity::Negative),
            detail: e.object.clone().filter(|o| {
                object_class
                    .as_deref()
                    .is_some_and(|c| c != o.to_lowercase())
            }),
            merge: Some(merge_notes.join("; ")).filter(|m| !m.is_empty()),
            ..no_details()
        };
        if let Some(v) = event_token {
            event_preds.push(v);
        }
        let entry = ledger_stance(stance).map(|ls| match statement {
            Some(s) => {
                used_statements.push(s.id.as_str());
                statement_entry(s, ls)
            }
            None => LedgerEntry {
                document: x.document.id.clone(),
                published: x.document.published.clone(),
                outlet: x.document.outlet.clone(),
                speaker: outlet_voice(),
                via: Vec::new(),
                stance: ls,
                sourcing: Sourcing::Outlet,
                source: EntrySource::Event,
                evidence: e.evidence.clone(),
                date: e.date.clone(),
            },
        });
        out.push(DocClaimEntry { claim, entry });
    }

    // With syntax: the proposition of every statement's content.
    let before_cue = |s: &Statement| -> String {
        text.map(|t| chars_before(t, off, s.cue.start, 30))
            .unwrap_or_default()
    };
    let mut hedged: Vec<&str> = Vec::new();
    // "According to the latest … death hoax, he was found dead": a source the article calls
    // untrue hedges what it states, but bears on no earlier claim as "cannot confirm" does.
    let mut untrue_source: Vec<&str> = Vec::new();
    for s in &x.statements {
        if props::is_hedged(lex, &before_cue(s), s) {
            hedged.push(s.id.as_str());
        } else if props::false_source(lex, s) {
            untrue_source.push(s.id.as_str());
        }
    }
    if let Some(syn) = syn {
        let mut seen: Vec<usize> = event_preds.clone();
        for s in &x.statements {
            // "is threatening to kill …", "vowed to retake …": an intention's content is an act
            // not done (the threat itself is the event's claim).
            let intends = syn
                .tokens_in(s.cue.start, s.cue.end)
                .any(|t| lex.is("intended", &syn.lemma(t)) || lex.is("intended", &syn.lower(t)));
            // "called for Trump to drop out of the race", "urged Iran to stop": a demanded act
            // is not done.
            let demanded = syn
                .tokens_in(s.cue.start, s.cue.end)
                .any(|t| lex.is("demand", &syn.lemma(t)))
                && s.content
                    .text
                    .split_whitespace()
                    .take(6)
                    .any(|w| w.eq_ignore_ascii_case("to"));
            let intends = intends || demanded;
            // "declined to confirm or deny that the name was known": a refusal about a clause
            // bears on that clause's proposition as a note; "declined to comment" on nothing.
            let refused_clause = s.stance == Stance::NoComment
                && s.content.start >= s.cue.end
                && refuses_a_clause(syn, s);
            if aligned.contains(&s.id.as_str())
                || intends
                || (props::is_no_comment(lex, s) && !refused_clause)
            {
                continue;
            }
            // "denied the reports" points back; "denied reports of an air strike that wounded
            // Baghdadi" carries its act (`nominal.rs`): read only what a report noun carries.
            let preds = props::content_predicates(syn, lex, &s.content);
            // "news of his death is a hoax", "Reports of his death were false": a verdict denies.
            let (preds, refuted) = super::verdict::report_verdicts(syn, lex, preds);
            let mut preds = if is_anaphoric(&s.content.text) {
                super::nominal::carried_only(syn, lex, &s.content, preds, &refuted)
            } else {
                preds
            };
            // "X said Y denied he had any links to Z": a clause inside a denial nested in this
            // statement's content is the inner speaker's, read with the denial (an inner
            // assertion keeps the outer reading, whose report words may hedge it).
            let nested: Vec<std::ops::Range<usize>> = x
                .statements
                .iter()
                .filter(|t| {
                    t.id != s.id
                        && t.stance == Stance::Deny
                        && t.cue.start >= s.content.start
                        && t.cue.end <= s.content.end
                        && t.content.start >= s.content.start
                        && t.content.end <= s.content.end
                        && (t.content.start, t.content.end) != (s.content.start, s.content.end)
                })
                .map(|t| syn.tokens_in(t.content.start, t.content.end))
                .collect();
            preds.retain(|p| !nested.iter().any(|r| r.contains(p)));
            // "a video that appears to show the beheading of X": what a video shows.
            let shown = super::depicted::depicted(syn, lex, &s.content);
            for &(p, _) in &shown {
                if !preds.contains(&p) {
                    preds.push(p);
                }
            }
            // "amid reports that …" read as the speaker's: the outlet relays the reports.
            let relayed = super::event_checks::unowned_report_noun(syn, lex, s);
            for p in preds {
                if seen.contains(&p) {
                    continue;
                }
                seen.push(p);
                let Some(prop) = props::read_in(syn, x, lex, p, Some(s)) else {
                    continue;
                };
                if relayed {
                    let stance = props::prop_stance(Stance::Hedge, &prop);
                    let mut claim = prop_claim(prop, stance, None);
                    let note = format!(
                        "'{}' is not {}'s: the outlet relays a report it does not vouch for: hedge",
                        s.cue.text, s.speaker.name
                    );
                    claim.merge = Some(match claim.merge.take() {
                        Some(m) => format!("{m}; {note}"),
                        None => note,
                    });
                    out.push(DocClaimEntry { claim, entry: None });
                    continue;
                }
                let base = super::deny_scope::base_stance(syn, s, &prop.evidence);
                let base = super::deny_scope::hedge_scope(syn, s, p, base);
                let mut stance = props::prop_stance(base, &prop);
                let verdict = refuted.contains(&p) && stance == Stance::Assert;
                if verdict {
                    stance = Stance::Deny;
                }
                let shown_hedged = shown.iter().any(|&(q, h)| q == p && h);
                let untrue = untrue_source.contains(&s.id.as_str()) && stance == Stance::Assert;
                if (hedged.contains(&s.id.as_str())
                    || untrue
                    || shown_hedged && stance == Stance::Assert)
                    && stance != Stance::Conditional
                {
                    stance = Stance::Hedge;
                }
                // "said it was aware of reports that a Canadian had been kidnapped": what the
                // reports say is mentioned, not asserted (`event_checks::mentions_reports`).
                let mentioned = stance == Stance::Assert
                    && super::event_checks::mentions_reports(syn, lex, s, p);
                if mentioned {
                    stance = Stance::Hedge;
                }
                let mut claim = prop_claim(prop, stance, Some(s.id.clone()));
                if verdict {
                    super::verdict::note(&mut claim);
                }
                if mentioned {
                    let note = "a report the speaker mentions, not confirms: hedge";
                    claim.merge = Some(match claim.merge.take() {
                        Some(m) => format!("{m}; {note}"),
                        None => note.to_string(),
                    });
                }
                // Two statements over the same words (a quote and its paraphrase): one claim.
                if out.iter().any(|c| {
                    c.claim.key == claim.key
                        && c.claim.evidence.start < claim.evidence.end
                        && claim.evidence.start < c.claim.evidence.end
                }) {
                    continue;
                }
                if ledger_stance(stance).is_some() {
                    used_statements.push(s.id.as_str());
                }
                out.push(DocClaimEntry { claim, entry: None });
            }
        }
        if let Some(t) = text {
            super::own_voice::own_voice(x, t, syn, lex, &mut seen, &mut out);
        }
        super::in_document::resolve_in_document(&mut out);
        super::identity::described_is_alias(Some(syn), lex, &mut out);
        super::in_document::unnamed_people_keyed(&mut out, lex, Some(syn), x);
        // A proposition only supposed ("if the US did not meet their demands", "in the event
        // she was injured") is no claim of its own; it stays as a note on a claim the document
        // states ("any transfer would be an escalation" on the transfer).
        let stated: Vec<String> = out
            .iter()
            .filter(|c| ledger_stance(c.claim.stance).is_some())
            .map(|c| c.claim.key.clone())
            .collect();
        out.retain(|c| {
            c.claim.event.is_some()
                || c.claim.stance != Stance::Conditional
                || stated.contains(&c.claim.key)
        });
    }
    // What the publishing outlet does to its own reporting ("The Eastern Dispatch has withdrawn
    // its report of Sept. 15 …") is no proposition about the world; a retraction reaches the
    // ledger as the outlet's denial of the claim it withdraws, where that claim is read.
    out.retain(|c| !super::own_voice::is_own_outlet(x, &c.claim.subject));

    // Statements that bear on a claim without stating it ("dismissed the claims", "we cannot
    // confirm that"); `pointed`: the entries they gave, in `out`.
    let mut pointed: Vec<usize> = Vec::new();
    for s in &x.statements {
        let hedge = hedged.contains(&s.id.as_str());
        if used_statements.contains(&s.id.as_str()) || !(is_anaphoric(&s.content.text) || hedge) {
            continue;
        }
        let stance = super::verdict::pointer_stance(syn, lex, s, hedge);
        if !hedge && props::is_no_comment(lex, s) {
            continue;
        }
        // "rumors had not been abated by the message": the reports act; nothing is judged.
        if !hedge && syn.is_some_and(|y| pointer_acts(y, lex, &s.content)) {
            continue;
        }
        let Some(ls) = ledger_stance(stance) else {
            continue;
        };
        // "could not confirm that Iraqi pilots joined IS", "the claim that Mueller had been
        // killed could not be verified": a hedge whose content points at no earlier claim bears
        // on the proposition of its own complement — the document's claim of that key, or one
        // made from it — and on nothing else when the complement states none.
        // "the accusation that Iran had sent missiles", "reports of turmoil at the top": a
        // pointer back with a complement of its own names what it bears on, and so bears on
        // that proposition only (none when its complement states none).
        let own_complement =
            |syn: &props::Syn| is_anaphoric(&s.content.text) && names_its_content(syn, &s.content);
        if let Some(syn) =
            syn.filter(|syn| (hedge && !is_anaphoric(&s.content.text)) || own_complement(syn))
        {
            let mut own = complement_claims(syn, x, lex, s);
            // A claim made here is keyed as the document's other claims were (unnamed people
            // by head, number, affiliation or place) before it is matched against them.
            let mut fresh: Vec<DocClaimEntry> = own
                .iter()
                .map(|c| DocClaimEntry {
                    claim: c.clone(),
                    entry: None,
                })
                .collect();
            super::in_document::unnamed_people_keyed(&mut fresh, lex, Some(syn), x);
            for c in &mut own {
                if let Some(f) = fresh
                    .iter()
                    .find(|f| f.claim.evidence == c.evidence && f.claim.predicate == c.predicate)
                {
                    *c = f.claim.clone();
                }
            }
            own.retain(|c| !c.subject.id.is_empty());
            // "could not confirm the authenticity of the video": no proposition of its own,
            // but a thing that carries one (`carrier`: the video, the report) — the claim
            // before it, as for a pointer back.
            let carries = own.is_empty()
                && syn
                    .tokens_in(s.content.start, s.content.end)
                    .map(|i| syn.lemma_of(i))
                    // A thing carrying it (the video), not the claim or report itself.
                    .any(|l| lex.is("carrier", &l) && !is_anaphoric(&l));
            // "confirmed reports that Egypt was behind the strikes": a pointer naming its own
            // complement bears on that proposition; when none is read from it, on an earlier
            // claim only of an act it names ("the reports that Ebola has infected anyone in
            // Mosul are unfounded" for the fighters' infection), not on a fighting toll.
            if own.is_empty()
                && !carries
                && own_complement(syn)
                && !out.iter().any(|c| {
                    c.claim.evidence.start < s.content.start
                        && names_class(syn, lex, &s.content, &c.claim.predicate)
                })
            {
                continue;
            }
            if !carries {
                for mut claim in own {
                    let entry = Some(statement_entry(s, ls));
                    // Not the key, but the act: a pointer back describes the claim it bears
                    // on in words of its own ("the rumors of the king launching airstrikes"
                    // for "Abdullah's air attack on ISIS", "the suggestion that individuals
                    // with ties to ISIL have been apprehended" for "10 ISIS fighters have been
                    // caught"): the nearest earlier claim of the same class about the same
                    // actor, or about unnamed people of no other affiliation.
                    let same_act = |c: &&DocClaimEntry| {
                        c.claim.predicate == claim.predicate
                            && c.claim.evidence.start < s.content.start
                            && c.claim.statement.as_deref() != Some(s.id.as_str())
                            && (same_participant(&c.claim.subject.id, &claim.subject.id)
                                || titled(&c.claim.subject, &claim.subject.id, |m| {
                                    text.map(|t| last_words(&chars_before(t, off, m, 24), 1))
                                        .unwrap_or_default()
                                }))
                    };
                    let found = out.iter().find(|c| c.claim.key == claim.key).or_else(|| {
                        is_anaphoric(&s.content.text)
                            .then(|| {
                                out.iter()
                                    .filter(same_act)
                                    .max_by_key(|c| c.claim.evidence.start)
                            })
                            .flatten()
                    });
                    let note = match found {
                        Some(c) => {
                            claim = DocClaim {
                                stance,
                                statement: Some(s.id.clone()),
                                event: None,
                                evidence: s.content.clone(),
                                ..c.claim.clone()
                            };
                            format!(
                                "hedged by its own complement '{}': the claim of '{}'",
                                s.content.text, c.claim.evidence.text
                            )
                        }
                        None => {
                            format!("made from the hedge's own complement '{}'", s.content.text)
                        }
                    };
                    claim.stance = stance;
                    claim.merge = Some(match claim.merge.take() {
                        Some(m) if !m.contains(&note) => format!("{m}; {note}"),
                        _ => note,
                    });
                    out.push(DocClaimEntry { claim, entry });
                }
                continue;
            }
        }
        // Not the claim read from the very words of this statement ("AFP said the Cuban
        // government disputed the report" gives "Cuba disputed the report"; Cuba's "the
        // report" is the claim reported before, not its own disputing).
        // A claim whose evidence only spans this statement because it is another statement's
        // whole content ("claimed that 10 fighters have been caught, though an administration
        // official denied it") is not its own words: those are the speaker's own act.
        let own_words = |c: &&DocClaimEntry| {
            c.claim.evidence.start <= s.cue.start
                && s.cue.end <= c.claim.evidence.end
                && claim_actor_id(&c.claim.subject.id) == claim_actor_id(&s.speaker.id)
        };
        // "denied the reports": the nearest claim someone reported (an outlet, an unnamed or
        // anonymous source, a hedge, the article relaying it), not an official's assertion
        // told in between.
        // A statement whose cue is a verb of reporting ("Several Islamist blogs reported that
        // Rosenberg had been captured by ISIS") is a report whoever made it; an event's claim
        // is reported when such a statement's content carries it.
        let reporting = |st: &Statement| {
            matches!(
                st.sourcing,
                Sourcing::Outlet | Sourcing::Unattributed | Sourcing::Anonymous
            ) || super::pointers::is_report_cue(lex, &st.cue.text)
        };
        let reported = |c: &&DocClaimEntry| {
            c.claim.stance == Stance::Hedge
                || match c
                    .claim
                    .statement
                    .as_deref()
                    .and_then(|id| statements.get(id))
                {
                    Some(st) => reporting(st),
                    None => {
                        c.claim.event.is_none()
                            || x.statements.iter().any(|st| {
                                st.content.start <= c.claim.evidence.start
                                    && c.claim.evidence.end <= st.content.end
                                    && reporting(st)
                            })
                    }
                }
        };
        // What a relative clause set off by a comma only adds ("Duncan, who died Wednesday")
        // is no one's claim a pointer could bear on (`relative.rs`).
        let added = |c: &&DocClaimEntry| {
            c.claim
                .merge
                .as_deref()
                .is_some_and(|m| m.contains(super::relative::NOTE))
        };
        let earlier = || {
            out.iter()
                .filter(|c| !own_words(c) && !added(c) && c.claim.evidence.start <= s.content.start)
        };
        // "denied Hunter's claim": the nearest claim that possessor stated.
        let owner = super::pointers::possessor(&s.content.text);
        let owners = |c: &&DocClaimEntry| {
            owner.as_deref().is_some_and(|o| {
                c.claim
                    .statement
                    .as_deref()
                    .and_then(|id| statements.get(id))
                    .is_some_and(|st| {
                        st.speaker
                            .name
                            .split(|ch: char| !ch.is_alphanumeric())
                            .any(|w| w.eq_ignore_ascii_case(o))
                    })
            })
        };
        let nearest = earlier()
            .filter(owners)
            .max_by_key(|c| c.claim.evidence.start)
            // "ISIS's claim" when no statement of ISIS gave one: a claim someone stated, never
            // the article's own voice (a photo caption, the lede).
            .or_else(|| {
                // What reports tell is an act before a state: "Kurdish sources denied the
                // reports" bears on the reported capture, not on a hedged "Rosenberg was
                // responsible for the post" in between.
                let reports = about_reports(lex, &s.content.text);
                let act = |c: &&DocClaimEntry| {
                    !matches!(c.claim.predicate.split(':').next(), Some("be" | "be in"))
                };
                earlier()
                    .filter(|c| owner.is_none() || c.claim.statement.is_some())
                    .filter(|c| !reports || reported(c))
                    .max_by_key(|c| (reports && act(c), c.claim.evidence.start))
            })
            .or_else(|| {
                earlier()
                    .filter(|c| owner.is_none() || c.claim.statement.is_some())
                    .max_by_key(|c| c.claim.evidence.start)
            })
            // A claim stated after it ("X denies reports" in the headline, the reports in the
            // lede): in the two sentences that follow, or further down when the pointer names
            // its act ("denying a congressman's assertion that fighters have been caught" for
            // "ten ISIS fighters have been caught"); not a claim of another matter ("rejected
            // allegations …" then, six sentences on, "80 families are in shelters").
            .or_else(|| {
                // … its act and one of its participants.
                let names_act = |c: &DocClaimEntry| {
                    let class = c.claim.predicate.split(':').next().unwrap_or("");
                    let words: Vec<String> = s
                        .content
                        .text
                        .split(|ch: char| !ch.is_alphanumeric())
                        .filter(|w| w.chars().count() >= 4)
                        .map(str::to_lowercase)
                        .collect();
                    let named = |name: &str| {
                        name.split(|ch: char| !ch.is_alphanumeric())
                            .filter(|w| w.chars().count() >= 4)
                            .any(|w| words.contains(&w.to_lowercase()))
                    };
                    words.iter().any(|w| lex.predicate(w, "") == Some(class))
                        && (named(&c.claim.subject.name)
                            || c.claim.subject_text.as_deref().is_some_and(named)
                            || c.claim.target.as_ref().is_some_and(|t| named(&t.name)))
                };
                out.iter().find(|c| {
                    !own_words(c)
                        && !added(c)
                        && (owner.is_none() || c.claim.statement.is_some())
                        && syn.is_none_or(|y| {
                            y.sentence_at(c.claim.evidence.start)
                                <= y.sentence_at(s.content.end.saturating_sub(1)) + 2
                        } || names_act(c))
                })
            });
        // "It's unusual but it's possible", "it was a tragedy": a pronoun alone points back no
        // further than the sentence before it — farther back, the statements in between have
        // given it other things to name. In its own sentence it names what a pointer before
        // it there names ("denied the claims, saying 'It's a nonsense'").
        let nearest = match syn.filter(|_| super::pointers::is_pronoun_pointer(&s.content.text)) {
            Some(y) => {
                let here = y.sentence_at(s.content.start);
                pointed
                    .iter()
                    .map(|&k| &out[k])
                    .filter(|c| {
                        c.claim.evidence.start < s.content.start
                            && y.sentence_at(c.claim.evidence.start) == here
                    })
                    .max_by_key(|c| c.claim.evidence.start)
                    .or(nearest.filter(|c| {
                        c.claim.evidence.start <= s.content.start
                            && y.sentence_at(c.claim.evidence.end.saturating_sub(1)) + 1 >= here
                    }))
            }
            None => nearest,
        };
        // "This rumor is false" after "a man named Fidel Castro died" and "Fidel Castro has
        // died": a nearest claim about someone unnamed of this document (no affiliation) gives
        // way to the earlier claim of the same class about someone named.
        let nearest = nearest.map(|c| match owner {
            None if unnamed_here(&c.claim.subject.id) => {
                let class = |d: &DocClaim| d.predicate.split(':').next().map(str::to_string);
                earlier()
                    .filter(|d| {
                        d.claim.evidence.start < c.claim.evidence.start
                            && class(&d.claim) == class(&c.claim)
                            && !d.claim.subject.id.starts_with("ENTITY.")
                            && !d.claim.subject.id.starts_with("UNKNOWN.")
                    })
                    .max_by_key(|d| d.claim.evidence.start)
                    .unwrap_or(c)
            }
            _ => c,
        });
        let Some(base) = nearest.map(|c| c.claim.clone()) else {
            continue;
        };
        pointed.push(out.len());
        out.push(DocClaimEntry {
            claim: DocClaim {
                stance,
                statement: Some(s.id.clone()),
                event: None,
                evidence: s.content.clone(),
                merge: Some(format!(
                    "'{}' refers back to the claim before it",
                    s.content.text
                )),
                ..base
            },
            entry: Some(statement_entry(s, ls)),
        });
    }
    // "had previously denied", "said earlier": before the statement that reports it.
    if let Some(t) = text {
        let earlier = |c: &DocClaimEntry| -> bool {
            c.claim
                .statement
                .as_deref()
                .and_then(|id| statements.get(id))
                .is_some_and(|s| is_earlier(lex, t, off, s))
        };
        out.sort_by_cached_key(|c| !earlier(c));
    }
    out
}

/// Whether a refusal's content is a clause complement ("declined to confirm or deny [that the
/// name was known]"), not a topic ("declined to address the issue when contacted").
fn refuses_a_clause(syn: &props::Syn, s: &Statement) -> bool {
    let r = syn.tokens_in(s.content.start, s.content.end);
    r.clone().any(|t| {
        syn.doc.tokens[t].rel == dossier_syntax::Rel::Ccomp
            && syn.doc.head(t).is_some_and(|h| !r.contains(&h))
    })
}

/// Is `id` someone unnamed kept to this document ("ENTITY.man@68e6402c", "UNKNOWN.…"), with no
/// named affiliation ("ENTITY.fighter+10+GROUP.ISIS" has one)?
fn unnamed_here(id: &str) -> bool {
    (id.starts_with("ENTITY.") || id.starts_with("UNKNOWN.")) && !id.contains('+')
}
