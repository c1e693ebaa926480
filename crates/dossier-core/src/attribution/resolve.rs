//! Speaker resolution and sourcing: drafts become [`Statement`]s. Speaker phrases are resolved
//! against the [`ActorLayer`] (names, titles, pronouns resolved there); a phrase no mention covers
//! gets an `UNKNOWN.<slug>` actor; sourcing (`named`, `official_body`, `anonymous`, `outlet`,
//! `unattributed`) is read off the phrase and its relays.

use super::resolve_people::{described_person, experts, subject_person};
use super::salience::{
    closer_antecedent, described_subject, last_speaker, one_person, plural_phrase, SALIENCE,
    SALIENCE_NAMED,
};
use super::sourcing::{generic_source, impostor, phrase_sourcing};
use super::*;

pub(super) fn slug(s: &str) -> String {
    let mut out = String::new();
    for w in s
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let lw = w.to_lowercase();
        if out.is_empty() && matches!(lw.as_str(), "the" | "a" | "an") {
            continue;
        }
        if lw == "s" {
            continue;
        }
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(&lw);
    }
    out
}

pub(super) fn strip_det(s: &str) -> &str {
    for d in ["the ", "The ", "a ", "A ", "an ", "An "] {
        if let Some(r) = s.strip_prefix(d) {
            return r;
        }
    }
    s
}

/// No named source: the statement is unattributed, the phrase (if any) its mention.
pub(super) fn unattributed(
    mention: Option<crate::model::Span>,
) -> (ActorRef, Option<ActorRef>, Sourcing) {
    (
        ActorRef {
            id: UNATTRIBUTED_ID.to_string(),
            name: "unattributed".to_string(),
            mention,
        },
        None,
        Sourcing::Unattributed,
    )
}

