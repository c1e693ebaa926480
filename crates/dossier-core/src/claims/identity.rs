//! Identity propositions: who someone is ("Jihadi John has been identified as Mohammed
//! Emwazi", "police named the gunman as Michael Zehaf-Bibeau", "the man in the video is
//! believed to be Mohammed Emwazi", denied as "Emwazi is not the man in the video").
//!
//! One predicate class, `identify` (`data/claims/predicates.tsv`), whatever the wording
//! ("identified as", "named as", "unmasked as", a copula between a name and a name or a
//! described person — `described` in `frames.tsv`): the subject is the one identified (an alias,
//! or a described person kept to the document as unnamed people are), the target the name given
//! to them. Between two names the proposition is symmetric ("X is Y" = "Y is X"), so the pair is
//! put in id order and both wordings are one claim. A verb of the class without a name after
//! "as" ("police identified three suspects", "was named as the new envoy") is no claim.

use super::participant::{participant, Part};
use super::props::Prop;
use super::syn::Syn;
use super::ClaimLexicon;
use crate::model::{ActorKind, ActorRef, Extraction};
use dossier_syntax::frames::{self, Frame, PredKind, Voice};
use dossier_syntax::{Rel, Upos};

/// The class of identity propositions.
pub const IDENTIFY: &str = "identify";

/// The identity proposition of predicate `p` (frame `f`): `None` when `p` is no identity frame
/// (the caller reads it as usual), `Some(None)` when it is one without a name given (no claim).
pub(super) fn read(
    syn: &Syn,
    x: &Extraction,
    lex: &ClaimLexicon,
    f: &Frame,
    p: usize,
) -> Option<Option<Prop>> {
    let doc = syn.doc;
    match f.kind {
        PredKind::Copular => {
            // "X is Y": a name, and a name or a described person ("the man in the video").
            // "The man is Mohammed Emwazi" parsed with the name hung on the copula itself.
            let s = f.subj.or_else(|| {
                doc.children_with(p, Rel::Cop)
                    .find_map(|c| doc.children_with(c, Rel::Nsubj).next())
            })?;
            // "the gunman's real name is X": the possessor is who is identified.
            let s = if lex.is("namenoun", &syn.lemma(s)) {
                doc.children_with(s, Rel::NmodPoss).next()?
            } else {
                s
            };
            // "is in fact Mohammed Emwazi", parsed with the name in apposition to "fact".
            let emphasis = (frames::case_of(doc, syn.text, p) == "in"
                && lex.is("emphasis", &syn.lemma(p)))
            .then(|| {
                doc.children_with(p, Rel::Appos)
                    .find(|&a| doc.tokens[a].upos == Upos::Propn)
            })
            .flatten();
            let p = emphasis.unwrap_or(p);
            // "He is from London", "was in Mosul": a case word makes a place, not a name.
            if emphasis.is_none() && !frames::case_of(doc, syn.text, p).is_empty() {
                return None;
            }
            // "is believed to be Boko Haram leader Abubakar Shekau": a title before the name is
            // no description; the name in apposition is the complement.
            let p = appositive_name(syn, p).unwrap_or(p);
            let (sp, vp) = (participant(syn, x, lex, s), participant(syn, x, lex, p));
            // "he is not Jihadi John": a pronoun only as the person the actor layer resolved.
            if sp.pronoun && sp.actor.is_none() {
                return None;
            }
            let (who, name) = if is_name(x, &vp) && (is_name(x, &sp) || described(syn, lex, s)) {
                (sp, vp)
            } else if is_name(x, &sp) && described(syn, lex, p) {
                // "Emwazi is not the man in the video": the description is who is identified.
                (vp, sp)
            } else {
                return None;
            };
            Some(distinct(finish(syn, x, lex, f, who, name, "copula")))
        }
        _ => {
            let form = syn.lower(p);
            let lemma = syn.lemma(p);
            let class = lex
                .predicate(&form, "")
                .or_else(|| lex.predicate(&lemma, ""));
            if class != Some(IDENTIFY) {
                return None;
            }
            // Who is identified: the passive subject or the active object.
            let Some(u) = (match f.voice {
                Voice::Passive => f.subj,
                Voice::Active => f.obj,
            }) else {
                return Some(None);
            };
            // The name: "as NAME" on the verb, or hung by the parser on the one identified
            // ("named the gunman as Michael Zehaf-Bibeau").
            let as_case = |h: usize| lex.is("identitycase", &frames::case_of(doc, syn.text, h));
            let value = f
                .obl
                .iter()
                .map(|&(_, h)| h)
                .chain(doc.children_with(u, Rel::Nmod))
                // "was identified by British intelligence as X": "as X" hung on the agent.
                .chain(
                    f.agent
                        .into_iter()
                        .flat_map(|a| doc.children_with(a, Rel::Nmod)),
                )
                .find(|&h| as_case(h))
                .or_else(|| name_after_as(syn, lex, p.max(u)))
                // "identified by British intelligence as Mohammed Emwazi" with "as" hung
                // elsewhere: the name right after an "as" that follows the agent.
                .or_else(|| f.agent.and_then(|a| name_after_as(syn, lex, a)));
            let Some(v) = value else {
                return Some(None);
            };
            let (mut who, name) = (participant(syn, x, lex, u), participant(syn, x, lex, v));
            // "identified Jihadi John as Mohammed Emwazi" with the name hung on the alias: the
            // alias's words stop before "as".
            if let Some(cut) = who.text.find(" as ") {
                who.text.truncate(cut);
            }
            // "Michael Zehaf-Bibeau has been identified as the gunman": a name identified as a
            // described person — the description is who is identified, as with a copula.
            let (who, name) = if !is_name(x, &name) && is_name(x, &who) && described(syn, lex, v) {
                (name, who)
            } else {
                (who, name)
            };
            if who.pronoun || !is_name(x, &name) {
                return Some(None);
            }
            // "has been identified by British intelligence as X", "police named the gunman as
            // X": the one who identifies asserts the identity, not the outlet telling it.
            let by = match f.voice {
                Voice::Passive => f.agent,
                Voice::Active => f.subj,
            }
            .and_then(|a| participant(syn, x, lex, a).actor);
            Some(
                distinct(finish(syn, x, lex, f, who, name, &form)).map(|mut prop| {
                    if let Some(a) = by {
                        prop.notes
                            .push(format!("identified by {}: the claim is theirs", a.name));
                        prop.asserted_by = Some(a);
                    }
                    prop
                }),
            )
        }
    }
}

