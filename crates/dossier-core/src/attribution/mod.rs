//! Attribution: who said what, on whose word, with what stance.
//!
//! Word patterns first, then the syntax tree. The cue lexicon (`data/cues/*.tsv`) is compiled
//! into an aho-corasick automaton; every cue occurrence is then read with local patterns around
//! it:
//!
//! 1. quotations are paired over the whole text first ([`quotes`]), across sentences and
//!    paragraphs;
//! 2. "X was quoted by Y as saying …" claims its quote or clause first; speaker labels without
//!    a verb ([`labels`]: transcript turns "PENCE: …", quotations signed "“…” ― Name");
//! 3. each quotation looks for its cue after it (“…,” he said / “…,” said X), before it
//!    (X said: “…”), or inherits the previous speaker when it opens a sentence without a cue;
//! 4. every remaining cue is read as indirect speech: the speaker is the noun phrase in subject
//!    position (before the cue within its clause, or after a post-posed cue "…, said X"), the
//!    content is the clause the cue governs ("X said (on Monday) (that) …") or the clause before
//!    a post-posed cue ("…, X said"); "according to X", "citing X" and "told Y" add relays;
//! 5. with the `Doc` ([`attribute_doc`]), cue predicates the patterns left unread are read on
//!    the tree ([`complements`]): beliefs, intentions and speech verbs with a clausal
//!    complement (`data/cues/complements.tsv`), and — with a learned [`model::CueModel`] passed
//!    in — any other predicate with a subject and a complement the model accepts;
//!    positions on a thing with a noun-phrase argument in any form of the verb
//!    ([`positions`]: "the senator, who endorsed the deal", "voted against the resolution",
//!    "Moscow's support for …"), mode `nominal`;
//! 6. sentences with speakerless markers ("reportedly", "is believed to") give statements with
//!    sourcing `unattributed` — no speaker is ever invented;
//! 7. a parenthetical cue keeps the content's fronted subject ("The museum, Mr. Obama said,
//!    would …");
//! 8. speakers are resolved against the [`ActorLayer`]; a speaker phrase no actor mention covers
//!    still yields a statement, with an `UNKNOWN.<slug>` actor built from the phrase.
//!
//! Stance comes from the cue (denied, declined to comment, asked) and, for plain assertions, from
//! markers in the content (`data/cues/stance.tsv`).

mod appositions;
mod asked;
mod assemble;
mod bare_beliefs;
mod boundaries;
mod complements;
pub mod confidence;
mod counted;
mod cues;
mod direct;
mod existential;
mod frame_edges;
mod frames;
mod hearers;
mod impersonal;
mod indirect;
mod labels;
pub mod lexicon;
pub mod model;
mod negation;
mod nocomment;
mod nominal;
mod noun_subject;
mod outlets;
mod phrase_checks;
mod phrases;
mod positions;
pub mod quotes;
mod rescue;
mod resolve;
mod resolve_people;
mod salience;
mod sourcing;
mod speakers;
mod stance;
mod states;
mod subjects;
mod tokens;
mod unattributed;
mod words;

use crate::actors::{ActorLayer, MentionForm};
use crate::model::{ActorKind, ActorRef, Mode, Sourcing, Stance, Statement};
use crate::text::{Offsets, Sentence};
use cues::*;
use lexicon::{CueClass, Lexicon};
use negation::negated_cue;
use quotes::Quote;
pub(crate) use stance::content_markers;
use stance::*;
use tokens::*;
use words::*;

/// Id of the speaker of a statement that has no source in the text.
pub const UNATTRIBUTED_ID: &str = "UNATTRIBUTED";
/// Prefix of the ids made up for speaker phrases no actor mention covers.
pub const UNKNOWN_PREFIX: &str = "UNKNOWN.";

/// Attribute statements in `text` without syntax: see the module documentation. The pipeline
/// calls [`attribute_doc`], which also reads cue predicates on the tree.
pub fn attribute(
    text: &str,
    sentences: &[Sentence],
    actors: &ActorLayer,
    offsets: &Offsets,
) -> Vec<Statement> {
    let states = crate::lexicon::Lexicon::embedded();
    attribute_with(text, sentences, actors, offsets, None, None, states)
}

/// Attribute statements in `text` with its `Doc` (`sentences` are the Doc's, as
/// [`crate::doc_sentences`] gives them): the word patterns, then cue predicates with clausal
/// complements on the tree ([`complements`]: beliefs, intentions, speech the patterns missed).
/// With a learned [`model::CueModel`], predicates the rules do not know are decided by it.
pub fn attribute_doc(
    text: &str,
    sentences: &[Sentence],
    actors: &ActorLayer,
    offsets: &Offsets,
    doc: &dossier_syntax::Doc,
    model: Option<&model::CueModel>,
) -> Vec<Statement> {
    let states = crate::lexicon::Lexicon::embedded();
    attribute_with(text, sentences, actors, offsets, Some(doc), model, states)
}

