//! The `Doc`: tokens, sentences, tags, lemmas, features and the dependency tree of one text.
//!
//! Spans are **byte** offsets into the text the `Doc` was built from (the normalised document
//! text), as everywhere inside dossier; [`Doc::char_span`] gives the code-point span of the
//! output contract. Token indices are `u32` positions in [`Doc::tokens`] (document-wide, not
//! per sentence); a head is always inside the token's own sentence.

use serde::{Deserialize, Serialize};

/// Universal part-of-speech tags (UD v2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[repr(u8)]
pub enum Upos {
    Adj,
    Adp,
    Adv,
    Aux,
    Cconj,
    Det,
    Intj,
    Noun,
    Num,
    Part,
    Pron,
    Propn,
    Punct,
    Sconj,
    Sym,
    Verb,
    X,
}

impl Upos {
    pub const ALL: [Upos; 17] = [
        Upos::Adj,
        Upos::Adp,
        Upos::Adv,
        Upos::Aux,
        Upos::Cconj,
        Upos::Det,
        Upos::Intj,
        Upos::Noun,
        Upos::Num,
        Upos::Part,
        Upos::Pron,
        Upos::Propn,
        Upos::Punct,
        Upos::Sconj,
        Upos::Sym,
        Upos::Verb,
        Upos::X,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Upos::Adj => "ADJ",
            Upos::Adp => "ADP",
            Upos::Adv => "ADV",
            Upos::Aux => "AUX",
            Upos::Cconj => "CCONJ",
            Upos::Det => "DET",
            Upos::Intj => "INTJ",
            Upos::Noun => "NOUN",
            Upos::Num => "NUM",
            Upos::Part => "PART",
            Upos::Pron => "PRON",
            Upos::Propn => "PROPN",
            Upos::Punct => "PUNCT",
            Upos::Sconj => "SCONJ",
            Upos::Sym => "SYM",
            Upos::Verb => "VERB",
            Upos::X => "X",
        }
    }

    pub fn parse(s: &str) -> Option<Upos> {
        Upos::ALL.iter().copied().find(|u| u.as_str() == s)
    }

    /// Nouns, proper nouns and pronouns: what can fill an argument slot.
    pub fn is_nominal(self) -> bool {
        matches!(self, Upos::Noun | Upos::Propn | Upos::Pron | Upos::Num)
    }
}

macro_rules! relations {
    ($($variant:ident => $name:literal,)*) => {
        /// Universal Dependencies relations, with the English subtypes found in EWT and GUM.
        /// Anything else read from a treebank maps to [`Rel::Dep`].
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[repr(u8)]
        pub enum Rel { $($variant,)* }

        impl Rel {
            pub const ALL: &'static [Rel] = &[$(Rel::$variant,)*];

            pub fn as_str(self) -> &'static str {
                match self { $(Rel::$variant => $name,)* }
            }

            /// The relation named `s` (full label with subtype); unknown labels are `Dep`.
            pub fn parse(s: &str) -> Rel {
                match s { $($name => Rel::$variant,)* _ => Rel::Dep }
            }
        }
    };
}

