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
