//! Attribution on realistic news sentences: quotes, indirect speech, relays, stance, sourcing.

use dossier_core::attribution::UNATTRIBUTED_ID;
use dossier_core::{extract, make_document, DocumentHeader, Mode, Sourcing, Stance, Statement};

fn statements(text: &str) -> (String, Vec<Statement>) {
    let doc = make_document(text, DocumentHeader::default());
    let ex = extract(&doc);
    (doc.text, ex.statements)
}

fn find<'a>(st: &'a [Statement], content_prefix: &str) -> &'a Statement {
    st.iter()
        .find(|s| s.content.text.starts_with(content_prefix))
        .unwrap_or_else(|| {
            panic!(
                "no statement starting {content_prefix:?}; got {:#?}",
                st.iter().map(|s| &s.content.text).collect::<Vec<_>>()
            )
        })
}

fn speaker_words(s: &Statement) -> &str {
    s.speaker.mention.as_ref().map_or("", |m| m.text.as_str())
}

#[test]
fn direct_quote_with_pronoun_speaker_continues_into_next_quote() {
    let (_, st) = statements(
        "Brigadier General Fazlollah Nozari dismissed the reports on Monday. “No missile was sent to Russia,” he said. “It is psychological warfare.”",
    );
    let first = find(&st, "No missile was sent to Russia");
    assert_eq!(first.mode, Mode::Direct);
    assert_eq!(first.stance, Stance::Deny);
    assert_eq!(speaker_words(first), "he");
    assert_eq!(first.cue.text, "said");
    let second = find(&st, "It is psychological warfare.");
    assert_eq!(second.mode, Mode::Direct);
    assert_eq!(second.speaker.id, first.speaker.id);
    // The pronoun names the general, not an invented "he" actor. ("on Monday" dates the
    // denial; the content is what was dismissed.)
    let nozari = find(&st, "the reports");
    assert_eq!(first.speaker.id, nozari.speaker.id);
}

#[test]
fn speaker_inside_a_split_quote_and_inverted_cue() {
    let (_, st) = statements(
        "\"We will respond,\" said Nasser Kanani, the ministry's spokesman, \"and nobody should doubt it.\"",
    );
    let a = find(&st, "We will respond");
    let b = find(&st, "and nobody should doubt it.");
    assert_eq!(speaker_words(a), "Nasser Kanani");
    assert_eq!(a.speaker.id, b.speaker.id);
    assert_eq!(a.cue, b.cue);
    assert!(st.iter().all(|s| !s.content.text.contains("said")));
}

#[test]
fn colon_introduced_and_multi_paragraph_quotes() {
    let (text, st) = statements(
        "Foreign Minister Penny Wong told reporters: “The conduct of the vessel was unsafe.\n\n“We have made our concerns known at the highest levels.”\n\nThe Chinese embassy did not respond to a request for comment.",
    );
    let q = find(&st, "The conduct of the vessel was unsafe.");
    assert_eq!(q.mode, Mode::Direct);
    assert!(
        q.content.text.ends_with("highest levels."),
        "{:?}",
        q.content.text
    );
    assert_eq!(speaker_words(q), "Foreign Minister Penny Wong");
    // Code-point offsets: slicing the text by chars gives the content back.
    let chars: Vec<char> = text.chars().collect();
    let sliced: String = chars[q.content.start..q.content.end].iter().collect();
    assert_eq!(sliced, q.content.text);
    let nc = st
        .iter()
        .find(|s| s.stance == Stance::NoComment)
        .expect("no-comment statement");
    assert_eq!(speaker_words(nc), "The Chinese embassy");
}

#[test]
fn indirect_speech_content_excludes_cue_time_and_that() {
    let (_, st) = statements(
        "The Kremlin said on Monday that it had received no request for talks. Ukraine's air force told reporters the drones were launched from Kursk.",
    );
    let a = find(&st, "it had received no request for talks");
    assert_eq!(a.mode, Mode::Indirect);
    assert_eq!(a.cue.text, "said");
    assert_eq!(speaker_words(a), "The Kremlin");
    assert_eq!(a.sourcing, Sourcing::OfficialBody);
    let b = find(&st, "the drones were launched from Kursk");
    assert_eq!(b.cue.text, "told");
    assert!(b.via.is_empty(), "reporters are not a relay");
}

#[test]
fn post_posed_cue_takes_the_clause_before_it() {
    let (_, st) = statements(
        "Several Turkish banks have stopped processing payments from Russia, three sources with knowledge of the matter told Reuters.",
    );
    assert_eq!(st.len(), 1);
    let s = &st[0];
    assert_eq!(
        s.content.text,
        "Several Turkish banks have stopped processing payments from Russia"
    );
    assert_eq!(
        speaker_words(s),
        "three sources with knowledge of the matter"
    );
    assert_eq!(s.sourcing, Sourcing::Anonymous);
    assert_eq!(s.via.len(), 1);
    assert!(s.via[0].name.contains("Reuters"));
}

