//! Documents: the first step of the pipeline (**documents** → sentences → time expressions →
//! events → index → web), and the only module that touches the disk.
//!
//! [`load_corpus`] walks a corpus folder and reads every `.txt`, `.md` and `.html` file into a
//! [`Document`] with its optional metadata sidecar (`NAME.toml` beside `NAME.txt`: title, url,
//! published as EDTF, publisher, authors, domain; every field optional, unknown fields ignored).
//! HTML is reduced to its visible text (scripts and styles dropped, block elements become line
//! breaks, entities decoded), so offsets always refer to the text Annals shows.
//!
//! A file that cannot be used (not UTF-8, binary, empty, too large, a symlink leading out of the
//! folder) is skipped with a [`Skipped`] entry naming the file and the reason; the others still
//! load. This module does not interpret the text: it neither splits sentences nor infers dates.

use crate::when::When;
use rayon::prelude::*;
use serde::Deserialize;
use std::collections::HashSet;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Files larger than this are skipped rather than read: a report is rarely more than a few
/// megabytes, and extraction runs at a few MB/s per document.
pub const MAX_DOCUMENT_BYTES: u64 = 16 * 1024 * 1024;

/// Sidecars larger than this are ignored with a warning.
pub const MAX_SIDECAR_BYTES: u64 = 64 * 1024;

/// How the document's text was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Html,
}

/// Metadata from a document's sidecar file. Every field is optional; unknown fields are ignored.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Sidecar {
    pub title: Option<String>,
    pub url: Option<String>,
    /// EDTF: `2023-07`, `2023-07-04`, `2023`.
    pub published: Option<String>,
    pub publisher: Option<String>,
    #[serde(default)]
    pub authors: Vec<String>,
    /// `news` or `narrative`: how relative dates resolve.
    pub domain: Option<String>,
}

/// One document of the corpus.
#[derive(Debug, Clone)]
pub struct Document {
    /// Stable id: the file's path inside the corpus without extension, with `/` and any
    /// character outside `[A-Za-z0-9._-]` replaced by `-`.
    pub id: String,
    /// Path relative to the corpus folder, as written to `extract`'s JSON.
    pub path: String,
    pub format: Format,
    /// The text Annals reads: the file itself for `.txt` and `.md`, the visible text for `.html`.
    pub text: String,
    pub sidecar: Sidecar,
    /// The `<title>` of an HTML file, when it has one.
    pub html_title: Option<String>,
    /// The sidecar's `published` date, when it has a valid one.
    pub published: Option<When>,
}

/// A file that was not loaded, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub path: String,
    pub reason: String,
}

/// A loaded corpus: the documents in path order, what was skipped, and warnings about files
/// that loaded with a problem (a malformed sidecar).
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    pub documents: Vec<Document>,
    pub skipped: Vec<Skipped>,
    pub warnings: Vec<String>,
}

/// An error that stops the whole corpus from loading.
#[derive(Debug, thiserror::Error)]
pub enum CorpusError {
    #[error("cannot read corpus folder {path}: {source}")]
    Folder {
        path: String,
        source: std::io::Error,
    },
}

fn format_of(path: &Path) -> Option<Format> {
    let extension = path.extension()?.to_str()?.to_ascii_lowercase();
    match extension.as_str() {
        "txt" => Some(Format::Text),
        "md" | "markdown" => Some(Format::Markdown),
        "html" | "htm" => Some(Format::Html),
        _ => None,
    }
}

/// Makes a URL-safe id from a relative path without its extension.
pub fn id_from_relative_path(relative: &Path) -> String {
    let without_extension = relative.with_extension("");
    let raw = without_extension.to_string_lossy();
    let mut id: String = raw
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.') {
                c
            } else {
                '-'
            }
        })
        .collect();
    if id.is_empty() || id.starts_with('.') {
        id.insert(0, 'd');
    }
    id
}

