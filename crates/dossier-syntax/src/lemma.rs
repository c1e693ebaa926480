//! Lemmatiser: (form, UPOS, XPOS) → lemma, learned from a treebank.
//!
//! Learned per tag (the XPOS, or the UPOS when the XPOS was not seen in training):
//! - a **case rule**: whether lemmas of this tag are lower-cased forms ("The" → "the") or keep
//!   the form's case (proper nouns: "Bush" → "Bush"), chosen by majority over forms with capitals;
//! - **suffix edit rules**: for each form suffix of up to [`MAX_SUFFIX`] characters, the most
//!   frequent edit (remove *n* final characters, append a string: "studies" → -3 +"y"); at
//!   prediction the longest known suffix wins. A rule that predicts the same edit as its nearest
//!   shorter suffix is dropped (it changes nothing);
//! - an **exceptions table**: training (tag, form) pairs whose most frequent lemma the rules do
//!   not give ("was" → "be", "better" → "good", "n't" → "not");
//! - **alternative edits** (format 2): for suffixes of up to [`ALT_SUFFIX`] characters, the
//!   other edits seen with at least [`ALT_MIN`] tokens, most frequent first;
//! - a **vocabulary** (format 2): the verb and common-noun lemmas seen in training, lower-cased.
//!   It only decides between answers for a verb or common noun whose longest-rule answer is no
//!   known lemma of its UPOS ("raided" → "raide", "looted" → "loote", "lied" → "ly"). The
//!   lemmatiser then takes the first known lemma among: the UPOS-wide table's answer ("fed" is
//!   a VBN exception, read for VBD too; at most one character longer than the form), the
//!   shorter suffix rules' answers and the alternatives ("-ed" → "raid"; never longer than the
//!   form: "shun" is not "shunt"); else the longest rule's answer stands. A format-1
//!   lemmatiser (no vocabulary) answers as before.
//!
//! Deterministic: ties go to the most frequent, then the smallest edit; [`Lemmatizer::to_bytes`]
//! writes every table sorted.

use crate::doc::Upos;
use rustc_hash::{FxHashMap, FxHashSet};
use std::collections::BTreeMap;
use std::sync::Arc;

/// Longest suffix, in characters, a rule is keyed on.
pub const MAX_SUFFIX: usize = 7;
/// Longest suffix, in characters, whose alternative edits are kept.
const ALT_SUFFIX: usize = 3;
/// Fewest tokens an alternative edit must have been seen with.
const ALT_MIN: usize = 2;

/// An edit from a (case-normalised) form to its lemma.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
struct Edit {
    /// Characters removed from the end.
    strip: u8,
    append: String,
}

impl Edit {
    fn between(form: &str, lemma: &str) -> Option<Edit> {
        let common = form
            .chars()
            .zip(lemma.chars())
            .take_while(|(a, b)| a == b)
            .count();
        let strip = form.chars().count() - common;
        let append: String = lemma.chars().skip(common).collect();
        u8::try_from(strip).ok().map(|strip| Edit { strip, append })
    }

    fn apply(&self, form: &str) -> Option<String> {
        let n = form.chars().count();
        let strip = self.strip as usize;
        if strip > n || strip == n && self.append.is_empty() {
            return None;
        }
        let cut = form
            .char_indices()
            .nth(n - strip)
            .map_or(form.len(), |(k, _)| k);
        let mut out = String::with_capacity(cut + self.append.len());
        out.push_str(&form[..cut]);
        out.push_str(&self.append);
        Some(out)
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
struct TagModel {
    lowercase: bool,
    exceptions: FxHashMap<String, String>,
    /// Suffix → edit.
    rules: FxHashMap<String, Edit>,
    /// Short suffix (up to [`ALT_SUFFIX`] characters) → the other edits seen for it, most
    /// frequent first: what the vocabulary may choose from when the rules' answers are unknown
    /// (format 2 only).
    alternatives: FxHashMap<String, Vec<Edit>>,
}

impl TagModel {
    fn normalise<'a>(&self, form: &'a str) -> std::borrow::Cow<'a, str> {
        if self.lowercase && form.chars().any(char::is_uppercase) {
            form.to_lowercase().into()
        } else {
            form.into()
        }
    }

