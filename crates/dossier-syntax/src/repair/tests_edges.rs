//! Tests of the repairs around a clause's edges, as the greedy parser reads them: datelines
//! before the story, past forms tagged as nouns after a plural subject, and the one slice check
//! of `subject_repairs`. Helpers shared with `tests.rs`.
use super::tests::{subjects_of, w};
use super::*;

#[test]
fn a_dateline_place_is_no_subject_but_hangs_on_the_root() {
    // BAGHDAD ( Reuters ) - Iraqi forces retook the town .
    // (the greedy parser's reading: "BAGHDAD" a second subject of "retook")
    let words = [
        w(Upos::Propn, "NNP", "BAGHDAD"),
        w(Upos::Punct, "-LRB-", "("),
        w(Upos::Propn, "NNP", "Reuters"),
        w(Upos::Punct, "-RRB-", ")"),
        w(Upos::Punct, "HYPH", "-"),
        w(Upos::Adj, "JJ", "Iraqi"),
        w(Upos::Noun, "NNS", "forces"),
        w(Upos::Verb, "VBD", "retook"),
        w(Upos::Det, "DT", "the"),
        w(Upos::Noun, "NN", "town"),
        w(Upos::Punct, ".", "."),
    ];
    use Rel::*;
    let h0 = vec![7, 2, 0, 2, 6, 6, 7, NO_HEAD, 9, 7, 7];
    let r0 = vec![
        Nsubj, Punct, Appos, Punct, Punct, Amod, Nsubj, Root, Det, Obj, Punct,
    ];
    let (mut heads, mut rels) = (h0.clone(), r0.clone());
    assert_eq!(
        dateline_on_root(words.len(), |i| words[i], &mut heads, &mut rels),
        1
    );
    assert_eq!((heads[0], rels[0]), (7, Dep));
    assert_eq!((heads[4], rels[4]), (0, Punct));
    assert_eq!(subjects_of(7, &heads, &rels), vec![6]);
    // "NATO - led forces retook the town": a hyphen right after the capitals is no dateline.
    let nato = [
        w(Upos::Propn, "NNP", "NATO"),
        w(Upos::Punct, "HYPH", "-"),
        w(Upos::Verb, "VBN", "led"),
        w(Upos::Noun, "NNS", "forces"),
        w(Upos::Verb, "VBD", "retook"),
    ];
    let mut heads = vec![2, 2, 3, 4, NO_HEAD];
    let mut rels = vec![Obl, Punct, Amod, Nsubj, Root];
    assert_eq!(
        dateline_on_root(nato.len(), |i| nato[i], &mut heads, &mut rels),
        0
    );
}

#[test]
fn repairs_leave_a_tree_whose_slices_disagree_with_the_sentence() {
    // "Media noted that Castro was ill": heads and rels of other lengths than the words
    // (the steps index them by word; the one check is in `subject_repairs`).
    let words = [
        w(Upos::Noun, "NNS", "Media"),
        w(Upos::Verb, "VBD", "noted"),
        w(Upos::Sconj, "IN", "that"),
        w(Upos::Propn, "NNP", "Castro"),
        w(Upos::Aux, "VBD", "was"),
        w(Upos::Adj, "JJ", "ill"),
    ];
    use Rel::*;
    let mut heads = vec![1, NO_HEAD, 1];
    let mut rels = vec![Nsubj, Root, Nsubj, Nsubj, Cop, Ccomp];
    assert_eq!(
        subject_repairs(words.len(), |i| words[i], &mut heads, &mut rels),
        0
    );
    assert_eq!(heads, vec![1, NO_HEAD, 1]);
    let mut heads = vec![1, NO_HEAD, 1, 5, 5, 1];
    let mut rels = vec![Nsubj, Root, Nsubj];
    assert_eq!(
        subject_repairs(words.len(), |i| words[i], &mut heads, &mut rels),
        0
    );
    assert_eq!(rels, vec![Nsubj, Root, Nsubj]);
}

/// The words [`past_verbs_read_as_nominals`] retags, for (form, UPOS, XPOS) rows and the forms
/// that count as known past forms.
fn past_verbs(rows: &[(&str, Upos, &str)], past_forms: &[&str]) -> Vec<usize> {
    let words: Vec<RepairWord> = rows.iter().map(|r| w(r.1, r.2, r.0)).collect();
    past_verbs_read_as_nominals(
        words.len(),
        |i| words[i],
        |i| past_forms.contains(&words[i].form),
    )
}

