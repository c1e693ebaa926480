//! Propositions on gold trees: realistic news sentences written for these tests, with their UD
//! analyses by hand (the stage logic is checked independently of the parser's accuracy). The
//! word-level stages (actors, statements, events) run as in `extract`; claims are then read with
//! the gold `Doc`.

use super::compute::{is_earlier, prop_claim};
use super::*;
use crate::ledger::LedgerStance;
use crate::model::{DocumentHeader, Extraction};
use dossier_syntax::conllu;

/// One sentence as rows of `form lemma UPOS XPOS head rel`; a form ending in `~` has no space
/// after it.
fn sent(rows: &str) -> String {
    let mut out = String::new();
    for (n, row) in rows
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .enumerate()
    {
        let c: Vec<&str> = row.split_whitespace().collect();
        assert_eq!(c.len(), 6, "bad row {row:?}");
        let (form, misc) = match c[0].strip_suffix('~') {
            Some(f) => (f, "SpaceAfter=No"),
            None => (c[0], "_"),
        };
        out.push_str(&format!(
            "{}\t{}\t{}\t{}\t{}\t_\t{}\t{}\t_\t{}\n",
            n + 1,
            form,
            c[1],
            c[2],
            c[3],
            c[4],
            c[5],
            misc
        ));
    }
    out.push('\n');
    out
}

/// The extraction of the text of `sentences`, its claims read with their gold trees.
fn gold(sentences: &[&str]) -> Extraction {
    let src: String = sentences.iter().map(|s| sent(s)).collect();
    let (text, doc) = conllu::gold_doc(&conllu::parse(&src).unwrap());
    let d = crate::make_document(
        &text,
        DocumentHeader {
            outlet: Some("Test Wire".into()),
            ..Default::default()
        },
    );
    assert_eq!(d.text, text, "normalisation must not move the gold tokens");
    let mut x = crate::extract(&d);
    x.claims = extract_claims(&x, &d.text, &doc, ClaimLexicon::embedded());
    x
}

/// Like [`gold`], with the events stage's output dropped: the proposition reader alone. (The
/// tree event coder also codes "X was wounded in a US air strike" as USA → X, and an event's
/// claim takes the place of the proposition read on the same verb.)
fn gold_propositions(sentences: &[&str]) -> Extraction {
    let src: String = sentences.iter().map(|s| sent(s)).collect();
    let (text, doc) = conllu::gold_doc(&conllu::parse(&src).unwrap());
    let d = crate::make_document(
        &text,
        DocumentHeader {
            outlet: Some("Test Wire".into()),
            ..Default::default()
        },
    );
    let mut x = crate::extract(&d);
    x.events.clear();
    x.claims = extract_claims(&x, &d.text, &doc, ClaimLexicon::embedded());
    x
}

fn show(x: &Extraction) -> String {
    x.claims
        .iter()
        .map(|c| {
            format!(
                "{} {} {:?} {:?} {:?} [{}] merge={:?}\n",
                c.subject.id,
                c.predicate,
                c.target.as_ref().map(|t| &t.id),
                c.object,
                c.stance,
                c.evidence.text,
                c.merge
            )
        })
        .collect()
}

const BAGHDADI_WOUNDED: &str = "
Islamic Islamic PROPN NNP 2 compound
State State PROPN NNP 3 compound
leader leader NOUN NN 4 compound
Abu Abu PROPN NNP 8 nsubj:pass
Bakr Bakr PROPN NNP 4 flat
al-Baghdadi al-Baghdadi PROPN NNP 4 flat
was be AUX VBD 8 aux:pass
wounded wound VERB VBN 20 ccomp
in in ADP IN 13 case
a a DET DT 13 det
US US PROPN NNP 13 compound
air air NOUN NN 13 compound
strike strike NOUN NN 8 obl
in in ADP IN 15 case
Al Al PROPN NNP 8 obl
Qaim~ Qaim PROPN NNP 15 flat
, , PUNCT , 20 punct
Iraqi Iraqi ADJ JJ 19 amod
officials official NOUN NNS 20 nsubj
said~ say VERB VBD 0 root
. . PUNCT . 20 punct
";