    /// The answers of the suffix rules that match `norm`, longest suffix first.
    fn rule_answers<'n>(&'n self, norm: &'n str) -> impl Iterator<Item = String> + 'n {
        // Byte offsets of the last MAX_SUFFIX character starts, longest suffix first.
        let mut starts = [0usize; MAX_SUFFIX];
        let mut k = 0;
        for (at, _) in norm.char_indices().rev().take(MAX_SUFFIX) {
            starts[k] = at;
            k += 1;
        }
        starts
            .into_iter()
            .take(k)
            .rev()
            .map(move |at| &norm[at..])
            .chain(std::iter::once(""))
            .filter_map(move |suffix| self.rules.get(suffix)?.apply(norm))
    }

    /// The answers of the alternative edits of `norm`'s short suffixes, longest suffix first.
    fn alternative_answers<'n>(&'n self, norm: &'n str) -> impl Iterator<Item = String> + 'n {
        let starts: Vec<usize> = norm
            .char_indices()
            .rev()
            .take(ALT_SUFFIX)
            .map(|(at, _)| at)
            .collect();
        starts
            .into_iter()
            .rev()
            .filter_map(move |at| self.alternatives.get(&norm[at..]))
            .flatten()
            .filter_map(move |e| e.apply(norm))
    }

    fn by_rules(&self, norm: &str) -> String {
        self.rule_answers(norm)
            .next()
            .unwrap_or_else(|| norm.to_string())
    }

    fn lemma(&self, form: &str, vocab: Option<Vocab<'_>>) -> String {
        let norm = self.normalise(form);
        if let Some(l) = self.exceptions.get(norm.as_ref()) {
            return l.clone();
        }
        let mut answers = self.rule_answers(&norm);
        let first = answers.next().unwrap_or_else(|| norm.to_string());
        let Some(v) = vocab.filter(|v| !v.known.is_empty() && !v.knows(&first)) else {
            return first;
        };
        let n = norm.chars().count();
        // The UPOS-wide table pools the forms of every tag of this UPOS ("fed" → "feed").
        let sibling = v
            .upos_model
            .map(|m| {
                m.exceptions
                    .get(norm.as_ref())
                    .cloned()
                    .unwrap_or_else(|| m.by_rules(&norm))
            })
            .filter(|l| l.chars().count() <= n + 1 && v.knows(l));
        // A rule's other answer is never longer than the form ("shun" is not "shunt").
        let fits = |a: &String| a.chars().count() <= n && v.knows(a);
        sibling
            .or_else(|| answers.find(fits))
            .or_else(|| self.alternative_answers(&norm).find(fits))
            .unwrap_or(first)
    }
}

/// What decides between the suffix rules' answers for a verb or common noun (see the module
/// documentation): the lemmas known for its UPOS and the UPOS-wide table.
#[derive(Debug, Clone, Copy)]
struct Vocab<'a> {
    known: &'a FxHashSet<String>,
    upos_model: Option<&'a TagModel>,
}

impl Vocab<'_> {
    fn knows(&self, lemma: &str) -> bool {
        if lemma.chars().any(char::is_uppercase) {
            self.known.contains(&lemma.to_lowercase())
        } else {
            self.known.contains(lemma)
        }
    }
}

/// The lemmas seen in training for verbs and for common nouns, lower-cased.
#[derive(Debug, Clone, Default, PartialEq)]
struct Known {
    verb: FxHashSet<String>,
    noun: FxHashSet<String>,
}

impl Known {
    fn is_empty(&self) -> bool {
        self.verb.is_empty() && self.noun.is_empty()
    }