/// [`attribute_doc`] with the pipeline's actor lexicon (a `--lexicon` overlay included): its
/// learned cue model, if any, and its state names for an unnamed official described by a
/// state ("a senior Yemeni airport official" speaks for the state the lexicon names).
pub fn attribute_doc_in(
    text: &str,
    sentences: &[Sentence],
    actors: &ActorLayer,
    offsets: &Offsets,
    doc: &dossier_syntax::Doc,
    lexicon: &crate::lexicon::Lexicon,
) -> Vec<Statement> {
    let model = lexicon.attribution_model.as_deref();
    attribute_with(text, sentences, actors, offsets, Some(doc), model, lexicon)
}

fn attribute_with(
    text: &str,
    sentences: &[Sentence],
    actors: &ActorLayer,
    offsets: &Offsets,
    doc: Option<&dossier_syntax::Doc>,
    model: Option<&model::CueModel>,
    states: &crate::lexicon::Lexicon,
) -> Vec<Statement> {
    let mut a = Attributor::new(text, sentences, doc, states);
    a.model = model;
    a.furniture = doc.map_or_else(Vec::new, |d| crate::furniture::body_furniture(text, d));
    a.run();
    let mut statements = a.finish(actors, offsets, states);
    drop_cue_swallowing_speakers(&mut statements);
    // "Got something to say?" under a comments box: a cue whose content is no word at all
    // (the question mark after it) reports nothing.
    statements.retain(|s| s.content.text.chars().any(char::is_alphanumeric));
    statements
}

/// A speaker phrase never contains another statement's cue: in "the ministry rejected reports
/// that …" the noun "reports" is not a second cue whose speaker is "the ministry … rejected".
/// Such statements are dropped and the rest renumbered `s1`, `s2`, … in order.
fn drop_cue_swallowing_speakers(statements: &mut Vec<Statement>) {
    let mut cues: Vec<(usize, usize)> = statements
        .iter()
        .map(|s| (s.cue.start, s.cue.end))
        .collect();
    cues.sort_unstable();
    statements.retain(|s| {
        let Some(m) = &s.speaker.mention else {
            return true;
        };
        // Only the cues starting inside the mention can lie within it.
        let from = cues.partition_point(|&(cs, _)| cs < m.start);
        !cues[from..]
            .iter()
            .take_while(|&&(cs, _)| cs < m.end)
            .any(|&(cs, ce)| (cs, ce) != (s.cue.start, s.cue.end) && ce <= m.end)
    });
    for (i, s) in statements.iter_mut().enumerate() {
        s.id = format!("s{}", i + 1);
    }
}

/// Speaker phrases of `statements` that no actor mention covered (ids `UNKNOWN.*`), for
/// reporting misses to the actor layer.
pub fn unresolved_speakers(statements: &[Statement]) -> Vec<&str> {
    statements
        .iter()
        .filter(|s| s.speaker.id.starts_with(UNKNOWN_PREFIX))
        .filter_map(|s| s.speaker.mention.as_ref().map(|m| m.text.as_str()))
        .collect()
}

// Drafts

#[derive(Debug, Clone, Copy)]
struct Hit {
    s: usize,
    e: usize,
    class: CueClass,
    stance: Stance,
}

#[derive(Debug, Clone)]
enum Speaker {
    None,
    Phrase(usize, usize),
    /// Same speaker as an earlier draft (continuing quote, participle).
    Same(usize),
}

/// A post-posed cue's reading: speaker, boundary token, citing relay, relays.
type PostPosed = (
    (usize, usize),
    usize,
    Option<(usize, usize)>,
    Vec<(usize, usize)>,
);

#[derive(Debug, Clone)]
struct Draft {
    speaker: Speaker,
    cue: (usize, usize),
    mode: Mode,
    stance: Stance,
    content: (usize, usize),
    via: Vec<(usize, usize)>,
    anonymous_hint: bool,
    sentence: usize,
}

impl Draft {
    /// A refusal to comment: the speaker phrase, the refusal's words as cue, the topic refused
    /// (or the cue itself) as content, in sentence `sentence`.
    fn no_comment(
        speaker: (usize, usize),
        cue: (usize, usize),
        content: (usize, usize),
        sentence: usize,
    ) -> Draft {
        Draft {
            speaker: Speaker::Phrase(speaker.0, speaker.1),
            cue,
            mode: Mode::Indirect,
            stance: Stance::NoComment,
            content,
            via: vec![],
            anonymous_hint: false,
            sentence,
        }
    }
}

