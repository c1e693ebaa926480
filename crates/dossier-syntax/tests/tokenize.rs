//! The tokeniser and sentence splitter on news sentences written for these tests, on hostile
//! input (proptest), and on a 10,000-token run-on text.

use dossier_syntax::tokenize::{tokenize, tokenize_full, MAX_SENTENCE_TOKENS};
use proptest::prelude::*;

fn forms(text: &str) -> Vec<&str> {
    let (toks, _) = tokenize(text);
    toks.iter()
        .map(|t| &text[t.start as usize..t.end as usize])
        .collect()
}

fn sentences(text: &str) -> Vec<&str> {
    let (toks, sents) = tokenize(text);
    sents
        .iter()
        .map(|s| {
            let a = toks[s.first as usize].start as usize;
            let b = toks[s.last as usize - 1].end as usize;
            &text[a..b]
        })
        .collect()
}

/// Spans are in order, non-overlapping, on char boundaries, non-empty, free of whitespace, and
/// cover every non-whitespace character; sentences partition the tokens and stay under the cap.
fn check_invariants(text: &str) {
    let t = tokenize_full(text);
    assert_eq!(t.joined.len(), t.tokens.len());
    let mut covered = vec![false; text.len()];
    let mut prev_end = 0usize;
    for tok in &t.tokens {
        let (a, b) = (tok.start as usize, tok.end as usize);
        assert!(a < b, "empty token at {a}");
        assert!(a >= prev_end, "tokens overlap or are out of order at {a}");
        assert!(
            text.is_char_boundary(a) && text.is_char_boundary(b),
            "span {a}..{b} splits a character"
        );
        let form = &text[a..b];
        assert!(
            !form.chars().any(char::is_whitespace),
            "token {form:?} holds whitespace"
        );
        covered[a..b].iter_mut().for_each(|c| *c = true);
        prev_end = b;
    }
    for (i, c) in text.char_indices() {
        if !c.is_whitespace() {
            assert!(covered[i], "character {c:?} at {i} belongs to no token");
        }
    }
    let mut next = 0u32;
    for s in &t.sentences {
        assert_eq!(s.first, next, "sentences do not partition the tokens");
        assert!(s.last > s.first, "empty sentence");
        assert!(
            (s.last - s.first) as usize <= MAX_SENTENCE_TOKENS,
            "sentence over the cap"
        );
        next = s.last;
    }
    assert_eq!(
        next as usize,
        t.tokens.len(),
        "tokens left outside any sentence"
    );
}

#[test]
fn clitics_hyphens_abbreviations_in_a_news_sentence() {
    let text = "The U.S.-led coalition said it didn't strike Al Qaim on Jan. 5, Gen. Lloyd Austin's office said.";
    assert_eq!(
        forms(text),
        [
            "The",
            "U.S.",
            "-",
            "led",
            "coalition",
            "said",
            "it",
            "did",
            "n't",
            "strike",
            "Al",
            "Qaim",
            "on",
            "Jan.",
            "5",
            ",",
            "Gen.",
            "Lloyd",
            "Austin",
            "'s",
            "office",
            "said",
            "."
        ]
    );
    assert_eq!(sentences(text).len(), 1);
    check_invariants(text);
}

#[test]
fn contractions_as_in_the_treebanks() {
    assert_eq!(
        forms("We won't go, they can't stay and Moscow cannot wait: I'm sure they're gonna try."),
        [
            "We", "wo", "n't", "go", ",", "they", "ca", "n't", "stay", "and", "Moscow", "can",
            "not", "wait", ":", "I", "'m", "sure", "they", "'re", "gon", "na", "try", "."
        ]
    );
    // Curly apostrophes, and the plural possessive.
    assert_eq!(
        forms("Russia’s envoy said Kyiv’s allies weren’t at the generals' meeting."),
        [
            "Russia", "’s", "envoy", "said", "Kyiv", "’s", "allies", "were", "n’t", "at", "the",
            "generals", "'", "meeting", "."
        ]
    );
    // Clitics form one surface token with their word.
    let text = "Iran's minister didn't say.";
    let t = tokenize_full(text);
    let surface: Vec<&str> = t
        .surface_spans()
        .iter()
        .map(|&(a, b)| &text[a as usize..b as usize])
        .collect();
    assert_eq!(surface, ["Iran's", "minister", "didn't", "say", "."]);
}

#[test]
fn hyphens_split_except_prefixes_and_phone_numbers() {
    assert_eq!(
        forms("The state-owned firm's co-founder, a well-known ex-minister, was re-elected."),
        [
            "The",
            "state",
            "-",
            "owned",
            "firm",
            "'s",
            "co-founder",
            ",",
            "a",
            "well",
            "-",
            "known",
            "ex-minister",
            ",",
            "was",
            "re-elected",
            "."
        ]
    );
    assert_eq!(
        forms("Call 713-853-3989 about pages 10-12 of the 2019–2020 report — today."),
        [
            "Call",
            "713-853-3989",
            "about",
            "pages",
            "10",
            "-",
            "12",
            "of",
            "the",
            "2019",
            "–",
            "2020",
            "report",
            "—",
            "today",
            "."
        ]
    );
}

