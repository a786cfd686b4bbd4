// Node-only test helpers: a realistic Indonesian article page with a hostile string planted
// where the core reads (title, meta tags, JSON-LD, byline, caption, body), and the same string
// planted inside a real corpus page's body.

// Plain reporting prose, long enough to be an article on its own (the core needs 20 words).
export const ARTICLE_PARAGRAPHS = [
  'Jakarta - Pemerintah Provinsi DKI Jakarta menambah jumlah armada bus listrik untuk melayani rute baru di kawasan timur kota mulai pekan depan.',
  '"Kami menargetkan seluruh rute utama sudah dilayani bus listrik pada akhir tahun," kata Kepala Dinas Perhubungan DKI Jakarta Syafrin Liputo kepada wartawan, Senin (15/1/2024).',
  'Menurut Syafrin, penambahan armada itu merupakan bagian dari rencana pengurangan emisi di sektor transportasi yang sudah disusun sejak tahun lalu.',
  'Ia menambahkan, tarif untuk rute baru tersebut tetap sama dengan rute lain sehingga warga tidak perlu membayar lebih mahal.',
  'Sejumlah warga menyambut baik rencana itu, meski berharap jadwal kedatangan bus lebih teratur pada jam sibuk pagi dan sore hari.',
];

function escapeAttr(value: string): string {
  return value.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;');
}

/** An article page with `payload` in the body, or in every place the core reads. */
export function buildArticlePage(payload: string, where: 'body' | 'everywhere'): string {
  const all = where === 'everywhere';
  const jsonLd = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: `Bus listrik ${payload}`,
    author: [{ '@type': 'Person', name: payload }],
    datePublished: '2024-01-15T10:00:00+07:00',
    image: payload,
    description: payload,
    keywords: [payload, 'transportasi'],
  });
  const head = all
    ? `<title>Bus Listrik Tambah Rute ${payload}</title>
<meta name="description" content="${escapeAttr(payload)}">
<meta property="og:title" content="${escapeAttr(`Bus listrik ${payload}`)}">
<meta property="og:image" content="${escapeAttr(payload)}">
<meta property="og:url" content="${escapeAttr(payload)}">
<meta property="og:site_name" content="${escapeAttr(payload)}">
<meta name="author" content="${escapeAttr(payload)}">
<meta name="keywords" content="${escapeAttr(payload)}, transportasi">
<meta property="article:section" content="${escapeAttr(payload)}">
<link rel="canonical" href="${escapeAttr(payload)}">
<script type="application/ld+json">${jsonLd}</script>`
    : '<title>Bus Listrik Tambah Rute di Jakarta Timur</title>';
  const paragraphs = ARTICLE_PARAGRAPHS.map((p, i) =>
    i === 2 ? `<p>${p} ${payload} lanjutan kalimat.</p>` : `<p>${p}</p>`,
  );
  return `<!doctype html>
<html lang="id"><head><meta charset="utf-8">
${head}
</head><body>
<header><nav><a href="/">Beranda</a> <a href="/berita">Berita</a></nav></header>
<main><article>
<h1>Bus Listrik Tambah Rute ${all ? payload : 'di Jakarta Timur'}</h1>
<div class="author">Oleh ${all ? payload : 'Rina Wulandari'}</div>
<time datetime="2024-01-15T10:00:00+07:00">Senin, 15 Jan 2024 10:00 WIB</time>
<figure><img src="https://cdn.contoh.id/bus.jpg" alt="Bus listrik"><figcaption>Bus listrik ${all ? payload : ''}</figcaption></figure>
${paragraphs.join('\n')}
</article></main>
<footer>Hak cipta 2024</footer>
</body></html>`;
}

/** The corpus page with `payload` planted in the middle of its article body. */
export function injectIntoCorpusBody(page: string, marker: string, payload: string): string {
  const at = page.indexOf(marker);
  if (at < 0) throw new Error('corpus page changed: body marker not found');
  const firstParagraphEnd = page.indexOf('</p>', at);
  if (firstParagraphEnd < 0) throw new Error('corpus page changed: no paragraph in the body');
  const cut = firstParagraphEnd + '</p>'.length;
  return `${page.slice(0, cut)}<p>Sisipan ${payload} akhir sisipan.</p>${page.slice(cut)}`;
}
