"""Curated fact lists written for warta (public facts: country and province names in their
Indonesian forms, titles, organisation heads). Imported by build_lexicons.py."""

COUNTRIES = """Afganistan|Afrika Selatan|Albania|Aljazair|Amerika|Amerika Serikat|Angola|Arab Saudi|Argentina|Armenia|Australia|Austria|Azerbaijan|
Bahrain|Bangladesh|Belanda|Belarus|Belgia|Bolivia|Bosnia|Brasil|Brazil|Brunei|Brunei Darussalam|Bulgaria|Ceko|Chili|China|Denmark|Ekuador|
Estonia|Etiopia|Fiji|Filipina|Finlandia|Georgia|Ghana|Guinea|Hongaria|Hong Kong|India|Indonesia|Inggris|Irak|Iran|Irlandia|Islandia|Israel|
Italia|Jamaika|Jepang|Jerman|Kamboja|Kamerun|Kanada|Kazakhstan|Kenya|Kolombia|Korea|Korea Selatan|Korea Utara|Kosovo|Kroasia|Kuba|Kuwait|
Laos|Latvia|Lebanon|Libanon|Liberia|Libya|Lituania|Luksemburg|Madagaskar|Makau|Malaysia|Mali|Maroko|Meksiko|Mesir|Mongolia|Montenegro|
Mozambik|Myanmar|Namibia|Nepal|Niger|Nigeria|Norwegia|Oman|Pakistan|Palestina|Panama|Papua Nugini|Paraguay|Peru|Polandia|Portugal|Prancis|Perancis|
Qatar|Rumania|Rusia|Rwanda|Selandia Baru|Senegal|Serbia|Sierra Leone|Singapura|Siprus|Skotlandia|Slovakia|Slovenia|Somalia|Spanyol|Sri Lanka|
Sudan|Sudan Selatan|Suriah|Swedia|Swiss|Taiwan|Tanzania|Thailand|Tiongkok|Timor Leste|Tunisia|Turki|Uganda|Ukraina|Uni Emirat Arab|
Uni Soviet|Uruguay|Uzbekistan|Vatikan|Venezuela|Vietnam|Yaman|Yordania|Yunani|Zambia|Zimbabwe|Eropa|Asia|Afrika|Australia|Amerika Latin|
Timur Tengah|Asia Tenggara|Asia Timur|Eropa Barat|Eropa Timur|Timur Jauh|Semenanjung Korea|Jalur Gaza|Gaza|Tepi Barat|Krimea|Taiwan|Darfur"""

CAPITALS_AND_CITIES = """Abu Dhabi|Addis Ababa|Amsterdam|Ankara|Athena|Bagdad|Baghdad|Bangkok|Beijing|Beirut|Berlin|Brussel|Budapest|Buenos Aires|
Kairo|Canberra|Damaskus|Den Haag|Doha|Dubai|Dhaka|Hanoi|Havana|Helsinki|Islamabad|Istanbul|Jenewa|Kabul|Kiev|Kyiv|Kuala Lumpur|Lisbon|
London|Los Angeles|Madrid|Manila|Mekkah|Makkah|Madinah|Melbourne|Moskow|Mumbai|Nairobi|New Delhi|New York|Oslo|Ottawa|Paris|Phnom Penh|
Pyongyang|Riyadh|Roma|Seoul|Shanghai|Singapura|Stockholm|Sydney|Taipei|Teheran|Tel Aviv|Tokyo|Tripoli|Tunis|Washington|Wina|Yerusalem|
Yangon|Vladivostok|Osaka|Hong Kong|Jeddah|Karachi|Lahore|Busan|Incheon|Davos|Munchen|Milan|Barcelona|Manchester|Liverpool|Chicago|Hiroshima"""

