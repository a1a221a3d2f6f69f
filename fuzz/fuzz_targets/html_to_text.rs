//! The HTML reducer: any input gives some text, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|html: &str| {
    let page = annals::document::html_to_text(html);
    assert_eq!(page.text.trim(), page.text);
});