const STRIKE_WOUNDED: &str = "
A a DET DT 4 det
US US PROPN NNP 4 compound
air air NOUN NN 4 compound
strike strike NOUN NN 5 nsubj
wounded wound VERB VBD 10 ccomp
Baghdadi~ Baghdadi PROPN NNP 5 obj
, , PUNCT , 10 punct
a a DET DT 9 det
source source NOUN NN 10 nsubj
said~ say VERB VBD 0 root
. . PUNCT . 10 punct
";

#[test]
fn a_wounding_in_a_us_air_strike_is_the_us_wounding_him_in_either_voice_with_the_means_kept() {
    let x = gold_propositions(&[BAGHDADI_WOUNDED, STRIKE_WOUNDED]);
    let wound: Vec<&DocClaim> = x.claims.iter().filter(|c| c.predicate == "wound").collect();
    assert_eq!(wound.len(), 2, "{}", show(&x));
    assert_eq!(wound[0].key, wound[1].key, "{}", show(&x));
    assert_eq!(wound[0].subject.id, "USA", "{}", show(&x));
    let target = wound[0].target.as_ref().expect("the wounded");
    assert!(target.name.contains("Baghdadi"), "{}", show(&x));
    assert_eq!(wound[0].detail.as_deref(), Some("US air strike"));
    assert_eq!(wound[1].detail.as_deref(), Some("US air strike"));
    assert_eq!(wound[0].place.as_deref(), Some("in Al Qaim"));
    assert_eq!(wound[0].polarity, Some(Polarity::Positive));
    assert_eq!(wound[0].stance, Stance::Assert);
    // The merge is explained: which words named the doer.
    let why = wound[0].merge.as_deref().unwrap();
    assert!(
        why.contains("US air strike") && why.contains("doer"),
        "{why}"
    );
    let lex = ClaimLexicon::embedded();
    assert_eq!(
        lex.sentence("the US", &wound[0].predicate, Some(&target.name), None),
        format!("the US wounded {}", target.name)
    );
    // The statement's speaker stands behind it in the ledger.
    let e = entry_for(&x, wound[0]).unwrap();
    assert_eq!(e.stance, LedgerStance::Asserts);
    assert_eq!(e.source, crate::ledger::EntrySource::Statement);
}

const BEHEADED: &str = "
Islamic Islamic PROPN NNP 2 compound
State State PROPN NNP 3 compound
militants militant NOUN NNS 4 nsubj
beheaded behead VERB VBD 11 ccomp
journalist journalist NOUN NN 6 compound
Steven Steven PROPN NNP 4 obj
Sotloff~ Sotloff PROPN NNP 6 flat
, , PUNCT , 11 punct
the the DET DT 10 det
group group NOUN NN 11 nsubj
said~ say VERB VBD 0 root
. . PUNCT . 11 punct
";

const CANNOT_CONFIRM: &str = "
The the DET DT 3 det
White White PROPN NNP 3 compound
House House PROPN NNP 4 nsubj
said say VERB VBD 0 root
it it PRON PRP 8 nsubj
could could AUX MD 8 aux
not not PART RB 8 advmod
confirm confirm VERB VB 4 ccomp
the the DET DT 10 det
authenticity authenticity NOUN NN 8 obj
of of ADP IN 13 case
the the DET DT 13 det
video~ video NOUN NN 10 nmod
. . PUNCT . 4 punct
";

#[test]
fn cannot_confirm_is_a_hedge_never_an_assertion() {
    let x = gold(&[BEHEADED, CANNOT_CONFIRM]);
    let execute: Vec<&DocClaim> = x
        .claims
        .iter()
        .filter(|c| c.predicate == "execute")
        .collect();
    assert!(!execute.is_empty(), "{}", show(&x));
    assert_eq!(execute[0].subject.id, "GROUP.ISIS", "{}", show(&x));
    let white_house: Vec<&DocClaim> = x
        .claims
        .iter()
        .filter(|c| c.evidence.text.contains("confirm"))
        .collect();
    assert!(!white_house.is_empty(), "{}", show(&x));
    for c in white_house {
        assert_eq!(c.stance, Stance::Hedge, "{}", show(&x));
        assert_eq!(
            entry_for(&x, c).unwrap().stance,
            LedgerStance::Hedges,
            "{}",
            show(&x)
        );
    }
}

