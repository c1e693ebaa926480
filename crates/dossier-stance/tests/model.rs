use dossier_stance::train::{train, TrainOptions};
use dossier_stance::{Label, ModelError, StanceModel};
use std::path::PathBuf;

const MISSILE_BODY: &str = "Iran has transferred short-range ballistic missiles to Russia, \
according to CNN and The Wall Street Journal, which cited unnamed US officials. The officials \
said dozens of Fath-360 missiles were shipped across the Caspian Sea last week and that Russian \
forces could use them in Ukraine within weeks. Washington has warned that any transfer of \
ballistic missiles would be a significant escalation of Iran's support for Russia's war.";

const DENIAL_BODY: &str = "Iran on Sunday denied reports that it had sent ballistic missiles \
to Russia, calling the claims false and baseless. \"No missile was sent to Russia,\" Brigadier \
General Fazlollah Nozari said, dismissing the reports as Western propaganda. Tehran's foreign \
ministry also rejected the allegation and said there was no evidence that any missiles had been \
transferred. The reports were a hoax spread to justify new sanctions, the ministry said.";

const FOOTBALL_BODY: &str = "Manchester United came from behind to beat Aston Villa 2-1 at \
Old Trafford on Saturday, with a late header from the substitute striker sealing the win. The \
manager praised his side's resilience after a difficult first half in which the visitors \
dominated possession and hit the post twice. United climb to sixth in the Premier League table.";

const CLAIM: &str = "Iran sends ballistic missiles to Russia";

#[test]
fn embedded_model_loads_and_round_trips() {
    let m = StanceModel::embedded();
    let bytes = m.to_bytes();
    assert!(
        bytes.len() < 20 * 1024 * 1024,
        "weights are {} bytes",
        bytes.len()
    );
    assert_eq!(&StanceModel::from_bytes(&bytes).unwrap(), m);
}

#[test]
fn unrelated_article_is_unrelated() {
    let p = StanceModel::embedded().predict(CLAIM, FOOTBALL_BODY);
    assert_eq!(p.label, Label::Unrelated, "{p:?}");
    assert!(p.probs[Label::Unrelated.index()] > 0.8, "{p:?}");
    let sum: f32 = p.probs.iter().sum();
    assert!((sum - 1.0).abs() < 1e-4);
}

#[test]
fn reporting_article_is_related_and_not_disagreeing() {
    let p = StanceModel::embedded().predict(CLAIM, MISSILE_BODY);
    assert!(p.label.is_related(), "{p:?}");
    assert_ne!(p.label, Label::Disagree, "{p:?}");
    assert!(
        p.probs[Label::Agree.index()] > p.probs[Label::Disagree.index()],
        "{p:?}"
    );
}

#[test]
fn denial_article_leans_to_disagree() {
    let m = StanceModel::embedded();
    let deny = m.predict(CLAIM, DENIAL_BODY);
    let report = m.predict(CLAIM, MISSILE_BODY);
    assert!(deny.label.is_related(), "{deny:?}");
    let d = Label::Disagree.index();
    assert!(
        deny.probs[d] > 2.0 * report.probs[d],
        "denial {deny:?} vs report {report:?}"
    );
    assert!(deny.probs[d] > deny.probs[Label::Agree.index()], "{deny:?}");
}

#[test]
fn prepared_body_gives_the_same_answer() {
    let m = StanceModel::embedded();
    let body = m.prepare_body(DENIAL_BODY);
    for h in [CLAIM, "Manchester United beat Villa", ""] {
        assert_eq!(m.predict_prepared(h, &body), m.predict(h, DENIAL_BODY));
    }
}

#[test]
fn odd_input_does_not_panic() {
    let m = StanceModel::embedded();
    for (h, b) in [
        ("", ""),
        ("?!", "...\n\n"),
        ("日本 ミサイル", "北朝鮮がミサイルを発射した。"),
        ("a", "x"),
    ] {
        let p = m.predict(h, b);
        assert!(p.probs.iter().all(|x| x.is_finite()), "{h:?} {b:?} {p:?}");
    }
}

#[test]
fn corrupt_weights_are_rejected() {
    let bytes = StanceModel::embedded().to_bytes();
    assert_eq!(
        StanceModel::from_bytes(b"hello").unwrap_err(),
        ModelError::BadMagic
    );
    assert_eq!(
        StanceModel::from_bytes(&bytes[..bytes.len() / 2]).unwrap_err(),
        ModelError::Truncated
    );
    let mut long = bytes.clone();
    long.push(0);
    assert!(matches!(
        StanceModel::from_bytes(&long),
        Err(ModelError::Invalid(_))
    ));
    let mut v2 = bytes.clone();
    v2[8] = 9;
    assert_eq!(
        StanceModel::from_bytes(&v2).unwrap_err(),
        ModelError::Version(9)
    );
    assert!(StanceModel::from_bytes(&[]).is_err());
}

fn fnc_dir() -> Option<PathBuf> {
    // ../shared next to the workspace; DOSSIER_SHARED_DATA overrides it (e.g. in a worktree)
    let shared = std::env::var("DOSSIER_SHARED_DATA")
        .unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data").into());
    let d = PathBuf::from(shared).join("stance/fnc-1");
    if d.join("train_stances.csv").exists() {
        Some(d)
    } else {
        eprintln!("SKIP: FNC-1 data not found at {}", d.display());
        None
    }
}

#[test]
fn training_is_reproducible_on_a_subset() {
    let Some(dir) = fnc_dir() else { return };
    let opts = TrainOptions {
        limit: Some(600),
        max_epochs: 2,
        hidden: 8,
        vocab_size: 300,
        batch: 50,
        ..TrainOptions::default()
    };
    let (a, ra) = train(&dir, &opts).unwrap();
    let (b, _) = train(&dir, &opts).unwrap();
    assert_eq!(a.to_bytes(), b.to_bytes(), "same seed, same weights");
    assert!(ra.holdout_pairs > 0 && ra.train_pairs == 600, "{ra}");
    let (c, _) = train(
        &dir,
        &TrainOptions {
            seed: 7,
            headline_head: false,
            ..opts
        },
    )
    .unwrap();
    assert_ne!(a.to_bytes(), c.to_bytes(), "another seed, other weights");
    // the small model has learnt relatedness: the football report is unrelated to the claim
    let p = a.predict(CLAIM, FOOTBALL_BODY);
    assert!(p.probs[Label::Unrelated.index()] > 0.5, "{p:?}");
}

/// The shipped weights on the FNC-1 competition test set and Emergent's test split. Slow in a
/// debug build: run with `cargo test -p dossier-stance --release -- --ignored`.
#[test]
#[ignore]
fn shipped_model_scores_on_the_test_sets() {
    let Some(dir) = fnc_dir() else { return };
    let m = StanceModel::embedded();
    let fnc = dossier_stance::eval::eval_fnc(m, &dir).unwrap();
    println!("{fnc}");
    assert_eq!(fnc.confusion.total(), 25413);
    assert!(fnc.confusion.relative_score() > 82.1, "{fnc}");
    assert!(fnc.confusion.macro_f1() > 0.62, "{fnc}");
    let emergent = dir.parent().unwrap().join("emergent");
    let e = dossier_stance::eval::eval_emergent(m, &emergent).unwrap();
    println!("{e}");
    assert_eq!(e.total(), 524);
    assert!(e.accuracy() > 0.6, "{e}");
}
