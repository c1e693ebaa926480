//! Stance of a plain assertion from markers in its content (`data/cues/stance.tsv`).

use super::*;

/// Stance of a draft: the cue's own stance, refined by content markers for plain assertions.
pub(super) fn content_stance(text: &str, d: &Draft, lex: &Lexicon) -> Stance {
    let content = &text[d.content.0..d.content.1];
    // "asked that his name be withheld", "asked Washington to clarify": a request, not a
    // question.
    let request = d.stance == Stance::Question
        && text[d.cue.0..d.cue.1].to_lowercase().starts_with("ask")
        && !content.trim_end().ends_with('?')
        && !content
            .split_whitespace()
            .next()
            .map(|w| w.to_lowercase())
            .is_some_and(|w| {
                matches!(
                    w.as_str(),
                    "whether"
                        | "if"
                        | "what"
                        | "how"
                        | "why"
                        | "when"
                        | "where"
                        | "who"
                        | "which"
                        | "about"
                )
            });
    if matches!(
        d.stance,
        Stance::Deny | Stance::NoComment | Stance::Question
    ) && !request
    {
        return d.stance;
    }
    let terminal = text[d.content.1..].trim_start().chars().next();
    if content.trim_end().ends_with('?') || (terminal == Some('?')) && d.mode != Mode::Direct {
        return Stance::Question;
    }
    let mut deny = false;
    let mut no_comment = false;
    let mut cond = false;
    let mut hedge = d.stance == Stance::Hedge;
    for (_, stance) in content_markers(content, d.mode, lex) {
        match stance {
            Stance::Deny => deny = true,
            Stance::NoComment => no_comment = true,
            Stance::Conditional => cond = true,
            Stance::Hedge => hedge = true,
            _ => {}
        }
    }
    if no_comment {
        Stance::NoComment
    } else if deny {
        Stance::Deny
    } else if cond {
        Stance::Conditional
    } else if hedge {
        Stance::Hedge
    } else {
        Stance::Assert
    }
}

/// The stance markers (`data/cues/stance.tsv`) that count in `content`, in order: byte offset
/// and the stance each gives (a refused verification, "would not confirm", gives
/// `NoComment`). A marker counts as a whole word, at the content's start if anchored, after a
/// negation if it needs one, and not as a one-word denial adjective before a noun. The one
/// reading of content markers: a statement's stance here, and which sentence of a content a
/// denial bears on in claims (`claims::deny_scope`).
pub(crate) fn content_markers(content: &str, mode: Mode, lex: &Lexicon) -> Vec<(usize, Stance)> {
    let mut found = Vec::new();
    let lead = content.len() - content.trim_start_matches(['“', '"', '‘', '\'', ' ']).len();
    for m in lex.markers.find_iter(content) {
        let (s, e) = (m.start(), m.end());
        let b = content[..s].chars().next_back();
        let a = content[e..].chars().next();
        if b.is_some_and(char::is_alphanumeric) || a.is_some_and(char::is_alphanumeric) {
            continue;
        }
        let marker = &lex.marker_entries[m.pattern().as_usize()];
        if marker.anchored && s != lead {
            continue;
        }
        // "would not confirm", "not going to confirm": a refusal, as the no-comment frame
        // reads "declined to confirm"; "could not confirm": inability, a hedge.
        let mut refusal = false;
        if marker.negated {
            let before = &content[..s];
            let ok = if marker.stance == Stance::Deny {
                negated_copula(before)
            } else {
                refusal = refused(before);
                negation_before(before)
            };
            if !ok {
                continue;
            }
        }
        if refusal {
            found.push((s, Stance::NoComment));
            continue;
        }
        let word = &content[s..e];
        // "May 5" is a date, not a modal.
        if word == "May" && s != lead {
            continue;
        }
        if word.to_lowercase().starts_with("would") && mode != Mode::Direct {
            continue;
        }
        // "were carrying false identity papers", "Ukraine fabricated evidence": a one-word
        // denial adjective before a noun qualifies that noun (or is the content's own verb);
        // it rejects nothing the speaker was asked about ("is categorically false, and …"
        // does). Negative determiners ("No missile was sent") deny whatever follows.
        let determiner = matches!(
            word.to_lowercase().as_str(),
            "no" | "not" | "never" | "none" | "nothing" | "nobody" | "neither" | "nor"
        );
        if marker.stance == Stance::Deny
            && !word.contains(' ')
            && !determiner
            && attributive(&content[e..])
        {
            continue;
        }
        found.push((s, marker.stance));
    }
    found
}

