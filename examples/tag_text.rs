//! Tags stdin and prints one line per time expression: `start..end TYPE value [mod] text`.
//!
//! `echo "They met last Friday." | cargo run --example tag_text -- 1998-08-07 [news|narrative]`

use annals::timex::{tag_text, Anchor, Domain};
use chrono::NaiveDate;
use std::io::Read;

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let dct = args.next().unwrap_or_else(|| "2000-01-01".to_string());
    let dct = NaiveDate::parse_from_str(&dct, "%Y-%m-%d")?;
    let domain = match args.next().as_deref() {
        Some("narrative") => Domain::Narrative,
        _ => Domain::News,
    };
    let mut text = String::new();
    std::io::stdin().read_to_string(&mut text)?;
    for timex in tag_text(&text, Anchor::day(dct), domain) {
        println!(
            "{}..{} {} {} {} {:?}",
            timex.start,
            timex.end,
            timex.kind.as_str(),
            timex.value,
            timex.modifier.unwrap_or("-"),
            &text[timex.start..timex.end]
        );
    }
    Ok(())
}