PROVINCES = """Aceh|Nanggroe Aceh Darussalam|Sumatera Utara|Sumatera Barat|Riau|Kepulauan Riau|Jambi|Sumatera Selatan|Bengkulu|Lampung|
Bangka Belitung|Kepulauan Bangka Belitung|DKI Jakarta|Jakarta|Jawa Barat|Banten|Jawa Tengah|Daerah Istimewa Yogyakarta|DI Yogyakarta|Yogyakarta|
Jawa Timur|Bali|Nusa Tenggara Barat|Nusa Tenggara Timur|Kalimantan Barat|Kalimantan Tengah|Kalimantan Selatan|Kalimantan Timur|
Kalimantan Utara|Sulawesi Utara|Sulawesi Tengah|Sulawesi Selatan|Sulawesi Tenggara|Gorontalo|Sulawesi Barat|Maluku|Maluku Utara|
Papua|Papua Barat|Papua Selatan|Papua Tengah|Papua Pegunungan|Papua Barat Daya|Sumatera|Sumatra|Jawa|Kalimantan|Sulawesi|Nusa Tenggara|
Madura|Lombok|Flores|Sumba|Timor|Halmahera|Ambon|Batam|Bintan|Nusantara|Jabodetabek|Jabar|Jateng|Jatim|Kaltim|Kalsel|Sulsel|Sumut|Sumbar|NTB|NTT|DIY|DKI"""

CITIES_ID = """Jakarta Pusat|Jakarta Utara|Jakarta Barat|Jakarta Selatan|Jakarta Timur|Bandung|Surabaya|Medan|Semarang|Makassar|Palembang|
Tangerang|Tangerang Selatan|Depok|Bekasi|Bogor|Malang|Solo|Surakarta|Denpasar|Padang|Pekanbaru|Balikpapan|Samarinda|Banjarmasin|Pontianak|
Manado|Kupang|Mataram|Jayapura|Sorong|Merauke|Ternate|Kendari|Palu|Mamuju|Gorontalo|Banda Aceh|Lhokseumawe|Langsa|Sabang|Jambi|Bengkulu|
Bandar Lampung|Pangkalpinang|Tanjungpinang|Serang|Cilegon|Cirebon|Tasikmalaya|Sukabumi|Cimahi|Garut|Karawang|Purwakarta|Subang|Indramayu|
Kuningan|Majalengka|Sumedang|Ciamis|Banjar|Pekalongan|Tegal|Brebes|Kudus|Demak|Jepara|Pati|Rembang|Blora|Salatiga|Magelang|Klaten|
Boyolali|Sukoharjo|Wonogiri|Karanganyar|Sragen|Purwokerto|Banyumas|Cilacap|Kebumen|Purworejo|Wonosobo|Temanggung|Kendal|Batang|Kediri|Blitar|
Madiun|Ngawi|Ponorogo|Pacitan|Trenggalek|Tulungagung|Jombang|Mojokerto|Sidoarjo|Gresik|Lamongan|Tuban|Bojonegoro|Pasuruan|Probolinggo|
Lumajang|Jember|Banyuwangi|Situbondo|Bondowoso|Bangkalan|Sampang|Pamekasan|Sumenep|Batu|Sleman|Bantul|Gunungkidul|Kulon Progo|Badung|
Gianyar|Tabanan|Buleleng|Karangasem|Klungkung|Bangli|Jembrana|Bima|Dompu|Sumbawa|Ende|Maumere|Labuan Bajo|Manggarai|Timika|Wamena|Nabire|
Biak|Manokwari|Fakfak|Raja Ampat|Tual|Ambon|Tidore|Bitung|Tomohon|Kotamobagu|Palopo|Parepare|Bulukumba|Gowa|Maros|Bone|Bulungan|Tarakan|
Nunukan|Berau|Kutai|Kutai Kartanegara|Kutai Timur|Bontang|Palangka Raya|Sampit|Kotawaringin Barat|Kotawaringin Timur|Singkawang|Ketapang|
Sambas|Banjarbaru|Tanah Bumbu|Kotabaru|Dumai|Siak|Kampar|Bengkalis|Bukittinggi|Payakumbuh|Solok|Pariaman|Sawahlunto|Padang Panjang|
Pematangsiantar|Binjai|Tebing Tinggi|Sibolga|Tanjungbalai|Deli Serdang|Karo|Nias|Toba|Samosir|Lubuklinggau|Prabumulih|Pagar Alam|
Muara Enim|Lahat|Metro|Mandalika|Yalimo|Elelim|Senayan|Menteng|Kebayoran|Cikini|Kemayoran|Tanah Abang|Kuningan|Sudirman|Thamrin|
Pulogadung|Koja|Cilincing|Tanjung Priok|Pluit|Kelapa Gading|Cempaka Putih|Matraman|Jatinegara|Cawang|Pasar Minggu|Cilandak|Pancoran|Tebet|
Kramat Jati|Ciracas|Cakung|Duren Sawit|Grogol|Cengkareng|Kalideres|Palmerah|Slipi|Glodok|Kota Tua|Monas|Puncak|Parungpanjang|Bekasi Timur|
Ciledug|Serpong|Bintaro|Cibubur|Sentul|Lebak Bulus|Blok M|Harmoni|Semanggi|Kosmodrom Vostochny|Pantura|Kaliwungu"""

