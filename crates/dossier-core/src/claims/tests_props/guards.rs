//! Propositions on gold trees, continued: what is *not* a claim or not its participant —
//! figurative verbs and opinions, double subjects, hedged reports in the outlet's voice,
//! doer-less passives, means and threats, the man of a named person, adjectives and times,
//! members and their organisation, copulas without a place. Same harness as the parent module.

use super::*;

/// A headline's figurative verb ("blasts") and an opinion on what ought to be ("should be
/// responsible") are colour, not checkable propositions.
const RUSSIA_BLASTS: &str = "
Russia Russia PROPN NNP 2 nsubj
blasts blast VERB VBZ 0 root
Ukraine Ukraine PROPN NNP 2 obj
over over ADP IN 6 case
the the DET DT 6 det
attack~ attack NOUN NN 2 obl
. . PUNCT . 2 punct
";

const SHOULD_BE_RESPONSIBLE: &str = "
Lavrov Lavrov PROPN NNP 2 nsubj
said say VERB VBD 0 root
Ukraine Ukraine PROPN NNP 6 nsubj
should should AUX MD 6 aux
be be AUX VB 6 cop
responsible responsible ADJ JJ 2 ccomp
for for ADP IN 9 case
the the DET DT 9 det
attack~ attack NOUN NN 6 obl
. . PUNCT . 2 punct
";

#[test]
fn figurative_verbs_and_opinions_on_what_ought_to_be_are_no_claims() {
    let x = gold_propositions(&[RUSSIA_BLASTS, SHOULD_BE_RESPONSIBLE]);
    assert!(
        !x.claims
            .iter()
            .any(|c| c.predicate == "blast" || c.predicate.starts_with("be")),
        "{}",
        show(&x)
    );
    // The same lede with a verb of a class is a claim of the outlet.
    let y = gold_propositions(&[&RUSSIA_BLASTS.replace("blasts blast", "attacks attack")]);
    assert!(
        y.claims.iter().any(|c| c.predicate == "attack"
            && c.subject.id == "RUS"
            && c.target.as_ref().is_some_and(|t| t.id == "UKR")),
        "{}",
        show(&y)
    );
}

/// The parser hangs two subjects on one passive verb: the nearest before the verb is its
/// subject ("the head of ISIL, Abu Bakr al-Baghdadi, was killed").
const HEAD_OF_ISIL_KILLED: &str = "
Iraqi Iraqi ADJ JJ 2 amod
officials official NOUN NNS 3 nsubj
said say VERB VBD 0 root
the the DET DT 5 det
head head NOUN NN 13 nsubj:pass
of of ADP IN 7 case
ISIL ISIL PROPN NNP 5 nmod
, , PUNCT , 9 punct
Abu Abu PROPN NNP 13 nsubj:pass
Bakr Bakr PROPN NNP 9 flat
al-Baghdadi al-Baghdadi PROPN NNP 9 flat
was be AUX VBD 13 aux:pass
killed~ kill VERB VBN 3 ccomp
. . PUNCT . 3 punct
";

#[test]
fn of_two_subjects_on_one_verb_the_nearest_is_the_subject() {
    let x = gold_propositions(&[HEAD_OF_ISIL_KILLED]);
    let c = claim_of(&x, "kill");
    assert_eq!(c.subject.id, "PERSON.abu-bakr-al-baghdadi", "{}", show(&x));
    assert_eq!(c.stance, Stance::Assert, "{}", show(&x));
}

/// "purportedly" in the article's own voice: the outlet relays the report, it does not assert
/// it — for the event's claim as for the proposition.
const PURPORTEDLY_KILLED: &str = "
Abu Abu PROPN NNP 6 nsubj:pass
Bakr Bakr PROPN NNP 1 flat
al-Baghdadi al-Baghdadi PROPN NNP 1 flat
was be AUX VBD 6 aux:pass
purportedly purportedly ADV RB 6 advmod
killed kill VERB VBN 0 root
by by ADP IN 10 case
US US PROPN NNP 10 compound
air air NOUN NN 10 compound
strikes~ strike NOUN NNS 6 obl:agent
. . PUNCT . 6 punct
";

