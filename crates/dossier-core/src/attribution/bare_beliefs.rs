//! A belief cue with no complement of its own whose content the patterns took from the words
//! after it: "They believe, but he has yet to physically turn himself in" (fnc-409), "the
//! guidelines they think about animals" (fnc-82), "two men suspected of spying" (fnc-77),
//! "Airline travelers worried about Ebola are taking matters into their own hands" (fnc-477).
//! Content opening with a coordinating conjunction, or with "of"/"about" (a topic, not a
//! proposition), is no belief held: the draft is dropped.

use super::*;

/// Words that, opening the content of a belief cue, show the cue took no complement.
fn bare_opener(w: &str) -> bool {
    matches!(w, "and" | "but" | "or" | "nor" | "of" | "about")
}

impl Attributor<'_> {
    /// Empty the content of every belief draft whose content opens with a [`bare_opener`].
    pub(super) fn drop_bare_beliefs(&mut self) {
        let t = self.text;
        for di in 0..self.drafts.len() {
            let d = &self.drafts[di];
            if d.content.0 >= d.content.1 || d.mode == Mode::Direct {
                continue;
            }
            if self.hit_starting(d.cue.0).map(|h| h.class) != Some(CueClass::Belief) {
                continue;
            }
            let first = t[d.content.0..d.content.1]
                .split(|c: char| !c.is_alphabetic())
                .find(|w| !w.is_empty())
                .unwrap_or_default()
                .to_lowercase();
            let opens = t[d.content.0..d.content.1]
                .trim_start()
                .to_lowercase()
                .starts_with(first.as_str());
            if opens && bare_opener(&first) {
                let c = self.drafts[di].content.0;
                self.drafts[di].content = (c, c);
            }
        }
    }
}
