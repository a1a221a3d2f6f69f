//! TimeML in and out: writes a text with our TIMEX3 tags as a TimeML document, and re-annotates a
//! folder of TimeML files (the TempEval corpora) by reading each file's creation time and raw
//! text. The text inside `<TEXT>`, once tags are removed and entities decoded by an XML parser,
//! is byte-identical to the input text.
//!
//! It reads only what it needs (`<DOCID>`, the `<DCT>` value and `<TEXT>`) by hand, without an
//! XML library, and keeps no other annotation (events and links are dropped).

use super::{reads_as_history, tag_text, Anchor, Domain, Timex};
use anyhow::{anyhow, Context as _};
use chrono::NaiveDate;
use std::path::Path;

/// Escapes text content. `\r` becomes a character reference, because XML parsers turn a literal
/// carriage return into a line feed.
fn escape_text(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\r' => out.push_str("&#13;"),
            _ => out.push(c),
        }
    }
}

fn escape_attribute(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
}

/// Writes `text` with `timexes` (sorted, not overlapping, on char boundaries) as TIMEX3 tags.
fn write_text(text: &str, timexes: &[Timex], out: &mut String) {
    let mut position = 0;
    for (index, timex) in timexes.iter().enumerate() {
        if timex.start < position || timex.end > text.len() || timex.start >= timex.end {
            continue;
        }
        let (Some(before), Some(inside)) = (
            text.get(position..timex.start),
            text.get(timex.start..timex.end),
        ) else {
            continue;
        };
        escape_text(before, out);
        out.push_str(&format!(
            r#"<TIMEX3 tid="t{}" type="{}" value=""#,
            index + 1,
            timex.kind.as_str()
        ));
        escape_attribute(&timex.value, out);
        out.push('"');
        if let Some(modifier) = timex.modifier {
            out.push_str(&format!(r#" mod="{modifier}""#));
        }
        out.push('>');
        escape_text(inside, out);
        out.push_str("</TIMEX3>");
        position = timex.end;
    }
    escape_text(text.get(position..).unwrap_or(""), out);
}

fn document(text: &str, dct: NaiveDate, domain: Domain, docid: Option<&str>) -> String {
    let timexes = tag_text(text, Anchor::day(dct), domain);
    let dct_value = dct.format("%Y-%m-%d").to_string();
    let mut out = String::with_capacity(text.len() * 5 / 4 + 512);
    out.push_str("<?xml version=\"1.0\" ?>\n<TimeML>\n");
    if let Some(docid) = docid {
        out.push_str("<DOCID>");
        escape_text(docid, &mut out);
        out.push_str("</DOCID>\n");
    }
    out.push_str(&format!(
        "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"{dct_value}\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">{dct_value}</TIMEX3></DCT>\n"
    ));
    out.push_str("<TEXT>");
    write_text(text, &timexes, &mut out);
    out.push_str("</TEXT>\n</TimeML>\n");
    out
}

/// The domain a text is read in when none is asked for: news, unless it
/// [reads as a history](reads_as_history).
pub fn default_domain(text: &str, dct: NaiveDate) -> Domain {
    if reads_as_history(text, dct) {
        Domain::Narrative
    } else {
        Domain::News
    }
}

/// Tags `text` and writes it as a TimeML document with `dct` as its creation time.
///
/// ```
/// use annals::timex::{timeml::annotate_text, Domain};
/// use chrono::NaiveDate;
/// let dct = NaiveDate::from_ymd_opt(1998, 8, 7).unwrap();
/// let xml = annotate_text("Sales rose 5% last year & more.", dct, Domain::News);
/// assert!(xml.contains(r#"<TIMEX3 tid="t1" type="DATE" value="1997">last year</TIMEX3> &amp; more."#));
/// ```
pub fn annotate_text(text: &str, dct: NaiveDate, domain: Domain) -> String {
    document(text, dct, domain, None)
}

/// The content between `<name>` (or `<name ...>`) and `</name>`.
fn element<'a>(xml: &'a str, name: &str) -> Option<&'a str> {
    let open = format!("<{name}");
    let mut search = 0;
    loop {
        let start = search + xml.get(search..)?.find(&open)?;
        let after_name = start + open.len();
        let next = xml.as_bytes().get(after_name).copied();
        if matches!(next, Some(b'>') | Some(b' ') | Some(b'\t') | Some(b'\n')) {
            let content_start = after_name + xml.get(after_name..)?.find('>')? + 1;
            let close = format!("</{name}>");
            let content_end = content_start + xml.get(content_start..)?.find(&close)?;
            return xml.get(content_start..content_end);
        }
        search = after_name;
    }
}