const NEVER_SENT: &str = "
Tehran Tehran PROPN NNP 4 nsubj
had have AUX VBD 4 aux
never never ADV RB 4 advmod
sent send VERB VBN 13 ccomp
drones drone NOUN NNS 4 obj
for for ADP IN 7 case
use use NOUN NN 4 obl
in in ADP IN 9 case
Ukraine~ Ukraine PROPN NNP 7 nmod
, , PUNCT , 13 punct
the the DET DT 12 det
ministry ministry NOUN NN 13 nsubj
said~ say VERB VBD 0 root
. . PUNCT . 13 punct
";

#[test]
fn a_place_inside_a_purpose_phrase_is_no_target() {
    let x = gold(&[NEVER_SENT]);
    assert!(
        x.claims
            .iter()
            .all(|c| c.target.as_ref().is_none_or(|t| t.id != "UKR")),
        "{}",
        show(&x)
    );
    let sent: Vec<&DocClaim> = x
        .claims
        .iter()
        .filter(|c| c.predicate == "transfer")
        .collect();
    assert_eq!(sent.len(), 1, "{}", show(&x));
    assert_eq!(sent[0].subject.id, "IRN");
    assert_eq!(sent[0].object.as_deref(), Some("drones"));
    assert_eq!(sent[0].stance, Stance::Deny, "{}", show(&x));
}

const ACTIVE: &str = "
Iran Iran PROPN NNP 2 nsubj
sent send VERB VBD 8 ccomp
missiles missile NOUN NNS 2 obj
to to ADP IN 5 case
Russia~ Russia PROPN NNP 2 obl
, , PUNCT , 8 punct
officials official NOUN NNS 8 nsubj
said~ say VERB VBD 0 root
. . PUNCT . 8 punct
";

const PASSIVE_BY: &str = "
Missiles missile NOUN NNS 3 nsubj:pass
were be AUX VBD 3 aux:pass
sent send VERB VBN 11 ccomp
to to ADP IN 5 case
Russia Russia PROPN NNP 3 obl
by by ADP IN 7 case
Iran~ Iran PROPN NNP 3 obl:agent
, , PUNCT , 11 punct
a a DET DT 10 det
diplomat diplomat NOUN NN 11 nsubj
said~ say VERB VBD 0 root
. . PUNCT . 11 punct
";

const RECEIVED: &str = "
Russia Russia PROPN NNP 2 nsubj
received receive VERB VBD 10 ccomp
short-range short-range ADJ JJ 5 amod
ballistic ballistic ADJ JJ 5 amod
missiles missile NOUN NNS 2 obj
from from ADP IN 7 case
Iran~ Iran PROPN NNP 2 obl
, , PUNCT , 10 punct
Blinken Blinken PROPN NNP 10 nsubj
said~ say VERB VBD 0 root
. . PUNCT . 10 punct
";

#[test]
fn active_passive_and_converse_wordings_are_one_claim() {
    let want = claim_key("IRN", "transfer", Some("RUS"), Some("missiles"));
    for s in [ACTIVE, PASSIVE_BY, RECEIVED] {
        let x = gold(&[s]);
        let keys: Vec<&str> = x
            .claims
            .iter()
            .filter(|c| c.predicate == "transfer")
            .map(|c| c.key.as_str())
            .collect();
        assert_eq!(keys, [want.as_str()], "{}", show(&x));
    }
    // The reader itself (not only the events stage) gets all three right.
    let lex = ClaimLexicon::embedded();
    for (s, pred) in [(ACTIVE, 1), (PASSIVE_BY, 2), (RECEIVED, 1)] {
        let src = sent(s);
        let (text, doc) = conllu::gold_doc(&conllu::parse(&src).unwrap());
        let d = crate::make_document(&text, DocumentHeader::default());
        let x = crate::extract(&d);
        let syn = props::Syn::new(&x, &d.text, &doc).unwrap();
        let p = props::read(&syn, &x, lex, pred).expect("a proposition");
        let c = prop_claim(p, Stance::Assert, None);
        assert_eq!(c.key, want, "{c:?}");
        assert!(c.merge.is_some(), "{c:?}");
    }
    // A different direction or object is another claim.
    assert_ne!(
        want,
        claim_key("RUS", "transfer", Some("IRN"), Some("missiles"))
    );
    assert_ne!(
        want,
        claim_key("IRN", "transfer", Some("RUS"), Some("drones"))
    );
}