#[test]
fn numbers_currency_and_times() {
    assert_eq!(
        forms("Talks at 10:30 a.m. cost $5bn (about 2.5% of GDP), or 1,000.50 euros each."),
        [
            "Talks", "at", "10:30", "a.m.", "cost", "$", "5bn", "(", "about", "2.5", "%", "of",
            "GDP", ")", ",", "or", "1,000.50", "euros", "each", "."
        ]
    );
}

#[test]
fn urls_emails_handles_and_emoticons_stay_whole() {
    assert_eq!(
        forms(
            "Read https://www.reuters.com/world/iraq-2024/. Write to press@un.org or @UN_News :)"
        ),
        [
            "Read",
            "https://www.reuters.com/world/iraq-2024/",
            ".",
            "Write",
            "to",
            "press@un.org",
            "or",
            "@UN_News",
            ":)"
        ]
    );
    assert_eq!(forms("(see www.un.org)"), ["(", "see", "www.un.org", ")"]);
}

#[test]
fn quotes_inside_quotes() {
    let text = "He added: \"It's 'unacceptable.'\" Officials in Kyiv agreed.";
    assert_eq!(
        forms(text),
        [
            "He",
            "added",
            ":",
            "\"",
            "It",
            "'s",
            "'",
            "unacceptable",
            ".",
            "'",
            "\"",
            "Officials",
            "in",
            "Kyiv",
            "agreed",
            "."
        ]
    );
    assert_eq!(
        sentences(text),
        [
            "He added: \"It's 'unacceptable.'\"",
            "Officials in Kyiv agreed."
        ]
    );
    let curly = "“We were told ‘wait’,” the minister said… “Nothing came.”";
    assert_eq!(
        forms(curly),
        [
            "“", "We", "were", "told", "‘", "wait", "’", ",", "”", "the", "minister", "said", "…",
            "“", "Nothing", "came", ".", "”"
        ]
    );
}

#[test]
fn sentences_end_at_punctuation_not_after_abbreviations() {
    let text = "Mr. Smith met Dr. Jones at 1600 Pennsylvania Ave. in Washington, D.C. The meeting \
                lasted 90 minutes. The U.S. President spoke. Why? Nobody knows! Really?! \
                \"We won't back down,\" said Sen. Lindsey Graham, R-S.C. \"They can't make us.\" \
                Shares of Acme Inc. fell. Acme Inc. The end.";
    assert_eq!(
        sentences(text),
        [
            "Mr. Smith met Dr. Jones at 1600 Pennsylvania Ave. in Washington, D.C.",
            "The meeting lasted 90 minutes.",
            "The U.S. President spoke.",
            "Why?",
            "Nobody knows!",
            "Really?!",
            "\"We won't back down,\" said Sen. Lindsey Graham, R-S.C.",
            "\"They can't make us.\"",
            "Shares of Acme Inc. fell.",
            "Acme Inc.",
            "The end."
        ]
    );
}

#[test]
fn lines_and_paragraphs() {
    // A headline without punctuation ends at its line; a dateline line too; a paragraph break
    // always ends a sentence; a line that goes on in lower case continues the sentence.
    let text = "Explosions reported in Kharkiv\nKYIV, March 3 (Reuters)\n\nThe governor said the \
                strikes hit\ntwo districts overnight and\n\nthat rescuers were at work.\n\
                1. Evacuations\n2. Power cuts";
    assert_eq!(
        sentences(text),
        [
            "Explosions reported in Kharkiv",
            "KYIV, March 3 (Reuters)",
            "The governor said the strikes hit\ntwo districts overnight and",
            "that rescuers were at work.",
            "1. Evacuations",
            "2. Power cuts"
        ]
    );
}

#[test]
fn a_line_wrapped_after_a_function_word_runs_on_into_a_capital() {
    // A hard-wrapped report breaks a line after "the" or "of" before a name: the sentence goes
    // on. A line ending in a content word before a capital still ends there (a headline).
    let text = "The volunteer said she had contacted Kurdish fighters over the\nInternet before \
                travelling to a camp of the\nPeople's Protection Units.\nKurds mourn fighters\n\
                Officials in Erbil said nothing.";
    assert_eq!(
        sentences(text),
        [
            "The volunteer said she had contacted Kurdish fighters over the\nInternet before \
             travelling to a camp of the\nPeople's Protection Units.",
            "Kurds mourn fighters",
            "Officials in Erbil said nothing."
        ]
    );
}

#[test]
fn sub_headings_glued_to_the_next_sentence_are_split() {
    // A page that lost its line breaks glues a sub-heading in capitals to the paragraph after
    // it; datelines and acronyms go on as before.
    let text = "He was last seen on Sept. 3. NOT KIM'S FIRST ABSENCE North Korean officials \
                have denied that his absence is health-related. WASHINGTON -- The US and \
                NATO SAID on Friday that troops would stay. THE HAGUE, Netherlands (AP) \
                The court ruled. US AND EU OFFICIALS met in Brussels.";
    assert_eq!(
        sentences(text),
        [
            "He was last seen on Sept. 3.",
            "NOT KIM'S FIRST ABSENCE",
            "North Korean officials have denied that his absence is health-related.",
            "WASHINGTON -- The US and NATO SAID on Friday that troops would stay.",
            "THE HAGUE, Netherlands (AP) The court ruled.",
            "US AND EU OFFICIALS met in Brussels."
        ]
    );
}

