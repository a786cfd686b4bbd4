// "Dengarkan": hidden without voices, prefers an id-ID voice, reads paragraph by paragraph and
// marks the current one; Stop cancels and unmarks. The synth is a fake with the browser's shape.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { pickVoice, SPEAKING_CLASS } from '../../../components/use-read-aloud';
import { click, corpusArticle, mountView } from './harness';

interface FakeUtterance {
  text: string;
  voice: SpeechSynthesisVoice | null;
  lang: string;
  onend: (() => void) | null;
  onerror: (() => void) | null;
}

class Utterance implements FakeUtterance {
  voice: SpeechSynthesisVoice | null = null;
  lang = '';
  onend: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(public text: string) {}
}
vi.stubGlobal('SpeechSynthesisUtterance', Utterance);

const voice = (lang: string, name = lang, isDefault = false) =>
  ({ lang, name, default: isDefault, localService: true, voiceURI: name }) as SpeechSynthesisVoice;

function fakeSynth(voices: SpeechSynthesisVoice[]) {
  const spoken: FakeUtterance[] = [];
  const synth = {
    getVoices: () => voices,
    speak: vi.fn((u: FakeUtterance) => spoken.push(u)),
    cancel: vi.fn(),
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
  };
  return { synth: synth as unknown as SpeechSynthesis, spoken };
}

let unmount: (() => void) | null = null;
afterEach(() => unmount?.());

describe('read aloud', () => {
  it('prefers id-ID, then the article language, then the default voice', () => {
    const en = voice('en-US', 'en', true);
    const id = voice('id-ID', 'Damayanti');
    expect(pickVoice([en, id], 'id')?.name).toBe('Damayanti');
    expect(pickVoice([en, voice('id_ID', 'x')], 'id')?.name).toBe('x');
    expect(pickVoice([en], 'id')?.name).toBe('en');
    expect(pickVoice([], 'id')).toBeNull();
  });

  it('is hidden when the browser has no voice', () => {
    const { synth } = fakeSynth([]);
    const v = mountView({
      state: { kind: 'article', article: corpusArticle('detik-1') },
      speech: synth,
    });
    unmount = v.unmount;
    expect(v.el.querySelector('[data-action="listen"]')).toBeNull();
  });

  it('reads paragraph by paragraph with the current one marked, and stops', () => {
    const { synth, spoken } = fakeSynth([voice('en-GB'), voice('id-ID', 'Damayanti')]);
    const v = mountView({
      state: { kind: 'article', article: corpusArticle('detik-1') },
      speech: synth,
    });
    unmount = v.unmount;
    const button = v.el.querySelector('[data-action="listen"]');
    expect(button?.textContent).toBe('Dengarkan');
    click(button);
    const paras = Array.from(v.el.querySelectorAll('.jr-body p'));
    expect(spoken).toHaveLength(1);
    expect(spoken[0]?.voice?.name).toBe('Damayanti');
    expect(spoken[0]?.text).toBe(paras[0]?.textContent);
    expect(paras[0]?.classList.contains(SPEAKING_CLASS)).toBe(true);
    act(() => spoken[0]?.onend?.());
    expect(spoken).toHaveLength(2);
    expect(paras[0]?.classList.contains(SPEAKING_CLASS)).toBe(false);
    expect(v.el.querySelectorAll(`.${SPEAKING_CLASS}`)).toHaveLength(1);
    const stop = v.el.querySelector('[data-action="listen"]');
    expect(stop?.getAttribute('aria-pressed')).toBe('true');
    click(stop);
    expect(synth.cancel).toHaveBeenCalled();
    expect(v.el.querySelectorAll(`.${SPEAKING_CLASS}`)).toHaveLength(0);
    // A cancelled utterance's late onend must not start the next paragraph.
    act(() => spoken[1]?.onend?.());
    expect(spoken).toHaveLength(2);
  });
});
