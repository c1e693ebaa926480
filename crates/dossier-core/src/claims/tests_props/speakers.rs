//! Propositions on gold trees, continued: who a statement's content is about when the words do
//! not name an actor — unnamed people an act happens to or who do it ("10 militants were
//! killed", "rescue teams freed 18 families"), and the speaker standing behind "we" of a
//! quotation and the understood subject of "claims to have beheaded". Same harness as the
//! parent module.

use super::*;

/// "Ten militants were also killed in the clashes, the ministry said."
const MILITANTS_KILLED: &str = "
Ten ten NUM CD 2 nummod
militants militant NOUN NNS 5 nsubj:pass
were be AUX VBD 5 aux:pass
also also ADV RB 5 advmod
killed kill VERB VBN 0 root
in in ADP IN 8 case
the the DET DT 8 det
clashes~ clash NOUN NNS 5 obl
, , PUNCT , 12 punct
the the DET DT 11 det
ministry ministry NOUN NN 12 nsubj
said~ say VERB VBD 5 parataxis
. . PUNCT . 5 punct
";

#[test]
fn unnamed_people_an_act_happens_to_are_its_subject() {
    let x = gold_propositions(&[MILITANTS_KILLED]);
    let c = x
        .claims
        .iter()
        .find(|c| c.predicate == "kill:passive")
        .unwrap_or_else(|| panic!("the killing of the militants is a claim:\n{}", show(&x)));
    // Unnamed people are this document's own: `ENTITY.militant@<document>`.
    assert!(c.subject.id.starts_with("ENTITY.militant@"), "{}", show(&x));
    assert_eq!(c.subject.name, "Ten militants");
}

/// "Rescue teams freed 18 families from the flooded houses, the official said."
const TEAMS_FREED: &str = "
Rescue rescue NOUN NN 2 compound
teams team NOUN NNS 3 nsubj
freed free VERB VBD 0 root
18 18 NUM CD 5 nummod
families family NOUN NNS 3 obj
from from ADP IN 9 case
the the DET DT 9 det
flooded flood VERB VBN 9 amod
houses~ house NOUN NNS 3 obl
, , PUNCT , 13 punct
the the DET DT 12 det
official official NOUN NN 13 nsubj
said~ say VERB VBD 3 parataxis
. . PUNCT . 3 punct
";

#[test]
fn unnamed_people_who_do_an_act_are_its_subject_not_its_undergoer() {
    let x = gold_propositions(&[TEAMS_FREED]);
    assert!(
        !x.claims.iter().any(|c| c.predicate.ends_with(PASSIVE)),
        "the families did not free anyone:\n{}",
        show(&x)
    );
    let c = x
        .claims
        .iter()
        .find(|c| c.predicate == "free")
        .unwrap_or_else(|| panic!("the teams freed the families:\n{}", show(&x)));
    assert!(c.subject.id.starts_with("ENTITY.team@"), "{}", show(&x));
    assert_eq!(c.object.as_deref(), Some("families"), "{}", show(&x));
    assert_eq!(c.detail.as_deref(), Some("18 families"), "{}", show(&x));
}

/// "The Islamic State claims to have beheaded a British aid worker."
const CLAIMS_TO_HAVE_BEHEADED: &str = "
The the DET DT 3 det
Islamic Islamic PROPN NNP 3 compound
State State PROPN NNP 4 nsubj
claims claim VERB VBZ 0 root
to to PART TO 7 mark
have have AUX VB 7 aux
beheaded behead VERB VBN 4 xcomp
a a DET DT 11 det
British British ADJ JJ 11 amod
aid aid NOUN NN 11 compound
worker~ worker NOUN NN 7 obj
. . PUNCT . 4 punct
";

#[test]
fn the_speaker_is_the_subject_of_an_infinitive_content() {
    let x = gold_propositions(&[CLAIMS_TO_HAVE_BEHEADED]);
    let c = x
        .claims
        .iter()
        .find(|c| c.predicate == "execute")
        .unwrap_or_else(|| panic!("the group claims a beheading:\n{}", show(&x)));
    assert_eq!(c.subject.id, "GROUP.ISIS", "{}", show(&x));
    assert!(
        c.merge.as_deref().is_some_and(|m| m.contains("speaker")),
        "the record says the subject is the speaker: {:?}",
        c.merge
    );
}

