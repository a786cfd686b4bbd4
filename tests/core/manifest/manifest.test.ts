// Node-only test: the built manifests ask for exactly the permissions the README lists (and why),
// no host permissions beyond the content script's outlet patterns, no loosened CSP, nothing
// web-accessible in a release build. Reads .output/*; builds the target first when it is missing.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMatchPatterns } from '../../../utils/sites/registry';

/** The README's permissions table: every API permission a release build may ask for. */
const README_PERMISSIONS = [
  'storage',
  'activeTab',
  'scripting',
  'contextMenus',
  'unlimitedStorage',
];
/** Chrome only: the side panel (Firefox has sidebar_action, which needs no permission). */
const CHROME_ONLY = ['sidePanel'];

const TARGETS = [
  { name: 'chrome-mv3', args: ['wxt', 'build'], version: 3, extra: CHROME_ONLY },
  { name: 'firefox-mv2', args: ['wxt', 'build', '-b', 'firefox'], version: 2, extra: [] },
] as const;

type Manifest = Record<string, unknown> & {
  manifest_version: number;
  permissions?: string[];
  content_scripts?: { matches: string[] }[];
};

const manifests = new Map<string, Manifest>();

beforeAll(() => {
  for (const t of TARGETS) {
    const file = resolve(process.cwd(), '.output', t.name, 'manifest.json');
    if (!existsSync(file)) execFileSync('npx', [...t.args], { stdio: 'ignore', timeout: 110_000 });
    manifests.set(t.name, JSON.parse(readFileSync(file, 'utf8')) as Manifest);
  }
}, 240_000);

describe.each(TARGETS)('built manifest $name', (t) => {
  const m = (): Manifest => manifests.get(t.name) as Manifest;

  it('is the manifest version we ship', () => {
    expect(m().manifest_version).toBe(t.version);
  });

  it('asks for exactly the README permissions', () => {
    // MV2 lists host patterns among permissions; there must be none (host access is the
    // content script's matches only).
    expect([...(m().permissions ?? [])].sort()).toEqual([...README_PERMISSIONS, ...t.extra].sort());
  });

  it('has no host, optional or external-connection permissions', () => {
    for (const key of [
      'host_permissions',
      'optional_permissions',
      'optional_host_permissions',
      'externally_connectable',
      'web_accessible_resources',
      'content_security_policy',
      'update_url',
    ]) {
      expect(m()[key], key).toBeUndefined();
    }
  });

  it('runs the content script on the profiled outlets only', () => {
    const matches = (m().content_scripts ?? []).flatMap((c) => c.matches);
    expect([...new Set(matches)].sort()).toEqual([...buildMatchPatterns()].sort());
    for (const p of matches) expect(p).toMatch(/^\*:\/\/\*\.[a-z0-9.-]+\.[a-z]+\/\*$/);
  });
});

describe('firefox data and e2e builds', () => {
  it('declares that no data is collected', () => {
    const gecko = (
      manifests.get('firefox-mv2')?.browser_specific_settings as {
        gecko?: { data_collection_permissions?: { required?: string[] } };
      }
    )?.gecko;
    expect(gecko?.data_collection_permissions?.required).toEqual(['none']);
  });

  it('the e2e build adds only popup.html as web-accessible (never in a release)', () => {
    const file = resolve(process.cwd(), '.output/firefox-mv2-e2e/manifest.json');
    if (!existsSync(file)) return;
    const e2e = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
    expect(e2e.web_accessible_resources).toEqual(['popup.html']);
    expect([...(e2e.permissions ?? [])].sort()).toEqual([...README_PERMISSIONS].sort());
  });
});