# Regencies of Indonesia whose names the city list above lacks (Kemendagri's list of kabupaten).
REGENCIES = """Aceh Barat|Aceh Barat Daya|Aceh Besar|Aceh Jaya|Aceh Selatan|Aceh Singkil|Aceh Tamiang|Aceh Tengah|Aceh Tenggara|Aceh Timur|
Aceh Utara|Bener Meriah|Bireuen|Gayo Lues|Nagan Raya|Pidie|Pidie Jaya|Simeulue|Labuhanbatu|Labuhanbatu Selatan|Labuhanbatu Utara|Padang Lawas|
Padang Lawas Utara|Tapanuli Tengah|Tapanuli Utara|Tapanuli Selatan|Humbang Hasundutan|Nias Barat|Nias Selatan|Nias Utara|Pakpak Bharat|
Serdang Bedagai|Toba Samosir|Batu Bara|Mandailing Natal|Simalungun|Langkat|Asahan|Dairi|Pesisir Selatan|Solok Selatan|Pasaman|Pasaman Barat|
Lima Puluh Kota|Dharmasraya|Tanah Datar|Padang Pariaman|Agam|Sijunjung|Kepulauan Mentawai|Indragiri Hilir|Indragiri Hulu|Kuantan Singingi|
Rokan Hilir|Rokan Hulu|Kepulauan Meranti|Pelalawan|Tanjung Jabung Barat|Tanjung Jabung Timur|Muaro Jambi|Batanghari|Bungo|Kerinci|Merangin|
Sarolangun|Tebo|Ogan Komering Ulu|Ogan Komering Ulu Selatan|Ogan Komering Ulu Timur|Ogan Komering Ilir|Ogan Ilir|Musi Banyuasin|Musi Rawas|
Musi Rawas Utara|Penukal Abab Lematang Ilir|Empat Lawang|Banyuasin|Bengkulu Selatan|Bengkulu Tengah|Bengkulu Utara|Rejang Lebong|Kepahiang|
Lebong|Mukomuko|Seluma|Kaur|Lampung Barat|Lampung Selatan|Lampung Tengah|Lampung Timur|Lampung Utara|Tulang Bawang|Tulang Bawang Barat|
Pesisir Barat|Way Kanan|Pesawaran|Pringsewu|Tanggamus|Mesuji|Bangka|Bangka Barat|Bangka Selatan|Bangka Tengah|Belitung|Belitung Timur|
Kepulauan Anambas|Bintan|Karimun|Lingga|Natuna|Bandung Barat|Pangandaran|Lebak|Pandeglang|Lombok Barat|Lombok Tengah|Lombok Timur|
Lombok Utara|Sumbawa Barat|Sumba Barat|Sumba Barat Daya|Sumba Tengah|Sumba Timur|Timor Tengah Selatan|Timor Tengah Utara|Manggarai Barat|
Manggarai Timur|Flores Timur|Rote Ndao|Sabu Raijua|Malaka|Belu|Alor|Lembata|Ngada|Nagekeo|Sikka|Kubu Raya|Kayong Utara|Kapuas Hulu|Kapuas|
Sanggau|Sekadau|Sintang|Melawi|Landak|Bengkayang|Mempawah|Barito Selatan|Barito Timur|Barito Utara|Gunung Mas|Lamandau|Sukamara|Murung Raya|
Pulang Pisau|Seruyan|Katingan|Hulu Sungai Selatan|Hulu Sungai Tengah|Hulu Sungai Utara|Barito Kuala|Tanah Laut|Balangan|Tabalong|Tapin|
Kutai Barat|Mahakam Ulu|Paser|Penajam Paser Utara|Malinau|Tana Tidung|Bolaang Mongondow|Bolaang Mongondow Selatan|Bolaang Mongondow Timur|
Bolaang Mongondow Utara|Kepulauan Sangihe|Kepulauan Talaud|Minahasa|Minahasa Selatan|Minahasa Tenggara|Minahasa Utara|Banggai|
Banggai Kepulauan|Banggai Laut|Morowali|Morowali Utara|Tojo Una-Una|Parigi Moutong|Sigi|Donggala|Poso|Tolitoli|Buol|Luwu|Luwu Timur|
Luwu Utara|Pangkajene dan Kepulauan|Kepulauan Selayar|Sidenreng Rappang|Tana Toraja|Toraja Utara|Bantaeng|Barru|Enrekang|Jeneponto|Pinrang|
Sinjai|Soppeng|Takalar|Wajo|Buton|Buton Selatan|Buton Tengah|Buton Utara|Kolaka|Kolaka Timur|Kolaka Utara|Konawe|Konawe Kepulauan|
Konawe Selatan|Konawe Utara|Muna|Muna Barat|Bombana|Wakatobi|Bone Bolango|Pohuwato|Boalemo|Gorontalo Utara|Mamuju Tengah|Polewali Mandar|
Pasangkayu|Majene|Mamasa|Maluku Tengah|Maluku Tenggara|Maluku Barat Daya|Kepulauan Aru|Kepulauan Tanimbar|Seram Bagian Barat|
Seram Bagian Timur|Buru|Buru Selatan|Halmahera Barat|Halmahera Selatan|Halmahera Tengah|Halmahera Timur|Halmahera Utara|Kepulauan Sula|
Pulau Morotai|Pulau Taliabu|Keerom|Sarmi|Mamberamo Raya|Mamberamo Tengah|Puncak Jaya|Lanny Jaya|Yahukimo|Pegunungan Bintang|Teluk Bintuni|
Teluk Wondama|Sorong Selatan|Maybrat|Tambrauw|Pegunungan Arfak|Manokwari Selatan|Kaimana|Mimika|Asmat|Mappi|Boven Digoel|Nduga|Intan Jaya|
Deiyai|Dogiyai|Paniai|Kepulauan Yapen|Biak Numfor|Supiori|Waropen"""

