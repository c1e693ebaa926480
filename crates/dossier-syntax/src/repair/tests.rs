//! Tests of the tree repairs on sentences as the greedy parser reads them.
use super::*;

pub(super) fn w<'a>(upos: Upos, xpos: &'a str, form: &'a str) -> RepairWord<'a> {
    RepairWord { upos, xpos, form }
}

#[test]
fn a_participle_with_an_object_under_a_noun_root_becomes_the_main_verb() {
    // The coalition bombed positions overnight .
    let words = [
        w(Upos::Det, "DT", "the"),
        w(Upos::Noun, "NN", "coalition"),
        w(Upos::Verb, "VBN", "bombed"),
        w(Upos::Noun, "NNS", "positions"),
        w(Upos::Adv, "RB", "overnight"),
        w(Upos::Punct, ".", "."),
    ];
    let mut heads = vec![1, NO_HEAD, 1, 2, 2, 1];
    let mut rels = vec![
        Rel::Det,
        Rel::Root,
        Rel::Acl,
        Rel::Obj,
        Rel::Advmod,
        Rel::Punct,
    ];
    assert_eq!(
        promote_main_verb(words.len(), |i| words[i], &mut heads, &mut rels),
        Some(2)
    );
    assert_eq!(heads, vec![1, 2, NO_HEAD, 2, 2, 2]);
    assert_eq!(rels[1], Rel::Nsubj);
    assert_eq!(rels[2], Rel::Root);
}

#[test]
fn naming_participles_relative_clauses_and_headlines_stay() {
    // a group called the Brigade (fragment): a naming participle stays.
    let words = [
        w(Upos::Det, "DT", "a"),
        w(Upos::Noun, "NN", "group"),
        w(Upos::Verb, "VBN", "called"),
        w(Upos::Det, "DT", "the"),
        w(Upos::Propn, "NNP", "brigade"),
    ];
    let mut heads = vec![1, NO_HEAD, 1, 4, 2];
    let mut rels = vec![Rel::Det, Rel::Root, Rel::Acl, Rel::Det, Rel::Obj];
    assert_eq!(
        promote_main_verb(words.len(), |i| words[i], &mut heads, &mut rels),
        None
    );
    // Men who fled the town (fragment): the relative clause has its own subject.
    let words = [
        w(Upos::Noun, "NNS", "men"),
        w(Upos::Pron, "WP", "who"),
        w(Upos::Verb, "VBD", "fled"),
        w(Upos::Det, "DT", "the"),
        w(Upos::Noun, "NN", "town"),
    ];
    let mut heads = vec![NO_HEAD, 2, 0, 4, 2];
    let mut rels = vec![Rel::Root, Rel::Nsubj, Rel::AclRelcl, Rel::Det, Rel::Obj];
    assert_eq!(
        promote_main_verb(words.len(), |i| words[i], &mut heads, &mut rels),
        None
    );
    // Troops killed in ambush (headline): a participle without an object stays.
    let words = [
        w(Upos::Noun, "NNS", "troops"),
        w(Upos::Verb, "VBN", "killed"),
        w(Upos::Adp, "IN", "in"),
        w(Upos::Noun, "NN", "ambush"),
    ];
    let mut heads = vec![NO_HEAD, 0, 3, 1];
    let mut rels = vec![Rel::Root, Rel::Acl, Rel::Case, Rel::Obl];
    assert_eq!(
        promote_main_verb(words.len(), |i| words[i], &mut heads, &mut rels),
        None
    );
}

/// A sentence as (form, UPOS, XPOS, head (1-based, 0 = root), relation) rows, the way the
/// greedy parser reads it.
type Row<'a> = (&'a str, Upos, &'a str, u32, Rel);

fn run(rows: &[Row]) -> (Vec<u32>, Vec<Rel>, usize) {
    let words: Vec<RepairWord> = rows.iter().map(|r| w(r.1, r.2, r.0)).collect();
    let mut heads: Vec<u32> = rows
        .iter()
        .map(|r| if r.3 == 0 { NO_HEAD } else { r.3 - 1 })
        .collect();
    let mut rels: Vec<Rel> = rows.iter().map(|r| r.4).collect();
    let fixes = one_subject_per_head(words.len(), |i| words[i], &mut heads, &mut rels);
    (heads, rels, fixes)
}

pub(super) fn subjects_of(h: usize, heads: &[u32], rels: &[Rel]) -> Vec<usize> {
    (0..heads.len())
        .filter(|&c| heads[c] as usize == h && is_plain_subject(rels[c]))
        .collect()
}

