//! The participants of a proposition: a token of the Doc read as an argument — an actor through
//! the actor layer, a member noun's actor ("IS fighters"), a surname's person, the doer named by
//! an attack's means ("a US air strike"), or the noun phrase itself with its head — and, inside a
//! statement, the words that stand for its speaker ("I", "we"; the understood subject of "claims
//! to have beheaded").

use super::misread;
use super::syn::{resolve_mention, Syn};
use super::ClaimLexicon;
use crate::model::{ActorRef, Extraction};
use dossier_syntax::frames;
use dossier_syntax::{Rel, Upos};

/// One argument of a proposition.
#[derive(Debug, Clone)]
pub(super) struct Part {
    pub(super) actor: Option<ActorRef>,
    /// The phrase as written, without leading determiners.
    pub(super) text: String,
    /// Head word, lower-cased (the name's last word for names, without "al-").
    pub(super) head: String,
    pub(super) proper: bool,
    pub(super) pronoun: bool,
    /// How an actor was found ("'IS fighters' → IS").
    pub(super) note: Option<String>,
}

impl Part {
    pub(super) fn is_someone(&self) -> bool {
        self.actor.is_some() || (self.proper && !self.pronoun)
    }

    /// The actor, or a stand-in `ENTITY.<head>` for a named or described participant.
    pub(super) fn as_ref(&self) -> ActorRef {
        self.actor.clone().unwrap_or_else(|| ActorRef {
            id: format!("ENTITY.{}", crate::actors::slug(&self.head)),
            name: self.text.clone(),
            mention: None,
        })
    }
}

