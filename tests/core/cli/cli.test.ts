// The command line as a user drives it: the contract's formats, exit codes and one-line
// errors for bad input (empty file, not HTML, no article, 5 MB page, 5,000-deep nesting).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const TSX = resolve(process.cwd(), 'node_modules/.bin/tsx');
const MAIN = resolve(process.cwd(), 'utils/cli/main.ts');

function jernih(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(TSX, [MAIN, ...args], {
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'jernih-cli-'));
const write = (name: string, content: string | Buffer): string => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const prose =
  '<p>Kapolsek Kebayoran Lama Kompol Widya Agustiono mengatakan pihaknya masih menyelidiki kasus ini.</p>';

describe('jernih clip', () => {
  it('clips the bundled sample page to Markdown with no input', () => {
    const r = jernih('clip');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^---\n/);
    expect(r.stdout).toContain('Pemerintah sepenuhnya mendukung berbagai inisiatif kota');
    for (const clutter of [
      'Berita Terkait',
      'Terpopuler',
      'Superkomputer Prediksi Arsenal',
      'Pastry Chef Audrey Tampi',
    ]) {
      expect(r.stdout).not.toContain(clutter);
    }
  });

  it('prints one Article as JSON for one file', () => {
    const r = jernih('clip', 'tests/fixtures/corpus/pages/detik-1.html', '--format', 'json');
    expect(r.code).toBe(0);
    const a = JSON.parse(r.stdout) as {
      schemaVersion: number;
      title: string;
      profile: string;
      published: string;
    };
    expect(a).toMatchObject({ schemaVersion: 1, profile: 'detik.com' });
    expect(a.published).toMatch(/^2022-12-10T13:19(:\d\d)?\+07:00$/);
    expect(a.title).toBe(
      'Polisi soal Pistol di Kasus Cekcok Pemobil vs Pemotor: Cuma Diperlihatkan',
    );
  });

  it('goes on past bad pages in JSONL, with an error line each, and exits 1', () => {
    const empty = write('a-empty.html', '');
    const binary = write('b-binary.html', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]));
    const plain = write('c-plain.html', 'just some words, no markup at all');
    const noArticle = write(
      'd-menu.html',
      '<html><body><nav><a href="/">Beranda</a></nav></body></html>',
    );
    const r = jernih(
      'clip',
      empty,
      binary,
      plain,
      noArticle,
      'tests/fixtures/corpus/pages/kompas-1.html',
      '--format',
      'jsonl',
    );
    expect(r.code).toBe(1);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { error?: { code: string }; title?: string });
    expect(lines.map((l) => l.error?.code ?? 'ok')).toEqual([
      'empty-input',
      'not-html',
      'not-html',
      'no-article',
      'ok',
    ]);
    const errLines = r.stderr.trim().split('\n');
    expect(errLines).toHaveLength(4);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace without --debug
  });

  it(
    'reads a 5 MB page and a page nested 5,000 deep without crashing',
    { timeout: 240_000 },
    () => {
      const big = write(
        'big.html',
        `<html><body><article>${prose.repeat(1)}${'<p>Paragraf pengisi berita yang panjang sekali untuk menguji. </p>'.repeat(80_000)}</article></body></html>`,
      );
      const deep = write(
        'deep.html',
        `<html><body>${'<div>'.repeat(5000)}${prose.repeat(5)}${'</div>'.repeat(5000)}</body></html>`,
      );
      const r = jernih('clip', big, deep, '--format', 'jsonl');
      const lines = r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { error?: unknown; wordCount?: number });
      expect(lines).toHaveLength(2);
      for (const l of lines) expect(l.error ?? l.wordCount).toBeTruthy();
      expect(r.stderr).not.toMatch(/\n\s+at /);
    },
  );

  it('writes one file per page with --out, in each export format', () => {
    const out = join(dir, 'out');
    for (const format of ['md', 'html', 'csl', 'ris', 'bibtex']) {
      const r = jernih(
        'clip',
        'tests/fixtures/corpus/pages/detik-2.html',
        'tests/fixtures/corpus/pages/viva-1.html',
        '--format',
        format,
        '--out',
        out,
      );
      expect(r.code, r.stderr).toBe(0);
    }
    expect(readdirSync(out).sort()).toEqual(
      ['detik-2', 'viva-1']
        .flatMap((s) => ['bib', 'json', 'html', 'md', 'ris'].map((e) => `${s}.${e}`))
        .sort(),
    );
  });

  it('exits 2 with a usage line on bad usage', () => {
    for (const args of [
      ['clip', '--format', 'pdf'],
      ['clip', '--bogus'],
      ['frobnicate'],
      ['analyze'],
    ]) {
      const r = jernih(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^jernih: .+\nusage:/);
    }
  });

  it('gives one line for an address that cannot be fetched, offline', () => {
    const r = jernih('clip', 'http://127.0.0.1:9/berita', '--format', 'jsonl');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout.trim())).toMatchObject({
      input: 'http://127.0.0.1:9/berita',
      error: { code: 'fetch' },
    });
  });
});

describe('jernih analyze', () => {
  it('answers every line in order, an error line for a bad one', () => {
    const file = write(
      'in.jsonl',
      [
        JSON.stringify({
          id: 'a',
          text: '"Kami akan kawal," kata Menteri Hukum dan HAM Yasonna Laoly di Jakarta.',
        }),
        'not json',
        JSON.stringify({ id: 'c', text: 'Tidak ada kutipan di sini.' }),
      ].join('\n'),
    );
    const r = jernih('analyze', '--jsonl', file);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map(
        (l) =>
          JSON.parse(l) as { id: string | null; quotes?: { speaker: { name: string } | null }[] },
      );
    expect(lines.map((l) => l.id)).toEqual(['a', null, 'c']);
    expect(lines[0]?.quotes?.[0]?.speaker?.name).toBe('Yasonna Laoly');
    expect(r.code).toBe(1);
  });
});
