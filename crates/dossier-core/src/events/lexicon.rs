//! The event lexicon: verb forms, verb patterns and synonym sets from the CAMEO verb dictionary,
//! nominalised event nouns, and the CAMEO → PLOVER / Goldstein table.
//!
//! The data lives in `data/events/*.tsv` (built by `data/events/build_lexicon.py`, provenance and
//! licences in each file's header) and is embedded at build time; [`EventLexicon::from_tsv`]
//! loads the same format from other text (an override directory read by the caller).

use rustc_hash::FxHashMap as HashMap;
use std::fmt;
use std::sync::OnceLock;

const VERBS_TSV: &str = include_str!("../../../../data/events/verbs.tsv");
const VERBS_EXTRA_TSV: &str = include_str!("../../../../data/events/verbs_extra.tsv");
const PATTERNS_TSV: &str = include_str!("../../../../data/events/patterns.tsv");
const PATTERNS_EXTRA_TSV: &str = include_str!("../../../../data/events/patterns_extra.tsv");
const SYNSETS_TSV: &str = include_str!("../../../../data/events/synsets.tsv");
const CAMEO_TSV: &str = include_str!("../../../../data/events/cameo.tsv");
const NOMINALS_TSV: &str = include_str!("../../../../data/events/nominals.tsv");

/// A malformed lexicon line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LexiconError {
    pub file: &'static str,
    pub line: usize,
    pub reason: String,
}

impl fmt::Display for LexiconError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.reason)
    }
}

impl std::error::Error for LexiconError {}

/// One element of a pattern: a word or phrase, or a synonym set (`&weapon`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Elem {
    Words(Vec<String>),
    Synset(String),
}

/// A verb pattern: the elements that must precede and follow the verb, and the code it gives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pattern {
    pub before: Vec<Elem>,
    pub after: Vec<Elem>,
    /// CAMEO code, or `---` for "this use of the verb is not an event".
    pub code: String,
}

/// A verb block of the CAMEO dictionary (`SEND`: send, ship, transfer, deploy …).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct VerbBlock {
    pub name: String,
    /// The block's code when no pattern matches (`*` pattern), if any.
    pub default: Option<String>,
    pub patterns: Vec<Pattern>,
}

/// A verb form (one or more words) pointing at its block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerbForm {
    pub words: Vec<String>,
    pub block: usize,
    /// Code given to this form itself (`ASK [020]`), used before the block default.
    pub code: Option<String>,
}

/// What a CAMEO code means in PLOVER and on the Goldstein scale.
#[derive(Debug, Clone, PartialEq)]
pub struct CameoInfo {
    pub plover: String,
    pub mode: String,
    pub context: String,
    pub goldstein: f32,
    pub description: String,
}

/// The event lexicon. Build once ([`EventLexicon::builtin`]) and share.
#[derive(Debug, Clone, Default)]
pub struct EventLexicon {
    /// Verb forms keyed by their first word (lower case).
    forms: HashMap<String, Vec<VerbForm>>,
    /// Event nouns ("transfer") → (block, fallback code).
    nominals: HashMap<String, (usize, Option<String>)>,
    pub blocks: Vec<VerbBlock>,
    block_index: HashMap<String, usize>,
    /// Synonym set name (`&weapon`) → member phrases (each a word list).
    synsets: HashMap<String, Vec<Vec<String>>>,
    cameo: HashMap<String, CameoInfo>,
}

fn rows(text: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty())
        .map(|(i, l)| (i + 1, l.split('\t').collect()))
}

/// A malformed row of one of the lexicon files.
fn row_error(file: &'static str, line: usize, reason: &str) -> LexiconError {
    LexiconError {
        file,
        line,
        reason: reason.to_string(),
    }
}

fn words(s: &str) -> Vec<String> {
    s.split_whitespace().map(|w| w.to_lowercase()).collect()
}

