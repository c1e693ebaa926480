//! "Al-Shabab leader Ahmed Abdi Godane was killed", "US Secretary of State John Kerry said",
//! "US airstrikes killed al-Shabab leader Ahmed Godane": the greedy parser makes the title the
//! head of the phrase and hangs the name on it (`appos`, `nmod`), or reads the title and the
//! name as two subjects, so the verb's subject or object is the title, not the person. UD EWT
//! heads such a phrase by the name (its first word, the rest `flat`) with the title its
//! `nmod:desc` ("NASA spokesman Allard Beutel said", "Prime Minister Ariel Sharon"). A title of
//! `data/lexicon/titles.tsv` written right before a name (a run of proper nouns) is put under
//! the name that way, and the name takes the place the phrase had in the sentence.

use super::{RepairWord, TIME_WORDS};
use crate::doc::{Rel, Upos, NO_HEAD};
use rustc_hash::FxHashMap;

/// A title of `titles.tsv`: its words (lower case, hyphens as words) and which of them heads it
/// ("secretary of state" → "secretary", "prime minister" → "minister").
struct Title {
    words: Vec<String>,
    head: usize,
}

/// The titles of `data/lexicon/titles.tsv` (its first column), but for the nouns it marks
/// `modified`, grouped by their last word (in file order within a group): a word is looked up
/// once instead of every title being tried at every word.
fn titles_by_last_word() -> &'static FxHashMap<String, Vec<Title>> {
    static TITLES: std::sync::OnceLock<FxHashMap<String, Vec<Title>>> = std::sync::OnceLock::new();
    TITLES.get_or_init(|| {
        let mut by_last: FxHashMap<String, Vec<Title>> = FxHashMap::default();
        let titles =
            crate::tokenize::data_lines(include_str!("../../../../data/lexicon/titles.tsv"))
                .filter_map(|line| {
                    let mut cols = line.split('\t');
                    let phrase = cols.next()?.trim().to_lowercase();
                    // "the man Lin", "the woman Ms X": a noun that names no one bare is no title
                    // here.
                    if cols.any(|c| c.trim() == "modified") {
                        return None;
                    }
                    let words: Vec<String> = phrase
                        .replace('-', " - ")
                        .split_whitespace()
                        .map(str::to_string)
                        .collect();
                    let head = words
                        .iter()
                        .position(|w| w == "of")
                        .map_or(words.len().checked_sub(1)?, |of| of.saturating_sub(1));
                    Some(Title { words, head })
                });
        for t in titles {
            by_last
                .entry(t.words.last().cloned().unwrap_or_default())
                .or_default()
                .push(t);
        }
        by_last
    })
}

/// The longest title ending at word `end`: its first word and its head word.
fn title_ending_at<'a>(
    end: usize,
    word: &impl Fn(usize) -> RepairWord<'a>,
) -> Option<(usize, usize)> {
    let last = word(end).form.to_ascii_lowercase();
    let mut best: Option<(usize, usize)> = None;
    for t in titles_by_last_word()
        .get(&last)
        .map_or(&[][..], Vec::as_slice)
    {
        let k = t.words.len();
        if k == 0 || k > end + 1 || best.is_some_and(|(s, _)| end + 1 - s >= k) {
            continue;
        }
        let start = end + 1 - k;
        let same = (0..k).all(|i| {
            let w = word(start + i);
            w.form.eq_ignore_ascii_case(&t.words[i])
                && (w.form == "-"
                    || matches!(w.upos, Upos::Noun | Upos::Propn | Upos::Adj | Upos::Adp))
        });
        let head = start + t.head;
        if same && matches!(word(head).upos, Upos::Noun | Upos::Propn) {
            best = Some((start, head));
        }
    }
    best
}

