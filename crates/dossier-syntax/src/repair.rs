//! One tree repair after the greedy parser: a sentence left with a noun as its root while a
//! verb that can only be a main verb hangs under it.
//!
//! The greedy parser sometimes reads "The Saudi-led coalition bombed Houthi positions" with
//! "coalition" as the root and "bombed" a participle modifying it (`acl`), so the sentence has
//! no main verb and its subject is lost. In the training treebanks (EWT and GUM train, 19,000
//! gold trees) a noun root without a copula never has such a dependent: a finite verb (VBD,
//! VBZ, VBP) with no subject, no marker and no relative pronoun of its own under it by `acl`,
//! `xcomp`, `ccomp` or `conj` occurs once, and a participle with a direct object and no
//! auxiliary under a noun root only in naming frames ("a chapter titled …", "a drug called …").
//! So when the parser builds one, the verb is promoted: it becomes the root, the noun its
//! subject, and the noun's dependents after the verb move to the verb. A participle of a verb
//! that takes no object (`data/syntax/intransitive_past.txt`: "Rumors of his death exploded")
//! cannot be a passive modifier either and is promoted too when it has no auxiliary.

use crate::doc::{Rel, Upos, NO_HEAD};
use crate::wordlist::WordList;

/// Verbs whose participle takes a name as its object under a noun ("a group called the Masked
/// Men Brigade", "a report titled …"): never promoted.
const NAMING: &[&str] = &[
    "called",
    "named",
    "titled",
    "entitled",
    "dubbed",
    "nicknamed",
    "known",
];

/// What one word has under it.
#[derive(Debug, Clone, Copy, Default)]
struct Under {
    /// A subject, expletive, marker or relative word: a clause of its own.
    own_clause: bool,
    obj: bool,
    aux: bool,
    aux_pass: bool,
}

/// A word of one sentence as the repair sees it.
#[derive(Debug, Clone, Copy)]
pub struct RepairWord<'a> {
    pub upos: Upos,
    pub xpos: &'a str,
    pub form: &'a str,
}

/// Repair the tree of a sentence of `n` words (`word(i)` gives word `i`) in place (`heads`
/// sentence-local, `NO_HEAD` for the root).
/// Returns the promoted verb, if any. Measured (session 13): news arcs check 177 → 179 of 204;
/// EWT dev LAS 80.67 → 80.69, GUM-open dev 80.73 → 80.72; FNC-1 train extract: 13 of 1,683
/// bodies change ("The extremists seized swathes of territory", "Republicans in particular
/// blasted the US defense secretary" read with their subjects).
pub fn promote_main_verb<'a>(
    n: usize,
    word: impl Fn(usize) -> RepairWord<'a>,
    heads: &mut [u32],
    rels: &mut [Rel],
) -> Option<usize> {
    if heads.len() != n || rels.len() != n {
        return None;
    }
    let r = noun_root(heads, &word)?;
    // One pass over the arcs: what each word has under it (linear in the sentence, whatever
    // its shape).
    let mut under = vec![Under::default(); n];
    for c in 0..n {
        let h = heads[c] as usize;
        if h >= n {
            continue;
        }
        let rel = rels[c];
        if h == r && (rel == Rel::Cop || rel.is_subject()) {
            return None;
        }
        let u = &mut under[h];
        u.own_clause |= rel.is_subject()
            || matches!(rel, Rel::Expl | Rel::Mark)
            || matches!(word(c).xpos, "WDT" | "WP" | "WP$" | "WRB");
        u.obj |= rel == Rel::Obj;
        u.aux |= matches!(rel, Rel::Aux | Rel::AuxPass);
        u.aux_pass |= rel == Rel::AuxPass;
    }
    let v = (r + 1..n).find(|&v| {
        let w = word(v);
        if heads[v] as usize != r || w.upos != Upos::Verb || under[v].own_clause {
            return false;
        }
        if !matches!(rels[v].universal(), "acl" | "xcomp" | "ccomp" | "conj") {
            return false;
        }
        match w.xpos {
            "VBD" | "VBZ" | "VBP" => true,
            // A participle with an object, or of a verb that takes none
            // (`data/syntax/intransitive_past.txt`: "Rumors of his death exploded over the
            // weekend"), without an auxiliary: no passive modifier of the noun.
            "VBN" => {
                let intransitive = participle::INTRANSITIVE.contains_lower(w.form);
                (under[v].obj || intransitive)
                    && !under[v].aux
                    && !NAMING.iter().any(|x| x.eq_ignore_ascii_case(w.form))
            }
            _ => false,
        }
    })?;
    let passive = under[v].aux_pass;
    moves::rehang(heads, rels, |h| h == r, v, |c| c > v, moves::nmod_to_obl);
    heads[v] = NO_HEAD;
    rels[v] = Rel::Root;
    heads[r] = v as u32;
    rels[r] = if passive { Rel::NsubjPass } else { Rel::Nsubj };
    Some(v)
}