/// A pattern's or synonym set's words as the tokenizer splits running text: a sentence's
/// "cease-fire" is three tokens (cease | - | fire; `dossier_syntax::tokenize::tokenize`, which keeps
/// "non-profit" and the other prefixes of `data/syntax/hyphen_prefixes.txt` whole), so the
/// phrase CAMEO spells "cease-fire" is the same three words or it never matches.
fn as_tokens(ws: Vec<String>) -> Vec<String> {
    let mut out = Vec::with_capacity(ws.len());
    for w in ws {
        if w.len() < 2 || !w.contains('-') {
            out.push(w);
            continue;
        }
        let (toks, _) = dossier_syntax::tokenize::tokenize(&w);
        let parts: Vec<String> = toks
            .iter()
            .filter_map(|t| w.get(t.start as usize..t.end as usize))
            .map(str::to_string)
            .collect();
        if parts.is_empty() {
            out.push(w);
        } else {
            out.extend(parts);
        }
    }
    out
}

impl EventLexicon {
    /// The lexicon embedded in the binary (parsed once).
    pub fn builtin() -> &'static EventLexicon {
        static LEX: OnceLock<EventLexicon> = OnceLock::new();
        LEX.get_or_init(|| {
            // The embedded files are checked by the tests; an error here is a build defect.
            EventLexicon::from_tsv(
                VERBS_TSV,
                PATTERNS_TSV,
                SYNSETS_TSV,
                CAMEO_TSV,
                NOMINALS_TSV,
            )
            .and_then(|mut lex| {
                lex.overlay_tsv(VERBS_EXTRA_TSV, PATTERNS_EXTRA_TSV)?;
                Ok(lex)
            })
            .unwrap_or_default()
        })
    }

    /// Parse a lexicon from the five TSV texts (same format as `data/events/*.tsv`).
    pub fn from_tsv(
        verbs: &str,
        patterns: &str,
        synsets: &str,
        cameo: &str,
        nominals: &str,
    ) -> Result<EventLexicon, LexiconError> {
        let mut lex = EventLexicon::default();
        let err = |file, line, reason: &str| LexiconError {
            file,
            line,
            reason: reason.to_string(),
        };
        lex.load_patterns(patterns, false)?;
        lex.load_verbs(verbs, false)?;
        for (line, cols) in rows(synsets) {
            if cols.len() < 2 {
                return Err(err("synsets.tsv", line, "expected synset, member"));
            }
            let w = as_tokens(words(cols[1]));
            if !w.is_empty() {
                lex.synsets
                    .entry(cols[0].trim().to_lowercase())
                    .or_default()
                    .push(w);
            }
        }
        for (line, cols) in rows(cameo) {
            if cols.len() < 6 {
                return Err(err("cameo.tsv", line, "expected 6 columns"));
            }
            let goldstein: f32 = cols[4]
                .trim()
                .parse()
                .map_err(|_| err("cameo.tsv", line, "goldstein is not a number"))?;
            lex.cameo.insert(
                cols[0].trim().to_string(),
                CameoInfo {
                    plover: cols[1].trim().to_string(),
                    mode: cols[2].trim().to_string(),
                    context: cols[3].trim().to_string(),
                    goldstein,
                    description: cols[5].trim().to_string(),
                },
            );
        }
        for (line, cols) in rows(nominals) {
            if cols.len() < 2 {
                return Err(err("nominals.tsv", line, "expected noun, verb, code"));
            }
            let Some(&block) = lex.block_index.get(cols[1].trim()) else {
                return Err(err("nominals.tsv", line, "unknown verb block"));
            };
            let code = cols.get(2).map(|c| c.trim()).filter(|c| !c.is_empty());
            lex.nominals.insert(
                cols[0].trim().to_lowercase(),
                (block, code.map(str::to_string)),
            );
        }
        Ok(lex)
    }

    /// Read hand-written rows over the lexicon (`verbs_extra.tsv`, `patterns_extra.tsv`): the
    /// more specific table wins. A verb form already listed points at the extra row's block
    /// and code ("negotiate" → NEGOTIATE, not CAMEO's COMPROMISE, whose default is a
    /// concession); a pattern already listed in the same block (same words, or the block's `*`
    /// default) takes the extra row's code; other rows are added.
    pub fn overlay_tsv(&mut self, verbs: &str, patterns: &str) -> Result<(), LexiconError> {
        self.load_patterns(patterns, true)?;
        self.load_verbs(verbs, true)
    }

    /// Load pattern rows; `replace`: an existing pattern (or default) of the block takes the
    /// row's code instead of keeping its own, and a new one goes before the block's others.
    fn load_patterns(&mut self, patterns: &str, replace: bool) -> Result<(), LexiconError> {
        let err = |line, reason: &str| row_error("patterns.tsv", line, reason);
        for (line, cols) in rows(patterns) {
            if cols.len() < 3 {
                return Err(err(line, "expected verb, cameo, pattern"));
            }
            let b = self.block(cols[0]);
            let code = cols[1].trim().to_string();
            let pat = cols[2].trim();
            if pat == "*" {
                if replace || self.blocks[b].default.is_none() {
                    self.blocks[b].default = Some(code);
                }
                continue;
            }
            let (before, after) = match pat.split_once('*') {
                Some(x) => x,
                None => return Err(err(line, "pattern has no `*`")),
            };
            let parse = |s: &str| -> Vec<Elem> {
                s.split_whitespace()
                    .map(|w| {
                        if w.starts_with('&') {
                            Elem::Synset(w.to_lowercase())
                        } else {
                            Elem::Words(as_tokens(vec![w.to_lowercase()]))
                        }
                    })
                    .collect()
            };
            let new = Pattern {
                before: parse(before),
                after: parse(after),
                code,
            };
            let mut replaced = false;
            if replace {
                for p in &mut self.blocks[b].patterns {
                    if p.before == new.before && p.after == new.after {
                        p.code.clone_from(&new.code);
                        replaced = true;
                    }
                }
            }
            // A hand-written row is read over CAMEO's: listed first, it wins a tie of length
            // ("dropped weapons" is a delivery, `* weapons`, over CAMEO's `* &weapon` fire).
            if !replaced && replace {
                self.blocks[b].patterns.insert(0, new);
            } else if !replaced {
                self.blocks[b].patterns.push(new);
            }
        }
        Ok(())
    }

    /// Load verb-form rows; `replace`: a form already listed (same words) is re-pointed to the
    /// row's block and code instead of being listed twice.
    fn load_verbs(&mut self, verbs: &str, replace: bool) -> Result<(), LexiconError> {
        let err = |line, reason: &str| row_error("verbs.tsv", line, reason);
        for (line, cols) in rows(verbs) {
            if cols.len() < 2 {
                return Err(err(line, "expected form, verb, code"));
            }
            let w = words(cols[0]);
            if w.is_empty() {
                return Err(err(line, "empty verb form"));
            }
            let block = self.block(cols[1]);
            let code = cols
                .get(2)
                .map(|c| c.trim())
                .filter(|c| !c.is_empty())
                .map(str::to_string);
            let list = self.forms.entry(w[0].clone()).or_default();
            if replace && list.iter().any(|f| f.words == w) {
                list.retain(|f| f.words != w);
            }
            list.push(VerbForm {
                words: w,
                block,
                code,
            });
        }
        Ok(())
    }

    /// Read a verb dictionary in the PETRARCH/CAMEO text format (`CAMEO.2.0.txt`, or the
    /// validation suites' `PETR.Validate.verbs.txt`): synonym sets, verb blocks with their forms
    /// and patterns. CAMEO → PLOVER information and the event nouns are taken from the embedded
    /// lexicon (nouns only where the dictionary has the verb block they point at). Regular
    /// inflections are generated as `data/events/build_lexicon.py` does.
    pub fn from_cameo_dictionary(dict: &str) -> Result<EventLexicon, LexiconError> {
        let mut lex = EventLexicon::from_tsv("", "", "", CAMEO_TSV, "")?;
        let mut in_comment = false;
        let mut section = 0u8; // 0 synsets (before any verb block), 1 verbs
        let mut current_set: Option<String> = None;
        let mut block: Option<usize> = None;
        for raw in dict.lines() {
            let mut line = raw.to_string();
            // Strip <!-- … --> comments, possibly spanning lines.
            loop {
                if in_comment {
                    match line.find("-->") {
                        Some(e) => {
                            line = line[e + 3..].to_string();
                            in_comment = false;
                        }
                        None => {
                            line.clear();
                            break;
                        }
                    }
                } else if let Some(b) = line.find("<!--") {
                    let rest = line[b + 4..].to_string();
                    line.truncate(b);
                    match rest.find("-->") {
                        Some(e) => line.push_str(&rest[e + 3..]),
                        None => {
                            in_comment = true;
                            break;
                        }
                    }
                } else {
                    break;
                }
            }
            let text = line.split('#').next().unwrap_or("").trim_end();
            if text.trim().is_empty() {
                current_set = None;
                continue;
            }
            let t = text.trim_start();
            if t.starts_with("---") {
                current_set = None;
                let inner = t.trim_matches('-').trim();
                let name = inner.split_whitespace().next().unwrap_or("").to_string();
                let code = inner
                    .find('[')
                    .and_then(|a| inner[a..].find(']').map(|b| &inner[a..a + b + 1]))
                    .map(parse_code)
                    .unwrap_or_default();
                let b = lex.block(&name);
                if code != "---" && !code.is_empty() && lex.blocks[b].default.is_none() {
                    lex.blocks[b].default = Some(code);
                }
                block = Some(b);
                section = 1;
                continue;
            }
            // Synonym sets may also appear between verb blocks (`&TESTSYN3` … `+TO THE END`).
            if section == 0 || t.starts_with('&') || (current_set.is_some() && t.starts_with('+')) {
                if t.starts_with('&') {
                    current_set = Some(t.trim().to_lowercase().trim_end_matches('_').to_string());
                } else if let (Some(set), Some(m)) = (&current_set, t.strip_prefix('+')) {
                    let w = as_tokens(dict_phrase(m));
                    if !w.is_empty() {
                        lex.synsets.entry(set.clone()).or_default().push(w);
                    }
                }
                continue;
            }
            let Some(b) = block else { continue };
            if let Some(body) = t.strip_prefix('-') {
                let (Some(open), Some(close)) = (body.rfind('['), body.rfind(']')) else {
                    continue;
                };
                if close < open {
                    continue;
                }
                let code = parse_code(&body[open..=close]);
                let pat = body[..open].replace(['{', '}', '(', ')', '_'], " ");
                let mut before = Vec::new();
                let mut after = Vec::new();
                let mut seen = false;
                for tok in pat.split_whitespace() {
                    if tok == "*" {
                        seen = true;
                        continue;
                    }
                    if !tok.chars().any(|c| c.is_alphabetic()) {
                        continue;
                    }
                    let el = if tok.starts_with('&') {
                        Elem::Synset(tok.to_lowercase())
                    } else {
                        Elem::Words(as_tokens(vec![tok.trim_matches('+').to_lowercase()]))
                    };
                    if seen { &mut after } else { &mut before }.push(el);
                }
                if seen {
                    lex.blocks[b].patterns.push(Pattern {
                        before,
                        after,
                        code,
                    });
                }
                continue;
            }
            // A verb line: WORD or +PHRASE_, optional {forms}, optional [code].
            let head = t.split_whitespace().next().unwrap_or("");
            if head.starts_with('[') || head.starts_with('{') {
                continue;
            }
            let code = t
                .find('[')
                .and_then(|a| t[a..].find(']').map(|e| parse_code(&t[a..a + e + 1])))
                .filter(|c| !c.is_empty() && c != "---");
            let base = dict_phrase(head);
            if base.is_empty() {
                continue;
            }
            let forms: Vec<Vec<String>> = match (t.find('{'), t.find('}')) {
                (Some(a), Some(e)) if a < e => std::iter::once(base.clone())
                    .chain(t[a + 1..e].split_whitespace().map(dict_phrase))
                    .filter(|f| !f.is_empty())
                    .collect(),
                _ => inflections(&base[0])
                    .into_iter()
                    .map(|f| {
                        let mut w = vec![f];
                        w.extend(base[1..].iter().cloned());
                        w
                    })
                    .collect(),
            };
            let mut seen_forms: Vec<Vec<String>> = Vec::new();
            for words in forms {
                if seen_forms.contains(&words) {
                    continue;
                }
                seen_forms.push(words.clone());
                lex.forms
                    .entry(words[0].clone())
                    .or_default()
                    .push(VerbForm {
                        words,
                        block: b,
                        code: code.clone(),
                    });
            }
        }
        // Event nouns whose verb block exists in this dictionary.
        for (_, cols) in rows(NOMINALS_TSV) {
            if let (Some(noun), Some(verb)) = (cols.first(), cols.get(1)) {
                if let Some(&b) = lex.block_index.get(verb.trim()) {
                    let code = cols.get(2).map(|c| c.trim()).filter(|c| !c.is_empty());
                    lex.nominals
                        .insert(noun.trim().to_lowercase(), (b, code.map(str::to_string)));
                }
            }
        }
        Ok(lex)
    }

    fn block(&mut self, name: &str) -> usize {
        let name = name.trim();
        if let Some(&i) = self.block_index.get(name) {
            return i;
        }
        self.blocks.push(VerbBlock {
            name: name.to_string(),
            ..VerbBlock::default()
        });
        self.block_index
            .insert(name.to_string(), self.blocks.len() - 1);
        self.blocks.len() - 1
    }

    /// Verb forms starting with this (lower-case) word.
    pub fn forms_starting(&self, word: &str) -> &[VerbForm] {
        self.forms.get(word).map_or(&[], Vec::as_slice)
    }

    /// The event noun entry for a (lower-case) word.
    pub fn nominal(&self, word: &str) -> Option<(usize, Option<&str>)> {
        self.nominals.get(word).map(|(b, c)| (*b, c.as_deref()))
    }

    /// Members of a synonym set.
    pub fn synset(&self, name: &str) -> &[Vec<String>] {
        self.synsets.get(name).map_or(&[], Vec::as_slice)
    }

    /// PLOVER / Goldstein information for a CAMEO code, falling back to its 3- and 2-digit
    /// parents.
    pub fn cameo(&self, code: &str) -> Option<&CameoInfo> {
        let mut c = code;
        loop {
            if let Some(i) = self.cameo.get(c) {
                return Some(i);
            }
            if c.len() <= 2 {
                return None;
            }
            c = &c[..c.len() - 1];
        }
    }

    /// Number of verb forms, patterns and CAMEO codes (for reports).
    pub fn sizes(&self) -> (usize, usize, usize) {
        let forms = self.forms.values().map(Vec::len).sum();
        let patterns = self.blocks.iter().map(|b| b.patterns.len()).sum();
        (forms, patterns, self.cameo.len())
    }
}

