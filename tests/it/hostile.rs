//! Hostile documents: a fixture corpus generated at test time (no binary junk in the repository)
//! with invalid UTF-8, binary, empty, oversized and one-line files, unusual Unicode, HTML with
//! scripts, a malformed sidecar, sidecar fields full of markup and `javascript:` URLs, a pipe and
//! symlinks leading out of the folder. Each file loads safely or is skipped with a reason naming
//! it; nothing panics; every page renders with the document's text escaped.

use crate::support::{corpus, get, seeds_dir, select, serve, Fixture};
use annals::index::Index;
use std::time::Instant;

const GOOD: &str = "Junta report\n\nOn 3 March 2021 the junta met Chinese officials in Naypyidaw. \
Thailand closed the border on 12 April 2022.\n";

const UNICODE: &str = "\u{200f}تقرير\u{200e} Unicode report 👩\u{200d}👩\u{200d}👧\n\n\
On 5 May 2021 the junta\u{200d} met e\u{301}lite officials 🇲🇲 in Naypyidaw\u{202e}drawkcab\u{202c}. \
Z̷̢͓a̸͎l̵̤g̶̣o̴ͅ arrived on 6 June 2021 with 💥 and \u{feff}zero\u{200b}width text.\n";

const XSS_TEXT: &str = "<script>alert('text')</script> report\n\n\
On 7 July 2021 the junta said <script>alert(1)</script> and \"onmouseover=alert(2) x=\" \
in <img src=x onerror=alert(3)> Naypyidaw, see javascript:alert(4).\n";

const XSS_SIDECAR: &str = r#"title = "<script>alert('title')</script>\"onmouseover=alert(5)"
url = "javascript:alert('url')"
publisher = "<b onmouseover=alert(6)>pub</b>"
authors = ["<script>alert(7)</script>"]
published = "2021-07-08"
"#;

const HTML_PAGE: &str = "<!doctype html><html><head><title>Page &amp; title</title>\
<script>document.write('<p>On 1 January 1999 injected.</p>')</script>\
<style>p { color: red }</style></head><body onload=\"alert(8)\">\
<h1>HTML report</h1><p>On 9 September 2021 the junta <b>met</b> officials in Naypyidaw.</p>\
<noscript>On 2 February 2000 hidden.</noscript><svg><script>alert(9)</script></svg>\
<p>Unclosed <a href=\"javascript:alert(10)\" onclick=\"alert(11)\">link";

/// A folder outside the corpus with a file the server must never read.
fn outside_folder() -> Fixture {
    corpus(
        "outside",
        &[
            (
                "secret.txt",
                b"SECRET-OUTSIDE on 1 January 2020 the secret was read.",
            ),
            ("secret.toml", b"title = 'SECRET-SIDECAR'"),
        ],
    )
}

fn hostile_corpus() -> (Fixture, Fixture) {
    let outside = outside_folder();
    let dir = corpus("hostile", &[]);
    let write = |name: &str, bytes: &[u8]| std::fs::write(dir.join(name), bytes).expect(name);
    std::fs::copy(seeds_dir().join("actors.toml"), dir.join("actors.toml")).expect("actors");
    write("good.txt", GOOD.as_bytes());
    write("unicode.txt", UNICODE.as_bytes());
    write("xss.txt", XSS_TEXT.as_bytes());
    write("xss.toml", XSS_SIDECAR.as_bytes());
    write("page.html", HTML_PAGE.as_bytes());
    write("bad-sidecar.txt", GOOD.replace("2021", "2019").as_bytes());
    write(
        "bad-sidecar.toml",
        b"title = \"unterminated\npublished = [[[\n",
    );
    write(
        "invalid-utf8.txt",
        b"On 3 March 2021 \xff\xfe\xc3\x28 broken",
    );
    write("binary.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10");
    write("empty.txt", b"");
    write("blank.md", b" \n\t\n  ");
    // 50 MB: a sparse file, skipped by its size before it is read.
    let big = std::fs::File::create(dir.join("big.txt")).expect("big");
    big.set_len(50 * 1024 * 1024).expect("50 MB");
    // One 10 MB line with no full stop: the quadratic worst case of the tagger.
    let line = "word in March 2021 and then ".repeat(10 * 1024 * 1024 / 28);
    write("long-line.txt", line.as_bytes());
    #[cfg(unix)]
    {
        use std::os::unix::fs::symlink;
        symlink(outside.join("secret.txt"), dir.join("escape.txt")).expect("file symlink");
        symlink(&outside, dir.join("escape-folder")).expect("folder symlink");
        // A sidecar leading out of the folder beside an honest document.
        write("honest.txt", GOOD.replace("2021", "2018").as_bytes());
        symlink(outside.join("secret.toml"), dir.join("honest.toml")).expect("sidecar symlink");
        symlink(dir.join("good.txt"), dir.join("inside-link.txt")).expect("inside symlink");
        symlink(dir.join("missing.txt"), dir.join("dangling.txt")).expect("dangling symlink");
        let status = std::process::Command::new("mkfifo")
            .arg(dir.join("pipe.txt"))
            .status()
            .expect("mkfifo runs");
        assert!(status.success());
    }
    (dir, outside)
}