/// Subjects the repair may move: `nsubj` and `nsubj:pass` (no gold head in EWT and GUM train
/// has two of them).
fn is_plain_subject(rel: Rel) -> bool {
    matches!(rel, Rel::Nsubj | Rel::NsubjPass)
}

/// The tree as the subject repair reads it: children and subtree edges.
struct Shape {
    kids: Vec<Vec<usize>>,
    left: Vec<usize>,
    right: Vec<usize>,
}

impl Shape {
    fn new(n: usize, heads: &[u32]) -> Shape {
        let mut kids = vec![Vec::new(); n];
        let (mut left, mut right): (Vec<usize>, Vec<usize>) = ((0..n).collect(), (0..n).collect());
        for c in 0..n {
            let h = heads[c] as usize;
            if h < n {
                kids[h].push(c);
            }
            // Walk up at most n steps (a cycle cannot hang the repair).
            let mut a = h;
            let mut steps = 0;
            while a < n && steps < n {
                left[a] = left[a].min(c);
                right[a] = right[a].max(c);
                a = heads[a] as usize;
                steps += 1;
            }
        }
        Shape { kids, left, right }
    }

    fn has_subject(&self, v: usize, rels: &[Rel]) -> bool {
        self.kids[v]
            .iter()
            .any(|&k| rels[k].is_subject() || rels[k] == Rel::Expl)
    }
}

/// Finite verb forms (a clause that needs a subject of its own).
fn finite(xpos: &str) -> bool {
    matches!(xpos, "VBD" | "VBZ" | "VBP" | "MD")
}

/// Words that open a clause rather than fill its subject slot.
fn relative_or_marker(xpos: &str) -> bool {
    matches!(xpos, "WDT" | "WP" | "WP$" | "WRB" | "IN")
}

/// The sentence's root when the parser made a noun or a name of it: where the repairs that
/// give the root to a verb start.
fn noun_root<'a>(heads: &[u32], word: &impl Fn(usize) -> RepairWord<'a>) -> Option<usize> {
    let r = heads.iter().position(|&h| h == NO_HEAD)?;
    matches!(word(r).upos, Upos::Noun | Upos::Propn).then_some(r)
}

/// The time words of `data/syntax/time_words.txt` (lower case).
static TIME_WORDS: WordList = WordList::new(include_str!("../../../data/syntax/time_words.txt"));

/// A verb form of `data/syntax/clause_verbs.txt` (any case): a verb that takes a clause as its
/// complement without "that" ("said", "believe", "warned").
fn clause_verb(form: &str) -> bool {
    static WORDS: WordList = WordList::new(include_str!("../../../data/syntax/clause_verbs.txt"));
    WORDS.contains_lower(form)
}

