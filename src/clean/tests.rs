//! Unit tests per rule, on examples written for warta (shaped like real
//! scrapes, never copied from them).

use super::*;

fn cleaned(text: &str) -> Article {
    clean_text(text, "UTF-8", &CleanOptions::default())
}

fn body(a: &Article) -> Vec<&str> {
    a.paragraphs.iter().map(|p| p.text.as_str()).collect()
}

fn removed(a: &Article) -> Vec<(BoilerKind, &str)> {
    a.removed.iter().map(|r| (r.kind, r.text.as_str())).collect()
}

#[test]
fn dateline_goes_to_metadata() {
    let a = cleaned("BANDUNG, WARTAKITA.com - Hujan deras melanda kota sejak pagi.\nWarga diminta waspada.");
    assert_eq!(body(&a), ["Hujan deras melanda kota sejak pagi.", "Warga diminta waspada."]);
    assert_eq!(a.meta.city.as_deref(), Some("BANDUNG"));
    assert_eq!(a.meta.source.as_deref(), Some("Wartakita.com"));
    assert_eq!(removed(&a), [(BoilerKind::Dateline, "BANDUNG, WARTAKITA.com -")]);
}

#[test]
fn related_line_with_glued_headlines_is_removed_whole() {
    let a = cleaned(
        "Paragraf pertama selesai.\nBaca Juga:Harga Cabai Naik Lagi di Pasar IndukWarga Antre Minyak Goreng Murah\nParagraf berikutnya.",
    );
    assert_eq!(body(&a), ["Paragraf pertama selesai.", "Paragraf berikutnya."]);
    assert_eq!(removed(&a), [(BoilerKind::Related, "Baca Juga:Harga Cabai Naik Lagi di Pasar IndukWarga Antre Minyak Goreng Murah")]);
    assert_eq!(a.removed[0].paragraph, 1);
}

#[test]
fn glued_headlines_end_where_the_sentence_starts() {
    let a = cleaned(
        "Polisi menangkap dua orang, Jumat (3/5).Baca Juga:Tarif Ojek Naik Mulai Pekan DepanSopir Angkot Mogok di Terminal KotaBudi menuturkan, pelaku sudah lama diincar. Ia menambahkan penyelidikan berlanjut.",
    );
    assert_eq!(
        body(&a),
        ["Polisi menangkap dua orang, Jumat (3/5).", "Budi menuturkan, pelaku sudah lama diincar. Ia menambahkan penyelidikan berlanjut."]
    );
    assert_eq!(removed(&a), [(BoilerKind::Related, "Baca Juga:Tarif Ojek Naik Mulai Pekan DepanSopir Angkot Mogok di Terminal Kota")]);
}

#[test]
fn marker_without_headline_keeps_the_sentence() {
    let a = cleaned("Lahan yang tersedia mencapai 70 juta ha.Baca JugaBegitu juga dengan lahan gambut yang luas.");
    assert_eq!(body(&a), ["Lahan yang tersedia mencapai 70 juta ha.", "Begitu juga dengan lahan gambut yang luas."]);
    assert_eq!(removed(&a), [(BoilerKind::Related, "Baca Juga")]);
}

#[test]
fn spaced_headline_before_a_sentence() {
    let a = cleaned(
        "Latihan berlangsung sore hari. BACA JUGA: Pelatih Baru Bawa Gaya Main Menyerang Kenapa tim memilih waktu itu? Cuaca lebih sejuk.",
    );
    assert_eq!(body(&a)[1], "Kenapa tim memilih waktu itu? Cuaca lebih sejuk.");
    assert_eq!(removed(&a), [(BoilerKind::Related, "BACA JUGA: Pelatih Baru Bawa Gaya Main Menyerang")]);
}

#[test]
fn video_teasers_and_parenthesised_links() {
    let a = cleaned(
        "Isi berita.(Baca: Jalan Tol Baru Dibuka Akhir Tahun)Kalimat lanjutan di sini.\nSimak juga Video 'Banjir Rendam Ratusan Rumah':\nTonton juga video \"Gempa Guncang Pesisir\" di sini:",
    );
    assert_eq!(body(&a), ["Isi berita.", "Kalimat lanjutan di sini."]);
    let kinds: Vec<_> = a.removed.iter().map(|r| r.kind).collect();
    assert_eq!(kinds, [BoilerKind::Related; 3]);
}

