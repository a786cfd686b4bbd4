// Pure: a small YAML emitter for Markdown front matter: every string double-quoted and escaped.
//
// Why our own: a front-matter block needs only flat keys, strings, numbers and string lists, and
// the one form of YAML string that is safe for any content is the double-quoted scalar with
// escapes. That avoids all of YAML's implicit typing (`yes`, `null`, `1e3`, dates), indicators
// (`-`, `#`, `@`, `:`, `{`) and line folding, without shipping a YAML library in the extension.

export type YamlValue = string | number | boolean | null | readonly string[];

// Characters YAML 1.2 does not allow raw in a document (outside its printable set), plus the
// characters YAML 1.1 readers take as line breaks (NEL, LS, PS) and the BOM: all escaped.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHAR = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]|\p{Cs}/gu;
const NAMED_ESCAPES: Record<string, string> = {
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\u0000': '\\0',
};
const SAFE_KEY = /^[a-z][a-z0-9_]*$/u;

/** A double-quoted YAML scalar that parses back to exactly `value`. */
export function quoteYamlString(value: string): string {
  const escaped = value
    .replace(/\\/gu, '\\\\')
    .replace(/"/gu, '\\"')
    .replace(
      UNSAFE_CHAR,
      (ch) => NAMED_ESCAPES[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
  return `"${escaped}"`;
}

function formatScalar(value: string | number | boolean | null): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return quoteYamlString(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  return value ? 'true' : 'false';
}

/** `key: value` lines; undefined values are left out, lists become block sequences. */
export function formatYamlMapping(entries: readonly [string, YamlValue | undefined][]): string {
  const lines: string[] = [];
  for (const [key, value] of entries) {
    if (!SAFE_KEY.test(key)) throw new Error(`unsafe front-matter key: ${key}`);
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      const list: readonly string[] = value;
      if (list.length === 0) lines.push(`${key}: []`);
      else lines.push(`${key}:`, ...list.map((item) => `  - ${quoteYamlString(item)}`));
    } else {
      lines.push(`${key}: ${formatScalar(value as string | number | boolean | null)}`);
    }
  }
  return lines.join('\n');
}

/** A complete front-matter block, fenced by `---` lines. */
export function formatFrontMatter(entries: readonly [string, YamlValue | undefined][]): string {
  return `---\n${formatYamlMapping(entries)}\n---\n`;
}
