//! `dossier bench` on a tiny generated data folder: every figure is present, positive and
//! consistent (no timing assertions), the query store is cached, missing data is a clear error.

use assert_cmd::Command;
use serde_json::Value;
use std::fs;
use std::path::Path;

const BODIES: &[&str] = &[
    "Iran has transferred short-range ballistic missiles to Russia, CNN reported, citing unnamed \
     sources. Brigadier General Fazlollah Nozari dismissed the claims. \"No missile was sent to \
     Russia,\" he told the Iranian Labour News Agency.",
    "Kremlin spokesman Dmitry Peskov declined to comment on the reports. Ukraine's foreign \
     ministry said any transfer would be a significant escalation.",
    "The United States accused Iran of supplying drones to Russia. Iran's foreign ministry \
     denied the accusation, saying Tehran supports no party in the war.",
    "Ukraine's air force said it had shot down 37 Shahed drones overnight.\n\nOfficials in Kyiv \
     said the drones were made in Iran.",
    "China called for a ceasefire and urged both sides to return to talks, the foreign ministry \
     spokesperson said on Tuesday.",
    "According to Reuters, Turkey offered to mediate between Russia and Ukraine. A Turkish \
     official said Ankara had held talks with both governments.",
];

fn csv(bodies: &[&str], first_id: usize) -> String {
    let mut s = String::from("Body ID,articleBody\n");
    for (i, b) in bodies.iter().enumerate() {
        s.push_str(&format!(
            "{},\"{}\"\n",
            first_id + i,
            b.replace('"', "\"\"")
        ));
    }
    s
}

fn data_dir(root: &Path) -> std::path::PathBuf {
    let data = root.join("data");
    let fnc = data.join("stance/fnc-1");
    fs::create_dir_all(&fnc).unwrap();
    fs::write(fnc.join("train_bodies.csv"), csv(&BODIES[..4], 0)).unwrap();
    fs::write(
        fnc.join("competition_test_bodies.csv"),
        csv(&BODIES[4..], 100),
    )
    .unwrap();
    data
}

fn bench(data: &Path, out: &Path) -> Value {
    let output = Command::cargo_bin("dossier")
        .unwrap()
        .env_remove("DOSSIER_DB")
        .args(["bench", "--quick", "--no-peer", "--format", "json"])
        .args(["--store-docs", "60", "--runs", "5", "--scale", "1,4"])
        .arg("--data")
        .arg(data)
        .arg("--out")
        .arg(out)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "bench failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("bench --format json prints JSON")
}

fn num(v: &Value, path: &str) -> f64 {
    let mut cur = v;
    for key in path.split('.') {
        cur = match key.parse::<usize>() {
            Ok(i) => &cur[i],
            Err(_) => &cur[key],
        };
    }
    cur.as_f64()
        .unwrap_or_else(|| panic!("{path} is not a number in {v:#}"))
}

