"""Demo articles, written for this project in Indonesian. People's names are fictional."""

# Each entry: unit slug, kind, published (WIB, "YYYY-MM-DD HH:MM"), dateline, title, summary,
# body paragraphs, tags, extra fields.
PERMISAN_REPORT = {
    "unit": "lapas-permisan",
    "kind": "berita",
    "published": "2024-09-25 22:29",
    "dateline": "Nusakambangan",
    "title": "Kalapas Permisan Hadiri Rapat Teknis Humas Pemasyarakatan 2024 di Jakarta",
    "summary": (
        "Kepala Lapas Permisan bersama koordinator Humas mengikuti pembukaan Rapat Teknis "
        "Humas Pemasyarakatan 2024 yang mengusung tema Sinergi Merajut Citra Pemasyarakatan "
        "yang Berdampak."
    ),
    "body": [
        "Kepala Lapas Kelas IIA Permisan, Agus Wibowo, bersama Koordinator Humas Lapas Permisan, "
        "Rina Lestari, menghadiri pembukaan Rapat Teknis Humas Pemasyarakatan Tahun 2024 di "
        "Jakarta pada Selasa (24/9). Kegiatan bertajuk <em>Pembentukan Agen Informasi dan "
        "Publikasi Pemasyarakatan Tahun 2024</em> itu dibuka langsung oleh Plt. Direktur "
        "Jenderal Pemasyarakatan.",
        "Rapat teknis tahun ini mengusung tema <strong>Sinergi Merajut Citra Pemasyarakatan yang "
        "Berdampak</strong> dengan tagar #HumasBergerakBersama. Sebanyak 150 peserta dari 54 UPT "
        "dan kantor pusat hadir langsung, sementara UPT lain serta divisi pemasyarakatan di "
        "seluruh kantor wilayah mengikuti secara daring.",
        "<blockquote><p>Humas adalah wajah Pemasyarakatan. Setiap kegiatan pembinaan yang kami "
        "lakukan di Nusakambangan perlu diketahui masyarakat dengan cara yang jujur dan menarik."
        "</p></blockquote>",
        "Demikian disampaikan Agus Wibowo usai pembukaan. Ia menambahkan bahwa Lapas Permisan "
        "akan memperkuat tim Humas agar pemberitaan dari pulau Nusakambangan makin rutin.",
        "Rina Lestari menyebut materi rapat sangat membantu petugas di daerah. "
        "\u201cKami belajar menulis berita yang lengkap, memotret dengan benar, dan menjaga "
        "akun media sosial tetap aktif. Semua itu akan langsung kami terapkan,\u201d ujarnya.",
        "<h2>Empat kategori penghargaan Humas</h2>",
        "Dalam kegiatan yang sama, Ditjenpas menyerahkan penghargaan kepada UPT dalam empat "
        "kategori:",
        "<ol><li>Kontributor Program Apa Kabar Pemasyarakatan Teraktif;</li>"
        "<li>Kontributor Berita pada Website Ditjenpas Teraktif;</li>"
        "<li>Pengelolaan Media Sosial Terbaik;</li>"
        "<li>Manajemen Komunikasi Krisis Terbaik.</li></ol>",
        "Penghargaan tersebut diharapkan memacu seluruh UPT untuk terus menyebarkan informasi "
        "positif tentang Pemasyarakatan kepada publik.",
    ],
    "tags": ["Humas", "Rapat Teknis", "Nusakambangan", "HumasBergerakBersama"],
    "event": True,
    "photo": (
        "Kalapas Permisan dan Koordinator Humas Lapas Permisan berfoto bersama peserta "
        "Rapat Teknis Humas Pemasyarakatan 2024 di Jakarta.",
        "Petugas berseragam berdiri berjajar di depan spanduk rapat teknis Humas bersama peserta "
        "lain.",
        "upacara",
    ),
    "featured": True,
}

