//! A synthetic library made from our own sample articles: each article mixes
//! the samples' sentences with other (invented) people, places and numbers,
//! a dateline with a date, and boilerplate, to about the size asked for.
//! Shared by `benches/library.rs` and `examples/make_library.rs`.

#![allow(dead_code)]

use std::path::Path;

const SAMPLES: [&str; 2] = [include_str!("../assets/sampel-pertemuan-puncak.txt"), include_str!("../assets/sampel-pasar-flattened.txt")];

/// Invented people (given name, family name) and their roles.
const PEOPLE: [(&str, &str); 16] = [
    ("Hendra", "Wicaksono"),
    ("Ratna", "Anggraini"),
    ("Bambang", "Sutrisno"),
    ("Siti", "Rahmawati"),
    ("Agus", "Purnomo"),
    ("Dewi", "Lestari"),
    ("Yusuf", "Hidayat"),
    ("Rina", "Kartika"),
    ("Teguh", "Prasetyo"),
    ("Wulan", "Sari"),
    ("Fajar", "Nugroho"),
    ("Intan", "Permata"),
    ("Joko", "Santoso"),
    ("Maya", "Puspita"),
    ("Rudi", "Hartono"),
    ("Lina", "Marlina"),
];
const ROLES: [&str; 6] =
    ["Gubernur Jawa Tengah", "Wali Kota Semarang", "Kepala Dinas Perdagangan", "Ketua DPRD", "Bupati Demak", "Menteri Perdagangan"];
const PLACES: [&str; 10] = ["Semarang", "Surakarta", "Tegal", "Pekalongan", "Kudus", "Demak", "Jepara", "Rembang", "Brebes", "Batang"];
const SOURCES: [&str; 4] = ["Wartakita.com", "Kabar Pesisir", "Warta Ekspres", "Suara Lokal"];
const MONTHS: [&str; 12] =
    ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

/// The sentences of both samples.
fn sentences() -> Vec<String> {
    let mut out = Vec::new();
    for s in SAMPLES {
        for line in s.lines().map(str::trim).filter(|l| l.len() > 40) {
            for sent in line.split_inclusive(". ") {
                let sent = sent.trim();
                if sent.len() > 30 && !sent.starts_with("Baca") {
                    out.push(sent.to_owned());
                }
            }
        }
    }
    out
}

/// Article `i` of a synthetic library, about `bytes` long.
pub fn article(i: usize, bytes: usize) -> String {
    let pool = sentences();
    let pick = |k: usize| PEOPLE[(i * 7 + k * 3) % PEOPLE.len()];
    let (given, family) = pick(0);
    let place = PLACES[i % PLACES.len()];
    let mut out = format!(
        "{}, {} - {}, {} {} {} - {} {given} {family} meninjau {place} bersama warga.\n\n",
        place.to_uppercase(),
        SOURCES[i % SOURCES.len()],
        ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"][i % 7],
        1 + i % 28,
        MONTHS[(i / 28) % 12],
        2020 + (i / 336) % 6,
        ROLES[i % ROLES.len()],
    );
    let mut k = 0;
    while out.len() < bytes {
        let (g, f) = pick(k + 1);
        let s = pool[(i + k * 5) % pool.len()]
            .replace("Hendra Wicaksono", &format!("{g} {f}"))
            .replace("Hendra", g)
            .replace("Semarang", PLACES[(i + k) % PLACES.len()])
            .replace("tujuh", ["dua", "tiga", "lima", "enam", "delapan"][k % 5]);
        out.push_str(&s);
        out.push_str(&format!(
            " Data terakhir mencatat {} keluarga terdampak di {} pada pekan ke-{}.",
            100 + (i * 31 + k * 17) % 900,
            PLACES[(i + 2 * k) % PLACES.len()],
            k + 1
        ));
        if k % 3 == 2 {
            out.push_str(&format!("\n\n\"Kami akan menuntaskan pekerjaan ini sebelum musim hujan,\" kata {g} {f}."));
        }
        if k % 7 == 3 {
            out.push_str(&format!("\n\nBaca Juga: Harga Cabai di {} Naik Lagi", PLACES[(k + 3) % PLACES.len()]));
        }
        out.push_str("\n\n");
        k += 1;
    }
    out.push_str("Editor: Redaksi\n");
    out
}

/// Write `n` articles of about `bytes` each under `dir` (ten subfolders).
pub fn write_library(dir: &Path, n: usize, bytes: usize) -> std::io::Result<u64> {
    let mut total = 0;
    for i in 0..n {
        let sub = dir.join(format!("{:02}", i % 10));
        std::fs::create_dir_all(&sub)?;
        let text = article(i, bytes);
        total += text.len() as u64;
        std::fs::write(sub.join(format!("artikel-{i:04}.txt")), text)?;
    }
    Ok(total)
}