TITLES = """Presiden|Wakil|Wapres|Menteri|Menko|Menkeu|Mendagri|Menlu|Menhan|Menkes|Mendikbud|Menag|Menkopolhukam|Menkokesra|Menpora|Mensos|Menaker|
Menparekraf|Menhub|Mentan|Menperin|Mendag|Menkominfo|Menpan|Menteri|Wamen|Menkumham|Menkum|Mensesneg|Menkopolkam|Menkopmk|
Menkomarves|Menkoperekonomian|Menristek|Menristekdikti|Mendikbudristek|Menpupr|Menpar|Menakertrans|Menhut|Menbudpar|Menegpp|Menpppa|
Menkop|Menkopukm|Menpera|Menneg|Meneg|Menpan-RB|MenPAN-RB|Menlhk|Menkumdang|Mensesneg|Menseskab|Menkoinfo|Gubernur|Wagub|Bupati|Wabup|Wali|Walkot|Wakil|Ketua|Ketum|Wakil|
Sekretaris|Sekjen|Sekda|Jenderal|Direktur|Dirut|Dirjen|Kepala|Kadis|Kabid|Kabag|Kasubag|Kapolri|Wakapolri|Kapolda|Wakapolda|Kapolres|
Kapolsek|Kapolresta|Kabareskrim|Kadiv|Karo|Kabag|Kasat|Kanit|Panit|Panglima|Pangdam|Pangkostrad|Danrem|Dandim|Danramil|Danlanal|KSAD|KSAL|
KSAU|Kasad|Kasal|Kasau|Kapuspen|Kapuspenkum|Jaksa|Kajari|Kajati|Jampidsus|Jaksa Agung|Hakim|Komisioner|Anggota|Juru|Jubir|Bicara|Pengamat|
Peneliti|Pakar|Guru|Besar|Rektor|Dekan|Dosen|Camat|Lurah|Kades|Plt|Pj|Pjs|Perdana|PM|Kanselir|Raja|Ratu|Pangeran|Putra|Mahkota|Sultan|
Dubes|Duta|Senator|Calon|Capres|Cawapres|Cagub|Cawagub|Caleg|Mantan|Eks|Kader|Politikus|Politisi|Pemimpin|Ketua|Umum|Harian|Koordinator|
Deputi|Bidang|Asisten|Staf|Khusus|Ahli|Kuasa|Hukum|Pengacara|Advokat|Kuasa|Pelatih|Kapten|Manajer|Pemain|Penyerang|Bek|Kiper|Gelandang|Bos|CEO|
Pendiri|Founder|Komisaris|Owner|Pemilik|Pengasuh|Imam|Ustaz|Ustadz|Ustazah|Kiai|Kyai|KH|Habib|Syekh|Pastor|Pendeta|Romo|Bhikkhu|
Pak|Bu|Bapak|Ibu|Mas|Mbak|Bang|Kak|Om|Tante|Dr|Dr.|dr.|Prof|Prof.|H.|Hj.|Ir.|Drs.|Dra.|Tn.|Ny.|Nn.|Sdr.|Sdri.|Brigjen|Brigjen Pol|Irjen|Komjen|
Jenderal|Letjen|Mayjen|Marsekal|Laksamana|Kolonel|Letkol|Mayor|Kapten|Lettu|Letda|Serma|Serka|Sertu|Serda|Kopral|Praka|Pratu|Prada|
Kombes|AKBP|Kompol|AKP|Iptu|Ipda|Aiptu|Aipda|Bripka|Brigpol|Briptu|Bripda|Pol|Inf|Mar|Komandan|Inspektur|Pimpinan|Pj.|Plt.|Sekretaris|
Bendahara|Penasihat|Wasekjen|Waketum|Kapuskes|Karumkit|Kabid Humas|Kasubdit|Dansat|Kasi|Bendum|Ketua DPP|Aktor|Aktris|Penyanyi|Artis|
Komedian|Sutradara|Produser|Penulis|Wartawan|Jurnalis|Reporter|Fotografer|Atlet|Pebulu|Petinju|Pembalap|Pegolf|Petenis|Pesepak|
Selebgram|Youtuber|Influencer|Tersangka|Terdakwa|Korban|Saksi|Pelaku|Warga|Nenek|Kakek|Sang|Si|
Chief|Vice|President|Officer|Director|Executive|Chairman|Managing|Head|Senior|Corporate|Communication|Communications|Relations|
Spokesperson|Analyst|Economist|Researcher|Secretary|Commissioner|Sporting|Operating|Financial|Marketing|
Penjabat|Muda|Pidana|Perdata|Reskrim|Satreskrim|Reskrimum|Reskrimsus|Lantas|Satlantas|Intelkam|Binmas|Sabhara|Humas|Ops|Propam|Resnarkoba|Satresnarkoba|Samapta"""

