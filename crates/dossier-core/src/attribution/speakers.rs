//! The last check on a speaker phrase, read on the Doc: a speaker is a noun phrase whose head
//! can speak, never a fragment of the clause around it. The word patterns cut speaker phrases
//! by words, and a few cuts leave clause material in: an adverb after the subject ("US Central
//! Command meanwhile said", "a reporter shortly told"), a live-blog time stamp before it
//! ("11.39 The Telegraph reports"), the subject's own verb ("Mr. Vickers then walked … and
//! told", "Williams went on to deny"), or no noun at all ("Subsequently, … told", "This
//! suggests", "A couple weeks before that, … wrote"). Each is cut back to the noun phrase, and a
//! draft whose phrase keeps no noun that can speak gives no statement.

use super::*;
use dossier_syntax::{Doc, Rel, Upos};

/// Words that are never a speaker alone: determiners and demonstratives ("This indicates that
/// …" is the writer's inference, not a statement).
const NO_SPEAKER_ALONE: &[&str] = &["this", "that", "the", "a", "an", "such", "there"];

/// A live-blog time stamp ("11.39", "09:12") opening a phrase.
fn timestamp(w: &str) -> bool {
    let b = w.as_bytes();
    let sep = b.iter().position(|&c| c == b'.' || c == b':');
    match sep {
        Some(p) => {
            (1..=2).contains(&p)
                && b.len() == p + 3
                && b[..p].iter().all(u8::is_ascii_digit)
                && b[p + 1..].iter().all(u8::is_ascii_digit)
        }
        None => false,
    }
}

/// Whether token `k` is a predicate of its own inside the phrase starting at `lo` (so the
/// phrase ran into a clause): a lower-case verb after the phrase's first word, set off by a
/// space (not "fact-checking"), that is no modifier of a noun ("a statement released by …")
/// or part of a name. Capitalised words are left alone: the tagger takes names for verbs
/// ("Reuters notes", "Will Grant says").
pub(super) fn own_predicate(doc: &Doc, text: &str, k: usize, lo: usize) -> bool {
    let t = &doc.tokens[k];
    let s = t.start as usize;
    k > lo
        && matches!(t.upos, Upos::Verb | Upos::Aux)
        && text[s..].starts_with(|c: char| c.is_lowercase())
        && text[..s].ends_with(char::is_whitespace)
        && !matches!(
            t.rel,
            Rel::Acl | Rel::AclRelcl | Rel::Amod | Rel::Compound | Rel::Flat | Rel::Appos
        )
        // "An analyst named Yakoub Mustafa told": a participle giving the name.
        && !super::rescue::naming_participle(doc, k)
}

/// Whether token `k` heads a time expression ("Last week", "A couple weeks before that", "The
/// next day"): an unmarked oblique or nominal modifier holding a noun of time
/// (`data/cues/time_nouns.tsv`) or a weekday. The parser also labels a post-posed speaker so ("…,’ Sorkin
/// said"); a name is no time.
fn temporal(doc: &Doc, k: usize) -> bool {
    // "A couple of days": the time noun may hang on a word of quantity.
    matches!(
        doc.tokens[k].rel,
        Rel::OblUnmarked | Rel::NmodUnmarked | Rel::Obl
    ) && doc.subtree(k).any(|j| time_word(doc, j))
}

/// Whether the word `w` (lower-case) is a noun of time (`data/cues/time_nouns.tsv`), singular or
/// plural ("weeks").
pub(super) fn time_noun(w: &str) -> bool {
    crate::dates::is_time_noun(w) || w.strip_suffix('s').is_some_and(crate::dates::is_time_noun)
}

/// Whether token `j` is a noun of time (`data/cues/time_nouns.tsv`) or a weekday.
pub(super) fn time_word(doc: &Doc, j: usize) -> bool {
    let t = &doc.tokens[j];
    let lemma = t.lemma.to_lowercase();
    t.upos == Upos::Noun && crate::dates::is_time_noun(&lemma) || crate::dates::is_weekday(&lemma)
}

/// Whether a phrase opening with `w` is a prepositional phrase, no subject ("at odds with a
/// previous report", "On Wednesday …").
pub(super) fn opens_with_preposition(w: &str) -> bool {
    Lexicon::get().prepositions.contains(w)
}

