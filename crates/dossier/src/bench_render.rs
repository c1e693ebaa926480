//! What `dossier bench` prints: the targets met or missed, the table and the SVG scaling plot
//! (`bench.rs` measures).

use super::*;

pub(super) fn targets(r: &Report) -> Vec<Target> {
    let mut t = Vec::new();
    if let Some(one) = r.extraction.first() {
        t.push(Target {
            name: "extraction per core".into(),
            target: "≥ 30 MB/s".into(),
            measured: format!(
                "{:.2} MB/s wall, {:.2} MB/CPU-s",
                one.mb_per_s, one.mb_per_cpu_s
            ),
            met: Some(one.mb_per_cpu_s >= 30.0),
        });
    }
    if r.extraction.len() > 1 {
        t.push(Target {
            name: "speed-up 1 → N cores".into(),
            target: "≥ 1.8× (2 cores)".into(),
            measured: format!("{:.2}×", r.speedup),
            met: Some(r.speedup >= 1.8),
        });
    }
    let rss = r
        .scaling
        .iter()
        .map(|s| s.extract.max_rss_mb.max(s.ingest.max_rss_mb))
        .fold(0.0, f64::max);
    t.push(Target {
        name: "peak RSS, any input size".into(),
        target: "< 200 MB".into(),
        measured: format!("{rss:.0} MB"),
        met: Some(rss < 200.0),
    });
    t.push(Target {
        name: format!("claims board at {} docs", r.queries.store_docs),
        target: "p95 < 50 ms CPU, 100k".into(),
        measured: format!(
            "p95 {:.1} ms wall, {:.1} ms CPU",
            r.queries.board.p95_ms, r.queries.board.p95_cpu_ms
        ),
        // The target is set at 100k documents; smaller stores are smoke runs.
        met: (r.queries.store_docs >= 100_000).then_some(r.queries.board.p95_cpu_ms < 50.0),
    });
    t.push(Target {
        name: "vs spaCy + textacy".into(),
        target: "≥ 300×".into(),
        measured: r
            .peer
            .as_ref()
            .map_or("not run".into(), |p| format!("{:.0}×", p.ratio_mb_per_s)),
        met: r.peer.as_ref().map(|p| p.ratio_mb_per_s >= 300.0),
    });
    t
}