    /// The lemmas that decide for words of this UPOS, if the vocabulary decides for it.
    fn of(&self, upos: Upos) -> Option<&FxHashSet<String>> {
        match upos {
            Upos::Verb => Some(&self.verb),
            Upos::Noun => Some(&self.noun),
            _ => None,
        }
    }
}

/// The lemmatiser's rules for one tag ([`Lemmatizer::rules_for`]).
#[derive(Debug, Clone, Copy)]
pub struct TagRules<'a> {
    model: Option<&'a TagModel>,
    propn: bool,
    vocab: Option<Vocab<'a>>,
}

impl TagRules<'_> {
    pub fn lemma(&self, form: &str) -> String {
        match self.model {
            Some(m) => m.lemma(form, self.vocab),
            None if self.propn => form.to_string(),
            None => form.to_lowercase(),
        }
    }
}

/// One tag class's lemma rules, owned ([`Lemmatizer::class_rules`]).
#[derive(Debug, Clone)]
pub struct ClassRules {
    model: Option<Arc<TagModel>>,
    propn: bool,
    /// The known lemmas and the UPOS-wide table, for a verb or common noun class.
    vocab: Option<(Arc<Known>, Upos, Option<Arc<TagModel>>)>,
}

impl ClassRules {
    pub fn lemma(&self, form: &str) -> String {
        TagRules {
            model: self.model.as_deref(),
            propn: self.propn,
            vocab: self.vocab.as_ref().and_then(|(known, upos, upos_model)| {
                Some(Vocab {
                    known: known.of(*upos)?,
                    upos_model: upos_model.as_deref(),
                })
            }),
        }
        .lemma(form)
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Lemmatizer {
    /// Keyed by XPOS, and by "UPOS:<name>" for the fall-back per UPOS.
    tags: BTreeMap<String, Arc<TagModel>>,
    /// The verb and noun lemmas seen in training (empty for a format-1 lemmatiser).
    known: Arc<Known>,
}

/// Key of the per-UPOS fall-back model.
fn upos_key(upos: Upos) -> &'static str {
    const KEYS: [&str; 17] = [
        "UPOS:ADJ",
        "UPOS:ADP",
        "UPOS:ADV",
        "UPOS:AUX",
        "UPOS:CCONJ",
        "UPOS:DET",
        "UPOS:INTJ",
        "UPOS:NOUN",
        "UPOS:NUM",
        "UPOS:PART",
        "UPOS:PRON",
        "UPOS:PROPN",
        "UPOS:PUNCT",
        "UPOS:SCONJ",
        "UPOS:SYM",
        "UPOS:VERB",
        "UPOS:X",
    ];
    KEYS[upos as usize]
}

impl Lemmatizer {
    /// Learn from gold (form, upos, xpos, lemma) quadruples.
    pub fn train<'a>(words: impl IntoIterator<Item = (&'a str, Upos, &'a str, &'a str)>) -> Self {
        // Per tag: (form, lemma) counts.
        let mut seen: BTreeMap<String, BTreeMap<(&'a str, &'a str), usize>> = BTreeMap::new();
        let mut known = Known::default();
        for (form, upos, xpos, lemma) in words {
            if form.is_empty() || lemma.is_empty() || lemma == "_" {
                continue;
            }
            let set = match upos {
                Upos::Verb => &mut known.verb,
                Upos::Noun => &mut known.noun,
                _ => &mut FxHashSet::default(),
            };
            if !set.contains(lemma) {
                set.insert(lemma.to_lowercase());
            }
            *seen
                .entry(xpos.to_string())
                .or_default()
                .entry((form, lemma))
                .or_default() += 1;
            *seen
                .entry(upos_key(upos).to_string())
                .or_default()
                .entry((form, lemma))
                .or_default() += 1;
        }
        let tags = seen
            .into_iter()
            .map(|(tag, pairs)| (tag, Arc::new(train_tag(&pairs))))
            .collect();
        Lemmatizer {
            tags,
            known: Arc::new(known),
        }
    }

    pub fn lemma(&self, form: &str, upos: Upos, xpos: &str) -> String {
        self.rules_for(upos, xpos).lemma(form)
    }

    /// The rules for one (UPOS, XPOS) pair, to look up once per tag class instead of once per
    /// word (the per-XPOS table is keyed by strings).
    pub fn rules_for(&self, upos: Upos, xpos: &str) -> TagRules<'_> {
        TagRules {
            model: self.model_for(upos, xpos).map(|m| &**m),
            propn: upos == Upos::Propn,
            vocab: self.known.of(upos).map(|known| Vocab {
                known,
                upos_model: self.tags.get(upos_key(upos)).map(|m| &**m),
            }),
        }
    }

    /// [`Lemmatizer::rules_for`], holding its rules (shared, not copied): what a model keeps
    /// per tag class.
    pub fn class_rules(&self, upos: Upos, xpos: &str) -> ClassRules {
        ClassRules {
            model: self.model_for(upos, xpos).cloned(),
            propn: upos == Upos::Propn,
            vocab: self.known.of(upos).is_some().then(|| {
                (
                    self.known.clone(),
                    upos,
                    self.tags.get(upos_key(upos)).cloned(),
                )
            }),
        }
    }

    fn model_for(&self, upos: Upos, xpos: &str) -> Option<&Arc<TagModel>> {
        self.tags
            .get(xpos)
            .or_else(|| self.tags.get(upos_key(upos)))
    }

    /// Number of (tags, exceptions, rules): the size of what was learned.
    pub fn size(&self) -> (usize, usize, usize) {
        (
            self.tags.len(),
            self.tags.values().map(|t| t.exceptions.len()).sum(),
            self.tags.values().map(|t| t.rules.len()).sum(),
        )
    }

    /// Compact, deterministic serialisation (every table sorted). Without a vocabulary the
    /// bytes are format 1's.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(if self.known.is_empty() {
            MAGIC
        } else {
            MAGIC_VOCAB
        });
        put_len(&mut out, self.tags.len());
        for (tag, m) in &self.tags {
            put_str(&mut out, tag);
            out.push(m.lowercase as u8);
            let mut ex: Vec<(&String, &String)> = m.exceptions.iter().collect();
            ex.sort();
            put_len(&mut out, ex.len());
            for (f, l) in ex {
                put_str(&mut out, f);
                put_str(&mut out, l);
            }
            let mut rules: Vec<(&String, &Edit)> = m.rules.iter().collect();
            rules.sort();
            put_len(&mut out, rules.len());
            for (s, e) in rules {
                put_str(&mut out, s);
                out.push(e.strip);
                put_str(&mut out, &e.append);
            }
            if !self.known.is_empty() {
                let mut alts: Vec<(&String, &Vec<Edit>)> = m.alternatives.iter().collect();
                alts.sort();
                put_len(&mut out, alts.len());
                for (s, edits) in alts {
                    put_str(&mut out, s);
                    put_len(&mut out, edits.len());
                    for e in edits {
                        out.push(e.strip);
                        put_str(&mut out, &e.append);
                    }
                }
            }
        }
        if !self.known.is_empty() {
            for set in [&self.known.verb, &self.known.noun] {
                let mut known: Vec<&String> = set.iter().collect();
                known.sort();
                put_len(&mut out, known.len());
                for w in known {
                    put_str(&mut out, w);
                }
            }
        }
        out
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<Self, String> {
        let mut r = Reader { b: bytes, p: 0 };
        let vocab = match r.take(MAGIC.len())? {
            m if m == MAGIC => false,
            m if m == MAGIC_VOCAB => true,
            _ => return Err("not a dossier lemmatiser (bad magic)".into()),
        };
        let ntags = r.len()?;
        let mut tags = BTreeMap::new();
        for _ in 0..ntags {
            let tag = r.string()?;
            let lowercase = match r.byte()? {
                0 => false,
                1 => true,
                b => return Err(format!("bad case flag {b} for tag {tag:?}")),
            };
            let nex = r.len()?;
            let mut exceptions = FxHashMap::default();
            for _ in 0..nex {
                let f = r.string()?;
                let l = r.string()?;
                exceptions.insert(f, l);
            }
            let nrules = r.len()?;
            let mut rules = FxHashMap::default();
            for _ in 0..nrules {
                let s = r.string()?;
                let strip = r.byte()?;
                let append = r.string()?;
                rules.insert(s, Edit { strip, append });
            }
            let mut alternatives = FxHashMap::default();
            if vocab {
                for _ in 0..r.len()? {
                    let s = r.string()?;
                    let edits = (0..r.len()?)
                        .map(|_| {
                            let strip = r.byte()?;
                            let append = r.string()?;
                            Ok(Edit { strip, append })
                        })
                        .collect::<Result<Vec<_>, String>>()?;
                    alternatives.insert(s, edits);
                }
            }
            tags.insert(
                tag,
                Arc::new(TagModel {
                    lowercase,
                    exceptions,
                    rules,
                    alternatives,
                }),
            );
        }
        let mut known = Known::default();
        if vocab {
            for set in [&mut known.verb, &mut known.noun] {
                for _ in 0..r.len()? {
                    set.insert(r.string()?);
                }
            }
        }
        if r.p != bytes.len() {
            return Err(format!(
                "{} trailing bytes after the lemmatiser",
                bytes.len() - r.p
            ));
        }
        Ok(Lemmatizer {
            tags,
            known: Arc::new(known),
        })
    }
}