ORG_HEADS = """Ditjen|Komite|Konsil|Partai|Kanwil|Kementerian|Kemenko|Badan|Komisi|Dewan|Majelis|Mahkamah|Pengadilan|Kejaksaan|Kejari|Kejati|Kepolisian|Polda|Polres|Polresta|
Polrestabes|Polsek|Polri|Kodam|Korem|Kodim|Koramil|Lanud|Lantamal|Kodiklat|Kostrad|Kopassus|Densus|Brimob|Bareskrim|Dinas|Lembaga|Yayasan|
Universitas|Institut|Sekolah|Akademi|Politeknik|Fakultas|Pondok|Pesantren|Ponpes|SMA|SMP|SMK|SD|MTs|MAN|PT|CV|Tbk|Bank|Perum|Perusahaan|
Koperasi|Asosiasi|Himpunan|Ikatan|Persatuan|Perhimpunan|Gabungan|Federasi|Konfederasi|Serikat|Forum|Aliansi|Koalisi|Front|Gerakan|Tim|Timnas|Satgas|
Satuan|Pusat|Direktorat|Inspektorat|Sekretariat|Biro|Kantor|Rumah Sakit|RSUD|RSUP|RS|Klinik|Puskesmas|Pemerintah|Pemkab|Pemkot|Pemprov|DPRD|
DPP|DPW|DPC|PP|PW|PC|Kongres|Senat|Parlemen|Kabinet|Organisasi|Liga|Klub|Persib|Persija|Persebaya|Arema|Kelompok|Grup|Group|Televisi|Radio|
Harian|Majalah|Kantor Berita|Bursa|Otoritas|Ombudsman|Kamar|Perserikatan|Uni|Palang"""

