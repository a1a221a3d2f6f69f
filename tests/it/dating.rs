//! Documents without a sidecar: the creation date is inferred from datelines or the latest
//! dates in the text (and marked inferred, with its basis); nothing is invented when there is no
//! evidence; relative dates resolve against the inferred date.

use crate::support::{corpus, get, select, serve};
use annals::index::Index;

fn load(name: &str, text: &str) -> Index {
    let folder = corpus(name, &[("report.txt", text.as_bytes())]);
    annals::load_index(&folder).expect("loads")
}

fn dates(index: &Index) -> Vec<(String, String)> {
    index
        .events()
        .iter()
        .map(|e| {
            let time_text = e
                .sources
                .first()
                .map(|s| s.text.chars().take(24).collect::<String>())
                .unwrap_or_default();
            (e.when.edtf.clone(), time_text)
        })
        .collect()
}

#[test]
fn a_dateline_with_a_time_dates_the_document() {
    let index = load(
        "dateline-time",
        "Junta extends emergency\n\nFebruary 5, 2025 at 11:10 JST\n\n\
         Myanmar’s military government on Tuesday extended the state of emergency by six months. \
         Last month, the army said fighting had displaced thousands in Sagaing.\n",
    );
    let document = &index.documents()[0];
    assert_eq!(document.title, "Junta extends emergency");
    let published = document.published.as_ref().expect("inferred");
    assert_eq!(published.edtf, "2025-02-05");
    assert!(document.published_inferred);
    assert!(
        document.published_basis.contains("dateline"),
        "{}",
        document.published_basis
    );
    let found = dates(&index);
    assert!(
        found.iter().any(|(d, _)| d == "2025-02-04"),
        "Tuesday before: {found:?}"
    );
    assert!(
        found.iter().any(|(d, _)| d == "2025-01"),
        "last month: {found:?}"
    );
    // The dateline itself is not an event.
    assert!(!found.iter().any(|(d, _)| d == "2025-02-05"), "{found:?}");
}

#[test]
fn a_labelled_iso_date_dates_the_document() {
    let index = load(
        "dateline-iso",
        "Border talks\n\ndate 2023-12-06\n\nThai and Myanmar officials met on Monday in Mae Sot.\n",
    );
    let document = &index.documents()[0];
    assert_eq!(
        document.published.as_ref().map(|w| w.edtf.as_str()),
        Some("2023-12-06")
    );
    assert!(dates(&index).iter().any(|(d, _)| d == "2023-12-04"));
}

#[test]
fn without_a_dateline_the_latest_reported_date_bounds_the_document() {
    let index = load(
        "latest-date",
        "The army cracked down in March 2021. Protests resumed on June 19, 2022, and again in July.\n",
    );
    let document = &index.documents()[0];
    let published = document.published.as_ref().expect("inferred");
    assert!(document.published_inferred);
    assert!(published.start >= chrono::NaiveDate::from_ymd_opt(2022, 6, 19).expect("date"));
    assert!(
        document.published_basis.contains("latest"),
        "{}",
        document.published_basis
    );
}

/// A target or a deadline is not a date the text reports, and a title names targets as often as
/// dates: neither may push the inferred creation date into the future, where "last year" and
/// "on Tuesday" would be resolved against it.
#[test]
fn targets_deadlines_and_titles_do_not_date_the_document() {
    let index = load(
        "targets",
        "Climate plan 2030\n\nThe government said on 3 March 2023 that emissions must halve by \
         2030. The summit will meet again in 2026. Officials met on Tuesday to discuss it. Last \
         year, emissions rose.\n",
    );
    let document = &index.documents()[0];
    let published = document.published.as_ref().expect("inferred");
    assert_eq!(published.edtf, "2023-03-03", "{}", document.published_basis);
    let found = dates(&index);
    assert!(
        found.iter().any(|(d, _)| d == "2022"),
        "last year: {found:?}"
    );
    assert!(
        found.iter().any(|(d, _)| d == "2023-02-28"),
        "the Tuesday before: {found:?}"
    );
    assert!(!found.iter().any(|(d, _)| d == "2029"), "{found:?}");
}

/// Without a dated day in the text, a weekday resolved against the provisional end of the latest
/// year says nothing about the document: the inferred date stays a year, and so does the
/// weekday's event.
#[test]
fn a_weekday_does_not_make_an_inferred_year_precise() {
    let index = load(
        "weekday-year",
        "The hall was built in 1998. The fire started on Monday.\n",
    );
    let document = &index.documents()[0];
    let published = document.published.as_ref().expect("inferred");
    assert_eq!(published.edtf, "1998");
    let found = dates(&index);
    assert!(found.iter().all(|(d, _)| d == "1998"), "{found:?}");
}

#[test]
fn a_document_without_dates_gets_none_and_invents_nothing() {
    let index = load(
        "no-dates",
        "The talks went on.\n\nLast week the envoy said the talks would resume on Tuesday.\n",
    );
    let document = &index.documents()[0];
    assert!(document.published.is_none());
    assert!(!document.published_inferred);
    assert!(index.events().is_empty(), "{:?}", dates(&index));
}

#[tokio::test]
async fn the_document_page_shows_the_basis_of_an_inferred_date() {
    let index = load(
        "basis-page",
        "Junta extends emergency\n\nFebruary 5, 2025 at 11:10 JST\n\nThe junta on Tuesday extended the emergency.\n",
    );
    let base = serve(index).await;
    let page = get(&format!("{base}/documents/report")).await;
    let published = select(&page.body, "[data-test=published]");
    assert!(published[0].0.contains("(inferred)"), "{}", published[0].0);
    let basis = select(&page.body, "[data-test=published-basis]");
    assert!(basis[0].0.contains("February 5, 2025"), "{}", basis[0].0);
}