const MAGIC: &[u8] = b"DLEMMA1\n";
/// Format 2: format 1 followed by the vocabulary (count, then the sorted lemmas).
const MAGIC_VOCAB: &[u8] = b"DLEMMA2\n";

fn put_len(out: &mut Vec<u8>, mut n: usize) {
    // LEB128 varint.
    loop {
        let b = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

fn put_str(out: &mut Vec<u8>, s: &str) {
    put_len(out, s.len());
    out.extend_from_slice(s.as_bytes());
}

struct Reader<'a> {
    b: &'a [u8],
    p: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        let end = self
            .p
            .checked_add(n)
            .filter(|&e| e <= self.b.len())
            .ok_or_else(|| format!("lemmatiser truncated at byte {}", self.p))?;
        let s = &self.b[self.p..end];
        self.p = end;
        Ok(s)
    }

    fn byte(&mut self) -> Result<u8, String> {
        Ok(self.take(1)?[0])
    }

    fn len(&mut self) -> Result<usize, String> {
        let mut n = 0usize;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            n |= ((b & 0x7f) as usize) << shift;
            if b & 0x80 == 0 {
                return if n > self.b.len() {
                    Err(format!("length {n} beyond the data at byte {}", self.p))
                } else {
                    Ok(n)
                };
            }
        }
        Err(format!("bad length at byte {}", self.p))
    }

    fn string(&mut self) -> Result<String, String> {
        let n = self.len()?;
        let at = self.p;
        String::from_utf8(self.take(n)?.to_vec()).map_err(|_| format!("invalid UTF-8 at byte {at}"))
    }
}

