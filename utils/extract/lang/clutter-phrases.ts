// Pure: Indonesian clutter knowledge as data. Every pattern here is matched against the
// normalised text of one element (white space folded, trimmed).

/**
 * Headings that open a block of links that is not the article: the block under such a heading
 * is clutter. Matched against the whole heading text (case-insensitive, trailing ':' dropped).
 */
export const CLUTTER_HEADINGS: readonly RegExp[] = [
  /^(berita|artikel|video|foto|topik|konten)? ?terkait( lainnya)?$/i,
  /^(berita )?terpopuler( hari ini)?$/i,
  /^(most )?popular( news)?$/i,
  /^populer$/i,
  /^(berita )?pilihan( redaksi| editor| untukmu| kami)?$/i,
  /^(berita )?terkini$/i,
  /^(berita )?terbaru$/i,
  /^rekomendasi( untuk ?mu| berita)?$/i,
  /^(berita|artikel) (\S+ )?lainnya$/i,
  /^baca (juga|artikel menarik lainnya)!*$/i,
  /^jangan lewatkan!*$/i,
  /^(lihat|simak) juga!*$/i,
  /^terkomentari$/i,
  /^(trending|hot) ?(topic|news|topik)?$/i,
  /^(read|see) also$/i,
  /^more (photos|videos|news)$/i,
  /^(foto|video) terkait$/i,
  /^simak \S+ populer lainnya$/i,
];

/**
 * Lines that are clutter when an element's text STARTS with them: inline cross-links and
 * embedded-media labels that sit between the paragraphs of the body.
 */
export const INLINE_CLUTTER_PREFIXES: readonly RegExp[] = [
  /^(baca|simak|lihat|tonton) (juga|pula)\s*(video)?\s*[:!-]/i,
  /^(baca|simak|lihat|tonton) juga\s+\S/i,
  /^baca( selengkapnya| berita lainnya)?\s*:/i,
  /^(simak|lihat|tonton) video\b/i,
  /^(baca|simak) selengkapnya\b/i,
  /^\[gambas:[^\]]*\]$/i,
  /^-{3,}\s*artikel ini telah (naik|tayang|terbit)/i,
  /^artikel ini telah (tayang|terbit|naik) di\b/i,
];

/** Whole-line boilerplate: ad labels and "scroll" prompts. */
export const BOILERPLATE_LINES: readonly RegExp[] = [
  /^advertisement$/i,
  /^iklan$/i,
  /^scroll to (continue|resume)( with)? content$/i,
  /^(advertisement\s*)?scroll to (continue|resume)( with)? content$/i,
  /^lanjutkan membaca( artikel)?( di bawah)?$/i,
  /^\[gambas:[^\]]*\]$/i,
  /^copyright ©.*$/i,
  /^©\s*\d{4}.*$/i,
];

/** Channel and app promotions ("Dapatkan update berita pilihan ... Telegram"). */
export const PROMOTION_PATTERNS: readonly RegExp[] = [
  /\b(dapatkan|ikuti|simak|follow|gabung|cek|pantau|kunjungi|baca)\b.{0,120}\b(telegram|whatsapp|google news|saluran|channel|instagram|tiktok|twitter|facebook|youtube)\b/i,
  /\b(klik|download|unduh)\b.{0,60}\b(aplikasi|app|di sini)\b/i,
  /\b(ber)?langganan\b.{0,80}\b(newsletter|buletin)\b/i,
];

/** Credit lines at the end of a body: "Editor: X", "Pewarta: X", "(mea/mea)". */
export const CREDIT_LINES: readonly RegExp[] = [
  /^(editor|penyunting|pewarta|penulis|reporter|redaktur|red|rep|sumber|fotografer|kontributor)\s*:\s*\S.{0,80}$/i,
  /^\(\s*[a-z0-9]{1,6}(\s*\/\s*[a-z0-9]{1,6}){0,3}\s*\)$/i,
  /^(tags?|topik|tag terkait)\s*:/i,
];

/** Longest text an inline clutter element may have before we doubt it is a single cross-link line. */
export const INLINE_MAX_CHARS = 320;

/**
 * A cheap first test on each text node: only a node that starts like one of the patterns above
 * is looked at closely (most text nodes of a page are skipped with this one regex).
 */
export const CLUTTER_TRIGGER =
  /^\s*(?:baca|simak|lihat|tonton|berita|artikel|video|foto|topik|konten|terpopuler|most|popular|populer|pilihan|terkini|terbaru|rekomendasi|jangan|terkomentari|trending|hot|read|see|more|advertisement|iklan|scroll|lanjutkan|\[gambas|-{3}|copyright|©|editor|penyunting|pewarta|penulis|reporter|redaktur|red|rep|sumber|fotografer|kontributor|\(|tags?\b|topik|dapatkan|ikuti|follow|gabung|klik|download|unduh|berlangganan)/i;

/** A promotion is about the outlet's news: prose that merely names Instagram is not one. */
export const PROMOTION_TOPIC =
  /\b(berita|update|artikel|informasi|konten|kabar|notifikasi|breaking news)\b/i;

/** Channel names: a text node naming one may sit inside a promotion (a link "Google News"). */
export const PROMOTION_TRIGGER =
  /telegram|whatsapp|google news|saluran|channel|aplikasi|newsletter/i;

/** Widget leftovers that close a body on old templates ("Credits (2)", detik's photo rating). */
export const TRAILING_WIDGET_LINES: readonly RegExp[] = [
  /^credits \(\d+\)$/i,
  /^rating \(.*voters?\)$/i,
  /^(vote photo|form rating|twitter recommendation|success|email berhasil.*)$/i,
];