mod arguments;
mod attributive_participle;
mod aux_clause;
mod base_after_be;
mod clause_conj;
mod clause_phrase;
mod clause_subject;
mod complementizer;
mod dash_phrase;
mod dateline;
mod day_clause;
mod expletive;
mod gapped_passive;
mod gerund;
mod gerund_on_name;
mod have_verb;
mod inverted_cue;
mod moves;
mod name_apposition;
mod noun_adjective;
mod noun_verb;
mod one_subject;
mod opening_participle;
mod opening_phrase;
mod participle;
mod participle_acl;
mod participle_head;
mod participle_past;
mod participle_subject;
mod particle;
mod passive_adjective;
mod past_verb;
mod perfect_participle;
mod postnominal_adjective;
mod quote_speaker;
mod relative_clause;
mod subject_obl;
mod title_name;
use arguments::{
    double_genitive_before_verb, get_passive_in_phrase, recipient_before_object,
    relative_clause_before_speech_verb, two_objects,
};
pub use attributive_participle::participles_read_as_attributive;
use aux_clause::auxiliary_clause_on_noun;
pub use base_after_be::base_verbs_after_be;
use clause_conj::clauses_read_as_noun_coordination;
use clause_phrase::{
    clause_read_as_modifier, clause_read_as_oblique, content_clause_read_as_relative,
};
use clause_subject::{
    according_to_on_noun, coordinated_subjects, main_verb_inside_relative_clause,
    vocative_read_as_subject,
};
pub use complementizer::{
    clause_markers_read_as_prepositions, complementizers_read_as_determiners,
};
use dash_phrase::dash_phrase_in_subject;
use dateline::dateline_on_root;
use day_clause::clause_on_time_word;
use expletive::{adverb_after_auxiliary, it_before_raising_verb};
pub use gapped_passive::gapped_passive_conjuncts;
use gerund::gerund_after_of;
use gerund_on_name::gerund_on_named_object;
pub use have_verb::have_read_as_auxiliary;
use inverted_cue::inverted_speech_verb;
use name_apposition::name_after_noun_is_apposition;
pub use noun_adjective::{adjectives_read_as_nouns, nouns_read_as_adjectives};
pub use noun_verb::{
    capitals_read_as_verbs, gerunds_read_as_verbs, nouns_after_modals, plural_nouns_read_as_verbs,
    prepositions_read_as_other, suffix_plurals_read_as_verbs,
};
pub(crate) use one_subject::{dependents_per_head, one_subject_per_head};
use opening_participle::opening_participle_clause;
use opening_phrase::clause_after_opening_phrase;
pub use participle::passive_conjunct_participles;
use participle_acl::participle_on_subject;
use participle_head::participle_heading_verb;
pub use participle_past::participles_read_as_past;
use participle_past::{agent_participle_on_object, clause_on_object_of_speech_verb};
use participle_subject::{
    participle_read_as_subject, participle_under_subject, reporting_verb_after_to_be,
};
pub use particle::{
    particles_read_as_prepositions, past_after_double_genitive, phrasal_verbs_read_as_nouns,
};
pub use passive_adjective::passive_read_as_adjective;
pub use past_verb::{
    irregular_past, passive_participles_read_as_nouns, past_verbs_read_as_nominals,
};
use perfect_participle::participle_after_have;
use postnominal_adjective::adjective_read_as_predicate;
use quote_speaker::{reporting_verb_read_as_modifier, speaker_after_quote};
use relative_clause::{comma_relative_clause, that_read_as_object};
use subject_obl::{apposition_on_opening_obl, opening_obl_as_subject};
use title_name::name_heads_title;

/// One tree repair over a sentence of `n` words: `word(i)` gives word `i`; fixes `heads` and
/// `rels` (both of length `n`, as [`subject_repairs`] checks before any step runs) in place and
/// returns how many it made.
type Repair<W> = fn(usize, W, &mut [u32], &mut [Rel]) -> usize;