/// Learn one tag's case rule, suffix rules and exceptions from its (form, lemma) counts.
fn train_tag(pairs: &BTreeMap<(&str, &str), usize>) -> TagModel {
    // Case rule: among forms with a capital, is the lemma closer to the lower-cased form?
    let (mut lower, mut keep) = (0usize, 0usize);
    for (&(form, lemma), &n) in pairs {
        if form.chars().any(char::is_uppercase) {
            if !lemma.chars().any(char::is_uppercase) {
                lower += n;
            } else {
                keep += n;
            }
        }
    }
    let mut model = TagModel {
        // Without evidence (no capitalised form seen), lemmas are lower case as in UD English.
        lowercase: lower >= keep,
        ..TagModel::default()
    };
    // Most frequent lemma per normalised form.
    let mut by_form: BTreeMap<String, BTreeMap<&str, usize>> = BTreeMap::new();
    for (&(form, lemma), &n) in pairs {
        *by_form
            .entry(model.normalise(form).into_owned())
            .or_default()
            .entry(lemma)
            .or_default() += n;
    }
    let best_lemma: Vec<(String, String, usize)> = by_form
        .into_iter()
        .map(|(f, ls)| {
            let total = ls.values().sum();
            let (l, _) = ls
                .into_iter()
                .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(a.0)))
                .unwrap_or(("", 0));
            (f, l.to_string(), total)
        })
        .collect();
    // Suffix statistics: suffix → edit → count (weighted by token frequency).
    let mut stats: BTreeMap<String, BTreeMap<Edit, usize>> = BTreeMap::new();
    for (f, l, n) in &best_lemma {
        let Some(e) = Edit::between(f, l) else {
            continue;
        };
        let chars: Vec<usize> = f.char_indices().map(|(k, _)| k).collect();
        let len = chars.len();
        // A rule keyed on a suffix may only rewrite that suffix.
        for sl in (e.strip as usize)..=len.min(MAX_SUFFIX) {
            let suffix = if sl == 0 { "" } else { &f[chars[len - sl]..] };
            *stats
                .entry(suffix.to_string())
                .or_default()
                .entry(e.clone())
                .or_default() += n;
        }
    }
    // Keep a suffix's best edit unless its nearest kept shorter suffix already predicts it; a
    // short suffix keeps its other frequent edits as alternatives.
    let mut by_len: Vec<(usize, String, Edit)> = stats
        .into_iter()
        .filter_map(|(s, edits)| {
            let mut ranked: Vec<(Edit, usize)> = edits.into_iter().collect();
            ranked.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
            let mut ranked = ranked.into_iter();
            let (e, _) = ranked.next()?;
            let len = s.chars().count();
            let others: Vec<Edit> = ranked
                .filter(|&(_, n)| n >= ALT_MIN)
                .map(|(e, _)| e)
                .collect();
            if (1..=ALT_SUFFIX).contains(&len) && !others.is_empty() {
                model.alternatives.insert(s.clone(), others);
            }
            Some((len, s, e))
        })
        .collect();
    by_len.sort();
    for (_, s, e) in by_len {
        let inherited = nearest_rule(&model.rules, &s);
        if inherited != Some(&e) {
            model.rules.insert(s, e);
        }
    }
    // Exceptions: forms whose most frequent lemma the rules miss.
    for (f, l, _) in best_lemma {
        if model.by_rules(&f) != l {
            model.exceptions.insert(f, l);
        }
    }
    model
}

