// Pure: language analysis entry point (quotes, participants, summary) over plain text with offsets.
import type { Analysis } from '../extract/types';
import { extractQuotes } from './quotes';
import { tokenize } from './tokens';

export function analyzeText(text: string): Analysis {
  const tokens = tokenize(text);
  const quotes = extractQuotes(text, tokens, []);
  return { quotes, participants: [], summary: [] };
}