/// Resolve a speaker phrase: actor mentions first, then cheap fallbacks over earlier speakers,
/// then an `UNKNOWN.<slug>` actor made from the phrase. Returns speaker, on-behalf-of, sourcing.
pub(super) fn resolve_phrase(
    text: &str,
    s: usize,
    e: usize,
    actors: &ActorLayer,
    offsets: &Offsets,
    history: &[Prior],
    ctx: &Ctx,
) -> (ActorRef, Option<ActorRef>, Sourcing) {
    let quotes = ctx.quotes;
    let lex = Lexicon::get();
    // A speaker phrase never cuts a person's name in half ("but So Hyon Chol, the envoy, told":
    // "So" read as the conjunction): it starts where the name does.
    let s = actors
        .mentions
        .iter()
        .find(|m| m.start < s && s < m.end && actors.actors[m.actor].kind == ActorKind::Person)
        .map_or(s, |m| m.start);
    let phrase = &text[s..e];
    // "Two residents spoke to Reuters. “…,” said one.": one of the group, anonymous.
    if counted::counts_one(phrase) {
        let head = ctx
            .doc
            .and_then(|d| counted::group_head(d, text, ctx.quotes, s));
        let name = counted::counted_name(phrase, head.as_deref());
        let r = as_written(&name, name.clone(), offsets.span(text, s, e));
        return (r, None, Sourcing::Anonymous);
    }
    // "A FOX News impostor website reported", "a fake CNN page": the impersonator speaks, an
    // unnamed source with its description kept, on behalf of no one; never the source it fakes.
    if impostor(text, s, e, actors) {
        let name = strip_det(phrase).to_string();
        let r = as_written(&name, name.clone(), offsets.span(text, s, e));
        return (r, None, Sourcing::Anonymous);
    }
    // "The Lebanese newspaper As-Safir reported": an outlet, whatever the actor layer made of
    // the name (an outlet mention it has is kept).
    let outlet_known = actors
        .mentions_in(s, e)
        .iter()
        .any(|m| actors.actors[m.actor].kind == ActorKind::Outlet);
    if let Some((ns, ne)) =
        outlets::outlet_in_phrase(text, s, e, ctx.states).filter(|_| !outlet_known)
    {
        let r = ActorRef {
            id: format!("OUTLET.{}", slug(&text[ns..ne])),
            name: text[ns..ne].to_string(),
            mention: Some(offsets.span(text, s, e)),
        };
        // "the pro-government Iraqi newspaper al Sabaah": an Iraqi medium, on behalf of the
        // state its demonym names (as for unnamed outlets), never the state itself.
        let state = actors
            .mentions_in(s, ns)
            .iter()
            .find(|m| {
                m.form == MentionForm::Demonym && actors.actors[m.actor].kind == ActorKind::State
            })
            .map(|m| actors.actor_ref(m, text, offsets));
        return (r, state, Sourcing::Outlet);
    }
    let lp = phrase.to_lowercase();
    let words: Vec<String> = lp
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .map(|w| w.trim_end_matches("'s").trim_end_matches("’s").to_string())
        .collect();
    let mention_span = offsets.span(text, s, e);
    // "his statement", "according to her account": the possessor speaks.
    let possessive_pronoun = words.len() == 2
        && POSSESSIVE_PRONOUNS.contains(&words[0].as_str())
        && OWN_WORDS.contains(&words[1].as_str());
    let mut mentions = actors.mentions_in(s, e);
    // "his spokesman", "her lawyer": a possessive pronoun (a mention of who it stands for)
    // opening a longer phrase says on whose behalf the speaker speaks, as "Obama's spokesman"
    // does; it is not the speaker.
    let possessive = phrase
        .find("'s ")
        .or_else(|| phrase.find("’s "))
        .or_else(|| {
            let m = mentions.first()?;
            (m.start == s
                && m.form == MentionForm::Pronoun
                && words.len() > 1
                && POSSESSIVE_PRONOUNS.contains(&words[0].as_str())
                && !possessive_pronoun)
                .then(|| m.end - s - 1)
        });
    // "a Seoul-based think tank", "the London-based group": a place before "-based" says where
    // a body sits, never who speaks (the state is not the speaker).
    let based: Vec<crate::actors::Mention>;
    if mentions.iter().any(|m| text[m.end..].starts_with("-based")) {
        based = mentions
            .iter()
            .filter(|m| !text[m.end..].starts_with("-based"))
            .copied()
            .collect();
        mentions = &based[..];
    }
    // "Ottawa Hospital said", "Iraq Body Count said": a one-word state or capital opening a
    // run of capitalised words names where an institution sits, not the state speaking.
    let institution: Vec<crate::actors::Mention>;
    if mentions
        .iter()
        .any(|m| place_names_institution(text, m, e, actors))
    {
        institution = mentions
            .iter()
            .filter(|m| !place_names_institution(text, m, e, actors))
            .copied()
            .collect();
        mentions = &institution[..];
    }
    if let Some(r) = experts(
        phrase,
        mention_span.clone(),
        &words,
        mentions,
        actors,
        ctx.states,
    ) {
        return (r, None, Sourcing::Anonymous);
    }
    // Mentions not inside a prepositional tail ("spokesman for the ministry", "a source linked
    // to the YPG", "an adviser to Putin").
    let prep_at = ["of", "for", "at", "from", "with", "in", "to", "on"]
        .iter()
        .filter_map(|p| lp.find(&format!(" {p} ")))
        // Not a preposition inside a name ("Iran's mission to the United Nations").
        .filter(|&i| !mentions.iter().any(|m| m.start < s + i && s + i < m.end))
        .min()
        .map(|i| s + i);
    // A person named at the end of the phrase is the speaker whatever the title before it
    // holds ("White House chief of staff Denis McDonough" is McDonough, not the White House).
    // With a preposition in the phrase, only after a title ("US Secretary of State John
    // Kerry"), not after a described person ("the top spokesman for Prime Minister X").
    let title_first = phrase
        .split_whitespace()
        .next()
        .is_some_and(|w| w.starts_with(char::is_uppercase) && !is_function_word(&w.to_lowercase()));
    let tail_person = mentions.last().filter(|m| {
        (prep_at.is_none() || title_first)
            && actors.actors[m.actor].kind == ActorKind::Person
            && m.form == MentionForm::Name
            && text[m.end..e].trim().is_empty()
            && m.start > s
            // "a representative from Scotland Yard", "X of the Choson Exchange": a name after
            // a preposition or article is where the speaker works, not who speaks.
            && text[s..m.start]
                .split_whitespace()
                .last()
                .is_some_and(|w| {
                    !matches!(
                        w.to_lowercase().as_str(),
                        "of" | "for" | "at" | "from" | "with" | "in" | "the" | "by" | "to" | "on"
                    )
                })
    });
    let head = tail_person.or_else(|| {
        mentions
            .iter()
            .filter(|m| prep_at.is_none_or(|p| m.start < p))
            .rfind(|m| possessive.is_none_or(|p| m.start > s + p))
            .or_else(|| {
                // Only a mention outside a prepositional tail heads the phrase: "sources close
                // to the Kremlin" are not the Kremlin.
                if possessive.is_none() && prep_at.is_none() {
                    mentions.last()
                } else {
                    None
                }
            })
    });
    let behalf_m = match (tail_person, possessive) {
        (Some(h), _) => mentions
            .iter()
            .find(|m| m.start < h.start && actors.actors[m.actor].kind != ActorKind::Person),
        (None, possessive) => match possessive {
            Some(p) => mentions.iter().find(|m| m.end <= s + p + 1),
            None => prep_at.and_then(|p| mentions.iter().find(|m| m.start > p)),
        },
    }
    .or_else(|| {
        // "Kremlin spokesman Dmitry Peskov": a body named before the person.
        let h = head?;
        mentions.iter().find(|m| {
            m.start < h.start
                && m.actor != h.actor
                && actors.actors[m.actor].kind != ActorKind::Person
        })
    })
    .or_else(|| {
        // "Iran's foreign ministry spokesman" with no actor for the spokesman: the body.
        if head.is_some() {
            return None;
        }
        mentions
            .iter()
            .find(|m| actors.actors[m.actor].kind != ActorKind::Person)
    });
    let behalf = behalf_m
        .map(|m| actors.actor_ref(m, text, offsets))
        .or_else(|| {
            // The actor layer's affiliation for the person ("deputy commander of …").
            let h = head?;
            let aff = actors.actors[h.actor].affiliation.as_ref()?;
            let name = actors
                .actors
                .iter()
                .find(|a| &a.id == aff)
                .map_or_else(|| aff.clone(), |a| a.name.clone());
            Some(ActorRef {
                id: aff.clone(),
                name,
                mention: None,
            })
        })
        .or_else(|| {
            // An unnamed official described by a state ("a senior Yemeni airport official")
            // speaks for that state; the speaker stays the described person.
            let h = head?;
            let mentioned = |form| {
                actors
                    .mentions
                    .iter()
                    .any(|m| m.actor == h.actor && m.form == form)
            };
            if !mentioned(MentionForm::Description) || mentioned(MentionForm::Name) {
                return None;
            }
            let country = actors.actors[h.actor].country.as_ref()?;
            let name = actors
                .actors
                .iter()
                .find(|a| &a.id == country)
                .map(|a| a.name.clone())
                .or_else(|| {
                    let e = ctx.states.entry(country)?;
                    Some(e.name.clone())
                })?;
            Some(ActorRef {
                id: country.clone(),
                name,
                mention: None,
            })
        });
    let norm = lp.split_whitespace().collect::<Vec<_>>().join(" ");
    let anonymous = lex.anonymous.iter().any(|a| {
        let a = a.as_str();
        if a.contains(' ') {
            norm.contains(a)
        } else {
            words.iter().any(|w| w == a)
        }
    });
    // "A graphic video obtained by NBC News purportedly shows …", "an unverified photo claims
    // to show …": recorded media speak for no one; the statement is unattributed, and whoever
    // obtained or posted the recording is not its speaker.
    if let Some(p) = media_head(text, s, e, &lex.media, ctx.doc) {
        if !text[s..p].split_whitespace().any(|w| w == "by") {
            return unattributed(Some(mention_span));
        }
    }
    // "Reports over the last several days indicated", "according to media reports": no source
    // is named; the statement is unattributed, as with "reportedly" (the phrase stays its
    // mention).
    if generic_source(&words) && actors.mentions_in(s, e).is_empty() {
        return unattributed(Some(mention_span));
    }
    // "One of his friends", "a relative": unnamed people described by their relation to
    // someone are anonymous sources.
    let anonymous = anonymous
        || words.len() >= 3
            && words[0] == "one"
            && words[1] == "of"
            && matches!(words[2].as_str(), "his" | "her" | "their" | "the")
            && !phrase
                .split_whitespace()
                .skip(3)
                .any(|w| w.starts_with(char::is_uppercase));
    let phrase_sourcing = || phrase_sourcing(text, s, e, anonymous);
    // "Two U.S. officials", "Pentagon officials", "the UN envoy to Iraq", "Iraq's ambassador to
    // the UN": unnamed people described by their post. They stay people (never the state or
    // body named in the description), on behalf of the body they serve: the one named before
    // the preposition ("UN" envoy to Iraq; "Iraq's" ambassador to the UN).
    if tail_person.is_none() {
        let tree_head = ctx.doc.and_then(|d| {
            let h = d.range_head(d.tokens_within(s, e))?;
            Some(d.form(text, h).to_lowercase())
        });
        if let Some(r) = described_person(
            text,
            s,
            e,
            &words,
            mentions,
            actors,
            offsets,
            tree_head.as_deref(),
        ) {
            let (person, behalf_of, plural) = r;
            // Counted or indefinite ("two U.S. officials", "one of the officials", "a
            // senior official") is anonymous; the bare plural ("EU officials said") is the
            // body's collective voice, as the fixtures and the gold set annotate it.
            let counted = matches!(
                words[0].as_str(),
                "a" | "an" | "one" | "two" | "three" | "four" | "several" | "some" | "many"
            );
            let sourcing = match phrase_sourcing() {
                _ if counted => Sourcing::Anonymous,
                Sourcing::Anonymous => Sourcing::Anonymous,
                _ if plural => Sourcing::OfficialBody,
                Sourcing::Named | Sourcing::Unattributed => Sourcing::OfficialBody,
                so => so,
            };
            return (person, behalf_of, sourcing);
        }
    }
    // "Israeli media reported", "multiple Iraqi and Kurdish news outlets had claimed", "an
    // Iraqi paper claimed", "a White House pool report": the nationality or the state's name
    // qualifies unnamed outlets (a medium noun of `outlet_nouns.tsv` heads the phrase). They
    // are the sourcing outlets, on behalf of the state (the country is kept); never the state
    // itself.
    if let Some(m) = head.filter(|m| {
        matches!(
            m.form,
            MentionForm::Demonym | MentionForm::Name | MentionForm::Metonym
        ) && actors.actors[m.actor].kind == ActorKind::State
            && m.end < e
            && outlets::headed_by_medium(&words)
    }) {
        let state = actors.actor_ref(m, text, offsets);
        let sourcing = match phrase_sourcing() {
            Sourcing::Anonymous => Sourcing::Anonymous,
            _ => Sourcing::Outlet,
        };
        return (
            as_written(
                strip_det(phrase),
                strip_det(phrase).to_string(),
                mention_span,
            ),
            Some(state),
            sourcing,
        );
    }
    // "a senior Yemeni airport official": the nationality qualifies a person, who keeps the
    // description and speaks for the state; never the state itself.
    if let Some(m) = head.filter(|m| {
        m.form == MentionForm::Demonym
            && actors.actors[m.actor].kind != ActorKind::Person
            && m.end < e
            && words
                .last()
                .is_some_and(|w| PERSON_HEADS.contains(&w.as_str()))
    }) {
        let state = actors.actor_ref(m, text, offsets);
        let name = strip_det(phrase).to_string();
        let sourcing = match phrase_sourcing() {
            Sourcing::Named => Sourcing::OfficialBody,
            so => so,
        };
        return (
            as_written(phrase, name, mention_span),
            Some(state),
            sourcing,
        );
    }
    // Gender a pronoun phrase asks for ("she", "her account"), if any.
    let want_gender = match words.first().map(String::as_str) {
        Some("he" | "him" | "his") if words.len() <= 2 => Some('m'),
        Some("she" | "her") if words.len() <= 2 => Some('f'),
        _ => None,
    };
    // A person whose name or title states the other gender never takes the pronoun: the
    // actor layer's antecedent is dropped and an agreeing earlier speaker sought instead.
    let disagrees =
        |name: &str| want_gender.is_some_and(|w| lex.gender_of(name).is_some_and(|g| g != w));
    // "he"/"she" agree in number too: never a state, a body or a plural group ("the Kurds").
    let head = head.filter(|m| {
        let a = &actors.actors[m.actor];
        m.form != MentionForm::Pronoun
            || want_gender.is_none()
            || a.kind == ActorKind::Person
                && !disagrees(&a.name)
                && !crate::actors::plural_person_name(&a.name)
    });
    // "The Democratic presidential candidate blasted …" after "Hillary Clinton has a word for
    // …": a definite description of a person with no name in it is the person in subject
    // position of the nearest of the two sentences before.
    // Only phrases the actor layer does not know: its own description rule ("the minister" →
    // the person titled minister, else an unnamed minister) is not second-guessed.
    if head.is_none()
        && words.first().is_some_and(|w| w == "the")
        && words.len() <= 5
        && possessive.is_none()
        && prep_at.is_none()
        && words.last().is_some_and(|w| lex.person_nouns.contains(w))
    {
        if let Some(r) = subject_person(text, s, phrase, actors, offsets) {
            return (
                ActorRef {
                    mention: Some(mention_span),
                    ..r
                },
                None,
                Sourcing::Named,
            );
        }
    }
    // "“… (former Iraqi president) Saddam Hussein,” Abdulrahman said. “…,” he said": a person
    // the layer took as the antecedent of "he"/"she" but last named only inside a quotation is
    // less salient than the agreeing person who spoke last; that speaker is taken instead —
    // a named person, or one unnamed person ("“…,” a ministry spokesman said. “… Ali Musa …,”
    // he said" is the spokesman, not the man he named).
    if let Some(m) = head.filter(|m| m.form == MentionForm::Pronoun && want_gender.is_some()) {
        let last_named = actors
            .mentions_in(s.saturating_sub(4000), s)
            .iter()
            .rev()
            .find(|o| o.actor == m.actor && o.form != MentionForm::Pronoun);
        let named_in_quote = last_named.is_some_and(|o| in_quote(quotes, o.start));
        // "Jeff Brown … told reporters …. A company spokesman denied …. He said …": the one
        // unnamed person who spoke last, introduced as someone new ("a", "an", "another": not
        // "the priest", who may be the named man) after the layer's antecedent, a named
        // person, was last named, is the nearer referent (the layer sees no mention in "a
        // company spokesman").
        let indefinite = |p: &str| {
            p.split_whitespace()
                .next()
                .is_some_and(|w| matches!(w.to_lowercase().as_str(), "a" | "an" | "another"))
        };
        let unnamed_since = |h: &Prior| {
            history.last().is_some_and(|l| l.0.id == h.0.id)
                && !actors.is_unnamed(m.actor)
                && indefinite(&h.2)
                && h.1 != Sourcing::Named
                && h.0.mention.as_ref().is_some_and(|hm| {
                    last_named.is_none_or(|o| offsets.char_offset(o.end) <= hm.start)
                })
        };
        let a = &actors.actors[m.actor];
        let speaker = history.iter().rev().take(SALIENCE).find(|h| {
            (h.1 == Sourcing::Named && h.0.id.starts_with("PERSON.")
                || (h.0.id.starts_with("PERSON.") || h.0.id.starts_with(UNKNOWN_PREFIX))
                    && one_person(&h.2))
                && !is_pronoun_text(&h.2)
                && !disagrees(&h.2)
                && !disagrees(&h.0.name)
                && !crate::actors::plural_person_name(&h.0.name)
        });
        if let Some(h) = speaker.filter(|h| named_in_quote && h.0.id != a.id) {
            return (
                ActorRef {
                    mention: Some(mention_span),
                    ..h.0.clone()
                },
                None,
                Sourcing::Named,
            );
        }
        if let Some(h) = speaker.filter(|h| h.0.id != a.id && unnamed_since(h)) {
            let behalf = h.3.as_deref().and_then(|id| {
                actors.actor_by_id(id).map(|i| {
                    let a = &actors.actors[i];
                    ActorRef {
                        id: a.id.clone(),
                        name: a.name.clone(),
                        mention: None,
                    }
                })
            });
            return (
                ActorRef {
                    mention: Some(mention_span),
                    ..h.0.clone()
                },
                behalf,
                h.1,
            );
        }
    }
    // "a Saudi Arabian cleric", "Palestinian forums", "Syrian rebels": a nationality on an
    // unnamed person or group that holds no post for the state is not the state speaking (the
    // state speaks through its officials, forces and bodies: `agent` nouns of
    // `data/events/nouns.tsv`, or a person noun of a post). The phrase stays as written.
    if let Some(m) = head.filter(|m| {
        m.form == MentionForm::Demonym
            && actors.actors[m.actor].kind == ActorKind::State
            && m.end < e
            && !speaks_for_state(&lp, prep_at.map(|p| p - s))
    }) {
        let name = strip_det(phrase).to_string();
        let r = as_written(&name, name.clone(), mention_span);
        let indefinite = text[s..m.start]
            .split_whitespace()
            .next()
            .is_some_and(|w| matches!(w.to_lowercase().as_str(), "a" | "an" | "another"));
        let sourcing = if indefinite {
            Sourcing::Anonymous
        } else {
            phrase_sourcing()
        };
        return (r, None, sourcing);
    }
    if let Some(m) = head {
        let a = &actors.actors[m.actor];
        let mut r = actors.actor_ref(m, text, offsets);
        r.mention = Some(mention_span.clone());
        let ps = phrase_sourcing();
        let pronoun = m.form == MentionForm::Pronoun
            || words.len() == 1 && PRONOUNS.contains(&words[0].as_str());
        if pronoun && words.first().is_some_and(|w| w == "they") {
            // "Two U.S. officials say they believe": "they" are the officials the layer
            // resolved to their state; the described people stay the speaker.
            if let Some(h) = history.iter().rev().take(SALIENCE).find(|h| {
                h.3.as_deref() == Some(a.id.as_str()) && h.0.id.starts_with(UNKNOWN_PREFIX)
            }) {
                let behalf = actors.actor_ref(m, text, offsets);
                return (
                    ActorRef {
                        mention: Some(mention_span),
                        ..h.0.clone()
                    },
                    Some(behalf),
                    h.1,
                );
            }
        }
        let sourcing = if pronoun {
            // "they" keeps the sourcing its antecedent had ("Western diplomats … they").
            history
                .iter()
                .rev()
                .take(SALIENCE)
                .find(|h| h.0.id == a.id && !is_pronoun_text(&h.2))
                .map(|h| h.1)
                .unwrap_or(match a.kind {
                    ActorKind::Person => Sourcing::Named,
                    ActorKind::Outlet => Sourcing::Outlet,
                    _ => Sourcing::OfficialBody,
                })
        } else if matches!(ps, Sourcing::Anonymous | Sourcing::Outlet) {
            // "Iranian media" names the press of a state, "unnamed officials" no one.
            ps
        } else {
            match a.kind {
                // An unnamed "spokesperson" is the body speaking, not a named person.
                ActorKind::Person
                    if ps != Sourcing::Named && m.form == MentionForm::Description =>
                {
                    ps
                }
                ActorKind::Person => Sourcing::Named,
                ActorKind::Outlet => Sourcing::Outlet,
                _ if m.form == MentionForm::Demonym && ps == Sourcing::Named => ps,
                _ => Sourcing::OfficialBody,
            }
        };
        // An outlet written with its state ("Iran's semi-official Fars news agency") speaks for
        // itself: the state is its country, not whom it speaks for.
        let outlet_state = |b: &ActorRef| {
            a.kind == ActorKind::Outlet
                && actors
                    .actor_by_id(&b.id)
                    .is_some_and(|i| actors.actors[i].kind == ActorKind::State)
        };
        return (
            r,
            behalf.filter(|b| b.id != a.id && !outlet_state(b)),
            sourcing,
        );
    }
    // Fallbacks over earlier speakers: pronouns, "the general", a bare surname.
    let is_pronoun = words.len() == 1 && PRONOUNS.contains(&words[0].as_str());
    let reach = if is_pronoun { SALIENCE } else { SALIENCE_NAMED };
    let find =
        |pred: &dyn Fn(&Prior) -> bool| history.iter().rev().take(reach).find(|h| pred(h)).cloned();
    // "according to her account", "his statement" with no mention for the pronoun: the
    // possessor is the speaker, found like the pronoun "she"/"he" (below).
    // "a woman who … with what she said": the unnamed subject above the pronoun, kept as its
    // description (anonymous), never a person named earlier.
    let described = ctx
        .doc
        .filter(|_| is_pronoun && matches!(words[0].as_str(), "he" | "she"))
        .and_then(|d| described_subject(d, s, want_gender, actors));
    if let Some((ds, de)) = described {
        let name = strip_det(&text[ds..de]).to_string();
        return (
            as_written(&name, name.clone(), mention_span),
            behalf,
            Sourcing::Anonymous,
        );
    }
    let prev = if possessive_pronoun {
        None
    } else if is_pronoun {
        match words[0].as_str() {
            // The actor layer found two people too close to call: no guess, the pronoun stays
            // the speaker as written (low confidence).
            "he" | "she" if actors.is_ambiguous(s) => None,
            // A named person, or one unnamed person ("Another neighbour, who asked not to be
            // named, said … '…,' he said"; "an AutoNation spokesman denied … He said"; not a
            // body: "the cable company").
            "he" | "she" => find(&|h| {
                (h.1 == Sourcing::Named
                    || (h.0.id.starts_with("PERSON.") || h.0.id.starts_with(UNKNOWN_PREFIX))
                        && matches!(h.1, Sourcing::Anonymous | Sourcing::OfficialBody)
                        && one_person(&h.2))
                    && !is_pronoun_text(&h.2)
                    && !disagrees(&h.2)
                    && !disagrees(&h.0.name)
                    && !crate::actors::plural_person_name(&h.0.name)
            })
            .filter(|h| {
                !closer_antecedent(actors, offsets, text, h, s, &|a| {
                    a.kind == ActorKind::Person
                        && !disagrees(&a.name)
                        && !crate::actors::plural_person_name(&a.name)
                })
            }),
            // it/they the actor layer left unresolved or too close to call: the speaker just
            // before, when it agrees ("Friends of the men denied … They said"), never one
            // further back past a speaker that does not ("It said" is not the police quoted
            // two speakers ago).
            "it" | "they" if actors.is_ambiguous(s) => None,
            "it" => last_speaker(history)
                .filter(|h| matches!(h.1, Sourcing::OfficialBody | Sourcing::Outlet))
                .filter(|h| {
                    !closer_antecedent(actors, offsets, text, h, s, &|a| {
                        a.kind != ActorKind::Person
                    })
                }),
            "they" => {
                last_speaker(history).filter(|h| h.1 != Sourcing::Named || plural_phrase(&h.2))
            }
            _ => None,
        }
    } else if lp.starts_with("the ") && words.len() <= 3 {
        let noun = words.last().cloned().unwrap_or_default();
        find(&|h| {
            h.2.to_lowercase()
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w == noun)
                && !h.2.to_lowercase().starts_with("the ")
        })
    } else if lp.starts_with("one of them") || lp.starts_with("one of those") {
        find(&|h| !is_pronoun_text(&h.2) && h.1 != Sourcing::Named)
    } else if words.len() == 1 && phrase.starts_with(char::is_uppercase) {
        let w = phrase;
        find(&|h| h.2.split_whitespace().last() == Some(w) && h.2.len() > w.len())
    } else {
        None
    };
    // With no earlier speaker, a possessive pronoun takes the person the text named last:
    // within this sentence the nearest before it, else the first (subject position) of the
    // nearest of the three sentences before that names one, gender agreeing.
    let prev = prev.or_else(|| {
        if !possessive_pronoun {
            return None;
        }
        if let Some(r) = subject_person(text, s, phrase, actors, offsets) {
            return Some((r, Sourcing::Named, String::new(), None));
        }
        let cur = actors.mention_covering(s).map(|m| m.sentence).or_else(|| {
            actors
                .mentions_in(s.saturating_sub(2000), s)
                .last()
                .map(|m| m.sentence)
        })?;
        let people: Vec<&crate::actors::Mention> = actors
            .mentions_in(s.saturating_sub(2000), s)
            .iter()
            .filter(|m| {
                m.sentence + 3 >= cur
                    && m.form == MentionForm::Name
                    && actors.actors[m.actor].kind == ActorKind::Person
                    && !disagrees(&actors.actors[m.actor].name)
            })
            .collect();
        let last = people.last()?;
        let pick = if last.sentence == cur {
            last
        } else {
            people.iter().find(|m| m.sentence == last.sentence)?
        };
        Some((
            actors.actor_ref(pick, text, offsets),
            Sourcing::Named,
            String::new(),
            None,
        ))
    });
    if let Some((r, so, _, _)) = prev {
        return (
            ActorRef {
                id: r.id,
                name: r.name,
                mention: Some(mention_span),
            },
            behalf,
            so,
        );
    }
    let sourcing = if is_pronoun {
        match words[0].as_str() {
            "it" => Sourcing::OfficialBody,
            _ => Sourcing::Named,
        }
    } else {
        match phrase_sourcing() {
            // An unnamed part of a body or state ("Iran's mission to the United Nations")
            // speaks as that body.
            Sourcing::Named
                if behalf
                    .as_ref()
                    .is_some_and(|b| !b.id.starts_with("PERSON.")) =>
            {
                Sourcing::OfficialBody
            }
            so => so,
        }
    };
    let name = strip_det(phrase).to_string();
    (as_written(phrase, name, mention_span), behalf, sourcing)
}