/// "“We are investigating the blast,” the governor said. “We introduced a bill last week,”
/// Senator Jim Risch said."
const WE_INVESTIGATE: &str = "
“~ “ PUNCT `` 4 punct
We we PRON PRP 4 nsubj
are be AUX VBP 4 aux
investigating investigate VERB VBG 0 root
the the DET DT 6 det
blast~ blast NOUN NN 4 obj
,~ , PUNCT , 4 punct
” ” PUNCT '' 4 punct
the the DET DT 10 det
governor governor NOUN NN 11 nsubj
said~ say VERB VBD 4 parataxis
. . PUNCT . 4 punct
";

const WE_INTRODUCED: &str = "
“~ “ PUNCT `` 3 punct
We we PRON PRP 3 nsubj
introduced introduce VERB VBD 0 root
a a DET DT 5 det
bill bill NOUN NN 3 obj
last last ADJ JJ 7 amod
week~ week NOUN NN 3 obl:tmod
,~ , PUNCT , 3 punct
” ” PUNCT '' 3 punct
Senator Senator PROPN NNP 11 compound
Jim Jim PROPN NNP 11 compound
Risch Risch PROPN NNP 12 nsubj
said~ say VERB VBD 3 parataxis
. . PUNCT . 3 punct
";

#[test]
fn we_of_a_quotation_is_its_speaker_for_what_they_did() {
    let x = gold_propositions(&[WE_INVESTIGATE, WE_INTRODUCED]);
    let c = x
        .claims
        .iter()
        .find(|c| c.predicate == "introduce")
        .unwrap_or_else(|| panic!("the senator introduced a bill:\n{}", show(&x)));
    assert!(c.subject.id.contains("risch"), "{}", show(&x));
    // What the speaker is doing ("we are investigating") is no checkable act.
    assert!(
        !x.claims.iter().any(|c| c.predicate == "investigate"),
        "{}",
        show(&x)
    );
}

/// "“To attack the town, the rebels must first cross the river,” General Ali Hassan said."
const PURPOSE_INFINITIVE: &str = "
“~ “ PUNCT `` 11 punct
To to PART TO 3 mark
attack attack VERB VB 11 advcl
the the DET DT 5 det
town~ town NOUN NN 3 obj
, , PUNCT , 11 punct
the the DET DT 8 det
rebels rebel NOUN NNS 11 nsubj
must must AUX MD 11 aux
first first ADV RB 11 advmod
cross cross VERB VB 0 root
the the DET DT 13 det
river~ river NOUN NN 11 obj
,~ , PUNCT , 11 punct
” ” PUNCT '' 11 punct
General General PROPN NNP 19 compound
Ali Ali PROPN NNP 19 flat
Hassan Hassan PROPN NNP 20 nsubj
said~ say VERB VBD 11 parataxis
. . PUNCT . 11 punct
";

#[test]
fn a_purpose_clause_opening_a_quotation_is_not_the_speakers_act() {
    let x = gold_propositions(&[PURPOSE_INFINITIVE]);
    assert!(
        !x.claims
            .iter()
            .any(|c| c.predicate == "attack" && c.subject.id.contains("hassan")),
        "{}",
        show(&x)
    );
}

/// "The ministry did not say whether the hostages were killed in the strike."
const WHETHER_KILLED: &str = "
The the DET DT 2 det
ministry ministry NOUN NN 5 nsubj
did do AUX VBD 5 aux
not not PART RB 5 advmod
say say VERB VB 0 root
whether whether SCONJ IN 10 mark
the the DET DT 8 det
hostages hostage NOUN NNS 10 nsubj:pass
were be AUX VBD 10 aux:pass
killed kill VERB VBN 5 ccomp
in in ADP IN 13 case
the the DET DT 13 det
strike~ strike NOUN NN 10 obl
. . PUNCT . 5 punct
";

#[test]
fn a_whether_clause_asks_and_states_no_proposition() {
    let x = gold_propositions(&[WHETHER_KILLED]);
    assert!(
        !x.claims.iter().any(|c| c.predicate.starts_with("kill")),
        "{}",
        show(&x)
    );
}