#[test]
fn run_on_text_is_capped_at_a_comma() {
    // 10,000 tokens without a full stop: sentences stay under the cap, cut after commas.
    let clause = "troops moved north and officials said nothing, ";
    let text = clause.repeat(10_000 / 8 + 1);
    let (toks, sents) = tokenize(&text);
    assert!(toks.len() >= 10_000);
    assert!(sents.len() >= toks.len() / MAX_SENTENCE_TOKENS);
    for s in &sents[..sents.len() - 1] {
        let last = toks[s.last as usize - 1];
        assert_eq!(&text[last.start as usize..last.end as usize], ",");
        assert!((s.last - s.first) as usize > MAX_SENTENCE_TOKENS / 2);
    }
    check_invariants(&text);
    // No comma at all: cut at the cap.
    let words = "word ".repeat(1000);
    let (_, sents) = tokenize(&words);
    assert_eq!(sents.len(), 5);
    check_invariants(&words);
}

#[test]
fn odd_input_keeps_the_invariants() {
    for text in [
        "",
        " \n\n ",
        "...",
        "'",
        "''",
        "n't",
        "'s",
        "-",
        "--",
        "U.S.",
        "a.",
        ".x",
        "@",
        "#",
        "http://",
        "x@y",
        "ﷺ شهدت القدس اشتباكات.",
        "👩‍👩‍👧 emoji ☢️ x",
        "e\u{301}te\u{301}",
        "\u{0}\u{1}\u{7f}",
        "9".repeat(500).as_str(),
        "a\u{2028}b\u{85}c",
        "'''''''''''",
        "((((((()))))))",
        "don't.'s'n't",
    ] {
        check_invariants(text);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_unicode_keeps_the_invariants(text in "\\PC{0,200}") {
        check_invariants(&text);
    }

    #[test]
    fn any_mix_of_words_and_punctuation_keeps_the_invariants(
        parts in prop::collection::vec(
            prop_oneof![
                "[A-Za-z]{1,8}",
                "[0-9]{1,12}",
                Just("n't".to_string()),
                Just("'s".to_string()),
                Just("’".to_string()),
                Just("U.S.".to_string()),
                Just("http://x.org/a".to_string()),
                "[-.,;:!?'\"“”‘’()\\[\\]$%…—–@#/]{1,3}",
                "[ \n]{1,3}",
                "[\u{0}-\u{1f}\u{600}-\u{6ff}\u{1f300}-\u{1f6ff}\u{300}-\u{36f}]{1,3}",
            ],
            0..60,
        )
    ) {
        check_invariants(&parts.concat());
    }
}

#[test]
fn sentences_glued_by_a_missing_space() {
    // Scraped news often loses the space after a period.
    let text = "Bale will play Jobs, according to the Hollywood Reporter.Christian Bale declined \
                to comment on the talks.A rival film was released in 2013 by Amazon.com Inc.";
    assert_eq!(
        sentences(text),
        [
            "Bale will play Jobs, according to the Hollywood Reporter.",
            "Christian Bale declined to comment on the talks.",
            "A rival film was released in 2013 by Amazon.com Inc."
        ]
    );
    assert!(forms(text).contains(&"Amazon.com"));
    check_invariants(text);
}

#[test]
fn informal_sentences_may_start_in_lower_case() {
    let text =
        "The app works. also it is free! and a list of links: http://a.org/x http://b.org/y \
                Both are down. Gen. Austin spoke for approx. two hours.";
    assert_eq!(
        sentences(text),
        [
            "The app works.",
            "also it is free!",
            "and a list of links: http://a.org/x",
            "http://b.org/y",
            "Both are down.",
            "Gen. Austin spoke for approx. two hours."
        ]
    );
}

#[test]
fn long_pathological_chunks_stay_linear() {
    // Each is one 200 KB chunk without whitespace; a quadratic scan anywhere would take
    // minutes here (this is a guard, not a timing: it finishes in well under a second).
    let n = 200_000;
    let cases = [
        "'".repeat(n),
        format!("a{}", ".,".repeat(n / 2)),
        format!("a{}", ".'".repeat(n / 2)),
        "a.b.'".repeat(n / 5),
        format!("111-1111-{}{}", "1".repeat(n / 2), "-1".repeat(n / 4)),
        "1-".repeat(n / 2),
        "aa.Ba".repeat(n / 5),
        "U.S.".repeat(n / 4),
        "’’s".repeat(n / 3),
        "x@y.".repeat(n / 4),
        "http://".repeat(n / 7),
        "n't".repeat(n / 3),
        "-".repeat(n),
        "(".repeat(n),
    ];
    for text in &cases {
        check_invariants(text);
    }
}