/// "music star Willie Nelson", "Jilted lover Oliver Ilic reportedly tossed", "Smartwatch maker
/// Pebble recently revealed", "His sister Lucy told": a singular common noun written in lower
/// case right before a name, which titles.tsv does not list, describes the name as a title does;
/// the greedy parser makes it the phrase's head with the name its `appos` (so the verb's subject
/// or object is "lover", "maker", "sister"). It is read as a one-word title at word `k` (its
/// first word and head), so the name heads the phrase and the noun is its `nmod:desc`, as EWT
/// has "NASA spokesman Allard Beutel". Not a time word ("the news Monday"), not a noun of
/// titles.tsv marked `modified` ("the man Lin"), not a capitalised one (a headline's word).
/// The caller's checks keep a noun and a name that play two roles ("said the report Reuters
/// obtained", "In a statement Hamas said").
fn common_noun_before<'a>(
    k: usize,
    word: &impl Fn(usize) -> RepairWord<'a>,
) -> Option<(usize, usize)> {
    let w = word(k);
    // "the 12 inch MacBook": a measure after a number.
    let measure = k > 0 && word(k - 1).xpos == "CD";
    // "a high-level North Korean delegation": the last word of a hyphenated modifier.
    let hyphenated = k > 0 && word(k - 1).xpos == "HYPH";
    let fits = !measure
        && !hyphenated
        && w.upos == Upos::Noun
        && w.xpos == "NN"
        && w.form.chars().next().is_some_and(char::is_lowercase)
        && !is_time(w.form)
        && !bare_noun_no_title(w.form);
    fits.then_some((k, k))
}

/// The nouns of `data/lexicon/titles.tsv` marked `modified` ("man", "woman", "user"): they name
/// no one bare, so they are no title before a name either.
fn bare_noun_no_title(form: &str) -> bool {
    static NOUNS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    NOUNS
        .get_or_init(|| {
            crate::tokenize::data_lines(include_str!("../../../../data/lexicon/titles.tsv"))
                .filter(|line| line.split('\t').any(|c| c.trim() == "modified"))
                .filter_map(|line| line.split('\t').next())
                .map(|p| p.trim().to_lowercase())
                .collect()
        })
        .iter()
        .any(|p| p.eq_ignore_ascii_case(form))
}

/// A word that may stand before a title in its phrase ("Al-Shabab", "US", "Syria 's", "the
/// reclusive"; a capitalised plural of a ministry's name the tagger reads as a common noun,
/// "Foreign Affairs Minister John Baird", "Veterans Affairs Minister Julian Fantino").
fn premodifier(w: RepairWord) -> bool {
    !is_time(w.form) && matches!(w.upos, Upos::Det | Upos::Adj | Upos::Propn | Upos::Num)
        || (w.upos == Upos::Noun && w.xpos == "NN")
        || (w.upos == Upos::Noun
            && w.xpos == "NNS"
            && w.form.chars().next().is_some_and(char::is_uppercase))
        || w.form == "-"
        || w.xpos == "POS"
}

/// A time word of `data/syntax/time_words.txt` ("Monday", "Sunday"): never a name here.
fn is_time(form: &str) -> bool {
    TIME_WORDS.contains_lower(form)
}

/// A word of a name: a capitalised proper noun that is no time word.
pub(super) fn name_word(w: RepairWord) -> bool {
    w.upos == Upos::Propn
        && w.form.chars().next().is_some_and(char::is_uppercase)
        && !is_time(w.form)
}

/// Keep a rewrite of the arcs when the tree stays acyclic, else put the arcs before it
/// (`old_heads`, `old_rels`) back; true when kept.
pub(super) fn keep_if_acyclic(
    heads: &mut [u32],
    rels: &mut [Rel],
    old_heads: &[u32],
    old_rels: &[Rel],
) -> bool {
    if acyclic(heads) {
        return true;
    }
    heads.copy_from_slice(old_heads);
    rels.copy_from_slice(old_rels);
    false
}

/// Whether the heads form a tree (every word reaches the root).
pub(super) fn acyclic(heads: &[u32]) -> bool {
    let n = heads.len();
    (0..n).all(|i| {
        let (mut a, mut steps) = (i, 0);
        while a < n && steps <= n {
            a = heads[a] as usize;
            steps += 1;
        }
        a >= n
    })
}

