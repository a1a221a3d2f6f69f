//! Whole documents against reviewed expectations: the corpus in tests/data/news (a news report
//! with a dateline, relative weekdays and "last month"; a narrative history with a sidecar; two
//! war histories without metadata, read as narratives by the domain heuristic) gives the events in
//! tests/data/news.expected, one `date | kind | headline | actors` line per event. Set
//! `UPDATE_GOLDEN=1` to rewrite the file, then review the diff like code.

use std::path::Path;

fn render(index: &annals::index::Index) -> String {
    let mut out = String::new();
    for document in index.documents() {
        out.push_str(&format!(
            "# {} published={} inferred={}\n",
            document.id,
            document
                .published
                .as_ref()
                .map_or("none", |w| w.edtf.as_str()),
            document.published_inferred
        ));
    }
    for event in index.events() {
        let actors: Vec<&str> = event.actors.iter().map(|a| a.id.as_str()).collect();
        out.push_str(&format!(
            "{} | {} | {} | {}\n",
            event.when.edtf,
            event.kind.as_str(),
            event.headline,
            actors.join(",")
        ));
    }
    out
}

#[test]
fn news_and_narrative_documents_give_the_reviewed_events() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let index = annals::load_index(&root.join("news")).expect("fixture corpus loads");
    let found = render(&index);
    let expected_path = root.join("news.expected");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&expected_path, &found).expect("write expectations");
    }
    let expected = std::fs::read_to_string(&expected_path).expect("expectations");
    assert_eq!(found, expected);
}
