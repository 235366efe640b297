//! Compiles the word lists in assets/lexicon/ into sorted static tables with a
//! hash index, so a lookup reads one slot and nothing is parsed at start-up.

use std::fmt::Write as _;
use std::path::Path;

/// The dictionary of ordinary words: a table of its own.
const COMMON_WORDS: &str = "kata-umum.txt";

/// The name lists: one table of all their entries, each with the facts
/// (bits) of the lists that hold it, so one lookup answers every list.
const NAME_LISTS: &[(&str, &str)] = &[
    ("PLACE", "tempat.txt"),
    ("ORGANIZATION", "organisasi.txt"),
    ("PERSON_PART", "nama-orang.txt"),
    ("TITLE", "gelar.txt"),
    ("ORG_HEAD", "kepala-organisasi.txt"),
    ("PLACE_HEAD", "kepala-tempat.txt"),
    ("DAY_MONTH", "hari-bulan.txt"),
    ("AMBIGUOUS_GIVEN", "nama-umum.txt"),
    ("COMMON_ACRONYM", "singkatan-umum.txt"),
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
    // On Linux the binary is linked at a fixed address. A position-independent
    // executable must have every pointer in its constant tables (the HTML
    // entity tables of the readability crates alone hold ~20,000) written at
    // each start, which copies ~170 pages: about a millisecond of a 4 ms run
    // on a short article. Linked at a fixed address, the linker writes them.
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux") {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
    let read = |file: &str| -> Result<String, Box<dyn std::error::Error>> {
        let path = Path::new("assets/lexicon").join(file);
        println!("cargo:rerun-if-changed={}", path.display());
        Ok(std::fs::read_to_string(&path)?)
    };
    let entries = |text: &str| -> Vec<String> { text.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned).collect() };
    let mut out = String::new();
    let mut common = entries(&read(COMMON_WORDS)?);
    common.sort_unstable();
    common.dedup();
    write_table(
        &mut out,
        "COMMON_WORDS",
        &format!("assets/lexicon/{COMMON_WORDS}"),
        &common.iter().map(|w| (w.as_str(), 0)).collect::<Vec<_>>(),
    )?;
    // Every name entry with the facts of the lists that hold it; the first
    // words of the places' and organisations' multi-word names are a fact
    // too (a phrase lookup is worth making only where one begins).
    let mut facts: std::collections::BTreeMap<String, u16> = std::collections::BTreeMap::new();
    writeln!(out, "/// Facts of `NAMES` entries: the lists that hold a word.")?;
    writeln!(out, "pub mod fact {{")?;
    for (bit, (name, file)) in NAME_LISTS.iter().enumerate() {
        let bit = 1u16 << bit;
        writeln!(out, "    /// In assets/lexicon/{file}.\n    pub const {name}: u16 = {bit};")?;
        for e in entries(&read(file)?) {
            if matches!(*name, "PLACE" | "ORGANIZATION")
                && let Some((head, _)) = e.split_once(' ')
            {
                *facts.entry(head.to_owned()).or_default() |= 1 << NAME_LISTS.len();
            }
            *facts.entry(e).or_default() |= bit;
        }
    }
    writeln!(
        out,
        "    /// The first word of a multi-word place or organisation.\n    pub const PHRASE_HEAD: u16 = {};",
        1u16 << NAME_LISTS.len()
    )?;
    writeln!(out, "}}")?;
    let words: Vec<(&str, u16)> = facts.iter().map(|(w, &f)| (w.as_str(), f)).collect();
    write_table(&mut out, "NAMES", "the name lists of assets/lexicon", &words)?;
    let dest = Path::new(&std::env::var("OUT_DIR")?).join("lexicon_tables.rs");
    std::fs::write(dest, out)?;
    Ok(())
}

/// Append the static `Table` `name` of the sorted, distinct `words`, each
/// with its value (the facts of a name; 0 in a plain word list).
fn write_table(out: &mut String, name: &str, from: &str, words: &[(&str, u16)]) -> Result<(), Box<dyn std::error::Error>> {
    // One string and u32 offsets: plain data, no load-time relocations.
    let mut blob = String::new();
    let mut offsets = vec![0u32];
    for (w, _) in words {
        blob.push_str(w);
        offsets.push(u32::try_from(blob.len())?);
    }
    // Open-addressing hash index, at most 70 % full. A slot holds all a
    // lookup needs, so a lookup reads one slot and nothing else (a cache miss
    // in a table this size, which the text would double): the word's value
    // (bits 0–15) and the top 48 bits of its 64-bit hash (16–63) as its
    // fingerprint; no two entries may share one. 0 is an empty slot.
    let mut size = words.len().next_power_of_two().max(2);
    if words.len() * 10 > size * 7 {
        size *= 2;
    }
    let mut slots = vec![0u64; size];
    let mut prints = std::collections::HashSet::new();
    for (w, value) in words {
        let hash = fnv1a(w);
        let print = hash >> 16;
        if print == 0 || !prints.insert(print) {
            return Err(format!("{from}: {w:?} has a fingerprint of 0 or one another entry has").into());
        }
        let mut h = hash as usize & (size - 1);
        while slots[h] != 0 {
            h = (h + 1) & (size - 1);
        }
        slots[h] = print << 16 | u64::from(*value);
    }
    writeln!(out, "/// Generated from {from} ({} entries), sorted.", words.len())?;
    writeln!(out, "pub static {name}: Table = Table {{ text: {blob:?}, offsets: &{offsets:?}, slots: &{slots:?} }};")?;
    Ok(())
}