/// Loads every document under `folder` (recursively, in path order).
pub fn load_corpus(folder: &Path) -> Result<Corpus, CorpusError> {
    let root = folder
        .canonicalize()
        .map_err(|source| CorpusError::Folder {
            path: folder.display().to_string(),
            source,
        })?;
    let mut files = Vec::new();
    let mut corpus = Corpus::default();
    collect_files(&root, &root, &mut files, &mut corpus.skipped, 0);
    files.sort();
    // Reading and decoding are independent per file: do them in parallel, then settle ids in
    // path order so the result does not depend on scheduling.
    let loaded: Vec<(String, Vec<String>, Result<Document, String>)> = files
        .par_iter()
        .map(|file| {
            let relative = file.strip_prefix(&root).unwrap_or(file).to_path_buf();
            let relative_text = relative.to_string_lossy().replace('\\', "/");
            let mut warnings = Vec::new();
            let result = load_document(&root, file, &relative, &mut warnings);
            (relative_text, warnings, result)
        })
        .collect();
    let mut seen_ids = HashSet::new();
    for (relative_text, warnings, result) in loaded {
        corpus.warnings.extend(warnings);
        match result {
            Ok(mut document) => {
                if !seen_ids.insert(document.id.clone()) {
                    // Two files differing only in extension: keep both, the later one with its
                    // extension in the id.
                    document.id =
                        id_from_relative_path(Path::new(&relative_text.replace('.', "-")));
                    if !seen_ids.insert(document.id.clone()) {
                        corpus.skipped.push(Skipped {
                            path: relative_text,
                            reason: "another file already has the same document id".into(),
                        });
                        continue;
                    }
                }
                corpus.documents.push(document);
            }
            Err(reason) => corpus.skipped.push(Skipped {
                path: relative_text,
                reason,
            }),
        }
    }
    Ok(corpus)
}

fn collect_files(
    root: &Path,
    folder: &Path,
    files: &mut Vec<PathBuf>,
    skipped: &mut Vec<Skipped>,
    depth: usize,
) {
    let relative = |path: &Path| {
        path.strip_prefix(root)
            .unwrap_or(path)
            .to_string_lossy()
            .into_owned()
    };
    if depth > 16 {
        skipped.push(Skipped {
            path: relative(folder),
            reason: "folders nested more than 16 deep".into(),
        });
        return;
    }
    let entries = match std::fs::read_dir(folder) {
        Ok(entries) => entries,
        Err(error) => {
            skipped.push(Skipped {
                path: relative(folder),
                reason: format!("cannot read folder: {error}"),
            });
            return;
        }
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name();
        if name.to_string_lossy().starts_with('.') {
            continue;
        }
        // Resolve symlinks and refuse anything that leads outside the corpus folder.
        let resolved = match path.canonicalize() {
            Ok(resolved) => resolved,
            Err(error) => {
                if format_of(&path).is_some() {
                    skipped.push(Skipped {
                        path: relative(&path),
                        reason: format!("cannot resolve path: {error}"),
                    });
                }
                continue;
            }
        };
        if !resolved.starts_with(root) {
            skipped.push(Skipped {
                path: relative(&path),
                reason: "symlink leads outside the corpus folder".into(),
            });
            continue;
        }
        if resolved.is_dir() {
            if resolved != path {
                // A symlinked folder inside the corpus is read where it really is.
                continue;
            }
            collect_files(root, &path, files, skipped, depth + 1);
        } else if format_of(&path).is_some() {
            files.push(path);
        }
    }
}

fn load_document(
    root: &Path,
    file: &Path,
    relative: &Path,
    warnings: &mut Vec<String>,
) -> Result<Document, String> {
    let format = format_of(file).ok_or_else(|| "unsupported file type".to_string())?;
    let resolved = file
        .canonicalize()
        .map_err(|error| format!("cannot resolve path: {error}"))?;
    if !resolved.starts_with(root) {
        return Err("symlink leads outside the corpus folder".into());
    }
    let bytes = read_limited(&resolved, MAX_DOCUMENT_BYTES)?;
    let raw = decode_text(bytes)?;
    let (text, html_title) = match format {
        Format::Html => {
            let page = html_to_text(&raw);
            (page.text, page.title)
        }
        Format::Text | Format::Markdown => (raw, None),
    };
    if text.trim().is_empty() {
        return Err("no text in file".into());
    }
    let sidecar_path = file.with_extension("toml");
    let sidecar = read_sidecar(root, &sidecar_path, relative, warnings);
    let published = match sidecar.published.as_deref() {
        Some(edtf) => {
            let parsed = When::parse_edtf(edtf);
            if parsed.is_none() {
                warnings.push(format!(
                    "{}: sidecar field `published` is not an EDTF date: {edtf:?}",
                    relative.with_extension("toml").display()
                ));
            }
            parsed
        }
        None => None,
    };
    Ok(Document {
        id: id_from_relative_path(relative),
        path: relative.to_string_lossy().replace('\\', "/"),
        format,
        text,
        sidecar,
        html_title,
        published,
    })
}

