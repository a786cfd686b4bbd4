// Node-only test/bench helper: real articles extracted from the corpus pages, then many clips
// made from them with varied, hostile reader data (tags, notes, highlights, poisoned titles).
import { analyzeText } from '../../../utils/analyze/index.ts';
import { parseHtml } from '../../../utils/cli/parse-html.ts';
import { extractArticle } from '../../../utils/extract/extract-article.ts';
import type { Article } from '../../../utils/extract/types.ts';
import { buildClip } from '../../../utils/library/clip.ts';
import type { Clip } from '../../../utils/library/types.ts';
import { sanitizeHtml } from '../../../utils/sanitize/node.ts';
import { listCorpusIds, readGold, readPage } from '../../helpers/corpus.ts';

/** Every corpus page through the real extractor (with its gold address, so profiles apply). */
export function extractCorpusArticles(limit = Infinity): Article[] {
  return listCorpusIds()
    .slice(0, limit)
    .map((id) => {
      const url = readGold(id).url;
      const doc = parseHtml(readPage(id), url);
      const article = extractArticle(doc, { url, sanitize: sanitizeHtml, analyze: analyzeText });
      delete article.trail;
      return article;
    });
}

// Titles and notes that break naive YAML, CSV, JSON or HTML handling.
const POISON = [
  'Kata "Menteri": {tegas} \\ 100% — "ya"',
  'line one\nline two\r\nline three',
  '=HYPERLINK("http://x.invalid")',
  '<script>alert(1)</script> & café',
  'emoji 🇮🇩 and zero\u200Bwidth',
  '---\nyaml: front matter?\n---',
];
const TAGS = ['korupsi', 'pemilu', 'ekonomi', 'Jakarta', 'hukum', 'lingkungan', 'kesehatan'];

/** Small seeded generator, so a failure reproduces. */
function makeRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function makeClips(articles: readonly Article[], count: number, seed = 7): Clip[] {
  const random = makeRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const start = Date.UTC(2024, 0, 1);
  const clips: Clip[] = [];
  for (let i = 0; i < count; i++) {
    const base = articles[i % articles.length] as Article;
    const variant: Article = {
      ...base,
      title: i % 50 === 0 ? `${pick(POISON)} ${base.title}` : `${base.title} (${i})`,
      url: `https://berita.example.id/${i}/${encodeURIComponent(base.title.slice(0, 20))}`,
      canonicalUrl: i % 3 ? `https://berita.example.id/${i}` : null,
    };
    const from = Math.floor(random() * Math.max(1, base.text.length - 80));
    clips.push(
      buildClip(variant, {
        id: `clip-${i.toString().padStart(5, '0')}`,
        extractorVersion: '0.1.0',
        now: new Date(start + i * 3_600_000),
        userTags: random() < 0.6 ? [pick(TAGS), pick(TAGS)] : [],
        note: random() < 0.3 ? pick(POISON) : '',
        highlights:
          random() < 0.4
            ? [
                { text: base.text.slice(from, from + 60), start: from, end: from + 60 },
                { text: 'teks yang tidak ada di artikel', comment: pick(POISON) },
              ]
            : [],
      }),
    );
  }
  return clips;
}