#[test]
fn a_complementizer_read_as_a_subject_becomes_the_marker() {
    use Upos::*;
    // Media noted Thursday that Castro had not been seen in public .
    let rows: &[Row] = &[
        ("Media", Noun, "NNS", 2, Rel::Nsubj),
        ("noted", Verb, "VBD", 0, Rel::Root),
        ("Thursday", Propn, "NNP", 2, Rel::Obl),
        ("that", Pron, "WDT", 9, Rel::NsubjPass),
        ("Castro", Propn, "NNP", 9, Rel::NsubjPass),
        ("had", Aux, "VBD", 9, Rel::Aux),
        ("not", Part, "RB", 9, Rel::Advmod),
        ("been", Aux, "VBN", 9, Rel::AuxPass),
        ("seen", Verb, "VBN", 2, Rel::AclRelcl),
        ("in", Adp, "IN", 11, Rel::Case),
        ("public", Noun, "NN", 9, Rel::Obl),
        (".", Punct, ".", 2, Rel::Punct),
    ];
    let (heads, rels, fixes) = run(rows);
    assert_eq!(fixes, 1);
    assert_eq!(rels[3], Rel::Mark);
    assert_eq!(
        rels[8],
        Rel::Ccomp,
        "a clause under a verb is its complement"
    );
    assert_eq!(subjects_of(8, &heads, &rels), vec![4]);
    // "That 's when things went wrong": a demonstrative subject is not a marker.
    let rows: &[Row] = &[
        ("That", Pron, "DT", 5, Rel::Nsubj),
        ("'s", Aux, "VBZ", 5, Rel::Cop),
        ("when", Adv, "WRB", 5, Rel::Advmod),
        ("things", Noun, "NNS", 5, Rel::Nsubj),
        ("went", Verb, "VBD", 0, Rel::Root),
        ("wrong", Adj, "JJ", 5, Rel::Xcomp),
    ];
    let (_, rels, fixes) = run(rows);
    assert_eq!(fixes, 0);
    assert_eq!(rels[0], Rel::Nsubj);
}

#[test]
fn a_subject_before_a_clause_that_lacks_one_goes_to_that_clause() {
    use Upos::*;
    // Officials said the prosecutor 's office had sent teams of experts .
    let rows: &[Row] = &[
        ("Officials", Noun, "NNS", 2, Rel::Nsubj),
        ("said", Verb, "VBD", 0, Rel::Root),
        ("the", Det, "DT", 4, Rel::Det),
        ("prosecutor", Noun, "NN", 6, Rel::NmodPoss),
        ("'s", Part, "POS", 4, Rel::Case),
        ("office", Noun, "NN", 2, Rel::Nsubj),
        ("had", Aux, "VBD", 8, Rel::Aux),
        ("sent", Verb, "VBN", 6, Rel::AclRelcl),
        ("teams", Noun, "NNS", 8, Rel::Obj),
        ("of", Adp, "IN", 11, Rel::Case),
        ("experts", Noun, "NNS", 9, Rel::Nmod),
        (".", Punct, ".", 2, Rel::Punct),
    ];
    let (heads, rels, fixes) = run(rows);
    assert_eq!(fixes, 1);
    assert_eq!((heads[7], rels[7]), (1, Rel::Ccomp));
    assert_eq!(subjects_of(7, &heads, &rels), vec![5]);
    assert_eq!(subjects_of(1, &heads, &rels), vec![0]);
    // The suspects had ties to other groups , Chaffetz said .
    let rows: &[Row] = &[
        ("The", Det, "DT", 2, Rel::Det),
        ("suspects", Noun, "NNS", 10, Rel::Nsubj),
        ("had", Verb, "VBD", 10, Rel::Ccomp),
        ("ties", Noun, "NNS", 3, Rel::Obj),
        ("to", Adp, "IN", 7, Rel::Case),
        ("other", Adj, "JJ", 7, Rel::Amod),
        ("groups", Noun, "NNS", 4, Rel::Nmod),
        (",", Punct, ",", 10, Rel::Punct),
        ("Chaffetz", Propn, "NNP", 10, Rel::Nsubj),
        ("said", Verb, "VBD", 0, Rel::Root),
        (".", Punct, ".", 10, Rel::Punct),
    ];
    let (heads, rels, _) = run(rows);
    assert_eq!(subjects_of(2, &heads, &rels), vec![1]);
    assert_eq!(subjects_of(9, &heads, &rels), vec![8]);
}

#[test]
fn a_subject_before_the_verb_that_governs_the_head_goes_to_that_verb() {
    use Upos::*;
    // The minister told reporters he believes the talks will fail .
    let rows: &[Row] = &[
        ("The", Det, "DT", 2, Rel::Det),
        ("minister", Noun, "NN", 6, Rel::Nsubj),
        ("told", Verb, "VBD", 0, Rel::Root),
        ("reporters", Noun, "NNS", 3, Rel::Obj),
        ("he", Pron, "PRP", 6, Rel::Nsubj),
        ("believes", Verb, "VBZ", 3, Rel::Ccomp),
        ("the", Det, "DT", 8, Rel::Det),
        ("talks", Noun, "NNS", 10, Rel::Nsubj),
        ("will", Aux, "MD", 10, Rel::Aux),
        ("fail", Verb, "VB", 6, Rel::Ccomp),
    ];
    let (heads, rels, fixes) = run(rows);
    assert_eq!(fixes, 1);
    assert_eq!(subjects_of(2, &heads, &rels), vec![1]);
    assert_eq!(subjects_of(5, &heads, &rels), vec![4]);
}

