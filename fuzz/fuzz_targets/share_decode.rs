//! Fuzzes the share-link decoder: any fragment string must decode to a value or a clean error,
//! never panic or allocate without bound, and what decodes must re-encode to the same text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let frag = String::from_utf8_lossy(data);
    if let Ok(Some(f)) = lede::share::decode_fragment(&frag) {
        let again = lede::share::encode_fragment(&f.text, f.lang, None);
        let back = lede::share::decode_fragment(&again).expect("re-encoded fragment decodes");
        assert_eq!(back.map(|b| b.text), Some(f.text));
    }
});
