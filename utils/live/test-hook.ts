// Extension-side, TEST BUILDS ONLY (`wxt build --mode e2e`): lets the e2e page drive the content
// script's message handler, because WebDriver BiDi (Firefox) cannot open an extension page to
// send runtime messages from. The request is a JSON string in an attribute; so is the answer.
import { isRequest, type Request } from '../messaging';

export const TEST_REQUEST_EVENT = 'jernih-e2e-request';
export const TEST_REQUEST_ATTR = 'data-jernih-e2e-request';
export const TEST_RESPONSE_ATTR = 'data-jernih-e2e-response';

export function installTestHook(
  doc: Document,
  handle: (req: Request) => Promise<unknown>,
  onError: (err: unknown) => void,
): void {
  doc.addEventListener(TEST_REQUEST_EVENT, () => {
    const root = doc.documentElement;
    try {
      const parsed: unknown = JSON.parse(root.getAttribute(TEST_REQUEST_ATTR) ?? 'null');
      if (!isRequest(parsed)) return;
      handle(parsed)
        .then((res) => root.setAttribute(TEST_RESPONSE_ATTR, JSON.stringify(res)))
        .catch(onError);
    } catch (err) {
      onError(err);
    }
  });
}