#[test]
fn a_verb_read_as_a_participle_on_the_subject_becomes_the_reported_clause() {
    use Upos::*;
    // Fighters seized a cache of weapons , activists said .
    let rows: &[Row] = &[
        ("Fighters", Noun, "NNS", 9, Rel::Nsubj),
        ("seized", Verb, "VBN", 1, Rel::Acl),
        ("a", Det, "DT", 4, Rel::Det),
        ("cache", Noun, "NN", 2, Rel::Obj),
        ("of", Adp, "IN", 6, Rel::Case),
        ("weapons", Noun, "NNS", 4, Rel::Nmod),
        (",", Punct, ",", 9, Rel::Punct),
        ("activists", Noun, "NNS", 9, Rel::Nsubj),
        ("said", Verb, "VBD", 0, Rel::Root),
        (".", Punct, ".", 9, Rel::Punct),
    ];
    let (heads, rels, fixes) = run(rows);
    assert_eq!(fixes, 1);
    assert_eq!((heads[1], rels[1]), (8, Rel::Ccomp));
    assert_eq!(subjects_of(1, &heads, &rels), vec![0]);
    assert_eq!(subjects_of(8, &heads, &rels), vec![7]);
    // ... jailers , who beat their prisoners (fragment): the head is a relative clause,
    // so the first noun's participle is not what it reports.
    let rows: &[Row] = &[
        ("hostages", Noun, "NNS", 6, Rel::Nsubj),
        ("regarded", Verb, "VBD", 1, Rel::Acl),
        ("jailers", Noun, "NNS", 2, Rel::Obj),
        (",", Punct, ",", 6, Rel::Punct),
        ("who", Pron, "WP", 6, Rel::Nsubj),
        ("beat", Verb, "VBD", 0, Rel::Root),
        ("prisoners", Noun, "NNS", 6, Rel::Obj),
    ];
    let (_, _, fixes) = run(rows);
    assert_eq!(fixes, 0);
}

#[test]
fn an_apposition_and_a_title_are_not_subjects() {
    use Upos::*;
    // Trip Chowdhry , an analyst at the firm , has predicted a launch .
    let rows: &[Row] = &[
        ("Trip", Propn, "NNP", 11, Rel::Nsubj),
        ("Chowdhry", Propn, "NNP", 1, Rel::Flat),
        (",", Punct, ",", 5, Rel::Punct),
        ("an", Det, "DT", 5, Rel::Det),
        ("analyst", Noun, "NN", 11, Rel::Nsubj),
        ("at", Adp, "IN", 8, Rel::Case),
        ("the", Det, "DT", 8, Rel::Det),
        ("firm", Noun, "NN", 5, Rel::Nmod),
        (",", Punct, ",", 5, Rel::Punct),
        ("has", Aux, "VBZ", 11, Rel::Aux),
        ("predicted", Verb, "VBN", 0, Rel::Root),
        ("a", Det, "DT", 13, Rel::Det),
        ("launch", Noun, "NN", 11, Rel::Obj),
    ];
    let (heads, rels, fixes) = run(rows);
    assert_eq!(fixes, 1);
    assert_eq!((heads[4], rels[4]), (0, Rel::Appos));
    assert_eq!(subjects_of(10, &heads, &rels), vec![0]);
    // Foley 's murder , Obama said , was an act of violence: no closing comma after the
    // second noun, nothing moves.
    let rows: &[Row] = &[
        ("Foley", Propn, "NNP", 3, Rel::NmodPoss),
        ("'s", Part, "POS", 1, Rel::Case),
        ("murder", Noun, "NN", 6, Rel::Nsubj),
        (",", Punct, ",", 6, Rel::Punct),
        ("Obama", Propn, "NNP", 6, Rel::Nsubj),
        ("said", Verb, "VBD", 0, Rel::Root),
        (",", Punct, ",", 6, Rel::Punct),
        ("was", Aux, "VBD", 6, Rel::Ccomp),
    ];
    assert_eq!(run(rows).2, 0);
    // Assistant manager Katrina Cavanagh said : a title on a name.
    let rows: &[Row] = &[
        ("Assistant", Adj, "JJ", 2, Rel::Amod),
        ("manager", Noun, "NN", 5, Rel::Nsubj),
        ("Katrina", Propn, "NNP", 5, Rel::Nsubj),
        ("Cavanagh", Propn, "NNP", 3, Rel::Flat),
        ("said", Verb, "VBD", 0, Rel::Root),
    ];
    let (heads, rels, _) = run(rows);
    assert_eq!((heads[1], rels[1]), (2, Rel::Compound));
    assert_eq!(subjects_of(4, &heads, &rels), vec![2]);
    // Tim Cook revealed the watch : one name, headed by its first word.
    let rows: &[Row] = &[
        ("Tim", Propn, "NNP", 3, Rel::Nsubj),
        ("Cook", Propn, "NNP", 3, Rel::Nsubj),
        ("revealed", Verb, "VBD", 0, Rel::Root),
        ("the", Det, "DT", 5, Rel::Det),
        ("watch", Noun, "NN", 3, Rel::Obj),
    ];
    let (heads, rels, _) = run(rows);
    assert_eq!((heads[1], rels[1]), (0, Rel::Flat));
    assert_eq!(subjects_of(2, &heads, &rels), vec![0]);
    // Nigerian officials Friday announced a ceasefire : a plural noun modifies nothing.
    let rows: &[Row] = &[
        ("Nigerian", Adj, "JJ", 2, Rel::Amod),
        ("officials", Noun, "NNS", 4, Rel::Nsubj),
        ("Friday", Propn, "NNP", 4, Rel::Nsubj),
        ("announced", Verb, "VBD", 0, Rel::Root),
        ("a", Det, "DT", 6, Rel::Det),
        ("ceasefire", Noun, "NN", 4, Rel::Obj),
    ];
    let (_, rels, _) = run(rows);
    assert_eq!(rels[1], Rel::Nsubj);
}

