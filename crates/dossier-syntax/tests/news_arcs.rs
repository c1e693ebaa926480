//! The shipped parser on hand-checked arcs of wire-style news sentences
//! (`tests/fixtures/news_arcs.txt`, written for this check): main verbs and their subjects and
//! objects, passives with agents, reporting verbs with their complements, participles and
//! relative clauses on nouns, titles and appositions on names. Prints every miss; fails below
//! the floor set from the measured figure, so a candidate model that reads plain news worse is
//! caught before it ships.

use dossier_syntax::model;
use dossier_syntax::newsarcs::{self, FIXTURE};

/// The shipped model (session 7's weights; session 18 added tag sets, unchanged here) with the
/// repairs reads 327 of the 357 arcs right (58 of 77 sentences whole). Session 21 added 32
/// sentences (153 arcs: bare passive conjuncts, reduced passives, "It has since been claimed",
/// titles on names, "said on Tuesday that", datelines), read 141 right before its repairs and
/// 146 after (148 with session 21's second round: relative clauses and participles set off by
/// commas on their nouns); the first 45 sentences stay at 179 of 204. Session 22 added 7
/// sentences (32 arcs: participles set off after the subject, titles before names, datelines)
/// and three repairs (`repair/participle_head.rs`, `repair/title_name.rs`,
/// `repair/dateline.rs`): 347 of 389 before them, 365 after (69 of 84 sentences whole).
/// Session 23 added 9 sentences (34 arcs: a past tense read as a noun or adjective after a
/// plural subject, and the words' other readings beside them; a subject's phrase hung on a
/// dateline's place): 387 of 423 before `repair/past_verb.rs` and the dateline's subject, 397
/// after (77 of 93 sentences whole). Session 25 added 12 sentences (45 arcs: a passive
/// participle read as a noun after "was", "female" before a noun, a present participle on the
/// subject, "claiming to be NAME said", a name set off after a common noun, two clauses read as
/// one coordinated noun phrase, and controls), all 45 read right with its repairs; the first 93
/// sentences stay at 397 of 423 (442 of 468, 89 of 105 sentences whole). Session 26 added 26
/// sentences (147 arcs: gapped passive conjuncts "were killed and five others wounded", a
/// participle read as an adjective with a time or an agent "was shut on Friday", a real
/// predicative adjective, and reporting frames, passives with agents, titles and appositions
/// on names, coordinated clauses, opening time phrases and "According to X ,"), read 123 right
/// before its repairs (`repair/gapped_passive.rs`, `repair/passive_adjective.rs`,
/// `repair/opening_phrase.rs`, `repair/gerund_on_name.rs`) and 136 after; the first 105
/// sentences go to 443 of 468 ("accused Russia of supplying"): 579 of 615, 108 of 131
/// sentences whole. Session 27 added 5 sentences (25 arcs: "has Ebola", "had a gun" — an
/// auxiliary "have" hung on a noun, now the verb by `repair/have_verb.rs` —, "amid reports",
/// "gunmen"), 22 right with the repair; the first 131 sentences stay at 579:
/// 601 of 640, 111 of 136 sentences whole. Session 28 added 12 sentences (44 arcs: a plural
/// noun read as a verb before a past tense "U.S. attacks killed", a time word after the
/// reporting verb read as its subject, a number opening the object after a singular subject,
/// "IS" read as "is", "neither … nor" and "either … or" subjects, "according to X" on a noun
/// inside the subject, the main verb read inside a relative clause, a name read as a vocative,
/// and three controls), 31 right before its repairs (`repair/noun_verb.rs`,
/// `repair/clause_subject.rs`) and 44 after; the first 136 sentences go to 605 of 640: 649 of
/// 684, 125 of 148 sentences whole. Session 29 added 7 sentences (20 arcs: a past form read as
/// a noun before its oblique "the army shot at the crowd", "IS" after a preposition, a base
/// verb after "be" "is not clear", a participle of a verb that takes no object under a noun root
/// "Protests erupted", and two controls), all 20 right after its repairs; the first 148
/// sentences stay 649 of 684: 669 of 704, 132 of 155 sentences whole. Session 30 added 17
/// sentences (55 arcs: a clause after "after" read as the preposition's noun, a clause with its
/// auxiliaries read as a modifier or object, a "that" clause on the indirect object of "told",
/// a relative clause between a subject and its speech verb, two objects, a get-passive, an
/// "-ly" adverb before a past form read as a noun, a double genitive, a closing "according to
/// X" on an embedded verb, and controls), all right with its repairs (`repair/clause_phrase.rs`,
/// `repair/arguments.rs`; `tests/news_arcs_s30.rs` asserts each); the first 155 sentences go
/// to 671 of 704: 726 of 759. Session 31 added 17 sentences (63 arcs: a double genitive read
/// as a participle, two objects read as one phrase after a verb of giving, a phrasal verb's
/// particle read as a preposition, "Talks resumed", a name after a closing quotation mark before
/// its speech verb, "fatally shot Michael Brown", and controls), all right with its repairs
/// (`repair/particle.rs`, `repair/quote_speaker.rs`, `repair/arguments.rs`,
/// `repair/noun_verb.rs`, `repair/past_verb.rs`; `tests/news_arcs_s31.rs` asserts each); the
/// first 173 sentences go from 728 to 730 of 761: 793 of 824. Session 32 added 18 sentences
/// (73 arcs: "shot down claims", "it appeared that IS had not used", "Fighting resumed", a
/// subject read as the apposition of an opening prepositional phrase, a noun after a modal,
/// "People familiar with the plans told", and controls), all right with its repairs
/// (`repair/particle.rs`, `repair/complementizer.rs`, `repair/perfect_participle.rs`,
/// `repair/expletive.rs`, `repair/noun_verb.rs`, `repair/subject_obl.rs`,
/// `repair/postnominal_adjective.rs`; `tests/news_arcs_s32.rs` asserts each); the first 190
/// sentences stay at 793 of 824: 866 of 897. Session 33 added 12 sentences (59 arcs: "Islamic
/// State of Iraq and Syria leader Abu Bakr al-Baghdadi", "…," said Maxwell, whose mates …", a
/// phrase set off by dashes inside the subject, "Several sources, who have requested
/// anonymity, have confirmed", "…, a senior Iraqi security official told NBC News", and
/// controls), all right with its repairs (`repair/title_name.rs`, `repair/relative_clause.rs`,
/// `repair/dash_phrase.rs`, `repair/clause_subject.rs`, `repair/quote_speaker.rs`;
/// `tests/news_arcs_s33.rs` asserts each); the first 208 sentences stay at 866 of 897: 925 of
/// 956. Session 34 added 14 sentences (71 arcs: "a United States official following North
/// Korea said", "an ISIS militant killed him", "Said one, posting on the Hanein forums: “…”",
/// "the WHO said", "Veterans Affairs Minister Julian Fantino said", and controls), all right with
/// its repairs (`repair/noun_adjective.rs`, `repair/participle_subject.rs`,
/// `repair/inverted_cue.rs`, `repair/noun_verb.rs`, `repair/title_name.rs`;
/// `tests/news_arcs_s34.rs` asserts each); the first 220 sentences stay at 925 of 956: 996 of
/// 1,027. Session 35 added 2 sentences (15 arcs, `tests/news_arcs_s35.rs`). Session 36 added
/// 23 sentences (109 arcs: a lower-case common noun before a name as a one-word title, a
/// participle after its clause's opening noun phrase as the past tense, a finite verb on a
/// speech verb's object as its `ccomp`, "is in fact Mohammed Emwazi", "weapons … dropped by the
/// U.S. military", "comes as Glyn Davies, …, said", "reports that jihadists fighting …", and
/// controls; `tests/news_arcs_s36.rs` asserts each); session 35's control "told the Kurdish
/// media outlet Xendan" is asserted name-headed as the title rule reads it (`Xendan iobj told`,
/// `outlet nmod:desc Xendan`); 1,127 of 1,151 right. Session 37 added 15 sentences (60 arcs: a
/// verb with its finite auxiliary read as a relative clause on its subject, an opening
/// participle clause read as a clausal subject or modifier, and controls;
/// `tests/news_arcs_s37.rs` asserts each): 1,187 of 1,211; and the lead 3 (12 arcs: a participle
/// after a subordinator read as the clause's verb, a reported clause read as a relative clause on
/// the speech verb's oblique, and controls; `tests/news_arcs_s37_lead.rs`): 1,199 of 1,223. The
/// floor leaves two arcs of margin.
const FLOOR_ARCS: usize = 1197;

