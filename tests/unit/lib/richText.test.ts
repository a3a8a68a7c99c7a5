import { describe, expect, test } from 'vitest';
import { richText } from '../../../src/lib/richText.ts';

describe('richText', () => {
  test('escapes markup', () => {
    expect(richText('<script>alert(1)</script> & "x"')).toBe('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;');
  });
  test('renders $…$ with KaTeX at build time', () => {
    const html = richText('the slope $f\'(x)$ here');
    expect(html).toContain('class="katex"');
    expect(html.startsWith('the slope ')).toBe(true);
  });
  test('bold, italic, code', () => {
    expect(richText('**a** *b* `c`')).toBe('<strong>a</strong> <em>b</em> <code>c</code>');
  });
  test('invalid TeX names the text', () => {
    expect(() => richText('bad $\\frac{1}{$ here')).toThrow('invalid TeX in "bad');
  });
});