pub(super) fn participant(syn: &Syn, x: &Extraction, lex: &ClaimLexicon, i: usize) -> Part {
    let doc = syn.doc;
    let range = frames::phrase(doc, i);
    // Leading determiners and case words are not part of the words written.
    // Nor adverbs ("now in control of", "currently in shelters"), nor those of a quantity
    // before its number ("at least six people", "so far more than 30 people" → "six people",
    // "30 people").
    let mut lo = range.start;
    // Nor a dateline the parser hung on the phrase ("BAGHDAD, Oct 12 (Reuters) - Iraqi
    // soldiers").
    while lo < i
        && (misread::in_dateline(syn, lo)
            || matches!(
                doc.tokens[lo].upos,
                Upos::Det | Upos::Adp | Upos::Punct | Upos::Part | Upos::Adv
            )
            || (syn.lower(lo) == "least" && (lo + 1..i).any(|j| doc.tokens[j].upos == Upos::Num)))
    {
        lo += 1;
    }
    // The phrase stops at a comma after its head ("two members of the group, including an
    // aide …, according to the ministry"): what follows is an apposition or an aside.
    let end = (i + 1..range.end)
        .find(|&j| matches!(syn.lower(j).as_str(), "," | ";" | "(" | "—" | "–"))
        .unwrap_or(range.end);
    let mut text = syn.words(lo..end.max(lo + 1));
    let t = &doc.tokens[i];
    // "an operation by Yemen's forces early on Saturday freed …" read with "Saturday" as the
    // subject: a day's name (`calendar`) is a time, never someone.
    let proper = t.upos == Upos::Propn && !lex.is("calendar", &syn.lower(i));
    let pronoun = t.upos == Upos::Pron;
    // A name's last word ("Abu Bakr al-Baghdadi" → "baghdadi").
    let mut head = if proper {
        let last = std::iter::once(i)
            .chain(
                doc.children(i)
                    .filter(|&c| matches!(doc.tokens[c].rel, Rel::Flat | Rel::Compound)),
            )
            .filter(|&c| doc.tokens[c].upos == Upos::Propn)
            .max()
            .unwrap_or(i);
        let w = syn.lower(last);
        let w = w
            .strip_prefix("al-")
            .or_else(|| w.strip_prefix("el-"))
            .unwrap_or(&w)
            .to_string();
        w.trim_end_matches("'s").to_string()
    } else {
        syn.lemma(i)
    };
    let mut actor = resolve_mention(syn, x, i);
    let mut note = None;
    // "Thousands of Nigerians have been killed", "Several of the AQAP terrorists … were killed":
    // a quantity says how many; who they are is the noun of its "of" phrase (a plural
    // demonym's people, or a people or member noun), not a later word of the phrase ("the
    // hostages" the terrorists hold).
    if actor.is_none() && lex.is("quantity", &syn.lower(i)) {
        if let Some(c) = partitive_of(syn, i) {
            // The words run on to the end of the "of" phrase (an oblique is no part of the
            // quantity's own phrase), so its affiliation is read from them ("AQAP").
            let to = frames::phrase(doc, c).end;
            let to = (c + 1..to)
                .find(|&j| matches!(syn.lower(j).as_str(), "," | ";" | "(" | "—" | "–"))
                .unwrap_or(to);
            if to > end {
                text = syn.words(lo..to);
            }
            if plural_demonym(syn, x, c) {
                return people(text);
            }
            let w = syn.lower(c);
            if lex.is("people", &w) || lex.is("member", &w) {
                head = w;
            }
        }
    }
    // "Four Americans were killed", "North Koreans consider Scotland …": a plural demonym names
    // people of the state, never the state acting or suffering; they are unnamed people (keyed
    // with the state as their affiliation, `in_document.rs`).
    if plural_demonym(syn, x, i) {
        return people(text);
    }
    // "The Islamic State (IS) leader Abu Bakr al-Baghdadi": a person named after an
    // organisation and a title in one noun phrase is the participant, whatever word the parser
    // made the head.
    let is_person = |ai: usize| x.actors[ai].kind == crate::model::ActorKind::Person;
    // A person "named" by a common noun ("the head of ISIL 'Abu Bakr al-Baghdadi'") gives way
    // to the name in the same phrase.
    if syn.actor_at[i].is_none_or(|ai| !is_person(ai) || !proper) {
        // Up to the predicate when it follows (the parser may split "State … leader Abu
        // Bakr al-Baghdadi" into two subjects), else to the phrase's end; not past a verb, a
        // comma, a relative word or a preposition outside the organisation's own name
        // ("a U.S. airstrike near Mosul in Northern Iraq" is not about Northern Iraq).
        let end = doc.head(i).filter(|&h| h > i).unwrap_or(range.end);
        let mut depth = 0i32;
        let titled = (i + 1..end)
            .take_while(|&j| {
                let w = syn.lower(j);
                match w.as_str() {
                    "(" => depth += 1,
                    ")" => depth -= 1,
                    _ => {}
                }
                let own_name = syn.actor_at[j].is_some() && syn.actor_at[j] == syn.actor_at[i];
                depth > 0
                    || w == ")"
                    || own_name
                    // "Islamic State of Iraq and Syria leader …", "the head of ISIL '…'".
                    || w == "of"
                    || (!matches!(
                        doc.tokens[j].upos,
                        Upos::Verb | Upos::Aux | Upos::Sconj | Upos::Adp
                    ) && !matches!(w.as_str(), "," | ";" | "who" | "which" | "that"))
            })
            .filter_map(|j| {
                syn.actor_at[j]
                    .filter(|&ai| is_person(ai))
                    .map(|ai| (j, ai))
            })
            // "The right-hand man of Abu Bakr al-Baghdadi", "the wife and child of the Abu
            // Bakr al-Baghdadi": a person introduced by "of" (and an article) is whose man he
            // is, not his name.
            .filter(|&(j, ai)| {
                let mut k = j;
                while k > 0 && syn.actor_at[k - 1] == Some(ai) {
                    k -= 1;
                }
                while k > 0 && doc.tokens[k - 1].upos == Upos::Det && syn.actor_at[k - 1].is_none()
                {
                    k -= 1;
                }
                // "the killer of American journalist James Foley": with a title before it the
                // name heads its phrase and "of" is the name's own case word.
                let of_name = frames::case_of(doc, syn.text, k) == "of";
                (k == 0 || syn.lower(k - 1) != "of") && !of_name
            })
            .last();
        if let Some((j, ai)) = titled.filter(|&(_, ai)| Some(ai) != syn.actor_at[i]) {
            let r = syn.actor_ref(x, j, ai);
            note = Some(format!("'{}' → {}", text, r.name));
            actor = Some(r);
        }
    }
    if actor.is_none() && lex.is("member", &syn.lower(i)) {
        // "IS fighters", "Iranian officials", "Russia's forces": the modifier's actor.
        if let Some((c, ai)) = doc
            .children(i)
            .filter(|&c| {
                matches!(
                    doc.tokens[c].rel,
                    Rel::Compound | Rel::Amod | Rel::NmodPoss | Rel::Nmod
                )
                // "BAGHDAD, Oct 12 (Reuters) - Iraqi soldiers": the agency filed the story.
                && !misread::in_dateline(syn, c)
                // "Islamic State fighters in Mosul, Iraq": a place is where they are, not
                // whose they are ("forces of Russia" still are Russia's).
                && !(doc.tokens[c].rel == Rel::Nmod
                    && lex.is("placecase", &frames::case_of(doc, syn.text, c))
                    && frames::case_of(doc, syn.text, c) != "of")
            })
            .find_map(|c| syn.actor_at[c].map(|ai| (c, ai)))
        {
            let r = syn.actor_ref(x, c, ai);
            note = Some(format!("'{}' → {}", text, r.name));
            actor = Some(r);
        }
    }
    if actor.is_none() && lex.is("means", &head) {
        // "a US air strike", "Israeli shelling", "Russia's bombardment": the means of an attack
        // names its doer by its modifier (not by a prepositional phrase: "the strike on ISIS").
        if let Some((c, ai)) = doc
            .children(i)
            .filter(|&c| {
                matches!(doc.tokens[c].rel, Rel::Compound | Rel::Amod | Rel::NmodPoss)
                    && !misread::in_dateline(syn, c)
            })
            .find_map(|c| syn.actor_at[c].map(|ai| (c, ai)))
        {
            let r = syn.actor_ref(x, c, ai);
            note = Some(format!(
                "'{}' → {} (the means names its doer)",
                text, r.name
            ));
            actor = Some(r);
        }
    }
    if actor.is_none() && proper {
        // "Baghdadi" after "Abu Bakr al-Baghdadi": the person of the document with that surname.
        let mut people = x.actors.iter().filter(|a| {
            a.kind == crate::model::ActorKind::Person
                && a.name.split_whitespace().count() > 1
                && a.name.split_whitespace().last().is_some_and(|w| {
                    let w = w.to_lowercase();
                    let w = w
                        .strip_prefix("al-")
                        .or_else(|| w.strip_prefix("el-"))
                        .unwrap_or(&w)
                        .to_string();
                    w == head
                })
        });
        if let (Some(a), None) = (people.next(), people.next()) {
            note = Some(format!("'{}' → {} (same document)", text, a.name));
            actor = Some(ActorRef {
                id: a.id.clone(),
                name: a.name.clone(),
                mention: Some(syn.span(syn.name_run(i))),
            });
        }
    }
    // "Mr Kim" beside "Kim Jong-un", "#FidelCastro" beside "Fidel Castro": a one-word person
    // or a hashtag is the one person of the document whose full name has that word (any
    // position: family names come first in Korean and Chinese names) or spells that tag.
    let single = actor
        .as_ref()
        .filter(|a| a.id.starts_with("PERSON.") && !a.name.trim().contains(' '))
        .map(|a| a.name.trim().to_lowercase());
    let tag = actor
        .is_none()
        .then(|| text.strip_prefix('#').map(str::to_lowercase))
        .flatten();
    // "Gill is safe" after "Gill Rosenberg": a one-word name the actor layer left alone is
    // the document's person with that word in the full name (a given name as well as a
    // surname), as "Mr Kim" is.
    let single = single.or_else(|| {
        (actor.is_none() && proper && !pronoun && syn.name_run(i).len() == 1)
            .then(|| syn.lower(i))
            .filter(|w| w.chars().count() > 1 && w.chars().all(char::is_alphabetic))
    });
    if single.is_some() || tag.is_some() {
        let full: Vec<&crate::model::Actor> = x
            .actors
            .iter()
            .filter(|a| {
                let n = a.name.to_lowercase();
                let words: Vec<&str> = n
                    .split(|c: char| c.is_whitespace() || c == '-')
                    .filter(|w| !w.is_empty())
                    .collect();
                a.kind == crate::model::ActorKind::Person
                    && words.len() > 1
                    && (single.as_deref().is_some_and(|w| words.contains(&w))
                        || tag.as_deref().is_some_and(|t| words.concat() == t))
            })
            .collect();
        // Of several ("Kim Jong-un", "Kim Il-sung"), the one the document names more often than
        // all the others together.
        let total: usize = full.iter().map(|a| a.mentions.len()).sum();
        let chosen = full
            .iter()
            .max_by_key(|a| a.mentions.len())
            .filter(|a| full.len() == 1 || 2 * a.mentions.len() > total);
        if let Some(a) = chosen {
            note = Some(format!("'{}' → {} (same document)", text, a.name));
            actor = Some(ActorRef {
                id: a.id.clone(),
                name: a.name.clone(),
                mention: Some(syn.span(syn.name_run(i))),
            });
        }
    }
    // "the elder brother, Tamerlan, was captured", "the gunman, a 29-year-old named Omar
    // Mateen": a description with a name in apposition is the one named.
    // Only an argument's description ("is the son of X, …" states what he is) and only a name
    // opening the apposition ("…'s media arm, according to the SITE Intelligence Group" is a
    // source).
    let argument = matches!(
        t.rel,
        Rel::Nsubj | Rel::NsubjPass | Rel::Obj | Rel::Iobj | Rel::OblAgent
    );
    // "The commander, General Musa Bello, was killed": the actor layer may key the description
    // itself ("commander"); an actor named only by the description's own noun is no name, and
    // the apposed name still wins.
    let described = actor.as_ref().is_some_and(|a| {
        let n = a.name.to_lowercase();
        let w = syn.lower(i);
        n == w || n == head || n.ends_with(&format!(" {w}"))
    });
    if argument && (actor.is_none() || described) && !proper && !pronoun && t.upos == Upos::Noun {
        if let Some(named) = doc
            .children_with(i, Rel::Appos)
            .filter(|&a| a > i && doc.tokens[a].upos == Upos::Propn)
            .filter(|&a| {
                let from = frames::phrase(doc, a).start;
                from > i
                    && syn.lower(from - 1) == ","
                    && (i + 1..from - 1).all(|j| syn.lower(j) != ",")
                    && (matches!(doc.tokens[from].upos, Upos::Propn | Upos::Det)
                        // "the army chief, General Musa Bello,": a capitalised title the
                        // tagger read as an adjective or noun opens the name.
                        || (from < a
                            && syn
                                .doc
                                .form(syn.text, from)
                                .starts_with(|c: char| c.is_uppercase())))
                    && doc.children_with(a, Rel::Case).next().is_none()
            })
            .map(|a| participant(syn, x, lex, a))
            .find(|a| {
                a.actor.as_ref().is_some_and(|n| match &actor {
                    None => true,
                    Some(d) => d.id != n.id && n.id.starts_with("PERSON."),
                })
            })
        {
            let name = named.actor.as_ref().map_or("", |a| a.name.as_str());
            let note = format!("'{text}' → {name} (the name in apposition)");
            return Part {
                note: Some(note),
                ..named
            };
        }
    }
    if actor.is_none() && !proper && !pronoun {
        // "the IS leader … is badly injured", "the woman was killed": a definite description
        // is the one person named before it whose role the text gives in that word.
        if let Some(ai) = role_holder(syn, x, lex, i, &head) {
            let r = syn.actor_ref(x, i, ai);
            note = Some(format!(
                "'{}' → {} (the one named with that role)",
                text, r.name
            ));
            actor = Some(r);
        }
    }
    // "the man who killed Boris Nemtsov": unnamed people described by an act they did to
    // someone named are that act's doer, whoever writes the description ("the gunman who killed
    // Nemtsov" is the same one).
    if actor.is_none()
        && !proper
        && !pronoun
        && (lex.is("people", &head) || lex.is("member", &head))
    {
        if let Some(doer) = described_doer(syn, x, lex, i, &text) {
            return doer;
        }
    }
    if let (Some(a), None) = (&actor, &note) {
        if let Ok(k) = syn.coref.binary_search_by_key(&i, |c| c.0) {
            note = Some(format!(
                "'{}' → {} (coreference: {})",
                text, a.name, syn.coref[k].1
            ));
        }
    }
    Part {
        actor,
        text,
        head,
        proper,
        pronoun,
        note,
    }
}

