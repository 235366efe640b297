//! Compiles the word lists in assets/lexicon/ into sorted static tables, so
//! lookups are binary searches with no start-up parsing.

use std::fmt::Write as _;
use std::path::Path;

const LISTS: &[(&str, &str)] = &[
    ("COMMON_WORDS", "kata-umum.txt"),
    ("PLACES", "tempat.txt"),
    ("PERSON_PARTS", "nama-orang.txt"),
    ("ORGANIZATIONS", "organisasi.txt"),
    ("TITLES", "gelar.txt"),
    ("ORG_HEADS", "kepala-organisasi.txt"),
    ("PLACE_HEADS", "kepala-tempat.txt"),
    ("DAYS_MONTHS", "hari-bulan.txt"),
    ("AMBIGUOUS_GIVEN", "nama-umum.txt"),
    ("COMMON_ACRONYMS", "singkatan-umum.txt"),
];

/// FNV-1a, the same function `lexicon::Table` uses to look words up.
fn fnv1a(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut out = String::new();
    for (name, file) in LISTS {
        let path = Path::new("assets/lexicon").join(file);
        println!("cargo:rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(&path)?;
        let mut words: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
        words.sort_unstable();
        words.dedup();
        write_table(&mut out, name, &format!("assets/lexicon/{file}"), &words)?;
    }
    // The first words of the gazetteers' multi-word names: a phrase lookup
    // is worth making only where one of them begins.
    let mut heads: Vec<String> = Vec::new();
    for file in ["tempat.txt", "organisasi.txt"] {
        let text = std::fs::read_to_string(Path::new("assets/lexicon").join(file))?;
        heads.extend(text.lines().map(str::trim).filter_map(|l| l.split_once(' ')).map(|(head, _)| head.to_owned()));
    }
    heads.sort_unstable();
    heads.dedup();
    write_table(&mut out, "PHRASE_HEADS", "the first words of tempat.txt and organisasi.txt", &heads.iter().map(String::as_str).collect::<Vec<_>>())?;
    let dest = Path::new(&std::env::var("OUT_DIR")?).join("lexicon_tables.rs");
    std::fs::write(dest, out)?;
    Ok(())
}

/// Append the static `Table` `name` of the sorted, distinct `words`.
fn write_table(out: &mut String, name: &str, from: &str, words: &[&str]) -> Result<(), Box<dyn std::error::Error>> {
    // One string and u32 offsets: plain data, no load-time relocations.
    let mut blob = String::new();
    let mut offsets = vec![0u32];
    for w in words {
        blob.push_str(w);
        offsets.push(u32::try_from(blob.len())?);
    }
    // Open-addressing hash index, at most half full: each slot holds the
    // entry + 1 (0 = empty) in its low 18 bits and the top 14 bits of the
    // word's hash above them, so a miss rarely reads the text.
    if words.len() >= (1 << 18) - 1 {
        return Err(format!("{from}: {} entries, the index holds 262142", words.len()).into());
    }
    let size = (words.len() * 2).next_power_of_two().max(2);
    let mut slots = vec![0u32; size];
    for (i, w) in words.iter().enumerate() {
        let hash = fnv1a(w);
        let mut h = hash as usize & (size - 1);
        while slots[h] != 0 {
            h = (h + 1) & (size - 1);
        }
        slots[h] = u32::try_from(hash >> 50)? << 18 | u32::try_from(i + 1)?;
    }
    writeln!(out, "/// Generated from {from} ({} entries), sorted.", words.len())?;
    writeln!(out, "pub static {name}: Table = Table {{ text: {blob:?}, offsets: &{offsets:?}, slots: &{slots:?} }};")?;
    Ok(())
}