fn skipped_reason<'a>(index: &'a Index, path: &str) -> &'a str {
    index
        .skipped
        .iter()
        .find(|s| s.path == path)
        .map(|s| s.reason.as_str())
        .unwrap_or_else(|| panic!("{path} should be skipped; skipped: {:?}", index.skipped))
}

#[track_caller]
fn check_skipped(index: &Index, path: &str, reason_part: &str) {
    let reason = skipped_reason(index, path);
    assert!(
        reason.contains(reason_part),
        "{path}: expected a reason with {reason_part:?}, found {reason:?}"
    );
}

/// No script runs from a rendered page: scripts only from /static, no event-handler
/// attributes, no `javascript:` links.
#[track_caller]
fn check_inert(url: &str, html: &str) {
    for (_, attributes) in select(html, "*") {
        for (name, value) in &attributes {
            assert!(!name.starts_with("on"), "{url}: attribute {name}={value:?}");
            if matches!(name.as_str(), "href" | "src" | "action" | "content") {
                let lower = value.trim().to_ascii_lowercase();
                assert!(!lower.starts_with("javascript:"), "{url}: {name}={value:?}");
            }
        }
    }
    for (_, attributes) in select(html, "script") {
        let src = crate::support::attribute(&attributes, "src").unwrap_or("");
        assert!(src.starts_with("/static/"), "{url}: script {attributes:?}");
    }
    assert!(
        !html.contains("SECRET"),
        "{url}: a file outside the folder was served"
    );
}

