//! Small word lists shared by the cleaner and the extractors. Facts about
//! Indonesian, not about any one article.

/// Words that start sentences and are capitalised only for that reason.
pub const SENTENCE_STARTERS: &[&str] = &[
    "adapun",
    "akan",
    "akhirnya",
    "akibat",
    "apa",
    "apabila",
    "apakah",
    "apalagi",
    "atas",
    "bagaimana",
    "bagi",
    "bahkan",
    "bahwa",
    "baik",
    "banyak",
    "begitu",
    "beberapa",
    "belum",
    "berbeda",
    "berdasarkan",
    "berikut",
    "bersama",
    "biasanya",
    "bila",
    "dalam",
    "dan",
    "dari",
    "demikian",
    "dengan",
    "di",
    "dia",
    "diketahui",
    "dikatakan",
    "dilansir",
    "disebutkan",
    "hal",
    "hanya",
    "hari",
    "hingga",
    "ia",
    "ini",
    "itu",
    "jadi",
    "jika",
    "juga",
    "kalau",
    "kami",
    "kamu",
    "karena",
    "kata",
    "ke",
    "kedua",
    "kemudian",
    "kenapa",
    "kendati",
    "ketika",
    "ketiga",
    "kini",
    "kita",
    "lalu",
    "maka",
    "meski",
    "meskipun",
    "mengapa",
    "menurut",
    "menurutnya",
    "mereka",
    "misalnya",
    "mulai",
    "namun",
    "nantinya",
    "oleh",
    "padahal",
    "pada",
    "para",
    "pertama",
    "saat",
    "salah",
    "sama",
    "sampai",
    "satu",
    "sebab",
    "sebagai",
    "sebelum",
    "sebelumnya",
    "sebagaimana",
    "secara",
    "sedangkan",
    "sehingga",
    "sejak",
    "sejumlah",
    "sekadar",
    "sekitar",
    "selain",
    "selama",
    "selanjutnya",
    "semua",
    "sementara",
    "sempat",
    "seperti",
    "sesuai",
    "setelah",
    "setiap",
    "siapa",
    "soal",
    "sudah",
    "tak",
    "tapi",
    "telah",
    "tentu",
    "terkait",
    "termasuk",
    "terutama",
    "tetapi",
    "tidak",
    "untuk",
    "usai",
    "walau",
    "walaupun",
    "ya",
    "yang",
];

/// Lowercase words that may stand inside a Title Case headline.
pub const HEADLINE_CONNECTORS: &[&str] = &[
    "di", "ke", "dari", "dan", "yang", "untuk", "dengan", "pada", "atau", "soal", "jadi", "vs", "ini", "itu", "tak", "hingga", "usai",
    "saat", "bagi", "oleh", "akan", "jelang", "demi", "ala", "dalam", "terkait", "atas", "sebagai", "tentang", "sejak", "tanpa", "lewat",
    "of", "the", "and", "in", "on", "for", "to", "a", "&",
];

/// Whether `word` (any case) is one of `list`.
pub fn is_in(list: &[&str], word: &str) -> bool {
    with_lowercase(word, |w| list.iter().any(|x| x.as_bytes() == w))
}

/// `f` of the bytes of `w` in lowercase; short ASCII words are lowered on
/// the stack (the lookups of the names grammar run for every capitalised word).
pub fn with_lowercase<R>(w: &str, f: impl FnOnce(&[u8]) -> R) -> R {
    let mut buf = [0u8; 32];
    if let Some(dst) = buf.get_mut(..w.len())
        && w.is_ascii()
    {
        dst.copy_from_slice(w.as_bytes());
        dst.make_ascii_lowercase();
        return f(dst);
    }
    f(lowercase(w).as_bytes())
}

/// A word list of the code as a hash set, built at first use: a lookup
/// costs one hash instead of a walk through the list.
pub struct WordSet {
    list: &'static [&'static str],
    set: std::sync::OnceLock<rustc_hash::FxHashSet<&'static [u8]>>,
}

impl WordSet {
    pub const fn new(list: &'static [&'static str]) -> Self {
        Self { list, set: std::sync::OnceLock::new() }
    }

    /// Whether the list holds `w` exactly.
    pub fn contains(&self, w: &str) -> bool {
        self.holds(w.as_bytes())
    }

    /// Whether the list holds the word of these bytes.
    pub fn holds(&self, w: &[u8]) -> bool {
        self.set.get_or_init(|| self.list.iter().map(|x| x.as_bytes()).collect()).contains(w)
    }

    /// Whether the list holds `w` in lowercase.
    pub fn contains_lowercase(&self, w: &str) -> bool {
        with_lowercase(w, |lw| self.holds(lw))
    }
}