/// Put each titled name at the head of its phrase; returns how many phrases changed.
pub fn name_heads_title<'a>(
    n: usize,
    word: impl Fn(usize) -> RepairWord<'a>,
    heads: &mut [u32],
    rels: &mut [Rel],
) -> usize {
    let name_word = |k: usize| name_word(word(k));
    let mut fixes = 0;
    let mut m = 1;
    while m < n {
        let start = m;
        m += 1;
        // The name's first word, itself no title ("Brig. Gen. Fazlollah Nozari" is named from
        // "Fazlollah").
        if !name_word(start) || title_ending_at(start, &word).is_some() {
            continue;
        }
        let listed = title_ending_at(start - 1, &word);
        let Some((ts, t)) = listed.or_else(|| common_noun_before(start - 1, &word)) else {
            continue;
        };
        // The name: proper nouns (with hyphens inside: "al - Assad") up to a word that is none.
        let mut e = start;
        while e + 1 < n
            && (word(e + 1).upos == Upos::Propn
                || (word(e + 1).form == "-" && e + 2 < n && word(e + 2).upos == Upos::Propn))
        {
            e += if word(e + 1).form == "-" { 2 } else { 1 };
        }
        m = e + 1;
        // A name that modifies a noun after it ("President Obama administration") is no head.
        if e + 1 < n && word(e + 1).upos == Upos::Noun {
            continue;
        }
        // Nor, after a common noun, a name before an adjective: "a delegation level North
        // Korean" is no phrase ("a high-level North Korean delegation").
        if listed.is_none() && e + 1 < n && word(e + 1).upos == Upos::Adj {
            continue;
        }
        let mut l = ts;
        while l > 0 && premodifier(word(l - 1)) {
            l -= 1;
        }
        // "is in fact Mohammed Emwazi", "in turn Hamas said": a common noun (no listed title)
        // bare after its preposition, which is the noun's only word before it, is a fixed
        // prepositional phrase of its own, no title of the name after it.
        if listed.is_none()
            && l == ts
            && ts > 0
            && word(ts - 1).upos == Upos::Adp
            && heads[ts - 1] as usize == t
            && rels[ts - 1] == Rel::Case
        {
            continue;
        }
        let (old_heads, old_rels) = (heads.to_vec(), rels.to_vec());
        // "Islamic State of Iraq and Syria leader", "Bank of England governor": a name with
        // "of" (and "and") inside before the title is the title's premodifier too, its inner
        // arcs rebuilt.
        if let Some(a) = name_with_of_before(l, ts, &word, heads, rels) {
            l = a;
            while l > 0 && premodifier(word(l - 1)) {
                l -= 1;
            }
        }
        let inside = |h: u32| h != NO_HEAD && (l..=e).contains(&(h as usize));
        let externals: Vec<usize> = (l..=e).filter(|&k| !inside(heads[k])).collect();
        let restore = |heads: &mut [u32], rels: &mut [Rel]| {
            heads.copy_from_slice(&old_heads);
            rels.copy_from_slice(&old_rels);
        };
        let Some(&first) = externals.first() else {
            restore(heads, rels);
            continue;
        };
        let hx = heads[first];
        if externals.iter().any(|&k| heads[k] != hx) {
            restore(heads, rels);
            continue;
        }
        // Already headed by the name with the title under it: nothing to do.
        if externals == [start] && heads[t] as usize == start {
            restore(heads, rels);
            continue;
        }
        let rx = if externals.contains(&start) {
            rels[start]
        } else if externals.contains(&t) {
            rels[t]
        } else {
            rels[first]
        };
        // The phrase's words outside it all play the one role the phrase has.
        let core = |r: Rel| r.is_subject() || matches!(r.universal(), "obj" | "iobj" | "obl");
        if externals.iter().any(|&k| rels[k] != rx && core(rels[k])) {
            restore(heads, rels);
            continue;
        }
        // A common noun (no listed title) before a name and a verb with no subject, the phrase
        // no subject either: the noun is a phrase of its own and the name the verb's subject
        // ("In a statement Hamas said", "at the same time Brown was shot"), not one phrase.
        if listed.is_none() && e + 1 < n && !rx.is_subject() {
            let next = word(e + 1);
            let verb = match next.upos {
                Upos::Verb => Some(e + 1),
                Upos::Aux => Some(heads[e + 1] as usize).filter(|&h| h < n),
                _ => None,
            };
            let subjectless =
                |v: usize| !(0..n).any(|k| old_heads[k] as usize == v && old_rels[k].is_subject());
            if verb.is_some_and(subjectless) {
                restore(heads, rels);
                continue;
            }
        }
        // What hung on the title part from outside the phrase goes to the name, its new head:
        // the preposition before it ("the beheading of American journalist James Foley"), a
        // copula and its subject ("the hostage was Mr Somers"), "leader …, who".
        for k in (0..l).chain(e + 1..n) {
            if (l..start).contains(&(heads[k] as usize)) {
                heads[k] = start as u32;
            }
        }
        for k in l..start {
            if k == t || (inside(heads[k]) && (heads[k] as usize) < start) {
                continue;
            }
            heads[k] = t as u32;
            if !matches!(
                rels[k],
                Rel::Det
                    | Rel::Amod
                    | Rel::Compound
                    | Rel::NmodPoss
                    | Rel::Punct
                    | Rel::Case
                    | Rel::Nummod
            ) {
                rels[k] = Rel::Compound;
            }
        }
        for k in start + 1..=e {
            if !(start..=e).contains(&(heads[k] as usize)) {
                heads[k] = start as u32;
                rels[k] = if word(k).form == "-" {
                    Rel::Punct
                } else {
                    Rel::Flat
                };
            }
        }
        heads[start] = hx;
        rels[start] = rx;
        heads[t] = start as u32;
        rels[t] = Rel::NmodDesc;
        if keep_if_acyclic(heads, rels, &old_heads, &old_rels) {
            fixes += 1;
        }
    }
    fixes
}

