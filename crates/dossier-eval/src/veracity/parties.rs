//! The parties of an Emergent claim (subject, target, other actors, or the name the claim
//! opens with), the words that name them, and the officials with direct knowledge: how a
//! headline's speaker is recognised as a party (`dossier eval veracity`).

use super::*;

/// The parties of a claim text: its first extracted claim's subject and target, then every
/// other actor dossier finds in it ("ISIS captured a U.S. airdrop": ISIS and the United
/// States); else the name the claim opens with ([`leading_name`]: "Hewlett-Packard will split
/// itself" is about `NAME.hewlett-packard`); none when the claim names nothing.
pub fn parties_of(x: &Extraction) -> Parties {
    let mut ids: Vec<String> = Vec::new();
    if let Some(c) = x.claims.first() {
        ids.push(c.subject.id.clone());
        ids.extend(c.target.as_ref().map(|t| t.id.clone()));
    }
    ids.extend(x.actors.iter().map(|a| a.id.clone()));
    let mut seen = BTreeSet::new();
    ids.retain(|id| !id.starts_with("UNKNOWN.") && seen.insert(id.clone()));
    Parties {
        ids,
        direct: Vec::new(),
    }
}

/// The run of capitalised words a claim text opens with, after an opening "The", "This" or a
/// stray "Claim" ("Hewlett-Packard", "Tom Brokaw", "eBay", "Apple Watch"); `None` when the claim
/// opens otherwise: with a lower-case word, or with "A"/"An", whose name is a modifier ("A
/// Florida woman", "A Catholic priest": the claim is about the woman, not Florida).
pub fn leading_name(text: &str) -> Option<String> {
    const SKIP: &[&str] = &["The", "Claim", "This"];
    fn clean(w: &str) -> &str {
        w.trim_matches(|c: char| !(c.is_alphanumeric() || c == '-'))
    }
    let capital = |w: &str| clean(w).chars().take(2).any(char::is_uppercase);
    let words: Vec<&str> = text.split_whitespace().collect();
    let start = usize::from(words.first().is_some_and(|w| SKIP.contains(&clean(w))));
    let run: Vec<&str> = words[start.min(words.len())..]
        .iter()
        .take_while(|w| capital(w) && !SKIP.contains(&clean(w)))
        .map(|w| clean(w))
        .filter(|w| !w.is_empty())
        .collect();
    if run.first().is_some_and(|w| ["A", "An"].contains(w)) {
        return None;
    }
    let name = run.join(" ");
    (!name.is_empty()).then_some(name)
}

fn slug(s: &str) -> String {
    lower_words(&s.replace('-', " ")).join("-")
}

const NAME_STOP: &[&str] = &[
    "the", "and", "for", "with", "from", "claim", "will", "has", "have", "was", "are", "his",
    "her", "its", "org", "person", "unknown", "group", "outlet", "new",
];

fn name_words(s: &str) -> Vec<String> {
    lower_words(&s.replace(['-', '.'], " "))
        .into_iter()
        .filter(|w| w.chars().count() >= 3 && !NAME_STOP.contains(&w.as_str()))
        .collect()
}

/// The parties of a claim (as [`parties_of`]) with the words that name each, so that a
/// headline's speaker can be recognised as one of them ("Hewlett-Packard" in a headline is the
/// party `Claim Hewlett-Packard` of the claim text).
#[derive(Debug, Clone, Default)]
pub struct ClaimParties {
    pub parties: Parties,
    /// (party id, its name words).
    pub names: Vec<(String, Vec<String>)>,
}

/// [`parties_of`] with the names of the parties.
pub fn claim_parties(x: &Extraction) -> ClaimParties {
    claim_parties_of(parties_of(x), x)
}

/// [`claim_parties`] of the claim `text`, falling back on the name it opens with
/// ([`leading_name`]) when dossier finds no actor in it.
pub fn claim_parties_in(x: &Extraction, text: &str) -> ClaimParties {
    let mut parties = parties_of(x);
    if parties.ids.is_empty() {
        parties
            .ids
            .extend(leading_name(text).map(|n| format!("NAME.{}", slug(&n))));
    }
    claim_parties_of(parties, x)
}

fn claim_parties_of(parties: Parties, x: &Extraction) -> ClaimParties {
    let names = parties
        .ids
        .iter()
        .map(|id| {
            let mut w = name_words(id.split_once('.').map_or(id.as_str(), |(_, r)| r));
            for a in x.actors.iter().filter(|a| a.id == *id) {
                w.extend(name_words(&a.name));
            }
            for c in &x.claims {
                for r in std::iter::once(&c.subject).chain(&c.target) {
                    if r.id == *id {
                        w.extend(name_words(&r.name));
                        w.extend(r.mention.iter().flat_map(|m| name_words(&m.text)));
                    }
                }
            }
            // A hyphenated or several-word name also goes by its initials ("HP").
            let rest = id.split_once('.').map_or(id.as_str(), |(_, r)| r);
            let parts: Vec<&str> = rest.split('-').filter(|p| !p.is_empty()).collect();
            if (2..=4).contains(&parts.len()) {
                w.push(parts.iter().filter_map(|p| p.chars().next()).collect());
            }
            w.sort();
            w.dedup();
            (id.clone(), w)
        })
        .collect();
    ClaimParties { parties, names }
}

