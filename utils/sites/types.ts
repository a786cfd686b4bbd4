// Pure: the shape of a site profile. A profile is data: selectors and patterns that refine the
// generic path, never code. Special behaviour is a named transform (utils/extract/transforms).

/** Named, tested transforms a profile may ask for (see utils/extract/transforms.ts). */
export type TransformName =
  | 'br-to-paragraphs' // bodies whose paragraphs are bare text separated by <br> (old detik, antara)
  | 'strip-trailing-initials' // "(mea/mea)", "(kpl/pur/tch)" editor initials at the end
  | 'strip-leading-dateline'; // reserved: datelines are kept in the text today

export interface MetaHints {
  /** Selectors of the headline element, tried before JSON-LD / og:title. */
  title?: string[];
  /** Selectors of the visible byline block(s) ("Penulis: X", "Reporter: X", "By X"). */
  byline?: string[];
  /** Selectors of the visible date line. */
  date?: string[];
  /** The outlet's display name when the page does not say it (og:site_name wins when present). */
  siteName?: string;
}

export interface MultiPageHints {
  /** Selectors of the pager's links to the other pages ("Halaman 1 2 3", "Selanjutnya"). */
  pager?: string[];
  /** How to address the whole article on one page: a query parameter and its value. */
  singlePageParam?: { name: string; value: string };
  /** A meta tag that tells the number of pages (e.g. kompas `content_total_pages`). */
  totalPagesMeta?: string;
}

export interface SiteProfile {
  /** The profile id, the outlet's main domain: "detik.com". */
  id: string;
  /** Domains this profile serves; subdomains included ("news.detik.com" matches "detik.com"). */
  domains: string[];
  /**
   * Whether the selectors were checked against a saved page: the corpus page ids, or
   * "unchecked: <where the markup knowledge came from>".
   */
  checked: string;
  /**
   * Article body candidates, most specific first; the first with enough text wins. A string
   * takes the matching element with the most text; `{ all }` joins every match of the selector
   * list in document order (a photo story's intro plus its caption).
   */
  body: (string | { all: string })[];
  /** Clutter inside or around the body: removed from the article, hidden on the live page. */
  clutter: string[];
  /** Page furniture outside the body hidden on the live page only (sidebars, sticky bars). */
  pageClutter?: string[];
  meta?: MetaHints;
  multiPage?: MultiPageHints;
  transforms?: TransformName[];
}
