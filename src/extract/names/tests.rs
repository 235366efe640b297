use super::*;
use crate::article::{Article, Paragraph};

fn article(paras: &[&str]) -> Article {
    Article { paragraphs: paras.iter().map(|p| Paragraph::body(*p)).collect(), ..Article::default() }
}

fn find<'a>(ns: &'a [Name], name: &str) -> Option<&'a Name> {
    ns.iter().find(|n| n.name == name)
}

/// Each of `names` is an entry of `kind`.
#[track_caller]
fn assert_kinds(ns: &[Name], names: &[&str], kind: NameKind) {
    for name in names {
        assert_eq!(find(ns, name).map(|n| n.kind), Some(kind), "{name} in {ns:?}");
    }
}

#[test]
fn role_before_name_with_comma() {
    let ns = names(&article(&["Rapat dihadiri Gubernur Jawa Barat, Rudi Hartanto, dan Wali Kota Bogor Sinta Maharani."]));
    let rudi = find(&ns, "Rudi Hartanto").expect("Rudi");
    assert_eq!(rudi.kind, NameKind::Person);
    assert_eq!(rudi.role.as_deref(), Some("Gubernur Jawa Barat"));
    let sinta = find(&ns, "Sinta Maharani").expect("Sinta");
    assert_eq!(sinta.role.as_deref(), Some("Wali Kota Bogor"));
    assert_eq!(find(&ns, "Jawa Barat").map(|n| n.kind), Some(NameKind::Place));
}

#[test]
fn role_after_name_and_aliases_fold() {
    let ns = names(&article(&[
        "Pertemuan itu dihadiri Arman Siregar, Menteri Perhubungan, di Medan.",
        "Arman mengatakan jalan tol selesai tahun depan.",
    ]));
    let arman = find(&ns, "Arman Siregar").expect("Arman Siregar");
    assert_eq!(arman.role.as_deref(), Some("Menteri Perhubungan"));
    assert_eq!(arman.mentions.len(), 2);
    assert!(arman.aliases.contains(&"Arman".to_owned()));
    assert!(find(&ns, "Pertemuan").is_none());
    assert_eq!(find(&ns, "Medan").map(|n| n.kind), Some(NameKind::Place));
}

#[test]
fn sentence_starts_days_and_titles_alone_are_not_names() {
    let ns = names(&article(&[
        "Namun, pada Senin (4/3) Presiden belum hadir. Setelah itu Kapolri datang. Meskipun hujan, warga tetap berkumpul.",
    ]));
    for bad in ["Namun", "Senin", "Presiden", "Setelah", "Kapolri", "Meskipun"] {
        assert!(find(&ns, bad).is_none(), "{bad} in {ns:?}");
    }
}

#[test]
fn acronym_in_brackets_folds_into_the_organisation() {
    let ns = names(&article(&["Komisi Pemberantasan Korupsi (KPK) memeriksa saksi.", "Juru bicara KPK menyebut pemeriksaan berlanjut."]));
    let kpk = find(&ns, "Komisi Pemberantasan Korupsi").expect("KPK");
    assert_eq!(kpk.kind, NameKind::Organization);
    assert_eq!(kpk.mentions.len(), 2);
    assert!(kpk.aliases.contains(&"KPK".to_owned()));
}

#[test]
fn ambiguous_short_form_is_not_folded() {
    let ns = names(&article(&["Budi Santoso dan Budi Prasetyo hadir.", "Budi kemudian pulang lebih dulu."]));
    assert!(find(&ns, "Budi Santoso").is_some_and(|n| n.mentions.len() == 1));
    assert!(find(&ns, "Budi Prasetyo").is_some_and(|n| n.mentions.len() == 1));
}

#[test]
fn places_after_prepositions_and_organisations_by_head() {
    let ns = names(&article(&["Warga dari Sukamaju mendatangi kantor Partai Harapan Rakyat di Kabupaten Garut."]));
    assert_eq!(find(&ns, "Sukamaju").map(|n| n.kind), Some(NameKind::Place));
    assert_eq!(find(&ns, "Partai Harapan Rakyat").map(|n| n.kind), Some(NameKind::Organization));
    assert_eq!(find(&ns, "Kabupaten Garut").map(|n| n.kind), Some(NameKind::Place));
}

#[test]
fn spans_point_at_the_text() {
    let a = article(&["Menurut Dewi Lestari, harga naik.", "\"Kami siap,\" kata Dewi."]);
    for n in names(&a) {
        for m in &n.mentions {
            assert_eq!(&a.paragraphs[m.paragraph].text[m.start..m.end], m.text);
        }
    }
}

#[test]
fn nicknames_given_in_the_text_fold_into_the_person() {
    let a = article(&[
        "Direktur Utama Perum Bulog Budi Waseso hadir di Jakarta.",
        "Pria yang kerap dipanggil Buwas itu menyebut stok beras aman. \"Stok cukup,\" kata Buwas.",
    ]);
    // The panel keeps the nickname as its own entry; the mapping folds it.
    assert!(find(&names(&a), "Buwas").is_some());
    assert_eq!(crate::extract::analyze(&a).quotes[0].speaker.as_deref(), Some("Budi Waseso"));
    let ns = names_folding_nicknames(&a);
    let budi = find(&ns, "Budi Waseso").expect("Budi Waseso");
    assert!(budi.aliases.contains(&"Buwas".to_owned()), "{ns:?}");
    assert!(find(&ns, "Buwas").is_none());
}