/// The rule of the longest proper suffix of `s` present in `rules`.
fn nearest_rule<'a>(rules: &'a FxHashMap<String, Edit>, s: &str) -> Option<&'a Edit> {
    let starts: Vec<usize> = s.char_indices().map(|(k, _)| k).skip(1).collect();
    starts
        .iter()
        .map(|&k| &s[k..])
        .chain(std::iter::once(""))
        .filter(|suf| suf.len() < s.len())
        .find_map(|suf| rules.get(suf))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toy() -> Lemmatizer {
        let words = [
            ("studies", Upos::Noun, "NNS", "study"),
            ("armies", Upos::Noun, "NNS", "army"),
            ("talks", Upos::Noun, "NNS", "talk"),
            ("strikes", Upos::Noun, "NNS", "strike"),
            ("men", Upos::Noun, "NNS", "man"),
            ("was", Upos::Aux, "VBD", "be"),
            ("said", Upos::Verb, "VBD", "say"),
            ("killed", Upos::Verb, "VBD", "kill"),
            ("attacked", Upos::Verb, "VBD", "attack"),
            ("The", Upos::Det, "DT", "the"),
            ("the", Upos::Det, "DT", "the"),
            ("Bush", Upos::Propn, "NNP", "Bush"),
            ("Iraq", Upos::Propn, "NNP", "Iraq"),
        ];
        Lemmatizer::train(words)
    }

    #[test]
    fn rules_generalise_and_exceptions_hold() {
        let l = toy();
        assert_eq!(l.lemma("militias", Upos::Noun, "NNS"), "militia");
        assert_eq!(l.lemma("men", Upos::Noun, "NNS"), "man");
        assert_eq!(l.lemma("bombed", Upos::Verb, "VBD"), "bomb");
        assert_eq!(l.lemma("Was", Upos::Aux, "VBD"), "be");
        assert_eq!(l.lemma("THE", Upos::Det, "DT"), "the");
        assert_eq!(l.lemma("Austin", Upos::Propn, "NNP"), "Austin");
    }

    /// A toy treebank where the longest suffix rule is wrong for some verbs: "-ided" and
    /// "-oted" forms keep their "e" ("decided" → "decide", "voted" → "vote"), but "raided" and
    /// "looted" do not; "fed" was seen only as a participle.
    fn toy_ed() -> Lemmatizer {
        let words = [
            ("decided", Upos::Verb, "VBD", "decide"),
            ("provided", Upos::Verb, "VBD", "provide"),
            ("voted", Upos::Verb, "VBD", "vote"),
            ("noted", Upos::Verb, "VBD", "note"),
            ("added", Upos::Verb, "VBD", "add"),
            ("killed", Upos::Verb, "VBD", "kill"),
            ("attacked", Upos::Verb, "VBD", "attack"),
            ("fed", Upos::Verb, "VBN", "feed"),
            ("raid", Upos::Verb, "VB", "raid"),
            ("loot", Upos::Verb, "VBP", "loot"),
            ("orchestra", Upos::Noun, "NN", "orchestra"),
        ];
        Lemmatizer::train(words)
    }

    #[test]
    fn known_lemmas_decide_between_suffix_rules() {
        let l = toy_ed();
        // The longest rules still win where they give a known word, or where no answer does.
        assert_eq!(l.lemma("decided", Upos::Verb, "VBD"), "decide");
        assert_eq!(l.lemma("divided", Upos::Verb, "VBD"), "divide");
        // "-ided" → "raide" is no known lemma; the "-ed" rule's "raid" is.
        assert_eq!(l.lemma("raided", Upos::Verb, "VBD"), "raid");
        assert_eq!(l.lemma("looted", Upos::Verb, "VBD"), "loot");
        // An exception of the same UPOS under another tag.
        assert_eq!(l.lemma("fed", Upos::Verb, "VBD"), "feed");
        // Only a lemma known for the word's own UPOS decides: "orchestra" is a noun.
        assert_eq!(l.lemma("orchestrated", Upos::Verb, "VBD"), "orchestrate");
        // Proper nouns are not second-guessed.
        assert_eq!(l.lemma("Raided", Upos::Propn, "NNP"), "Raided");
    }

    #[test]
    fn a_lemmatiser_without_vocabulary_keeps_format_one() {
        let mut l = toy_ed();
        let with = l.to_bytes();
        assert!(with.starts_with(MAGIC_VOCAB));
        assert_eq!(Lemmatizer::from_bytes(&with).unwrap(), l);
        l.known = Arc::default();
        let without = l.to_bytes();
        assert!(without.starts_with(MAGIC));
        let back = Lemmatizer::from_bytes(&without).unwrap();
        // Format 1 answers with the longest rule alone, as before.
        assert_eq!(back.lemma("raided", Upos::Verb, "VBD"), "raide");
    }

    #[test]
    fn upos_keys_follow_the_inventory() {
        for u in Upos::ALL {
            assert_eq!(upos_key(u), format!("UPOS:{}", u.as_str()));
        }
    }

    #[test]
    fn bytes_round_trip_and_are_deterministic() {
        let l = toy();
        let b = l.to_bytes();
        assert_eq!(b, toy().to_bytes());
        let back = Lemmatizer::from_bytes(&b).unwrap();
        assert_eq!(back, l);
        assert!(Lemmatizer::from_bytes(&b[..b.len() - 1]).is_err());
        assert!(Lemmatizer::from_bytes(b"nonsense").is_err());
    }
}