#[test]
fn ad_markers_anywhere() {
    let a = cleaned("Kalimat satu.\nSCROLL TO CONTINUE WITH CONTENT\nKalimat dua [Gambas:Video Warta] berlanjut.\nADVERTISEMENT");
    assert_eq!(body(&a), ["Kalimat satu.", "Kalimat dua berlanjut."]);
    assert!(a.removed.iter().all(|r| r.kind == BoilerKind::Ad));
    assert_eq!(a.removed.len(), 3);
}

#[test]
fn nav_page_break_keeps_what_follows() {
    let a = cleaned("Bagian pertama artikel.\nSimak selengkapnya di halaman selanjutnya.\nBagian kedua artikel tetap ada.");
    assert_eq!(body(&a), ["Bagian pertama artikel.", "Bagian kedua artikel tetap ada."]);
    assert_eq!(removed(&a), [(BoilerKind::Nav, "Simak selengkapnya di halaman selanjutnya.")]);
}

#[test]
fn glued_promo_tail() {
    let a = cleaned("\"Kami siap,\" kata dia.Ikuti berita menarik lainnya di Google News.");
    assert_eq!(body(&a), ["\"Kami siap,\" kata dia."]);
    assert_eq!(removed(&a), [(BoilerKind::Promo, "Ikuti berita menarik lainnya di Google News.")]);
}

#[test]
fn credit_tails_glued_together() {
    let a = cleaned("Harga beras turun di pasar.  Pewarta: Sari Dewi LestariEditor: Bambang H. Susilo     COPYRIGHT © WARTA 2024");
    assert_eq!(body(&a), ["Harga beras turun di pasar."]);
    assert_eq!(
        removed(&a),
        [
            (BoilerKind::Credit, "Pewarta: Sari Dewi Lestari"),
            (BoilerKind::Credit, "Editor: Bambang H. Susilo"),
            (BoilerKind::Credit, "COPYRIGHT © WARTA 2024")
        ]
    );
    assert_eq!(a.meta.author.as_deref(), Some("Sari Dewi Lestari"));
    assert_eq!(a.meta.editor.as_deref(), Some("Bambang H. Susilo"));
}

#[test]
fn editor_initials_and_syndication() {
    let a = cleaned("Acara ditutup dengan doa bersama.(rna)\nArtikel ini telah tayang di Wartakita.com dengan judul Doa Bersama.");
    assert_eq!(body(&a), ["Acara ditutup dengan doa bersama."]);
    assert_eq!(removed(&a)[0], (BoilerKind::Credit, "(rna)"));
    assert_eq!(removed(&a)[1].0, BoilerKind::Credit);
}

#[test]
fn byline_at_start_stops_before_the_sentence() {
    let a = cleaned("Oleh: Dewi Kartika Sari Senang rasanya bisa menulis lagi.");
    assert_eq!(body(&a), ["Senang rasanya bisa menulis lagi."]);
    assert_eq!(removed(&a), [(BoilerKind::Credit, "Oleh: Dewi Kartika Sari")]);
}

#[test]
fn captions() {
    let a = cleaned(
        "Isi pertama.\nPetugas memeriksa kendaraanPerbesar\nIsi kedua.\nWali kota meninjau lokasi banjir, Senin (4/3/2024). (WARTAKITA.COM/ANDI)\nIsi ketiga.",
    );
    assert_eq!(body(&a), ["Isi pertama.", "Isi kedua.", "Isi ketiga."]);
    assert!(a.removed.iter().all(|r| r.kind == BoilerKind::Caption));
}

#[test]
fn teaser_before_dateline_is_a_duplicate() {
    let a = cleaned(
        "Wali kota meresmikan pasar baru di pusat kota pada Senin pagi.\nMEDAN, WARTAKITA.com - Wali kota meresmikan pasar baru di pusat kota pada Senin pagi. Ribuan warga hadir.",
    );
    assert_eq!(body(&a), ["Wali kota meresmikan pasar baru di pusat kota pada Senin pagi. Ribuan warga hadir."]);
    assert_eq!(a.removed[0].kind, BoilerKind::Duplicate);
    assert_eq!(a.removed[1].kind, BoilerKind::Dateline);
}

