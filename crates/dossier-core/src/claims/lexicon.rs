//! The claim lexicon: predicate and object classes, sentence templates and the proposition
//! reader's word lists, parsed from the TSV files of `data/claims/` embedded at build time.

use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

/// Predicate and object classes, parsed from the embedded TSV files.
#[derive(Debug, Default)]
pub struct ClaimLexicon {
    /// verb form → predicate
    verbs: HashMap<String, String>,
    /// verb forms that state the converse ("received"): source and target swap
    converse: rustc_hash::FxHashSet<String>,
    /// quantity and container words ("number", "shipments"), read past to the real object
    containers: Vec<String>,
    /// heads that take the class of a listed word before them ("S-400 systems"; class `+`)
    generic_heads: Vec<String>,
    /// (CAMEO prefix, predicate), longest prefix first
    cameo: Vec<(String, String)>,
    /// (phrase, class), longest phrase first
    pub(super) objects: Vec<(String, String)>,
    /// predicate → sentence template
    templates: HashMap<String, String>,
    /// patient-centred predicate → its passive template ("{subject} was wounded by {object}")
    passive: HashMap<String, String>,
    /// word lists of the proposition reader (`data/claims/frames.tsv`), by kind
    pub(crate) words: HashMap<String, Vec<String>>,
}

/// Suffix of a patient-centred predicate ("wound:passive": Baghdadi was wounded).
pub const PASSIVE: &str = ":passive";

const PREDICATES_TSV: &str = include_str!("../../../../data/claims/predicates.tsv");
const OBJECTS_TSV: &str = include_str!("../../../../data/claims/objects.tsv");
const FRAMES_TSV: &str = include_str!("../../../../data/claims/frames.tsv");