relations! {
    Acl => "acl",
    AclRelcl => "acl:relcl",
    Advcl => "advcl",
    AdvclRelcl => "advcl:relcl",
    Advmod => "advmod",
    Amod => "amod",
    Appos => "appos",
    Aux => "aux",
    AuxPass => "aux:pass",
    Case => "case",
    Cc => "cc",
    CcPreconj => "cc:preconj",
    Ccomp => "ccomp",
    Compound => "compound",
    CompoundPrt => "compound:prt",
    Conj => "conj",
    Cop => "cop",
    Csubj => "csubj",
    CsubjOuter => "csubj:outer",
    CsubjPass => "csubj:pass",
    Dep => "dep",
    Det => "det",
    DetPredet => "det:predet",
    Discourse => "discourse",
    Dislocated => "dislocated",
    Expl => "expl",
    Fixed => "fixed",
    Flat => "flat",
    Goeswith => "goeswith",
    Iobj => "iobj",
    List => "list",
    Mark => "mark",
    Nmod => "nmod",
    NmodDesc => "nmod:desc",
    NmodPoss => "nmod:poss",
    NmodUnmarked => "nmod:unmarked",
    Nsubj => "nsubj",
    NsubjOuter => "nsubj:outer",
    NsubjPass => "nsubj:pass",
    Nummod => "nummod",
    Obj => "obj",
    Obl => "obl",
    OblAgent => "obl:agent",
    OblUnmarked => "obl:unmarked",
    Orphan => "orphan",
    Parataxis => "parataxis",
    Punct => "punct",
    Reparandum => "reparandum",
    Root => "root",
    Vocative => "vocative",
    Xcomp => "xcomp",
}

impl Rel {
    /// The universal part of the label ("nsubj:pass" → "nsubj").
    pub fn universal(self) -> &'static str {
        let s = self.as_str();
        s.split(':').next().unwrap_or(s)
    }

    /// Subjects of any kind (nsubj, nsubj:pass, csubj…).
    pub fn is_subject(self) -> bool {
        matches!(
            self,
            Rel::Nsubj
                | Rel::NsubjPass
                | Rel::NsubjOuter
                | Rel::Csubj
                | Rel::CsubjPass
                | Rel::CsubjOuter
        )
    }
}

/// Marker for "no head": the root of a sentence.
pub const NO_HEAD: u32 = u32::MAX;

/// A string from a small closed set — a Penn Treebank tag, a FEATS value — interned once per
/// process, so a token holds a pointer to it instead of an allocated copy. Reads as a `&str`
/// (`Deref`, `as_str`, `==` with strings, `Display`); serialised as the string.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Atom(&'static str);

impl Atom {
    /// The interned copy of `s`. Each distinct string is stored once for the life of the
    /// process: meant for tag sets and feature values (the model's, a treebank's), not for
    /// open-ended text.
    pub fn new(s: &str) -> Atom {
        use std::collections::HashSet;
        use std::sync::{Mutex, OnceLock};
        static SET: OnceLock<Mutex<HashSet<&'static str>>> = OnceLock::new();
        let set = SET.get_or_init(Default::default);
        // A poisoned lock only means another thread panicked while inserting; the set is
        // still a valid set of leaked strings.
        let mut set = set.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(&k) = set.get(s) {
            return Atom(k);
        }
        let k: &'static str = Box::leak(s.to_owned().into_boxed_str());
        set.insert(k);
        Atom(k)
    }

    pub fn as_str(&self) -> &'static str {
        self.0
    }
}

impl std::ops::Deref for Atom {
    type Target = str;
    fn deref(&self) -> &str {
        self.0
    }
}

impl AsRef<str> for Atom {
    fn as_ref(&self) -> &str {
        self.0
    }
}

impl std::fmt::Display for Atom {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

impl std::fmt::Debug for Atom {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.0, f)
    }
}

impl PartialEq<str> for Atom {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for Atom {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl PartialEq<String> for Atom {
    fn eq(&self, other: &String) -> bool {
        self.0 == other.as_str()
    }
}

impl PartialEq<Atom> for &str {
    fn eq(&self, other: &Atom) -> bool {
        *self == other.0
    }
}

impl PartialEq<Atom> for str {
    fn eq(&self, other: &Atom) -> bool {
        self == other.0
    }
}

impl From<&str> for Atom {
    fn from(s: &str) -> Atom {
        Atom::new(s)
    }
}

impl Serialize for Atom {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.0)
    }
}

impl<'de> Deserialize<'de> for Atom {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Atom, D::Error> {
        let s = std::borrow::Cow::<'de, str>::deserialize(d)?;
        Ok(Atom::new(&s))
    }
}

