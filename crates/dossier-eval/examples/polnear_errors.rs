//! PolNeAR errors by class, one line each (MISS, SOURCE, EXTRA): for reading train and dev
//! errors. `cargo run -p dossier-eval --example polnear_errors -- DIR SPLIT` (never `test`).
fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let dir = args
        .next()
        .unwrap_or_else(|| "../shared/data/attribution/polnear".into());
    let split = args.next().unwrap_or_else(|| "dev".into());
    anyhow::ensure!(split != "test", "the test split is for final scores only");
    for line in dossier_eval::attribution::polnear_errors(std::path::Path::new(&dir), &split)? {
        println!("{line}");
    }
    Ok(())
}