#[test]
fn a_purported_killing_in_the_outlets_voice_is_hedged_never_asserted() {
    let x = gold(&[PURPORTEDLY_KILLED]);
    let kills: Vec<&DocClaim> = x
        .claims
        .iter()
        .filter(|c| c.predicate.starts_with("kill"))
        .collect();
    assert!(!kills.is_empty(), "{}", show(&x));
    assert!(
        kills.iter().all(|c| c.stance == Stance::Hedge),
        "{}",
        show(&x)
    );
}

const US_KILLED_LEADER: &str = "
US US PROPN NNP 2 compound
forces force NOUN NNS 3 nsubj
killed kill VERB VBD 0 root
Islamic Islamic PROPN NNP 5 compound
State State PROPN NNP 6 compound
leader leader NOUN NN 7 compound
Abu Abu PROPN NNP 3 obj
Bakr Bakr PROPN NNP 7 flat
al-Baghdadi~ al-Baghdadi PROPN NNP 7 flat
. . PUNCT . 3 punct
";

const IRAQIS_KILLED: &str = "
Iraqi Iraqi ADJ JJ 2 amod
forces force NOUN NNS 3 nsubj
killed kill VERB VBD 0 root
Baghdadi~ Baghdadi PROPN NNP 3 obj
. . PUNCT . 3 punct
";

const NOT_KILLED: &str = "
Baghdadi Baghdadi PROPN NNP 5 nsubj:pass
has have AUX VBZ 5 aux
not not PART RB 5 advmod
been be AUX VBN 5 aux:pass
killed~ kill VERB VBN 9 ccomp
, , PUNCT , 9 punct
a a DET DT 8 det
spokesman spokesman NOUN NN 9 nsubj
said~ say VERB VBD 0 root
. . PUNCT . 9 punct
";

const FILLER: &str = "
The the DET DT 2 det
war war NOUN NN 4 nsubj
has have AUX VBZ 4 aux
lasted last VERB VBN 0 root
years~ year NOUN NNS 4 obl
. . PUNCT . 4 punct
";

#[test]
fn a_passive_without_doer_is_the_documents_claim_naming_the_one_doer() {
    let x = gold(&[US_KILLED_LEADER, FILLER, NOT_KILLED]);
    let kills: Vec<&DocClaim> = x
        .claims
        .iter()
        .filter(|c| c.predicate.starts_with("kill"))
        .collect();
    assert_eq!(kills.len(), 2, "{}", show(&x));
    assert_eq!(kills[0].key, kills[1].key, "{}", show(&x));
    assert_eq!(
        kills[0].key,
        claim_key("USA", "kill", Some("PERSON.abu-bakr-al-baghdadi"), None)
    );
    let denial = kills
        .iter()
        .find(|c| c.evidence.text.contains("not"))
        .unwrap();
    assert_eq!(denial.polarity, Some(Polarity::Negative), "{}", show(&x));
    let why = denial.merge.as_deref().unwrap_or_default();
    assert!(
        why.contains("same act") && why.contains("US forces killed"),
        "{why}"
    );

    // Two doers named for the killing: the passive names neither, and stays about the killed.
    let y = gold(&[US_KILLED_LEADER, IRAQIS_KILLED, NOT_KILLED]);
    let doers: Vec<&str> = y
        .claims
        .iter()
        .filter(|c| c.predicate == "kill")
        .map(|c| c.subject.id.as_str())
        .collect();
    assert!(
        doers.contains(&"USA") && doers.contains(&"IRQ"),
        "{}",
        show(&y)
    );
    let keys: Vec<&str> = y.claims.iter().map(|c| c.key.as_str()).collect();
    let usa = claim_key("USA", "kill", Some("PERSON.abu-bakr-al-baghdadi"), None);
    let irq = claim_key("IRQ", "kill", Some("PERSON.abu-bakr-al-baghdadi"), None);
    assert!(
        keys.contains(&usa.as_str()) && keys.contains(&irq.as_str()),
        "{}",
        show(&y)
    );
    let denial = y
        .claims
        .iter()
        .find(|c| c.evidence.text.contains("not"))
        .unwrap();
    assert_eq!(denial.predicate, "kill:passive", "{}", show(&y));
}