/// The doer of the act a relative clause on noun `i` names, done to someone named: "the man who
/// killed Boris Nemtsov" is the killer of Nemtsov (`doernoun` in frames.tsv gives the noun of
/// the act's class), keyed by whom it was done to (`ENTITY.killer-of-…`), so articles that
/// describe the one who did it in other words meet. Only an active relative clause whose subject
/// is the relative word ("the man who was killed" is no doer).
fn described_doer(
    syn: &Syn,
    x: &Extraction,
    lex: &ClaimLexicon,
    i: usize,
    text: &str,
) -> Option<Part> {
    let doc = syn.doc;
    let r = doc
        .children_with(i, Rel::AclRelcl)
        .find(|&r| doc.tokens[r].upos == Upos::Verb)?;
    if doc.children_with(r, Rel::AuxPass).next().is_some()
        || !doc
            .children_with(r, Rel::Nsubj)
            .any(|s| s > i && s < r && doc.tokens[s].upos == Upos::Pron)
    {
        return None;
    }
    let class = lex
        .predicate(&syn.lower(r), "")
        .or_else(|| lex.predicate(&syn.lemma(r), ""))?;
    let noun = lex
        .listed("doernoun")
        .iter()
        .find_map(|e| e.strip_prefix(class)?.strip_prefix(':'))?;
    let o = doc.children_with(r, Rel::Obj).next()?;
    let victim = resolve_mention(syn, x, o)?;
    let id = super::claim_actor_id(&victim.id).to_string();
    Some(Part {
        actor: None,
        text: format!("{noun} of {}", victim.name),
        head: format!("{noun} of {id}"),
        proper: true,
        pronoun: false,
        note: Some(format!(
            "'{text}' → the {noun} of {} (the act its relative clause names)",
            victim.name
        )),
    })
}

