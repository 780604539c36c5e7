"""Indonesian-like words, titles and bodies for the scale data: cheap to make, plausible to read.

Bodies are assembled from a pool of pre-built paragraphs so that a million of them cost string
joins, not sentence generation. Nothing here contains a tab, newline or backslash, which lets the
COPY writer skip escaping on the hot path.
"""

# Cities and towns per province code (demo.units.PROVINCES), for unit names and datelines.
CITIES = {
    "11": "Banda Aceh,Lhokseumawe,Langsa,Meulaboh,Takengon,Sigli,Bireuen",
    "12": "Medan,Binjai,Pematangsiantar,Tebing Tinggi,Sibolga,Tanjung Balai,Padangsidimpuan,Kabanjahe,Rantauprapat,Lubuk Pakam",
    "13": "Padang,Bukittinggi,Payakumbuh,Solok,Sawahlunto,Pariaman,Batusangkar",
    "14": "Pekanbaru,Dumai,Bengkalis,Bangkinang,Rengat,Selatpanjang,Pasir Pengaraian",
    "15": "Jambi,Muara Bungo,Kuala Tungkal,Sarolangun,Muara Bulian,Sungai Penuh",
    "16": "Palembang,Lubuklinggau,Prabumulih,Lahat,Muara Enim,Kayuagung,Baturaja,Sekayu",
    "17": "Bengkulu,Curup,Manna,Argamakmur,Mukomuko",
    "18": "Bandar Lampung,Metro,Kalianda,Kotabumi,Kota Agung,Gunung Sugih,Way Kanan",
    "19": "Pangkalpinang,Tanjung Pandan,Sungailiat,Mentok,Koba",
    "21": "Batam,Tanjung Pinang,Karimun,Natuna,Lingga",
    "31": "Cipinang,Salemba,Pondok Bambu,Jakarta Pusat,Jakarta Timur,Jakarta Selatan,Jakarta Utara,Jakarta Barat",
    "32": "Bandung,Sukamiskin,Bogor,Depok,Bekasi,Cirebon,Sukabumi,Tasikmalaya,Garut,Karawang,Purwakarta,Subang,Indramayu,Kuningan,Banjar,Cianjur,Gunung Sindur,Cibinong",
    "33": "Semarang,Surakarta,Magelang,Pekalongan,Tegal,Salatiga,Kudus,Pati,Purwokerto,Cilacap,Nusakambangan,Permisan,Kebumen,Wonosobo,Klaten,Boyolali,Sragen,Wonogiri,Jepara,Rembang,Blora,Batang,Kendal,Demak,Purworejo,Banjarnegara",
    "34": "Yogyakarta,Wates,Wonosari,Sleman,Bantul",
    "35": "Surabaya,Porong,Malang,Lowokwaru,Kediri,Madiun,Blitar,Jember,Banyuwangi,Pasuruan,Probolinggo,Mojokerto,Sidoarjo,Lamongan,Tuban,Bojonegoro,Ngawi,Ponorogo,Pacitan,Tulungagung,Trenggalek,Lumajang,Bondowoso,Situbondo,Pamekasan,Sumenep,Bangkalan",
    "36": "Serang,Tangerang,Cilegon,Pandeglang,Rangkasbitung",
    "51": "Denpasar,Kerobokan,Singaraja,Tabanan,Gianyar,Karangasem,Bangli,Negara",
    "52": "Mataram,Selong,Praya,Sumbawa Besar,Bima,Dompu",
    "53": "Kupang,Atambua,Ende,Maumere,Ruteng,Waingapu,Kalabahi,Kefamenanu,Soe",
    "61": "Pontianak,Singkawang,Sambas,Ketapang,Sintang,Putussibau,Sanggau",
    "62": "Palangka Raya,Sampit,Pangkalan Bun,Kuala Kapuas,Muara Teweh",
    "63": "Banjarmasin,Banjarbaru,Martapura,Kotabaru,Barabai,Amuntai,Tanjung",
    "64": "Samarinda,Balikpapan,Bontang,Tenggarong,Tanah Grogot,Tanjung Redeb",
    "65": "Tarakan,Nunukan,Tanjung Selor,Malinau",
    "71": "Manado,Bitung,Tondano,Kotamobagu,Tahuna",
    "72": "Palu,Poso,Luwuk,Tolitoli,Donggala,Ampana",
    "73": "Makassar,Parepare,Palopo,Watampone,Bulukumba,Sengkang,Sinjai,Takalar,Jeneponto,Maros",
    "74": "Kendari,Baubau,Raha,Kolaka,Unaaha",
    "75": "Gorontalo,Limboto,Marisa",
    "76": "Mamuju,Majene,Polewali",
    "81": "Ambon,Tual,Masohi,Saumlaki,Namlea",
    "82": "Ternate,Tobelo,Labuha,Sanana",
    "91": "Jayapura,Abepura,Biak,Serui,Sarmi",
    "92": "Manokwari,Fakfak,Kaimana",
    "93": "Merauke,Tanah Merah",
    "94": "Nabire,Timika",
    "95": "Wamena",
    "96": "Sorong,Teminabuan",
}
CITIES = {code: names.split(",") for code, names in CITIES.items()}