/// Whether mention `m` of a speaker phrase ending at byte `e` is a one-word state or capital
/// followed, to the phrase's end, by capitalised words no mention covers ("Ottawa Hospital",
/// "Iraq Body Count"): the name of an institution sited there.
fn place_names_institution(
    text: &str,
    m: &crate::actors::Mention,
    e: usize,
    actors: &ActorLayer,
) -> bool {
    if actors.actors[m.actor].kind != ActorKind::State
        || !matches!(m.form, MentionForm::Name | MentionForm::Metonym)
        || m.end >= e
        || text[m.start..m.end].contains(' ')
        || !actors.mentions_in(m.end, e).is_empty()
    {
        return false;
    }
    let rest = &text[m.end..e];
    rest.starts_with(' ')
        && rest
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase))
}

/// What speaker resolution reads besides the actor layer: the text's quotations and the
/// pipeline's actor lexicon (state names, `--lexicon` overlay included).
pub(super) struct Ctx<'a> {
    pub quotes: &'a [Quote],
    pub doc: Option<&'a dossier_syntax::Doc>,
    pub states: &'a crate::lexicon::Lexicon,
}

/// An earlier speaker: resolved actor, sourcing, the phrase as written, the body spoken for.
pub(super) type Prior = (ActorRef, Sourcing, String, Option<String>);

