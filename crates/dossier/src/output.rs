//! Plain-text tables and JSON printing for the query commands.

use crate::cli::OutputFormat;
use anyhow::Result;
use serde::Serialize;
use std::io::Write;

/// Print rows as a table, a JSON array or JSON lines.
pub fn print_rows<T: Serialize>(
    format: OutputFormat,
    rows: &[T],
    headers: &[&str],
    cells: impl Fn(&T) -> Vec<String>,
) -> Result<()> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match format {
        OutputFormat::Json => {
            serde_json::to_writer_pretty(&mut out, rows)?;
            writeln!(out)?;
        }
        OutputFormat::Jsonl => {
            for r in rows {
                serde_json::to_writer(&mut out, r)?;
                writeln!(out)?;
            }
        }
        OutputFormat::Table => {
            let body: Vec<Vec<String>> = rows.iter().map(&cells).collect();
            write!(out, "{}", table(headers, &body))?;
        }
    }
    Ok(())
}

/// Left-aligned columns, widths from content, each cell cut at 60 characters.
pub fn table(headers: &[&str], rows: &[Vec<String>]) -> String {
    const MAX: usize = 60;
    let cut = |s: &str| -> String {
        let s = s.replace('\n', " ");
        if s.chars().count() > MAX {
            let mut t: String = s.chars().take(MAX - 1).collect();
            t.push('…');
            t
        } else {
            s
        }
    };
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|r| r.iter().map(|c| cut(c)).collect())
        .collect();
    let mut widths: Vec<usize> = headers.iter().map(|h| h.chars().count()).collect();
    for r in &rows {
        for (i, c) in r.iter().enumerate() {
            if i < widths.len() {
                widths[i] = widths[i].max(c.chars().count());
            }
        }
    }
    let line = |cells: &mut dyn Iterator<Item = &str>| -> String {
        let mut s = String::new();
        for (i, c) in cells.enumerate() {
            if i > 0 {
                s.push_str("  ");
            }
            s.push_str(c);
            if i + 1 < widths.len() {
                s.push_str(&" ".repeat(widths[i].saturating_sub(c.chars().count())));
            }
        }
        s.trim_end().to_string() + "\n"
    };
    let mut out = line(&mut headers.iter().copied());
    for r in &rows {
        out += &line(&mut r.iter().map(String::as_str));
    }
    out
}

/// `Some(x)` as text, `None` as an en dash.
pub fn opt(v: &Option<String>) -> String {
    v.clone().unwrap_or_else(|| "–".to_string())
}

/// The serde (snake_case) name of an enum value, for table cells.
pub fn snake<T: Serialize>(v: &T) -> String {
    match serde_json::to_value(v) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}
