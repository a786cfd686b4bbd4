// Node-only: fetches pages politely: one request at a time per host with a pause between,
// redirects followed, a timeout, and a one-line error for refusals and non-2xx answers.
import { ExtractError } from '../extract/errors';

const TIMEOUT_MS = 20_000;
const PAUSE_MS = 1_000;
const lastByHost = new Map<string, number>();

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export async function fetchPage(url: string): Promise<string> {
  const host = new URL(url).host;
  const wait = (lastByHost.get(host) ?? 0) + PAUSE_MS - Date.now();
  if (wait > 0) await sleep(wait);
  lastByHost.set(host, Date.now());
  let res: Response;
  try {
    res = await fetch(url, {
      redirect: 'follow',
      signal: AbortSignal.timeout(TIMEOUT_MS),
      headers: { 'user-agent': 'Jernih/0.1 (research clipper)', accept: 'text/html,*/*;q=0.5' },
    });
  } catch (err) {
    const reason =
      err instanceof Error
        ? err.cause instanceof Error
          ? err.cause.message
          : err.message
        : String(err);
    throw new ExtractError('fetch', `could not fetch ${url}: ${reason}`);
  } finally {
    lastByHost.set(host, Date.now());
  }
  if (!res.ok) throw new ExtractError('fetch', `${url} answered HTTP ${res.status}`);
  return await res.text();
}
