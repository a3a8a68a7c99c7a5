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
          return katex.renderToString(part.slice(1, -1), { throwOnError: true, output: 'html' });
        } catch (e) {
          throw new Error(`invalid TeX in "${text}": ${(e as Error).message}`);
        }
      }
      return emphasis(part);
    })
    .join('');
}