/// Is one of the three words before a marker (adverbs in -ly not counted) a negation or an
/// inability ("nothing to confirm", "not able to substantiate", "unable to independently
/// verify", "no way to independently corroborate")?
fn negation_before(before: &str) -> bool {
    before
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .rev()
        .filter(|w| !w.to_lowercase().ends_with("ly"))
        .take(3)
        .map(|w| w.to_lowercase().replace('’', "'"))
        .any(|w| {
            matches!(
                w.as_str(),
                "not" | "never" | "no" | "nothing" | "cannot" | "unable" | "neither" | "nor"
            ) || w.ends_with("n't")
        })
}

/// Is a negated verification a refusal ("it would not confirm", "will neither confirm nor
/// deny", "We are not going to confirm") rather than an inability ("could not confirm")? One
/// of the four words before the marker says so.
fn refused(before: &str) -> bool {
    before
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .rev()
        .take(4)
        .map(|w| w.to_lowercase().replace('’', "'"))
        .any(|w| {
            matches!(
                w.as_str(),
                "would" | "will" | "won't" | "wouldn't" | "going"
            )
        })
}

/// Is a denial marker ("true") the predicate of a negated finite copula: "it wasn't true",
/// "That is simply not true", "the story was never true"? A modal ("that may not be true"),
/// a wish or a condition before the copula ("I hope it isn't true", "if it is not true")
/// denies nothing.
fn negated_copula(before: &str) -> bool {
    let words: Vec<String> = before
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase().replace('’', "'"))
        .collect();
    let adverb = |w: &str| {
        matches!(
            w,
            "simply" | "just" | "entirely" | "absolutely" | "completely" | "totally" | "actually"
        )
    };
    let mut i = words.len();
    while i > 0 && adverb(&words[i - 1]) {
        i -= 1;
    }
    let copula = |w: &str| matches!(w, "is" | "was" | "are" | "were" | "it's" | "that's");
    let negated_at = |i: usize| -> Option<usize> {
        let w = words.get(i.checked_sub(1)?)?;
        if matches!(w.as_str(), "isn't" | "wasn't" | "aren't" | "weren't") {
            return Some(i - 1);
        }
        if matches!(w.as_str(), "not" | "never") {
            let mut j = i - 1;
            while j > 0 && adverb(&words[j - 1]) {
                j -= 1;
            }
            let c = words.get(j.checked_sub(1)?)?;
            return copula(c).then_some(j - 1);
        }
        None
    };
    let Some(c) = negated_at(i) else {
        return false;
    };
    !words[c.saturating_sub(3)..c].iter().any(|w| {
        matches!(
            w.as_str(),
            "hope" | "hopes" | "hoped" | "if" | "whether" | "unless" | "may" | "might" | "could"
        )
    })
}

/// Does a lower-case content word follow (after one space), as a noun after an attributive
/// adjective does? Function words ("and", "to", "by" …) and punctuation do not count.
fn attributive(rest: &str) -> bool {
    let Some(next) = rest.strip_prefix(' ') else {
        return false;
    };
    let w: String = next
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '-')
        .collect();
    w.starts_with(|c: char| c.is_lowercase())
        && !matches!(
            w.as_str(),
            "and"
                | "or"
                | "but"
                | "nor"
                | "in"
                | "to"
                | "by"
                | "as"
                | "at"
                | "on"
                | "of"
                | "for"
                | "from"
                | "that"
                | "because"
                | "since"
                | "according"
                | "and/or"
                | "then"
                | "too"
                | "either"
                | "anyway"
                | "again"
        )
}
