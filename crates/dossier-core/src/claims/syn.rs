//! The document as the proposition reader sees it: the Doc's tokens with their code-point spans
//! and the actor each one refers to (through the actor layer and coreference), so that every
//! participant of a proposition meets the actors in one place ([`resolve_mention`]).

use crate::model::{ActorRef, Extraction, Span};
use crate::text::Offsets;
use dossier_syntax::{Doc, Upos};

/// The document's syntax with token ↔ actor lookups, in code points.
pub struct Syn<'a> {
    pub text: &'a str,
    pub doc: &'a Doc,
    /// Code-point span of each token.
    chars: Vec<(usize, usize)>,
    /// The actor (index into `x.actors`) whose mention covers each token.
    pub(super) actor_at: Vec<Option<usize>>,
    /// Head tokens of descriptions resolved by coreference (`crate::coref`: "the militant
    /// group" → the group named before; a lede's "an American journalist" → the person named
    /// after it), with the antecedent's words and where they stand: `actor_at` holds their
    /// actor, and a participant read from them says so in its note.
    pub(super) coref: Vec<(usize, String)>,
    /// The text's quotations (attribution's pairing), paired on first use.
    quotes: std::cell::OnceCell<Vec<crate::attribution::quotes::Quote>>,
    /// The actor lexicon the pipeline was given (`--lexicon` overlays included).
    pub(super) lexicon: &'a crate::lexicon::Lexicon,
}