/// One syntactic word. In UD terms a *word*: "don't" is two tokens, "do" and "n't", each a
/// substring of the text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Token {
    /// Byte offsets into the text.
    pub start: u32,
    pub end: u32,
    pub upos: Upos,
    /// Penn Treebank tag ("NNP", "VBD", …).
    pub xpos: Atom,
    pub lemma: String,
    /// UD morphological features as in CoNLL-U ("Number=Sing|Person=3"), "" when none.
    pub feats: Atom,
    /// Index of the head token in [`Doc::tokens`], or [`NO_HEAD`] for a sentence root.
    pub head: u32,
    pub rel: Rel,
}

/// One sentence: a contiguous range of tokens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    /// Byte offsets into the text (first token's start, last token's end).
    pub start: u32,
    pub end: u32,
    /// Token index range `[first, last)` in [`Doc::tokens`].
    pub first: u32,
    pub last: u32,
}

impl Sentence {
    pub fn tokens(&self) -> std::ops::Range<usize> {
        self.first as usize..self.last as usize
    }
}

/// The analysis of one text.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Doc {
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
}

impl Doc {
    /// The surface form of token `i` in `text` (the text this `Doc` was built from).
    pub fn form<'t>(&self, text: &'t str, i: usize) -> &'t str {
        let t = &self.tokens[i];
        &text[t.start as usize..t.end as usize]
    }

    /// Index of the token that starts at byte `pos`, if one does.
    pub fn token_starting_at(&self, pos: usize) -> Option<usize> {
        let i = self.tokens.partition_point(|t| (t.start as usize) < pos);
        self.tokens
            .get(i)
            .filter(|t| t.start as usize == pos)
            .map(|_| i)
    }

    /// Index of the token that ends at byte `pos`, if one does.
    pub fn token_ending_at(&self, pos: usize) -> Option<usize> {
        let i = self.tokens.partition_point(|t| (t.end as usize) < pos);
        self.tokens
            .get(i)
            .filter(|t| t.end as usize == pos)
            .map(|_| i)
    }

    /// Index of the sentence holding token `i`.
    pub fn sentence_of(&self, i: usize) -> usize {
        self.sentences
            .partition_point(|s| (s.last as usize) <= i)
            .min(self.sentences.len().saturating_sub(1))
    }

    /// The tokens lying wholly inside byte span `start..end`, in text order.
    pub fn tokens_within(&self, start: usize, end: usize) -> std::ops::Range<usize> {
        let lo = self.tokens.partition_point(|t| (t.start as usize) < start);
        let hi = lo + self.tokens[lo..].partition_point(|t| (t.end as usize) <= end);
        lo..hi
    }

    /// The head of the phrase made of tokens `r`: its first token whose head lies outside it
    /// (or that is a root); `None` for an empty range.
    pub fn range_head(&self, r: std::ops::Range<usize>) -> Option<usize> {
        r.clone()
            .find(|&i| self.head(i).is_none_or(|h| !r.contains(&h)))
    }

    /// Head of token `i`, `None` for a root.
    pub fn head(&self, i: usize) -> Option<usize> {
        match self.tokens[i].head {
            NO_HEAD => None,
            h => Some(h as usize),
        }
    }

    /// Dependents of token `i`, in text order.
    pub fn children(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        let s = self.sentences[self.sentence_of(i)];
        s.tokens()
            .filter(move |&j| self.tokens[j].head as usize == i)
    }

    /// Dependents of token `i` attached with relation `rel`.
    pub fn children_with(&self, i: usize, rel: Rel) -> impl Iterator<Item = usize> + '_ {
        self.children(i).filter(move |&j| self.tokens[j].rel == rel)
    }

    /// The token range `[first, last)` covered by the subtree of `i` (its yield). UD trees of
    /// English are nearly projective; for a non-projective subtree this is the hull.
    pub fn subtree(&self, i: usize) -> std::ops::Range<usize> {
        let s = self.sentences[self.sentence_of(i)];
        let (mut lo, mut hi) = (i, i);
        for j in s.tokens() {
            if (j < lo || j > hi) && self.dominates(i, j) {
                lo = lo.min(j);
                hi = hi.max(j);
            }
        }
        lo..hi + 1
    }

    /// Whether `a` is `b` or an ancestor of `b`.
    pub fn dominates(&self, a: usize, b: usize) -> bool {
        let mut k = b;
        // A well-formed tree reaches the root in fewer steps than it has tokens; the bound keeps
        // a malformed one from looping.
        for _ in 0..=self.tokens.len() {
            if k == a {
                return true;
            }
            match self.head(k) {
                Some(h) => k = h,
                None => return false,
            }
        }
        false
    }

    /// The first word of the name that word `i` is part of: up its `flat` words and the proper
    /// nouns it is a compound of ("al-*Baghdadi*" → "Abu"); `i` itself when it is no part of
    /// a longer name.
    pub fn name_head(&self, i: usize) -> usize {
        let mut k = i;
        for _ in 0..self.tokens.len() {
            let t = &self.tokens[k];
            let Some(h) = self.head(k) else { break };
            let name_part = t.rel == Rel::Flat
                || (t.rel == Rel::Compound
                    && t.upos == Upos::Propn
                    && self.tokens[h].upos == Upos::Propn)
                || (t.rel == Rel::Punct && t.xpos == "HYPH" && self.tokens[h].rel == Rel::Flat);
            if !name_part {
                break;
            }
            k = h;
        }
        k
    }

    /// The tokens of the name phrase word `word` is part of (headed by its [`Doc::name_head`]),
    /// as a contiguous range: the name (its
    /// `flat` and `compound` words) and the titles that describe it (`nmod:desc`: "*Iraqi Prime
    /// Minister* Haider al-Abadi", "*NASA spokesman* Allard Beutel", "*Syria's President*
    /// Bashar al-Assad") with their own modifiers (compounds, adjectives, determiners,
    /// possessors, "of State"), and the name's own words before it ("*the late* Nelson
    /// Mandela"), but no clause, apposition, conjunct or comma hung on them. A word that is no
    /// name gives its compound and flat words only ("peace talks").
    pub fn name_phrase(&self, word: usize) -> std::ops::Range<usize> {
        let head = self.name_head(word);
        let (mut lo, mut hi) = (head, head);
        let proper = self.tokens[head].upos == Upos::Propn;
        let mut stack = vec![(head, false)];
        while let Some((i, in_title)) = stack.pop() {
            for c in self.children(i) {
                let t = &self.tokens[c];
                let keep = match t.rel {
                    Rel::Flat | Rel::Compound | Rel::NmodDesc => true,
                    // "the late Nelson Mandela", "former Prime Minister …" (kept on the name
                    // when the parse put it there).
                    Rel::Amod | Rel::Det | Rel::DetPredet | Rel::NmodPoss | Rel::Nummod => {
                        in_title || (i == head && c < head && proper)
                    }
                    // "Syria 's", "Secretary of State".
                    Rel::Case | Rel::Fixed | Rel::Nmod => in_title,
                    Rel::Punct => t.xpos == "HYPH" || t.xpos == "POS",
                    _ => false,
                };
                if !keep {
                    continue;
                }
                lo = lo.min(c);
                hi = hi.max(c);
                stack.push((c, in_title || t.rel == Rel::NmodDesc));
            }
        }
        lo..hi + 1
    }

    /// The root token of sentence `s`.
    pub fn root(&self, s: usize) -> Option<usize> {
        self.sentences[s]
            .tokens()
            .find(|&j| self.tokens[j].head == NO_HEAD)
    }

    /// Code-point span of token `i` in `text`.
    pub fn char_span(&self, text: &str, i: usize) -> (usize, usize) {
        let t = &self.tokens[i];
        let start = text[..t.start as usize].chars().count();
        let len = text[t.start as usize..t.end as usize].chars().count();
        (start, start + len)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn tokens_are_found_by_the_byte_they_start_or_end_at() {
        let text = "Iran's envoy said talks resumed.";
        let doc = crate::parse(text);
        let envoy = text.find("envoy").unwrap();
        let i = doc
            .token_starting_at(envoy)
            .expect("a token starts at 'envoy'");
        assert_eq!(doc.form(text, i), "envoy");
        assert_eq!(doc.token_ending_at(envoy + "envoy".len()), Some(i));
        // Inside a word no token starts or ends; at the space before it the previous one ends.
        assert_eq!(doc.token_starting_at(envoy + 1), None);
        assert_eq!(doc.token_ending_at(envoy + 2), None);
        assert_eq!(doc.token_ending_at(envoy - 1), Some(i - 1));
        assert_eq!(doc.token_starting_at(text.len() + 5), None);
    }

    #[test]
    fn tags_and_feats_are_shared_atoms_that_read_as_strings() {
        use super::Atom;
        let doc = crate::parse("Officials said the ministers were meeting in Ankara.");
        let said = &doc.tokens[1];
        assert_eq!(said.xpos, "VBD");
        assert!(said.xpos.starts_with("VB"));
        assert_eq!(format!("{}", said.xpos), "VBD");
        // One copy per distinct string: a second document's "VBD" is the same pointer.
        let again = crate::parse("The envoy said talks resumed.");
        assert!(std::ptr::eq(
            again.tokens[2].xpos.as_str(),
            said.xpos.as_str()
        ));
        assert!(std::ptr::eq(Atom::new("VBD").as_str(), said.xpos.as_str()));
        assert_eq!(doc.tokens[0].feats, "Number=Plur");
        // Serialised as plain strings, read back to the same atoms.
        let json = serde_json::to_string(&doc).unwrap();
        assert!(json.contains("\"xpos\":\"VBD\""));
        let back: crate::Doc = serde_json::from_str(&json).unwrap();
        assert_eq!(back, doc);
    }

    /// The words of the name phrase headed by the token starting with `name`.
    fn phrase_of(text: &str, name: &str) -> String {
        let doc = crate::parse(text);
        let h = doc.token_starting_at(text.find(name).unwrap()).unwrap();
        let r = doc.name_phrase(h);
        text[doc.tokens[r.start].start as usize..doc.tokens[r.end - 1].end as usize].to_string()
    }

    #[test]
    fn a_name_phrase_holds_the_title_that_describes_the_name() {
        assert_eq!(
            phrase_of(
                "Former Iraqi Prime Minister Nouri al-Maliki accused Saudi Arabia of arming the rebels.",
                "Nouri"
            ),
            "Former Iraqi Prime Minister Nouri al-Maliki"
        );
        assert_eq!(
            phrase_of(
                "Pentagon press secretary John Kirby said the strikes hit a convoy.",
                "John"
            ),
            "Pentagon press secretary John Kirby"
        );
        assert_eq!(
            phrase_of(
                "Syria's President Bashar al-Assad rejected the proposal on Tuesday.",
                "Bashar"
            ),
            "Syria's President Bashar al-Assad"
        );
        // From any word of the name.
        assert_eq!(
            phrase_of(
                "Former Iraqi Prime Minister Nouri al-Maliki accused Saudi Arabia of arming the rebels.",
                "Maliki"
            ),
            "Former Iraqi Prime Minister Nouri al-Maliki"
        );
        // A relative clause or an apposition after the name is no part of it.
        assert_eq!(
            phrase_of(
                "Rebel commander Ahmed Jarba, who fled to Turkey, said the town had fallen.",
                "Ahmed"
            ),
            "Rebel commander Ahmed Jarba"
        );
        // A common noun keeps only its compounds: no determiner, no adjective.
        assert_eq!(
            phrase_of("The stalled peace talks resumed in Geneva.", "talks"),
            "peace talks"
        );
    }
}
