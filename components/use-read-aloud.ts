// Extension pages: "Dengarkan": reads the body aloud with speechSynthesis, one paragraph at a
// time, marking the paragraph being read. The synth is passed in (tests give a fake one).
import { useEffect, useRef, useState } from 'preact/hooks';

export const SPEAKING_CLASS = 'jr-speaking';
const BLOCKS = 'p, h2, h3, h4, li, blockquote, figcaption';

/** An id-ID voice first (the articles are Indonesian), then any voice of the article's language. */
export function pickVoice(
  voices: readonly SpeechSynthesisVoice[],
  lang: string | null,
): SpeechSynthesisVoice | null {
  const want = (lang ?? 'id').toLowerCase().slice(0, 2);
  const norm = (v: SpeechSynthesisVoice) => v.lang.toLowerCase().replace('_', '-');
  return (
    (want === 'id' ? voices.find((v) => norm(v) === 'id-id') : undefined) ??
    voices.find((v) => norm(v).startsWith(want)) ??
    voices.find((v) => v.default) ??
    voices[0] ??
    null
  );
}

/** The readable blocks of the body, outermost text-bearing ones, in reading order. */
export function findBlocks(container: Element): HTMLElement[] {
  return Array.from(container.querySelectorAll<HTMLElement>(BLOCKS)).filter(
    (el) => (el.textContent ?? '').trim().length > 0 && !el.parentElement?.closest(BLOCKS),
  );
}

export interface ReadAloud {
  available: boolean;
  speaking: boolean;
  start: () => void;
  stop: () => void;
}

export function useReadAloud(
  synth: SpeechSynthesis | null | undefined,
  getContainer: () => Element | null,
  lang: string | null,
): ReadAloud {
  const [voice, setVoice] = useState<SpeechSynthesisVoice | null>(null);
  const [speaking, setSpeaking] = useState(false);
  const run = useRef(0);
  const current = useRef<HTMLElement | null>(null);

  useEffect(() => {
    if (!synth) return;
    // Chrome fills the voice list asynchronously and announces it with `voiceschanged`.
    const update = () => setVoice(pickVoice(synth.getVoices(), lang));
    update();
    synth.addEventListener?.('voiceschanged', update);
    return () => synth.removeEventListener?.('voiceschanged', update);
  }, [synth, lang]);

  const unmark = () => {
    current.current?.classList.remove(SPEAKING_CLASS);
    current.current = null;
  };

  const stop = () => {
    run.current++;
    synth?.cancel();
    unmark();
    setSpeaking(false);
  };

  useEffect(() => () => stop(), []);

  const start = () => {
    const container = getContainer();
    if (!synth || !voice || !container) return;
    stop();
    const token = run.current;
    const blocks = findBlocks(container);
    const speak = (i: number) => {
      unmark();
      const block = blocks[i];
      if (token !== run.current) return;
      if (!block) {
        setSpeaking(false);
        return;
      }
      block.classList.add(SPEAKING_CLASS);
      block.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
      current.current = block;
      const u = new SpeechSynthesisUtterance(block.textContent ?? '');
      u.voice = voice;
      u.lang = voice.lang;
      // A cancelled utterance also ends: the token keeps a stopped run from moving on.
      u.onend = () => {
        if (token === run.current) speak(i + 1);
      };
      u.onerror = () => {
        if (token === run.current) stop();
      };
      synth.speak(u);
    };
    setSpeaking(true);
    speak(0);
  };

  return { available: !!synth && !!voice, speaking, start, stop };
}