/// An identity says who someone is in other words: one person on both sides ("Kim Yo-jong is
/// the second-in-command" read with the complement resolved to her, "Kim Yo-jong identify Kim
/// Yo-jong") says nothing.
fn distinct(p: Prop) -> Option<Prop> {
    let same = p.target.as_ref().is_some_and(|t| {
        super::claim_actor_id(&t.id) == super::claim_actor_id(&p.subject.id)
            || t.name.to_lowercase() == p.subject.name.to_lowercase()
    });
    (!same).then_some(p)
}

/// "has been identified as Mohammed Emwazi, a British man …, the Post reported" misparsed with
/// the name as the subject of a later clause: the name right after an "as" that follows the
/// verb or the one identified (word order, as the parser's attachment failed).
fn name_after_as(syn: &Syn, lex: &ClaimLexicon, from: usize) -> Option<usize> {
    let doc = syn.doc;
    let mut k = from + 1;
    // Past the rest of the identified one's name ("identified Jihadi John as …").
    while k < doc.tokens.len() && doc.tokens[k].upos == Upos::Propn {
        k += 1;
    }
    if k >= doc.tokens.len() || !lex.is("identitycase", &syn.lower(k)) {
        return None;
    }
    let first = k + 1;
    let run_end = (first..doc.tokens.len())
        .find(|&j| doc.tokens[j].upos != Upos::Propn)
        .unwrap_or(doc.tokens.len());
    if run_end == first {
        return None;
    }
    // The run's head: the token whose head lies outside the run.
    (first..run_end).find(|&j| doc.head(j).is_none_or(|h| !(first..run_end).contains(&h)))
}