#[test]
fn denials_dismissals_and_reports() {
    let (_, st) = statements(
        "Moscow denied reports that it had deployed troops to Belarus. Brigadier General Fazlollah Nozari, deputy commander of the Khatam al-Anbia Central Headquarters, dismissed the claims.",
    );
    let a = find(&st, "reports that it had deployed troops");
    assert_eq!(a.stance, Stance::Deny);
    let b = find(&st, "the claims");
    assert_eq!(b.stance, Stance::Deny);
    assert_eq!(speaker_words(b), "Brigadier General Fazlollah Nozari");
}

#[test]
fn relays_citing_quoted_by_and_according_to() {
    let (_, st) = statements(
        "CNN and the Wall Street Journal reported, citing unnamed sources, that Iran had transferred missiles to Russia. He was quoted by the Iranian Labour News Agency as saying, 'No missile was sent to Russia.' The figure could not be verified, according to the Syrian Observatory for Human Rights.",
    );
    let a = find(&st, "Iran had transferred missiles to Russia");
    assert_eq!(speaker_words(a), "unnamed sources");
    assert_eq!(a.sourcing, Sourcing::Anonymous);
    assert_eq!(a.via.len(), 1);
    assert!(a.via.iter().any(|v| v
        .mention
        .as_ref()
        .is_some_and(|m| m.text.contains("Wall Street Journal"))));
    let b = find(&st, "No missile was sent to Russia.");
    assert_eq!(b.mode, Mode::Direct);
    assert_eq!(b.via.len(), 1);
    let c = find(&st, "The figure could not be verified");
    assert_eq!(c.mode, Mode::AccordingTo);
    assert_eq!(speaker_words(c), "the Syrian Observatory for Human Rights");
}

#[test]
fn spokesman_speaks_on_behalf_of_the_body() {
    let (_, st) = statements(
        "Kremlin spokesman Dmitry Peskov said Moscow was open to talks. A spokesman for the Turkish foreign ministry said Ankara would host them.",
    );
    let a = find(&st, "Moscow was open to talks");
    assert_eq!(a.sourcing, Sourcing::Named);
    assert!(a.on_behalf_of.is_some(), "Peskov speaks for the Kremlin");
    let b = find(&st, "Ankara would host them");
    assert_eq!(b.sourcing, Sourcing::OfficialBody);
    let (_, st) = statements("Iran's foreign ministry spokesman said the claims were baseless.");
    let c = find(&st, "the claims were baseless");
    assert_eq!(speaker_words(c), "Iran's foreign ministry spokesman");
    assert_eq!(c.stance, Stance::Deny);
    assert!(
        c.on_behalf_of
            .as_ref()
            .is_some_and(|b| b.id.starts_with("IRN")),
        "{:?}",
        c.on_behalf_of
    );
}

#[test]
fn stances_hedge_conditional_question_no_comment() {
    let (_, st) = statements(
        "A US official said any transfer would be a significant escalation. Analysts said Iran may already have delivered the drones. \"Why would we send missiles?\" the general asked. The Kremlin declined to comment.",
    );
    assert_eq!(
        find(&st, "any transfer would be").stance,
        Stance::Conditional
    );
    assert_eq!(find(&st, "Iran may already").stance, Stance::Hedge);
    assert_eq!(find(&st, "Why would we send").stance, Stance::Question);
    let nc = st
        .iter()
        .find(|s| s.stance == Stance::NoComment)
        .expect("no comment");
    assert_eq!(speaker_words(nc), "The Kremlin");
}

#[test]
fn being_unable_to_confirm_is_a_hedge() {
    let (_, st) = statements(
        "“I cannot confirm that and I hope that it is not the case,” the defence minister told a television channel. “We have seen the reports, but we have no confirmation,” a State Department spokeswoman said. The ministry said it was not in a position to confirm the capture.",
    );
    assert_eq!(find(&st, "I cannot confirm").stance, Stance::Hedge);
    assert_eq!(find(&st, "We have seen the reports").stance, Stance::Hedge);
    assert_eq!(find(&st, "it was not in a position").stance, Stance::Hedge);
}

#[test]
fn no_speaker_is_invented() {
    let (_, st) = statements(
        "The convoy crossed the border at dawn. Iran is believed to have supplied the launchers. The talks did not resume.",
    );
    assert_eq!(st.len(), 1, "{st:#?}");
    assert_eq!(st[0].speaker.id, UNATTRIBUTED_ID);
    assert!(st[0].speaker.mention.is_none());
    assert_eq!(st[0].sourcing, Sourcing::Unattributed);
    assert_eq!(st[0].stance, Stance::Hedge);
}

#[test]
fn partial_quote_inside_indirect_speech_is_mixed() {
    let (_, st) = statements(
        "The ministry said the accusations were “psychological warfare” aimed at Iran. It added that talks would continue.",
    );
    let a = find(&st, "the accusations were");
    assert_eq!(a.mode, Mode::Mixed);
    assert!(a.content.text.ends_with("aimed at Iran"));
    assert_eq!(
        st.len(),
        2,
        "the partial quote is not a statement of its own"
    );
}

#[test]
fn negated_cues_and_nouns_are_not_statements() {
    let (_, st) = statements(
        "Hezbollah has not claimed the strike. The reports could not be confirmed. Her claims drew criticism in Washington.",
    );
    assert!(st.is_empty(), "{st:#?}");
}