PLACE_HEADS = """Provinsi|Propinsi|Halte|Makam|Kabupaten|Kota|Kecamatan|Kelurahan|Desa|Nagari|Gampong|Jorong|Pekon|Dusun|Kampung|Jalan|Jl|Jl.|Jln|Jln.|Gang|Gg.|Kompleks|Komplek|Perumahan|Pulau|
Kepulauan|Gunung|Pegunungan|Bukit|Sungai|Kali|Danau|Selat|Teluk|Tanjung|Laut|Samudra|Samudera|Pantai|Lembah|Bandara|Bandar Udara|Pelabuhan|Terminal|
Stasiun|Stadion|Gelora|Gedung|Istana|Masjid|Gereja|Pura|Vihara|Klenteng|Candi|Monumen|Museum|Taman|Hutan|Alun-alun|Lapangan|Pasar|Mal|Mall|
Plaza|Hotel|Wisma|Graha|Balai|Rumah|Lapas|Rutan|Kawasan|Wilayah|Distrik|Negara Bagian|Jembatan|Tol|Simpang|Bundaran|Kilometer|Kosmodrom|Sirkuit"""

ORG_ACRONYMS = """Angkatan Darat|Angkatan Laut|Angkatan Udara|PBB|UE|NATO|ASEAN|WHO|IMF|UNESCO|UNICEF|UNHCR|FIFA|AFC|PSSI|KONI|KOI|KPK|DPR|DPD|MPR|DPRD|TNI|Polri|KPU|KPUD|Bawaslu|MK|MA|KY|BPK|BPKP|BPS|
BI|OJK|LPS|BUMN|BUMD|PLN|KAI|Pertamina|Telkom|Garuda|Bulog|BMKG|BNPB|BPBD|Basarnas|BNN|BNPT|BIN|BAIS|BSSN|BPOM|BPJS|BKN|BKPM|Bappenas|Kemenkeu|
Kemendagri|Kemenlu|Kemenhan|Kemenkes|Kemendikbud|Kemendikbudristek|Kemenag|Kemensos|Kemnaker|Kemenhub|Kementan|Kemenperin|Kemendag|Kominfo|
Kemenkominfo|KemenPAN-RB|Kemenpora|KemenPUPR|PUPR|Kemenparekraf|ESDM|KLHK|ATR|BPN|Setneg|Kemensetneg|Setkab|KSP|Kemenko|Kemenkumham|Kemenkopolhukam|
Komnas HAM|KPAI|LPSK|Ombudsman|KPPU|PPATK|Kejagung|Kejati|Kejari|Bareskrim|Densus|Brimob|Kopassus|Kostrad|PDIP|PDI-P|PDI|Golkar|Gerindra|
NasDem|PKB|PKS|PAN|PPP|Demokrat|Hanura|Perindo|PSI|PBB|Gelora|Ummat|Partai Buruh|PKPI|Berkarya|Garuda|NU|PBNU|PWNU|Muhammadiyah|PP Muhammadiyah|
MUI|HMI|PMII|GMNI|KAMMI|IMM|GP Ansor|Banser|FPI|HTI|Kadin|Apindo|Hipmi|YLKI|ICW|Walhi|Kontras|LBH|YLBHI|AJI|PWI|IDI|PGRI|UI|UGM|ITB|IPB|
Unpad|Undip|Unair|ITS|UIN|UNJ|UNS|UB|Unhas|Unand|USU|Unsri|UMY|UII|Pemprov|Pemkab|Pemkot|Pemda|DKPP|Kompolnas|Propam|Paspampres|Kremlin|
Pentagon|Gedung Putih|Hamas|Hizbullah|Taliban|ISIS|Fatah|CNN|BBC|Reuters|AFP|AP|Xinhua|Antara|Kompas|Tempo|Detik|Tribunnews|Liputan6|Okezone|
Sindonews|Republika|Kumparan|Metro TV|TVRI|RRI|SCTV|RCTI|Indosiar|Trans7|KPU RI|Bawaslu RI|Jasa Marga|Angkasa Pura|Pelindo|Pelni|Transjakarta|
MRT|KRL|KCI|Damri|Perumnas|BTN|BRI|BNI|Mandiri|BCA|BSI|Bank Indonesia|Bank Dunia|ADB|WTO|OPEC|G20|G7|APEC|OKI|Liga Arab|Uni Afrika|
Interpol|Dewan Keamanan|KKB|OPM|MIT|JAD|JI|UNDP|FAO|ILO|IOM|ICC|ICJ|Amnesty International|Human Rights Watch|Greenpeace|Google|Apple|Microsoft|
Meta|Facebook|Instagram|Twitter|YouTube|TikTok|WhatsApp|Samsung|Toyota|Honda|Tesla|Gojek|Go-Jek|Grab|Tokopedia|Shopee|Bukalapak|Traveloka|
PDI Perjuangan|Indonesia Corruption Watch|Partai Demokrasi Indonesia Perjuangan"""

