// Copying in the Share dialog (src/widgets/core/share/copy.ts): the Clipboard API, then the browser's
// copy command on the selected field, then the field left selected for Ctrl+C, with a message for each.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { copyMessage, copyText } from '../../../src/widgets/core/share/copy.ts';

function field(value: string) {
  const f = {
    value,
    focused: false,
    selected: [0, 0],
    focus: () => (f.focused = true),
    select: () => {},
    setSelectionRange: (a: number, b: number) => (f.selected = [a, b]),
  };
  return f as unknown as HTMLInputElement & typeof f;
}

function browser(
  clipboard: 'ok' | 'refused' | 'absent' | 'not allowed here',
  command: boolean | 'throws',
  platform = 'Linux x86_64',
) {
  const written: string[] = [];
  const commands: string[] = [];
  vi.stubGlobal('navigator', {
    platform,
    userAgent: '',
    clipboard:
      clipboard === 'absent'
        ? undefined
        : {
            writeText: (t: string) => {
              written.push(t);
              return clipboard === 'refused' ? Promise.reject(new Error('NotAllowedError')) : Promise.resolve();
            },
          },
  });
  vi.stubGlobal('document', {
    featurePolicy: { allowsFeature: (f: string) => !(f === 'clipboard-write' && clipboard === 'not allowed here') },
    execCommand: (c: string) => {
      commands.push(c);
      if (command === 'throws') throw new Error('no');
      return command;
    },
  });
  return { written, commands };
}

afterEach(() => vi.unstubAllGlobals());

describe('copyText', () => {
  test('the Clipboard API when it is allowed; the field is left alone', async () => {
    const b = browser('ok', true);
    const f = field('https://x.org/a');
    expect(await copyText('https://x.org/a', f)).toBe('copied');
    expect(b.written).toEqual(['https://x.org/a']);
    expect(b.commands).toEqual([]);
    expect(f.focused).toBe(false);
  });

  test('refused, absent (plain http) or not allowed (a frame without clipboard-write): the selection and the copy command', async () => {
    for (const clipboard of ['refused', 'absent', 'not allowed here'] as const) {
      const b = browser(clipboard, true);
      const f = field('<iframe src="…"></iframe>');
      expect(await copyText(f.value, f)).toBe('copied');
      expect(b.commands).toEqual(['copy']);
      // Where the frame's policy forbids it, the Clipboard API is not even tried.
      if (clipboard === 'not allowed here') expect(b.written).toEqual([]);
      expect(f.focused).toBe(true);
      expect(f.selected).toEqual([0, f.value.length]);
    }
  });

  test('when the copy command fails too, the text stays selected and the message says how to copy it', async () => {
    for (const command of [false, 'throws'] as const) {
      browser('refused', command);
      const f = field('abc');
      expect(await copyText('abc', f)).toBe('selected');
      expect(f.selected).toEqual([0, 3]);
      expect(copyMessage('selected', 'the link')).toBe(
        'This page does not let the figure copy: the link is selected, press Ctrl+C to copy it.',
      );
    }
    browser('refused', false, 'MacIntel');
    expect(copyMessage('selected', 'the link')).toContain('press ⌘C');
    expect(copyMessage('copied', 'the embed code')).toBe('Copied the embed code.');
  });
});
