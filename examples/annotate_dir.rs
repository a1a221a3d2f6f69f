//! Re-annotates a folder of TimeML files with the Annals tagger, for scoring with timex-eval.
//!
//! `cargo run --release --example annotate_dir -- IN_DIR OUT_DIR [news|narrative]` (without a
//! domain, each file's default: news unless it reads as a history).

use annals::timex::{timeml::annotate_dir, Domain};
use std::path::PathBuf;

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let (Some(input), Some(output)) = (args.next(), args.next()) else {
        anyhow::bail!("usage: annotate_dir IN_DIR OUT_DIR [news|narrative]");
    };
    let domain = match args.next().as_deref() {
        None => None,
        Some("news") => Some(Domain::News),
        Some("narrative") => Some(Domain::Narrative),
        Some(other) => anyhow::bail!("expected news or narrative, found {other:?}"),
    };
    let n_files = annotate_dir(&PathBuf::from(input), &PathBuf::from(output), domain)?;
    eprintln!("wrote {n_files} files");
    Ok(())
}