#[test]
fn a_name_the_article_uses_alone_is_not_swallowed_by_the_role() {
    // `ipuk` and `arya` are also dictionary words, `Wisnu` also a place; the
    // article calls each person by that word alone, so it begins the name.
    let ns = names(&article(&[
        "Bupati Banyuwangi Ipuk Fiestiandani memimpin apel. \"Kita mulai hari ini,\" kata Ipuk.",
        "Kepala Departemen Politik CSIS Arya Fernandes hadir. \"Survei ini sahih,\" ujar Arya.",
        "Pemimpin Redaksi Kompas.com Wisnu Nugroho menerima penghargaan. \"Terima kasih,\" ujar Wisnu di Jakarta.",
    ]));
    let ipuk = find(&ns, "Ipuk Fiestiandani").expect("Ipuk Fiestiandani");
    assert_eq!(ipuk.role.as_deref(), Some("Bupati Banyuwangi"));
    assert_eq!(ipuk.mentions.len(), 2, "the short form folds in");
    assert!(find(&ns, "Arya Fernandes").is_some_and(|n| n.role.as_deref() == Some("Kepala Departemen Politik CSIS")));
    assert!(find(&ns, "Wisnu Nugroho").is_some());
    assert!(find(&ns, "Wisnu").is_none() && find(&ns, "Fiestiandani").is_none());
}

#[test]
fn a_month_can_be_a_given_name_but_a_date_stays_a_date() {
    let ns = names(&article(&["Direktur Departemen Kebijakan Moneter BI Juli Budi Winantya menjelaskan hal itu pada 12 Juli 2024."]));
    assert!(find(&ns, "Juli Budi Winantya").is_some(), "{ns:?}");
    let ns = names(&article(&["Pada Sabtu Joko Widodo meresmikan jalan tol."]));
    assert!(find(&ns, "Joko Widodo").is_some(), "{ns:?}");
}

#[test]
fn roles_broken_by_brackets_lowercase_roles_title_names_and_repeats() {
    let ns = names(&article(&["Ketua Satgas (Kasatgas) Pelaksanaan Pembangunan Infrastruktur Danis Sumadilaga meninjau lokasi."]));
    let danis = find(&ns, "Danis Sumadilaga").expect("Danis Sumadilaga");
    assert!(danis.role.as_deref().is_some_and(|r| r.starts_with("Ketua Satgas") && r.ends_with("Infrastruktur")), "{danis:?}");
    let ns = names(&article(&["Tuntutan itu dibacakan jaksa Syahnan di pengadilan."]));
    assert_eq!(find(&ns, "Syahnan").and_then(|n| n.role.as_deref()), Some("jaksa"));
    let ns = names(&article(&["Kasat Reskrim Polres Madiun, AKP Ryan Wira Raja Pratama mengaku siap."]));
    assert!(find(&ns, "Ryan Wira Raja Pratama").is_some(), "{ns:?}");
    let ns = names(&article(&["Bakal Capres, Prabowo Subianto Prabowo ditanya soal hukuman."]));
    assert!(find(&ns, "Prabowo Subianto").is_some() && find(&ns, "Prabowo Subianto Prabowo").is_none(), "{ns:?}");
    let ns = names(&article(&["Kepala Kantor Polsek KojaAKP Alex Chandra menjelaskan kejadian itu."]));
    assert!(find(&ns, "Alex Chandra").is_some(), "glued words split: {ns:?}");
}

#[test]
fn gazetteer_bodies_after_titles_buildings_and_given_names_in_roles() {
    let ns = names(&article(&["Peneliti Indonesia Corruption Watch (ICW) Emerson Yuntho mengatakan hal itu."]));
    assert!(find(&ns, "Indonesia Corruption Watch").is_some_and(|n| n.kind == NameKind::Organization), "{ns:?}");
    assert!(find(&ns, "Emerson Yuntho").is_some());
    let ns = names(&article(&["Ketua Umum PDI Perjuangan Megawati Soekarnoputri hadir di Jakarta."]));
    assert_eq!(find(&ns, "Megawati Soekarnoputri").and_then(|n| n.role.as_deref()), Some("Ketua Umum PDI Perjuangan"));
    let ns = names(&article(&["Acara digelar di Hotel Grand Sahid Jaya pada Senin."]));
    assert!(find(&ns, "Hotel Grand Sahid Jaya").is_some_and(|n| n.kind == NameKind::Place), "{ns:?}");
}

#[test]
fn a_name_never_runs_over_a_comma_and_village_heads_govern_places() {
    let ns = names(&article(&[
        "Anggota Tim Hukum Timnas Sejahtera, Ridwan Pratama mengatakan kliennya kooperatif.",
        "Wali Nagari Koto Baru Ateh, Samsuardi mengapresiasi sikap warga.",
    ]));
    assert!(ns.iter().all(|n| !n.name.contains(',')), "{ns:?}");
    assert_eq!(find(&ns, "Ridwan Pratama").map(|n| n.kind), Some(NameKind::Person));
    let s = find(&ns, "Samsuardi").expect("Samsuardi");
    assert_eq!(s.kind, NameKind::Person);
    assert_eq!(s.role.as_deref(), Some("Wali Nagari Koto Baru Ateh"));
    assert!(find(&ns, "Koto Baru Ateh").is_none_or(|n| n.kind != NameKind::Person));
}

#[test]
fn a_title_of_a_work_in_marks_is_not_a_person() {
    let ns = names(&article(&["Film “Langit Senja” diproduksi Budi Santoso bersama rumah produksi Cahaya."]));
    assert!(find(&ns, "Langit Senja").is_none(), "{ns:?}");
    assert_eq!(find(&ns, "Budi Santoso").map(|n| n.kind), Some(NameKind::Person));
}

