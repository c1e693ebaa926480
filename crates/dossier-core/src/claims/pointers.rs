//! Content that points back at a claim instead of stating one ("the claims", "the reports as
//! psychological warfare", "it"), and the earlier object a definite phrase points back to
//! ("the aircraft" after "37 Shahed drones"). Split from `compute.rs`.

use super::*;

/// Does a content pointing back name reports ("the reports", "media reports", "these
/// rumours": `reportnoun` in `frames.tsv`)?
pub(super) fn about_reports(lex: &ClaimLexicon, content: &str) -> bool {
    content
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(3)
        .any(|w| lex.is("reportnoun", &w.to_lowercase()))
}

/// Is `cue` a verb of reporting (`reportcue` in frames.tsv: "reported", "reports")? What such
/// a statement carries is a report, as an outlet's or an unnamed source's is.
pub(super) fn is_report_cue(lex: &ClaimLexicon, cue: &str) -> bool {
    cue.split(|c: char| !c.is_alphanumeric())
        .any(|w| lex.is("reportcue", &w.to_lowercase()))
}

/// A definite object that points back ("37 Shahed drones … and that the aircraft had been
/// supplied"): when the object phrase follows "the", "these" or "those" in the statement and an
/// object of another listed class comes before it there, the claim is about that earlier object.
pub(super) fn antecedent_object(lex: &ClaimLexicon, content: &str, phrase: &str) -> Option<String> {
    let lower = content.to_lowercase();
    let at = lower.find(&phrase.to_lowercase())?;
    let before = &lower[..at];
    let last = before
        .split(|c: char| !c.is_alphanumeric())
        .rfind(|w| !w.is_empty())?;
    if !["the", "these", "those"].contains(&last) {
        return None;
    }
    let own = lex.known_object(phrase)?;
    // The nearest listed head before the phrase.
    let mut best: Option<(usize, &str)> = None;
    for (head, class) in &lex.objects {
        let mut from = 0;
        while let Some(i) = before[from..].find(head.as_str()) {
            let i = from + i;
            {
                let end_ok = !before[i + head.len()..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric);
                let start_ok = !before[..i]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric);
                if end_ok && start_ok && best.is_none_or(|(b, _)| i > b) {
                    best = Some((i, class.as_str()));
                }
            }
            from = i + head.len().max(1);
        }
    }
    best.map(|(_, c)| c)
        .filter(|c| *c != own)
        .map(str::to_string)
}

/// Content that refers back to a claim instead of stating one: "the claims", "the reports as
/// psychological warfare", "it", "the accusation" (the words: `pointer`, `pointerdet` in
/// `data/claims/frames.tsv`).
pub(crate) fn is_anaphoric(content: &str) -> bool {
    let lex = ClaimLexicon::embedded();
    let mut words = content
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase);
    let Some(mut w) = words.next() else {
        return false;
    };
    // "Hunter's claim", "the ministry's account of it": a possessor names whose claim.
    if possessor(content).is_some() {
        return true;
    }
    if lex.is("pointerdet", &w) {
        match words.next() {
            Some(next) => w = next,
            None => return true,
        }
    }
    if matches!(w.as_str(), "it" | "this" | "that" | "them") {
        // "It is psychological warfare" points back; "It's important to stop …" and "it did
        // not have immediate comment" do not: a pronoun counts before a copula only, and not
        // when the clause is extraposed ("to" or "that" within the next words).
        let rest: Vec<String> = words.take(5).collect();
        return match rest.first().map(String::as_str) {
            None => true,
            Some("is" | "was" | "s" | "are" | "were" | "isn" | "wasn" | "aren" | "weren") => {
                // "It is believed Baghdadi's DNA may have been taken", "it is possible Dulaimi
                // had been away": an extraposed clause (`extraposed` in frames.tsv) with words
                // of its own after the adjective or participle is no pointer back.
                let extraposed =
                    rest.len() > 2 && rest[1..3].iter().any(|w| lex.is("extraposed", w));
                // "it was where Eastwood's character describes …": a cleft or a
                // free relative is a clause of its own, not a pointer back.
                !extraposed
                    && !rest.iter().skip(1).any(|w| {
                        matches!(
                            w.as_str(),
                            "to" | "that" | "where" | "when" | "how" | "what" | "why" | "who"
                        )
                    })
            }
            _ => false,
        };
    }
    lex.is("pointer", &w) && !clause_after_comma(content)
}

/// "report, the majority of the fighters came from Tunisia" (a content cut after "according
/// to a … report"): a pointer noun closed by a comma with a clause of its own after it states
/// that clause; it points back at nothing. A relative ("the claims, which …") still does.
fn clause_after_comma(content: &str) -> bool {
    let Some((head, rest)) = content.split_once(',') else {
        return false;
    };
    let words = |t: &str| {
        t.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect::<Vec<_>>()
    };
    let rest = words(rest);
    words(head).len() <= 2
        && rest.len() >= 4
        && !matches!(rest[0].as_str(), "which" | "who" | "that" | "whose")
}

/// A pointer back by a pronoun alone ("it", "this", "that", "them" opening the content: "It's
/// a nonsense", "we can't confirm that"), not by a noun ("that claim", "the reports").
pub(super) fn is_pronoun_pointer(content: &str) -> bool {
    let mut words = content
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase);
    let first = words.next();
    matches!(first.as_deref(), Some("it" | "this" | "that" | "them"))
        && !words.next().is_some_and(|w| is_anaphoric(&w) && w != "it")
        && is_anaphoric(content)
}

/// The possessor's last word, lower-cased, of a content opening "X's claim" ("Hunter's
/// claim", "Rep. Duncan Hunter's allegations"): up to four words before "'s", then a pointer
/// noun.
pub(crate) fn possessor(content: &str) -> Option<String> {
    let words: Vec<String> = content
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(7)
        .map(str::to_lowercase)
        .collect();
    let s = words.iter().position(|w| w == "s")?;
    // "There's that pause", "It's a nonsense": a contracted "is", not a possessor.
    let contracted = matches!(
        words[s.checked_sub(1)?].as_str(),
        "there" | "here" | "it" | "that" | "what" | "who" | "he" | "she" | "this" | "let"
    );
    ((1..=4).contains(&s) && !contracted)
        .then(|| words.get(s + 1))
        .flatten()
        .filter(|n| is_anaphoric(n))
        .map(|_| words[s - 1].clone())
}