FIRST_NAMES = [
    "Agus", "Budi", "Citra", "Dewi", "Eko", "Fitri", "Gilang", "Hendra", "Indah", "Joko",
    "Kartika", "Lestari", "Made", "Nur", "Oktaviani", "Putu", "Rina", "Siti", "Teguh", "Umar",
    "Wahyu", "Yuli", "Zainal", "Ayu", "Bambang", "Dian", "Fajar", "Hadi", "Iwan", "Lina",
    "Maya", "Nyoman", "Rizky", "Sri", "Tri", "Wayan", "Yusuf", "Andi", "Ketut", "Ratna",
]  # fmt: skip
LAST_NAMES = [
    "Wibowo", "Lestari", "Santoso", "Saputra", "Hidayat", "Pratama", "Setiawan", "Nugroho",
    "Kurniawan", "Siregar", "Nasution", "Simanjuntak", "Harahap", "Sembiring", "Wijaya",
    "Rahman", "Hakim", "Susanto", "Purnomo", "Halim", "Tanjung", "Manurung", "Pangaribuan",
    "Putri", "Utami", "Handayani", "Permana", "Ramadhan", "Syahputra", "Mahendra",
]  # fmt: skip

VERBS = [
    "Gelar", "Ikuti", "Laksanakan", "Terima", "Sambut", "Dukung", "Perkuat", "Resmikan",
    "Tingkatkan", "Serahkan", "Hadiri", "Adakan", "Luncurkan", "Jalin", "Wujudkan", "Raih",
    "Ajak", "Lakukan", "Berikan", "Kunjungi", "Tandatangani", "Canangkan", "Sosialisasikan",
]  # fmt: skip
OBJECTS = [
    "Pembinaan Kemandirian", "Pelatihan Keterampilan Las", "Razia Kamar Hunian",
    "Penyuluhan Narkoba", "Upacara Hari Bhakti Pemasyarakatan", "Bakti Sosial",
    "Pemeriksaan Kesehatan Gratis", "Kunjungan Keluarga Tatap Muka", "Remisi Hari Raya",
    "Pembebasan Bersyarat", "Penandatanganan Pakta Integritas", "Sosialisasi Zona Integritas",
    "Lomba Kebersihan Blok", "Panen Raya Sayuran", "Pelatihan Barista", "Pameran Hasil Karya",
    "Tes Urine Petugas", "Apel Siaga", "Pengajian Akbar", "Ibadah Natal Bersama",
    "Rapat Koordinasi Keamanan", "Asimilasi Kerja Sosial", "Penyuluhan Hukum",
    "Donor Darah", "Senam Bersama", "Pelatihan Menjahit", "Peringatan Hari Kemerdekaan",
    "Layanan Kunjungan Daring", "Pemindahan Narapidana Risiko Tinggi", "Penilaian Kinerja",
    "Sidang Tim Pengamat Pemasyarakatan", "Bimbingan Kepribadian", "Program Apa Kabar",
    "Vaksinasi Warga Binaan", "Pelatihan Pertukangan Kayu", "Budidaya Ikan Lele",
    "Pembinaan Pramuka", "Lomba Tujuh Belasan", "Penguatan Tugas dan Fungsi",
    "Deklarasi Bebas Halinar", "Monitoring dan Evaluasi", "Penyerahan Sertifikat Pelatihan",
]  # fmt: skip
AUDIENCES = [
    "bagi Warga Binaan", "bersama Forkopimda", "untuk Petugas", "di Aula Utama",
    "bersama Kanwil", "dengan Pemerintah Daerah", "bagi Anak Binaan", "bersama Mitra Kerja",
    "untuk Klien Pemasyarakatan", "di Lapangan Upacara", "bersama BNN", "dengan Polres",
    "bagi Tahanan", "bersama Keluarga Besar Pemasyarakatan", "di Ruang Kunjungan", "",
]  # fmt: skip

