/**
 * Short texts from data files (quiz prompts, feedback, glossary): HTML-escaped, with $…$ as
 * KaTeX (rendered at build time), **bold**, *italic* and `code`. Nothing else is let through.
 */
import katex from 'katex';

function escape(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function emphasis(s: string): string {
  return escape(s)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/\*([^*]+)\*/g, '<em>$1</em>');
}

/** Renders a data string to safe HTML; throws with the text named if its TeX is invalid. */
export function richText(text: string): string {
  const parts = text.split(/(\$[^$]+\$)/g);
  return parts
    .map((part) => {
      if (part.length > 2 && part.startsWith('$') && part.endsWith('$')) {
        try {
          return katex.renderToString(part.slice(1, -1), { throwOnError: true });
        } catch (e) {
          throw new Error(`invalid TeX in "${text}": ${(e as Error).message}`);
        }
      }
      return emphasis(part);
    })
    .join('');
}

/** What a YAML escape made of a backslash: "\\t" in double quotes is a tab, so "$\\theta$" reads "heta". */
const ESCAPES: Record<string, [name: string, letter: string]> = {
  '\0': ['a NUL character', '0'],
  '\x07': ['a bell character', 'a'],
  '\b': ['a backspace', 'b'],
  '\t': ['a tab', 't'],
  '\v': ['a vertical tab', 'v'],
  '\f': ['a form feed', 'f'],
  '\r': ['a carriage return', 'r'],
  '\x1b': ['an escape character', 'e'],
};

/**
 * Why a data string holds a character no author means to type, or undefined. Such characters are
 * backslashes that double-quoted YAML read as escapes ("\\theta" → tab + "heta", "\\frac" →
 * form feed + "rac", "\\nabla" inside math → line break + "abla"); KaTeX would render what is left
 * without a word.
 */
export function controlProblem(text: string): string | undefined {
  const lost = (what: string, letter: string, rest: string) =>
    `${what} before "${rest}": in double-quoted YAML "\\${letter}" is an escape, so "\\${letter}${rest}" lost its backslash. Write "\\\\${letter}${rest}", or put the text in single quotes.`;
  const m = /[\u0000-\u0009\u000B-\u001F\u007F]/.exec(text);
  if (m) {
    const [name, letter] = ESCAPES[m[0]] ?? [
      `the control character U+${m[0].charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`,
      '?',
    ];
    const rest = /^[A-Za-z]*/.exec(text.slice(m.index + 1))![0];
    return rest && letter !== '?'
      ? lost(name, letter, rest)
      : `${name} (at character ${m.index + 1}): write text without control characters.`;
  }
  for (const math of text.match(/\$[^$]+\$/g) ?? []) {
    const nl = /\n([A-Za-z]+)/.exec(math);
    if (nl) return lost('a line break inside math', 'n', nl[1]!);
  }
  return undefined;
}

/** Why the $…$ math in a data string does not render, or undefined (what richText would throw). */
export function texProblem(text: string): string | undefined {
  for (const part of text.split(/(\$[^$]+\$)/g)) {
    if (!(part.length > 2 && part.startsWith('$') && part.endsWith('$'))) continue;
    try {
      katex.renderToString(part.slice(1, -1), { throwOnError: true });
    } catch (e) {
      return `invalid TeX in "${part}": ${(e as Error).message}`;
    }
  }
  return undefined;
}

const TEX_WORDS: [RegExp, string][] = [
  [/\\hat\{(\w)\}/g, '$1̂'],
  [/\\frac\{([^{}]*)\}\{([^{}]*)\}/g, '($1)/($2)'],
  [/\\(?:text|mathrm|operatorname)\{([^{}]*)\}/g, '$1'],
  [/\^\{?2\}?/g, '²'],
  [/\^\{?3\}?/g, '³'],
  [/\^\{?4\}?/g, '⁴'],
  [/\\cdot/g, '·'],
  [/\\times/g, '×'],
  [/\\eta/g, 'η'],
  [/\\theta/g, 'θ'],
  [/\\beta/g, 'β'],
  [/\\nabla/g, '∇'],
  [/\\sum/g, 'Σ'],
  [/\\(?:,|;|quad|\s)/g, ' '],
  [/\\le(?:q)?\b/g, '≤'],
  [/\\ge(?:q)?\b/g, '≥'],
  [/\\([a-zA-Z]+)/g, '$1'],
  [/[{}]/g, ''],
];

/** A plain-text reading of a data string, for accessible names: $…$ becomes its symbols. */
export function plainText(text: string): string {
  return text
    .split(/(\$[^$]+\$)/g)
    .map((part) => {
      if (!(part.length > 2 && part.startsWith('$') && part.endsWith('$'))) return part.replace(/[*`]/g, '');
      let t = part.slice(1, -1);
      for (const [re, to] of TEX_WORDS) t = t.replace(re, to);
      return t.replace(/-/g, '−').replace(/\s+/g, ' ').trim();
    })
    .join('')
    .normalize('NFC');
}