/// A run of capitalised proper nouns from `from` up to `to` (exclusive), not empty.
fn name_run<'a>(from: usize, to: usize, word: &impl Fn(usize) -> RepairWord<'a>) -> bool {
    from < to && (from..to).all(|k| name_word(word(k)))
}

/// "Islamic State of Iraq and Syria leader", "Bank of England governor": when a title's
/// premodifiers (from `l`, the title at `ts`) open with the end of a name "A of X" or "A of X
/// and Y"
/// (runs of capitalised proper nouns, "and" only after "of"), rebuild that name's arcs as UD
/// has them — X `nmod` of A's last word with "of" its `case`, Y `conj` of X with "and" its `cc`,
/// each run's words `compound` of its last — and return where A starts. The caller restores
/// the arcs if it keeps no rewrite.
fn name_with_of_before<'a>(
    l: usize,
    ts: usize,
    word: &impl Fn(usize) -> RepairWord<'a>,
    heads: &mut [u32],
    rels: &mut [Rel],
) -> Option<usize> {
    // The name run that opens the title's premodifiers ("Syria", "Congo" before "health").
    let is = |k: usize, w: &str| word(k).form.eq_ignore_ascii_case(w);
    let re = (l..ts).find(|&k| !name_word(word(k))).unwrap_or(ts);
    if l < 2 || !name_run(l, re, word) {
        return None;
    }
    let run_start = |end: usize| {
        let mut s = end;
        while s > 0 && name_word(word(s - 1)) {
            s -= 1;
        }
        s
    };
    // "… of X and Y TITLE" or "… of X TITLE".
    let (of, x, y) = if is(l - 1, "and") {
        let xs = run_start(l - 1);
        if xs < 2 || xs == l - 1 || !is(xs - 1, "of") {
            return None;
        }
        (xs - 1, (xs, l - 1), Some((l - 1, l, re)))
    } else if is(l - 1, "of") {
        (l - 1, (l, re), None)
    } else {
        return None;
    };
    let a_start = run_start(of);
    if a_start == of {
        return None;
    }
    let hang_run = |(s, e): (usize, usize), heads: &mut [u32], rels: &mut [Rel]| {
        for k in s..e - 1 {
            heads[k] = (e - 1) as u32;
            rels[k] = Rel::Compound;
        }
        e - 1
    };
    let xh = hang_run(x, heads, rels);
    heads[xh] = (of - 1) as u32;
    rels[xh] = Rel::Nmod;
    heads[of] = xh as u32;
    rels[of] = Rel::Case;
    if let Some((and, s, e)) = y {
        let yh = hang_run((s, e), heads, rels);
        heads[yh] = xh as u32;
        rels[yh] = Rel::Conj;
        heads[and] = yh as u32;
        rels[and] = Rel::Cc;
    }
    Some(a_start)
}