impl ClaimLexicon {
    /// The built-in lexicon.
    pub fn embedded() -> &'static ClaimLexicon {
        static LEX: OnceLock<ClaimLexicon> = OnceLock::new();
        LEX.get_or_init(|| {
            let mut lex = ClaimLexicon::parse(PREDICATES_TSV, OBJECTS_TSV);
            lex.parse_frames(FRAMES_TSV);
            lex
        })
    }

    /// Read the proposition reader's word lists (`kind <TAB> a|b|c`); later lines of a kind add
    /// to earlier ones.
    pub fn parse_frames(&mut self, tsv: &str) {
        for cols in data_lines(tsv) {
            if let [kind, words] = cols[..] {
                self.words
                    .entry(kind.trim().to_string())
                    .or_default()
                    .extend(
                        words
                            .split('|')
                            .map(|w| w.trim().to_lowercase())
                            .filter(|w| !w.is_empty()),
                    );
            }
        }
    }

    /// Is `word` (lower case) listed under `kind` in `frames.tsv`?
    pub fn is(&self, kind: &str, word: &str) -> bool {
        self.words
            .get(kind)
            .is_some_and(|ws| ws.iter().any(|w| w == word))
    }

    /// The phrases listed under `kind`.
    pub fn listed(&self, kind: &str) -> &[String] {
        self.words.get(kind).map_or(&[], Vec::as_slice)
    }

    /// The prepositions that introduce `predicate`'s target (`cases:<predicate>` in
    /// `frames.tsv`, else `cases:*`).
    pub fn target_cases(&self, predicate: &str) -> Vec<&str> {
        let own = self.listed(&format!("cases:{predicate}"));
        let list = if own.is_empty() {
            self.listed("cases:*")
        } else {
            own
        };
        list.iter().map(String::as_str).collect()
    }

    /// Does `predicate`'s class say nothing without a target (`needs_target`: "met")?
    pub fn needs_target(&self, predicate: &str) -> bool {
        self.is("needs_target", predicate)
    }

    /// Is `predicate`'s undergoer a thing, not a person (`has_object`: "transfer missiles")?
    pub fn has_object(&self, predicate: &str) -> bool {
        self.is("has_object", predicate)
    }

    /// May `predicate` take the object `phrase`? A class listing its objects (`objects:<class>`
    /// in `frames.tsv`: `use` → chemical weapons, …) takes only those; any other takes any.
    pub fn object_allowed(&self, predicate: &str, phrase: &str) -> bool {
        let allowed = self.listed(&format!("objects:{predicate}"));
        allowed.is_empty()
            || self
                .known_object(phrase)
                .is_some_and(|c| allowed.iter().any(|a| a == c))
    }

    /// Is `predicate` patient-centred (has a passive template)?
    pub fn is_patient_class(&self, predicate: &str) -> bool {
        self.passive.contains_key(predicate)
    }

    /// Parse the two TSV files. Malformed lines are skipped (the embedded files are tested).
    pub fn parse(predicates: &str, objects: &str) -> ClaimLexicon {
        let mut lex = ClaimLexicon::default();
        for cols in data_lines(predicates) {
            if let [pred, cameo, verbs, template, ref rest @ ..] = cols[..] {
                lex.templates.insert(pred.to_string(), template.to_string());
                if let Some(passive) = rest.first().filter(|p| !p.trim().is_empty()) {
                    lex.passive
                        .insert(pred.to_string(), passive.trim().to_string());
                }
                for code in cameo.split(',').map(str::trim).filter(|c| !c.is_empty()) {
                    lex.cameo.push((code.to_string(), pred.to_string()));
                }
                for v in verbs.split('|').map(str::trim).filter(|v| !v.is_empty()) {
                    let v = v.to_lowercase();
                    let v = match v.strip_prefix('~') {
                        Some(c) => {
                            lex.converse.insert(c.to_string());
                            c.to_string()
                        }
                        None => v,
                    };
                    lex.verbs.insert(v, pred.to_string());
                }
            }
        }
        lex.cameo
            .sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
        for cols in data_lines(objects) {
            if let [class, heads] = cols[..] {
                for h in heads.split('|').map(str::trim).filter(|h| !h.is_empty()) {
                    if class == "-" {
                        lex.containers.push(h.to_lowercase());
                    } else if class == "+" {
                        lex.generic_heads.push(h.to_lowercase());
                    } else {
                        lex.objects.push((h.to_lowercase(), class.to_string()));
                    }
                }
            }
        }
        lex.objects
            .sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
        lex
    }

    /// The predicate class of an event: by its verb words, else by its CAMEO code.
    pub fn predicate(&self, verb: &str, cameo: &str) -> Option<&str> {
        let v = verb.trim().to_lowercase();
        if let Some(p) = self.verbs.get(&v) {
            return Some(p);
        }
        // Multi-word triggers ("has transferred", "were sent to"): any known word in them.
        if let Some(p) = v
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .find_map(|w| self.verbs.get(w))
        {
            return Some(p);
        }
        self.cameo
            .iter()
            .find(|(prefix, _)| cameo.starts_with(prefix.as_str()))
            .map(|(_, p)| p.as_str())
    }

    /// Does an event's CAMEO code fit predicate class `class`? Only one disagreement counts: a
    /// class of conflict (every code listed for it 09–20) under an event the coder read as
    /// cooperation (01–08) — "struck a cease-fire deal" is coded 057 (a support verb), so the
    /// verb's class `attack` (18, 19, 20) is not what the words state. The other way round the
    /// verb's class stands: military help is coded as force ("Kurdish troops, supported by U.S.
    /// jets", 19x) and is still support. A class with no codes listed takes any.
    pub fn code_fits(&self, class: &str, cameo: &str) -> bool {
        let root = |code: &str| code.get(..2).and_then(|r| r.parse::<u8>().ok());
        let Some(event_root) = root(cameo) else {
            return true;
        };
        let mut prefixes = self.cameo.iter().filter(|(_, c)| c == class).peekable();
        event_root >= 9
            || prefixes.peek().is_none()
            || prefixes.any(|(p, _)| root(p).is_some_and(|r| r < 9))
    }

    /// The class of a multi-word verb form exactly as listed ("dropped out", "shot down").
    pub fn phrase_predicate(&self, phrase: &str) -> Option<&str> {
        self.verbs.get(phrase).map(String::as_str)
    }

    /// The proposition in words: "Iran transferred missiles to Russia". Parts that are unknown
    /// are dropped together with the word before them ("to {target}").
    pub fn sentence(
        &self,
        subject: &str,
        predicate: &str,
        target: Option<&str>,
        object: Option<&str>,
    ) -> String {
        // A predicate without a template is a lemma ("withdraw") or a copula ("be within"):
        // written in the past tense, or as "is …".
        let generic = format!(
            "{{subject}} {} {{target}} {{object}}",
            self.past_tense(predicate)
        );
        let template = match predicate.strip_suffix(PASSIVE) {
            Some(class) => self
                .passive
                .get(class)
                .map(String::as_str)
                .unwrap_or("{subject} underwent {predicate} by {object}"),
            None => self
                .templates
                .get(predicate)
                .map(String::as_str)
                .unwrap_or(generic.as_str()),
        };
        // "drones attacked with facilities": with no target, an object that no class of
        // objects.tsv lists is what the act was done to, not its means ("with {object}"), and
        // is written in the target's place ("drones attacked facilities").
        let (target, object) = match (target, object) {
            (None, Some(o))
                if template.contains("{target} with {object}")
                    && !self.objects.iter().any(|(_, class)| class == o) =>
            {
                (Some(o), None)
            }
            parts => parts,
        };
        let mut words: Vec<String> = Vec::new();
        for token in template.split(' ') {
            let value = match token {
                "{subject}" => Some(subject),
                "{predicate}" => Some(predicate),
                "{target}" => target,
                "{object}" => object,
                w => {
                    words.push(w.to_string());
                    continue;
                }
            };
            match value {
                Some(v) => words.push(v.to_string()),
                // Drop the preposition that introduced the missing part.
                None => {
                    if words.len() > 1
                        && words.last().is_some_and(|w| {
                            ["to", "with", "on", "over", "from", "for", "by", "backing"]
                                .contains(&w.as_str())
                        })
                    {
                        words.pop();
                    }
                }
            }
        }
        words.join(" ").trim_end_matches(',').to_string()
    }

    /// The past tense of a predicate lemma for display: "be X" → "is X", irregular forms from
    /// `frames.tsv` (`irregular`: "go went"), else the regular rule.
    pub fn past_tense(&self, lemma: &str) -> String {
        if let Some(rest) = lemma.strip_prefix("be ") {
            return format!("is {rest}");
        }
        if lemma == "be" {
            return "is".into();
        }
        if let Some(past) = self.listed("irregular").iter().find_map(|pair| {
            let (base, past) = pair.split_once(' ')?;
            (base == lemma).then(|| past.to_string())
        }) {
            return past;
        }
        let b = lemma.as_bytes();
        let vowel = |c: u8| b"aeiou".contains(&c);
        if lemma.ends_with('e') {
            format!("{lemma}d")
        } else if lemma.len() > 1 && lemma.ends_with('y') && !vowel(b[b.len() - 2]) {
            format!("{}ied", &lemma[..lemma.len() - 1])
        } else {
            format!("{lemma}ed")
        }
    }

    /// Does this event verb state the converse of its predicate ("received", "has obtained")?
    pub fn is_converse(&self, verb: &str) -> bool {
        let v = verb.trim().to_lowercase();
        self.converse.contains(&v)
            || (!self.verbs.contains_key(&v)
                && v.split(|c: char| !c.is_alphanumeric() && c != '-')
                    .find(|w| self.verbs.contains_key(*w))
                    .is_some_and(|w| self.converse.contains(w)))
    }

    /// The listed class of an object phrase: the longest listed head it contains as whole
    /// words ("a small number of Shahed drones" → `drones`), or `None` when no head is listed.
    pub fn known_object(&self, phrase: &str) -> Option<&str> {
        let o = phrase.to_lowercase();
        self.objects
            .iter()
            .find(|(head, _)| contains_words(&o, head))
            .map(|(_, class)| class.as_str())
    }

    /// The object of an event as a claim sees it: the class of its object phrase when that
    /// phrase has a listed head, else a listed head in the event's evidence ("a small number of
    /// drones" read as object "number"), else nothing — "shipments", "war", "part" are not
    /// objects a claim can be about. The evidence is searched only past a quantity or container
    /// word, so "soldiers had taken part" does not make "part" into troops.
    pub fn event_object(&self, object: Option<&str>, evidence: &str) -> Option<String> {
        let o = object?;
        if let Some(class) = self.known_object(o) {
            return Some(class.to_string());
        }
        let lower = o.to_lowercase();
        let container = self.containers.iter().any(|c| contains_words(&lower, c));
        container
            .then(|| self.known_object(evidence))
            .flatten()
            .map(str::to_string)
    }

    /// The class of an object phrase: the longest listed head it contains as whole words, else
    /// its last word before any phrase of place or time or any other prepositional phrase
    /// ("flights from Tripoli on Monday" → `flights`, "their support for her" → `support`,
    /// "a meeting of party officials" → `meeting`: the head of an English noun phrase precedes
    /// its modifiers) — past "of" after a quantity or container ("a number of aircraft" →
    /// `aircraft`), lower-cased.
    ///
    /// A listed word that only modifies an unlisted head does not class the phrase: "an Ebola
    /// patient" → `patient`, "the missile programme" → `programme`; a head listed as `+`
    /// ("S-400 systems") or an unnamed disease ("Ebola infection") takes the listed word's
    /// class before it.
    pub fn object_class(&self, object: &str) -> String {
        let o = object.to_lowercase();
        let words: Vec<&str> = o
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| !w.is_empty())
            .collect();
        const CASES: &[&str] = &[
            "of",
            "for",
            "with",
            "about",
            "by",
            "to",
            "against",
            "over",
            "under",
            "between",
            "among",
            "including",
            "than",
            "like",
            "via",
            "without",
        ];
        // A quantity, a container or a place noun before "of" is not the head: "both of his
        // ankles", "most of the girls", "a number of aircraft", "the town of Damboa".
        let container = |w: &str| {
            self.containers.iter().any(|c| c == w)
                || self.is("quantity", w)
                || self.is("placenoun", w)
        };
        let cut = (1..words.len())
            .find(|&k| {
                self.is("placecase", words[k])
                    || self.is("timecase", words[k])
                    || (CASES.contains(&words[k])
                        && !(words[k] == "of"
                            && (container(words[k - 1])
                                // A measure: "2 km of Baghdad airport".
                                || (k >= 2 && words[k - 2].chars().all(|c| c.is_ascii_digit())))))
            })
            .unwrap_or(words.len());
        let head = words[..cut].join(" ");
        let ends = |h: &str| head == h || head.ends_with(&format!(" {h}"));
        let before = |h: &str| head.len() > h.len() && ends(h);
        let ending = self.objects.iter().find(|(h, _)| ends(h));
        let generic_head = words[..cut]
            .last()
            .is_some_and(|w| self.generic_heads.iter().any(|g| g == w));
        // The class of a listed word before a generic head ("S-400 systems", "Ebola infection").
        let modifier = || {
            self.objects
                .iter()
                .find(|(h, class)| contains_words(&head, h) && !ends(h) && class != "virus")
                .map(|(_, class)| class.to_string())
        };
        match ending {
            Some((h, class)) if class == "virus" && before(h) => {
                return modifier().unwrap_or_else(|| class.to_string());
            }
            Some((_, class)) => return class.to_string(),
            // A generic head with no listed word before it keeps the whole phrase's class:
            // "cases of Ebola" is about Ebola, as "an Ebola case" is.
            None if generic_head => {
                if let Some(class) =
                    modifier().or_else(|| self.known_object(object).map(str::to_string))
                {
                    return class;
                }
            }
            // A listed word on an unlisted head: the head is the object. A hyphenated last
            // word is a compound modifier the parse left at the end ("Fath-360 close-range"
            // of "… close-range ballistic missiles"), no head.
            None if self.known_object(&head).is_some()
                && !words[..cut].last().is_some_and(|w| w.contains('-')) => {}
            None => {
                if let Some(class) = self.known_object(object) {
                    return class.to_string();
                }
            }
        }
        words[..cut].last().copied().unwrap_or("").to_string()
    }
}