impl<'a> Syn<'a> {
    /// `None` when the Doc carries no parse (every tag `X`: the placeholder parser), so callers
    /// fall back to the word-order stages alone.
    pub fn new(x: &Extraction, text: &'a str, doc: &'a Doc) -> Option<Syn<'a>> {
        Syn::with_coref(x, text, doc, &[], crate::lexicon::Lexicon::embedded())
    }

    /// As [`Syn::new`], with descriptions resolved by coreference: (head token, actor id,
    /// antecedent words) — see [`crate::coref`] —, and the actor lexicon the pipeline was given.
    pub fn with_coref(
        x: &Extraction,
        text: &'a str,
        doc: &'a Doc,
        coref: &[CorefLinkRef],
        lexicon: &'a crate::lexicon::Lexicon,
    ) -> Option<Syn<'a>> {
        if !doc.tokens.iter().any(|t| t.upos != Upos::X) {
            return None;
        }
        let offsets = Offsets::new(text);
        let chars: Vec<(usize, usize)> = doc
            .tokens
            .iter()
            .map(|t| {
                (
                    offsets.char_offset(t.start as usize),
                    offsets.char_offset(t.end as usize),
                )
            })
            .collect();
        let mut actor_at = vec![None; chars.len()];
        for (ai, a) in x.actors.iter().enumerate() {
            for m in &a.mentions {
                let first = chars.partition_point(|&(_, e)| e <= m.start);
                for (j, &(s, e)) in chars.iter().enumerate().skip(first) {
                    if s >= m.end {
                        break;
                    }
                    if s >= m.start && e <= m.end && actor_at[j].is_none() {
                        actor_at[j] = Some(ai);
                    }
                }
            }
        }
        let mut resolved = Vec::new();
        for l in coref {
            let Some(slot) = actor_at.get_mut(l.token) else {
                continue;
            };
            if slot.is_some() {
                continue;
            }
            if let Some(ai) = x.actors.iter().position(|a| a.id == l.actor_id) {
                *slot = Some(ai);
                resolved.push((l.token, format!("\"{}\" before", l.antecedent)));
            }
        }
        resolved.sort_unstable();
        Some(Syn {
            text,
            doc,
            chars,
            actor_at,
            coref: resolved,
            quotes: std::cell::OnceCell::new(),
            lexicon,
        })
    }

    /// Is token `i` inside a quotation's words?
    pub(super) fn quoted(&self, i: usize) -> bool {
        let q = self
            .quotes
            .get_or_init(|| crate::attribution::quotes::pair_quotes(self.text));
        crate::attribution::quotes::inside(q, self.doc.tokens[i].start as usize)
    }

    /// Lede descriptions the next sentences name ("An American journalist … James Wright Foley
    /// went missing", `cataphora.rs`): their tokens are the named person's.
    /// Returns the (description, named person) actor index pairs.
    pub(super) fn name_lede_descriptions(
        &mut self,
        x: &Extraction,
        lex: &super::ClaimLexicon,
    ) -> Vec<(usize, usize)> {
        let named = super::cataphora::lede_descriptions(self, x, lex);
        let pairs = named.iter().map(|n| (n.from, n.to)).collect();
        for n in named {
            for j in 0..self.actor_at.len() {
                if self.actor_at[j] == Some(n.from) {
                    self.actor_at[j] = Some(n.to);
                    self.coref
                        .push((j, format!("\"{}\" named after it", n.words)));
                }
            }
        }
        self.coref.sort_unstable();
        pairs
    }

    /// Tokens lying inside the code-point span `[start, end)`.
    pub fn tokens_in(&self, start: usize, end: usize) -> std::ops::Range<usize> {
        let lo = self.chars.partition_point(|&(s, _)| s < start);
        let hi = self.chars.partition_point(|&(_, e)| e <= end);
        lo..hi.max(lo)
    }

    /// The sentence holding the token at or after code point `at` (the last sentence past the
    /// text's end).
    pub(super) fn sentence_at(&self, at: usize) -> usize {
        let i = self.chars.partition_point(|&(_, e)| e <= at);
        self.doc
            .sentence_of(i.min(self.doc.tokens.len().saturating_sub(1)))
    }

    /// The code-point span of tokens `r`, with its text.
    pub fn span(&self, r: std::ops::Range<usize>) -> Span {
        let (s, e) = (self.chars[r.start].0, self.chars[r.end - 1].1);
        let (bs, be) = (
            self.doc.tokens[r.start].start as usize,
            self.doc.tokens[r.end - 1].end as usize,
        );
        Span {
            start: s,
            end: e,
            text: self.text[bs..be].to_string(),
        }
    }

    pub(super) fn words(&self, r: std::ops::Range<usize>) -> String {
        self.span(r).text
    }

    pub(super) fn lemma(&self, i: usize) -> String {
        let t = &self.doc.tokens[i];
        if t.lemma.is_empty() {
            self.doc.form(self.text, i).to_lowercase()
        } else {
            t.lemma.to_lowercase()
        }
    }

    /// The lemma of token `i` (lower case), for callers outside this module.
    pub(crate) fn lemma_of(&self, i: usize) -> String {
        self.lemma(i)
    }

    pub(super) fn lower(&self, i: usize) -> String {
        self.doc.form(self.text, i).to_lowercase()
    }

    /// The token of predicate word `verb` (last word of an event's trigger) inside `evidence`.
    pub fn token_of(&self, evidence: &Span, verb: &str) -> Option<usize> {
        let last = verb.split_whitespace().last()?.to_lowercase();
        self.tokens_in(evidence.start, evidence.end)
            .find(|&i| self.lower(i) == last)
    }

    /// The actor `ai` as a participant read at token `i`, its mention the whole run of tokens
    /// of that actor around `i` ("Gill Rosenberg", "Kim Jong-un"), never the one token the
    /// tree made the head.
    pub(super) fn actor_ref(&self, x: &Extraction, i: usize, ai: usize) -> ActorRef {
        let a = &x.actors[ai];
        let same = |j: usize| self.actor_at.get(j).copied().flatten() == Some(ai);
        let mut lo = i;
        while lo > 0 && same(lo - 1) {
            lo -= 1;
        }
        let mut hi = i + 1;
        while hi < self.chars.len() && same(hi) {
            hi += 1;
        }
        let r = if same(i) { lo..hi } else { self.name_run(i) };
        ActorRef {
            id: a.id.clone(),
            name: a.name.clone(),
            mention: Some(self.span(r)),
        }
    }

    /// The name written around token `i`: the proper nouns joined to it by `flat`/`compound`
    /// or written without a space ("Kim Jong-un" tokenised "Kim", "Jong", "-", "un"), as one
    /// contiguous run inside the sentence. A token that is no proper noun is its own run.
    pub(super) fn name_run(&self, i: usize) -> std::ops::Range<usize> {
        use dossier_syntax::Rel;
        let doc = self.doc;
        if doc.tokens[i].upos != Upos::Propn {
            return i..i + 1;
        }
        let sentence = doc.sentence_of(i);
        let joined = |a: usize, b: usize| {
            // b follows a: glued (no space), or a proper noun of the same name.
            doc.sentence_of(b) == sentence
                && (doc.tokens[a].end == doc.tokens[b].start
                    && [a, b]
                        .iter()
                        .all(|&t| doc.tokens[t].upos != Upos::Punct || self.lower(t) == "-")
                    && doc.tokens[b].upos != Upos::Part
                    || doc.tokens[b].upos == Upos::Propn
                        && doc.tokens[a].upos == Upos::Propn
                        && (doc.head(a) == Some(b)
                            || doc.head(b) == Some(a)
                            || doc.head(a).is_some() && doc.head(a) == doc.head(b))
                        && [a, b]
                            .iter()
                            .any(|&t| matches!(doc.tokens[t].rel, Rel::Flat | Rel::Compound)))
        };
        let mut lo = i;
        while lo > 0 && joined(lo - 1, lo) {
            lo -= 1;
        }
        let mut hi = i + 1;
        while hi < doc.tokens.len() && joined(hi - 1, hi) {
            hi += 1;
        }
        lo..hi
    }
}

/// The actor token `i` refers to: the one place where a proposition's participants meet the
/// actor layer. Today that is the layer's own mentions (names, metonyms, and the pronouns and
/// descriptions it resolves: "he", "the ISIS leader"); a coreference step over the Doc
/// (descriptions such as "the Caliph" or "an American journalist" → their antecedent) slots in
/// here, and every subject, target and giver read by [`read`] goes through it.
pub(crate) fn resolve_mention(syn: &Syn, x: &Extraction, i: usize) -> Option<ActorRef> {
    syn.actor_at[i].map(|ai| syn.actor_ref(x, i, ai))
}

/// A description resolved by coreference, as the claims stage takes it: the description's head
/// token, the antecedent's actor id and the antecedent's words as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CorefLinkRef {
    pub token: usize,
    pub actor_id: String,
    pub antecedent: String,
}