/// Is token `i` a plural demonym the actor layer read as its state ("Americans", "North
/// Koreans", "the Chinese")?
/// The noun of a quantity's "of" phrase ("thousands of Nigerians", "several of the AQAP
/// terrorists"; the parser hangs it as a nominal or an oblique modifier of the quantity).
fn partitive_of(syn: &Syn, i: usize) -> Option<usize> {
    let doc = syn.doc;
    doc.children(i).filter(|&c| c > i).find(|&c| {
        matches!(doc.tokens[c].rel, Rel::Nmod | Rel::Obl)
            && matches!(doc.tokens[c].upos, Upos::Noun | Upos::Propn)
            && frames::case_of(doc, syn.text, c) == "of"
    })
}

fn plural_demonym(syn: &Syn, x: &Extraction, i: usize) -> bool {
    use crate::lexicon::Target;
    let t = &syn.doc.tokens[i];
    let Some(ai) = syn.actor_at[i] else {
        return false;
    };
    if x.actors[ai].kind != crate::model::ActorKind::State
        || !matches!(t.xpos.as_str(), "NNPS" | "NNS")
    {
        return false;
    }
    let run = syn.name_run(i);
    let words = syn.words(run);
    syn.lexicon.find_all(&words).iter().any(|m| {
        m.start == 0
            && m.end == words.len()
            && matches!(
                m.target,
                Target::Actor {
                    form: crate::actors::MentionForm::Demonym,
                    ..
                }
            )
    })
}

