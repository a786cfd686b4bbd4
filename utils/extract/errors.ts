// Pure: the errors the core reports. Each has a stable code for the CLI and the popup.
export type ExtractErrorCode = 'no-article' | 'empty-input' | 'not-html' | 'too-large' | 'fetch';

export class ExtractError extends Error {
  readonly code: ExtractErrorCode;
  constructor(code: ExtractErrorCode, message: string) {
    super(message);
    this.name = 'ExtractError';
    this.code = code;
  }
}

/** The page is too large or too deep for the full generic path: the caller reads it flat. */
export class PageTooLargeError extends Error {
  constructor(message = 'page too large for the generic path') {
    super(message);
    this.name = 'PageTooLargeError';
  }
}