pub(super) fn is_pronoun_text(s: &str) -> bool {
    PRONOUNS.contains(&s.trim().to_lowercase().as_str())
}

/// Where a recorded-media noun (`media.tsv`) heads the speaker phrase `s..e`: "a graphic video
/// obtained by NBC News", "the footage, aired on state TV", "an unverified photo". A media noun
/// the tagger reads as modifying the noun after it only describes a speaker ("forensic audio
/// expert Paul Ginsberg", "a video blogger", "FBI audio engineers"): the phrase has no recording
/// at its head. Without a Doc, any media word heads it.
fn media_head(
    text: &str,
    s: usize,
    e: usize,
    media: &[String],
    doc: Option<&dossier_syntax::Doc>,
) -> Option<usize> {
    let is_media = |w: &str| media.iter().any(|m| m.eq_ignore_ascii_case(w));
    let Some(doc) = doc else {
        // Where the media word starts, so the caller's "by" check reads the words before it.
        return text[s..e]
            .split(|c: char| !c.is_alphanumeric())
            .find(|w| is_media(w))
            .map(|w| w.as_ptr() as usize - text.as_ptr() as usize);
    };
    let first = doc.tokens.partition_point(|t| (t.start as usize) < s);
    let toks = &doc.tokens[first..];
    let within = toks.iter().take_while(|t| (t.end as usize) <= e).count();
    let toks = &toks[..within];
    let word = |t: &dossier_syntax::Token| &text[t.start as usize..t.end as usize];
    let k = toks.iter().position(|t| is_media(word(t)))?;
    // "A video shot by a Globe and Mail reporter": a "by" after the noun marks a participle
    // however it is tagged, and the recording stays the head.
    let by_after = toks[k..].iter().any(|t| word(t).eq_ignore_ascii_case("by"));
    let modifier = !by_after
        && toks.get(k + 1).is_some_and(|n| {
            matches!(
                n.upos,
                dossier_syntax::Upos::Noun | dossier_syntax::Upos::Propn
            ) && !is_media(word(n))
        });
    (!modifier).then_some(toks[k].start as usize)
}