const FIGHTERS_NEAR: &str = "
Islamic Islamic PROPN NNP 2 compound
State State PROPN NNP 3 compound
fighters fighter NOUN NNS 7 nsubj
are be AUX VBP 7 cop
within within ADP IN 7 case
2 2 NUM CD 7 nummod
km km NOUN NNS 16 ccomp
of of ADP IN 10 case
Baghdad Baghdad PROPN NNP 10 compound
airport~ airport NOUN NN 7 nmod
, , PUNCT , 16 punct
a a DET DT 14 det
US US PROPN NNP 14 compound
commander commander NOUN NN 16 nsubj
has have AUX VBZ 16 aux
said~ say VERB VBN 0 root
. . PUNCT . 16 punct
";

#[test]
fn member_nouns_stand_for_their_actor_and_copulas_give_propositions() {
    let x = gold(&[FIGHTERS_NEAR]);
    let near: Vec<&DocClaim> = x
        .claims
        .iter()
        .filter(|c| c.predicate == "be within")
        .collect();
    assert_eq!(near.len(), 1, "{}", show(&x));
    assert_eq!(near[0].subject.id, "GROUP.ISIS");
    assert_eq!(near[0].object.as_deref(), Some("airport"));
    assert_eq!(near[0].detail.as_deref(), Some("2 km of Baghdad airport"));
    assert!(near[0].merge.as_deref().unwrap().contains("fighters"));
}

#[test]
fn earlier_statements_are_recognised_by_their_words() {
    let lex = ClaimLexicon::embedded();
    let text = "Kanaani said on Monday that Iran sent no missiles. The ministry had previously denied the reports.";
    let at = |w: &str| text.find(w).unwrap();
    let st = |cue: &str| Statement {
        id: "s".into(),
        speaker: ActorRef {
            id: "X".into(),
            name: "X".into(),
            mention: None,
        },
        on_behalf_of: None,
        cue: span(cue, at(cue)),
        mode: crate::model::Mode::Indirect,
        stance: Stance::Deny,
        content: span("the reports", at("the reports")),
        via: vec![],
        sourcing: Sourcing::Named,
        confidence: 1.0,
        date: None,
    };
    assert!(is_earlier(lex, text, &st("denied")));
    assert!(!is_earlier(lex, text, &st("said")));
}

#[test]
fn claims_without_a_template_read_as_sentences() {
    let lex = ClaimLexicon::embedded();
    assert_eq!(
        lex.sentence("Islamic State fighters", "be within", None, Some("airport")),
        "Islamic State fighters is within airport"
    );
    assert_eq!(lex.past_tense("withdraw"), "withdrew");
    assert_eq!(lex.past_tense("bury"), "buried");
    assert_eq!(lex.past_tense("evacuate"), "evacuated");
    assert_eq!(lex.past_tense("bomb"), "bombed");
    assert_eq!(
        lex.sentence("Steven Sotloff", "execute:passive", None, None),
        "Steven Sotloff was executed"
    );
    assert_eq!(
        lex.sentence("Islamic State", "execute", Some("Steven Sotloff"), None),
        "Islamic State executed Steven Sotloff"
    );
}

#[test]
fn a_previous_denial_is_filed_before_the_statement_that_reports_it() {
    let d = crate::make_document(
        "Foreign Minister Hossein Amir-Abdollahian acknowledged on Saturday that Iran had sent \
         drones to Russia. Tehran had previously denied that it sent drones to Russia.",
        DocumentHeader::default(),
    );
    let x = crate::extract(&d);
    let transfer: Vec<&DocClaim> = x
        .claims
        .iter()
        .filter(|c| c.predicate == "transfer")
        .collect();
    assert_eq!(transfer.len(), 2, "{}", show(&x));
    assert_eq!(transfer[0].key, transfer[1].key);
    // Text order is acknowledgement then denial; the ledger order is the denial first.
    assert_eq!(transfer[0].stance, Stance::Deny, "{}", show(&x));
    assert_eq!(transfer[1].stance, Stance::Assert, "{}", show(&x));
}