struct Attributor<'a> {
    text: &'a str,
    /// The syntax, when the caller has it (the pipeline does): read by [`complements`].
    doc: Option<&'a dossier_syntax::Doc>,
    /// The pipeline's actor lexicon (a `--lexicon` overlay included): name particles and the
    /// like are read from it, never from the embedded one.
    actor_lex: &'a crate::lexicon::Lexicon,
    /// The learned cue decision, when the caller passes one.
    model: Option<&'a model::CueModel>,
    sentences: &'a [Sentence],
    quotes: Vec<Quote>,
    quote_used: Vec<bool>,
    hits: Vec<Hit>,
    hit_used: Vec<Option<usize>>,
    /// Byte offset → index into `hits`.
    hit_at: rustc_hash::FxHashMap<usize, usize>,
    drafts: Vec<Draft>,
    /// Index of the drafts: by sentence (in push order) and by content start, with the longest
    /// content pushed so far, so "the statements of this sentence" and "the statements whose
    /// content holds this cue" are found without a scan over all drafts.
    by_sentence: Vec<Vec<usize>>,
    by_start: std::collections::BTreeMap<usize, Vec<usize>>,
    max_content: usize,
    /// Per sentence of `doc`: page furniture ([`crate::furniture::body_furniture`]). No
    /// statement is taken from it, and its speakers never enter the salience history.
    furniture: Vec<bool>,
}