/// The tree repairs that run after [`promote_main_verb`] when the subject repair is on, in
/// their order: a verb with its finite auxiliary read as a relative clause on the noun before
/// it (its subject: "Islamic State militants are launching", session 37), an opening participle
/// clause set off by a comma read as the main verb's clausal subject, the root or a modifier of
/// the noun after it ("Speaking to CNN, the spokesman said", session 37), "of" gerunds, adverbs after an auxiliary, a wire dateline's place (no
/// subject), the clause after an opening "According to X ," read as hung on X, a titled name as its phrase's head
/// (before two subjects are settled: "US Secretary of State John Kerry said" reads as two), a
/// phrase set off by dashes inside the subject ("Three members of ISIS – including an aide –
/// were killed", session 33), coordinated subjects ("Neither the army nor police commented"), a relative clause set off
/// between a subject and its speech verb ("Gawker, which broke the story, says"), one subject
/// per head, a
/// name read as a vocative before its verb (its subject), an opening obl as subject, a
/// subject read as the apposition of an opening prepositional phrase ("In the statement,
/// Foley's mother, Diane Foley, said"), a participle set off after the subject
/// read as the head of the verb, a present participle on the subject read as the head of the
/// verb ("Officials hoping to … said") or a name after "claiming to be" read as the reporting
/// verb's subject, clauses set off by commas after a noun ("who …",
/// "which …"), the main verb read inside such a relative clause on a noun root, "according to
/// X" set off by commas on a noun (an `obl` of the clause's verb), a participle after the subject, a name set off after a common noun (its
/// apposition), two clauses read as one coordinated noun phrase ("bombed Gaza and Hamas
/// launched"), then a "that" clause hung on a day (after the subject repair has made "that" a
/// marker), an "of" gerund on a named object ("accused Moscow of sending"), then session 30's
/// clauses read as phrases ("after the leader brought", "no such event had been planned",
/// "told Yahoo News that the audio needs"), two direct objects ("sent Russia the missiles"), a
/// recipient read as the head of a compound ("gave the rebels weapons", session 31), a
/// get-passive inside the subject's phrase ("a Marine gets shot") and a double genitive before
/// the verb ("friends of Emwazi's said") and a name after a closing quotation mark, set off
/// before its speech verb ("…,” Welat Avar, a doctor, told Reuters", session 31), a speech
/// verb read as a modifier of its subject after a comma ("…, a senior official told NBC News",
/// session 33), and an
/// adjective with its complement after a noun read as the root ("People familiar with the
/// plans told", session 32) and a perfect's participle read as a modifier ("the militants had
/// used chlorine gas"), then "it" before "appeared that" an expletive. Returns how many fixes were made (none when `heads` or `rels` do not hold
/// `n` words). The retagging of bare past forms
/// ([`passive_conjunct_participles`]) is the caller's: it changes tags, not the tree.
pub fn subject_repairs<'a, W: Fn(usize) -> RepairWord<'a> + Copy>(
    n: usize,
    word: W,
    heads: &mut [u32],
    rels: &mut [Rel],
) -> usize {
    // Checked once here: the steps index `heads` and `rels` by word and assume both hold `n`.
    if heads.len() != n || rels.len() != n {
        return 0;
    }
    let steps: [Repair<W>; 42] = [
        auxiliary_clause_on_noun,
        opening_participle_clause,
        gerund_after_of,
        adverb_after_auxiliary,
        dateline_on_root,
        clause_after_opening_phrase,
        name_heads_title,
        dash_phrase_in_subject,
        coordinated_subjects,
        relative_clause_before_speech_verb,
        participle_read_as_subject,
        one_subject_per_head,
        vocative_read_as_subject,
        opening_obl_as_subject,
        apposition_on_opening_obl,
        participle_heading_verb,
        participle_under_subject,
        reporting_verb_after_to_be,
        comma_relative_clause,
        main_verb_inside_relative_clause,
        according_to_on_noun,
        participle_on_subject,
        name_after_noun_is_apposition,
        clauses_read_as_noun_coordination,
        clause_on_time_word,
        gerund_on_named_object,
        clause_read_as_oblique,
        clause_read_as_modifier,
        content_clause_read_as_relative,
        two_objects,
        recipient_before_object,
        get_passive_in_phrase,
        double_genitive_before_verb,
        speaker_after_quote,
        inverted_speech_verb,
        reporting_verb_read_as_modifier,
        adjective_read_as_predicate,
        participle_after_have,
        it_before_raising_verb,
        clause_on_object_of_speech_verb,
        agent_participle_on_object,
        that_read_as_object,
    ];
    steps.iter().map(|step| step(n, word, heads, rels)).sum()
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_edges;
#[cfg(test)]
mod tests_session25;
#[cfg(test)]
mod tests_session26;
#[cfg(test)]
mod tests_session27;
#[cfg(test)]
mod tests_session28;
#[cfg(test)]
mod tests_session29;
#[cfg(test)]
mod tests_session36;
#[cfg(test)]
mod tests_session37;