#[test]
fn a_time_word_set_off_before_the_subject_is_a_time_modifier() {
    use Upos::*;
    // Later Saturday , tribal leaders said they saw helicopters .
    let rows: &[Row] = &[
        ("Later", Adv, "RBR", 2, Rel::Advmod),
        ("Saturday", Propn, "NNP", 6, Rel::Nsubj),
        (",", Punct, ",", 2, Rel::Punct),
        ("tribal", Adj, "JJ", 5, Rel::Amod),
        ("leaders", Noun, "NNS", 6, Rel::Nsubj),
        ("said", Verb, "VBD", 0, Rel::Root),
        ("they", Pron, "PRP", 8, Rel::Nsubj),
        ("saw", Verb, "VBD", 6, Rel::Ccomp),
        ("helicopters", Noun, "NNS", 8, Rel::Obj),
        (".", Punct, ".", 6, Rel::Punct),
    ];
    let (heads, rels, fixes) = run(rows);
    assert_eq!(fixes, 1);
    assert_eq!(rels[1], Rel::OblUnmarked);
    assert_eq!(subjects_of(5, &heads, &rels), vec![4]);
    // "Saturday's attack, officials said …" is no bare time word: a name without a comma
    // after it ("Monday Night Football organisers said") keeps the parser's reading too.
    let rows: &[Row] = &[
        ("Reuters", Propn, "NNP", 4, Rel::Nsubj),
        ("Monday", Propn, "NNP", 4, Rel::Nsubj),
        ("night", Noun, "NN", 2, Rel::Compound),
        ("said", Verb, "VBD", 0, Rel::Root),
    ];
    let (_, rels, _) = run(rows);
    assert_ne!(rels[1], Rel::OblUnmarked);
}

#[test]
fn the_gerund_modifies_the_noun_phrase_after_of() {
    // the US was not aware of Islamic State conducting flights
    let words = [
        w(Upos::Det, "DT", "the"),
        w(Upos::Propn, "NNP", "US"),
        w(Upos::Aux, "VBD", "was"),
        w(Upos::Part, "RB", "not"),
        w(Upos::Adj, "JJ", "aware"),
        w(Upos::Adp, "IN", "of"),
        w(Upos::Adj, "JJ", "Islamic"),
        w(Upos::Propn, "NNP", "State"),
        w(Upos::Verb, "VBG", "conducting"),
        w(Upos::Noun, "NNS", "flights"),
    ];
    let mut heads = vec![1, 4, 4, 4, NO_HEAD, 7, 7, 4, 4, 8];
    let mut rels = vec![
        Rel::Det,
        Rel::Nsubj,
        Rel::Cop,
        Rel::Advmod,
        Rel::Root,
        Rel::Case,
        Rel::Amod,
        Rel::Obl,
        Rel::Advcl,
        Rel::Obj,
    ];
    assert_eq!(
        gerund_after_of(words.len(), |i| words[i], &mut heads, &mut rels),
        1
    );
    assert_eq!((heads[8], rels[8]), (7, Rel::Acl));
    assert_eq!((heads[7], rels[7]), (4, Rel::Obl));
}

#[test]
fn a_gerund_after_a_comma_or_with_a_subject_stays() {
    // accused of the murder , saying …: a comma between.
    let words = [
        w(Upos::Verb, "VBN", "accused"),
        w(Upos::Adp, "IN", "of"),
        w(Upos::Det, "DT", "the"),
        w(Upos::Noun, "NN", "murder"),
        w(Upos::Punct, ",", ","),
        w(Upos::Verb, "VBG", "saying"),
    ];
    let mut heads = vec![NO_HEAD, 3, 3, 0, 5, 0];
    let mut rels = vec![
        Rel::Root,
        Rel::Case,
        Rel::Det,
        Rel::Obl,
        Rel::Punct,
        Rel::Advcl,
    ];
    let before = (heads.clone(), rels.clone());
    assert_eq!(
        gerund_after_of(words.len(), |i| words[i], &mut heads, &mut rels),
        0
    );
    assert_eq!((heads, rels), before);
}