#[test]
fn a_past_tense_read_as_a_noun_after_a_plural_subject_is_the_verb() {
    use Upos::*;
    let past = ["shot", "fought", "set", "hit", "wounded"];
    // Police shot at protesters in the capital .
    let police = [
        ("Police", Noun, "NNS"),
        ("shot", Noun, "NN"),
        ("at", Adp, "IN"),
        ("protesters", Noun, "NNS"),
        ("in", Adp, "IN"),
        ("the", Det, "DT"),
        ("capital", Noun, "NN"),
        (".", Punct, "."),
    ];
    assert_eq!(past_verbs(&police, &past), vec![1]);
    // A word the lexicon does not know as a past form stays a noun.
    assert_eq!(past_verbs(&police, &["fought"]), Vec::<usize>::new());
    // On Sunday , Syrian soldiers fought militants near the border .
    let soldiers = [
        ("On", Adp, "IN"),
        ("Sunday", Propn, "NNP"),
        (",", Punct, ","),
        ("Syrian", Adj, "JJ"),
        ("soldiers", Noun, "NNS"),
        ("fought", Adj, "JJ"),
        ("militants", Noun, "NNS"),
        ("near", Adp, "IN"),
        ("the", Det, "DT"),
        ("border", Noun, "NN"),
        (".", Punct, "."),
    ];
    assert_eq!(past_verbs(&soldiers, &past), vec![5]);
}

#[test]
fn a_past_form_after_a_plural_noun_keeps_its_reading_where_the_clause_has_a_verb() {
    use Upos::*;
    let past = ["shot", "set", "hit", "wounded"];
    // Areas hit by the storm : a passive participle before "by".
    let areas = [
        ("Areas", Noun, "NNS"),
        ("hit", Noun, "NN"),
        ("by", Adp, "IN"),
        ("the", Det, "DT"),
        ("storm", Noun, "NN"),
    ];
    assert_eq!(past_verbs(&areas, &past), Vec::<usize>::new());
    // Troops wounded in the attack were flown to Kabul : an adjective with no object, and the
    // clause has its verb.
    let troops = [
        ("Troops", Noun, "NNS"),
        ("wounded", Adj, "JJ"),
        ("in", Adp, "IN"),
        ("the", Det, "DT"),
        ("attack", Noun, "NN"),
        ("were", Aux, "VBD"),
        ("flown", Verb, "VBN"),
    ];
    assert_eq!(past_verbs(&troops, &past), Vec::<usize>::new());
    // The rebels issued a set of demands : no plural noun right before "set".
    let demands = [
        ("The", Det, "DT"),
        ("rebels", Noun, "NNS"),
        ("issued", Verb, "VBD"),
        ("a", Det, "DT"),
        ("set", Noun, "NN"),
        ("of", Adp, "IN"),
        ("demands", Noun, "NNS"),
    ];
    assert_eq!(past_verbs(&demands, &past), Vec::<usize>::new());
    // They fed protesters set meals : the plural noun's phrase follows a verb that reports
    // nothing, so it opens no clause (left as the tagger read it).
    let fed = [
        ("They", Pron, "PRP"),
        ("fed", Verb, "VBD"),
        ("protesters", Noun, "NNS"),
        ("set", Adj, "JJ"),
        ("meals", Noun, "NNS"),
    ];
    assert_eq!(past_verbs(&fed, &past), Vec::<usize>::new());
    // Protesters set fire , police said : the reported clause ends at the comma, so the
    // reporting verb after it does not count.
    let reported = [
        ("Protesters", Noun, "NNS"),
        ("set", Adj, "JJ"),
        ("fire", Noun, "NN"),
        (",", Punct, ","),
        ("police", Noun, "NNS"),
        ("said", Verb, "VBD"),
    ];
    assert_eq!(past_verbs(&reported, &past), vec![1]);
}