const STRIKE_ON_STRONGHOLD: &str = "
The the DET DT 2 det
strike strike NOUN NN 7 nsubj
on on ADP IN 6 case
the the DET DT 6 det
ISIS ISIS PROPN NNP 6 compound
stronghold stronghold NOUN NN 2 nmod
killed kill VERB VBD 0 root
Abu Abu PROPN NNP 7 obj
Hajar Hajar PROPN NNP 8 flat
al-Sufi~ al-Sufi PROPN NNP 8 flat
. . PUNCT . 7 punct
";

#[test]
fn the_means_names_its_doer_by_its_modifier_never_by_what_it_hit() {
    let x = gold_propositions(&[STRIKE_ON_STRONGHOLD]);
    assert!(
        !x.claims.iter().any(|c| c.subject.id.contains("ISIS")),
        "{}",
        show(&x)
    );
    assert!(
        x.claims
            .iter()
            .any(|c| c.predicate == "kill:passive" && c.subject.name.contains("Sufi")),
        "{}",
        show(&x)
    );
}

const THREATENING_TO_KILL: &str = "
Islamic Islamic PROPN NNP 2 compound
State State PROPN NNP 4 nsubj
is be AUX VBZ 4 aux
threatening threaten VERB VBG 0 root
to to PART TO 6 mark
kill kill VERB VB 4 xcomp
journalist journalist NOUN NN 8 compound
Steven Steven PROPN NNP 6 obj
Sotloff~ Sotloff PROPN NNP 8 flat
. . PUNCT . 4 punct
";

#[test]
fn what_someone_threatens_to_do_is_not_a_claim_that_it_was_done() {
    let x = gold(&[FILLER, FILLER, THREATENING_TO_KILL]);
    assert!(
        !x.claims.iter().any(|c| c.predicate.starts_with("kill")),
        "{}",
        show(&x)
    );
}

const RIGHT_HAND_MAN_KILLED: &str = "
The the DET DT 3 det
right-hand right-hand ADJ JJ 3 amod
man man NOUN NN 9 nsubj:pass
of of ADP IN 5 case
Abu Abu PROPN NNP 3 nmod
Bakr Bakr PROPN NNP 5 flat
al-Baghdadi al-Baghdadi PROPN NNP 5 flat
was be AUX VBD 9 aux:pass
killed kill VERB VBN 0 root
by by ADP IN 12 case
an a DET DT 12 det
airstrike airstrike NOUN NN 9 obl
in in ADP IN 14 case
Mosul~ Mosul PROPN NNP 9 obl
. . PUNCT . 9 punct
";

#[test]
fn the_man_of_a_named_person_is_not_that_person() {
    let x = gold(&[RIGHT_HAND_MAN_KILLED]);
    // A claim about "the right-hand man of Abu Bakr al-Baghdadi" (people named by a noun) is
    // fine; one keyed to Baghdadi is not.
    assert!(
        !x.claims.iter().any(|c| c.subject.id.contains("baghdadi")
            || c.target.as_ref().is_some_and(|t| t.id.contains("baghdadi"))),
        "{}",
        show(&x)
    );
}

const FREE_TO_LEAVE: &str = "
Rosenberg Rosenberg PROPN NNP 3 nsubj
is be AUX VBZ 3 cop
free free ADJ JJ 0 root
to to PART TO 5 mark
leave leave VERB VB 3 xcomp
. . PUNCT . 3 punct
";

/// The parser's double-object reading: "him" indirect object, "the following day" object.
const DEPORTED_NEXT_DAY: &str = "
Kuwait Kuwait PROPN NNP 2 nsubj
deported deport VERB VBD 0 root
him he PRON PRP 2 iobj
the the DET DT 6 det
following follow VERB VBG 6 amod
day~ day NOUN NN 2 obj
. . PUNCT . 2 punct
";

#[test]
fn an_adjective_is_no_participle_and_a_time_is_no_object() {
    let x = gold(&[FREE_TO_LEAVE, DEPORTED_NEXT_DAY]);
    assert!(
        !x.claims.iter().any(|c| c.predicate.starts_with("free")),
        "{}",
        show(&x)
    );
    assert!(
        !x.claims
            .iter()
            .any(|c| c.object.as_deref().is_some_and(|o| o.contains("day"))),
        "{}",
        show(&x)
    );
}

