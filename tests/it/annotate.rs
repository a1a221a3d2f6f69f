//! `annals annotate` as a user runs it: plain text on stdin, TimeML on stdout.

use std::io::Write;
use std::process::{Command, Stdio};

/// Runs `annals annotate --dct 2009-05-01` with `args`, `text` on stdin; returns stdout.
fn annotate(text: &str, args: &[&str]) -> String {
    let mut child = Command::new(env!("CARGO_BIN_EXE_annals"))
        .args(["annotate", "--dct", "2009-05-01"])
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("the annals binary runs");
    child
        .stdin
        .take()
        .expect("stdin is piped")
        .write_all(text.as_bytes())
        .expect("stdin takes the text");
    let output = child.wait_with_output().expect("annotate finishes");
    assert!(output.status.success(), "annotate {args:?} failed");
    String::from_utf8(output.stdout).expect("TimeML is UTF-8")
}

const HISTORY: &str = "The war began in 1914. On 12 August, troops crossed the border. \
                       The next day they halted. By 1916 the front had barely moved. \
                       The armistice came on 11 November 1918.";

/// Without `--domain`, a history is read as a narrative: "12 August" follows "1914", not the
/// creation date. `--domain news` still reads it against the creation date, as asked.
#[test]
fn a_history_is_read_as_a_narrative_unless_news_is_asked_for() {
    for args in [&[][..], &["--domain", "narrative"][..]] {
        let tml = annotate(HISTORY, args);
        assert!(
            tml.contains(r#"value="1914-08-12">12 August<"#),
            "{args:?}: {tml}"
        );
        assert!(
            tml.contains(r#"value="1914-08-13">The next day<"#),
            "{args:?}: {tml}"
        );
    }
    let tml = annotate(HISTORY, &["--domain", "news"]);
    assert!(tml.contains(r#"value="2008-08-12">12 August<"#), "{tml}");
}

/// News stays news without `--domain`: "Tuesday" counts from the creation date.
#[test]
fn news_is_read_against_the_creation_date_by_default() {
    let tml = annotate(
        "The ministry said on Tuesday that exports fell in March. The plan dates from 1990.",
        &[],
    );
    assert!(tml.contains(r#"value="2009-04-28">Tuesday<"#), "{tml}");
    assert!(tml.contains(r#"value="2009-03">March<"#), "{tml}");
}