/// `SENTENCE_STARTERS` as a set.
pub static SENTENCE_STARTER_SET: WordSet = WordSet::new(SENTENCE_STARTERS);

/// `w` in lowercase, borrowed when it is already (most words are).
pub fn lowercase(w: &str) -> std::borrow::Cow<'_, str> {
    if w.bytes().any(|b| b.is_ascii_uppercase() || b >= 0x80) {
        std::borrow::Cow::Owned(w.to_lowercase())
    } else {
        std::borrow::Cow::Borrowed(w)
    }
}

/// Words that mark a dateline's capitalised name as a news outlet, not a city.
pub const MEDIA_WORDS: &[&str] = &[
    "EKSPRES",
    "EXPRESS",
    "POS",
    "POST",
    "NEWS",
    "TIMES",
    "TRIBUN",
    "RADAR",
    "HARIAN",
    "ONLINE",
    "MEDIA",
    "KORAN",
    "TV",
    "ANTARA",
    "KOMPAS",
    "DETIK",
    "OKEZONE",
    "SINDO",
    "SINDONEWS",
    "TEMPO",
    "SUARA",
    "JAWA POS",
    "REPUBLIKA",
    "VIVA",
    "LIPUTAN6",
    "BISNIS",
    "KUMPARAN",
    "INEWS",
    "METRO",
    "PIKIRAN",
    "RAKYAT",
    "PRESS",
    "DAILY",
    "TODAY",
    "JOGLOSEMAR",
];

/// A sorted word list compiled into the binary: the words concatenated, where
/// each starts and ends, and a hash index that gives each word's value.
#[derive(Debug)]
pub struct Table {
    text: &'static str,
    offsets: &'static [u32],
    /// Hash index, probed forward from `fnv1a(word) mod len`; 0 is empty.
    /// A slot: the word's value (bits 0–15) and the top 48 bits of its hash
    /// (16–63), a fingerprint no two entries share (`build.rs` checks).
    slots: &'static [u64],
}

/// FNV-1a, as `build.rs` used to fill the hash index.
fn fnv1a(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

impl Table {
    /// Number of entries.
    pub fn len(&self) -> usize {
        self.offsets.len().saturating_sub(1)
    }

    /// Whether the table is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Entry `i`.
    pub fn get(&self, i: usize) -> Option<&'static str> {
        let (a, b) = (*self.offsets.get(i)? as usize, *self.offsets.get(i + 1)? as usize);
        self.text.get(a..b)
    }

    /// Whether the table holds `s` (by its fingerprint: see `value_of`).
    pub fn contains(&self, s: &str) -> bool {
        self.value_of(s).is_some()
    }

    /// The value of `s` when the table holds it: one probe sequence in the
    /// index, which holds each word's 48-bit fingerprint instead of its text
    /// (a lookup reads one slot; another word is taken for an entry only if
    /// their 64-bit hashes agree in 48 bits).
    pub fn value_of(&self, s: &str) -> Option<u16> {
        let n = self.slots.len();
        if n == 0 {
            return None;
        }
        let hash = fnv1a(s);
        let mut h = hash as usize & (n - 1);
        loop {
            let slot = *self.slots.get(h)?;
            if slot == 0 {
                return None;
            }
            if slot >> 16 == hash >> 16 {
                return Some(slot as u16);
            }
            h = (h + 1) & (n - 1);
        }
    }
}

/// Tables compiled from `assets/lexicon/*.txt` by `build.rs`.
pub mod tables {
    use super::Table;
    include!(concat!(env!("OUT_DIR"), "/lexicon_tables.rs"));
}

/// Whether the sorted table holds `s` exactly.
pub fn has(table: &Table, s: &str) -> bool {
    table.contains(s)
}

pub use tables::fact;

/// The facts (`fact` bits) the name lists give about `s`: 0 for a word in none.
pub fn name_facts(s: &str) -> u16 {
    tables::NAMES.value_of(s).unwrap_or(0)
}

/// Whether `word` (any case) is an ordinary Indonesian word: in the dictionary
/// directly or after removing common affixes (`Pertemuan` → `temu`).
pub fn is_common_word(word: &str) -> bool {
    // Articles repeat their words: the answer for each is kept per thread
    // (the affix stripper allocates). A key holds the word itself (its
    // length, then its bytes), so a lookup reads no string elsewhere in
    // memory; longer words, rare, are not kept.
    type Key = [u8; 24];
    thread_local! {
        static SEEN: std::cell::RefCell<rustc_hash::FxHashMap<Key, bool>> = std::cell::RefCell::new(rustc_hash::FxHashMap::default());
    }
    let mut key: Key = [0; 24];
    let Some(room) = key.get_mut(1..=word.len()) else { return common_word_uncached(word) };
    room.copy_from_slice(word.as_bytes());
    key[0] = word.len() as u8;
    if let Some(known) = SEEN.with(|s| s.borrow().get(&key).copied()) {
        return known;
    }
    let answer = common_word_uncached(word);
    SEEN.with(|s| {
        let mut s = s.borrow_mut();
        if s.len() >= 20_000 {
            s.clear();
        }
        s.insert(key, answer);
    });
    answer
}