/// The proper name in apposition to a title noun heading a copula's complement ("is Boko Haram
/// leader Abubakar Shekau"); `None` when the complement is itself a name or has none.
fn appositive_name(syn: &Syn, p: usize) -> Option<usize> {
    let doc = syn.doc;
    if doc.tokens[p].upos != Upos::Noun {
        return None;
    }
    // Right after the title ("leader Abubakar Shekau"): a name after a comma may be another
    // person ("will be water resistant, Tim Cook … confirmed").
    doc.children_with(p, Rel::Appos)
        .find(|&a| doc.tokens[a].upos == Upos::Propn && frames::phrase(doc, a).start == p + 1)
}

/// Is the participant a name: a person actor, or a proper noun that is no state, place or
/// organisation of the lexicon ("Mohammed Emwazi", "Jihadi John")?
fn is_name(x: &Extraction, part: &Part) -> bool {
    match &part.actor {
        Some(a) => x
            .actors
            .iter()
            .find(|ac| ac.id == a.id)
            .is_some_and(|ac| ac.kind == ActorKind::Person),
        None => part.proper && !part.pronoun,
    }
}

/// Is token `i` a described person a name can be given to: a definite noun phrase headed by a
/// `described` noun ("the man in the video", "the gunman", "the masked militant")?
fn described(syn: &Syn, lex: &ClaimLexicon, i: usize) -> bool {
    let doc = syn.doc;
    doc.tokens[i].upos == Upos::Noun
        && lex.is("described", &syn.lemma(i))
        && doc
            .children_with(i, Rel::Det)
            .any(|d| matches!(syn.lower(d).as_str(), "the" | "this" | "that"))
}

/// The name as an actor reference: the actor, else `PERSON.<slug of the name>` (the id the actor
/// layer gives a person it knows by that name).
fn name_ref(name: &Part) -> ActorRef {
    name.actor.clone().unwrap_or_else(|| ActorRef {
        id: format!("PERSON.{}", crate::actors::slug(&name.text)),
        name: name.text.clone(),
        mention: None,
    })
}

fn finish(
    syn: &Syn,
    x: &Extraction,
    lex: &ClaimLexicon,
    f: &Frame,
    who: Part,
    name: Part,
    wording: &str,
) -> Prop {
    let mut notes = vec![format!("'{wording}' → {IDENTIFY}")];
    // "The British Islamic State militant known as "Jihadi John" … has been identified as
    // Mohammed Emwazi": a member noun stands for its group in an act, but the one a person's
    // name is given to is the person the noun describes, kept to the document as a described
    // person is (and so the document's alias, `described_is_alias`), never the group.
    let who = if who.actor.is_some()
        && lex.is("described", &who.head)
        && !is_name(x, &who)
        && is_name(x, &name)
    {
        notes.push(format!(
            "'{}' is the person described, not the group",
            who.text
        ));
        Part {
            actor: None,
            proper: false,
            note: None,
            ..who
        }
    } else {
        who
    };
    let name_is_subject = is_name(x, &who) && {
        // Two names: one proposition whichever is written first.
        let (a, b) = (name_ref(&who).id, name_ref(&name).id);
        b < a
    };
    let (who, name) = if name_is_subject {
        notes.push("two names: written in id order".to_string());
        (name, who)
    } else {
        (who, name)
    };
    let who = if who.actor.is_none() && who.proper {
        // An alias the lexicon does not know ("Jihadi John") is a person by that name.
        Part {
            actor: Some(name_ref(&who)),
            ..who
        }
    } else {
        who
    };
    let target = name_ref(&name);
    super::props::finish(
        syn,
        x,
        lex,
        f,
        who,
        IDENTIFY.to_string(),
        Some(target),
        None,
        None,
        notes,
    )
}