/// The one an act happens to, when nobody named does it: "at least two members of the group
/// were killed", "IS fighters were wounded" are about those people, not their organisation
/// (a member noun does not stand for its actor here).
pub(super) fn sufferer(mut u: Part, lex: &ClaimLexicon) -> Part {
    // (Not a person the noun is: "The spokesman, John Kirby, was wounded" — the actor layer
    // keyed "spokesman" to Kirby himself, who is the one wounded.)
    let person = u
        .actor
        .as_ref()
        .is_some_and(|a| a.id.starts_with("PERSON."));
    if !u.proper && lex.is("member", &u.head) && u.actor.is_some() && !person {
        u.actor = None;
        u.note = None;
        // Still someone: the phrase names people.
        u.proper = true;
    } else if !u.is_someone() && names_people(lex, &mut u) {
        // "10 militants were also killed", "Baghdadi's aide had been killed".
        u.proper = true;
    }
    u
}

/// Is `m` the means of an attack that names its doer ("a US air strike": `means` in
/// frames.tsv, resolved to the actor modifying it)?
pub(super) fn is_doing_means(lex: &ClaimLexicon, m: &Part) -> bool {
    m.actor.is_some() && lex.is("means", &m.head)
}

/// The undergoer of an act as the claim's target (an actor or a named person) or its object
/// (a thing, an unnamed person); "imprisoned her": a pronoun the actor layer did not resolve is
/// neither.
pub(super) fn done_to(
    lex: &ClaimLexicon,
    predicate: &str,
    u: Part,
) -> (Option<ActorRef>, Option<String>) {
    if lex.is("calendar", &u.head)
        || lex.is("bodypart", &u.head) && !u.proper && lex.is_patient_class(predicate)
    {
        // "deported the following day", "struck on Monday": a time, not what was done; "a
        // sniper shot at his head": a body part, no one's target nor a thing done to.
        (None, None)
    } else if !u.pronoun
        && lex
            .known_object(&u.head)
            .is_some_and(|c| lex.is("weaponclass", c))
    {
        // "fired an RPG through the tail rotor": what is fired is the weapon, whatever the
        // actor layer made of its name (`weaponclass` in frames.tsv).
        (None, Some(u.text))
    } else if u.actor.is_some() || (u.proper && !lex.has_object(predicate)) {
        (Some(u.as_ref()), None)
    } else if u.pronoun {
        (None, None)
    } else {
        (None, Some(u.text))
    }
}