fn data_lines(tsv: &str) -> impl Iterator<Item = Vec<&str>> {
    tsv.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').collect())
}

/// Does `haystack` contain `needle` starting and ending at word boundaries?
///
/// Called for every marker of a list on every statement, so it avoids `str::match_indices`,
/// whose searcher set-up per call was ~4 % of extraction CPU on short documents: it jumps
/// between occurrences of the needle's first byte and compares there, keeping the same
/// non-overlapping, left-to-right matches.
pub(super) fn contains_words(haystack: &str, needle: &str) -> bool {
    let is_word = |c: char| c.is_alphanumeric();
    let bounded = |i: usize| {
        let before = haystack[..i].chars().next_back();
        let after = haystack[i + needle.len()..].chars().next();
        !before.is_some_and(is_word) && !after.is_some_and(is_word)
    };
    let Some(&first) = needle.as_bytes().first() else {
        return haystack.match_indices(needle).any(|(i, _)| bounded(i));
    };
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    let mut at = 0;
    while let Some(k) = h[at..].iter().position(|&b| b == first) {
        let i = at + k;
        if h.len() - i < n.len() {
            return false;
        }
        if &h[i..i + n.len()] == n {
            if bounded(i) {
                return true;
            }
            at = i + n.len();
        } else {
            at = i + 1;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::contains_words;

    #[test]
    fn contains_words_needs_word_boundaries_on_both_sides() {
        let lower = "the ministry denied reports that it had sent drones, officials said.";
        assert!(contains_words(lower, "denied"));
        assert!(contains_words(lower, "officials said"));
        assert!(!contains_words(lower, "sent drone"), "a word cut short");
        assert!(!contains_words(lower, "nied"), "inside a word");
        assert!(!contains_words(lower, "alleged"));
        // Non-overlapping matches, left to right, as `str::match_indices`: the first "a a"
        // (after "x") takes the second "a", so the bounded one starting there is not seen.
        assert!(!contains_words("xa a a", "a a"));
        assert!(contains_words("said: «reportedly» so", "reportedly"));
        assert!(contains_words("près de moscou", "près"));
    }
}