/// `[042:043]` → `042:043`; `[:173]` → `173`; `[---]` → `---` (see [`split_code`]).
fn parse_code(code: &str) -> String {
    let c = code
        .trim()
        .trim_start_matches('[')
        .trim_end_matches(']')
        .trim();
    let c = c.split_whitespace().next().unwrap_or("");
    match c.split_once(':') {
        Some((a, b)) if !a.is_empty() && !b.is_empty() => format!("{a}:{b}"),
        Some((a, b)) => format!("{a}{b}"),
        None => c.to_string(),
    }
}

/// A lexicon code `042:043` is the source → target code and the reciprocal target → source code
/// (A visits B: B hosts A).
pub fn split_code(code: &str) -> (&str, Option<&str>) {
    match code.split_once(':') {
        Some((a, b)) if !a.is_empty() && !b.is_empty() => (a, Some(b)),
        Some((a, b)) => (if a.is_empty() { b } else { a }, None),
        None => (code, None),
    }
}

/// `+ASK_FOR` / `KNIFE_` → ["ask", "for"] / ["knife"].
fn dict_phrase(tok: &str) -> Vec<String> {
    tok.split(|c: char| c == '_' || c.is_whitespace())
        .map(|w| w.trim_matches('+').to_lowercase())
        .filter(|w| !w.is_empty())
        .collect()
}

/// Regular inflections of an English verb: base, -s, -ed, -ing (as the build script makes them).
fn inflections(w: &str) -> Vec<String> {
    let cons_y =
        w.len() > 1 && w.ends_with('y') && !w[..w.len() - 1].ends_with(['a', 'e', 'i', 'o', 'u']);
    let stem_y = || w[..w.len() - 1].to_string();
    let s = if w.ends_with('s')
        || w.ends_with('x')
        || w.ends_with('z')
        || w.ends_with("ch")
        || w.ends_with("sh")
    {
        format!("{w}es")
    } else if cons_y {
        format!("{}ies", stem_y())
    } else {
        format!("{w}s")
    };
    let ed = if w.ends_with('e') {
        format!("{w}d")
    } else if cons_y {
        format!("{}ied", stem_y())
    } else {
        format!("{w}ed")
    };
    let ing = if w.ends_with('e') && !w.ends_with("ee") {
        format!("{}ing", &w[..w.len() - 1])
    } else {
        format!("{w}ing")
    };
    let mut out = vec![w.to_string()];
    for f in [s, ed, ing] {
        if !out.contains(&f) {
            out.push(f);
        }
    }
    out
}