/// Does `u` name people without naming who ("10 militants", "Baghdadi's aide", "one of his top
/// aides", "18 families")? Such a phrase is someone an act can happen to (`people` and `member`
/// in frames.tsv); its head becomes the people noun ("one of his top aides" → aide).
pub(super) fn names_people(lex: &ClaimLexicon, u: &mut Part) -> bool {
    let is_people = |w: &str| lex.is("people", w) || lex.is("member", w);
    if u.pronoun || u.text.is_empty() {
        return false;
    }
    if is_people(&u.head) {
        return true;
    }
    // "one of his top aides", "two of the hostages": a quantity of people.
    if lex.is("quantity", &u.head) {
        if let Some(w) = u
            .text
            .split_whitespace()
            .rev()
            .map(|w| w.to_lowercase())
            .find(|w| is_people(w))
        {
            u.head = w;
            return true;
        }
    }
    false
}

/// Is token `i` inside the quoted words of statement `s`: all of a direct quotation, the
/// quoted part of a mixed one?
fn quoted_words(syn: &Syn, s: &crate::model::Statement, i: usize) -> bool {
    use crate::model::Mode;
    match s.mode {
        Mode::Direct => true,
        Mode::Mixed => syn.quoted(i),
        _ => false,
    }
}

/// Inside a statement, the words standing for its speaker: "I" and "we" of a quotation ("So we
/// simply introduced a bill," McCaul said), the understood subject of an infinitive content
/// ("ISIS claims to have beheaded …"), and "he"/"she" opening a person's reported speech ("Guccifer
/// told her he had downloaded things") when no other person is named before it in the content.
/// Returns the speaker as the participant, with a note saying why.
pub(super) fn speaker_for(
    syn: &Syn,
    x: &Extraction,
    lex: &ClaimLexicon,
    s: &crate::model::Statement,
    token: Option<usize>,
    part: Option<&Part>,
    pred: Option<usize>,
) -> Option<Part> {
    use crate::model::{ActorKind, Mode, Sourcing};
    if matches!(s.sourcing, Sourcing::Unattributed | Sourcing::Anonymous)
        || s.speaker.id.starts_with("UNKNOWN.")
        || s.speaker.id.is_empty()
    {
        return None;
    }
    let doc = syn.doc;
    let mut who = &s.speaker;
    let why = match (token, part) {
        // No subject of its own in the content: "claims to have beheaded", "denied having sent".
        (None, _) => {
            // The content opens with the infinitive marker, not the preposition ("responded
            // to that tweet by …").
            // The infinitive is the content itself, not a purpose clause opening it ("to avoid
            // damage, the contents must be removed"), and states an act of a class ("claims to
            // have beheaded"), not a plan ("to pursue a career").
            let content = syn.tokens_in(s.content.start, s.content.end);
            if content.is_empty()
                || !lex.is("infinitive", &syn.lower(content.start))
                || doc.tokens[content.start].upos != Upos::Part
                || !pred.is_some_and(|v| {
                    // Up to the content's root only through frames ("to have beheaded" parsed
                    // with "have" as its head).
                    std::iter::successors(doc.head(v), |&h| doc.head(h))
                        .take_while(|h| content.contains(h))
                        .all(|h| lex.is("skip", &syn.lemma(h)))
                        && (lex.predicate(&syn.lower(v), "").is_some()
                            || lex.predicate(&syn.lemma(v), "").is_some())
                })
            {
                return None;
            }
            format!("the speaker is the subject of '{}'", s.content.text)
        }
        (Some(i), Some(p)) if p.pronoun && p.actor.is_none() => {
            let w = syn.lower(i);
            let quoted = matches!(s.mode, Mode::Direct | Mode::Mixed);
            // What the speaker did or will do ("we simply introduced a bill", "I bailed you
            // out"), not what they are doing or are ("we are investigating", "I have been in").
            // Nor what saying it does ("I offer all my solidarity", "we condemn this act"): a
            // present tense of the speaker's own is the speech act or a habit, not a deed.
            // (A past the tagger read as a present, "We withheld this information", is a deed:
            // a form in "-ed" or a listed irregular past, `irregular` in frames.tsv.)
            let present = |v: usize| {
                let w = syn.lower(v);
                doc.tokens[v].xpos == "VBP"
                    && !w.ends_with("ed")
                    && !lex
                        .listed("irregular")
                        .iter()
                        .any(|pair| pair.split_whitespace().nth(1) == Some(w.as_str()))
            };
            let act = pred.is_some_and(|v| {
                doc.tokens[v].upos == Upos::Verb && doc.tokens[v].xpos != "VBG" && !present(v)
            });
            // The speaker named inside the quotation's own words is a misread speaker ("I
            // questioned the Secretary," he said → not the Secretary).
            let named_inside = s
                .speaker
                .mention
                .as_ref()
                .is_some_and(|m| m.start >= s.content.start && m.end <= s.content.end);
            if quoted
                && act
                && !named_inside
                && lex.is("firstperson", &w)
                && !pred.is_some_and(|v| relayed_within(syn, lex, s, v))
            {
                // "'We conducted these strikes,' said Pentagon spokesman John Kirby": the "we"
                // of one who speaks for a body (`firstplural`) is the body, not the person.
                // An institution, not a state ("we then raided the studio", said a police
                // officer the attribution gave to his country).
                let institution = |b: &&crate::model::ActorRef| {
                    x.actors.iter().any(|a| {
                        a.id == b.id && !matches!(a.kind, ActorKind::State | ActorKind::Person)
                    })
                };
                if let Some(body) = s
                    .on_behalf_of
                    .as_ref()
                    .filter(institution)
                    .filter(|_| lex.is("firstplural", &w))
                {
                    who = body;
                }
                format!("'{}' in {}'s quotation", p.text, s.speaker.name)
            } else if lex.is("thirdperson", &w)
                // In the speaker's own quoted words "he" is someone else ("'He drove Thomas
                // to the liquor store,' Kadalim told the site").
                && !quoted_words(syn, s, i)
                && x
                    .actors
                    .iter()
                    .find(|a| a.id == s.speaker.id)
                    .is_some_and(|a| a.kind == ActorKind::Person)
                && doc.tokens[i].rel == Rel::Nsubj
                // No one else named before it in the content ("The FBI director said she …").
                && !syn.tokens_in(s.content.start, s.content.end).any(|j| {
                    j < i
                        && (syn.actor_at[j].is_some()
                            || matches!(doc.tokens[j].upos, Upos::Propn | Upos::Noun | Upos::Pron))
                })
            {
                format!("'{}' opens {}'s reported speech", p.text, s.speaker.name)
            } else {
                return None;
            }
        }
        _ => return None,
    };
    let head = who
        .name
        .split_whitespace()
        .last()
        .unwrap_or("")
        .to_lowercase();
    Some(Part {
        actor: Some(who.clone()),
        text: who.name.clone(),
        head,
        proper: true,
        pronoun: false,
        note: Some(format!("{why} → {}", who.name)),
    })
}