#[test]
fn a_bare_past_form_conjoined_to_a_passive_is_its_participle() {
    // Two workers were kidnapped and held for ransom .
    let words = [
        w(Upos::Num, "CD", "two"),
        w(Upos::Noun, "NNS", "workers"),
        w(Upos::Aux, "VBD", "were"),
        w(Upos::Verb, "VBN", "kidnapped"),
        w(Upos::Cconj, "CC", "and"),
        w(Upos::Verb, "VBD", "held"),
        w(Upos::Adp, "IN", "for"),
        w(Upos::Noun, "NN", "ransom"),
        w(Upos::Punct, ".", "."),
    ];
    let heads = vec![1, 3, 3, NO_HEAD, 5, 3, 7, 5, 3];
    let rels = vec![
        Rel::Nummod,
        Rel::NsubjPass,
        Rel::AuxPass,
        Rel::Root,
        Rel::Cc,
        Rel::Conj,
        Rel::Case,
        Rel::Obl,
        Rel::Punct,
    ];
    let found = passive_conjunct_participles(words.len(), |i| words[i], &heads, &rels);
    assert_eq!(found, vec![5]);
    // "... were arrested and died in custody": a verb that takes no object keeps its tense.
    let mut died = words;
    died[5] = w(Upos::Verb, "VBD", "died");
    assert!(passive_conjunct_participles(died.len(), |i| died[i], &heads, &rels).is_empty());
    // Under an active verb ("Rebels seized the town and held it for days") nothing changes.
    let mut active_rels = rels.clone();
    active_rels[1] = Rel::Nsubj;
    active_rels[2] = Rel::Aux;
    assert!(
        passive_conjunct_participles(words.len(), |i| words[i], &heads, &active_rels).is_empty()
    );
}

#[test]
fn since_after_an_auxiliary_is_an_adverb_and_the_expletive_goes_to_the_verb() {
    // It has since been claimed that it was staged .
    let words = [
        w(Upos::Pron, "PRP", "It"),
        w(Upos::Aux, "VBZ", "has"),
        w(Upos::Sconj, "IN", "since"),
        w(Upos::Aux, "VBN", "been"),
        w(Upos::Verb, "VBN", "claimed"),
        w(Upos::Sconj, "IN", "that"),
        w(Upos::Pron, "PRP", "it"),
        w(Upos::Aux, "VBD", "was"),
        w(Upos::Verb, "VBN", "staged"),
        w(Upos::Punct, ".", "."),
    ];
    let mut heads = vec![1, 4, 4, 4, NO_HEAD, 8, 8, 8, 4, 4];
    let mut rels = vec![
        Rel::Nsubj,
        Rel::Aux,
        Rel::Mark,
        Rel::AuxPass,
        Rel::Root,
        Rel::Mark,
        Rel::NsubjPass,
        Rel::AuxPass,
        Rel::Ccomp,
        Rel::Punct,
    ];
    assert_eq!(
        adverb_after_auxiliary(words.len(), |i| words[i], &mut heads, &mut rels),
        2
    );
    assert_eq!((heads[0], rels[0]), (4, Rel::NsubjPass));
    assert_eq!(rels[2], Rel::Advmod);
    // The real marker of the reported clause stays.
    assert_eq!(rels[5], Rel::Mark);
    // "after being arrested": a marker before a non-finite auxiliary opens a clause.
    let words = [
        w(Upos::Sconj, "IN", "after"),
        w(Upos::Aux, "VBG", "being"),
        w(Upos::Verb, "VBN", "arrested"),
    ];
    let mut heads = vec![2, 2, NO_HEAD];
    let mut rels = vec![Rel::Mark, Rel::AuxPass, Rel::Root];
    assert_eq!(
        adverb_after_auxiliary(words.len(), |i| words[i], &mut heads, &mut rels),
        0
    );
}

#[test]
fn a_that_clause_hung_on_a_day_goes_to_the_reporting_verb() {
    // The army said on Sunday that militants were killed .
    let words = [
        w(Upos::Det, "DT", "The"),
        w(Upos::Noun, "NN", "army"),
        w(Upos::Verb, "VBD", "said"),
        w(Upos::Adp, "IN", "on"),
        w(Upos::Propn, "NNP", "Sunday"),
        w(Upos::Sconj, "IN", "that"),
        w(Upos::Noun, "NNS", "militants"),
        w(Upos::Aux, "VBD", "were"),
        w(Upos::Verb, "VBN", "killed"),
        w(Upos::Punct, ".", "."),
    ];
    let mut heads = vec![1, 2, NO_HEAD, 4, 2, 8, 8, 8, 4, 2];
    let mut rels = vec![
        Rel::Det,
        Rel::Nsubj,
        Rel::Root,
        Rel::Case,
        Rel::Obl,
        Rel::Mark,
        Rel::NsubjPass,
        Rel::AuxPass,
        Rel::Acl,
        Rel::Punct,
    ];
    let (h0, r0) = (heads.clone(), rels.clone());
    assert_eq!(
        clause_on_time_word(words.len(), |i| words[i], &mut heads, &mut rels),
        1
    );
    assert_eq!((heads[8], rels[8]), (2, Rel::Ccomp));
    // "the report that militants were killed": not a time word, the noun keeps its clause.
    let mut words2 = words;
    words2[4] = w(Upos::Noun, "NN", "report");
    let (mut heads, mut rels) = (h0, r0);
    assert_eq!(
        clause_on_time_word(words2.len(), |i| words2[i], &mut heads, &mut rels),
        0
    );
    assert_eq!((heads[8], rels[8]), (4, Rel::Acl));
}