/// Whether a speaker phrase (lowercase) is headed by a noun through which a state speaks: its
/// head (the last word before the preposition at byte `prep`, if any) an `agent` noun of
/// `data/events/nouns.tsv` ("Iraqi forces", "Iranian officials"), a body (`BODY_NOUNS`, or a
/// modifier of official descriptions in `data/lexicon/words.tsv`: "British intelligence"), a post (`PERSON_HEADS`, `person_nouns.tsv`: "a Yemeni diplomat",
/// "the Turkish minister"), singular or plural.
fn speaks_for_state(lp: &str, prep: Option<usize>) -> bool {
    let before = &lp[..prep.unwrap_or(lp.len()).min(lp.len())];
    let Some(head) = before
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .rfind(|w| !w.is_empty())
    else {
        return true;
    };
    let roles = crate::events::Roles::builtin();
    let lex = Lexicon::get();
    let sing = head.strip_suffix('s').unwrap_or(head);
    [head, sing].iter().any(|w| {
        roles.noun(w) == Some(crate::events::roles::NounKind::Agent)
            || PERSON_HEADS.contains(w)
            || BODY_NOUNS.contains(w)
            || lex.person_nouns.iter().any(|n| n == w)
            || crate::lexicon::Lexicon::embedded()
                .lower_word(w)
                .is_some_and(|l| l.adj)
    })
}

/// A speaker the layer knows by no actor, kept as written: `UNKNOWN.<slug of key>`, named
/// `name`, at `mention`.
pub(super) fn as_written(key: &str, name: String, mention: crate::model::Span) -> ActorRef {
    ActorRef {
        id: format!("{UNKNOWN_PREFIX}{}", slug(key)),
        name,
        mention: Some(mention),
    }
}

#[cfg(test)]
mod media_tests {
    use super::media_head;

    #[test]
    fn without_a_doc_the_media_word_is_found_where_it_stands() {
        // The caller reads the words before it for "by": "a report by video journalist Ana
        // Diaz" names its speaker after "by", so the media word must not be placed at 0.
        let media = vec!["video".to_string(), "footage".to_string()];
        let t = "a report by video journalist Ana Diaz";
        assert_eq!(media_head(t, 0, t.len(), &media, None), t.find("video"));
        let t = "Footage aired on state television";
        assert_eq!(media_head(t, 0, t.len(), &media, None), Some(0));
        let t = "the ministry";
        assert_eq!(media_head(t, 0, t.len(), &media, None), None);
    }
}