/// Is predicate `v` inside speech that statement `s`'s quotation relays from someone else
/// ("Maybe the officer will say, 'Well I fired, and he kept advancing'")? Up from `v` within the
/// content, a clausal complement of a verb of saying or believing (`believed` in frames.tsv)
/// whose subject is no first-person pronoun: the quotation's "I" is that one's, not its
/// speaker's ("I think I fired" is still the speaker's).
fn relayed_within(syn: &Syn, lex: &ClaimLexicon, s: &crate::model::Statement, v: usize) -> bool {
    let doc = syn.doc;
    let content = syn.tokens_in(s.content.start, s.content.end);
    let relays = |h: usize| {
        lex.is("believed", &syn.lemma(h))
            && doc
                .children_with(h, Rel::Nsubj)
                .any(|n| !lex.is("firstperson", &syn.lower(n)))
    };
    // The parser may hang the saying verb on the relayed clause ("the officer will say" as a
    // clausal complement of "fired"): a saying verb before `v` among its complements.
    if doc
        .children(v)
        .any(|c| c < v && matches!(doc.tokens[c].rel, Rel::Ccomp | Rel::Parataxis) && relays(c))
    {
        return true;
    }
    let mut k = v;
    for _ in 0..64 {
        let Some(h) = doc.head(k).filter(|h| content.contains(h)) else {
            return false;
        };
        if matches!(doc.tokens[k].rel, Rel::Ccomp | Rel::Parataxis) && relays(h) {
            return true;
        }
        k = h;
    }
    false
}

