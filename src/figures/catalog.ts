/**
 * Every figure of the book, found rather than listed. A figure is the spec (defineFigure) that its
 * own file exports, src/figures/lessons/<lesson>/<id>.ts. Its lesson's place in the book is that
 * lesson's frontmatter `order`, and its number ("Figure 3.2") is that order and the figure's place in
 * the lesson's prose (the first <Figure id="…" /> naming it). What would build wrong fails here, when
 * a page first asks for a figure, with every file concerned named.
 */
import type { FigureSpec } from './spec.ts';
import { orderProblems, readLessons, type LessonFile } from './lessonFiles.ts';

/** A spec and the file that exports it. */
export interface SpecFile {
  readonly file: string;
  readonly spec: FigureSpec;
}

/** A lesson with figures, in reading order. */
export interface LessonGroup {
  readonly lesson: string;
  readonly order: number;
  readonly figures: readonly FigureSpec[];
}

const isSpec = (v: unknown): v is FigureSpec =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as FigureSpec).id === 'string' &&
  typeof (v as FigureSpec).lesson === 'string' &&
  typeof (v as FigureSpec).caption === 'string' &&
  typeof (v as FigureSpec).table === 'object';

/**
 * The specs some modules export (keyed by path relative to src/figures), each spec once, with the
 * file named after it when one is (a spec another module re-exports is still its own file's).
 */
export function specFiles(modules: Readonly<Record<string, Readonly<Record<string, unknown>>>>): SpecFile[] {
  const files = new Map<FigureSpec, string>();
  for (const [path, exports] of Object.entries(modules).sort(([a], [b]) => a.localeCompare(b))) {
    const file = `src/figures/${path.replace(/^\.\//, '')}`;
    for (const value of Object.values(exports)) {
      if (!isSpec(value)) continue;
      const known = files.get(value);
      if (known === undefined || (!known.endsWith(`/${value.id}.ts`) && file.endsWith(`/${value.id}.ts`)))
        files.set(value, file);
    }
  }
  return [...files].map(([spec, file]) => ({ file, spec }));
}

/** The closest of `known` to `id` when it is a plausible slip (a few letters off), else undefined. */
export function nearest(id: string, known: readonly string[]): string | undefined {
  const distance = (a: string, b: string): number => {
    let row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      const next = [i];
      for (let j = 1; j <= b.length; j++)
        next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      row = next;
    }
    return row[b.length]!;
  };
  let best: string | undefined;
  let bestD = Math.max(2, Math.floor(id.length / 3)) + 1;
  for (const k of known) {
    const d = distance(id, k);
    if (d < bestD) [best, bestD] = [k, d];
  }
  return best;
}

/**
 * The lessons with figures, in order, each with its figures in reading order. Throws one error that
 * lists every problem, naming the files: two specs with one id, a spec file not named after its id or
 * not in its lesson's folder, a lesson that does not exist, two lessons at one place or one past the
 * curriculum, and a figure its lesson does not place, places twice, or that another lesson places.
 */
export function buildCatalog(specs: readonly SpecFile[], lessons: readonly LessonFile[]): LessonGroup[] {
  const problems = orderProblems(lessons);
  const byId = new Map<string, SpecFile>();
  for (const s of specs) {
    const { id, lesson } = s.spec;
    const other = byId.get(id);
    if (other) problems.push(`duplicate figure id "${id}": ${other.file} and ${s.file} (each figure needs its own id)`);
    else byId.set(id, s);
    const expected = `src/figures/lessons/${lesson}/${id}.ts`;
    if (s.file !== expected)
      problems.push(`${s.file} defines figure "${id}" of lesson "${lesson}": move it to ${expected}`);
    if (!lessons.some((l) => l.slug === lesson))
      problems.push(`${s.file}: figure "${id}" names lesson "${lesson}", which has no content/lessons/${lesson}.mdx`);
  }
  for (const l of lessons) {
    const seen = new Set<string>();
    for (const id of l.placed) {
      const s = byId.get(id);
      if (seen.has(id)) problems.push(`${l.file} places figure "${id}" twice (a figure appears once in its lesson)`);
      seen.add(id);
      if (!s) {
        const guess = nearest(id, [...byId.keys()]);
        problems.push(
          `${l.file} places unknown figure "${id}"${guess ? ` (did you mean "${guess}"?)` : ''}: ` +
            `a figure is a spec file src/figures/lessons/${l.slug}/${id}.ts (npm run new:figure writes one)`,
        );
      } else if (s.spec.lesson !== l.slug)
        problems.push(`${l.file} places figure "${id}", which belongs to lesson "${s.spec.lesson}" (${s.file})`);
    }
  }
  for (const s of specs) {
    const home = lessons.find((l) => l.slug === s.spec.lesson);
    if (home && !home.placed.includes(s.spec.id))
      problems.push(
        `${s.file}: figure "${s.spec.id}" is not placed in ${home.file} (add <Figure id="${s.spec.id}" />)`,
      );
  }
  if (problems.length > 0)
    throw new Error(`The figure catalog (src/figures/catalog.ts):\n  - ${problems.join('\n  - ')}`);

  return lessons
    .filter((l) => l.order !== undefined)
    .sort((a, b) => a.order! - b.order!)
    .map((l) => ({
      lesson: l.slug,
      order: l.order!,
      figures: specs
        .filter((s) => s.spec.lesson === l.slug)
        .sort((a, b) => l.placed.indexOf(a.spec.id) - l.placed.indexOf(b.spec.id))
        .map((s) => s.spec),
    }))
    .filter((g) => g.figures.length > 0);
}

/** Every module of the lessons' figure folders, read for the specs they export. */
const MODULES = import.meta.glob<Record<string, unknown>>('./lessons/*/*.ts', { eager: true });

/** Lessons in reading order with their figures. */
export const LESSON_FIGURES: readonly LessonGroup[] = buildCatalog(specFiles(MODULES), readLessons());

export const FIGURES: readonly FigureSpec[] = LESSON_FIGURES.flatMap((g) => g.figures);

export function figureById(id: string): FigureSpec | undefined {
  return FIGURES.find((f) => f.id === id);
}

/** What a page says of an id that names no figure: the closest id, and where figures come from. */
export function unknownFigure(id: string): string {
  const guess = nearest(
    id,
    FIGURES.map((f) => f.id),
  );
  return (
    `unknown figure "${id}"${guess ? ` (did you mean "${guess}"?)` : ''}: a figure is a spec file ` +
    `src/figures/lessons/<lesson>/<id>.ts (npm run new:figure writes one); the /figures/ page lists them all`
  );
}

/** "1.2" for the second figure of lesson 1. */
export function figureNumber(id: string): string {
  for (const group of LESSON_FIGURES) {
    const fi = group.figures.findIndex((f) => f.id === id);
    if (fi >= 0) return `${group.order}.${fi + 1}`;
  }
  throw new Error(`invalid figure id: ${id}`);
}