/// Reads a regular file of at most `limit` bytes. Pipes, devices and sockets are refused (reading
/// one could block forever), and the limit also holds for a file that grows while it is read.
fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, String> {
    let metadata = std::fs::metadata(path).map_err(|error| format!("cannot stat: {error}"))?;
    if !metadata.is_file() {
        return Err("not a regular file".into());
    }
    if metadata.len() > limit {
        return Err(format!(
            "file is {} bytes, more than the limit of {limit} bytes",
            metadata.len()
        ));
    }
    let file = std::fs::File::open(path).map_err(|error| format!("cannot open: {error}"))?;
    let mut bytes = Vec::with_capacity(usize::try_from(metadata.len()).unwrap_or(0));
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|error| format!("cannot read: {error}"))?;
    if bytes.len() as u64 > limit {
        return Err(format!(
            "file grew past the limit of {limit} bytes while being read"
        ));
    }
    Ok(bytes)
}

/// Reads bytes as UTF-8 text, refusing binary files and empty ones. A leading BOM is dropped and
/// CRLF line ends become LF so offsets match what readers see.
fn decode_text(bytes: Vec<u8>) -> Result<String, String> {
    if bytes.is_empty() {
        return Err("empty file".into());
    }
    if bytes.contains(&0) {
        return Err("binary file (contains NUL bytes)".into());
    }
    let text = String::from_utf8(bytes).map_err(|error| {
        format!(
            "not valid UTF-8 (invalid byte at offset {})",
            error.utf8_error().valid_up_to()
        )
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    Ok(if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text.to_string()
    })
}

fn read_sidecar(root: &Path, path: &Path, relative: &Path, warnings: &mut Vec<String>) -> Sidecar {
    let shown = relative.with_extension("toml").display().to_string();
    let Ok(resolved) = path.canonicalize() else {
        return Sidecar::default();
    };
    if !resolved.starts_with(root) {
        warnings.push(format!(
            "{shown}: sidecar symlink leads outside the corpus folder; ignored"
        ));
        return Sidecar::default();
    }
    let text = match read_limited(&resolved, MAX_SIDECAR_BYTES).map(String::from_utf8) {
        Ok(Ok(text)) => text,
        Ok(Err(_)) => {
            warnings.push(format!("{shown}: sidecar is not valid UTF-8; ignored"));
            return Sidecar::default();
        }
        Err(reason) => {
            warnings.push(format!("{shown}: cannot read sidecar ({reason}); ignored"));
            return Sidecar::default();
        }
    };
    match toml::from_str::<Sidecar>(&text) {
        Ok(sidecar) => sidecar,
        Err(error) => {
            let message = error.message().to_string();
            warnings.push(format!(
                "{shown}: malformed sidecar TOML ({message}); ignored"
            ));
            Sidecar::default()
        }
    }
}

/// The visible text of an HTML page and its `<title>`.
pub struct HtmlText {
    pub text: String,
    pub title: Option<String>,
}

const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "br",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "tr",
    "table",
    "section",
    "article",
    "header",
    "footer",
    "blockquote",
    "figure",
    "figcaption",
    "hr",
    "pre",
    "dt",
    "dd",
    "main",
    "aside",
    "nav",
    "title",
];

/// Reduces HTML to its visible text: tags removed, `script`/`style`/`template`/`noscript`
/// contents dropped, block elements turned into blank lines, entities decoded and runs of spaces
/// collapsed. A forgiving scanner: any input gives some text, never an error.
pub fn html_to_text(html: &str) -> HtmlText {
    let mut out = String::with_capacity(html.len() / 2);
    let mut title = None;
    let mut rest = html;
    let mut skip_until: Option<&'static str> = None;
    let mut in_title = false;
    let mut title_text = String::new();
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            if skip_until.is_none() {
                push_text(&mut out, rest, in_title.then_some(&mut title_text));
            }
            break;
        };
        if skip_until.is_none() {
            push_text(&mut out, &rest[..lt], in_title.then_some(&mut title_text));
        }
        let after = &rest[lt..];
        if after.starts_with("<!--") {
            rest = after.find("-->").map_or("", |end| &after[end + 3..]);
            continue;
        }
        let Some(gt) = after.find('>') else {
            break;
        };
        let tag = &after[1..gt];
        rest = &after[gt + 1..];
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if let Some(until) = skip_until {
            if closing && name == until {
                skip_until = None;
            }
            continue;
        }
        match name.as_str() {
            "script" | "style" | "template" | "noscript" | "svg" if !closing => {
                skip_until = Some(match name.as_str() {
                    "script" => "script",
                    "style" => "style",
                    "template" => "template",
                    "svg" => "svg",
                    _ => "noscript",
                });
            }
            "title" => {
                in_title = !closing;
                if closing && title.is_none() {
                    let cleaned = title_text.split_whitespace().collect::<Vec<_>>().join(" ");
                    if !cleaned.is_empty() {
                        title = Some(cleaned);
                    }
                }
            }
            _ => {}
        }
        if BLOCK_TAGS.contains(&name.as_str()) {
            let trimmed_len = out.trim_end_matches([' ', '\n']).len();
            out.truncate(trimmed_len);
            if !out.is_empty() {
                out.push_str("\n\n");
            }
        }
    }
    // A title is metadata, not body text: it was also emitted into the text; keep it there only
    // when the page has no other text.
    HtmlText {
        text: out.trim().to_string(),
        title,
    }
}