#[test]
fn quick_bench_reports_every_figure_consistently() {
    let dir = tempfile::tempdir().unwrap();
    let data = data_dir(dir.path());
    let out = dir.path().join("out");
    let r = bench(&data, &out);

    let bytes: usize = BODIES.iter().map(|b| b.len()).sum();
    assert_eq!(num(&r, "corpus.documents") as usize, BODIES.len());
    assert_eq!(num(&r, "corpus.bytes") as usize, bytes);

    let extraction = r["extraction"].as_array().unwrap();
    assert!(!extraction.is_empty());
    assert_eq!(num(&extraction[0], "threads"), 1.0);
    for t in extraction {
        assert_eq!(num(t, "documents") as usize, BODIES.len());
        for k in ["wall_s", "cpu_s", "mb_per_s", "docs_per_s", "mb_per_cpu_s"] {
            assert!(num(t, k) > 0.0, "extraction {k} = {}", t[k]);
        }
        // docs/s and MB/s describe the same run.
        let mbps = num(t, "docs_per_s") * bytes as f64 / BODIES.len() as f64 / 1e6;
        assert!((mbps - num(t, "mb_per_s")).abs() <= 1e-6 + 1e-3 * mbps);
    }
    assert!(num(&r, "speedup") > 0.0);

    let scaling = r["scaling"].as_array().unwrap();
    assert_eq!(scaling.len(), 2);
    let (one, four) = (&scaling[0], &scaling[1]);
    assert_eq!(num(one, "factor"), 1.0);
    assert_eq!(num(four, "factor"), 4.0);
    assert_eq!(num(one, "documents") as usize, BODIES.len());
    assert_eq!(num(four, "documents") as usize, 4 * BODIES.len());
    assert_eq!(num(one, "bytes") as usize, bytes);
    // Replicas carry a short marker line, so 4× is 4× the bytes plus a little.
    let ratio = num(four, "bytes") / num(one, "bytes");
    assert!(
        (4.0..4.5).contains(&ratio),
        "4× corpus is {ratio}× the bytes"
    );
    for p in scaling {
        for run in ["extract", "ingest"] {
            for k in ["wall_s", "cpu_s", "max_rss_mb"] {
                assert!(num(&p[run], k) > 0.0, "{run}.{k} = {}", p[run][k]);
            }
        }
        assert!(num(p, "ingest_docs_per_s") > 0.0);
        assert!(num(p, "extract_mb_per_s") > 0.0);
    }

    let q = &r["queries"];
    assert_eq!(num(q, "store_docs"), 60.0);
    assert!(num(q, "claims") > 0.0, "the stories make claims: {q:#}");
    assert_eq!(q["cached"], false);
    for l in ["board", "brief"] {
        assert_eq!(num(&q[l], "runs"), 5.0);
        assert!(num(&q[l], "median_ms") > 0.0);
        assert!(num(&q[l], "p95_ms") >= num(&q[l], "median_ms"));
        assert!(num(&q[l], "max_ms") >= num(&q[l], "p95_ms"));
    }
    assert!(r["peer"].is_null());
    let targets = r["targets"].as_array().unwrap();
    assert!(targets.len() >= 4, "{targets:#?}");

    // Results on disk: the same JSON and a plot with both series.
    let on_disk: Value =
        serde_json::from_str(&fs::read_to_string(out.join("bench.json")).unwrap()).unwrap();
    assert_eq!(on_disk["corpus"], r["corpus"]);
    let svg = fs::read_to_string(out.join("bench.svg")).unwrap();
    assert!(svg.starts_with("<svg") && svg.trim_end().ends_with("</svg>"));
    assert_eq!(svg.matches("<polyline").count(), 4, "{svg}");
    // Scratch files of the scaling runs are removed.
    let left: Vec<String> = fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".jsonl") || n.starts_with("ingest-"))
        .collect();
    assert!(left.is_empty(), "{left:?}");

    // A rerun reuses the query store.
    let again = bench(&data, &out);
    assert_eq!(again["queries"]["cached"], true);
    assert_eq!(again["queries"]["claims"], r["queries"]["claims"]);
}