pub(super) fn render_table(r: &Report) -> String {
    use std::fmt::Write as _;
    let mut s = String::new();
    let _ = writeln!(
        s,
        "dossier {} ({}) · {} · {} cores · load {:.2} → {:.2}",
        r.dossier.version,
        r.dossier.commit.as_deref().unwrap_or("?"),
        r.machine.cpu.as_deref().unwrap_or("unknown CPU"),
        r.machine.cores,
        r.machine.load_start.unwrap_or(0.0),
        r.machine.load_end.unwrap_or(0.0)
    );
    let _ = writeln!(
        s,
        "corpus: {} FNC-1 bodies, {:.2} MB{}\n",
        r.corpus.documents,
        mb(r.corpus.bytes),
        if r.quick { " (quick)" } else { "" }
    );
    let _ = writeln!(s, "Extraction (in process, pipeline::extract_one)");
    let _ = writeln!(s, "  threads   wall s    CPU s    MB/s   docs/s   MB/CPU-s");
    for t in &r.extraction {
        let _ = writeln!(
            s,
            "  {:>7} {:>8.2} {:>8.2} {:>7.2} {:>8.0} {:>10.2}",
            t.threads, t.wall_s, t.cpu_s, t.mb_per_s, t.docs_per_s, t.mb_per_cpu_s
        );
    }
    let _ = writeln!(s, "  speed-up 1 → {}: {:.2}×\n", r.machine.cores, r.speedup);
    let _ = writeln!(s, "Scaling (child processes; all cores)");
    let _ = writeln!(
        s,
        "  size    docs      MB | extract wall  CPU s  RSS MB | ingest wall  CPU s  RSS MB  docs/s"
    );
    for p in &r.scaling {
        let _ = writeln!(
            s,
            "  {:>3}× {:>7} {:>7.1} | {:>12.2} {:>6.2} {:>7.1} | {:>11.2} {:>6.2} {:>7.1} {:>7.0}",
            p.factor,
            p.documents,
            mb(p.bytes),
            p.extract.wall_s,
            p.extract.cpu_s,
            p.extract.max_rss_mb,
            p.ingest.wall_s,
            p.ingest.cpu_s,
            p.ingest.max_rss_mb,
            p.ingest_docs_per_s
        );
    }
    let floor = r
        .scaling
        .iter()
        .map(|p| p.extract.parent_rss_mb.max(p.ingest.parent_rss_mb))
        .fold(0.0, f64::max);
    let _ = writeln!(
        s,
        "  (RSS floor: this process held {floor:.0} MB when the children started)"
    );
    if let (Some(a), Some(b)) = (r.scaling.first(), r.scaling.last()) {
        if b.factor > a.factor {
            let k = b.factor as f64 / a.factor as f64;
            let _ = writeln!(
                s,
                "  {}× → {}×: input ×{k:.0}, extract CPU ×{:.2}, ingest CPU ×{:.2}, RSS ×{:.2} / ×{:.2}",
                a.factor,
                b.factor,
                rate(b.extract.cpu_s, a.extract.cpu_s),
                rate(b.ingest.cpu_s, a.ingest.cpu_s),
                rate(b.extract.max_rss_mb, a.extract.max_rss_mb),
                rate(b.ingest.max_rss_mb, a.ingest.max_rss_mb)
            );
        }
    }
    let q = &r.queries;
    let _ = writeln!(
        s,
        "\nQueries on {} documents ({} claims{})",
        q.store_docs,
        q.claims,
        if q.cached {
            ", cached store".to_string()
        } else {
            format!(", built in {:.1} s", q.build_s)
        }
    );
    for (name, l) in [("claims board", &q.board), ("brief", &q.brief)] {
        let _ = writeln!(
            s,
            "  {name:<13} median {:>7.2} ms   p95 {:>7.2} ms   max {:>7.2} ms   CPU median {:>7.2} ms  p95 {:>7.2} ms  ({} runs)",
            l.median_ms, l.p95_ms, l.max_ms, l.median_cpu_ms, l.p95_cpu_ms, l.runs
        );
    }
    match &r.peer {
        Some(p) => {
            let _ = writeln!(s, "\nPeer: {}", p.name);
            let _ = writeln!(
                s,
                "  {} docs, {:.2} MB in {:.1} s: {:.4} MB/s, {:.1} docs/s; process {:.1} s wall, {:.1} s CPU, {:.0} MB RSS",
                p.documents,
                mb(p.bytes),
                p.seconds,
                p.mb_per_s,
                p.docs_per_s,
                p.process.wall_s,
                p.process.cpu_s,
                p.process.max_rss_mb
            );
            let _ = writeln!(
                s,
                "  dossier / peer: MB/s ×{:.0}, RSS ×{:.3}",
                p.ratio_mb_per_s, p.ratio_rss
            );
        }
        None => {
            let _ = writeln!(s, "\nPeer: not run (bench/peers/setup.sh, then --peer)");
        }
    }
    let _ = writeln!(s, "\nTargets");
    for t in &r.targets {
        let mark = match t.met {
            Some(true) => "met",
            Some(false) => "MISSED",
            None => "–",
        };
        let _ = writeln!(
            s,
            "  {:<30} {:<20} {:<36} {mark}",
            t.name, t.target, t.measured
        );
    }
    let _ = writeln!(s, "\nplot: {}", r.plot);
    s
}