#[test]
fn repeated_pull_quote_is_a_duplicate_but_first_copy_stays() {
    let a = cleaned(
        "Kami akan terus mendorong kenaikan pendapatan daerah tahun depan\nIsi berita pembuka.\n\"Kami akan terus mendorong kenaikan pendapatan daerah tahun depan,\" kata bupati.",
    );
    assert_eq!(body(&a), ["Isi berita pembuka.", "\"Kami akan terus mendorong kenaikan pendapatan daerah tahun depan,\" kata bupati."]);
    assert_eq!(a.removed[0].kind, BoilerKind::Duplicate);
}

#[test]
fn punctuation_only_paragraphs() {
    let a = cleaned("Isi.\n- -\nLagi.");
    assert_eq!(body(&a), ["Isi.", "Lagi."]);
    assert_eq!(removed(&a), [(BoilerKind::Other, "- -")]);
}

#[test]
fn raw_keeps_everything() {
    let opts = CleanOptions { raw: true, ..CleanOptions::default() };
    let a = clean_text("JAKARTA - Isi.\nBaca juga: Judul", "UTF-8", &opts);
    assert_eq!(a.paragraphs.len(), 2);
    assert!(a.removed.is_empty());
}

#[test]
fn content_with_capitals_is_not_touched() {
    let text = "Menteri Keuangan menyampaikan laporan kepada DPR.\n\"Kami optimistis,\" ujarnya di Jakarta, Selasa (12/3/2024).\nSumber daya manusia menjadi prioritas.";
    let a = cleaned(text);
    assert_eq!(body(&a).len(), 3);
    assert!(a.removed.is_empty(), "{:?}", a.removed);
}