#[test]
fn missing_data_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let output = Command::cargo_bin("dossier")
        .unwrap()
        .current_dir(dir.path())
        .args(["bench", "--quick", "--no-peer", "--data"])
        .arg(dir.path().join("nowhere"))
        .output()
        .unwrap();
    assert!(!output.status.success());
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(
        err.contains("benchmark data not found") && err.contains("--data"),
        "{err}"
    );
    assert!(output.stdout.is_empty());

    // No --data and no ../shared/data beside the current directory: the same advice.
    let output = Command::cargo_bin("dossier")
        .unwrap()
        .current_dir(dir.path())
        .args(["bench", "--quick", "--no-peer"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(err.contains("../shared/data"), "{err}");
}

/// `--chunks`: every chunk goes through `dossier ingest` into one store (documents add up, the
/// recurring claims gather ledger rows across chunks) and `dossier claims` is timed on it.
#[test]
fn chunks_feed_one_store_through_ingest_and_time_the_board() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let output = Command::cargo_bin("dossier")
        .unwrap()
        .env_remove("DOSSIER_DB")
        .args([
            "bench",
            "--chunks",
            "2",
            "--chunk-size",
            "40",
            "--runs",
            "2",
            "-j",
            "1",
        ])
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let r: Value = serde_json::from_slice(&output.stdout).unwrap();
    let chunks = r["chunks"].as_array().unwrap();
    assert_eq!(chunks.len(), 2);
    for c in chunks {
        assert_eq!(c["documents"], 40);
        assert!(num(c, "ingest.cpu_s") > 0.0, "{c}");
    }
    assert_eq!(r["claims_command"]["runs"], 2);
    assert!(num(&r, "claims_command.median_ms") > 0.0);
    // The chunk files are removed; the store and the report stay.
    assert!(!out.join("chunk-0.jsonl").exists());
    assert!(out.join("chunks-2x40.json").exists());

    // The store holds both chunks, and the top claim recurs.
    let db = out.join("chunks-2x40.db");
    let stats = Command::cargo_bin("dossier")
        .unwrap()
        .env_remove("DOSSIER_DB")
        .args(["stats", "--format", "json", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    let stats: Value = serde_json::from_slice(&stats.stdout).unwrap();
    assert_eq!(stats["documents"], 80, "{stats}");
    let claims = Command::cargo_bin("dossier")
        .unwrap()
        .env_remove("DOSSIER_DB")
        .args(["claims", "--format", "json", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    assert!(claims.status.success());
    let claims: Value = serde_json::from_slice(&claims.stdout).unwrap();
    let top = claims
        .as_array()
        .and_then(|a| a.first())
        .unwrap_or_else(|| panic!("no claims: {claims}"));
    assert!(num(top, "ledger_total") >= 3.0, "{top}");
}

/// `dossier bench --grow N --grow-db PATH`: slices, queries; again on the grown store: the
/// queries only; a store of another size is refused.
#[test]
fn grow_reports_slices_and_queries_and_times_a_grown_store_again() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("grown.db");
    let out = dir.path().join("out");
    let grow = |n: &str| {
        Command::cargo_bin("dossier")
            .unwrap()
            .env_remove("DOSSIER_DB")
            .args(["bench", "--grow", n, "--runs", "3", "--grow-db"])
            .arg(&db)
            .arg("--out")
            .arg(&out)
            .output()
            .unwrap()
    };
    let first = grow("2000");
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    let r: Value = serde_json::from_slice(&first.stdout).unwrap();
    assert_eq!(num(&r, "documents"), 2000.0);
    let points = r["points"].as_array().unwrap();
    assert_eq!(points.len(), 10, "every tenth of the first decade");
    assert_eq!(num(&points[9], "documents"), 2000.0);
    assert!(num(&r, "claims") > 0.0 && num(&r, "largest_ledger") > 0.0);
    for l in ["board_first_pass", "board", "listing", "brief"] {
        assert_eq!(num(&r[l], "runs"), 3.0, "{l}");
        assert!(num(&r[l], "median_cpu_ms") > 0.0, "{l}: {}", r[l]);
        assert!(num(&r[l], "p95_ms") >= num(&r[l], "median_ms"), "{l}");
    }
    assert_eq!(r["board_waits"].as_array().unwrap().len(), 2);

    // The same store again: nothing added, the queries timed.
    let again = grow("2000");
    let stderr = String::from_utf8_lossy(&again.stderr);
    assert!(again.status.success(), "{stderr}");
    assert!(stderr.contains("timing the queries only"), "{stderr}");
    let r2: Value = serde_json::from_slice(&again.stdout).unwrap();
    assert!(r2["points"].as_array().unwrap().is_empty());
    assert_eq!(r2["claims"], r["claims"]);
    assert_eq!(r2["largest_ledger"], r["largest_ledger"]);

    // A store holding fewer documents than asked is not topped up with repeats.
    let more = grow("3000");
    assert!(!more.status.success());
    let stderr = String::from_utf8_lossy(&more.stderr);
    assert!(stderr.contains("holds 2000 documents"), "{stderr}");
}