/// Decodes the five named entities and numeric character references.
fn decode_entities(text: &str, out: &mut String) {
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let Some(semicolon) = rest.find(';').filter(|&s| s <= 12) else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let name = &rest[1..semicolon];
        let decoded = match name {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => {
                if let Some(hex) = name.strip_prefix("#x").or_else(|| name.strip_prefix("#X")) {
                    u32::from_str_radix(hex, 16).ok().and_then(char::from_u32)
                } else if let Some(decimal) = name.strip_prefix('#') {
                    decimal.parse().ok().and_then(char::from_u32)
                } else {
                    None
                }
            }
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &rest[semicolon + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
}

/// The character data of an XML fragment, as a parser reports it: tags and comments removed,
/// CDATA kept verbatim, entities decoded. Line ends must already be normalised.
fn character_data(fragment: &str) -> String {
    let mut out = String::with_capacity(fragment.len());
    let mut rest = fragment;
    while let Some(lt) = rest.find('<') {
        decode_entities(&rest[..lt], &mut out);
        rest = &rest[lt..];
        if let Some(cdata) = rest.strip_prefix("<![CDATA[") {
            let end = cdata.find("]]>").unwrap_or(cdata.len());
            out.push_str(&cdata[..end]);
            rest = cdata.get(end + 3..).unwrap_or("");
        } else if rest.starts_with("<!--") {
            let end = rest.find("-->").map_or(rest.len(), |e| e + 3);
            rest = &rest[end..];
        } else {
            let end = rest.find('>').map_or(rest.len(), |e| e + 1);
            rest = &rest[end..];
        }
    }
    decode_entities(rest, &mut out);
    out
}

/// Reads the creation date, the raw text (gold tags stripped, entities decoded) and the document
/// id of one TimeML document.
pub fn read_document(xml: &str) -> anyhow::Result<(NaiveDate, String, Option<String>)> {
    // XML parsers normalise line ends before anything else.
    let xml = xml.replace("\r\n", "\n").replace('\r', "\n");
    let dct_block =
        element(&xml, "DCT").ok_or_else(|| anyhow!("expected a <DCT> element, found none"))?;
    let value_start = dct_block
        .find("value=\"")
        .ok_or_else(|| anyhow!("expected a value attribute in <DCT>, found none"))?
        + 7;
    let value_end = value_start
        + dct_block[value_start..]
            .find('"')
            .ok_or_else(|| anyhow!("expected a closing quote in the <DCT> value"))?;
    let value = &dct_block[value_start..value_end];
    let dct = NaiveDate::parse_from_str(value.get(..10).unwrap_or(value), "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(value.get(..8).unwrap_or(value), "%Y%m%d"))
        .map_err(|_| anyhow!("expected a DCT value like 1998-08-07, found {value:?}"))?;
    let text =
        element(&xml, "TEXT").ok_or_else(|| anyhow!("expected a <TEXT> element, found none"))?;
    let docid = element(&xml, "DOCID").map(|d| character_data(d).trim().to_string());
    Ok((dct, character_data(text), docid))
}

/// Re-annotates every `.tml` file of `input` into `output` (same file names) with our TIMEX3
/// tags, taking each file's creation time from its `<DCT>`, in `domain` or, when that is
/// `None`, in each file's [`default_domain`]. A file that cannot be read or parsed is reported
/// and skipped. Returns the number of files written.
pub fn annotate_dir(input: &Path, output: &Path, domain: Option<Domain>) -> anyhow::Result<usize> {
    std::fs::create_dir_all(output)
        .with_context(|| format!("cannot create the output folder {}", output.display()))?;
    let mut paths: Vec<_> = std::fs::read_dir(input)
        .with_context(|| format!("cannot read the input folder {}", input.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|e| e == "tml"))
        .collect();
    paths.sort();
    let mut n_written = 0;
    for path in paths {
        let result = std::fs::read_to_string(&path)
            .map_err(anyhow::Error::from)
            .and_then(|xml| read_document(&xml))
            .and_then(|(dct, text, docid)| {
                let domain = domain.unwrap_or_else(|| default_domain(&text, dct));
                let xml = document(&text, dct, domain, docid.as_deref());
                let name = path
                    .file_name()
                    .ok_or_else(|| anyhow!("expected a file name"))?;
                std::fs::write(output.join(name), xml)?;
                Ok(())
            });
        match result {
            Ok(()) => n_written += 1,
            Err(error) => {
                tracing::warn!(file = %path.display(), "skipped {}: {error:#}", path.display());
                eprintln!("skipped {}: {error:#}", path.display());
            }
        }
    }
    Ok(n_written)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn dct() -> NaiveDate {
        NaiveDate::from_ymd_opt(1998, 8, 7).expect("valid date")
    }

    /// The TEXT content of an annotated document, tags stripped and entities decoded.
    fn stripped_text(xml: &str) -> String {
        let normalised = xml.replace("\r\n", "\n").replace('\r', "\n");
        character_data(element(&normalised, "TEXT").expect("a TEXT element"))
    }

    #[track_caller]
    fn check_round_trip(text: &str) {
        let xml = annotate_text(text, dct(), Domain::News);
        assert_eq!(stripped_text(&xml), text, "xml: {xml}");
    }

    #[test]
    fn annotated_text_strips_back_to_the_input() {
        check_round_trip("Sales rose 5% last year & fell <sharply> on Friday.\r\nThen\rmore.");
        check_round_trip("On 3 March 2021 at 9 a.m. \"quoted\" & 'single' ]]> done");
        check_round_trip("");
    }

    #[test]
    fn annotated_text_has_the_creation_time_and_tags() {
        let xml = annotate_text("They met last year.", dct(), Domain::News);
        assert!(xml.starts_with("<?xml version=\"1.0\" ?>\n<TimeML>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-08-07\""));
        assert!(xml.contains(r#"<TIMEX3 tid="t1" type="DATE" value="1997">last year</TIMEX3>"#));
    }

    #[test]
    fn reads_a_timeml_document() {
        let xml = "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>A1</DOCID>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-08-07\" functionInDocument=\"CREATION_TIME\">19980807</TIMEX3></DCT>\n<TEXT>\r\nHe left <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-08-06\">yesterday</TIMEX3> &amp; <EVENT eid=\"e1\">came</EVENT> back.</TEXT></TimeML>";
        let (date, text, docid) = read_document(xml).expect("a readable document");
        assert_eq!(date, dct());
        assert_eq!(text, "\nHe left yesterday & came back.");
        assert_eq!(docid.as_deref(), Some("A1"));
    }

    #[test]
    fn a_document_without_dct_is_an_error() {
        assert!(read_document("<TimeML><TEXT>x</TEXT></TimeML>").is_err());
    }

    #[test]
    fn annotate_dir_skips_bad_files() {
        let base = std::env::temp_dir().join(format!("annals-timeml-{}", std::process::id()));
        let (input, output) = (base.join("in"), base.join("out"));
        std::fs::create_dir_all(&input).expect("temp folder");
        std::fs::write(input.join("good.tml"), "<TimeML><DCT><TIMEX3 value=\"1998-08-07\">x</TIMEX3></DCT><TEXT>on Friday</TEXT></TimeML>").expect("write");
        std::fs::write(
            input.join("bad.tml"),
            "<TimeML><TEXT>no dct</TEXT></TimeML>",
        )
        .expect("write");
        let n_written = annotate_dir(&input, &output, Some(Domain::News)).expect("folders exist");
        assert_eq!(n_written, 1);
        let written = std::fs::read_to_string(output.join("good.tml")).expect("written");
        assert_eq!(stripped_text(&written), "on Friday");
        std::fs::remove_dir_all(&base).ok();
    }

    proptest! {
        #[test]
        fn any_text_round_trips(text in "\\PC*") {
            let xml = annotate_text(&text, dct(), Domain::News);
            prop_assert_eq!(stripped_text(&xml), text);
        }
    }
}
