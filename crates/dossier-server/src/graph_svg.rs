//! The relations graph as SVG drawn on the server: actors on a circle, one curved arrow per
//! ordered pair (all months summed), coloured by the mean Goldstein score (cooperation > 0 >
//! conflict), wider with more events. Names go through maud, so they are escaped.

use dossier_store::Edge;
use maud::{html, Markup};
use std::collections::BTreeMap;

struct Pair {
    source_name: String,
    target_name: String,
    events: usize,
    goldstein_sum: f64,
}

pub(crate) fn svg(edges: &[Edge]) -> Markup {
    let mut pairs: BTreeMap<(String, String), Pair> = BTreeMap::new();
    let mut degree: BTreeMap<String, (String, usize)> = BTreeMap::new();
    for e in edges {
        let p = pairs
            .entry((e.source.clone(), e.target.clone()))
            .or_insert(Pair {
                source_name: e.source_name.clone(),
                target_name: e.target_name.clone(),
                events: 0,
                goldstein_sum: 0.0,
            });
        p.events += e.events;
        p.goldstein_sum += e.mean_goldstein * e.events as f64;
        degree
            .entry(e.source.clone())
            .or_insert((e.source_name.clone(), 0))
            .1 += e.events;
        degree
            .entry(e.target.clone())
            .or_insert((e.target_name.clone(), 0))
            .1 += e.events;
    }
    // Busiest actors first, so they spread around the circle; ties by id for stable output.
    let mut nodes: Vec<(&String, &(String, usize))> = degree.iter().collect();
    nodes.sort_by(|a, b| b.1 .1.cmp(&a.1 .1).then(a.0.cmp(b.0)));
    let (w, h) = (720.0_f64, 520.0_f64);
    let (cx, cy) = (w / 2.0, h / 2.0);
    let r = if nodes.len() <= 1 { 0.0 } else { 190.0 };
    let pos: BTreeMap<&str, (f64, f64)> = nodes
        .iter()
        .enumerate()
        .map(|(i, (id, _))| {
            // two actors side by side, more around the circle from the top
            let first = if nodes.len() == 2 {
                std::f64::consts::PI
            } else {
                -std::f64::consts::FRAC_PI_2
            };
            let a = first + 2.0 * std::f64::consts::PI * i as f64 / nodes.len().max(1) as f64;
            (id.as_str(), (cx + r * a.cos(), cy + r * a.sin()))
        })
        .collect();
    let node_r = 22.0;
    html! {
        figure.graph {
            svg viewBox={"0 0 " (w) " " (h)} role="img" aria-labelledby="graph-title" xmlns="http://www.w3.org/2000/svg" {
                title id="graph-title" { "Relations between " (nodes.len()) " actors" }
                defs {
                    @for kind in ["coop", "conflict", "neutral"] {
                        marker id={"arrow-" (kind)} class={"arrow " (kind)} viewBox="0 0 10 10" refX="9" refY="5"
                            markerWidth="7" markerHeight="7" orient="auto-start-reverse" {
                            path d="M 0 0 L 10 5 L 0 10 z";
                        }
                    }
                }
                @for ((s, t), p) in &pairs {
                    @if let (Some(&(x1, y1)), Some(&(x2, y2))) = (pos.get(s.as_str()), pos.get(t.as_str())) {
                        @let mean = p.goldstein_sum / p.events.max(1) as f64;
                        @let kind = if mean > 0.0 { "coop" } else if mean < 0.0 { "conflict" } else { "neutral" };
                        @let d = edge_path(x1, y1, x2, y2, node_r);
                        @let width = 1.5 + (p.events as f64).ln() * 1.5;
                        path class={"edge " (kind)} d=(d) stroke-width=(format!("{width:.1}")) fill="none"
                            marker-end={"url(#arrow-" (kind) ")"} {
                            title { (p.source_name) " → " (p.target_name) ": " (p.events) " events, mean Goldstein " (format!("{mean:+.1}")) }
                        }
                    }
                }
                @for (id, (name, n)) in &nodes {
                    @let (x, y) = pos[id.as_str()];
                    a href={"/actors/" (id)} {
                        g.node {
                            circle cx=(format!("{x:.1}")) cy=(format!("{y:.1}")) r=(node_r) {}
                            text x=(format!("{x:.1}")) y=(format!("{:.1}", y + 4.0)) text-anchor="middle" class="code" { (short(id)) }
                            text x=(format!("{x:.1}")) y=(format!("{:.1}", if y >= cy { y + node_r + 16.0 } else { y - node_r - 8.0 })) text-anchor="middle" class="label" { (name) " (" (n) ")" }
                            title { (name) " (" (id) "): " (n) " events" }
                        }
                    }
                }
            }
        }
    }
}

/// The short code in a node: the last part of a dotted id, at most 6 characters.
fn short(id: &str) -> String {
    id.rsplit('.')
        .next()
        .unwrap_or(id)
        .chars()
        .take(6)
        .collect()
}

/// A gently curved path between two node centres, stopping at the circles' rims; curving to
/// one side keeps A→B and B→A apart. A self-loop becomes a small loop above the node.
fn edge_path(x1: f64, y1: f64, x2: f64, y2: f64, r: f64) -> String {
    let (dx, dy) = (x2 - x1, y2 - y1);
    let len = (dx * dx + dy * dy).sqrt();
    if len < 1e-6 {
        return format!(
            "M {:.1} {:.1} C {:.1} {:.1}, {:.1} {:.1}, {:.1} {:.1}",
            x1 - r * 0.6,
            y1 - r * 0.8,
            x1 - r * 2.0,
            y1 - r * 3.0,
            x1 + r * 2.0,
            y1 - r * 3.0,
            x1 + r * 0.6,
            y1 - r * 0.8
        );
    }
    let (ux, uy) = (dx / len, dy / len);
    let (sx, sy) = (x1 + ux * r, y1 + uy * r);
    let (ex, ey) = (x2 - ux * (r + 2.0), y2 - uy * (r + 2.0));
    let bend = len * 0.15;
    let (mx, my) = ((sx + ex) / 2.0 - uy * bend, (sy + ey) / 2.0 + ux * bend);
    format!("M {sx:.1} {sy:.1} Q {mx:.1} {my:.1} {ex:.1} {ey:.1}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edge(s: &str, t: &str, month: &str, events: usize, g: f64) -> Edge {
        Edge {
            source: s.into(),
            source_name: s.into(),
            target: t.into(),
            target_name: format!("<b>{t}</b>"),
            month: month.into(),
            events,
            mean_goldstein: g,
            strongest: String::new(),
            strongest_document: String::new(),
        }
    }

    #[test]
    fn months_sum_into_one_arrow_coloured_by_mean_score() {
        let edges = vec![
            edge("IRN", "RUS", "2024-08", 1, 7.0),
            edge("IRN", "RUS", "2024-09", 3, -5.0), // mean over 4 events: (7 - 15) / 4 = -2
            edge("USA", "IRN", "2024-09", 2, 3.0),
        ];
        let s = svg(&edges).into_string();
        assert_eq!(s.matches("<path class=\"edge").count(), 2);
        assert!(s.contains("edge conflict"), "{s}");
        assert!(s.contains("edge coop"));
        assert!(s.contains("4 events, mean Goldstein -2.0"));
        // names are escaped
        assert!(s.contains("&lt;b&gt;RUS&lt;/b&gt;") && !s.contains("<b>"));
        assert_eq!(s.matches("<circle").count(), 3);
    }
}