/// Within a document, a described person identified by the same name as a named alias is that
/// alias ("Jihadi John has been identified as Mohammed Emwazi … the man in the video is believed
/// to be Emwazi"): one claim, the description noted.
///
/// The document's one alias of a described person ("the militant …, known as 'Jihadi John',
/// has been identified. The man is Mohammed Emwazi") stands for a described person whose name
/// no named alias shares.
pub(super) fn described_is_alias(
    syn: Option<&Syn>,
    lex: &ClaimLexicon,
    out: &mut [super::DocClaimEntry],
) {
    let mut named: Vec<(String, ActorRef)> = out
        .iter()
        .filter(|c| c.claim.predicate == IDENTIFY && !c.claim.subject.id.starts_with("ENTITY."))
        .filter_map(|c| Some((c.claim.target.as_ref()?.id.clone(), c.claim.subject.clone())))
        .collect();
    if let Some(alias) = syn.and_then(|syn| document_alias(syn, lex)) {
        named.push((String::new(), alias));
    }
    for c in out.iter_mut() {
        let claim = &mut c.claim;
        if claim.predicate != IDENTIFY || !claim.subject.id.starts_with("ENTITY.") {
            continue;
        }
        let Some(t) = claim.target.as_ref().map(|t| t.id.clone()) else {
            continue;
        };
        let Some((_, alias)) = named
            .iter()
            .find(|(id, _)| *id == t)
            .or_else(|| named.iter().find(|(id, _)| id.is_empty()))
        else {
            continue;
        };
        let note = format!(
            "'{}' is the document's {} (identified by the same name)",
            claim.subject.name, alias.name
        );
        claim.subject = ActorRef {
            mention: claim.subject.mention.clone(),
            ..alias.clone()
        };
        claim.subject_text = None;
        claim.subject_head = None;
        claim.key = super::claim_key(&claim.subject.id, IDENTIFY, Some(&t), None);
        claim.merge = Some(match claim.merge.take() {
            Some(m) => format!("{m}; {note}"),
            None => note,
        });
    }
}

/// The one alias the document gives a described person: a name after "known as", "dubbed" or
/// "nicknamed" in a sentence where a `described` noun comes before it ("the British militant …,
/// known as 'Jihadi John'"), by word order (the parser often hangs the participle elsewhere).
/// `None` when there is none or more than one.
fn document_alias(syn: &Syn, lex: &ClaimLexicon) -> Option<ActorRef> {
    let doc = syn.doc;
    let mut found: Option<ActorRef> = None;
    for s in &doc.sentences {
        let toks: Vec<usize> = s.tokens().collect();
        for (n, &k) in toks.iter().enumerate() {
            // "Abdul-Rahman Kassig, also known as Peter": a second name of someone named.
            if !lex.is("aliascue", &syn.lower(k)) || k > 0 && syn.lower(k - 1) == "also" {
                continue;
            }
            let mut j = k + 1;
            if j < doc.tokens.len() && lex.is("identitycase", &syn.lower(j)) {
                j += 1;
            }
            while j < doc.tokens.len() && doc.tokens[j].upos == Upos::Punct {
                j += 1;
            }
            let run: Vec<usize> = (j..doc.tokens.len())
                .take_while(|&i| doc.tokens[i].upos == Upos::Propn)
                .collect();
            // A described noun (the tagger may call "militant" an adjective when nothing
            // follows it that it could modify).
            let noun_like = |i: usize| {
                doc.tokens[i].upos == Upos::Noun
                    || doc.tokens[i].upos == Upos::Adj
                        && doc
                            .tokens
                            .get(i + 1)
                            .is_some_and(|t| !matches!(t.upos, Upos::Noun | Upos::Propn))
            };
            let described_before = toks[..n]
                .iter()
                .any(|&i| noun_like(i) && lex.is("described", &syn.lemma(i)));
            // A name the actor layer knows (a group, a state: "the group known as ISIS") is
            // no unknown alias.
            let not_person = run.iter().any(|&i| syn.actor_at[i].is_some());
            if run.is_empty() || !described_before || not_person {
                continue;
            }
            let text = syn.words(run[0]..run[run.len() - 1] + 1);
            let id = format!("PERSON.{}", crate::actors::slug(&text));
            match &found {
                Some(a) if a.id != id => return None,
                _ => {
                    found = Some(ActorRef {
                        id,
                        name: text,
                        mention: None,
                    })
                }
            }
        }
    }
    found
}