#[test]
fn a_past_tense_read_as_a_noun_after_a_reported_or_singular_subject_is_the_verb() {
    use Upos::*;
    let past = ["set", "shelled", "shot", "hit"];
    // Officials said protesters set fire to the building : the reporting verb opens the
    // clause its complement is.
    let said = [
        ("Officials", Noun, "NNS"),
        ("said", Verb, "VBD"),
        ("protesters", Noun, "NNS"),
        ("set", Adj, "JJ"),
        ("fire", Noun, "NN"),
        ("to", Adp, "IN"),
        ("the", Det, "DT"),
        ("building", Noun, "NN"),
    ];
    assert_eq!(past_verbs(&said, &past), vec![3]);
    // Witnesses say the army shelled the town : a singular subject, an article after the
    // past form.
    let shelled = [
        ("Witnesses", Noun, "NNS"),
        ("say", Verb, "VBP"),
        ("the", Det, "DT"),
        ("army", Noun, "NN"),
        ("shelled", Noun, "NN"),
        ("the", Det, "DT"),
        ("town", Noun, "NN"),
        (".", Punct, "."),
    ];
    assert_eq!(past_verbs(&shelled, &past), vec![4]);
    // Police shot their attacker : a possessive opens the object too.
    let police = [
        ("Police", Propn, "NNP"),
        ("shot", Noun, "NN"),
        ("their", Pron, "PRP$"),
        ("attacker", Noun, "NN"),
    ];
    assert_eq!(past_verbs(&police, &past), vec![1]);
}

#[test]
fn a_past_form_after_a_singular_noun_keeps_its_reading_without_an_object_or_with_a_verb() {
    use Upos::*;
    let past = ["set", "shot", "hit", "wounded"];
    // The army shot , witnesses said : after a singular noun only an article, a possessive,
    // a number or the preposition of an oblique ("shot at the crowd", session 29) shows the
    // word cannot be a noun of the subject's phrase.
    let shot = [
        ("The", Det, "DT"),
        ("army", Noun, "NN"),
        ("shot", Noun, "NN"),
        (",", Punct, ","),
        ("witnesses", Noun, "NNS"),
        ("said", Verb, "VBD"),
    ];
    assert_eq!(past_verbs(&shot, &past), Vec::<usize>::new());
    // The soldier wounded the day before died : the clause has its verb.
    let soldier = [
        ("The", Det, "DT"),
        ("soldier", Noun, "NN"),
        ("wounded", Adj, "JJ"),
        ("the", Det, "DT"),
        ("day", Noun, "NN"),
        ("before", Adv, "RB"),
        ("died", Verb, "VBD"),
    ];
    assert_eq!(past_verbs(&soldier, &past), Vec::<usize>::new());
    // He won a tennis set the year before : the subject's phrase does not open a clause.
    let tennis = [
        ("He", Pron, "PRP"),
        ("won", Verb, "VBD"),
        ("a", Det, "DT"),
        ("tennis", Noun, "NN"),
        ("set", Noun, "NN"),
        ("the", Det, "DT"),
        ("year", Noun, "NN"),
        ("before", Adv, "RB"),
    ];
    assert_eq!(past_verbs(&tennis, &past), Vec::<usize>::new());
}

#[test]
fn a_subject_hung_on_the_dateline_place_takes_its_place_on_the_root() {
    // SEOUL — Rebel leader Ali Musa was arrested .
    // (the greedy parser's reading: "SEOUL" the subject, "leader" its apposition)
    let words = [
        w(Upos::Propn, "NNP", "SEOUL"),
        w(Upos::Punct, ":", "—"),
        w(Upos::Noun, "NN", "Rebel"),
        w(Upos::Noun, "NN", "leader"),
        w(Upos::Propn, "NNP", "Ali"),
        w(Upos::Propn, "NNP", "Musa"),
        w(Upos::Aux, "VBD", "was"),
        w(Upos::Verb, "VBN", "arrested"),
        w(Upos::Punct, ".", "."),
    ];
    use Rel::*;
    let mut heads = vec![7, 0, 3, 0, 3, 4, 7, NO_HEAD, 7];
    let mut rels = vec![
        NsubjPass, Punct, Compound, Appos, Appos, Flat, AuxPass, Root, Punct,
    ];
    assert_eq!(
        dateline_on_root(words.len(), |i| words[i], &mut heads, &mut rels),
        1
    );
    assert_eq!((heads[0], rels[0]), (7, Dep));
    assert_eq!((heads[3], rels[3]), (7, NsubjPass));
    assert_eq!(heads[4], 3);
    // With a subject of its own after the dash, the root keeps it and the place's phrase stays.
    let mut heads = vec![7, 0, 3, 0, 3, 4, 7, NO_HEAD, 7];
    let mut rels = vec![
        NsubjPass, Punct, Compound, Appos, Appos, Flat, AuxPass, Root, Punct,
    ];
    heads[5] = 7;
    rels[5] = NsubjPass;
    dateline_on_root(words.len(), |i| words[i], &mut heads, &mut rels);
    assert_eq!(heads[3], 0);
    assert_eq!(subjects_of(7, &heads, &rels), vec![5]);
}
