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