const AUTHORITIES_TSV: &str = include_str!("../../data/authorities.tsv");

fn authorities() -> &'static [Vec<String>] {
    static A: std::sync::OnceLock<Vec<Vec<String>>> = std::sync::OnceLock::new();
    A.get_or_init(|| {
        AUTHORITIES_TSV
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(lower_words)
            .collect()
    })
}

/// Is this voice an official with direct knowledge (`data/authorities.tsv`: the police, the
/// Pentagon, the coroner, "officials")? Outlets never are.
pub fn is_authority(v: &Voice) -> bool {
    if v.id.starts_with("OUTLET.") {
        return false;
    }
    let mut words = lower_words(&v.name.replace(['-', '.'], " "));
    words.extend(lower_words(&v.id.replace(['-', '.', '_'], " ")));
    authorities()
        .iter()
        .any(|a| !a.is_empty() && words.windows(a.len()).any(|w| w == a.as_slice()))
}

/// The first authority word (`data/authorities.tsv`) in a headline.
pub(super) fn authority_named(text: &str) -> Option<&'static [String]> {
    let words = lower_words(text);
    authorities()
        .iter()
        .filter(|a| !a.is_empty())
        .find(|a| words.windows(a.len()).any(|w| w == a.as_slice()))
        .map(Vec::as_slice)
}

/// The most words a speaker phrase dossier could not resolve may have to be read as a name.
const MAX_NAME_WORDS: usize = 4;

impl ClaimParties {
    /// Does this voice speak for a party (the party, one of its bodies, or one of its people)?
    pub fn includes(&self, v: &Voice) -> bool {
        self.parties.ids.iter().any(|p| {
            v.id == *p
                || v.id
                    .strip_prefix(p.as_str())
                    .is_some_and(|r| r.starts_with('.'))
                || v.country.as_deref() == Some(p.as_str())
        })
    }

    /// The party whose own site `host` is: the host's name before its top-level domain
    /// ("mojang.com", "www.hp.com", "blog.tesla.co.uk") is one of the party's name words.
    pub fn party_of_host(&self, host: &str) -> Option<&str> {
        const TLD2: &[&str] = &["co", "com", "org", "net", "gov", "ac"];
        let labels: Vec<String> = host
            .trim()
            .to_lowercase()
            .split('.')
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect();
        let n = labels.len();
        let second_level =
            n >= 3 && TLD2.contains(&labels[n - 2].as_str()) && labels[n - 1].len() == 2;
        let name = match (n, second_level) {
            (_, true) => labels.get(n - 3)?,
            (2.., false) => labels.get(n - 2)?,
            _ => return None,
        };
        if name.chars().count() < 2 {
            return None;
        }
        self.names
            .iter()
            .find(|(_, pw)| pw.iter().any(|w| w == name))
            .map(|(p, _)| p.as_str())
    }

    /// The party a speaker named `name` (or with id `id`) is, by a shared name word. A speaker
    /// dossier could not resolve whose phrase runs longer than a name ("Transgender Teen Leelah
    /// Alcorn Commits Suicide By Walking…", read as the speaker of "blames") names nobody.
    pub(super) fn party_named(&self, id: &str, name: &str) -> Option<&str> {
        if let Some(slug) = id.strip_prefix("UNKNOWN.") {
            let slug = slug.split('@').next().unwrap_or(slug);
            if slug.split('-').filter(|w| !w.is_empty()).count() > MAX_NAME_WORDS {
                return None;
            }
        }
        const SHORT_STOP: &[&str] = &[
            "to", "of", "in", "is", "it", "at", "on", "an", "as", "by", "be", "we", "us", "he",
            "me", "my", "no", "or", "so", "up", "do", "if",
        ];
        let mut w = name_words(name);
        w.extend(name_words(id.split_once('.').map_or(id, |(_, r)| r)));
        // Two-letter words can only be initials ("HP confirms plan to split").
        w.extend(
            lower_words(name)
                .into_iter()
                .filter(|x| x.chars().count() == 2 && !SHORT_STOP.contains(&x.as_str())),
        );
        self.names
            .iter()
            .find(|(_, pw)| pw.iter().any(|x| w.contains(x)))
            .map(|(p, _)| p.as_str())
    }
}
