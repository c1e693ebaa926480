//! The model bundle (tagger, parser + labeller, morphology tables, lemmatiser) and the
//! pipeline entry point [`parse`]: text → tokens and sentences → tags → tree → lemmas, FEATS.
//!
//! Bundle format (little-endian): magic `DSYNTAX` + version byte, then a length-prefixed
//! section for each of tagger, parser, morphology and lemmatiser; version 2 adds a fifth, the
//! tagger's word clusters ([`crate::clusters`]); version 3 a sixth, the tag classes each known
//! word may take ([`crate::tagsets`]; its clusters section may be empty). A bundle without
//! tag sets is written as version 2 or 1, byte for byte as before.

use crate::clusters::Clusters;
use crate::doc::{Doc, Sentence, Token, NO_HEAD};
use crate::lemma::{ClassRules, Lemmatizer};
use crate::morph::Morph;
use crate::parser::{pwords_into, PWord, ParseScratch, Parser};
use crate::perceptron::{put_u32, Reader};
use crate::tagger::{truecase, word_info, Scratch, Tagger, WordInfo};
use crate::tagsets::TagSets;
use crate::tokenize::{tokenize, RawSentence, RawToken};
use std::cell::RefCell;
use std::sync::OnceLock;

const MAGIC: &[u8; 7] = b"DSYNTAX";
/// Version 1: four sections; version 2: five (clusters); version 3: six (tag sets).
const VERSION_CLUSTERS: u8 = 2;
const VERSION_TAGSETS: u8 = 3;

pub struct Model {
    pub tagger: Tagger,
    pub parser: Parser,
    pub morph: Morph,
    pub lemmatizer: Lemmatizer,
    /// Each tag class's lemma rules, resolved on first use (the class list and the
    /// lemmatiser's tables only change when a model is built).
    pub(crate) lemma_rules: OnceLock<Vec<ClassRules>>,
    /// Run [`crate::repair::subject_repairs`] after the parser (on by default).
    pub subject_repair: bool,
}

/// Reusable per-thread buffers: once grown to the longest sentence seen, analysing a
/// sentence allocates only the `Doc`'s own tokens and lemmas.
#[derive(Default)]
struct Work {
    scratch: Scratch,
    words: Vec<WordInfo>,
    tags: Vec<u16>,
    feats: Vec<u64>,
    pwords: Vec<PWord>,
    parse: ParseScratch,
    heads: Vec<u32>,
    rels: Vec<crate::doc::Rel>,
}

thread_local! {
    static WORK: RefCell<Work> = RefCell::default();
}

