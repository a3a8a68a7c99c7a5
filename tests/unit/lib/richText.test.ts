import { describe, expect, test } from 'vitest';
import { richText } from '../../../src/lib/richText.ts';

describe('richText', () => {
  test('escapes markup', () => {
    expect(richText('<script>alert(1)</script> & "x"')).toBe(
      '&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;',
    );
  });
  test('renders $…$ with KaTeX at build time', () => {
    const html = richText("the slope $f'(x)$ here");
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

describe('plainText', () => {
  test('reads math as symbols', async () => {
    const { plainText } = await import('../../../src/lib/richText.ts');
    expect(plainText('$-0.3$')).toBe('−0.3');
    expect(plainText('$m$ and $b$')).toBe('m and b');
    expect(plainText('$\\hat{y} = m\\,x + b$')).toBe('ŷ = m x + b');
    expect(plainText('**bold** $x^2$')).toBe('bold x²');
  });
});