impl<'a> Attributor<'a> {
    fn new(
        text: &'a str,
        sentences: &'a [Sentence],
        doc: Option<&'a dossier_syntax::Doc>,
        actor_lex: &'a crate::lexicon::Lexicon,
    ) -> Self {
        let quotes = quotes::pair_quotes(text);
        let lex = Lexicon::get();
        let mut hits = Vec::new();
        let mut acts = Vec::new();
        for m in lex.cues.find_iter(text) {
            let (s, e) = (m.start(), m.end());
            let before = text[..s].chars().next_back();
            let after = text[e..].chars().next();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '\'' || c == '’')
                || after.is_some_and(|c| c.is_alphanumeric() || c == '-')
            {
                continue;
            }
            if in_quote(&quotes, s) {
                continue;
            }
            let entry = &lex.cue_entries[m.pattern().as_usize()];
            let hit = Hit {
                s,
                e,
                class: entry.class,
                stance: entry.stance,
            };
            if !plausible_cue(text, &hit)
                || doc.is_some_and(|d| {
                    cues::tagged_noun(d, text, &hit)
                        || cues::naming_participle(d, text, &hit)
                        || cues::reduced_passive(d, text, &hit)
                })
            {
                continue;
            }
            // "posted a video", "found the body": an act, no statement of its own; "suspected
            // gang members": an adjective. The hit stays, consumed, so the phrases around it
            // still end at the word.
            acts.push(doc.is_some_and(|d| {
                cues::act_on_object(d, text, &hit)
                    || cues::attributive(d, text, &hit)
                    || states::holds_no_proposition(d, text, &hit)
            }));
            hits.push(hit);
        }
        let nq = quotes.len();
        let hit_at = hits.iter().enumerate().map(|(i, h)| (h.s, i)).collect();
        Attributor {
            text,
            doc,
            actor_lex,
            model: None,
            sentences,
            quotes,
            quote_used: vec![false; nq],
            hits,
            hit_used: acts.iter().map(|&act| act.then_some(usize::MAX)).collect(),
            hit_at,
            drafts: Vec::new(),
            by_sentence: vec![Vec::new(); sentences.len()],
            by_start: std::collections::BTreeMap::new(),
            max_content: 0,
            furniture: Vec::new(),
        }
    }

    fn sentence_of(&self, pos: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.end <= pos);
        self.sentences.get(i).filter(|s| s.start <= pos).map(|_| i)
    }

    /// Indices of the hits starting in `lo..hi` (hits are sorted by start): every scan over
    /// hits is bounded this way, so the work per cue does not grow with the document.
    fn hit_range(&self, lo: usize, hi: usize) -> std::ops::Range<usize> {
        let a = self.hits.partition_point(|h| h.s < lo);
        let b = self.hits.partition_point(|h| h.s < hi).max(a);
        a..b
    }

    /// Index of the hit starting at byte `pos`.
    fn hit_index_at(&self, pos: usize) -> Option<usize> {
        self.hit_at.get(&pos).copied()
    }

    /// Index of the quotation whose opening mark is at byte `pos` (quotes are sorted).
    fn quote_opening_at(&self, pos: usize) -> Option<usize> {
        let i = self.quotes.partition_point(|q| q.open < pos);
        self.quotes.get(i).filter(|q| q.open == pos).map(|_| i)
    }

    /// Index of the quotation whose closing mark ends at byte `pos`.
    fn quote_closing_at(&self, pos: usize) -> Option<usize> {
        let i = self.quotes.partition_point(|q| q.close < pos);
        self.quotes.get(i).filter(|q| q.close == pos).map(|_| i)
    }

    fn is_hit_start(&self, pos: usize) -> bool {
        self.hit_at.contains_key(&pos)
    }

    fn hit_starting(&self, pos: usize) -> Option<&Hit> {
        self.hit_at.get(&pos).map(|&i| &self.hits[i])
    }

    fn push(&mut self, d: Draft, hits: &[usize]) -> usize {
        let idx = self.drafts.len();
        for &h in hits {
            self.hit_used[h] = Some(idx);
        }
        self.add_draft(d)
    }

    /// Every draft goes in through here, so the indexes stay in step with `drafts`. A draft's
    /// content may later shrink at its end (coordinated cues), never move its start.
    fn add_draft(&mut self, d: Draft) -> usize {
        let idx = self.drafts.len();
        if let Some(v) = self.by_sentence.get_mut(d.sentence) {
            v.push(idx);
        }
        self.by_start.entry(d.content.0).or_default().push(idx);
        self.max_content = self
            .max_content
            .max(d.content.1.saturating_sub(d.content.0));
        self.drafts.push(d);
        idx
    }

    /// Drafts of sentence `si`, in push order.
    fn drafts_of(&self, si: usize) -> &[usize] {
        self.by_sentence.get(si).map_or(&[], Vec::as_slice)
    }

    /// Does a draft of sentence `si` have its cue overlapping `s..e`?
    fn cue_overlaps(&self, si: usize, s: usize, e: usize) -> bool {
        self.drafts_of(si).iter().any(|&d| {
            let c = self.drafts[d].cue;
            c.0 < e && s < c.1
        })
    }

    /// Does a draft of sentence `si` have its cue inside `span` (a content would hold another
    /// statement's cue)?
    fn cue_within(&self, si: usize, span: (usize, usize)) -> bool {
        self.drafts_of(si).iter().any(|&d| {
            let c = self.drafts[d].cue;
            span.0 <= c.0 && c.1 <= span.1
        })
    }

    /// Drafts whose content holds `s..e`, ordered by content start, then push order.
    fn drafts_containing(&self, s: usize, e: usize) -> impl Iterator<Item = usize> + '_ {
        let lo = e.saturating_sub(self.max_content);
        let range = if lo <= s { Some(lo..=s) } else { None };
        range
            .into_iter()
            .flat_map(move |r| self.by_start.range(r))
            .flat_map(|(_, v)| v.iter().copied())
            .filter(move |&i| {
                let c = self.drafts[i].content;
                c.0 <= s && e <= c.1
            })
    }

    fn run(&mut self) {
        let refusals = self.no_comment_frames();
        for i in 0..self.hits.len() {
            if self.hits[i].class == CueClass::QuotedBy && self.hit_used[i].is_none() {
                self.quoted_by(i);
            }
        }
        self.labels();
        for qi in 0..self.quotes.len() {
            if !self.quote_used[qi] {
                self.direct_quote(qi);
            }
        }
        // Hits are in text order, so sentence by sentence is hit by hit.
        for i in 0..self.hits.len() {
            if self.hit_used[i].is_none() {
                if let Some(si) = self.sentence_of(self.hits[i].s) {
                    self.indirect(i, si);
                }
            }
        }
        self.push_no_comment(refusals);
        self.complements();
        self.colon_paragraphs();
        if !self.drafts.iter().any(|d| d.sentence == 0) {
            self.headline_colon();
        }
        self.unattributed();
        self.raised();
        self.adjectival();
        self.positions();
        self.parenthetical();
        self.clean_speakers();
        self.drop_refuted();
        self.nominal_contents();
        self.drop_unquoted();
        self.drop_bare_beliefs();
        self.cut_at_other_frames();
        self.cut_at_coordinated_predicates();
        self.cut_at_noun_subject_verb();
    }
}

/// Attribute statements in `text` as given (no normalisation, so offsets stay those of the
/// input): sentences, actor layer and attribution in one call. For evaluations over corpora
/// whose annotations point into the raw text.
pub fn attribute_text(text: &str) -> Vec<Statement> {
    attribute_text_with(text, None)
}

/// [`attribute_text`] with a learned cue model.
pub fn attribute_text_with(text: &str, model: Option<&model::CueModel>) -> Vec<Statement> {
    let offsets = Offsets::new(text);
    let doc = dossier_syntax::parse(text);
    let sentences = crate::doc_sentences(text, &doc);
    let actors = ActorLayer::recognise(text, &sentences, crate::lexicon::Lexicon::embedded());
    attribute_doc(text, &sentences, &actors, &offsets, &doc, model)
}