/// Where the speaker starts after a time phrase opening the words `toks[j..end]` with a
/// preposition (`opens_with_preposition`) or "late"/"early", read without a parse: lower-case
/// words and numbers up to a weekday, month or noun of time, then the speaker, which opens with
/// a capital or an article ("On Wednesday Williams", "Late on Monday the ministry", "In March
/// 2014 the court"). `None` when the words open otherwise.
pub(super) fn fronted_time_words(text: &str, toks: &[Tok], j: usize, end: usize) -> Option<usize> {
    let first = lower(text, toks.get(j)?);
    if !(opens_with_preposition(&first) || matches!(first.as_str(), "late" | "early")) {
        return None;
    }
    let mut last_time = None;
    for (k, tk) in toks.iter().enumerate().take(end).skip(j + 1) {
        let lw = lower(text, tk);
        let date_number = last_time == Some(k - 1) && lw.chars().all(|c| c.is_ascii_digit());
        if crate::dates::is_weekday(&lw)
            || crate::dates::is_month_name(&lw)
            || time_noun(&lw)
            || date_number
        {
            last_time = Some(k);
        } else if !tk.word || is_cap(text, tk) && !lw.chars().all(|c| c.is_ascii_digit()) {
            break;
        }
    }
    let mut k = last_time? + 1;
    while k < end && !toks[k].word && &text[toks[k].s..toks[k].e] == "," {
        k += 1;
    }
    let next = toks.get(k).filter(|_| k < end)?;
    (next.word && (is_cap(text, next) || matches!(lower(text, next).as_str(), "the" | "a" | "an")))
        .then_some(k)
}

/// Where the speaker starts after a time phrase opening the phrase `lo..hi`: a weekday or noun
/// of time, or a preposition, adverb or adjective, then only prepositions, adverbs, adjectives, determiners, numbers and
/// commas up to a noun of time or a weekday, followed by a capitalised word or a determiner
/// ("On Wednesday Williams", "Late on Monday the ministry"). `None` when the phrase opens
/// otherwise.
fn fronted_time(doc: &Doc, text: &str, lo: usize, hi: usize) -> Option<usize> {
    if !matches!(doc.tokens[lo].upos, Upos::Adp | Upos::Adv | Upos::Adj) && !time_word(doc, lo) {
        return None;
    }
    let mut last_time = None;
    for k in lo..hi {
        if time_word(doc, k) {
            last_time = Some(k);
        } else if !matches!(
            doc.tokens[k].upos,
            Upos::Adp | Upos::Adv | Upos::Adj | Upos::Det | Upos::Num | Upos::Punct
        ) {
            break;
        }
    }
    let mut k = last_time? + 1;
    while k < hi && doc.tokens[k].upos == Upos::Punct {
        k += 1;
    }
    let first = &text[doc.tokens.get(k)?.start as usize..];
    (k < hi && (first.starts_with(char::is_uppercase) || doc.tokens[k].upos == Upos::Det))
        .then_some(k)
}

const ACTIVITY_NOUNS: &str = include_str!("../../../../data/cues/activity_nouns.tsv");

/// Whether the phrase `r` is headed by a noun of activity (`data/cues/activity_nouns.tsv`: "A
/// search on Taobao", "Enquiries") with no actor doing it named as a possessor, a modifier noun
/// or a "by" agent ("a Google search", "police enquiries", "a search by customs
/// officers"): such a phrase names no speaker.
fn activity_without_agent(doc: &Doc, text: &str, r: std::ops::Range<usize>) -> bool {
    let Some(h) = doc.range_head(r.clone()) else {
        return false;
    };
    let w = text[doc.tokens[h].start as usize..doc.tokens[h].end as usize].to_lowercase();
    let listed = ACTIVITY_NOUNS
        .lines()
        .map(str::trim)
        .any(|l| !l.starts_with('#') && l == w);
    let nominal = |k: usize| matches!(doc.tokens[k].upos, Upos::Noun | Upos::Propn | Upos::Pron);
    let agent = doc.children(h).filter(|k| r.contains(k)).any(|k| {
        nominal(k)
            && (matches!(doc.tokens[k].rel, Rel::NmodPoss | Rel::Compound)
                || doc.children(k).any(|c| {
                    doc.tokens[c].rel == Rel::Case && doc.form(text, c).eq_ignore_ascii_case("by")
                }))
    });
    doc.tokens[h].upos == Upos::Noun && listed && !agent
}

