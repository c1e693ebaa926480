//! Sourcing read off a speaker phrase's words alone: `named`, `official_body`, `anonymous`,
//! `outlet` for a phrase no actor mention covers ([`phrase_sourcing`]), and the source-less
//! phrases ("reports", "media reports") that make a statement `unattributed`
//! ([`generic_source`]). Speaker resolution ([`super::resolve`]) calls both.

use super::*;

/// Are the words of a speaker phrase (lowercase) a source-less noun of
/// `data/cues/generic_sources.tsv` ("reports", "initial media reports"), read up to the first
/// preposition with leading determiners dropped?
pub(super) fn generic_source(words: &[String]) -> bool {
    let head: Vec<&str> = words
        .iter()
        .map(String::as_str)
        .take_while(|w| {
            !matches!(
                *w,
                "of" | "for" | "at" | "from" | "with" | "in" | "on" | "to" | "by" | "over"
            )
        })
        .skip_while(|w| matches!(*w, "the" | "a" | "an"))
        .collect();
    !head.is_empty()
        && Lexicon::get()
            .generic_sources
            .iter()
            .any(|g| g.split(' ').eq(head.iter().copied()))
}

/// Sourcing of a speaker phrase no actor mention covers, from its words alone.
pub(super) fn phrase_sourcing(text: &str, s: usize, e: usize, anonymous: bool) -> Sourcing {
    let lex = Lexicon::get();
    let phrase = &text[s..e];
    if anonymous {
        return Sourcing::Anonymous;
    }
    if lex.is_outlet(phrase) || lex.mentions_outlet(phrase) {
        return Sourcing::Outlet;
    }
    let before = text[..s].trim_end();
    let sentence_initial =
        before.is_empty() || before.ends_with(['.', '!', '?', '"', '“', '”', '\n', ':']);
    let ws: Vec<&str> = phrase.split_whitespace().collect();
    let low: Vec<String> = ws
        .iter()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
                .to_lowercase()
        })
        .collect();
    // "three media outlets", "a local newspaper": unnamed outlets.
    if super::outlets::headed_by_medium(&low) {
        return Sourcing::Outlet;
    }
    let common = |w: &str| {
        is_function_word(w)
            || SPEAKER_NOUNS.contains(&w)
            || GENERIC_GROUPS.contains(&w)
            || BODY_NOUNS.contains(&w)
            || matches!(
                w,
                "aid" | "rights" | "western" | "local" | "senior" | "human" | "new"
            )
    };
    let cap = |i: usize| {
        ws[i].chars().any(char::is_uppercase)
            && !(i == 0 && (is_function_word(&low[i]) || sentence_initial && common(&low[i])))
    };
    let prep = low.iter().position(|w| {
        matches!(
            w.as_str(),
            "of" | "for" | "at" | "from" | "with" | "in" | "on" | "to" | "by"
        )
    });
    let head_end = prep.unwrap_or(ws.len());
    let head_last = low
        .get(head_end.wrapping_sub(1))
        .map(String::as_str)
        .unwrap_or("");
    let head_cap = (0..head_end).any(cap);
    let tail_cap = (head_end..ws.len()).any(cap);
    let prep_word = prep.map(|p| low[p].as_str());
    if matches!(
        head_last,
        "officials" | "official" | "economists" | "analysts" | "experts" | "researchers"
    ) {
        if matches!(low.first().map(String::as_str), Some("a" | "an" | "one")) {
            return Sourcing::Anonymous;
        }
        if head_cap
            || (tail_cap && matches!(prep_word, Some("at" | "of" | "from" | "with" | "for")))
        {
            return Sourcing::OfficialBody;
        }
        return Sourcing::Anonymous;
    }
    if !head_cap && GENERIC_GROUPS.contains(&head_last)
        || matches!(
            head_last,
            "groups"
                | "democrats"
                | "republicans"
                | "conservatives"
                | "liberals"
                | "rebels"
                | "traders"
                | "investors"
                | "bankers"
                | "residents"
                | "voters"
        )
    {
        return Sourcing::Anonymous;
    }
    let n = ws.len();
    let last = &low[n - 1];
    let particle = |w: &str| {
        matches!(
            w,
            "de" | "da"
                | "di"
                | "van"
                | "von"
                | "al"
                | "bin"
                | "le"
                | "la"
                | "del"
                | "dos"
                | "du"
                | "ibn"
        )
    };
    let person_tail = n >= 2
        && ws[n - 1].chars().any(char::is_uppercase)
        && (cap(n - 2) || particle(&low[n - 2]))
        && !BODY_NOUNS.contains(&last.as_str())
        && !ws[n - 1].ends_with("'s")
        && !ws[n - 1].ends_with("’s");
    if person_tail && prep.is_none_or(|p| p < n - 2) {
        return Sourcing::Named;
    }
    if let Some(p) = ws
        .iter()
        .position(|w| w.ends_with("'s") || w.ends_with("’s"))
    {
        if !(p + 1..n).any(cap) {
            return Sourcing::OfficialBody;
        }
    }
    if low[..head_end]
        .iter()
        .any(|w| BODY_NOUNS.contains(&w.as_str()))
    {
        return Sourcing::OfficialBody;
    }
    if n == 1 && cap(0) {
        // A bare proper name with no title: a place or organisation standing for a body
        // ("Beijing", "Hamas", "Boeing"); people are usually introduced with a first name.
        return Sourcing::OfficialBody;
    }
    Sourcing::Named
}

/// Is the speaker phrase `text[s..e]` a counterfeit of the source it names ("a FOX News
/// impostor website", "a fake CNN page", "a parody account of the ministry"): a word of
/// `data/cues/impostors.tsv`, not in "fake news" (a genre), and no person named at the phrase's
/// end (who speaks for themself: "fake-news writer Paul Horner")?
pub(super) fn impostor(text: &str, s: usize, e: usize, actors: &ActorLayer) -> bool {
    let lex = Lexicon::get();
    let words: Vec<String> = text[s..e]
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let counterfeit = words
        .iter()
        .enumerate()
        .any(|(i, w)| lex.impostors.contains(w) && words.get(i + 1).is_none_or(|n| n != "news"));
    counterfeit
        && !actors.mentions_in(s, e).last().is_some_and(|m| {
            actors.actors[m.actor].kind == ActorKind::Person
                && m.form == MentionForm::Name
                && text[m.end..e].trim().is_empty()
        })
}
