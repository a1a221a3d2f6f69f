//! Several documents: reports of the same happening merge into one event listing every source,
//! and the event's permalink survives the arrival of the later document.

use crate::support::{corpus, get, seed_index, seeds_dir, select, serve};

const SECOND_REPORT: &str = "Six suspects handed back\n\n\
On June 19, six criminals captured in Myanmar were brought back to China, the Chinese embassy \
said, crediting cooperation with Thailand.\n\n\
Separately, on June 28 Thai police raided a casino in Tachileik.\n";

fn seed_files() -> Vec<(&'static str, Vec<u8>)> {
    [
        "000_9e1ccc0db0abd50c.txt",
        "000_9e1ccc0db0abd50c.toml",
        "actors.toml",
    ]
    .into_iter()
    .map(|name| {
        (
            name,
            std::fs::read(seeds_dir().join(name)).expect("seed file"),
        )
    })
    .collect()
}

fn folder(name: &str, published: &str) -> crate::support::Fixture {
    let sidecar = format!("title = \"Six suspects handed back\"\npublished = \"{published}\"\n");
    let mut files: Vec<(&str, Vec<u8>)> = seed_files();
    files.push(("zz_second.txt", SECOND_REPORT.as_bytes().to_vec()));
    files.push(("zz_second.toml", sidecar.into_bytes()));
    let borrowed: Vec<(&str, &[u8])> = files.iter().map(|(n, b)| (*n, b.as_slice())).collect();
    corpus(name, &borrowed)
}

fn repatriation_id(index: &annals::index::Index) -> String {
    index
        .events()
        .iter()
        .find(|e| {
            e.when.edtf == "2023-06-19"
                && e.sources
                    .iter()
                    .any(|s| s.text.contains("swiftly brought back to China on June 19"))
        })
        .expect("the repatriation")
        .id
        .clone()
}

#[test]
fn a_later_report_adds_a_source_and_keeps_the_permalink() {
    let seed_only = seed_index();
    let id = repatriation_id(&seed_only);
    let both = annals::load_index(&folder("merge-later", "2023-07-25")).expect("loads");
    let (_, event) = both.event(&id).expect("the permalink still opens");
    assert_eq!(event.id, id, "the seed's id stays canonical");
    let documents: Vec<&str> = event.sources.iter().map(|s| s.document.as_str()).collect();
    assert_eq!(documents, ["000_9e1ccc0db0abd50c", "zz_second"]);
    // The unrelated happening of the second document stays its own event.
    assert!(both
        .events()
        .iter()
        .any(|e| e.when.edtf == "2023-06-28" && e.sources[0].document == "zz_second"));
    // No other event lost its id.
    for event in seed_only.events() {
        assert!(both.event(&event.id).is_some(), "lost {}", event.id);
    }
}

#[test]
fn an_earlier_dated_report_still_keeps_old_permalinks_working() {
    let id = repatriation_id(&seed_index());
    let both = annals::load_index(&folder("merge-earlier", "2023-06-20")).expect("loads");
    let (_, event) = both.event(&id).expect("the old permalink resolves");
    assert_eq!(event.sources.len(), 2);
}

#[tokio::test]
async fn the_merged_event_page_lists_both_sources() {
    let index = annals::load_index(&folder("merge-page", "2023-07-25")).expect("loads");
    let id = repatriation_id(&index);
    let base = serve(index).await;
    let page = get(&format!("{base}/events/{id}")).await;
    assert_eq!(page.status, 200);
    assert_eq!(select(&page.body, "[data-test=source]").len(), 2);
}