#[test]
fn ordinary_words_with_a_bracketed_short_form_are_a_body_not_a_person() {
    let ns = names(&article(&[
        "Mantan Kepala Badan Pelaksana Kegiatan Usaha Hulu Migas (BP Migas) ini menetapkan Upah Minimum Provinsi (UMP) Jawa Tengah.",
    ]));
    assert!(ns.iter().all(|n| n.kind != NameKind::Person), "{ns:?}");
}

#[test]
fn a_body_that_lists_its_fields_is_one_name() {
    let ns = names(&article(&[
        "Kepala Badan Meteorologi, Klimatologi, dan Geofisika Dwi Hartono hadir bersama Partai Hijau, Partai Biru, dan Partai Merah.",
    ]));
    let b = find(&ns, "Badan Meteorologi, Klimatologi, dan Geofisika").expect("the whole body");
    assert_eq!(b.kind, NameKind::Organization);
    assert!(find(&ns, "Klimatologi").is_none(), "{ns:?}");
    assert_eq!(find(&ns, "Dwi Hartono").and_then(|n| n.role.as_deref()), Some("Kepala Badan Meteorologi, Klimatologi, dan Geofisika"));
    assert_kinds(&ns, &["Partai Hijau", "Partai Biru", "Partai Merah"], NameKind::Organization);
}

#[test]
fn pronouns_board_levels_and_common_abbreviations_are_not_names() {
    let ns = names(&article(&[
        "Ketua Dewan Pimpinan Pusat Partai Maju Rudi Hartanto meminta Munaslub digelar, sementara Pansel bekerja.",
        "Gencatan senjata gagal, tambahnya, Perundingan-perundingan tidak langsung terus berjalan karena Dia Maha Besar.",
    ]));
    assert_kinds(&ns, &["Partai Maju"], NameKind::Organization);
    for junk in ["Pusat Partai Maju", "Munaslub", "Pansel", "Perundingan-perundingan", "Dia Maha Besar"] {
        assert!(find(&ns, junk).is_none(), "{junk}: {ns:?}");
    }
}

#[test]
fn a_province_is_one_entry_with_or_without_its_head_word() {
    let ns = names(&article(&["Warga di Provinsi Jawa Tengah diminta waspada. Banjir melanda Jawa Tengah sejak Senin."]));
    let jateng = find(&ns, "Jawa Tengah").expect("Jawa Tengah");
    assert_eq!((jateng.kind, jateng.mentions.len()), (NameKind::Place, 2), "{ns:?}");
    assert!(find(&ns, "Provinsi Jawa Tengah").is_none());
}

#[test]
fn schools_keep_their_proper_words_and_a_lone_board_is_no_body() {
    let ns = names(&article(&["Mahasiswa Universitas Gajah Mada hadir. Rapat DPP memutuskan hal itu, kata Ketua DPP Partai Maju."]));
    assert_kinds(&ns, &["Universitas Gajah Mada"], NameKind::Organization);
    assert!(find(&ns, "Mada").is_none() && find(&ns, "DPP").is_none(), "{ns:?}");
}

#[test]
fn a_contracted_nickname_folds_into_the_full_name() {
    assert!(is_contraction("Buwas", &["Budi", "Waseso"]));
    assert!(is_contraction("Jokowi", &["Joko", "Widodo"]));
    assert!(!is_contraction("Budi", &["Budi", "Waseso"]));
    assert!(!is_contraction("Bowo", &["Budi", "Waseso"]));
    // Like a nickname given in the text: the speaker is the full name.
    let a = article(&[
        "Kepala Bulog Budi Waseso meninjau gudang beras di Karawang atas perintah Presiden Joko Widodo.",
        "Pria yang kerap dipanggil Buwas itu menyebut stok aman. \"Stok aman sampai Lebaran,\" kata Buwas kepada wartawan.",
    ]);
    assert_eq!(crate::extract::analyze(&a).quotes[0].speaker.as_deref(), Some("Budi Waseso"));
    let ns = names_folding_nicknames(&a);
    let budi = find(&ns, "Budi Waseso").expect("Budi Waseso");
    assert!(budi.aliases.iter().any(|a| a == "Buwas"), "{ns:?}");
}

#[test]
fn a_ticket_of_two_people_is_two_names_but_a_double_name_stays_whole() {
    let ns = names(&article(&[
        "Pasangan Joko Widodo-Jusuf Kalla unggul. Menteri Agnes Pannier-Runacher dan Jean-Marie Okwo hadir.",
        "Jusuf Kalla mengatakan hal itu kepada Joko Widodo.",
    ]));
    assert_kinds(&ns, &["Joko Widodo", "Jusuf Kalla", "Agnes Pannier-Runacher", "Jean-Marie Okwo"], NameKind::Person);
    assert!(find(&ns, "Joko Widodo-Jusuf Kalla").is_none());
}

#[test]
fn a_known_place_that_opens_with_a_title_word_is_a_place() {
    let ns = names(&article(&["Wisatawan memadati Raja Ampat pekan ini."]));
    assert_kinds(&ns, &["Raja Ampat"], NameKind::Place);
}

#[test]
fn two_bodies_joined_by_dan_stay_two() {
    let ns = names(&article(&["Koalisi itu dibentuk Partai Demokrat dan PDIP, juga Partai Hijau dan Partai Biru."]));
    assert_kinds(&ns, &["Partai Demokrat", "PDIP", "Partai Hijau", "Partai Biru"], NameKind::Organization);
}