const OPPOSED_WAR: &str = "
Iran Iran PROPN NNP 2 nsubj
opposed oppose VERB VBD 9 ccomp
the the DET DT 4 det
war~ war NOUN NN 2 obj
, , PUNCT , 9 punct
the the DET DT 8 det
foreign foreign ADJ JJ 8 amod
minister minister NOUN NN 9 nsubj
said~ say VERB VBD 0 root
. . PUNCT . 9 punct
";

#[test]
fn an_event_noun_is_still_an_object() {
    let x = gold(&[OPPOSED_WAR]);
    assert!(
        x.claims
            .iter()
            .any(|c| c.predicate == "oppose" && c.object.as_deref() == Some("war")),
        "{}",
        show(&x)
    );
}

const FIGHTERS_KILLED: &str = "
Two two NUM CD 3 nummod
ISIS ISIS PROPN NNP 3 compound
fighters fighter NOUN NNS 5 nsubj:pass
were be AUX VBD 5 aux:pass
killed kill VERB VBN 0 root
in in ADP IN 8 case
the the DET DT 8 det
raid~ raid NOUN NN 5 obl
. . PUNCT . 5 punct
";

#[test]
fn members_killed_are_those_people_not_their_organisation() {
    let x = gold_propositions(&[FIGHTERS_KILLED]);
    let c = x
        .claims
        .iter()
        .find(|c| c.predicate == "kill:passive")
        .unwrap_or_else(|| panic!("{}", show(&x)));
    // The people, keyed with their affiliation — not the organisation itself.
    assert!(c.subject.id.starts_with("ENTITY.fighter"), "{}", show(&x));
    assert_ne!(claim_actor_id(&c.subject.id), "GROUP.ISIS", "{}", show(&x));
    assert!(c.subject.name.contains("ISIS fighters"), "{}", show(&x));
}

const IN_THE_BUSINESS: &str = "
Islamic Islamic PROPN NNP 2 compound
State State PROPN NNP 6 nsubj
is be AUX VBZ 6 cop
in in ADP IN 6 case
the the DET DT 6 det
business business NOUN NN 0 root
of of ADP IN 8 case
kidnapping~ kidnapping NOUN NN 6 nmod
. . PUNCT . 6 punct
";

const NOT_IN_THE_AREA: &str = "
Rosenberg Rosenberg PROPN NNP 6 nsubj
was be AUX VBD 6 cop
not not PART RB 6 advmod
in in ADP IN 6 case
the the DET DT 6 det
area~ area NOUN NN 10 ccomp
, , PUNCT , 10 punct
the the DET DT 9 det
army army NOUN NN 10 nsubj
said~ say VERB VBD 0 root
. . PUNCT . 10 punct
";

const NOT_TRUE: &str = "
It it PRON PRP 4 nsubj
is be AUX VBZ 4 cop
not not PART RB 4 advmod
true~ true ADJ JJ 8 ccomp
, , PUNCT , 8 punct
the the DET DT 7 det
ministry ministry NOUN NN 8 nsubj
said~ say VERB VBD 0 root
. . PUNCT . 8 punct
";

#[test]
fn where_someone_is_needs_a_place_and_it_is_not_true_is_no_proposition_of_its_own() {
    let x = gold(&[IN_THE_BUSINESS, NOT_IN_THE_AREA]);
    let be_in: Vec<&DocClaim> = x.claims.iter().filter(|c| c.predicate == "be in").collect();
    assert_eq!(be_in.len(), 1, "{}", show(&x));
    assert!(be_in[0].subject.name.contains("Rosenberg"), "{}", show(&x));
    assert_eq!(be_in[0].polarity, Some(Polarity::Negative), "{}", show(&x));

    let y = gold(&[NOT_IN_THE_AREA, NOT_TRUE]);
    assert!(
        !y.claims.iter().any(|c| c.object.as_deref() == Some("true")),
        "{}",
        show(&y)
    );
    // "It is not true" bears on the claim before it.
    let back = y
        .claims
        .iter()
        .find(|c| c.evidence.text.contains("not true"))
        .unwrap_or_else(|| panic!("{}", show(&y)));
    assert_eq!(back.predicate, "be in", "{}", show(&y));
}
