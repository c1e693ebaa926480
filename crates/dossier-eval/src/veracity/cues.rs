//! Headline cue words (`data/headline_cues.tsv`) and satirical hosts (`data/satire_hosts.tsv`):
//! what a headline's own words say about the claim, read before the stance model.

use super::lower_words;

/// What a headline's own words say about the claim (`data/headline_cues.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Cue {
    /// The headline rejects the claim: "hoax", "fake", "debunked", "not true", "denies".
    Deny,
    /// The claim's party confirms or announces it: "confirms", "officially", "announces".
    Confirm,
    /// The outlet relays or doubts it: "reportedly", "rumor", "may", "?".
    Hedge,
    /// Someone claims it: the outlet relays it (a hedge), unless the claimant is a party of the
    /// claim, whose claim is its own assertion ("ISIS claims it executed James Foley").
    Claim,
}

const CUES_TSV: &str = include_str!("../../data/headline_cues.tsv");

/// The negation words of `headline_cues.tsv` (class `negate`): a confirmation whose headline
/// also negates ("YPG confirms: Gill Rosenberg not captured") confirms the opposite.
fn negations() -> &'static [String] {
    static NEG: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    NEG.get_or_init(|| {
        CUES_TSV
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_once('\t'))
            .filter(|(_, class)| class.trim() == "negate")
            .map(|(w, _)| w.trim().to_lowercase())
            .collect()
    })
}

const SATIRE_TSV: &str = include_str!("../../data/satire_hosts.tsv");

/// Is `host` a satirical or fabricating site (`data/satire_hosts.tsv`: its own disclaimer says
/// its stories are invented)? A sub-domain counts ("en.mediamass.net"), "www." is ignored.
pub fn is_satire_host(host: &str) -> bool {
    static HOSTS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    let hosts = HOSTS.get_or_init(|| {
        SATIRE_TSV
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(str::to_lowercase)
            .collect()
    });
    let h = host.trim().to_lowercase();
    hosts
        .iter()
        .any(|s| h == *s || h.strip_suffix(s.as_str()).is_some_and(|r| r.ends_with('.')))
}

fn cues() -> &'static [(String, Cue)] {
    static CUES: std::sync::OnceLock<Vec<(String, Cue)>> = std::sync::OnceLock::new();
    CUES.get_or_init(|| {
        CUES_TSV
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .filter_map(|l| {
                let (cue, class) = l.split_once('\t')?;
                let class = match class.trim() {
                    "deny" => Cue::Deny,
                    "confirm" => Cue::Confirm,
                    "hedge" => Cue::Hedge,
                    "claim" => Cue::Claim,
                    _ => return None,
                };
                Some((cue.trim().to_lowercase(), class))
            })
            .collect()
    })
}

/// Find `cue` in the headline and blank it out (so that a shorter cue inside it — "deny" in
/// "confirm or deny" — no longer matches). Word cues match whole words in sequence; other cues
/// (with punctuation) match as substrings.
fn take_cue(text: &mut String, words: &mut [String], cue: &str) -> bool {
    if cue
        .chars()
        .all(|c| c.is_alphabetic() || c == ' ' || c == '\'')
    {
        let cw: Vec<&str> = cue.split(' ').collect();
        let n = cw.len();
        let Some(at) = (0..(words.len() + 1).saturating_sub(n))
            .find(|&i| words[i..i + n].iter().zip(&cw).all(|(a, b)| a == b))
        else {
            return false;
        };
        for w in &mut words[at..at + n] {
            w.clear();
        }
        true
    } else if let Some(at) = text.find(cue) {
        text.replace_range(at..at + cue.len(), &" ".repeat(cue.len()));
        true
    } else {
        false
    }
}

/// The strongest cue of `headline` (deny, then confirm, then hedge), ignoring cues that the
/// claim's own text contains. Longer cues are looked for first and hide the cues inside them
/// ("refuses to confirm or deny" hedges, it does not deny).
pub fn headline_cue(headline: &str, claim: &str) -> Option<Cue> {
    let norm = |s: &str| s.to_lowercase().replace('\u{2019}', "'");
    let (mut h, mut c) = (norm(headline), norm(claim));
    let (mut hw, mut cw) = (lower_words(&h), lower_words(&c));
    let mut by_length: Vec<&(String, Cue)> = cues().iter().collect();
    by_length.sort_by_key(|(cue, _)| std::cmp::Reverse(cue.len()));
    let mut found = None;
    for (cue, class) in by_length {
        let in_claim = take_cue(&mut c, &mut cw, cue);
        if take_cue(&mut h, &mut hw, cue) && !in_claim {
            found = Some(found.map_or(*class, |f: Cue| f.min(*class)));
        }
    }
    // A confirmation of a negation the claim does not make denies it ("YPG confirms: Gill
    // Rosenberg not captured", "Nasa confirms six days of darkness: no, they don't").
    let negated = |words: &[String]| negations().iter().any(|n| words.contains(n));
    if found == Some(Cue::Confirm) && negated(&hw) && !negated(&cw) {
        return Some(Cue::Deny);
    }
    found
}