#[tokio::test]
async fn hostile_documents_load_safely_or_are_skipped_by_name() {
    let (dir, _outside) = hostile_corpus();
    let started = Instant::now();
    let index = annals::load_index(&dir).expect("the corpus loads");
    let elapsed = started.elapsed();
    // Debug build: the 10 MB line is cut into bounded sentences and read in linear time.
    // A bound against a hang or a quadratic blow-up (hours), not a benchmark.
    assert!(elapsed.as_secs() < 300, "loading took {elapsed:?}");

    check_skipped(&index, "invalid-utf8.txt", "not valid UTF-8");
    check_skipped(&index, "binary.txt", "binary");
    check_skipped(&index, "empty.txt", "empty file");
    check_skipped(&index, "blank.md", "no text");
    check_skipped(&index, "big.txt", "more than the limit");
    // The 10 MB line loads: nothing is lost, and its date is found.
    assert!(
        index.documents().iter().any(|d| d.id == "long-line"),
        "the long line loads"
    );
    assert!(index
        .events()
        .iter()
        .any(|e| e.sources[0].document == "long-line" && e.when.edtf == "2021-03"));
    #[cfg(unix)]
    {
        check_skipped(&index, "escape.txt", "outside the corpus folder");
        check_skipped(&index, "escape-folder", "outside the corpus folder");
        check_skipped(&index, "dangling.txt", "cannot resolve");
        check_skipped(&index, "pipe.txt", "not a regular file");
        assert!(
            index
                .warnings
                .iter()
                .any(|w| w.contains("honest.toml") && w.contains("outside")),
            "{:?}",
            index.warnings
        );
    }
    assert!(
        index
            .warnings
            .iter()
            .any(|w| w.contains("bad-sidecar.toml") && w.contains("malformed")),
        "{:?}",
        index.warnings
    );
    let mut loaded: Vec<&str> = index.documents().iter().map(|d| d.id.as_str()).collect();
    loaded.sort_unstable();
    let mut expected = vec!["bad-sidecar", "good", "long-line", "page", "unicode", "xss"];
    if cfg!(unix) {
        expected.extend(["honest", "inside-link"]);
        expected.sort_unstable();
    }
    assert_eq!(loaded, expected);
    for document in index.documents() {
        assert!(!document.text.contains("SECRET"), "{}", document.id);
        assert!(!document.title.contains("SECRET"), "{}", document.id);
    }
    // The HTML page lost its scripts, styles and hidden parts but kept its text.
    let page = index.document("page").expect("page");
    assert!(page.text.contains("On 9 September 2021 the junta met"));
    assert!(!page.text.contains("alert"), "{:?}", page.text);
    assert!(!page.text.contains("1999") && !page.text.contains("2000"));
    // Every event's source is exactly its document's text at its span, on char boundaries.
    for event in index.events() {
        for source in &event.sources {
            let document = index.document(&source.document).expect("document");
            assert_eq!(
                document.text.get(source.start..source.end),
                Some(source.text.as_str()),
                "{}",
                event.id
            );
        }
    }
    let dated: Vec<&str> = index
        .events()
        .iter()
        .map(|e| e.when.edtf.as_str())
        .collect();
    for date in [
        "2021-03-03",
        "2021-05-05",
        "2021-06-06",
        "2021-07-07",
        "2021-09-09",
    ] {
        assert!(dated.contains(&date), "{date} in {dated:?}");
    }

    let n_events = index.events().len();
    let events: Vec<String> = index.events().iter().map(|e| e.id.clone()).collect();
    let documents: Vec<String> = index.documents().iter().map(|d| d.id.clone()).collect();
    let base = serve(index).await;
    let mut urls = vec![
        format!("{base}/"),
        format!("{base}/actors"),
        format!("{base}/?q=%3Cscript%3E"),
    ];
    urls.extend(events.iter().map(|id| format!("{base}/events/{id}")));
    urls.extend(documents.iter().map(|id| format!("{base}/documents/{id}")));
    for url in &urls {
        let page = get(url).await;
        assert_eq!(page.status, 200, "{url}");
        check_inert(url, &page.body);
    }
    let timeline = get(&format!("{base}/")).await;
    assert_eq!(select(&timeline.body, "[data-test=event]").len(), n_events);

    // The markup of the sidecar and the text reach the page as text.
    let xss = get(&format!("{base}/documents/xss")).await;
    let headings: Vec<String> = select(&xss.body, "h1").into_iter().map(|h| h.0).collect();
    assert!(
        headings
            .iter()
            .any(|h| h.contains("<script>alert('title')</script>")),
        "{headings:?}"
    );
    // Parsed as text, so it was escaped in the markup.
    let article = select(&xss.body, "[data-test=document]");
    assert!(article[0]
        .0
        .contains("said <script>alert(1)</script> and \"onmouseover=alert(2)"));
    assert!(!xss.body.contains("<script>alert"));
    // The javascript: url is not a link anywhere, nor is any other original link there.
    assert!(select(&xss.body, "a[href*=alert]").is_empty());
    let xss_event = events
        .iter()
        .find(|id| id.contains("2021-07-07"))
        .expect("the xss event");
    let event_page = get(&format!("{base}/events/{xss_event}")).await;
    assert!(select(&event_page.body, "[data-test=original-link]").is_empty());

    // Files outside the folder are not served under any name.
    for path in [
        "documents/escape",
        "documents/secret",
        "documents/escape-folder-secret",
        "documents/..%2F..%2Fetc%2Fpasswd",
    ] {
        let page = get(&format!("{base}/{path}")).await;
        assert_eq!(page.status, 404, "{path}");
        check_inert(path, &page.body);
    }
}