_PROSE = (
    "kegiatan pembinaan warga binaan petugas pemasyarakatan lembaga kepala kantor wilayah "
    "program pelatihan keterampilan kemandirian keamanan ketertiban pelayanan masyarakat "
    "kunjungan keluarga kesehatan pendidikan keagamaan hukum hak kewajiban narapidana tahanan "
    "integritas pelayanan publik sinergi koordinasi pemerintah daerah instansi terkait "
    "sosialisasi evaluasi pelaksanaan tugas fungsi reintegrasi sosial bimbingan klien anak "
    "pembebasan bersyarat asimilasi remisi produktif ekonomi karya hasil pameran penjualan "
    "pertanian perikanan peternakan kerajinan menjahit pertukangan kuliner barista sablon "
    "laundry bengkel las listrik komputer bahasa inggris membaca menulis kesenian olahraga "
    "upacara apel siaga razia pemeriksaan geledah temuan barang terlarang telepon genggam "
    "narkoba penyuluhan pencegahan rehabilitasi konseling psikolog dokter perawat obat "
    "puskesmas rumah sakit vaksinasi donor darah bakti sosial sembako bantuan yayasan mitra "
    "universitas sekolah pesantren gereja masjid vihara pura ibadah pengajian doa bersama "
    "peringatan hari ulang tahun kemerdekaan bhakti pemasyarakatan humas informasi publikasi "
    "media sosial berita dokumentasi laporan rapat teknis peserta narasumber materi sesi "
    "diskusi tanya jawab penyerahan sertifikat piagam penghargaan apresiasi semangat "
    "komitmen pelayanan prima zona integritas wilayah bebas korupsi birokrasi bersih melayani "
    "dan yang di dengan untuk dari pada dalam oleh bagi agar serta juga telah akan sudah "
    "masih dapat harus lebih sangat setiap seluruh para kami mereka ia tersebut ini itu "
    "secara langsung bersama terus selalu kembali mulai hingga sejak selama setelah sebelum"
)
# Kept as prose because a word list reads better that way.
WORDS = _PROSE.split(" ")

FIGURES = ["Kalapas", "Karutan", "Kabapas", "Kepala Kanwil", "Kadivpas", "Kasi Binadik"]


def person_name(rng):
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


def title(rng, unit_short):
    """A headline in the usual shape: "<unit> <verb> <object> <audience>"."""
    parts = [unit_short, rng.choice(VERBS), rng.choice(OBJECTS), rng.choice(AUDIENCES)]
    if rng.random() < 0.3:
        parts.append(f"Tahun {rng.randint(2020, 2025)}")
    return " ".join(p for p in parts if p)[:200]


def sentence(rng, low=8, high=22):
    words = rng.choices(WORDS, k=rng.randint(low, high))
    words[0] = words[0].capitalize()
    return " ".join(words) + "."


def paragraph_pool(rng, size=3000):
    """(html, word count) pairs that bodies are assembled from."""
    pool = []
    for _ in range(size):
        sentences = [sentence(rng) for _ in range(rng.randint(3, 6))]
        if rng.random() < 0.15:
            sentences.append(
                f"\u201c{sentence(rng, 6, 14)}\u201d ujar {rng.choice(FIGURES)} {person_name(rng)}."
            )
        text = " ".join(sentences)
        pool.append((f"<p>{text}</p>", len(text.split())))
    return pool


def body(rng, pool, dateline):
    """An article body of 300 to 1,200 words, the first paragraph opening with the dateline."""
    target = rng.randint(300, 1200)
    parts, words = [], 0
    while words < target:
        html, count = pool[rng.randrange(len(pool))]
        parts.append(html)
        words += count
    parts[0] = f"<p><strong>{dateline.upper()}</strong> \u2013 {parts[0][3:]}"
    return "".join(parts)