/// Whether the phrase `r` is headed by a word that can neither speak nor hold a belief: a
/// `mute` head of `data/cues/speaker_heads.tsv` ("His absence from the assembly stated", "It's
/// hard to believe") or an act of `data/events/nouns.tsv` ("the killing").
fn mute_head(doc: &Doc, text: &str, r: std::ops::Range<usize>) -> bool {
    let Some(h) = doc.range_head(r) else {
        return false;
    };
    let form = doc.form(text, h).to_lowercase();
    let lemma = doc.tokens[h].lemma.to_lowercase();
    let act = || {
        doc.tokens[h].upos == Upos::Noun
            && crate::events::Roles::builtin()
                .noun(&lemma)
                .is_some_and(|k| k == crate::events::roles::NounKind::Act)
    };
    // "leaflets and DVDs condemning the regime", "a South Korean naval ship fired warning
    // shots": an object carries no words. A title-case word inside its sentence is a name
    // ("the Jets" is a team, "Car Crushing" a blog); "DVDs" is the noun.
    let thing = || {
        let w = doc.form(text, h);
        let mut cs = w.chars();
        let title = cs.next().is_some_and(char::is_uppercase)
            && cs.next().is_some_and(char::is_lowercase)
            && doc
                .sentences
                .get(doc.sentence_of(h))
                .is_some_and(|s| s.tokens().start != h);
        !title && (THING_HEADS.contains(&form.as_str()) || THING_HEADS.contains(&lemma.as_str()))
    };
    MUTE_HEADS.contains(&form.as_str()) || MUTE_HEADS.contains(&lemma.as_str()) || act() || thing()
}