fn common_word_uncached(word: &str) -> bool {
    let w = word.to_lowercase();
    let w = w.trim_matches(|c: char| !c.is_alphanumeric());
    if w.is_empty() {
        return false;
    }
    if has(&tables::COMMON_WORDS, w) {
        return true;
    }
    // A reduplicated word (`perundingan-perundingan`, `sayur-mayur` is not one) is as ordinary as its half.
    if let Some((a, b)) = w.split_once('-')
        && a == b
    {
        return common_word_uncached(a);
    }
    stems(w).iter().any(|s| s.len() >= 3 && has(&tables::COMMON_WORDS, s))
}

/// Candidate stems of an Indonesian word: particles, possessives and
/// derivational suffixes off the end; di-, ke-, se-, ber-, ter-, per-, me(N)-,
/// pe(N)- off the front, with the nasal changes restored.
fn stems(w: &str) -> Vec<String> {
    let mut ends: Vec<String> = vec![w.to_owned()];
    for suffixes in [&["lah", "kah", "tah", "pun"][..], &["nya", "ku", "mu"][..], &["kan", "an", "i"][..]] {
        let mut next = ends.clone();
        for e in &ends {
            for s in suffixes {
                if let Some(st) = e.strip_suffix(s)
                    && st.len() >= 3
                {
                    next.push(st.to_owned());
                }
            }
        }
        ends = next;
    }
    let mut out = Vec::new();
    for e in ends {
        out.extend(strip_prefixes(&e, 2));
        out.push(e);
    }
    out
}

fn strip_prefixes(w: &str, depth: u8) -> Vec<String> {
    if depth == 0 {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut push = |s: String| {
        if s.len() >= 3 {
            out.extend(strip_prefixes(&s, depth - 1));
            out.push(s);
        }
    };
    for p in ["di", "ke", "se", "ber", "be", "ter", "te", "per", "pe"] {
        if let Some(r) = w.strip_prefix(p) {
            push(r.to_owned());
        }
    }
    // me(N)- / pe(N)- with nasal assimilation.
    for (p, restore) in [
        ("meng", &["", "k"][..]),
        ("peng", &["", "k"][..]),
        ("meny", &["s"][..]),
        ("peny", &["s"][..]),
        ("mem", &["", "p"][..]),
        ("pem", &["", "p"][..]),
        ("men", &["", "t"][..]),
        ("pen", &["", "t"][..]),
        ("me", &[""][..]),
    ] {
        if let Some(r) = w.strip_prefix(p) {
            for x in restore {
                push(format!("{x}{r}"));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_and_find_every_entry() {
        for t in [&tables::COMMON_WORDS, &tables::NAMES] {
            assert!(t.len() > 50);
            assert!((1..t.len()).all(|i| t.get(i - 1) < t.get(i)));
            assert!((0..t.len()).all(|i| t.contains(t.get(i).unwrap())));
        }
        assert!(!tables::NAMES.contains("Zzzz Tidak Ada"));
        // (a prefix or an extension of an entry is not found through it)
        assert!(tables::NAMES.contains("Jakarta") && !tables::NAMES.contains("Jakart") && !tables::NAMES.contains("Jakartaa"));
    }

    #[test]
    fn one_lookup_gives_every_list_holding_a_name() {
        assert_ne!(name_facts("Jakarta") & fact::PLACE, 0);
        assert_ne!(name_facts("Jawa") & fact::PHRASE_HEAD, 0, "Jawa Barat, Jawa Tengah");
        assert_ne!(name_facts("Presiden") & fact::TITLE, 0);
        assert_eq!(name_facts("Presiden") & fact::PLACE, 0);
        assert_eq!(name_facts("Zzzz"), 0);
    }

    #[test]
    fn ordinary_words_with_affixes_are_recognised() {
        for w in ["Pertemuan", "Namun", "Meskipun", "Setelah", "Mengatakan", "Pemerintah", "Kebijakan", "Berdirinya", "Penyaluran"] {
            assert!(is_common_word(w), "{w}");
        }
        for w in ["Putin", "Shoigu", "Guterres", "Pyongyang", "Jokowi"] {
            assert!(!is_common_word(w), "{w}");
        }
    }
}
