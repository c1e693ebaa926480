//! Acronyms the document spells out otherwise. The lexicon knows "RNC" as the Republican
//! National Committee; an article about the Royal Newfoundland Constabulary that goes on with
//! "The RNC said" means the constabulary. A lexicon acronym (three to six capitals) whose
//! letters are the initials of another capitalised name in the same document names that thing:
//! the actor the resolver made of the name, else an organisation of that name. When the
//! document spells the acronym out as the lexicon's own actor ("the Republican National
//! Committee (RNC)"), or nowhere, the lexicon's reading stands.

use super::*;

/// Small words allowed inside a spelled-out name ("Committee to Protect Journalists" has no
/// initial for "to").
const INNER: &[&str] = &["of", "the", "and", "for", "to", "on", "in", "&"];

/// The capitalised names of `text` whose initials spell `acronym`, as byte spans: runs of
/// capitalised words (small words of [`INNER`] between them skipped), each window of as many
/// capitalised words as the acronym has letters.
fn spelled_out(text: &str, acronym: &str) -> Vec<(usize, usize)> {
    let letters: Vec<char> = acronym.chars().collect();
    let k = letters.len();
    let mut out = Vec::new();
    // The capitalised words of the current run: (start, end, initial).
    let mut run: Vec<(usize, usize, char)> = Vec::new();
    let check = |run: &[(usize, usize, char)], out: &mut Vec<(usize, usize)>| {
        for w in run.windows(k) {
            if w.iter().zip(&letters).all(|(x, &c)| x.2 == c) {
                out.push((w[0].0, w[k - 1].1));
            }
        }
    };
    let mut pos = 0;
    for word in text.split_inclusive(char::is_whitespace) {
        let start = pos;
        pos += word.len();
        let core = word.trim_end();
        let trimmed = core.trim_start_matches(|c: char| !c.is_alphanumeric());
        let lead = core.len() - trimmed.len();
        let bare = trimmed.trim_end_matches(|c: char| !c.is_alphanumeric());
        let first = bare.chars().next();
        // A capitalised word that is not itself in capitals ("RNC", "US").
        let capital = first.is_some_and(char::is_uppercase)
            && bare.chars().filter(|c| c.is_lowercase()).count() > 0;
        let closes = bare.len() < trimmed.len() || lead > 0;
        if capital {
            if lead > 0 {
                check(&run, &mut out);
                run.clear();
            }
            let s = start + lead;
            run.push((s, s + bare.len(), first.unwrap_or(' ')));
        } else if !(INNER.contains(&bare) && !run.is_empty() && !closes) {
            check(&run, &mut out);
            run.clear();
            continue;
        }
        if closes {
            check(&run, &mut out);
            run.clear();
        }
    }
    check(&run, &mut out);
    out
}

impl<'a> Resolver<'a> {
    /// The lexicon's acronym at unit `i` (entry `entry`), when the document spells it out as
    /// another name: the actor to mention it as instead (see the module notes).
    pub(super) fn acronym_elsewhere(&mut self, i: usize, entry: usize) -> Option<ActorIdx> {
        let surface = self.unit_text(i);
        if !(3..=6).contains(&surface.len()) || !surface.chars().all(|c| c.is_ascii_uppercase()) {
            return None;
        }
        let spans = spelled_out(self.text, surface);
        let same = |this: &Self, s: usize, e: usize| {
            let name = &this.text[s..e];
            this.lex.find_all(name).iter().any(|m| {
                m.start == 0
                    && m.end == name.len()
                    && matches!(m.target, Target::Actor { entry: x, .. } if x == entry)
            })
        };
        if spans.is_empty() || spans.iter().any(|&(s, e)| same(self, s, e)) {
            return None;
        }
        let (s, e) = spans[0];
        // The actor the resolver made of the name, when it made one.
        if let Some(m) = self.mentions.iter().find(|m| m.start <= s && e <= m.end) {
            return Some(m.actor);
        }
        let name = self.text[s..e].to_string();
        Some(self.actor(ActorEntry {
            id: org_id(HeadClass::Organisation, &name),
            name,
            kind: ActorKind::Organisation,
            country: None,
            role: None,
            affiliation: None,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::spelled_out;

    #[test]
    fn names_spell_acronyms_by_their_capitalised_words() {
        let text = "A man wanted by the Royal Newfoundland Constabulary turned himself in. \
                    The RNC said so, and the Committee to Protect Journalists agreed.";
        let at = |s: &str| text.find(s).unwrap();
        assert_eq!(
            spelled_out(text, "RNC"),
            vec![(
                at("Royal"),
                at("Royal") + "Royal Newfoundland Constabulary".len()
            )]
        );
        assert_eq!(spelled_out(text, "CPJ").len(), 1);
        // A run broken by punctuation or a lower-case word spells nothing across the break.
        assert!(spelled_out("Rome, New Canaan", "RNC").is_empty());
        assert!(spelled_out("Red noted Cats", "RNC").is_empty());
        assert!(spelled_out(text, "RNCX").is_empty());
    }
}