#[test]
fn headings_and_lists() {
    let a = cleaned(
        "Pembuka artikel yang panjang sekali isinya.\nLatar Belakang\nParagraf panjang setelah subjudul dengan banyak kata di dalamnya.\n- butir pertama\n- butir kedua",
    );
    let kinds: Vec<_> = a.paragraphs.iter().map(|p| p.kind).collect();
    assert_eq!(kinds, [ParaKind::Body, ParaKind::Heading, ParaKind::Body, ParaKind::List, ParaKind::List]);
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    /// Article-shaped text: words, names, punctuation, line breaks and the
    /// boilerplate markers the rules look for, in any order.
    fn articleish() -> impl Strategy<Value = String> {
        let token = prop_oneof![
            4 => "[a-z]{1,9}",
            2 => "[A-Z][a-z]{1,8}",
            1 => "[A-Z]{2,5}",
            1 => Just(". ".to_owned()),
            1 => Just(", ".to_owned()),
            1 => Just("\n".to_owned()),
            1 => Just("   ".to_owned()),
            1 => Just("\"".to_owned()),
            1 => Just("“".to_owned()),
            1 => Just("”".to_owned()),
            1 => prop::sample::select(vec![
                "Baca Juga:", "Baca juga: ", "BACA JUGA", "Simak juga Video: ", "ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT",
                "Pewarta: ", "Editor: ", "(edh)", "(*)", "JAKARTA, WARTA.com - ", "Jakarta (ANTARA) - ", "Simak selengkapnya di halaman selanjutnya.",
                "Ikuti berita menarik lainnya di Google News.", "Perbesar", "COPYRIGHT © WARTA 2024", "kata dia", "ujarnya", "Rp1,5", "13/9/2023",
            ]).prop_map(str::to_owned),
        ];
        prop::collection::vec(token, 0..80).prop_map(|v| v.join(" "))
    }

    fn words(s: &str) -> Vec<String> {
        let mut w: Vec<String> = s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_owned).collect();
        w.sort();
        w
    }

    proptest! {
        #![proptest_config(crate::testing::proptest_config(400))]

        /// The quick trim gives what `str::trim` gives, white space of any
        /// kind at either end or none.
        #[test]
        fn quick_trim_is_trim(s in "[ \t\n\u{a0}\u{2003}\u{3000}\u{85}a-zA-Z.,é“”]{0,12}") {
            prop_assert_eq!(super::super::trim(&s), s.trim());
        }

        #[test]
        fn never_panics_on_arbitrary_input(text in "\\PC{0,300}") {
            let a = cleaned(&text);
            for p in &a.paragraphs {
                prop_assert!(!p.text.is_empty());
            }
        }

        #[test]
        fn never_panics_on_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
            let d = crate::input::decode(&bytes, None);
            let _ = cleaned(&d.text);
        }

        #[test]
        fn every_input_word_is_kept_or_removed(text in articleish()) {
            let a = cleaned(&text);
            let mut out = String::new();
            for p in &a.paragraphs {
                out.push_str(&p.text);
                out.push('\n');
            }
            for r in &a.removed {
                out.push_str(&r.text);
                out.push('\n');
            }
            let input = crate::input::sanitize(&crate::input::repair_mojibake(&text));
            prop_assert_eq!(words(&input), words(&out));
        }

        #[test]
        fn cleaning_is_idempotent(text in articleish()) {
            let once = cleaned(&text);
            // The clean text in its plain form: paragraphs separated by blank lines.
            let again = cleaned(&once.paragraphs.iter().map(|p| p.text.as_str()).collect::<Vec<_>>().join("\n\n"));
            let a: Vec<&str> = once.paragraphs.iter().map(|p| p.text.as_str()).collect();
            let b: Vec<&str> = again.paragraphs.iter().map(|p| p.text.as_str()).collect();
            prop_assert_eq!(a, b);
        }
    }
}
#[test]
fn copies_of_the_dateline_around_boilerplate_all_go() {
    // A scraper's repeated datelines with an ad marker between them: nothing is content.
    let a = cleaned("JAKARTA, WARTA.com -  SCROLL TO CONTINUE WITH CONTENT \n JAKARTA, WARTA.com -  JAKARTA, WARTA.com - ");
    assert!(a.paragraphs.is_empty(), "{:?}", a.paragraphs);
    assert_eq!(a.removed.iter().filter(|r| r.kind == BoilerKind::Dateline).count(), 3);
    let a = cleaned("JAKARTA, WARTA.com - ADVERTISEMENT JAKARTA, WARTA.com - Harga beras naik lagi pekan ini di pasar induk.");
    assert_eq!(a.paragraphs.len(), 1);
    assert!(a.paragraphs[0].text.starts_with("Harga beras naik"), "{:?}", a.paragraphs);
}

#[test]
fn a_quoted_term_inside_a_related_headline_stays_with_it() {
    let a = cleaned(
        "Warga memadati alun-alun sejak pagi.\n\nBaca juga: Pemkot soroti fenomena \"Kota Pintar\" bagi pelayanan warga\n\nDi sisi lain, pedagang kecil ikut meramaikan acara.",
    );
    assert_eq!(body(&a), ["Warga memadati alun-alun sejak pagi.", "Di sisi lain, pedagang kecil ikut meramaikan acara."]);
    assert!(
        removed(&a).contains(&(BoilerKind::Related, "Baca juga: Pemkot soroti fenomena \"Kota Pintar\" bagi pelayanan warga")),
        "{:?}",
        a.removed
    );
    // A quotation opening after the headline is where the article goes on.
    let a = cleaned("Baca juga: Pemkot Siapkan Taman Baru \"Kami ingin warga punya ruang bermain, dan itu segera,\" kata wali kota.");
    assert_eq!(body(&a), ["\"Kami ingin warga punya ruang bermain, dan itu segera,\" kata wali kota."]);
    // A closing mark glued to the next sentence still ends the headline.
    let a = cleaned("Baca juga: Wali kota resmikan \"Taman Baru\"Pengunjung datang sejak pagi hari.");
    assert_eq!(body(&a), ["Pengunjung datang sejak pagi hari."]);
}

#[test]
fn the_sentence_after_a_headline_starts_with_its_capital() {
    let a = cleaned(
        "Warga berkumpul sejak pagi. Baca Juga: Tanda-Tanda Musim Hujan dan Kemarau Hanya di desa ini, warga menanam padi dua kali setahun. Hasil panen pun melimpah.",
    );
    assert_eq!(
        body(&a),
        ["Warga berkumpul sejak pagi.", "Hanya di desa ini, warga menanam padi dua kali setahun. Hasil panen pun melimpah."]
    );
}