#[test]
fn english_names_carry_their_kind_in_the_last_word() {
    let ns =
        names(&article(&["Penerbangan Delta Airlines mendarat di dekat Jakarta International Stadium, kata peneliti Tax Policy Center."]));
    assert_kinds(&ns, &["Delta Airlines"], NameKind::Organization);
    assert_kinds(&ns, &["Tax Policy Center"], NameKind::Organization);
    assert!(ns.iter().all(|n| n.kind != NameKind::Person), "{ns:?}");
    // Film and music companies too (a studio is not a place).
    let ns = names(&article(&["Film itu digarap Cahaya Pictures bersama Lentera Production, lalu diedarkan Nada Records di Bandung."]));
    assert_kinds(&ns, &["Cahaya Pictures", "Lentera Production", "Nada Records"], NameKind::Organization);
}

#[test]
fn a_place_head_inside_unknown_words_starts_a_place() {
    let ns = names(&article(&["Korban ditemukan di Desa Alue Papeun Kecamatan Nisam Antara kemarin."]));
    assert!(ns.iter().all(|n| n.kind != NameKind::Person), "{ns:?}");
}

#[test]
fn speech_verbs_are_sorted_for_binary_search() {
    assert!(SPEECH_VERBS.windows(2).all(|w| w[0] < w[1]), "keep SPEECH_VERBS sorted and without repeats");
    assert!(is_speech_verb("Katanya") && is_speech_verb("ujar") && !is_speech_verb("Jakarta"));
}