impl Model {
    pub fn to_bytes(&self) -> Vec<u8> {
        let tagsets = !self.tagger.lex.tagsets.is_empty();
        let clusters = tagsets || !self.tagger.lex.clusters.is_empty();
        let mut out = MAGIC.to_vec();
        out.push(if tagsets {
            VERSION_TAGSETS
        } else if clusters {
            VERSION_CLUSTERS
        } else {
            1
        });
        let mut section = |f: &dyn Fn(&mut Vec<u8>)| {
            let mut b = Vec::new();
            f(&mut b);
            out.extend_from_slice(&(b.len() as u64).to_le_bytes());
            out.extend_from_slice(&b);
        };
        section(&|b| self.tagger.write(b));
        section(&|b| self.parser.write(b));
        section(&|b| self.morph.write(b));
        section(&|b| {
            let l = self.lemmatizer.to_bytes();
            put_u32(b, l.len() as u32);
            b.extend_from_slice(&l);
        });
        if clusters {
            section(&|b| self.tagger.lex.clusters.write(b));
        }
        if tagsets {
            section(&|b| self.tagger.lex.tagsets.write(b));
        }
        out
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<Model, String> {
        let mut r = Reader::new(bytes);
        let head = r.take(8).map_err(|_| "not a syntax model (too short)")?;
        let version = head[7];
        if &head[..7] != MAGIC || !(1..=VERSION_TAGSETS).contains(&version) {
            return Err("not a dossier syntax model (bad magic or version)".into());
        }
        let mut section = |name: &str| -> Result<&[u8], String> {
            let n = r.u64().map_err(|e| format!("{name}: {e}"))? as usize;
            r.take(n).map_err(|e| format!("{name}: {e}"))
        };
        let t = section("tagger")?;
        let p = section("parser")?;
        let m = section("morphology")?;
        let l = section("lemmatiser")?;
        let c = if version >= VERSION_CLUSTERS {
            Some(section("clusters")?)
        } else {
            None
        };
        let ts = if version >= VERSION_TAGSETS {
            Some(section("tag sets")?)
        } else {
            None
        };
        let mut tagger = Tagger::read(&mut Reader::new(t)).map_err(|e| format!("tagger: {e}"))?;
        let parser = Parser::read(&mut Reader::new(p)).map_err(|e| format!("parser: {e}"))?;
        if let Some(c) = c {
            tagger.lex.clusters =
                Clusters::read(&mut Reader::new(c)).map_err(|e| format!("clusters: {e}"))?;
        }
        if let Some(ts) = ts {
            tagger.lex.tagsets = TagSets::read(&mut Reader::new(ts), tagger.classes.len())
                .map_err(|e| format!("tag sets: {e}"))?;
        }
        let morph = Morph::read(&mut Reader::new(m)).map_err(|e| format!("morphology: {e}"))?;
        let mut lr = Reader::new(l);
        let n = lr.u32()? as usize;
        let lemmatizer =
            Lemmatizer::from_bytes(lr.take(n)?).map_err(|e| format!("lemmatiser: {e}"))?;
        Ok(Model {
            tagger,
            parser,
            morph,
            lemmatizer,
            lemma_rules: OnceLock::new(),
            subject_repair: true,
        })
    }

    /// Analyse `text` already split into tokens and sentences (spans into `text`; sentences
    /// are contiguous token ranges in order). Out-of-range or misordered spans are clamped, never
    /// a panic.
    pub fn analyse(&self, text: &str, tokens: &[RawToken], sentences: &[RawSentence]) -> Doc {
        WORK.with(|cell| match cell.try_borrow_mut() {
            Ok(mut w) => self.analyse_with(text, tokens, sentences, &mut w),
            // Only reachable by re-entry from the same thread; fresh buffers then.
            Err(_) => self.analyse_with(text, tokens, sentences, &mut Work::default()),
        })
    }

    fn analyse_with(
        &self,
        text: &str,
        tokens: &[RawToken],
        sentences: &[RawSentence],
        w: &mut Work,
    ) -> Doc {
        let mut doc = Doc {
            tokens: Vec::with_capacity(tokens.len()),
            sentences: Vec::with_capacity(sentences.len()),
        };
        let resolve = || -> Vec<ClassRules> {
            self.tagger
                .classes
                .iter()
                .map(|(xpos, upos)| self.lemmatizer.class_rules(*upos, xpos))
                .collect()
        };
        let mut fresh = None;
        let mut lemma_rules: &[ClassRules] = self.lemma_rules.get_or_init(resolve);
        if lemma_rules.len() != self.tagger.classes.len() {
            // The tagger was swapped for one with other classes after first use.
            lemma_rules = fresh.insert(resolve());
        }
        let form_of = |t: &RawToken| -> &str {
            let (a, b) = (t.start as usize, t.end as usize);
            text.get(a..b).unwrap_or("")
        };
        for s in sentences {
            let first = (s.first as usize).min(tokens.len());
            let last = (s.last as usize).clamp(first, tokens.len());
            if first == last {
                continue;
            }
            let toks = &tokens[first..last];
            w.words.clear();
            for t in toks {
                let f = form_of(t);
                w.words.push(word_info(f, &self.tagger.lex, &mut w.scratch));
            }
            truecase(
                |i| form_of(&toks[i]),
                &mut w.words,
                &self.tagger.lex,
                &mut w.scratch,
            );
            self.tagger.tag(&w.words, &mut w.tags, &mut w.feats);
            if self.subject_repair {
                self.past_verbs_retagged(toks, &form_of, w);
            }
            pwords_into(&w.words, &w.tags, &self.tagger.classes, &mut w.pwords);
            self.parser.parse_into(
                &w.pwords,
                &mut w.feats,
                &mut w.parse,
                &mut w.heads,
                &mut w.rels,
            );
            // A noun root over a verb that can only be a main verb: promote the verb; then one
            // subject per head.
            let (classes, tags) = (&self.tagger.classes, &w.tags);
            let repair_word = |i: usize| repair_word(classes, tags[i], form_of(&toks[i]));
            crate::repair::promote_main_verb(toks.len(), repair_word, &mut w.heads, &mut w.rels);
            if self.subject_repair {
                crate::repair::subject_repairs(toks.len(), repair_word, &mut w.heads, &mut w.rels);
                // A gapped passive conjunct ("and five others wounded"), a participle read as
                // an adjective with an agent or a time ("was shut on Friday"), and a bare past
                // form sharing a passive are passive participles: retag them VBN.
                let vbn = classes
                    .iter()
                    .position(|(x, u)| x == "VBN" && *u == crate::doc::Upos::Verb);
                let mut fixes = crate::repair::gapped_passive_conjuncts(
                    toks.len(),
                    repair_word,
                    &mut w.heads,
                    &mut w.rels,
                );
                fixes.extend(crate::repair::passive_read_as_adjective(
                    toks.len(),
                    repair_word,
                    &mut w.heads,
                    &mut w.rels,
                ));
                fixes.extend(crate::repair::passive_conjunct_participles(
                    toks.len(),
                    repair_word,
                    &w.heads,
                    &w.rels,
                ));
                // "the patient has Ebola": an auxiliary "have" hung on a noun is the main verb
                // (the same XPOS as a verb).
                let have = crate::repair::have_read_as_auxiliary(
                    toks.len(),
                    repair_word,
                    &mut w.heads,
                    &mut w.rels,
                );
                if let Some(vbn) = vbn {
                    for v in fixes {
                        w.tags[v] = vbn as _;
                    }
                }
                for v in have {
                    let xpos = &classes[w.tags[v] as usize].0;
                    if let Some(c) = classes
                        .iter()
                        .position(|(x, u)| x == xpos && *u == crate::doc::Upos::Verb)
                    {
                        w.tags[v] = c as _;
                    }
                }
            }
            let (heads, rels) = (&w.heads, &w.rels);
            let base = doc.tokens.len() as u32;
            for (i, t) in toks.iter().enumerate() {
                let class = w.tags[i];
                let upos = &self.tagger.classes[class as usize].1;
                let form = form_of(t);
                doc.tokens.push(Token {
                    start: t.start,
                    end: t.end,
                    upos: *upos,
                    xpos: self.tagger.xpos(class),
                    lemma: lemma_rules[class as usize].lemma(form),
                    feats: self.morph.feats(class, w.words[i].lower, w.words[i].suf3),
                    head: if heads[i] == NO_HEAD {
                        NO_HEAD
                    } else {
                        base + heads[i]
                    },
                    rel: rels[i],
                });
            }
            doc.sentences.push(Sentence {
                start: toks[0].start,
                end: toks[toks.len() - 1].end,
                first: base,
                last: doc.tokens.len() as u32,
            });
        }
        doc
    }
}

impl Model {
    /// A past tense the tagger read as a noun or adjective after a plural subject, in a clause
    /// with no other verb, is retagged VBD before the parse ([`crate::repair::past_verbs_read_as_nominals`]);
    /// a passive participle read as a noun after "was" is retagged VBN
    /// ([`crate::repair::passive_participles_read_as_nouns`]), "female"/"male" before a noun
    /// JJ ([`crate::repair::adjectives_read_as_nouns`]), a plural noun read as a verb before a
    /// past tense NNS ([`crate::repair::plural_nouns_read_as_verbs`]: "U.S. attacks killed"), a
    /// name in capitals read as a verb NNP ([`crate::repair::capitals_read_as_verbs`]: "IS has
    /// seized") and a preposition read as a noun IN
    /// ([`crate::repair::prepositions_read_as_other`]: "amid reports"), a base verb after a
    /// form of "be" JJ where the word may be an adjective
    /// ([`crate::repair::base_verbs_after_be`]: "it is not clear the Apaches …"), a noun for
    /// people read as an adjective after a name NN ([`crate::repair::nouns_read_as_adjectives`]:
    /// "an Isis militant, whose").
    /// A known past form: a form the tag sets know (seen often enough to have its own classes)
    /// with VBD or VBN among them; a rarer one irregular (`data/syntax/irregular_past.txt`) or
    /// a regular "-ed" form the lemmatiser's past-tense rules change.
    fn past_verbs_retagged<'t>(
        &self,
        toks: &[RawToken],
        form_of: &impl Fn(&RawToken) -> &'t str,
        w: &mut Work,
    ) {
        let classes = &self.tagger.classes;
        let Some(vbd) = classes
            .iter()
            .position(|(x, u)| x == "VBD" && *u == crate::doc::Upos::Verb)
            .filter(|&c| c < 128)
        else {
            return;
        };
        let vbn = classes
            .iter()
            .position(|(x, u)| x == "VBN" && *u == crate::doc::Upos::Verb)
            .filter(|&c| c < 128);
        let sets = &self.tagger.lex.tagsets;
        let (tags, words) = (&w.tags, &w.words);
        let word = |i: usize| repair_word(classes, tags[i], form_of(&toks[i]));
        let past = |i: usize| {
            let mask = sets.allowed(&words[i]);
            if sets.open != 0 && mask & sets.open != sets.open {
                return mask >> vbd & 1 == 1 || vbn.is_some_and(|c| mask >> c & 1 == 1);
            }
            // Rarer: an irregular past form of `data/syntax/irregular_past.txt` ("fought"), or
            // a regular one the lemmatiser's past-tense rules take back to another word
            // ("stormed" → storm; not "speed").
            let lower = form_of(&toks[i]).to_lowercase();
            crate::repair::irregular_past(&lower)
                || lower.len() > 4
                    && lower.ends_with("ed")
                    && self.lemmatizer.lemma(&lower, crate::doc::Upos::Verb, "VBD") != lower
        };
        let fixes = crate::repair::past_verbs_read_as_nominals(toks.len(), word, past);
        let participles = vbn
            .map(|_| crate::repair::passive_participles_read_as_nouns(toks.len(), word, past))
            .unwrap_or_default();
        let adjectives = crate::repair::adjectives_read_as_nouns(toks.len(), word);
        // "when respected Italian newspaper Corriere Della Sera reported": a participle read as
        // the clause's verb before the subject of the finite verb.
        let attributive = crate::repair::participles_read_as_attributive(toks.len(), word);
        let person_nouns = crate::repair::nouns_read_as_adjectives(toks.len(), word);
        let class = |xpos: &str, upos: crate::doc::Upos| {
            classes
                .iter()
                .position(|(x, u)| x == xpos && *u == upos)
                .filter(|&c| c < 128)
        };
        let nns = class("NNS", crate::doc::Upos::Noun);
        let allows = |i: usize, c: usize| {
            let mask = sets.allowed(&words[i]);
            sets.open == 0 || mask >> c & 1 == 1
        };
        let plural_nouns = nns
            .map(|c| {
                crate::repair::plural_nouns_read_as_verbs(
                    toks.len(),
                    word,
                    |i| allows(i, c),
                    |i| allows(i, vbd),
                )
            })
            .unwrap_or_default();
        // "reports that jihadists fighting …": an unknown word with a plural noun's ending
        // read as a verb.
        let vbz = class("VBZ", crate::doc::Upos::Verb);
        let vbp = class("VBP", crate::doc::Upos::Verb);
        let suffix_plurals = nns
            .map(|c| {
                crate::repair::suffix_plurals_read_as_verbs(
                    toks.len(),
                    word,
                    |i| allows(i, c),
                    |i| {
                        let mask = sets.allowed(&words[i]);
                        let known = sets.open != 0 && mask & sets.open != sets.open;
                        known && [vbz, vbp].iter().flatten().any(|&v| mask >> v & 1 == 1)
                    },
                )
            })
            .unwrap_or_default();
        let capitals = crate::repair::capitals_read_as_verbs(toks.len(), word);
        // A phrasal verb's particle read as a preposition ("shot down claims", also after a
        // past form retagged above) and a past tense read as a participle after a double
        // genitive ("A cousin of Ahmed's told").
        let particles = crate::repair::particles_read_as_prepositions(toks.len(), word, |i| {
            word(i).upos == crate::doc::Upos::Verb || fixes.contains(&i)
        });
        let genitive_verbs =
            crate::repair::past_after_double_genitive(toks.len(), word, |i| allows(i, vbd));
        let participle_verbs =
            crate::repair::participles_read_as_past(toks.len(), word, |i| allows(i, vbd));
        let base_verbs = crate::repair::base_verbs_after_be(toks.len(), word);
        // "Jeh Johnson shot down claims": a past form read as a noun before a phrasal verb's
        // particle; "it appeared that IS had": "that" read as a demonstrative before a name.
        let phrasal = crate::repair::phrasal_verbs_read_as_nouns(toks.len(), word, past, |i| {
            nns.is_some_and(|c| allows(i, c))
        });
        let nn = class("NN", crate::doc::Upos::Noun);
        let gerunds = nn
            .map(|c| crate::repair::gerunds_read_as_verbs(toks.len(), word, |i| allows(i, c)))
            .unwrap_or_default();
        let vb = class("VB", crate::doc::Upos::Verb);
        let modal_verbs = vb
            .map(|c| crate::repair::nouns_after_modals(toks.len(), word, |i| allows(i, c)))
            .unwrap_or_default();
        let complementizers =
            crate::repair::complementizers_read_as_determiners(toks.len(), word, |i| {
                word(i).upos == crate::doc::Upos::Propn || capitals.contains(&i)
            });
        let prepositions = crate::repair::prepositions_read_as_other(toks.len(), word);
        let clause_markers = crate::repair::clause_markers_read_as_prepositions(toks.len(), word);
        let phrasal_verbs = phrasal.iter().map(|&(v, _, _)| v);
        for v in fixes
            .into_iter()
            .chain(genitive_verbs)
            .chain(participle_verbs)
            .chain(phrasal_verbs)
        {
            w.tags[v] = vbd as u16;
        }
        if let Some(rp) = class("RP", crate::doc::Upos::Adp) {
            for k in particles
                .into_iter()
                .chain(phrasal.iter().map(|&(_, p, _)| p))
            {
                w.tags[k] = rp as u16;
            }
        }
        if let Some(nns) = nns {
            for k in phrasal.iter().filter_map(|&(_, _, noun)| noun) {
                w.tags[k] = nns as u16;
            }
        }
        if let Some(vb) = vb {
            for k in modal_verbs {
                w.tags[k] = vb as u16;
            }
        }
        if let Some(nn) = nn {
            // "an Isis militant, whose": only where the tag sets allow the noun.
            for k in person_nouns.into_iter().filter(|&k| allows(k, nn)) {
                w.tags[k] = nn as u16;
            }
            for k in gerunds {
                w.tags[k] = nn as u16;
            }
        }
        if let Some(sconj) = class("IN", crate::doc::Upos::Sconj) {
            for k in complementizers.into_iter().chain(clause_markers) {
                w.tags[k] = sconj as u16;
            }
        }
        if let Some(nns) = nns {
            for &k in &suffix_plurals {
                w.tags[k] = nns as u16;
            }
            for (k, verb) in plural_nouns {
                w.tags[k] = nns as u16;
                if let Some(v) = verb {
                    w.tags[v] = vbd as u16;
                }
            }
        }
        if let Some(nnp) = class("NNP", crate::doc::Upos::Propn) {
            for k in capitals {
                w.tags[k] = nnp as u16;
            }
        }
        if let Some(prep) = class("IN", crate::doc::Upos::Adp) {
            for k in prepositions {
                w.tags[k] = prep as u16;
            }
        }
        if let Some(vbn) = vbn {
            for v in participles {
                w.tags[v] = vbn as u16;
            }
        }
        if let Some(jj) = classes
            .iter()
            .position(|(x, u)| x == "JJ" && *u == crate::doc::Upos::Adj)
        {
            for k in adjectives.into_iter().chain(attributive) {
                w.tags[k] = jj as u16;
            }
            // A base verb after "be" only where the word may be an adjective ("clear").
            for k in base_verbs {
                if jj < 128 && allows(k, jj) {
                    w.tags[k] = jj as u16;
                }
            }
        }
    }
}

/// The word the tree and tag repairs read: the XPOS and UPOS of its tag class, and its form.
fn repair_word<'a>(
    classes: &'a [(String, crate::doc::Upos)],
    tag: u16,
    form: &'a str,
) -> crate::repair::RepairWord<'a> {
    let (xpos, upos) = &classes[tag as usize];
    crate::repair::RepairWord {
        upos: *upos,
        xpos: xpos.as_str(),
        form,
    }
}

/// The shipped model, decoded once.
pub fn embedded() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| {
        Model::from_bytes(include_bytes!("../../../data/models/syntax-en-ud.bin"))
            .expect("the embedded syntax model is checked by the crate's tests")
    })
}

/// Tokenise, split, tag, parse, lemmatise `text` with the shipped model.
pub fn parse(text: &str) -> Doc {
    let (tokens, sentences) = tokenize(text);
    embedded().analyse(text, &tokens, &sentences)
}
