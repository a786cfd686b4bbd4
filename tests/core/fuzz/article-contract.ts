// Node-only test helper: a small validator of the Article contract (../shared/contract/CLI.md,
// schemaVersion 1) and of analysis spans, written from the contract rather than from the code.

type Problems = string[];

const isString = (v: unknown): v is string => typeof v === 'string';
const isNullableString = (v: unknown): boolean => v === null || isString(v);
const isStringArray = (v: unknown): boolean => Array.isArray(v) && v.every(isString);
const isCount = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v) && v >= 0;

function checkSpan(span: unknown, text: string, where: string, out: Problems): void {
  if (typeof span !== 'object' || span === null) {
    out.push(`${where}: not an object`);
    return;
  }
  const { start, end, text: spanText } = span as Record<string, unknown>;
  if (!isCount(start) || !isCount(end)) out.push(`${where}: start/end not counts`);
  else if ((start as number) > (end as number) || (end as number) > text.length) {
    out.push(`${where}: [${String(start)}, ${String(end)}) outside 0..${text.length}`);
  } else if (spanText !== undefined && spanText !== text.slice(start as number, end as number)) {
    out.push(`${where}: text !== source.slice(start, end)`);
  }
}

/** Problems with the analysis part (quotes, participants, summary) over `text`. */
export function checkAnalysis(value: Record<string, unknown>, text: string): Problems {
  const out: Problems = [];
  const { quotes, participants, summary } = value;
  if (!Array.isArray(quotes)) out.push('quotes: not an array');
  else
    quotes.forEach((q: unknown, i) => {
      checkSpan(q, text, `quotes[${i}]`, out);
      const quote = q as Record<string, unknown>;
      if (!isString(quote.text)) out.push(`quotes[${i}].text: not a string`);
      const speaker = quote.speaker as Record<string, unknown> | null | undefined;
      if (speaker !== null && (typeof speaker !== 'object' || !isString(speaker.name))) {
        out.push(`quotes[${i}].speaker: not null or {name}`);
      }
      if (quote.cue !== undefined && !isString(quote.cue)) out.push(`quotes[${i}].cue`);
    });
  if (!Array.isArray(participants)) out.push('participants: not an array');
  else
    participants.forEach((p: unknown, i) => {
      const part = p as Record<string, unknown>;
      if (!isString(part.name) || part.name === '') out.push(`participants[${i}].name`);
      if (part.kind !== 'person' && part.kind !== 'organization') {
        out.push(`participants[${i}].kind`);
      }
      if (!isStringArray(part.aliases)) out.push(`participants[${i}].aliases`);
      if (!isCount(part.quotes)) out.push(`participants[${i}].quotes`);
      if (part.role !== undefined && !isString(part.role)) out.push(`participants[${i}].role`);
      if (!Array.isArray(part.mentions)) out.push(`participants[${i}].mentions`);
      else
        (part.mentions as unknown[]).forEach((m, j) =>
          checkSpan(m, text, `participants[${i}].mentions[${j}]`, out),
        );
    });
  if (!Array.isArray(summary)) out.push('summary: not an array');
  else
    summary.forEach((s: unknown, i) => {
      checkSpan(s, text, `summary[${i}]`, out);
      if (!isString((s as Record<string, unknown>).text)) out.push(`summary[${i}].text`);
    });
  return out;
}

/** Problems with a value that claims to be an Article (empty = valid). */
export function checkArticle(value: unknown): Problems {
  if (typeof value !== 'object' || value === null) return ['not an object'];
  const a = value as Record<string, unknown>;
  const out: Problems = [];
  if (a.schemaVersion !== 1) out.push('schemaVersion !== 1');
  for (const key of ['title', 'text', 'html'])
    if (!isString(a[key])) out.push(`${key}: not a string`);
  for (const key of [
    'url',
    'siteName',
    'published',
    'lang',
    'profile',
    'canonicalUrl',
    'section',
    'image',
    'description',
  ]) {
    if (!isNullableString(a[key])) out.push(`${key}: not string|null`);
  }
  for (const key of ['authors', 'editors', 'tags']) {
    if (!isStringArray(a[key])) out.push(`${key}: not string[]`);
  }
  if (!isCount(a.wordCount)) out.push('wordCount: not a count');
  if (!isCount(a.pages) || (a.pages as number) < 1) out.push('pages: not >= 1');
  if (isString(a.published) && Number.isNaN(Date.parse(a.published))) {
    out.push(`published: not a date (${a.published})`);
  }
  for (const key of ['canonicalUrl', 'image']) {
    const v = a[key];
    if (isString(v) && !/^https?:\/\//iu.test(v)) out.push(`${key}: not an http(s) address`);
  }
  if (!Array.isArray(a.removed)) out.push('removed: not an array');
  else
    (a.removed as unknown[]).forEach((r, i) => {
      const item = r as Record<string, unknown>;
      if (!isString(item.reason) || !isString(item.text)) out.push(`removed[${i}]`);
    });
  if (isString(a.text)) {
    if (a.text.trim() === '') out.push('text: empty');
    out.push(...checkAnalysis(a, a.text));
  }
  return out;
}
