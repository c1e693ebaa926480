//! `dossier serve`: the web UI and JSON API (see the dossier-server crate).

use crate::cli::ServeArgs;
use anyhow::Result;
use std::process::ExitCode;

pub fn run(args: ServeArgs) -> Result<ExitCode> {
    dossier_server::run(dossier_server::Config {
        db: args.db.db.into(),
        addr: args.addr,
        token: args.token,
    })?;
    Ok(ExitCode::SUCCESS)
}