#[test]
fn without_a_tree_the_words_before_still_rule_out_a_place_and_a_mention() {
    let x = crate::extract(&crate::make_document(
        "Tehran had never sent drones for use in Ukraine, the foreign ministry said on Thursday.",
        DocumentHeader::default(),
    ));
    assert!(
        x.claims
            .iter()
            .all(|c| c.target.as_ref().is_none_or(|t| t.id != "UKR")),
        "{}",
        show(&x)
    );
    let x = crate::extract(&crate::make_document(
        "Kremlin spokesman Dmitry Peskov declined to comment on reports that Tehran had sent \
         ballistic missiles.",
        DocumentHeader::default(),
    ));
    assert!(
        x.claims
            .iter()
            .all(|c| c.predicate != "transfer" || ledger_stance(c.stance).is_none()),
        "a mention of reports is no claim (a no-comment note at most): {}",
        show(&x)
    );
    // The same words asserted in the outlet's own voice are a claim.
    let x = crate::extract(&crate::make_document(
        "Tehran had sent ballistic missiles to Russia in the spring.",
        DocumentHeader::default(),
    ));
    assert!(
        x.claims
            .iter()
            .any(|c| c.predicate == "transfer" && c.stance == Stance::Assert),
        "{}",
        show(&x)
    );
}

const LEDE: &str = "
Fighting~ fighting NOUN NN 2 nsubj
continued~ continue VERB VBD 0 root
. . PUNCT . 2 punct
";

const FOLEY_REPORTEDLY: &str = "
James James PROPN NNP 6 nsubj:pass
Foley Foley PROPN NNP 1 flat
has have AUX VBZ 6 aux
reportedly reportedly ADV RB 6 advmod
been be AUX VBN 6 aux:pass
executed~ execute VERB VBN 0 root
by by ADP IN 10 case
the the DET DT 10 det
Islamic Islamic PROPN NNP 10 compound
State~ State PROPN NNP 6 obl:agent
. . PUNCT . 6 punct
";

const FOLEY_PLAIN: &str = "
Foley Foley PROPN NNP 2 nsubj
worked~ work VERB VBD 0 root
. . PUNCT . 2 punct
";

#[test]
fn a_hedged_report_in_the_outlets_own_voice_is_a_proposition_the_outlet_hedges() {
    // Third sentence: outside the lede, read only because "reportedly" makes it a report.
    let x = gold(&[LEDE, FOLEY_PLAIN, FOLEY_REPORTEDLY]);
    let c = x
        .claims
        .iter()
        .find(|c| c.predicate == "execute" || c.predicate == "execute:passive")
        .unwrap_or_else(|| panic!("{}", show(&x)));
    assert_eq!(c.subject.id, "GROUP.ISIS", "{}", show(&x));
    assert!(
        c.target.as_ref().is_some_and(|t| t.name.contains("Foley"))
            || c.object.as_deref().is_some_and(|o| o.contains("Foley")),
        "{}",
        show(&x)
    );
    assert_eq!(c.stance, Stance::Hedge, "{}", show(&x));
    // Relayed by the outlet (own voice, or the attribution layer's unattributed report).
    let e = entry_for(&x, c).unwrap();
    assert_eq!(e.stance, LedgerStance::Hedges);
    assert!(matches!(
        e.sourcing,
        crate::model::Sourcing::Outlet | crate::model::Sourcing::Unattributed
    ));
    // Without the report word, a sentence after the lede gives no own-voice proposition.
    let plain = FOLEY_REPORTEDLY.replace(
        "reportedly reportedly ADV RB 6 advmod",
        "still still ADV RB 6 advmod",
    );
    let y = gold(&[LEDE, FOLEY_PLAIN, &plain]);
    assert!(
        !y.claims.iter().any(|c| c.stance == Stance::Hedge),
        "{}",
        show(&y)
    );
}

