// Pure: the Article contract (../shared/contract/CLI.md, schemaVersion 1) and core options.

export interface Span {
  text: string;
  start: number;
  end: number;
}

export interface Speaker {
  name: string;
  role?: string;
  org?: string;
}

export interface Quote extends Span {
  speaker: Speaker | null;
  cue?: string;
}

export interface Mention {
  start: number;
  end: number;
}

export interface Participant {
  name: string;
  kind: 'person' | 'organization';
  role?: string;
  aliases: string[];
  mentions: Mention[];
  quotes: number;
}

export interface Pagination {
  /** Pages the article says it has (1 when it is not split). */
  total: number;
  /** The other pages' addresses, in order, same origin only. */
  urls: string[];
  /** An address that shows the whole article on one page, when known. */
  singlePageUrl: string | null;
}

export interface RemovedItem {
  reason: string;
  text: string;
}

export interface Analysis {
  quotes: Quote[];
  participants: Participant[];
  summary: Span[];
}

export interface ArticleMeta {
  title: string;
  siteName: string | null;
  authors: string[];
  editors: string[];
  published: string | null;
  lang: string | null;
  /** Added to the contract (schemaVersion 1 allows new fields): the page's canonical address. */
  canonicalUrl: string | null;
  /** The outlet's section or channel ("News", "Sepakbola"), when the page says it. */
  section: string | null;
  /** The article's own tags/keywords, as the page lists them. */
  tags: string[];
  /** The lead image address, absolute. */
  image: string | null;
  /** The page's own description / standfirst. */
  description: string | null;
}

export interface Article extends ArticleMeta, Analysis {
  schemaVersion: 1;
  url: string | null;
  text: string;
  html: string;
  wordCount: number;
  pages: number;
  /** Added to the contract: the pager the page shows, whether or not the pages were joined. */
  pagination: Pagination;
  removed: RemovedItem[];
  profile: string | null;
}

/** One step of the debug trail: what a pipeline step did and why. */
export interface TrailEntry {
  step: string;
  detail: string;
}

/** Fetches another page of a split article; returns its HTML or throws. */
export type FetchPage = (url: string) => Promise<string>;

/** Parses HTML into a Document (DOMParser in the browser, jsdom in Node). */
export type ParseHtml = (html: string, url: string) => Document;