fn push_text(out: &mut String, raw: &str, title: Option<&mut String>) {
    let decoded = decode_entities(raw);
    if let Some(title) = title {
        title.push_str(&decoded);
        return;
    }
    for c in decoded.chars() {
        let c = if c.is_whitespace() && c != '\u{a0}' {
            ' '
        } else {
            c
        };
        if c == ' ' && (out.is_empty() || out.ends_with(' ') || out.ends_with('\n')) {
            continue;
        }
        out.push(c);
    }
}

/// Decodes the common named entities and all numeric ones; anything else is kept as written.
pub fn decode_entities(raw: &str) -> String {
    if !raw.contains('&') {
        return raw.to_string();
    }
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let end = after
            .char_indices()
            .take(12)
            .find(|&(_, c)| c == ';')
            .map(|(i, _)| i);
        let decoded = end.and_then(|end| {
            let name = &after[..end];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" | "#39" => Some('\''),
                "nbsp" => Some('\u{a0}'),
                "mdash" => Some('—'),
                "ndash" => Some('–'),
                "rsquo" => Some('’'),
                "lsquo" => Some('‘'),
                "rdquo" => Some('”'),
                "ldquo" => Some('“'),
                "hellip" => Some('…'),
                _ => {
                    let number = name.strip_prefix('#')?;
                    let code = match number.strip_prefix(['x', 'X']) {
                        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                        None => number.parse().ok()?,
                    };
                    char::from_u32(code).filter(|c| *c != '\0')
                }
            }?;
            Some((c, end))
        });
        match decoded {
            Some((c, end)) => {
                out.push(c);
                rest = &after[end + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_keeps_visible_text_only() {
        let page = html_to_text(
            "<html><head><title>A &amp; B</title><script>alert(1)</script></head>\
             <body><h1>Head</h1><p>One <b>bold</b> line.</p><p>Two&nbsp;&#8212; end</p></body></html>",
        );
        assert_eq!(page.title.as_deref(), Some("A & B"));
        assert_eq!(page.text, "Head\n\nOne bold line.\n\nTwo\u{a0}— end");
    }

    #[test]
    fn unknown_entities_stay_as_written() {
        assert_eq!(
            decode_entities("a &bogus; b & c &#0;"),
            "a &bogus; b & c &#0;"
        );
    }

    #[test]
    fn ids_are_url_safe() {
        assert_eq!(
            id_from_relative_path(Path::new("sub dir/Report #1.txt")),
            "sub-dir-Report--1"
        );
        assert_eq!(id_from_relative_path(Path::new(".hidden.txt")), "d.hidden");
    }

    #[test]
    fn decode_refuses_binary_and_bad_utf8() {
        assert_eq!(decode_text(vec![]), Err("empty file".to_string()));
        assert!(decode_text(vec![b'a', 0, b'b']).is_err());
        let error = decode_text(vec![b'a', 0xff]).expect_err("invalid utf-8");
        assert!(error.contains("offset 1"), "{error}");
        assert_eq!(decode_text(b"a\r\nb".to_vec()), Ok("a\nb".to_string()));
    }

    #[test]
    fn corpus_skips_bad_files_and_keeps_good_ones() {
        let dir = std::env::temp_dir().join(format!("annals-doc-test-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("temp dir");
        std::fs::write(dir.join("good.txt"), "On 3 March 2021 it rained.").expect("write");
        std::fs::write(
            dir.join("good.toml"),
            "title = 'Good'\npublished = 'bogus'\nextra = 1",
        )
        .expect("write");
        std::fs::write(dir.join("empty.txt"), "").expect("write");
        std::fs::write(dir.join("bad.txt"), [0xffu8, 0xfe]).expect("write");
        std::fs::write(dir.join("ignored.pdf"), "x").expect("write");
        let corpus = load_corpus(&dir).expect("corpus loads");
        let ids: Vec<&str> = corpus.documents.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, ["good"]);
        assert_eq!(corpus.documents[0].sidecar.title.as_deref(), Some("Good"));
        let skipped: Vec<&str> = corpus.skipped.iter().map(|s| s.path.as_str()).collect();
        assert_eq!(skipped, ["bad.txt", "empty.txt"]);
        assert_eq!(corpus.warnings.len(), 1, "{:?}", corpus.warnings);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
