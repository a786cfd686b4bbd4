// Pure: finds direct-quote spans in curly or straight double quotes, including quotes that run over
// several paragraphs (each continuing paragraph reopens with a quote mark and the first has no closer).

export interface RawQuote {
  start: number; // at the opening mark
  end: number; // after the closing mark (or at the end of the paragraph when it never closes)
  closed: boolean;
}

const MARKS_RE = /["“”„‟«»]|\n[ \t]*\n/g;

function canOpen(text: string, i: number): boolean {
  const prev = i > 0 ? (text[i - 1] ?? '') : '';
  const next = text[i + 1] ?? '';
  return (prev === '' || /[\s([{—–\-:/]/.test(prev)) && next !== '' && !/\s/.test(next);
}

function canClose(text: string, i: number): boolean {
  const prev = i > 0 ? (text[i - 1] ?? '') : '';
  const next = text[i + 1] ?? '';
  return prev !== '' && !/\s/.test(prev) && (next === '' || /[\s,.;:!?)\]…—–\-"”/]/.test(next));
}

/** Trims trailing white space from a position back to the end of the paragraph text. */
function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1] ?? '')) e--;
  return e;
}

export function findQuoteSpans(text: string): RawQuote[] {
  const out: RawQuote[] = [];
  let open = -1;
  let m: RegExpExecArray | null;
  MARKS_RE.lastIndex = 0;
  while ((m = MARKS_RE.exec(text)) !== null) {
    const i = m.index;
    if (m[0].length > 1) {
      // a paragraph break inside an open quote: it continues only if the next paragraph reopens
      if (open < 0) continue;
      let j = i + m[0].length;
      while (j < text.length && /\s/.test(text[j] ?? '')) j++;
      if (/["“”„«]/.test(text[j] ?? '')) {
        MARKS_RE.lastIndex = j + 1; // skip the re-opening mark
      } else {
        out.push({ start: open, end: trimEnd(text, i), closed: false });
        open = -1;
      }
      continue;
    }
    const ch = m[0];
    const opens = canOpen(text, i);
    const closes = canClose(text, i);
    if (open < 0) {
      if (opens || (!closes && ch !== '”' && ch !== '»')) open = i;
    } else if (closes && !(ch === '“' && opens)) {
      out.push({ start: open, end: i + 1, closed: true });
      open = -1;
    } else if (opens) {
      open = i; // the earlier mark never closed in this sentence run: start again here
    }
  }
  if (open >= 0) out.push({ start: open, end: trimEnd(text, text.length), closed: false });
  return out.filter((q) => q.end - q.start > 2);
}
