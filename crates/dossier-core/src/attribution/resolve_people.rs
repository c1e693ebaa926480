//! Speaker phrases that name a person without a name: a description or possessive pronoun
//! taken by salience ("the Democratic presidential candidate", "her account"), and unnamed
//! people described by a post they hold for a body ("two U.S. officials", "the UN envoy to
//! Iraq"). Split from `resolve.rs`, which calls them.

use super::resolve::{as_written, strip_det};
use super::*;

/// The person a description or possessive pronoun at byte `s` refers to by salience: the
/// first named person (name or surname mention) of the nearest of the two sentences before the
/// phrase's sentence that names one, when their gender does not contradict the phrase's
/// ("his", "congresswoman"). `None` otherwise: the phrase then stays as written.
pub(super) fn subject_person(
    text: &str,
    s: usize,
    phrase: &str,
    actors: &ActorLayer,
    offsets: &Offsets,
) -> Option<ActorRef> {
    let lex = Lexicon::get();
    let before = actors.mentions_in(s.saturating_sub(1500), s);
    let cur = actors
        .mention_covering(s)
        .map(|m| m.sentence)
        .or_else(|| before.last().map(|m| m.sentence + 1))?;
    let want = lex.gender_of(phrase);
    let named = |m: &&crate::actors::Mention| {
        matches!(m.form, MentionForm::Name | MentionForm::Surname)
            && actors.actors[m.actor].kind == ActorKind::Person
            && m.sentence < cur
            && m.sentence + 2 >= cur
    };
    let nearest = before.iter().rfind(named)?.sentence;
    let first = before
        .iter()
        .filter(named)
        .find(|m| m.sentence == nearest)?;
    let g = lex.gender_of(&actors.actors[first.actor].name);
    if want.is_some() && g.is_some() && want != g {
        return None;
    }
    // A person whose known role is another post is not "the minister".
    let head = phrase
        .split_whitespace()
        .last()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .unwrap_or_default();
    // An abbreviated title ("Rep.", "Gen.") names no post to compare words with.
    if let Some(role) = actors.actors[first.actor]
        .role
        .as_ref()
        .filter(|r| !r.ends_with('.'))
    {
        if lex.person_nouns.contains(&head) && !role.to_lowercase().contains(&head) {
            return None;
        }
    }
    Some(actors.actor_ref(first, text, offsets))
}

/// Posts that describe an unnamed person speaking in their own capacity. Spokesmen are left out:
/// "the ministry spokesman" is the body speaking.
fn is_post_noun(w: &str) -> bool {
    let sing = w.strip_suffix('s').unwrap_or(w);
    PERSON_HEADS.contains(&w) && !w.starts_with("spokes")
        || PERSON_HEADS.contains(&sing) && !sing.starts_with("spokes") && sing != w
}