/// Time (CPU seconds) and peak RSS against input size, extract and ingest, as a small SVG with
/// two panels. Hand-written: a plotting crate would add build time for two line charts.
pub(super) fn svg_plot(points: &[ScalePoint]) -> String {
    use std::fmt::Write as _;
    let (w, h, pad) = (360.0, 260.0, 50.0);
    let xs: Vec<f64> = points.iter().map(|p| mb(p.bytes)).collect();
    let xmax = xs.iter().copied().fold(0.0, f64::max).max(1e-9);
    let mut s = String::new();
    let _ = write!(
        s,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{}\" height=\"{}\" font-family=\"sans-serif\" font-size=\"11\">\n\
         <rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n",
        2.0 * w,
        h + 30.0
    );
    /// (legend, colour, y values)
    type Series<'a> = (&'a str, &'a str, Vec<f64>);
    let panels: [(&str, [Series; 2]); 2] = [
        (
            "CPU time (s)",
            [
                (
                    "extract",
                    "#1f77b4",
                    points.iter().map(|p| p.extract.cpu_s).collect(),
                ),
                (
                    "ingest",
                    "#d62728",
                    points.iter().map(|p| p.ingest.cpu_s).collect(),
                ),
            ],
        ),
        (
            "peak RSS (MB)",
            [
                (
                    "extract",
                    "#1f77b4",
                    points.iter().map(|p| p.extract.max_rss_mb).collect(),
                ),
                (
                    "ingest",
                    "#d62728",
                    points.iter().map(|p| p.ingest.max_rss_mb).collect(),
                ),
            ],
        ),
    ];
    for (k, (title, series)) in panels.iter().enumerate() {
        let ox = k as f64 * w;
        let ymax = series
            .iter()
            .flat_map(|(_, _, v)| v.iter().copied())
            .fold(0.0, f64::max)
            .max(1e-9)
            * 1.1;
        let px = |x: f64| ox + pad + (x / xmax) * (w - 1.6 * pad);
        let py = |y: f64| h - pad + 20.0 - (y / ymax) * (h - 1.5 * pad);
        let (x0, y0) = (ox + pad, h - pad + 20.0);
        let _ = writeln!(
            s,
            "<text x=\"{}\" y=\"18\" text-anchor=\"middle\" font-size=\"13\">{title} vs input size</text>",
            ox + w / 2.0
        );
        let _ = writeln!(
            s,
            "<line x1=\"{x0}\" y1=\"{y0}\" x2=\"{}\" y2=\"{y0}\" stroke=\"black\"/>\
             <line x1=\"{x0}\" y1=\"{y0}\" x2=\"{x0}\" y2=\"{}\" stroke=\"black\"/>",
            px(xmax),
            py(ymax)
        );
        for i in 0..=4 {
            let y = ymax * i as f64 / 4.0;
            let _ = writeln!(
                s,
                "<text x=\"{}\" y=\"{:.1}\" text-anchor=\"end\">{}</text>\
                 <line x1=\"{x0}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" stroke=\"#ddd\"/>",
                x0 - 4.0,
                py(y) + 4.0,
                tick(y),
                py(y),
                px(xmax),
                py(y)
            );
        }
        for (p, x) in points.iter().zip(&xs) {
            let _ = writeln!(
                s,
                "<text x=\"{:.1}\" y=\"{}\" text-anchor=\"middle\">{}× ({:.0} MB)</text>",
                px(*x),
                y0 + 14.0,
                p.factor,
                x
            );
        }
        for (j, (name, colour, ys)) in series.iter().enumerate() {
            let pts: Vec<String> = xs
                .iter()
                .zip(ys)
                .map(|(x, y)| format!("{:.1},{:.1}", px(*x), py(*y)))
                .collect();
            let _ = writeln!(
                s,
                "<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\" points=\"{}\"/>",
                pts.join(" ")
            );
            for pt in &pts {
                let (cx, cy) = pt.split_once(',').unwrap_or(("0", "0"));
                let _ = writeln!(
                    s,
                    "<circle cx=\"{cx}\" cy=\"{cy}\" r=\"3\" fill=\"{colour}\"/>"
                );
            }
            let ly = 36.0 + 14.0 * j as f64;
            let _ = writeln!(
                s,
                "<rect x=\"{}\" y=\"{}\" width=\"10\" height=\"10\" fill=\"{colour}\"/>\
                 <text x=\"{}\" y=\"{}\">{name}</text>",
                x0 + 10.0,
                ly - 9.0,
                x0 + 24.0,
                ly
            );
        }
    }
    let _ = writeln!(
        s,
        "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">input size (FNC-1 bodies × replicas)</text>\n</svg>",
        w,
        h + 24.0
    );
    s
}

fn tick(v: f64) -> String {
    if v >= 10.0 {
        format!("{v:.0}")
    } else {
        format!("{v:.1}")
    }
}