#[test]
fn a_sentence_glued_after_a_headline_is_kept_even_at_the_paragraph_end() {
    // The paragraph ends with the sentence's full stop, not the headline's.
    let a = cleaned("Baca Juga: 10 Tanda Musim Hujan Jadi, seperti kata petani, hujan turun lebih awal tahun ini.");
    assert_eq!(body(&a), ["Jadi, seperti kata petani, hujan turun lebih awal tahun ini."]);
    // A starter word with its comma still starts the sentence.
    let a = cleaned(
        "Hujan turun sejak pagi. Baca Juga: Petani dan Sawah, Panen pada Musim Hujan Maka, kata petani, panen tahun ini lebih awal. Hasilnya pun melimpah.",
    );
    assert_eq!(body(&a), ["Hujan turun sejak pagi.", "Maka, kata petani, panen tahun ini lebih awal. Hasilnya pun melimpah."]);
}

#[test]
fn date_lines_contact_lines_sign_ups_and_agency_credits() {
    let a = cleaned(
        "Selasa, 23/02/2016 15:32 WIB\n\nWarga memadati alun-alun kota sejak pagi untuk mengikuti upacara.\n\nPeserta upacara berbaris di lapangan. (REUTERS / Budi Santoso)\n\nRedaksi: redaksi[at]wartakita.com\n\nInformasi pemasangan iklan\n\nEmail berhasil dikirim, sekarang anda sudah berlangganan",
    );
    assert_eq!(body(&a), ["Warga memadati alun-alun kota sejak pagi untuk mengikuti upacara.", "Peserta upacara berbaris di lapangan."]);
    let kinds: Vec<BoilerKind> = a.removed.iter().map(|r| r.kind).collect();
    for k in [BoilerKind::Other, BoilerKind::Caption, BoilerKind::Credit, BoilerKind::Ad, BoilerKind::Promo] {
        assert!(kinds.contains(&k), "{k:?} missing: {:?}", a.removed);
    }
    // A sentence with a date in it is content.
    let a = cleaned("Selasa, 23 Februari 2016 pukul 15.32 WIB, warga mulai mengungsi ke balai desa.");
    assert_eq!(a.paragraphs.len(), 1);
}

#[test]
fn widget_words_after_a_pages_last_sentence_go() {
    let page = |paras: &[&str]| {
        let meta = Meta { format: Format::Html, ..Meta::default() };
        clean_paragraphs(paras.iter().map(|p| (*p).to_owned()).collect(), meta, &CleanOptions::default())
    };
    let a = page(&["Harga cabai naik tajam pekan ini.", "Pedagang berharap pasokan kembali normal.", "Credits (2)", "Success"]);
    assert_eq!(body(&a), ["Harga cabai naik tajam pekan ini.", "Pedagang berharap pasokan kembali normal."]);
    assert!(removed(&a).contains(&(BoilerKind::Other, "Success")), "{:?}", a.removed);
    // A short line that ends like a sentence stays, and so does a lone paragraph.
    assert_eq!(page(&["Harga cabai naik.", "Itu saja."]).paragraphs.len(), 2);
    assert_eq!(page(&["Judul Saja"]).paragraphs.len(), 1);
    // In plain text the writer's short last line stays.
    assert_eq!(cleaned("Harga cabai naik tajam pekan ini.\n\nSemoga bermanfaat").paragraphs.len(), 2);
}

#[test]
fn word_hashes_ignore_case_and_punctuation_in_any_script() {
    let a = word_hashes("Kata-kata, ÉCOLE  Ümit 12% «Dalam»");
    assert_eq!(a.len(), 6);
    assert_eq!(a, word_hashes("kata kata école ümit 12 dalam"));
    assert_ne!(a, word_hashes("kata kata ecole ümit 12 dalam"));
    assert!(word_hashes(" — … ").is_empty());
    // Words past eight bytes, digits, a word that turns non-ASCII at its end.
    let long = word_hashes("PEMBERANTASAN Korupsi2024 kafé");
    assert_eq!(long, word_hashes("pemberantasan korupsi2024 KAFÉ"));
    assert_eq!(long.len(), 3);
    assert_ne!(long, word_hashes("pemberantasan korupsi2025 kafé"));
    assert_ne!(word_hashes("kafé"), word_hashes("kaf"));
    assert_eq!(word_hashes("abcdefgh"), word_hashes("ABCDEFGH."));
    assert_ne!(word_hashes("abcdefgh"), word_hashes("abcdefghi"));
}