/// An unnamed person described by a post held for a body the phrase names: "Two U.S.
/// officials", "One of the U.S. officials", "Pentagon officials", "the UN envoy to Iraq",
/// "Iraq's ambassador to the UN". Returns the person (an `UNKNOWN.<slug>` actor kept as
/// written), the body they serve (the first non-person mention before the preposition, else
/// the first one) and whether the phrase is plural. `None` when the head noun (the last word
/// before the first preposition, after "one of (the)"; else `tree_head`, the parse's head word
/// of the phrase) is not a post, or no body is named.
#[allow(clippy::too_many_arguments)] // the phrase, its words, its mentions and its parse head
pub(super) fn described_person(
    text: &str,
    s: usize,
    e: usize,
    words: &[String],
    mentions: &[crate::actors::Mention],
    actors: &ActorLayer,
    offsets: &Offsets,
    tree_head: Option<&str>,
) -> Option<(ActorRef, Option<ActorRef>, bool)> {
    let mut from = 0;
    if words.len() > 2 && words[1] == "of" && matches!(words[0].as_str(), "one" | "two" | "some") {
        from = if words
            .get(2)
            .is_some_and(|w| matches!(w.as_str(), "the" | "those"))
        {
            3
        } else {
            2
        };
    }
    let rest = &words[from..];
    let prep = rest.iter().position(|w| {
        matches!(
            w.as_str(),
            "of" | "for" | "at" | "from" | "with" | "in" | "to" | "on"
        )
    });
    let before_prep = &rest[..prep.unwrap_or(rest.len())];
    let mut head = before_prep.last()?.as_str();
    // "U.S. officials familiar with the reports", "officials briefed on the talks", "a U.S.
    // official following North Korea": a word after the noun that modifies it is no head; the
    // post noun right before it is (with a preposition after the modifier), else the parse's
    // head of the phrase.
    // Not across a tie ("sources close to the Kremlin", "a source linked to the YPG"): those
    // keep their own reading.
    let tie = prep.is_some_and(|p| matches!(rest[p].as_str(), "to" | "on"));
    if !is_post_noun(head) && !tie {
        let word_before = before_prep
            .len()
            .checked_sub(2)
            .map(|k| before_prep[k].as_str())
            .filter(|w| prep.is_some() && is_post_noun(w));
        let from_tree = tree_head.filter(|h| is_post_noun(h) && rest.iter().any(|w| w == h));
        if let Some(h) = word_before.or(from_tree) {
            head = h;
        }
    }
    if !is_post_noun(head) {
        return None;
    }
    let plural = head.ends_with('s') && !PERSON_HEADS.contains(&head);
    let bodies: Vec<&crate::actors::Mention> = mentions
        .iter()
        .filter(|m| actors.actors[m.actor].kind != ActorKind::Person)
        .collect();
    if bodies.is_empty() {
        return None;
    }
    // The text offset of the preposition after the head, if any.
    let lp = text[s..e].to_lowercase();
    let prep_pos = prep.and_then(|_| {
        ["of", "for", "at", "from", "with", "in", "to", "on"]
            .iter()
            .filter_map(|p| lp.find(&format!(" {p} ")))
            .filter(|&i| {
                // Skip the "of" of "one of the".
                from == 0 || i > lp.find(" of ").unwrap_or(0)
            })
            .min()
            .map(|i| s + i)
    });
    // A body after "to"/"on" is where the person is posted or what they cover ("the UN envoy
    // to Iraq"), not whom they serve; after "at", "of", "from", "for" it is their employer.
    let serving_prep = prep.is_some_and(|p| !matches!(rest[p].as_str(), "to" | "on"));
    let body = bodies
        .iter()
        .find(|m| prep_pos.is_none_or(|p| m.end <= p))
        .or_else(|| bodies.first().filter(|_| serving_prep));
    let behalf = body.map(|m| actors.actor_ref(m, text, offsets));
    let phrase = &text[s..e];
    Some((
        as_written(
            phrase,
            strip_det(phrase).to_string(),
            offsets.span(text, s, e),
        ),
        behalf,
        plural,
    ))
}

/// Experts on a place ("Pyongyang watchers", "Iran experts", "analysts in Seoul", "a North
/// Korea expert"): a phrase headed by an `expert` noun of `words.tsv` (the last word before a
/// preposition) whose only actors are states and the experts themselves. They are unnamed
/// people speaking for no state (the caller gives no on-behalf-of and anonymous sourcing): the
/// actor layer's experts when it made them, else an `UNKNOWN.<slug>` of the phrase. `None` for
/// any other phrase, and for experts of a body ("analysts at the Institute for the Study of
/// War", "U.S. intelligence analysts"), who keep their body.
pub(super) fn experts(
    phrase: &str,
    mention: crate::model::Span,
    words: &[String],
    mentions: &[crate::actors::Mention],
    actors: &ActorLayer,
    lex: &crate::lexicon::Lexicon,
) -> Option<ActorRef> {
    let prep = words
        .iter()
        .position(|w| matches!(w.as_str(), "of" | "at" | "from" | "with" | "in" | "on"))
        .unwrap_or(words.len());
    let head = words[..prep].last()?;
    if !lex.is_expert(head) {
        return None;
    }
    let kinds_ok = mentions.iter().all(|m| {
        matches!(
            actors.actors[m.actor].kind,
            ActorKind::State | ActorKind::Person
        )
    });
    if !kinds_ok {
        return None;
    }
    // The layer's experts ("Pyongyang watchers"), else the phrase as written.
    if let Some(m) = mentions.iter().find(|m| actors.is_unnamed(m.actor)) {
        let a = &actors.actors[m.actor];
        return Some(ActorRef {
            id: a.id.clone(),
            name: a.name.clone(),
            mention: Some(mention),
        });
    }
    // A named person is no unnamed expert ("Iran expert Ray Takeyh").
    if mentions
        .iter()
        .any(|m| actors.actors[m.actor].kind == ActorKind::Person)
    {
        return None;
    }
    Some(as_written(phrase, strip_det(phrase).to_string(), mention))
}