#[test]
fn an_opening_noun_phrase_read_as_a_bare_obl_is_the_subject() {
    // The video , posted online , shows a man .
    let words = [
        w(Upos::Det, "DT", "The"),
        w(Upos::Noun, "NN", "video"),
        w(Upos::Punct, ",", ","),
        w(Upos::Verb, "VBN", "posted"),
        w(Upos::Adv, "RB", "online"),
        w(Upos::Punct, ",", ","),
        w(Upos::Verb, "VBZ", "shows"),
        w(Upos::Det, "DT", "a"),
        w(Upos::Noun, "NN", "man"),
        w(Upos::Punct, ".", "."),
    ];
    let mut heads = vec![1, 6, 3, 1, 3, 1, NO_HEAD, 8, 6, 6];
    let mut rels = vec![
        Rel::Det,
        Rel::Obl,
        Rel::Punct,
        Rel::Acl,
        Rel::Advmod,
        Rel::Punct,
        Rel::Root,
        Rel::Det,
        Rel::Obj,
        Rel::Punct,
    ];
    let (h0, r0) = (heads.clone(), rels.clone());
    assert_eq!(
        opening_obl_as_subject(words.len(), |i| words[i], &mut heads, &mut rels),
        1
    );
    assert_eq!((heads[1], rels[1]), (6, Rel::Nsubj));
    // "Last week , officials showed ...": a time word stays a modifier.
    let mut week = words;
    week[1] = w(Upos::Noun, "NN", "week");
    let (mut heads, mut rels) = (h0.clone(), r0.clone());
    assert_eq!(
        opening_obl_as_subject(week.len(), |i| week[i], &mut heads, &mut rels),
        0
    );
    // A verb with a subject of its own keeps it: the phrase stays where it is.
    let (mut heads, mut rels) = (h0, r0);
    rels[8] = Rel::Nsubj;
    assert_eq!(
        opening_obl_as_subject(words.len(), |i| words[i], &mut heads, &mut rels),
        0
    );
    assert_eq!(rels[1], Rel::Obl);
}

#[test]
fn a_relative_clause_set_off_by_commas_hangs_on_the_noun_before_it() {
    // The doctor , who contracted Ebola in Sierra Leone , was flown to Atlanta .
    // (the greedy parser's reading: "contracted" an advcl of "flown")
    let words = [
        w(Upos::Det, "DT", "The"),
        w(Upos::Noun, "NN", "doctor"),
        w(Upos::Punct, ",", ","),
        w(Upos::Pron, "WP", "who"),
        w(Upos::Verb, "VBD", "contracted"),
        w(Upos::Propn, "NNP", "Ebola"),
        w(Upos::Adp, "IN", "in"),
        w(Upos::Propn, "NNP", "Sierra"),
        w(Upos::Propn, "NNP", "Leone"),
        w(Upos::Punct, ",", ","),
        w(Upos::Aux, "VBD", "was"),
        w(Upos::Verb, "VBN", "flown"),
        w(Upos::Adp, "IN", "to"),
        w(Upos::Propn, "NNP", "Atlanta"),
        w(Upos::Punct, ".", "."),
    ];
    let h0 = vec![1, 11, 1, 4, 11, 4, 7, 4, 7, 4, 11, NO_HEAD, 13, 11, 11];
    use Rel::*;
    let r0 = vec![
        Det, NsubjPass, Punct, Nsubj, Advcl, Obj, Case, Obl, Flat, Punct, AuxPass, Root, Case, Obl,
        Punct,
    ];
    let (mut heads, mut rels) = (h0.clone(), r0.clone());
    assert_eq!(
        comma_relative_clause(words.len(), |i| words[i], &mut heads, &mut rels),
        1
    );
    assert_eq!((heads[4], rels[4]), (1, AclRelcl));
    assert_eq!((heads[2], rels[2]), (4, Punct));
    assert_eq!((heads[1], rels[1]), (11, NsubjPass));
    // "…, what contracted …" is no relative pronoun; without the comma the clause stays too.
    for (i, form) in [(3, "what"), (2, "and")] {
        let mut other = words;
        other[i] = w(words[i].upos, words[i].xpos, form);
        if i == 2 {
            other[i] = w(Upos::Cconj, "CC", form);
        }
        let (mut heads, mut rels) = (h0.clone(), r0.clone());
        assert_eq!(
            comma_relative_clause(other.len(), |i| other[i], &mut heads, &mut rels),
            0
        );
        assert_eq!((heads[4], rels[4]), (11, Advcl));
    }
}

#[test]
fn a_participle_after_the_subject_and_its_comma_modifies_the_subject() {
    // The report , released by the UN , accused the government .
    let words = [
        w(Upos::Det, "DT", "The"),
        w(Upos::Noun, "NN", "report"),
        w(Upos::Punct, ",", ","),
        w(Upos::Verb, "VBN", "released"),
        w(Upos::Adp, "IN", "by"),
        w(Upos::Det, "DT", "the"),
        w(Upos::Propn, "NNP", "UN"),
        w(Upos::Punct, ",", ","),
        w(Upos::Verb, "VBD", "accused"),
        w(Upos::Det, "DT", "the"),
        w(Upos::Noun, "NN", "government"),
        w(Upos::Punct, ".", "."),
    ];
    use Rel::*;
    let h0 = vec![1, 8, 1, 8, 6, 6, 3, 8, NO_HEAD, 10, 8, 8];
    let r0 = vec![
        Det, Nsubj, Punct, Advcl, Case, Det, OblAgent, Punct, Root, Det, Obj, Punct,
    ];
    let (mut heads, mut rels) = (h0.clone(), r0.clone());
    assert_eq!(
        participle_on_subject(words.len(), |i| words[i], &mut heads, &mut rels),
        1
    );
    assert_eq!((heads[3], rels[3]), (1, Acl));
    assert_eq!((heads[2], rels[2]), (3, Punct));
    assert_eq!((heads[1], rels[1]), (8, Nsubj));
    // "The report , he said , …": not a participle; and a participle with its own auxiliary
    // ("…, was released …") is a clause of its own: both stay.
    let (mut heads, mut rels) = (h0.clone(), r0.clone());
    let mut tagged = words;
    tagged[3] = w(Upos::Verb, "VBD", "released");
    assert_eq!(
        participle_on_subject(tagged.len(), |i| tagged[i], &mut heads, &mut rels),
        0
    );
    let (mut heads, mut rels) = (h0, r0);
    heads[5] = 3;
    rels[5] = AuxPass;
    assert_eq!(
        participle_on_subject(words.len(), |i| words[i], &mut heads, &mut rels),
        0
    );
    assert_eq!((heads[3], rels[3]), (8, Advcl));
}

