//! The stance a statement takes on a proposition read from its words: the statement's stance
//! turned by the proposition's polarity and modality, hedge phrases, refusals to comment.
//! Re-exported by [`super::props`].

use super::props::Prop;
use super::ClaimLexicon;
use crate::model::{Polarity, Stance, Statement};

/// The stance a statement's words take on the positive proposition: the statement's own
/// stance, turned by the proposition's polarity and modality.
pub fn prop_stance(base: Stance, p: &Prop) -> Stance {
    let qualified = match p.modality.as_deref() {
        Some("conditional") => return Stance::Conditional,
        // A decision reported as taken is asserted as the sentence tells it (`decided`).
        Some("decided") => false,
        Some(_) => true,
        None => false,
    };
    match (base, p.negated) {
        (Stance::Assert, true) => {
            if qualified {
                Stance::Hedge
            } else {
                Stance::Deny
            }
        }
        (Stance::Assert, false) if qualified => Stance::Hedge,
        (s, _) => s,
    }
}

/// Does a hedge phrase ("cannot confirm", "no immediate information") sit in the statement's
/// cue or content, or just before the cue?
pub fn is_hedged(lex: &ClaimLexicon, text_before_cue: &str, s: &Statement) -> bool {
    let around = format!(
        "{} {} {}",
        text_before_cue.to_lowercase(),
        s.cue.text.to_lowercase(),
        s.content.text.to_lowercase()
    )
    .replace('\u{2019}', "'");
    lex.listed("hedge")
        .iter()
        .any(|h| super::contains_words(&around, h))
}

/// Is the statement's source one the article itself calls untrue or mere talk (`falsesource` in
/// frames.tsv: "according to the latest Macaulay Culkin death hoax", "A rumor claims …", "a fake
/// press release claimed …")? What it says is relayed, not vouched for: a hedge. Words of the
/// speaker's mention as written here (the name when there is none).
pub fn false_source(lex: &ClaimLexicon, s: &Statement) -> bool {
    let words = s
        .speaker
        .mention
        .as_ref()
        .map_or(s.speaker.name.as_str(), |m| m.text.as_str())
        .to_lowercase();
    words
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .any(|w| lex.is("falsesource", w))
}

/// The polarity field of a proposition.
pub fn polarity(p: &Prop) -> Polarity {
    if p.negated {
        Polarity::Negative
    } else {
        Polarity::Positive
    }
}

/// Does the statement refuse to comment ("declined to comment", "no immediate comment")? It
/// then bears on no claim.
pub fn is_no_comment(lex: &ClaimLexicon, s: &Statement) -> bool {
    let around = format!("{} {}", s.cue.text, s.content.text)
        .to_lowercase()
        .replace('\u{2019}', "'");
    s.stance == Stance::NoComment
        || lex
            .listed("nocomment")
            .iter()
            .any(|h| super::contains_words(&around, h))
}
