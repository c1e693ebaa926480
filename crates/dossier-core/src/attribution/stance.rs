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
        let word = &content[s..e];
        // "May 5" is a date, not a modal.
        if word == "May" && s != lead {
            continue;
        }
        if word.to_lowercase().starts_with("would") && d.mode != Mode::Direct {
            continue;
        }
        match marker.stance {
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