#[test]
fn an_adjective_participle_after_the_subject_hands_the_head_to_the_verb() {
    // The fighters , armed with rifles , attacked the checkpoint .
    // (the greedy parser's reading: "armed" the root, "attacked" its conjunct)
    let words = [
        w(Upos::Det, "DT", "The"),
        w(Upos::Noun, "NNS", "fighters"),
        w(Upos::Punct, ",", ","),
        w(Upos::Adj, "JJ", "armed"),
        w(Upos::Adp, "IN", "with"),
        w(Upos::Noun, "NNS", "rifles"),
        w(Upos::Punct, ",", ","),
        w(Upos::Verb, "VBD", "attacked"),
        w(Upos::Det, "DT", "the"),
        w(Upos::Noun, "NN", "checkpoint"),
        w(Upos::Punct, ".", "."),
    ];
    use Rel::*;
    let h0 = vec![1, 3, 3, NO_HEAD, 5, 3, 7, 3, 9, 7, 3];
    let r0 = vec![
        Det, Nsubj, Punct, Root, Case, Obl, Punct, Conj, Det, Obj, Punct,
    ];
    let (mut heads, mut rels) = (h0.clone(), r0.clone());
    assert_eq!(
        participle_heading_verb(words.len(), |i| words[i], &mut heads, &mut rels),
        1
    );
    assert_eq!((heads[7], rels[7]), (NO_HEAD, Root));
    assert_eq!((heads[1], rels[1]), (7, Nsubj));
    assert_eq!((heads[3], rels[3]), (1, Acl));
    assert_eq!((heads[5], rels[5]), (3, Obl));
    assert_eq!((heads[10], rels[10]), (7, Punct));
    // "The fighters , armed with rifles and attacked …": no closing comma, a coordination.
    let mut other = words;
    other[6] = w(Upos::Cconj, "CC", "and");
    let (mut heads, mut rels) = (h0.clone(), r0.clone());
    rels[6] = Cc;
    assert_eq!(
        participle_heading_verb(other.len(), |i| other[i], &mut heads, &mut rels),
        0
    );
    // "The fighters , tired , attacked": no -ed participle shape ("tired" is one, "tall" not).
    let mut other = words;
    other[3] = w(Upos::Adj, "JJ", "tall");
    let (mut heads, mut rels) = (h0, r0);
    assert_eq!(
        participle_heading_verb(other.len(), |i| other[i], &mut heads, &mut rels),
        0
    );
    assert_eq!((heads[3], rels[3]), (NO_HEAD, Root));
}

#[test]
fn a_participle_hung_on_the_verb_gives_the_verb_its_subject() {
    // The hostages , exhausted , were flown to Baghdad .
    // (the greedy parser's reading: the subject under "exhausted", a parataxis of "flown")
    let words = [
        w(Upos::Det, "DT", "The"),
        w(Upos::Noun, "NNS", "hostages"),
        w(Upos::Punct, ",", ","),
        w(Upos::Verb, "VBD", "exhausted"),
        w(Upos::Punct, ",", ","),
        w(Upos::Aux, "VBD", "were"),
        w(Upos::Verb, "VBN", "flown"),
        w(Upos::Adp, "IN", "to"),
        w(Upos::Propn, "NNP", "Baghdad"),
        w(Upos::Punct, ".", "."),
    ];
    use Rel::*;
    let mut heads = vec![1, 3, 3, 6, 3, 6, NO_HEAD, 8, 6, 6];
    let mut rels = vec![
        Det, Nsubj, Punct, Parataxis, Punct, AuxPass, Root, Case, Obl, Punct,
    ];
    assert_eq!(
        participle_heading_verb(words.len(), |i| words[i], &mut heads, &mut rels),
        1
    );
    assert_eq!((heads[1], rels[1]), (6, NsubjPass));
    assert_eq!((heads[3], rels[3]), (1, Acl));
    assert_eq!((heads[6], rels[6]), (NO_HEAD, Root));
}