#[test]
fn unknown_speaker_phrase_still_yields_a_statement() {
    let (_, st) =
        statements("A humanitarian worker in Bahir Dar said shops had been closed for a week.");
    assert_eq!(st.len(), 1);
    assert_eq!(speaker_words(&st[0]), "A humanitarian worker in Bahir Dar");
    assert!(!st[0].speaker.id.is_empty());
}

#[test]
fn odd_input_never_panics() {
    for t in [
        "",
        "\"",
        "“”",
        "said",
        ", said.",
        "“Unclosed quote, he said.\n\n“Another",
        "According to",
        "'' '' ''",
        "He said: “",
        "— said —",
        "Ünïcödé “ñ,” dijo él. 東京 said “文”.",
    ] {
        let _ = statements(t);
    }
}

#[test]
fn voiced_alarm_calling_and_citing_apposition() {
    let (_, st) = statements(
        "European leaders voiced alarm, calling the transfer a direct threat to European security. Iranian media, citing the commander, reported that no missiles had been sent.",
    );
    assert_eq!(st.len(), 2, "{st:#?}");
    let a = find(&st, "the transfer a direct threat");
    assert_eq!(a.cue.text, "calling");
    assert_eq!(speaker_words(a), "European leaders");
    let b = find(&st, "no missiles had been sent");
    assert_eq!(speaker_words(b), "the commander");
    assert_eq!(b.stance, Stance::Deny);
    assert_eq!(b.via.len(), 1);
    assert!(b.via[0]
        .mention
        .as_ref()
        .is_some_and(|m| m.text == "Iranian media"));
}

#[test]
fn nested_statement_is_relayed_through_the_outer_speaker() {
    let (_, st) = statements(
        "The Wall Street Journal reported that U.S. officials believe Iran is preparing a new shipment.",
    );
    let inner = find(&st, "Iran is preparing a new shipment");
    assert_eq!(speaker_words(inner), "U.S. officials");
    assert_eq!(inner.via.len(), 1, "{inner:#?}");
    assert!(inner.via[0]
        .mention
        .as_ref()
        .is_some_and(|m| m.text.contains("Wall Street Journal")));
}

mod props {
    use super::*;
    use proptest::prelude::*;

    fn piece() -> impl Strategy<Value = &'static str> {
        prop::sample::select(vec![
            "said",
            "told",
            "Reuters",
            "he",
            "The ministry",
            "according to",
            "citing",
            ",",
            ".",
            ":",
            "\"",
            "“",
            "”",
            "'",
            "‘",
            "’",
            "''",
            "\n",
            "\n\n",
            "denied",
            "was quoted by",
            "as saying",
            "officials",
            "that",
            "Iran",
            "declined to comment",
            "adding",
            "who",
            "(",
            ")",
            "—",
            "-",
            "may",
            "reportedly",
            "?",
            "é",
            "東京",
            "Mr.",
            "U.S.",
            " ",
        ])
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]
        #[test]
        fn spans_are_valid_on_arbitrary_input(parts in prop::collection::vec(piece(), 0..60)) {
            let raw = parts.join(" ");
            let doc = make_document(&raw, DocumentHeader::default());
            let ex = extract(&doc);
            let chars: Vec<char> = doc.text.chars().collect();
            for s in &ex.statements {
                for span in [&s.content, &s.cue] {
                    prop_assert!(span.start <= span.end && span.end <= chars.len());
                    let sliced: String = chars[span.start..span.end].iter().collect();
                    prop_assert_eq!(&sliced, &span.text);
                }
                prop_assert!(!s.content.text.is_empty());
            }
        }
    }
}

#[test]
fn relay_chain_is_nearest_first() {
    let (_, st) = statements(
        "Iranian media reported that Brigadier General Fazlollah Nozari was quoted by the Iranian Labour News Agency as saying that no missile had been sent to Russia.",
    );
    let inner = find(&st, "no missile had been sent to Russia");
    assert_eq!(speaker_words(inner), "Brigadier General Fazlollah Nozari");
    assert_eq!(inner.stance, Stance::Deny);
    let relays: Vec<&str> = inner
        .via
        .iter()
        .map(|v| v.mention.as_ref().map_or("", |m| m.text.as_str()))
        .collect();
    assert_eq!(relays, ["the Iranian Labour News Agency", "Iranian media"]);
    let outer = find(&st, "Brigadier General Fazlollah Nozari was quoted");
    assert_eq!(outer.sourcing, Sourcing::Outlet);
}

#[test]
fn a_noun_report_after_a_denial_verb_is_not_a_second_statement() {
    let text = "Iran's foreign ministry on Tuesday rejected reports that it had supplied drones to Russia.";
    let statements = dossier_core::attribution::attribute_text(text);
    assert_eq!(statements.len(), 1, "{statements:#?}");
    assert_eq!(statements[0].cue.text, "rejected");
    assert_eq!(statements[0].id, "s1");
    assert_eq!(statements[0].stance, dossier_core::Stance::Deny);
}