ARTICLES = [
    PERMISAN_REPORT,
    {
        "unit": "lapas-cipinang",
        "kind": "siaran-pers",
        "published": "2024-09-24 16:00",
        "dateline": "Jakarta",
        "title": "Ditjenpas Buka Rapat Teknis Humas, 150 Peserta Hadir Langsung",
        "summary": "Rapat teknis Humas Pemasyarakatan 2024 diikuti 150 peserta luring dan ratusan UPT secara daring.",
        "body": [
            "Direktorat Jenderal Pemasyarakatan membuka Rapat Teknis Humas Pemasyarakatan 2024 "
            "di Jakarta. Sebanyak 150 peserta dari 54 UPT dan kantor pusat hadir di lokasi.",
            "UPT lain di seluruh Indonesia bersama divisi pemasyarakatan kantor wilayah mengikuti "
            "kegiatan melalui konferensi video.",
        ],
        "tags": ["Humas", "Rapat Teknis", "HumasBergerakBersama"],
        "event": True,
        "photo": (
            "Suasana pembukaan Rapat Teknis Humas Pemasyarakatan 2024.",
            "Pejabat dan peserta berdiri berjajar di panggung di depan spanduk kegiatan.",
            "upacara",
        ),
        "featured": True,
    },
    {
        "unit": "lapas-batu",
        "kind": "berita",
        "published": "2024-10-02 10:15",
        "dateline": "Nusakambangan",
        "title": "Warga Binaan Lapas Batu Panen Sayuran Hidroponik",
        "summary": "Program kemandirian Lapas Batu menghasilkan 80 kilogram sayuran dalam sekali panen.",
        "body": [
            "Warga binaan Lapas Kelas I Batu memanen sayuran hidroponik hasil pembinaan kemandirian "
            "selama dua bulan terakhir. Hasil panen mencapai 80 kilogram selada dan pakcoy.",
            "Kepala seksi kegiatan kerja menyebut sebagian hasil panen dimanfaatkan untuk dapur "
            "lapas, sisanya dipasarkan melalui koperasi pegawai.",
        ],
        "tags": ["Pembinaan Kemandirian", "Pertanian", "Nusakambangan"],
        "photo": (
            "Warga binaan memanen selada di instalasi hidroponik Lapas Batu.",
            "Beberapa orang berdiri di antara deretan tanaman sayur hijau, pepohonan di latar.",
            "kebun",
        ),
    },
    {
        "unit": "lapas-semarang",
        "kind": "berita",
        "published": "2024-10-05 09:00",
        "dateline": "Semarang",
        "title": "Lapas Semarang Gelar Pelatihan Barista bagi 30 Warga Binaan",
        "summary": "Pelatihan bersertifikat ini membekali warga binaan keterampilan kerja sebelum bebas.",
        "body": [
            "Sebanyak 30 warga binaan Lapas Kelas I Semarang mengikuti pelatihan barista "
            "bersertifikat selama lima hari. Materi meliputi pengenalan biji kopi, teknik seduh "
            "manual, hingga pelayanan pelanggan.",
            "Pelatihan ini merupakan bagian dari program pembinaan kemandirian agar warga binaan "
            "siap bekerja setelah kembali ke masyarakat.",
        ],
        "tags": ["Pembinaan Kemandirian", "Pelatihan Kerja"],
        "photo": (
            "Instruktur memperagakan teknik seduh manual kepada warga binaan.",
            "Instruktur berdiri di depan papan tulis, peserta duduk di meja panjang.",
            "kelas",
        ),
    },
    {
        "unit": "rutan-surakarta",
        "kind": "berita",
        "published": "2024-10-09 14:30",
        "dateline": "Surakarta",
        "title": "Rutan Surakarta Perketat Penggeledahan Kamar Hunian",
        "summary": "Razia gabungan tidak menemukan barang terlarang di blok hunian.",
        "body": [
            "Rutan Kelas I Surakarta menggelar penggeledahan kamar hunian bersama aparat penegak "
            "hukum setempat. Petugas memeriksa seluruh blok dan tidak menemukan telepon genggam "
            "maupun narkoba.",
            "Kepala Rutan menegaskan penggeledahan rutin akan terus dilakukan untuk menjaga "
            "keamanan dan ketertiban.",
        ],
        "tags": ["Keamanan", "Razia"],
        "photo": (
            "Petugas Rutan Surakarta dan aparat gabungan mengikuti apel sebelum penggeledahan kamar hunian.",
            "Petugas berseragam berbaris di depan spanduk apel, bendera merah putih di sisi panggung.",
            "upacara",
        ),
    },
    {
        "unit": "lpka-tangerang",
        "kind": "artikel",
        "published": "2024-10-14 08:00",
        "dateline": "Tangerang",
        "title": "Belajar dari Balik Tembok: Sekolah Anak di LPKA Tangerang",
        "summary": "Anak binaan tetap menempuh pendidikan formal melalui kelas jauh dan kejar paket.",
        "body": [
            "Setiap pagi ruang kelas LPKA Kelas I Tangerang terisi anak binaan yang mengikuti "
            "pelajaran. Mereka belajar matematika, bahasa Indonesia, hingga keterampilan digital.",
            "Kerja sama dengan dinas pendidikan memungkinkan ijazah yang diterbitkan sama dengan "
            "sekolah umum, sehingga anak dapat melanjutkan pendidikan setelah bebas.",
            "<h2>Guru dari berbagai latar</h2>",
            "Pengajar terdiri atas guru dinas, relawan mahasiswa, dan petugas LPKA yang memiliki "
            "latar belakang pendidikan.",
        ],
        "tags": ["Pendidikan", "Anak"],
        "photo": (
            "Anak binaan mengikuti pelajaran di ruang kelas LPKA Tangerang.",
            "Ruang kelas berisi anak-anak yang menulis di buku, guru berdiri di depan papan tulis.",
            "kelas",
        ),
    },
    {
        "unit": "lapas-kerobokan",
        "kind": "liputan-media",
        "published": "2024-10-18 19:45",
        "dateline": "Badung",
        "title": "Karya Ukir Warga Binaan Kerobokan Tampil di Pameran Kriya",
        "summary": "Media lokal meliput pameran kerajinan warga binaan Lapas Kerobokan.",
        "body": [
            "Hasil ukir kayu warga binaan Lapas Kelas IIA Kerobokan dipamerkan dalam pameran "
            "kriya daerah. Sejumlah karya terjual pada hari pertama.",
        ],
        "tags": ["Pembinaan Kemandirian", "Kerajinan"],
        "photo": (
            "Warga binaan Lapas Kerobokan menyelesaikan ukiran kayu di bengkel kerja.",
            "Pelatih berdiri di depan papan, warga binaan bekerja di meja panjang penuh bahan kerajinan.",
            "kelas",
        ),
        "source_name": "Warta Bali Harian",
        "source_url": "https://example.com/berita/ukir-kerobokan",
    },
    {
        "unit": "lapas-permisan",
        "kind": "video",
        "published": "2024-10-21 11:00",
        "dateline": "Nusakambangan",
        "title": "Apa Kabar Pemasyarakatan: Kebun Kelapa Lapas Permisan",
        "summary": "Segmen video Lapas Permisan untuk program Apa Kabar Pemasyarakatan.",
        "body": [
            "Lapas Permisan mengirim segmen tentang pengelolaan kebun kelapa oleh warga binaan "
            "untuk program berita video nasional Apa Kabar Pemasyarakatan.",
        ],
        "tags": ["Apa Kabar Pemasyarakatan", "Nusakambangan", "Pertanian"],
        "photo": (
            "Warga binaan merawat kebun di lahan pembinaan Lapas Permisan.",
            "Beberapa orang berdiri di kebun dengan deretan tanaman, pepohonan di kejauhan.",
            "kebun",
        ),
        "programme": "apa-kabar",
        "video_url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    },
    {
        "unit": "bapas-semarang",
        "kind": "berita",
        "published": "2024-10-25 13:20",
        "dateline": "Semarang",
        "title": "Bapas Semarang Dampingi Klien Pemasyarakatan Buka Usaha",
        "summary": "Sepuluh klien menerima pendampingan usaha mikro dari pembimbing kemasyarakatan.",
        "body": [
            "Bapas Kelas I Semarang mendampingi sepuluh klien pemasyarakatan untuk membuka usaha "
            "mikro, mulai dari warung makan hingga bengkel sepeda motor.",
            "Pembimbing kemasyarakatan melakukan kunjungan berkala untuk memastikan usaha berjalan.",
        ],
        "tags": ["Pembimbingan", "Reintegrasi Sosial"],
    },
    {
        "unit": "lapas-perempuan-jakarta",
        "kind": "berita",
        "published": "2024-11-01 10:00",
        "dateline": "Jakarta",
        "title": "Lapas Perempuan Jakarta Luncurkan Layanan Konseling Daring Keluarga",
        "summary": "Keluarga warga binaan kini dapat berkonsultasi dengan psikolog lapas secara daring.",
        "body": [
            "Lapas Perempuan Kelas IIA Jakarta meluncurkan layanan konseling daring bagi keluarga "
            "warga binaan. Layanan ini dibuka setiap Selasa dan Kamis.",
        ],
        "tags": ["Layanan Publik", "Perempuan"],
        "photo": (
            "Petugas Lapas Perempuan Jakarta dan mitra psikolog menandatangani kerja sama layanan konseling.",
            "Dua orang berjabat tangan di atas meja rapat, peserta lain duduk, layar presentasi di belakang.",
            "rapat",
        ),
    },
    {
        "unit": "lapas-narkotika-yogyakarta",
        "kind": "berita",
        "published": "2024-11-06 09:30",
        "dateline": "Sleman",
        "title": "Rehabilitasi Sosial Tahap Kedua Dimulai di Lapas Narkotika Yogyakarta",
        "summary": "Seratus warga binaan mengikuti program rehabilitasi sosial selama enam bulan.",
        "body": [
            "Lapas Narkotika Kelas IIA Yogyakarta memulai program rehabilitasi sosial tahap kedua "
            "tahun ini dengan seratus peserta.",
            "Program meliputi konseling kelompok, terapi vokasional, dan pendampingan keluarga.",
        ],
        "tags": ["Rehabilitasi", "Narkotika"],
        "photo": (
            "Peserta rehabilitasi sosial mengikuti sesi konseling kelompok di Lapas Narkotika Yogyakarta.",
            "Konselor berdiri di depan papan tulis, peserta duduk berderet di meja.",
            "kelas",
        ),
    },
    {
        "unit": "rutan-makassar",
        "kind": "siaran-pers",
        "published": "2024-11-12 15:00",
        "dateline": "Makassar",
        "title": "Rutan Makassar Pastikan Layanan Kunjungan Tetap Normal Selama Renovasi",
        "summary": "Renovasi ruang kunjungan tidak mengganggu jadwal kunjungan keluarga.",
        "body": [
            "Rutan Kelas I Makassar memastikan layanan kunjungan tetap berjalan normal selama "
            "renovasi ruang kunjungan. Kunjungan dipindahkan sementara ke aula.",
        ],
        "tags": ["Layanan Publik", "Kunjungan"],
        "photo": (
            "Gerbang depan Rutan Makassar; layanan kunjungan dipindahkan sementara ke aula.",
            "Gedung satu lantai dengan gerbang besi dan papan nama, bendera merah putih di halaman.",
            "gedung",
        ),
    },
    {
        "unit": "lapas-abepura",
        "kind": "berita",
        "published": "2024-11-18 08:45",
        "dateline": "Jayapura",
        "title": "Lapas Abepura Gelar Lomba Kebersihan Blok Hunian",
        "summary": "Lomba kebersihan diikuti seluruh blok untuk membiasakan pola hidup sehat.",
        "body": [
            "Lapas Kelas IIA Abepura menggelar lomba kebersihan blok hunian yang diikuti seluruh "
            "warga binaan. Penilaian meliputi kebersihan kamar, kamar mandi, dan taman.",
        ],
        "tags": ["Kesehatan", "Pembinaan Kepribadian"],
        "photo": (
            "Warga binaan Lapas Abepura membersihkan taman blok hunian dalam lomba kebersihan.",
            "Beberapa orang bekerja di taman berderet tanaman hijau, pepohonan di latar.",
            "kebun",
        ),
    },
]

# A draft that must never reach the public pages.
DRAFT = {
    "unit": "lapas-permisan",
    "kind": "berita",
    "published": None,
    "dateline": "Nusakambangan",
    "title": "Persiapan Pekan Olahraga Warga Binaan Lapas Permisan",
    "summary": "Draf berita tentang persiapan pekan olahraga.",
    "body": ["Lapas Permisan tengah menyiapkan pekan olahraga antarblok."],
    "tags": ["Olahraga"],
    "status": "draft",
}