/// The tokenizer as first written, character by character: the byte-class
/// scan must give the same words.
fn tokenize_by_chars(p: &str) -> Vec<Tok<'_>> {
    let mut toks = Vec::with_capacity(p.len() / 6);
    let b = p.as_bytes();
    // The character at byte `i` (ASCII without decoding).
    let at = |i: usize| match b.get(i) {
        Some(&x) if x < 0x80 => Some(char::from(x)),
        Some(_) => p.get(i..).and_then(|s| s.chars().next()),
        None => None,
    };
    let mut pos = 0;
    let mut prev_end = 0;
    while let Some(&x) = b.get(pos) {
        // ASCII is judged by its byte; other characters are decoded.
        let c = if x < 0x80 {
            if !x.is_ascii_alphanumeric() {
                pos += 1;
                continue;
            }
            char::from(x)
        } else {
            let Some(c) = at(pos) else { break };
            if !c.is_alphanumeric() {
                pos += c.len_utf8();
                continue;
            }
            c
        };
        let i = pos;
        let mut j = pos;
        // The word goes on over letters and digits, and over `-` `'` `’`
        // `.` `&` between them.
        loop {
            match b.get(j) {
                Some(&y) if y < 0x80 => {
                    if !(y.is_ascii_alphanumeric()
                        || (matches!(y, b'-' | b'\'' | b'.' | b'&') && at(j + 1).is_some_and(char::is_alphanumeric)))
                    {
                        break;
                    }
                    j += 1;
                }
                Some(_) => match at(j) {
                    Some(c2) if c2.is_alphanumeric() || (c2 == '’' && at(j + c2.len_utf8()).is_some_and(char::is_alphanumeric)) => {
                        j += c2.len_utf8();
                    }
                    _ => break,
                },
                None => break,
            }
        }
        let mut end = j;
        let word = p.get(i..end).unwrap_or("");
        let initial_before_name = word.chars().nth(1).is_none()
            && c.is_uppercase()
            && p.get(end + 1..).is_some_and(|r| r.starts_with(' ') && r.get(1..).is_some_and(|x| x.starts_with(char::is_uppercase)));
        if b.get(end) == Some(&b'.') && (DOTTED.contains(&word) || initial_before_name) {
            end += 1;
        }
        let gap = p.get(prev_end..i).unwrap_or("");
        let sent_start = toks.is_empty() || starts_sentence(gap, toks.last().map(|t: &Tok<'_>| t.text));
        let text = p.get(i..end).unwrap_or("");
        // Words glued where a link was stripped (`kataKapolsek`, `KojaAKP`),
        // or a ticket of two people (`Widodo-Jusuf`): two tokens.
        let between_names = gap == " "
            && toks.last().is_some_and(|t: &Tok<'_>| t.cap)
            && p.get(end..).is_some_and(|r| r.starts_with(' ') && r.get(1..).is_some_and(|x| x.starts_with(char::is_uppercase)));
        let split = glued_at(text).map(|k| (k, k)).or_else(|| ticket_at(text, between_names).map(|k| (k, k + 1)));
        let cap = c.is_uppercase() || has_arabic_article(word);
        match split {
            Some((k, r)) => {
                toks.push(Tok::new(i, i + k, text.get(..k).unwrap_or(""), cap, sent_start));
                toks.push(Tok::new(i + r, end, text.get(r..).unwrap_or(""), true, false));
            }
            None => toks.push(Tok::new(i, end, text, cap, sent_start)),
        }
        prev_end = end;
        pos = end;
    }
    toks
}

fn spans_of(toks: &[Tok<'_>]) -> Vec<(usize, usize, bool, bool)> {
    toks.iter().map(|t| (t.start, t.end, t.cap, t.sent_start)).collect()
}

proptest::proptest! {
    #[test]
    fn byte_scan_tokenizes_like_the_character_loop(
        p in proptest::string::string_regex("([a-zA-Z]{1,7}|Kapolsek|Jusuf|Widodo|Dr|H|al-Sisi|el-|[ ,.!?:;()'&-]|[\"“”’–éÉ•]){0,40}").unwrap(),
    ) {
        proptest::prop_assert_eq!(spans_of(&tokenize(&p)), spans_of(&tokenize_by_chars(&p)));
    }
}

#[test]
fn lists_asked_only_of_capitalised_words_hold_only_capitalised_words() {
    // (`Tok::facts` answers no for a lowercase word without looking these up)
    use crate::lexicon::tables;
    let mut checked = 0;
    for i in 0..tables::NAMES.len() {
        let w = tables::NAMES.get(i).unwrap();
        if tables::NAMES.value_of(w).unwrap() & Facts::CAPITALISED_ONLY != 0 {
            assert!(w.starts_with(char::is_uppercase), "{w:?} does not start with a capital");
            checked += 1;
        }
    }
    assert!(checked > 50_000);
    assert!(OPEN_TITLES.iter().all(|w| w.starts_with(char::is_uppercase)), "runs test open titles only on capitalised words");
    let lower = tokenize("kata");
    assert!(!lower[0].place() && !lower[0].org_head());
}

#[test]
fn ministers_short_titles_are_roles_and_ministries_short_forms_are_bodies() {
    let ns = names(&article(&[
        "Rapat dihadiri Menkopolkam Bambang Wirayuda, Menkumham Rina Kusumastuti dan Direktur Pembinaan Kemdikbud Hasanuddin.",
        "Kemudian Kemenkeu menyusul.",
    ]));
    let bambang = find(&ns, "Bambang Wirayuda").expect("Bambang");
    assert_eq!(bambang.role.as_deref(), Some("Menkopolkam"));
    assert_eq!(find(&ns, "Rina Kusumastuti").and_then(|n| n.role.as_deref()), Some("Menkumham"));
    assert_eq!(find(&ns, "Hasanuddin").map(|n| n.kind), Some(NameKind::Person));
    assert!(find(&ns, "Kemdikbud Hasanuddin").is_none(), "{ns:?}");
    assert_eq!(find(&ns, "Kemdikbud").map(|n| n.kind), Some(NameKind::Organization));
    assert!(find(&ns, "Kemudian").is_none(), "an ordinary word of a ministry's shape: {ns:?}");
    assert!(is_ministry_form("Kemnaker") && is_ministry_form("Kemendagri") && !is_ministry_form("Kementerian Agama"));
    assert!(is_coordinating_minister("Menkomarves") && !is_coordinating_minister("Menko") && !is_coordinating_minister("Menteri"));
}

#[test]
fn a_body_after_a_title_stops_where_a_persons_name_begins() {
    // `Andi` is also a place in the gazetteer; `Johan` and `Budi` are also ordinary words.
    let ns = names(&article(&[
        "Sekretaris Kabinet Andi Widjajanto hadir. Lalu Andi pulang lebih dulu.",
        "Juru Bicara Komisi Pemberantasan Korupsi Johan Budi mengatakan pemeriksaan berlanjut.",
    ]));
    let andi = find(&ns, "Andi Widjajanto").expect("Andi Widjajanto");
    assert_eq!(andi.kind, NameKind::Person);
    assert_eq!(andi.mentions.len(), 2, "the short form `Andi` (also a place) is folded: {ns:?}");
    assert!(find(&ns, "Andi").is_none(), "{ns:?}");
    assert_eq!(andi.role.as_deref(), Some("Sekretaris Kabinet"));
    assert_kinds(&ns, &["Johan Budi"], NameKind::Person);
    assert_eq!(find(&ns, "Komisi Pemberantasan Korupsi").map(|n| n.kind), Some(NameKind::Organization));
}

#[test]
fn a_persons_nickname_in_brackets_is_its_own_entry_and_names_the_speaker() {
    let a = article(&[
        "Ketua Umum Golkar Aburizal Bakrie (Ical) datang ke Jakarta.",
        "Ical mengatakan partainya siap.",
        "Susilo Bambang Yudhoyono (SBY) juga hadir.",
    ]);
    let (ns, nicks) = names_and_nicknames(&a);
    assert!(find(&ns, "Aburizal Bakrie").is_some(), "{ns:?}");
    assert_kinds(&ns, &["Ical"], NameKind::Person);
    assert!(nicks.contains(&("Ical".to_owned(), "Aburizal Bakrie".to_owned())), "{nicks:?}");
    // Initials in brackets are a short form of a person, not an organisation.
    assert_kinds(&ns, &["Susilo Bambang Yudhoyono"], NameKind::Person);
    assert!(find(&ns, "SBY").is_none(), "{ns:?}");
    assert!(is_nickname_of("Gus Dur", "Abdurrahman Wahid") && !is_nickname_of("Soemarno", "Rini Soemarno"));
}

#[test]
fn forms_of_address_that_belong_to_the_name_make_a_person() {
    let ns = names(&article(&["Ia tidak punya kharisma seperti Gus Dur, dan Cak Nun pun diam."]));
    assert_kinds(&ns, &["Gus Dur"], NameKind::Person);
    assert_kinds(&ns, &["Cak Nun"], NameKind::Person);
}

#[test]
fn a_direction_after_a_place_names_part_of_it() {
    let ns = names(&article(&[
        "Roket ditembakkan ke Israel utara, dan pasar di Gaza selatan dan Libya Barat terbakar.",
        "Warga Jakarta tengah malam itu berkumpul di Jerman.",
    ]));
    assert_kinds(&ns, &["Israel utara", "Gaza selatan", "Libya Barat"], NameKind::Place);
    assert!(find(&ns, "Jakarta").is_some() && find(&ns, "Jakarta tengah").is_none(), "`tengah malam` is a time: {ns:?}");
    assert_eq!(direction_after(" selatan, kata"), " selatan".len());
    assert_eq!(direction_after(" utara yang"), " utara".len());
    assert_eq!(direction_after(" tengah malam"), 0);
    assert_eq!(direction_after(" selatannya"), 0);
}

#[test]
fn bodies_keep_their_election_field_and_leave_their_parent_body_apart() {
    let ns = names(&article(&[
        "Laporan itu diterima Badan Pengawas Pemilu kemarin.",
        "Pemilu digelar tahun depan.",
        "Dekan Fakultas Kehutanan UGM hadir.",
        "Koalisi Masyarakat Sipil Anti Korupsi menolak.",
    ]));
    assert_kinds(&ns, &["Badan Pengawas Pemilu"], NameKind::Organization);
    assert!(find(&ns, "Pemilu").is_none(), "an election alone is no name: {ns:?}");
    assert_kinds(&ns, &["Fakultas Kehutanan"], NameKind::Organization);
    assert_kinds(&ns, &["UGM"], NameKind::Organization);
    // A street is named after a person.
    let ns3 = names(&article(&["Diskusi digelar di Jl. Wahid Hasyim, Jakarta, lalu di Jalan Gatot Subroto."]));
    assert_eq!(find(&ns3, "Jl. Wahid Hasyim").map(|n| n.kind), Some(NameKind::Place), "{ns3:?}");
    assert_eq!(find(&ns3, "Jalan Gatot Subroto").map(|n| n.kind), Some(NameKind::Place), "{ns3:?}");
    assert!(find(&ns3, "Wahid Hasyim").is_none(), "{ns3:?}");
    // Short forms joined by a slash are one name.
    let ns2 = names(&article(&["Mahasiswa berdemo di depan Gedung DPR/MPR, Senayan."]));
    assert_eq!(find(&ns2, "Gedung DPR/MPR").map(|n| n.kind), Some(NameKind::Place), "{ns2:?}");
    assert!(find(&ns2, "MPR").is_none(), "{ns2:?}");
    assert_kinds(&ns, &["Koalisi Masyarakat Sipil Anti Korupsi"], NameKind::Organization);
}

#[test]
fn ordinary_words_with_an_abbreviation_are_a_term_not_a_body() {
    let ns = names(&article(&[
        "Harga Bahan Bakar Minyak (BBM) naik, dan tiap dokter wajib punya Surat Tanda Registrasi (STR).",
        "Tanpa STR, dokter asing tidak boleh bekerja, kata Pelaksana Kegiatan Usaha Hulu Migas (SKK Migas).",
    ]));
    for term in ["Bahan Bakar Minyak", "Surat Tanda Registrasi", "STR", "BBM"] {
        assert!(find(&ns, term).is_none(), "{term} in {ns:?}");
    }
    assert_kinds(&ns, &["Pelaksana Kegiatan Usaha Hulu Migas"], NameKind::Organization);
}

#[test]
fn initials_without_full_stops_belong_to_the_name() {
    let ns = names(&article(&["Rapat dihadiri Bibit Samad Riyanto dan M Jasin, lalu Menkopolkam Widodo AS dan Komisi I."]));
    assert_kinds(&ns, &["M Jasin"], NameKind::Person);
    assert_kinds(&ns, &["Widodo AS"], NameKind::Person);
    assert!(find(&ns, "AS").is_none() && find(&ns, "I").is_none(), "{ns:?}");
}

#[test]
fn words_that_complete_titles_name_a_bodys_field() {
    let ns = names(&article(&[
        "Partai itu lolos verifikasi Kementerian Hukum dan HAM dan Direktorat Jenderal Pajak tahun lalu.",
        "Kapal Angkatan Laut tiba di DKI Jakarta, kata Menteri Pekerjaan Umum.",
    ]));
    assert_kinds(&ns, &["Kementerian Hukum dan HAM", "Direktorat Jenderal Pajak", "Angkatan Laut"], NameKind::Organization);
    assert!(find(&ns, "Jakarta").is_some_and(|n| n.mentions[0].text == "Jakarta"), "{ns:?}");
    // Before a given name the title begins that person's role.
    let ns = names(&article(&["Peninggalannya ialah Makam Sultan Malik Al-Shaleh di Aceh."]));
    assert!(find(&ns, "Makam Sultan").is_none(), "{ns:?}");
    assert_eq!(find(&ns, "Malik Al-Shaleh").and_then(|n| n.role.as_deref()), Some("Sultan"), "{ns:?}");
}

#[test]
fn an_arabic_article_before_a_name_is_part_of_it() {
    let ns =
        names(&article(&["Ia bertemu Presiden Mesir Abdel Fattah al-Sisi di Kairo.", "Hikmat al-Hijri, pemimpin spiritual Druze, hadir."]));
    assert_kinds(&ns, &["Abdel Fattah al-Sisi"], NameKind::Person);
    assert_eq!(find(&ns, "Hikmat al-Hijri").map(|n| n.kind), Some(NameKind::Person), "an ordinary word opening the sentence: {ns:?}");
    assert!(!tokenize("al-qaida")[0].cap && tokenize("al-Qaeda")[0].cap);
}

#[test]
fn a_speech_verb_marks_a_name_only_beside_it() {
    let ns = names(&article(&[
        "\"Sejak awal kami menyatakan, Insya Allah tidak akan ada kesulitan,\" ujar Budi Santoso.",
        "\"Allah mengampuninya karena Dia Maha Pengampun,\" kata Hajrul.",
        "\"Sudah lama tersebar,\" kata, Fakra salah seorang warga.",
    ]));
    assert!(find(&ns, "Insya Allah").is_none() && find(&ns, "Maha Pengampun").is_none(), "{ns:?}");
    assert_kinds(&ns, &["Fakra"], NameKind::Person);
    assert_kinds(&ns, &["Hajrul"], NameKind::Person);
    // Ordinary words before a comma and a verb are the speaker in apposition.
    let ns = names(&article(&["\"Tidak fokus,\" ujar peneliti LSI, Ardian Sofa, menyampaikan kesimpulan survei."]));
    assert_kinds(&ns, &["Ardian Sofa"], NameKind::Person);
}

#[test]
fn a_word_before_kata_is_not_its_speaker() {
    let ns = names(&article(&["Sehinga, kata Ahmad, keputusan itu tidak berubah.", "Budi Santoso, mengatakan hal yang sama."]));
    assert!(find(&ns, "Sehinga").is_none(), "{ns:?}");
    assert_kinds(&ns, &["Ahmad"], NameKind::Person);
    assert_kinds(&ns, &["Budi Santoso"], NameKind::Person);
    assert!(speaker_follows("katanya") && speaker_follows("Ujar") && !speaker_follows("mengatakan") && !speaker_follows("berkata"));
}

#[test]
fn airlines_are_bodies() {
    let ns = names(&article(&["Penumpang Lion Air dan Sriwijaya Air tertahan.", "Pesawat Air Mauritania itu dibajak di atas Paris."]));
    assert_kinds(&ns, &["Lion Air", "Sriwijaya Air", "Air Mauritania"], NameKind::Organization);
    assert!(find(&ns, "Sriwijaya").is_none(), "{ns:?}");
}

#[test]
fn a_letter_closing_a_sentence_is_no_initial() {
    let ns = names(&article(&["Tenaga asing ditempatkan di rumah sakit tipe A atau B. Selain itu tidak boleh.", "Hadir pula M. Jasin."]));
    assert!(ns.iter().all(|n| !n.name.contains("Selain")), "{ns:?}");
    assert_kinds(&ns, &["M. Jasin"], NameKind::Person);
}

#[test]
fn a_field_and_a_common_abbreviation_belong_to_the_role() {
    let ns = names(&article(&[
        "Hal itu disampaikan Deputi Komisioner OJK Bidang Edukasi dan Perlindungan Konsumen Sri Rahayu Widodo di Bandung.",
        "Kepala SKK Migas Rudi Rubiandini ditahan KPK.",
    ]));
    let sri = find(&ns, "Sri Rahayu Widodo").expect("Sri Rahayu Widodo");
    assert_eq!(sri.role.as_deref(), Some("Deputi Komisioner OJK Bidang Edukasi dan Perlindungan Konsumen"), "{ns:?}");
    assert_eq!(find(&ns, "Rudi Rubiandini").and_then(|n| n.role.as_deref()), Some("Kepala SKK Migas"), "{ns:?}");
    assert!(ns.iter().all(|n| n.name != "Bidang Edukasi" && !n.name.starts_with("Migas")), "{ns:?}");
}

#[test]
fn secretaries_of_the_cabinet_state_and_region_are_titles() {
    let ns = names(&article(&[
        "Sekretaris Daerah Kota Bandung Ema Sumarna hadir bersama Menteri Sekretaris Negara Pratikno.",
        "Ketua Pansel diganti Menkum HAM yang baru. Warga Tanah Air menyambutnya.",
    ]));
    assert_eq!(find(&ns, "Ema Sumarna").and_then(|n| n.role.as_deref()), Some("Sekretaris Daerah Kota Bandung"), "{ns:?}");
    assert_eq!(find(&ns, "Pratikno").and_then(|n| n.role.as_deref()), Some("Menteri Sekretaris Negara"), "{ns:?}");
    assert!(find(&ns, "Menkum HAM").is_none() && find(&ns, "Tanah Air").is_none(), "{ns:?}");
}

#[test]
fn a_lowercase_kind_of_place_before_a_name_makes_it_a_place() {
    let ns = names(&article(&["Kami bertemu di restoran Gado-gado Boplo, lalu ke warung Mak Beng."]));
    assert_kinds(&ns, &["Gado-gado Boplo"], NameKind::Place);
    assert_kinds(&ns, &["Mak Beng"], NameKind::Place);
}

#[test]
fn a_buildings_name_holds_a_bodys_words() {
    let ns = names(&article(&["Ia dirawat di Rumah Sakit Pusat Pertamina, lalu dipindah ke Rumah Sakit Umum Daerah Cibinong."]));
    assert_kinds(&ns, &["Rumah Sakit Pusat Pertamina", "Rumah Sakit Umum Daerah Cibinong"], NameKind::Place);
    assert!(find(&ns, "Pusat Pertamina").is_none(), "{ns:?}");
}

#[test]
fn an_office_one_goes_to_is_a_place() {
    let ns = names(&article(&["Rapat berlangsung di Kantor Lingkaran Survei Indonesia.", "Kantor Imigrasi Bogor menolak permohonan itu."]));
    assert_kinds(&ns, &["Kantor Lingkaran Survei Indonesia"], NameKind::Place);
    assert_kinds(&ns, &["Kantor Imigrasi Bogor"], NameKind::Organization);
}

#[test]
fn a_listed_name_is_no_word_with_its_affixes_stripped() {
    // (`Megawati` would read as me- + `gawat` + -i)
    let ns = names(&article(&["Ia datang dengan Megawati kemarin."]));
    assert_kinds(&ns, &["Megawati"], NameKind::Person);
}

#[test]
fn a_hyphen_between_two_full_names_joins_two_people() {
    let ns = names(&article(&[
        "Koalisi ini mengusung Prabowo Subianto-Hatta Rajasa sebagai calon presiden.",
        "Menteri Agnès Pannier-Runacher mengatakan hal itu.",
    ]));
    assert_kinds(&ns, &["Prabowo Subianto", "Hatta Rajasa", "Agnès Pannier-Runacher"], NameKind::Person);
}

#[test]
fn the_head_of_state_is_a_title() {
    let ns = names(&article(&["Kepala Negara mengatakan hal itu.", "Kepala Negara Joko Widodo datang."]));
    assert!(find(&ns, "Negara").is_none() && find(&ns, "Negara Joko Widodo").is_none(), "{ns:?}");
    assert_eq!(find(&ns, "Joko Widodo").and_then(|n| n.role.as_deref()), Some("Kepala Negara"), "{ns:?}");
}

#[test]
fn a_fields_abbreviation_completes_a_bodys_name() {
    let ns = names(&article(&["SKK Migas menyebut produksi turun.", "Menurut SKK Migas, pejabat Ditjen Migas hadir."]));
    assert_kinds(&ns, &["SKK Migas", "Ditjen Migas"], NameKind::Organization);
}

#[test]
fn a_word_capitalised_alone_inside_a_sentence_is_a_name_the_article_uses() {
    let ns = names(&article(&[
        "Politikus PDI Perjuangan Guruh Soekarnoputra menjenguk Suhardi.",
        "Ada satu hal yang paling diingat Guruh mengenai guru besar itu, kata pejabat Kementerian Komunikasi dan Informatika serta Badan Pusat Statistik.",
    ]));
    assert_kinds(&ns, &["Guruh Soekarnoputra"], NameKind::Person);
    assert_kinds(&ns, &["Kementerian Komunikasi dan Informatika"], NameKind::Organization);
}

#[test]
fn a_bodys_short_form_tells_where_its_name_ends() {
    let ns = names(&article(&[
        "Ketua Umum Partai Keadilan dan Persatuan Indonesia (PKPI), Sutiyoso, mengaku belum tahu.",
        "Kementerian Luar Negeri dan Badan Intelijen Negara (BIN) bertemu. PKPI menolak.",
    ]));
    let pkpi = find(&ns, "Partai Keadilan dan Persatuan Indonesia").expect("PKPI spelled out");
    assert!(pkpi.aliases.contains(&"PKPI".to_owned()), "{ns:?}");
    assert_kinds(&ns, &["Kementerian Luar Negeri", "Badan Intelijen Negara"], NameKind::Organization);
    assert!(ns.iter().all(|n| !n.name.ends_with(" dan")), "{ns:?}");
}

#[test]
fn god_and_named_days_are_no_entries() {
    let ns =
        names(&article(&["Kita bersyukur kepada Allah SWT atas rahmat dari Allah SWT.", "Demi Tuhan Yang Maha Esa, kata Budi Santoso."]));
    assert!(ns.iter().all(|n| !n.name.contains("Allah") && !n.name.contains("Tuhan") && !n.name.contains("Maha")), "{ns:?}");
    assert!(find(&ns, "Budi Santoso").is_some(), "{ns:?}");
    // Nor is a named day.
    let ns = names(&article(&["Penjualan naik di Bulan Ramadhan dan Hari Raya Idul Fitri, kata Hari Tanoesoedibjo."]));
    assert!(ns.iter().all(|n| !n.name.starts_with("Hari Raya")), "{ns:?}");
    assert_kinds(&ns, &["Hari Tanoesoedibjo"], NameKind::Person);
}

#[test]
fn a_places_mention_takes_in_the_word_naming_its_kind() {
    let ns = names(&article(&["Serangan terjadi di kota Rafah dan wilayah Sumatera Selatan.", "Bantuan tiba di Rafah kemarin."]));
    let rafah = find(&ns, "Rafah").expect("Rafah");
    let texts: Vec<&str> = rafah.mentions.iter().map(|m| m.text.as_str()).collect();
    assert_eq!(texts, ["kota Rafah", "Rafah"], "{ns:?}");
    let p = "Serangan terjadi di kota Rafah dan wilayah Sumatera Selatan.";
    let m = &rafah.mentions[0];
    assert_eq!(&p[m.start..m.end], "kota Rafah");
    let sumsel = find(&ns, "Sumatera Selatan").expect("Sumatera Selatan");
    assert_eq!(sumsel.mentions[0].text, "wilayah Sumatera Selatan", "{ns:?}");
}

#[test]
fn oceans_in_either_spelling_are_places() {
    let ns = names(&article(&["Limbah itu mengalir ke Samudera Hindia dan Samudra Pasifik."]));
    assert_kinds(&ns, &["Samudera Hindia", "Samudra Pasifik"], NameKind::Place);
}

#[test]
fn a_head_with_a_bodys_short_form_is_that_body() {
    let ns = names(&article(&[
        "Kementerian Pekerjaan Umum dan Perumahan Rakyat (PUPR) khawatir.",
        "Menurut pejabat Kementerian PUPR, limbah itu berbahaya.",
    ]));
    let pupr = find(&ns, "Kementerian Pekerjaan Umum dan Perumahan Rakyat").expect("PUPR");
    assert_eq!(pupr.mentions.len(), 2, "{ns:?}");
    assert!(pupr.aliases.contains(&"Kementerian PUPR".to_owned()), "{ns:?}");
    assert!(find(&ns, "Kementerian PUPR").is_none(), "{ns:?}");
}

#[test]
fn a_models_code_is_no_body() {
    let ns = names(&article(&["Polisi menyita senjata api jenis AK-56 dan melihat jet F-16 milik TNI AU."]));
    assert!(find(&ns, "AK-56").is_none() && find(&ns, "F-16").is_none(), "{ns:?}");
    assert!(is_model_code("Su-35") && !is_model_code("PDI-P") && !is_model_code("COVID") && !is_model_code("Jokowi-JK"));
}