#[test]
fn a_title_before_a_name_hangs_on_the_name_which_heads_the_phrase() {
    // US Secretary of State John Kerry said talks would continue .
    // (the greedy parser's reading: "US" and "John" both subjects, "Secretary" an appos)
    let words = [
        w(Upos::Propn, "NNP", "US"),
        w(Upos::Propn, "NNP", "Secretary"),
        w(Upos::Adp, "IN", "of"),
        w(Upos::Propn, "NNP", "State"),
        w(Upos::Propn, "NNP", "John"),
        w(Upos::Propn, "NNP", "Kerry"),
        w(Upos::Verb, "VBD", "said"),
        w(Upos::Noun, "NNS", "talks"),
        w(Upos::Aux, "MD", "would"),
        w(Upos::Verb, "VB", "continue"),
        w(Upos::Punct, ".", "."),
    ];
    use Rel::*;
    let mut heads = vec![6, 0, 3, 1, 6, 4, NO_HEAD, 9, 9, 6, 6];
    let mut rels = vec![
        Nsubj, Appos, Case, Nmod, Nsubj, Flat, Root, Nsubj, Aux, Ccomp, Punct,
    ];
    assert_eq!(
        name_heads_title(words.len(), |i| words[i], &mut heads, &mut rels),
        1
    );
    assert_eq!((heads[4], rels[4]), (6, Nsubj));
    assert_eq!((heads[1], rels[1]), (4, NmodDesc));
    assert_eq!((heads[0], rels[0]), (1, Compound));
    assert_eq!((heads[3], rels[3]), (1, Nmod));
    assert_eq!((heads[5], rels[5]), (4, Flat));
    assert_eq!(subjects_of(6, &heads, &rels), vec![4]);

    // US airstrikes killed al-Shabab leader Ahmed Godane .
    // (the greedy parser's reading: "al" the object, the name an nmod of it)
    let words = [
        w(Upos::Propn, "NNP", "US"),
        w(Upos::Noun, "NNS", "airstrikes"),
        w(Upos::Verb, "VBD", "killed"),
        w(Upos::Propn, "NNP", "al"),
        w(Upos::Punct, "HYPH", "-"),
        w(Upos::Propn, "NNP", "Shabab"),
        w(Upos::Noun, "NN", "leader"),
        w(Upos::Propn, "NNP", "Ahmed"),
        w(Upos::Propn, "NNP", "Godane"),
        w(Upos::Punct, ".", "."),
    ];
    let h0 = vec![1, 2, NO_HEAD, 2, 3, 3, 7, 3, 7, 2];
    let r0 = vec![
        Compound, Nsubj, Root, Obj, Punct, Flat, Compound, Nmod, Flat, Punct,
    ];
    let (mut heads, mut rels) = (h0.clone(), r0.clone());
    assert_eq!(
        name_heads_title(words.len(), |i| words[i], &mut heads, &mut rels),
        1
    );
    assert_eq!((heads[7], rels[7]), (2, Obj));
    assert_eq!((heads[6], rels[6]), (7, NmodDesc));
    assert_eq!((heads[3], rels[3]), (6, Compound));
    // … the beheading of journalist James Foley (the preposition on the title) : "of" goes
    // to the name.
    let foley = [
        w(Upos::Det, "DT", "the"),
        w(Upos::Noun, "NN", "beheading"),
        w(Upos::Adp, "IN", "of"),
        w(Upos::Noun, "NN", "journalist"),
        w(Upos::Propn, "NNP", "James"),
        w(Upos::Propn, "NNP", "Foley"),
    ];
    let mut hs = vec![1, NO_HEAD, 3, 1, 3, 4];
    let mut rs = vec![Det, Root, Case, Nmod, Appos, Flat];
    assert_eq!(
        name_heads_title(foley.len(), |i| foley[i], &mut hs, &mut rs),
        1
    );
    assert_eq!((hs[4], rs[4]), (1, Nmod));
    assert_eq!((hs[2], rs[2]), (4, Case));
    assert_eq!((hs[3], rs[3]), (4, NmodDesc));
    // A day after the title is no name ("told the commander Sunday …").
    let mut other = words;
    other[7] = w(words[7].upos, words[7].xpos, "Sunday");
    let (mut heads, mut rels) = (h0.clone(), r0.clone());
    assert_eq!(
        name_heads_title(other.len(), |i| other[i], &mut heads, &mut rels),
        0
    );
    assert_eq!((heads, rels), (h0.clone(), r0.clone()));
    // A common noun in lower case that titles.tsv does not list ("the group Boko Haram") reads
    // as a one-word title since session 35: the name heads the phrase …
    let mut other = words;
    other[6] = w(Upos::Noun, "NN", "group");
    let (mut heads, mut rels) = (h0.clone(), r0.clone());
    assert_eq!(
        name_heads_title(other.len(), |i| other[i], &mut heads, &mut rels),
        1
    );
    assert_eq!((heads[7], rels[7]), (2, Obj));
    assert_eq!((heads[6], rels[6]), (7, NmodDesc));
    // … but not a noun of titles.tsv marked `modified` ("the man Ahmed Godane").
    other[6] = w(Upos::Noun, "NN", "man");
    let (mut heads, mut rels) = (h0.clone(), r0.clone());
    assert_eq!(
        name_heads_title(other.len(), |i| other[i], &mut heads, &mut rels),
        0
    );
    assert_eq!((heads, rels), (h0.clone(), r0.clone()));
}