impl Attributor<'_> {
    /// The speaker phrase `a..b` of the cue starting at byte `cue`, cut back to its noun
    /// phrase, or `None` when no word that can speak is left. Unchanged when the Doc's tokens
    /// do not line up with the phrase.
    fn speaker_phrase(
        &self,
        doc: &Doc,
        (a, b): (usize, usize),
        cue: usize,
    ) -> Option<(usize, usize)> {
        let t = self.text;
        let lo0 = doc.tokens.partition_point(|k| (k.start as usize) < a);
        let hi0 = doc.tokens.partition_point(|k| (k.start as usize) < b);
        if lo0 >= hi0
            || doc.tokens[lo0].start as usize != a
            || doc.tokens[hi0 - 1].end as usize != b
        {
            return Some((a, b));
        }
        let form = |k: usize| &t[doc.tokens[k].start as usize..doc.tokens[k].end as usize];
        // "an ambush by suspected militants": a phrase running into the cue through a
        // preposition makes the cue word the preposition's object, no verb of saying.
        if doc.tokens[hi0 - 1].upos == Upos::Adp
            && t.get(b..cue).is_some_and(|g| g.trim().is_empty())
        {
            return None;
        }
        let (mut lo, mut hi) = (lo0, hi0);
        while lo + 1 < hi && timestamp(form(lo)) {
            lo += 1;
        }
        // The cue's own subject, when the parse gives it one inside the phrase, is never cut
        // off ("Nasa asteroid expert Don Yeomans said" with "expert" tagged a verb).
        let subject = doc.token_starting_at(cue).and_then(|ci| {
            doc.children(ci)
                .find(|&j| matches!(doc.tokens[j].rel, Rel::Nsubj | Rel::NsubjPass))
        });
        // A phrase holding another cue ("the ministry rejected reports that …") stays whole:
        // the statement it swallows is dropped later (`drop_cue_swallowing_speakers`).
        let other_cue = self.hit_range(a, b).next().is_some();
        if let Some(k) = (lo..hi).find(|&k| !other_cue && own_predicate(doc, t, k, lo)) {
            if subject.is_none_or(|s| s < k || s >= hi) {
                hi = k;
            }
        }
        // The speaker is who the head noun phrase names, not what a relative clause or an
        // "about" phrase says of it ("A company whose video chat service …", "A 2007 article
        // about Mueller … said": the article, not Mueller).
        if let Some(k) = (lo + 1..hi).find(|&k| {
            let w = form(k);
            matches!(w, "who" | "whose" | "which")
                || w == "about"
                    && doc.tokens[k].upos == Upos::Adp
                    && doc
                        .head(k)
                        .is_some_and(|h| doc.head(h).is_some_and(|n| (lo..k).contains(&n)))
        }) {
            if subject.is_none_or(|s| s < k) {
                hi = k;
            }
        }
        // A fronted time phrase the parser glued to the name after it ("On Wednesday Williams
        // said", "Late on Monday the ministry said"): the speaker starts after its last time
        // word.
        if let Some(k) = fronted_time(doc, t, lo, hi) {
            lo = k;
        }
        // A credit line is no speaker ("Via Yahoo News, she explains:"): the speaker follows
        // its comma, and a phrase that is nothing else has none.
        if form(lo).eq_ignore_ascii_case("via") {
            match (lo + 1..hi).find(|&k| form(k) == ",") {
                Some(c) if c + 1 < hi => lo = c + 1,
                _ => return None,
            }
        }
        // A leading time expression is no part of the speaker ("Last week the U.S. said");
        // a phrase that is nothing else has none ("A couple weeks before that, … wrote").
        let outside =
            |k: usize, lo: usize, hi: usize| doc.head(k).is_none_or(|h| h < lo || h >= hi);
        if let Some(r) = (lo..hi).find(|&k| outside(k, lo, hi)) {
            if temporal(doc, r) {
                let end = doc.subtree(r).end.min(hi);
                match (end..hi).find(|&k| outside(k, lo, hi) && doc.tokens[k].upos != Upos::Punct) {
                    Some(next) => lo = doc.subtree(next).start.max(end),
                    None => return None,
                }
            }
        }
        // Trailing adverbs, prepositions and an infinitive "to" belong to the clause ("One
        // intelligence official here", "Sgt. X from", "state media failed to").
        while hi > lo + 1
            && (matches!(
                doc.tokens[hi - 1].upos,
                Upos::Adv | Upos::Adp | Upos::Cconj | Upos::Sconj
            ) || form(hi - 1).eq_ignore_ascii_case("to"))
        {
            hi -= 1;
        }
        if lo >= hi {
            return None;
        }
        // One word left: it must be able to stand for a speaker — not a lone determiner or
        // demonstrative ("This suggests"), nor a lower-case adverb, preposition, conjunction
        // or verb; a capitalised word only when the tagger calls it an adverb or it is a
        // connective ("Subsequently", "Indeed"): names are often tagged as verbs.
        if hi - lo == 1 {
            let w = form(lo);
            let lw = w.to_lowercase();
            let upos = doc.tokens[lo].upos;
            let capital = w.starts_with(char::is_uppercase);
            let not_a_speaker = NO_SPEAKER_ALONE.contains(&lw.as_str())
                || CONNECTIVES.contains(&lw.as_str())
                || upos == Upos::Adv
                || !capital
                    && matches!(
                        upos,
                        Upos::Adp
                            | Upos::Cconj
                            | Upos::Sconj
                            | Upos::Part
                            | Upos::Aux
                            | Upos::Verb
                            | Upos::Punct
                    );
            if not_a_speaker && !GENERIC_GROUPS.contains(&lw.as_str()) {
                return None;
            }
        }
        // "if you believe Gawker's latest update": the reader addressed believes nothing the
        // article reports (inside a quotation "you" may be the speaker's hearer).
        let reader = hi - lo == 1
            && READER.contains(&form(lo).to_lowercase().as_str())
            && !in_quote(&self.quotes, a);
        if reader || activity_without_agent(doc, t, lo..hi) || mute_head(doc, t, lo..hi) {
            return None;
        }
        Some((
            doc.tokens[lo].start as usize,
            doc.tokens[hi - 1].end as usize,
        ))
    }

    /// Cut every speaker phrase back to its noun phrase (see the module documentation); a
    /// draft left without one gives no statement.
    pub(super) fn clean_speakers(&mut self) {
        let Some(doc) = self.doc else { return };
        for di in 0..self.drafts.len() {
            let Speaker::Phrase(a, b) = self.drafts[di].speaker else {
                continue;
            };
            match self.speaker_phrase(doc, (a, b), self.drafts[di].cue.0) {
                Some(p) => self.drafts[di].speaker = Speaker::Phrase(p.0, p.1),
                None => {
                    let c = self.drafts[di].content.0;
                    self.drafts[di].content = (c, c);
                }
            }
        }
    }
}