#[test]
fn a_long_text_cleaned_on_several_threads_keeps_its_order() {
    // Over `parallel::PARALLEL_BYTES`, so the paragraph steps are shared out;
    // every paragraph differs (no duplicates), every tenth line is a
    // related-article line to remove.
    let mut text = String::new();
    let mut want_body = Vec::new();
    let mut want_removed = Vec::new();
    let mut i = 0;
    while text.len() < parallel::PARALLEL_BYTES + (64 << 10) {
        let p = format!("Warga kampung nomor {i} menanam padi di sawah seluas {} hektare bersama petani muda desa itu.", i * 3 + 7);
        text.push_str(&p);
        text.push('\n');
        want_body.push(p);
        if i % 10 == 9 {
            let r = format!("Baca juga: Harga gabah nomor {i} naik lagi");
            text.push_str(&r);
            text.push('\n');
            want_removed.push((BoilerKind::Related, r, want_body.len()));
        }
        i += 1;
    }
    let a = cleaned(&text);
    assert_eq!(body(&a), want_body.iter().map(String::as_str).collect::<Vec<_>>());
    let got: Vec<(BoilerKind, String, usize)> = a.removed.iter().map(|r| (r.kind, r.text.clone(), r.paragraph)).collect();
    assert_eq!(got, want_removed);
}

#[test]
fn a_dateline_alone_before_the_first_paragraph_goes_to_metadata() {
    const ARTICLE: &str = "Hujan deras melanda kota sejak pagi hari ini.";
    // (text, city, a piece of boilerplate removed with it, datelines removed)
    type Case = (&'static str, &'static str, Option<(BoilerKind, &'static str)>, usize);
    let cases: &[Case] = &[
        ("Judul Berita Hari Ini\n\nSURABAYA -\n\n", "SURABAYA", Some((BoilerKind::Dateline, "SURABAYA -")), 1),
        // with only boilerplate after it, or before it as well
        ("JAKARTA, WARTA.com - Baca juga: Judul lain\n\n", "JAKARTA", Some((BoilerKind::Related, "Baca juga: Judul lain")), 1),
        ("ADVERTISEMENT JAKARTA, WARTA.com - Baca juga: Judul lain\n\n", "JAKARTA", Some((BoilerKind::Ad, "ADVERTISEMENT")), 1),
        // an ad marker before a dateline is no part of its city
        ("ADVERTISEMENT JAKARTA - ", "JAKARTA", Some((BoilerKind::Ad, "ADVERTISEMENT")), 1),
        // a second dateline right after the first
        ("Jakarta (ANTARA) - JAKARTA, WARTA.com -\n\n", "Jakarta", None, 2),
        // stray punctuation between them is no paragraph of the article
        ("SURABAYA -\n\n\"\n\n", "SURABAYA", None, 1),
    ];
    for &(before, city, piece, datelines) in cases {
        let a = cleaned(&format!("{before}{ARTICLE}\n\nWarga diminta waspada."));
        assert_eq!(body(&a), [ARTICLE, "Warga diminta waspada."], "{before:?}");
        assert_eq!(a.meta.city.as_deref(), Some(city), "{before:?}");
        assert!(piece.is_none_or(|p| removed(&a).contains(&p)), "{before:?}: {:?}", removed(&a));
        assert_eq!(removed(&a).iter().filter(|(k, _)| *k == BoilerKind::Dateline).count(), datelines, "{before:?}");
    }
    // A dash ending a line that no article follows is not one.
    let b = cleaned("Daftar kota:\n\nSURABAYA -\n\nbanjir di beberapa tempat.");
    assert!(body(&b).contains(&"SURABAYA -"));
    assert!(!removed(&b).iter().any(|(k, _)| *k == BoilerKind::Dateline));
}
