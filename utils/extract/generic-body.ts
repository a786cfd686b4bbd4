// Pure: the generic path for pages without a (working) profile: Readability on a clone from
// which the Indonesian clutter has already been removed, because Readability alone keeps
// inline "Baca juga" lines and headed link lists.
import { Readability } from '@mozilla/readability';
import type { RemovedItem } from './types';
import { findClutter } from './clutter/find-clutter';
import { cloneDeep, textOf } from './dom-text';

export interface GenericBody {
  el: Element;
  title: string | null;
}

/** Runs Readability on a clone of `doc`; returns the body as an element of that clone. */
export function findGenericBody(doc: Document, removed: RemovedItem[]): GenericBody | null {
  const clone = cloneDeep(doc);
  const body = clone.body ?? clone.documentElement;
  if (!body) return null;
  for (const hit of findClutter(body, { mode: 'live' })) {
    removed.push({ reason: hit.reason, text: clip(textOf(hit.el)) });
    hit.el.remove();
  }
  const parsed = new Readability(clone, { charThreshold: 250, keepClasses: false }).parse();
  if (!parsed?.content) return null;
  const holder = clone.createElement('div');
  holder.innerHTML = parsed.content;
  return { el: holder, title: parsed.title ?? null };
}

export function clip(text: string, max = 300): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
