/**
 * The book's table of symbols, content/symbols.yaml: one meaning a letter, book-wide. Read and
 * checked at build time; a malformed entry fails the build naming the file, the entry and the field.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { SymbolSchema, type SymbolData } from './schemas.ts';

export const SYMBOLS_FILE = 'content/symbols.yaml';

/** The entries of the table, in the file's order; throws naming the file and field on bad data. */
export function loadSymbols(file = SYMBOLS_FILE): SymbolData[] {
  const data: unknown = parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(data)) throw new Error(`${file}: the table of symbols must be a YAML list`);
  return data.map((entry, i) => {
    const r = SymbolSchema.safeParse(entry);
    if (!r.success) {
      const issue = r.error.issues[0]!;
      throw new Error(
        `${file}: entry ${i} (${JSON.stringify((entry as { tex?: unknown })?.tex ?? null)}): ${issue.path.join('.') || 'entry'}: ${issue.message}`,
      );
    }
    return r.data;
  });
}