#[test]
fn news_arcs_are_read_right() {
    let sents = newsarcs::read(FIXTURE).expect("fixture parses");
    assert!(sents.len() >= 40, "the check has {} sentences", sents.len());
    let sc = newsarcs::score(model::embedded(), &sents);
    for m in &sc.misses {
        println!(
            "miss (line {}, sentence {}): want `{}`, got `{}`",
            m.line,
            m.sentence + 1,
            m.want,
            m.got
        );
    }
    println!("news arcs: {}", sc.line());
    assert!(
        sc.right >= FLOOR_ARCS,
        "news arcs {} right, below the floor {FLOOR_ARCS}",
        sc.right
    );
}

#[test]
fn malformed_arc_fixtures_are_clear_errors() {
    let e = newsarcs::read("attacked root").unwrap_err();
    assert!(e.contains("line 1") && e.contains("before any"), "{e}");
    let e =
        newsarcs::read("> Troops attacked the town .\ntown obj attacked\ntroops nsubj attacked")
            .unwrap_err();
    assert!(e.contains("line 3") && e.contains("\"troops\""), "{e}");
    let e = newsarcs::read("> Troops attacked the town .\ntown object attacked").unwrap_err();
    assert!(e.contains("unknown relation"), "{e}");
    let e = newsarcs::read("> Troops attacked the town .\n> Next .\nNext root").unwrap_err();
    assert!(e.contains("line 2") && e.contains("no arcs"), "{e}");
    let e =
        newsarcs::read("> the town and the city .\ncity conj town\nthe#3 det city").unwrap_err();
    assert!(e.contains("\"the#3\""), "{e}");
    let ok = newsarcs::read("> the town and the city .\nthe#2 det city\ncity conj town").unwrap();
    assert_eq!((ok[0].arcs[0].dep, ok[0].arcs[0].head), (3, Some(4)));
}

#[test]
fn a_subtype_must_match_and_a_bare_relation_matches_any_subtype() {
    let sents = newsarcs::read(
        "> The journalist was beheaded by militants .\n\
         journalist nsubj beheaded\n\
         journalist nsubj:pass beheaded\n\
         journalist nsubj:outer beheaded",
    )
    .unwrap();
    let sc = newsarcs::score(model::embedded(), &sents);
    assert_eq!(sc.total, 3);
    assert_eq!(sc.right, 2, "{:?}", sc.misses);
    assert!(sc.misses[0].want.contains("nsubj:outer"), "{:?}", sc.misses);
}
