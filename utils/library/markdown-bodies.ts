// Pure: each clip's article body as Markdown, converted once when the clip is stored, so a bulk
// Markdown export formats front matter around kept bodies instead of running turndown per clip
// (~1 ms a clip: 10,000 clips were >10 s). A kept body is used only while it provably still
// belongs to the clip and to today's converter; otherwise it is converted again.
import { convertBodyToMarkdown } from '../export/markdown.ts';
import type { Clip } from './types.ts';

/** One row of the `markdownBodies` table (schema version 2), keyed by the clip's id. */
export interface MarkdownBody {
  id: string;
  /** `convertBodyToMarkdown(clip)`: turndown of the sanitized HTML, or the escaped text. */
  markdown: string;
  /** Fingerprint of the converter that made `markdown` (see `findMarkdownRules`). */
  rules: string;
  /** Hash of the HTML (or text) it was made from. Every write path keeps the row in step; the
   * check on use (~10 ms per 1,000 clips) catches one that ever forgets. */
  sourceHash: string;
}

// Every element the sanitizer lets through (utils/sanitize/config.ts), with the text escapes
// turndown applies: a change to the converter's rules, options or version changes its output.
const PROBE_HTML =
  '<h2>H2 *x*</h2><h3>H3</h3><h4>H4</h4><h5>H5</h5><h6>H6</h6>' +
  '<p>a <b>b</b> <strong>s</strong> <i>i</i> <em>e</em> <u>u</u> <s>s</s> <del>d</del> ' +
  '<ins>n</ins> <mark>m</mark> <small>sm</small> <sub>2</sub><sup>3</sup> <q>q</q> ' +
  '<cite>c</cite> <abbr title="t">ab</abbr> <time datetime="2024-01-01">t</time> ' +
  '<span lang="id">sp</span> <code>x_y</code> <a href="https://a.example/?q=1&amp;r=(2)" ' +
  'title="T">link</a> &lt;img onerror=x&gt; 1. # - + [x] _y_ `z` \\ | ~</p><br><hr>' +
  '<blockquote><p>kutipan</p></blockquote><ul><li>u1<ul><li>u2</li></ul></li></ul>' +
  '<ol><li>o1</li><li>o2</li></ol><pre><code>pre\n  code</code></pre>' +
  '<figure><img src="https://a.example/i.jpg" alt="alt" title="it"><figcaption>fc</figcaption>' +
  '</figure><dl><dt>dt</dt><dd>dd</dd></dl><div>div</div><table><caption>cap</caption>' +
  '<thead><tr><th colspan="2">th</th></tr></thead><tbody><tr><td>td</td><td rowspan="1">t2</td>' +
  '</tr></tbody><tfoot><tr><td>f</td></tr></tfoot></table>';
const PROBE_TEXT = 'satu *dua* <b>tiga</b>\n\n# empat\n1. lima\r\nenam';

let rules: string | null = null;

/** A fingerprint of the converter, made by converting a probe that uses every allowed element. */
export function findMarkdownRules(): string {
  rules ??= hashText(
    `${convertBodyToMarkdown({ html: PROBE_HTML, text: '' })}\u0000${convertBodyToMarkdown({ html: '', text: PROBE_TEXT })}`,
  );
  return rules;
}

/** FNV-1a, 32 bits, as 8 hex digits: a change detector, not a defence against forgery (the
 * rows are only ever written by this extension). */
export function hashText(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The body row for a clip, converted now. */
export function buildMarkdownBody(clip: Pick<Clip, 'id' | 'html' | 'text'>): MarkdownBody {
  return {
    id: clip.id,
    markdown: convertBodyToMarkdown(clip),
    rules: findMarkdownRules(),
    sourceHash: hashSource(clip),
  };
}

/** The kept body when it still matches the clip and the converter, else null (convert again). */
export function pickKeptBody(
  clip: Pick<Clip, 'id' | 'html' | 'text'>,
  row: MarkdownBody | undefined,
): string | null {
  if (
    !row ||
    row.id !== clip.id ||
    row.rules !== findMarkdownRules() ||
    row.sourceHash !== hashSource(clip)
  )
    return null;
  return row.markdown;
}

// The source convertBodyToMarkdown reads: the HTML, or the text when there is no HTML.
function hashSource(clip: Pick<Clip, 'html' | 'text'>): string {
  return hashText(clip.html.trim() !== '' ? clip.html : `\u0000${clip.text}`);
}