#[test]
fn a_news_dateline_dates_the_document_with_the_year_from_the_text() {
    let index = load(
        "dateline-inline",
        "YANGON, Feb 5 (Reuters) - Myanmar's junta on Tuesday extended emergency rule, which it \
         declared after the coup in February 2021.\n",
    );
    let document = &index.documents()[0];
    let published = document.published.as_ref().expect("inferred");
    assert_eq!(published.edtf, "2021-02-05", "{}", document.published_basis);
    assert!(document.published_basis.contains("YANGON, Feb 5"));
}

/// The first sentence's tense does not move the dateline: "Observers expect" looks ahead, but
/// the report is still of the latest year the text names.
#[test]
fn a_dateline_takes_the_texts_year_whatever_the_sentence_after_it_says() {
    let index = load(
        "dateline-future",
        "SAGAING, June 17 — Observers expect the talks to continue. On 3 March 2023 the army \
         shelled three villages.\n",
    );
    let document = &index.documents()[0];
    let published = document.published.as_ref().expect("inferred");
    assert_eq!(published.edtf, "2023-06-17", "{}", document.published_basis);
}

#[test]
fn a_markdown_heading_is_the_title_without_its_markers() {
    let folder = corpus(
        "markdown-title",
        &[(
            "brief.md",
            b"# Ceasefire talks in Kunming\n\nOn 3 March 2024 the army and three armed groups met in Kunming.\n",
        )],
    );
    let index = annals::load_index(&folder).expect("loads");
    assert_eq!(index.documents()[0].title, "Ceasefire talks in Kunming");
    assert_eq!(index.events()[0].when.edtf, "2024-03-03");
}

/// Years before Christ keep their era from the text to the page: a narrative's "44 BC" is the
/// astronomical year -43 in EDTF, its heading says "44 BC", and the overview's zoom links (which
/// carry signed years) open.
#[tokio::test]
async fn years_before_christ_are_dated_headed_and_zoomable() {
    let folder = corpus(
        "before-christ",
        &[
            (
                "caesar.txt",
                b"Caesar crossed the Rubicon in 49 BC, starting a civil war. \
                  On 15 March he entered the city. \
                  Caesar was assassinated in 44 BC by Brutus and Cassius.\n",
            ),
            (
                "caesar.toml",
                b"title = \"Caesar\"\ndomain = \"narrative\"\n",
            ),
        ],
    );
    let index = annals::load_index(&folder).expect("loads");
    let found = dates(&index);
    assert!(found.iter().any(|(d, _)| d == "-0048"), "{found:?}");
    assert!(found.iter().any(|(d, _)| d == "-0043"), "{found:?}");
    // A day after a year before Christ is a day of that year.
    assert!(found.iter().any(|(d, _)| d == "-0048-03-15"), "{found:?}");
    let base = serve(index).await;
    let page = get(&format!("{base}/")).await;
    assert_eq!(page.status, 200);
    let headings: Vec<String> = select(&page.body, "section.year > h2")
        .into_iter()
        .map(|(text, _)| text)
        .collect();
    assert_eq!(headings, ["49 BC", "44 BC"]);
    let zooms: Vec<String> = select(&page.body, "#overview a[href]")
        .into_iter()
        .filter_map(|(_, attributes)| {
            attributes
                .into_iter()
                .find(|(name, _)| name == "href")
                .map(|(_, href)| href)
        })
        .filter(|href| href.contains("from=-"))
        .collect();
    assert!(!zooms.is_empty(), "no zoom link into the BC years");
    for href in zooms {
        let zoomed = get(&format!("{base}{href}")).await;
        assert_eq!(zoomed.status, 200, "{href}");
        assert!(zoomed.body.contains("BC"), "{href}");
    }
}

/// A history without metadata that says "the next year" and ends "Today, ..." is still read as a
/// narrative: its year-less dates follow the story, not a creation date guessed from its latest
/// year.
#[test]
fn a_history_ending_today_is_read_as_a_narrative() {
    let index = load(
        "history-today",
        "The Tet Offensive began on 30 January 1968. On 31 March, President Johnson announced \
         that he would not seek re-election. The next year, Nixon began withdrawing troops. \
         Saigon fell on 30 April 1975. Today, Vietnam is a major trading partner.\n",
    );
    let found = dates(&index);
    assert!(
        found.iter().any(|(d, _)| d == "1968-03-31"),
        "31 March follows 1968: {found:?}"
    );
    assert!(found.iter().any(|(d, _)| d == "1969"), "{found:?}");
    assert!(
        !found.iter().any(|(d, _)| d.starts_with("1975-03")),
        "{found:?}"
    );
}

/// "About two years ago" dates its event, approximately (EDTF `~`, "around" shown); "the day
/// after June 3" is the 4th; neither the modifier nor the relation loses the event.
#[test]
fn approximate_and_related_dates_reach_the_timeline() {
    let index = load(
        "approximate",
        "Border talks stall\n\nMay 10, 2024\n\n\
         About two years ago, the army seized the border town. \
         The ceasefire collapsed the day after June 3 last year.\n",
    );
    let events = index.events();
    let seized = events
        .iter()
        .find(|e| e.sources[0].text.contains("seized"))
        .expect("the approximate date gives an event");
    assert_eq!(seized.when.edtf, "2022~");
    assert_eq!(seized.when.display, "around 2022");
    let collapsed = events
        .iter()
        .find(|e| e.sources[0].text.contains("collapsed"))
        .expect("the related date gives an event");
    assert_eq!(collapsed.when.edtf, "2023-06-04");
}