/// The subject of passive verb `p` the parser hung elsewhere in its subtree: the first token of
/// `p`'s subtree heads a bare nominal (no case word, not a subject of another verb) before `p`,
/// set off from the verb by a comma ("Luke Somers, held hostage by al Qaeda, was killed").
pub(super) fn passive_subject_rescue(syn: &Syn, p: usize) -> Option<usize> {
    let doc = syn.doc;
    let r = doc.subtree(p);
    let first = r.start;
    if first >= p {
        return None;
    }
    // The head of the phrase opening the subtree.
    let mut k = first;
    for _ in 0..8 {
        match doc.head(k) {
            Some(h) if h < p && frames::phrase(doc, h).start == first => k = h,
            _ => break,
        }
    }
    // "British aid worker David Haines, kidnapped in Syria last year, was beheaded": the parser
    // may make the opening phrase the subject of the participle set off by commas. A verb
    // clause on the predicate with no object, whose subject opens the clause and is followed
    // by a comma, is a participle phrase on that subject, not a clause of its own.
    let participle = |v: usize| {
        doc.tokens[v].upos == Upos::Verb
            && matches!(doc.tokens[v].rel, Rel::Advcl | Rel::Acl)
            && doc.head(v) == Some(p)
            && doc.children_with(v, Rel::Obj).next().is_none()
    };
    let opening = |n: usize, v: usize| {
        frames::phrase(doc, n).start == first && (n + 1..v).any(|j| syn.lower(j) == ",")
    };
    if participle(k) {
        return doc.children_with(k, Rel::Nsubj).find(|&n| opening(n, k));
    }
    if doc.tokens[k].rel == Rel::Nsubj
        && doc.head(k).is_some_and(|v| participle(v) && opening(k, v))
    {
        return Some(k);
    }
    let t = &doc.tokens[k];
    let bare = doc.children_with(k, Rel::Case).next().is_none();
    let comma_before_verb = (k + 1..p).any(|j| syn.lower(j) == ",");
    (matches!(t.upos, Upos::Noun | Upos::Propn)
        && bare
        && !matches!(
            t.rel,
            Rel::Nsubj | Rel::NsubjPass | Rel::Obj | Rel::Compound
        )
        && comma_before_verb)
        .then_some(k)
}

/// The one person named before token `i` whose role, as the text gives it, ends in `head`
/// ("Islamic State leader" for "the IS leader", "American woman" for "the woman"), when `i`
/// heads a singular description of a person (`people` in frames.tsv) that is neither
/// indefinite ("a leader" is someone new) nor counted; none when two people share the role.
fn role_holder(
    syn: &Syn,
    x: &Extraction,
    lex: &ClaimLexicon,
    i: usize,
    head: &str,
) -> Option<usize> {
    let doc = syn.doc;
    if doc.tokens[i].xpos != "NN" || !lex.is("people", head) {
        return None;
    }
    if doc.children(i).any(|c| {
        matches!(doc.tokens[c].rel, Rel::Nummod)
            || (doc.tokens[c].rel == Rel::Det
                && matches!(
                    syn.lower(c).as_str(),
                    "a" | "an" | "another" | "any" | "every"
                ))
    }) {
        return None;
    }
    let at = syn.span(i..i + 1).start;
    let mut holders = x.actors.iter().enumerate().filter(|(_, a)| {
        a.kind == crate::model::ActorKind::Person
            && !a.id.contains('@')
            && a.mentions.iter().any(|m| m.end <= at)
            && a.role.as_deref().is_some_and(|r| {
                r.split_whitespace()
                    .last()
                    .is_some_and(|w| w.to_lowercase() == head)
            })
    });
    let (ai, _) = holders.next()?;
    holders.next().is_none().then_some(ai)
}

/// Unnamed people ("Four Americans", "Thousands of Nigerians"): no actor, head "people".
fn people(text: String) -> Part {
    Part {
        actor: None,
        text,
        head: "people".to_string(),
        proper: false,
        pronoun: false,
        note: None,
    }
}