PLACE_ACRONYMS = """AS|RI|NKRI|DKI|DIY|NTB|NTT|Jabar|Jateng|Jatim|Kaltim|Kalsel|Kalbar|Kalteng|Kaltara|Sulsel|Sulut|Sulteng|Sultra|Sulbar|Sumut|Sumbar|
Sumsel|Babel|Kepri|Jabodetabek|Jaksel|Jakut|Jakbar|Jaktim|Jakpus|UEA|IKN|Tiongkok|Inggris|SPBU|TPS|Gaza|Jawa|Bali"""

FUNCTION_WORDS = """anti|pasca|pra|multi|yang|dan|di|ke|dari|untuk|dengan|pada|dalam|oleh|atau|ini|itu|tersebut|juga|tidak|tak|akan|sudah|telah|sedang|masih|bisa|dapat|
harus|perlu|ada|adalah|ialah|merupakan|menjadi|sebagai|seperti|karena|sehingga|agar|supaya|jika|kalau|apabila|bila|namun|tetapi|tapi|
melainkan|sedangkan|serta|bahkan|pun|lah|kah|dia|ia|mereka|kami|kita|saya|aku|anda|kamu|beliau|nya|para|sang|si|sejumlah|beberapa|semua|
seluruh|setiap|tiap|banyak|sedikit|lebih|kurang|paling|sangat|amat|cukup|hanya|saja|lagi|pula|kembali|baru|lama|sebelum|sesudah|setelah|
sejak|hingga|sampai|selama|ketika|saat|waktu|kemudian|lalu|lantas|akhirnya|menurut|kata|ujar|ucap|tutur|ungkap|jelas|tegas|imbuh|tambah|
sebut|terang|papar|pungkas|lanjut|katanya|ujarnya|ucapnya|tuturnya|ungkapnya|jelasnya|tegasnya|imbuhnya|tambahnya|sebutnya|terangnya|
paparnya|pungkasnya|lanjutnya|meski|meskipun|walau|walaupun|kendati|adapun|yakni|yaitu|antara|antaranya|tentang|terhadap|mengenai|soal|
bagi|demi|tanpa|via|per|se|pula|pun|hal|salah|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|ratus|ribu|juta|miliar|triliun|
pertama|kedua|ketiga|apa|siapa|mana|mengapa|kenapa|bagaimana|kapan|berapa|sementara|selain|tentu|begitu|demikian|sebab|akibat|mulai|
sekitar|kini|nanti|tadi|besok|kemarin|hari|pekan|minggu|bulan|tahun|pagi|siang|sore|malam|selanjutnya|sebelumnya|berikutnya|diketahui|
dikatakan|disebutkan|dilansir|dikutip|terkait|termasuk|terutama|sesuai|berdasarkan|bersama|sama|baik|belum|sempat|usai|mari|ayo|yuk|ya|
tidaklah|bukan|bukanlah|jangan|mesti|wajib|boleh|mau|ingin|hendak|pernah|selalu|sering|jarang|biasanya|misalnya|contohnya|padahal|maka|
jadi|pula|apalagi|lantaran|berkat|guna|hal|dikarenakan|mengingat"""