/// The parser's tree for this sentence: two passive subjects ("State" and "leader").
const LEADER_NOT_KILLED: &str = "
The the DET DT 3 det
Islamic Islamic PROPN NNP 3 compound
State State PROPN NNP 15 nsubj:pass
( ( PUNCT -LRB- 6 punct
IS IS PROPN NNP 3 appos
) ) PUNCT -RRB- 5 punct
leader leader NOUN NN 15 nsubj:pass
Abu Abu PROPN NNP 7 appos
Bakr Bakr PROPN NNP 8 flat
al-Baghdadi al-Baghdadi PROPN NNP 8 flat
has have AUX VBZ 15 aux
not not PART RB 15 advmod
been be AUX VBN 15 aux:pass
officially officially ADV RB 15 advmod
killed~ kill VERB VBN 19 ccomp
, , PUNCT , 19 punct
a a DET DT 18 det
source source NOUN NN 19 nsubj
said~ say VERB VBD 0 root
. . PUNCT . 19 punct
";

#[test]
fn a_leader_named_after_his_organisation_is_the_participant_not_the_organisation() {
    let x = gold(&[LEADER_NOT_KILLED]);
    let c = x
        .claims
        .iter()
        .find(|c| c.predicate.starts_with("kill"))
        .unwrap_or_else(|| panic!("{}", show(&x)));
    assert_eq!(c.subject.id, "PERSON.abu-bakr-al-baghdadi", "{}", show(&x));
    assert_eq!(c.stance, Stance::Deny, "{}", show(&x));
    assert!(
        c.merge.as_deref().unwrap_or("").contains("Baghdadi"),
        "{}",
        show(&x)
    );
}

const WOUNDED_LEDE: &str = "
Abu Abu PROPN NNP 5 nsubj:pass
Bakr Bakr PROPN NNP 1 flat
al-Baghdadi al-Baghdadi PROPN NNP 1 flat
was be AUX VBD 5 aux:pass
wounded wound VERB VBN 0 root
in in ADP IN 10 case
a a DET DT 10 det
US US PROPN NNP 10 compound
air air NOUN NN 10 compound
strike~ strike NOUN NN 5 obl
. . PUNCT . 5 punct
";

#[test]
fn the_ledes_own_assertion_is_a_proposition_of_the_outlet_and_later_sentences_are_not() {
    let x = gold(&[WOUNDED_LEDE]);
    let c = x
        .claims
        .iter()
        .find(|c| c.predicate.starts_with("wound"))
        .unwrap_or_else(|| panic!("{}", show(&x)));
    // "wounded in a US air strike": the US's act on Baghdadi.
    let wounded = c.target.as_ref().map_or("", |t| t.name.as_str());
    assert!(wounded.contains("Baghdadi"), "{}", show(&x));
    assert_eq!((c.stance, c.statement.as_deref()), (Stance::Assert, None));
    let e = entry_for(&x, c).unwrap();
    assert_eq!(
        (e.stance, e.sourcing),
        (LedgerStance::Asserts, crate::model::Sourcing::Outlet)
    );
    // The same words as a third sentence, unhedged and unattributed: background, no claim.
    let y = gold(&[LEDE, FOLEY_PLAIN, WOUNDED_LEDE]);
    assert!(
        !y.claims.iter().any(|c| c.predicate.starts_with("wound")),
        "{}",
        show(&y)
    );
}

/// The tagger's reading: "wounded" an adjective after the copula "been".
const WOUNDED_AS_ADJECTIVE: &str = "
Baghdadi Baghdadi PROPN NNP 5 nsubj
had have AUX VBD 5 aux
been be AUX VBN 5 cop
seriously seriously ADV RB 5 advmod
wounded~ wounded ADJ JJ 0 root
. . PUNCT . 5 punct
";

#[test]
fn a_participle_read_as_an_adjective_is_still_the_passive_of_its_class() {
    let x = gold(&[WOUNDED_AS_ADJECTIVE]);
    assert!(
        x.claims
            .iter()
            .any(|c| c.predicate == "wound:passive" && c.subject.name.contains("Baghdadi")),
        "{}",
        show(&x)
    );
    assert!(
        !x.claims.iter().any(|c| c.predicate == "be"),
        "{}",
        show(&x)
    );
}

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
    let c = x
        .claims
        .iter()
        .find(|c| c.predicate.starts_with("kill"))
        .unwrap_or_else(|| panic!("{}", show(&x)));
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
    assert!(
        !x.claims.iter().any(|c| c.subject.name.contains("Baghdadi")
            || c.target
                .as_ref()
                .is_some_and(|t| t.name.contains("Baghdadi"))),
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
    assert!(!c.subject.id.contains("ISIS"), "{}", show(&x));
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
