// The reading view's non-article states: each has a heading and one line, never a blank box,
// in both languages; the buttons call back (the generic-path retry sends generic:true upstream).
import { afterEach, describe, expect, it } from 'vitest';
import type { NonArticleState } from '../../../components/StateView';
import { oneLine } from '../../../components/StateView';
import { createTranslate } from '../../../utils/i18n';
import { click, mountView } from './harness';

let unmount: (() => void) | null = null;
afterEach(() => unmount?.());

const STATES: NonArticleState[] = [
  { kind: 'loading' },
  { kind: 'no-article', generic: false },
  { kind: 'no-article', generic: true },
  { kind: 'restricted' },
  { kind: 'error', reason: 'boom' },
  { kind: 'error', reason: '', reasonKey: 'errorNoScript' },
];

describe('states', () => {
  for (const lang of ['id', 'en'] as const) {
    for (const state of STATES) {
      it(`${lang}: ${state.kind} ${JSON.stringify(state)} is never blank`, () => {
        const v = mountView({ state, lang });
        unmount = v.unmount;
        const box = v.el.querySelector(`[data-state="${state.kind}"]`);
        expect(box).not.toBeNull();
        expect((box?.textContent ?? '').trim().length).toBeGreaterThan(10);
        expect(v.el.querySelector('.jr-body')).toBeNull();
        expect(v.el.querySelector('.jr-root')?.getAttribute('lang')).toBe(lang);
      });
    }
  }

  it('no article: "try the generic path" calls onTryGeneric, not onRetry', () => {
    const v = mountView({ state: { kind: 'no-article', generic: false }, lang: 'en' });
    unmount = v.unmount;
    const button = v.el.querySelector<HTMLButtonElement>('[data-state="no-article"] button');
    expect(button?.textContent).toBe('Try the generic path');
    click(button);
    expect(v.props.onTryGeneric).toHaveBeenCalledTimes(1);
    expect(v.props.onRetry).not.toHaveBeenCalled();
  });

  it('after the generic path also finds nothing, the button becomes a plain retry', () => {
    const v = mountView({ state: { kind: 'no-article', generic: true }, lang: 'id' });
    unmount = v.unmount;
    const button = v.el.querySelector('[data-state="no-article"] button');
    expect(button?.textContent).toBe('Coba lagi');
    click(button);
    expect(v.props.onRetry).toHaveBeenCalledTimes(1);
  });

  it('error shows a translated reason for known codes and one line of an unknown one', () => {
    const t = createTranslate('id');
    const v = mountView({ state: { kind: 'error', reason: 'x', reasonKey: 'errorNoScript' } });
    unmount = v.unmount;
    expect(v.el.querySelector('.jr-reason')?.textContent).toBe(t('errorNoScript'));
    expect(v.el.querySelector('[data-state="error"]')?.getAttribute('role')).toBe('alert');
    expect(oneLine('first line\n    at stack frame 1\n    at frame 2')).toBe('first line');
    expect(oneLine('x'.repeat(500)).length).toBe(160);
  });

  it('loading is announced politely and shows the loading text', () => {
    const v = mountView({ state: { kind: 'loading' }, lang: 'en' });
    unmount = v.unmount;
    const box = v.el.querySelector('[data-state="loading"]');
    expect(box?.getAttribute('aria-live')).toBe('polite');
    expect(box?.textContent).toContain('Reading the article');
  });

  it('the toolbar works in every state: settings and declutter drawers open and close', () => {
    const v = mountView({ state: { kind: 'restricted' }, lang: 'en' });
    unmount = v.unmount;
    const settings = v.el.querySelector<HTMLButtonElement>('[data-action="settings"]');
    click(settings);
    expect(settings?.getAttribute('aria-expanded')).toBe('true');
    expect(v.el.querySelector('.jr-settings')).not.toBeNull();
    click(v.el.querySelector('[data-action="declutter"]'));
    expect(v.el.querySelector('.jr-settings')).toBeNull();
    expect(v.el.querySelector('#jr-drawer')?.textContent).toContain('available on this page');
  });
});