DAYS_MONTHS = """Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad|Januari|Februari|Pebruari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|
November|Nopember|Desember|Jan|Feb|Mar|Apr|Jun|Jul|Agu|Agt|Ags|Sep|Sept|Okt|Nov|Des|WIB|WITA|WIT|Lebaran|Idul|Fitri|Adha|Ramadhan|Ramadan|
Natal|Imlek|Nyepi|Waisak|Tahun Baru|Pemilu|Pilpres|Pileg|Pilkada|Pilgub|Pilwalkot|Pilbup|Covid-19|Covid|COVID-19|Corona"""

COMMON_ACRONYMS = """I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XX|BBM|KTP|KK|SIM|STNK|UU|RUU|PP|Perpres|Perppu|Permen|SK|SE|SH|MH|MM|MBA|
SDM|SDA|HAM|UKM|UMKM|UMK|UMR|UMP|APBN|APBD|PAD|PDB|GDP|PPN|PPh|NPWP|DPT|TPS|WIB|WITA|WIT|PNS|ASN|CPNS|PPPK|TKI|TKA|PMI|WNI|WNA|
BUMN|OTT|DPO|BAP|SP3|SPDP|LP|TKP|KDRT|PSBB|PPKM|PCR|APD|ICU|IGD|RS|RT|RW|SD|SMP|SMA|SMK|PAUD|TK|PTN|PTS|S1|S2|S3|IPK|UN|UNBK|PPDB|
AD|ART|AD/ART|KUHP|KUHAP|HP|TV|PC|AC|LPG|CNG|LNG|BBG|PLTU|PLTA|PLTS|MW|KW|KWH|KM|CM|KG|IT|AI|PT|CV|Tbk|NIK|QRIS|ATM|SMS|WA|DM|OK|VIP|
CEO|CFO|COO|CSR|PR|PHK|THR|BLT|BST|PKH|KIP|KIS|JKN|BPJS|MoU|LoI|FGD|RDP|RDPU|RAPBN|RAPBD|Raperda|Perda|Pergub|Perwali|Perbup|SOP|
NA|DLL|dll|dsb|OK|Munas|Munaslub|Musda|Muswil|Rakernas|Rakornas|Rapimnas|Rakor|Rakerda|Rakorda|Pansel|Pansus|Panja|Korwil|Korlap|Pilkada|Pilpres|Pileg|Pemilu|Bansos|Banpres|Sembako|Alkes|Ormas|Parpol|Capres|Cawapres|Caleg|BAB|KL|SKCK|BPKB|NJOP|IMB|PBG|SLF|AMDAL|HGU|HGB|SHM|RTRW|RDTR|TPA|TPS3R|IPAL|WC|MCK|WIFI|LED|USB|GPS|APBNP|APBN-P|APBDP|APBD-P|RAPBNP|Migas|Minerba|Kamtibmas|Sisdiknas"""

def split(s):
    return [w.strip() for w in s.replace("\n", "").split("|") if w.strip()]
