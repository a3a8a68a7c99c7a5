/**
 * What the figure catalog reads from the lessons' MDX files: each lesson's place in the book (its
 * frontmatter `order`) and the figures its prose places (`<Figure id="…" />`, in reading order).
 * The lessons' frontmatter is the one place a lesson's order is written; the content schema checks
 * its type, this module its range.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** The curriculum's length (DESIGN.md): "Lesson N of 8" even while some are being written. */
export const CURRICULUM_LENGTH = 8;

/** The lessons' folder (relative to the project). The figures belong to the book's own lessons. */
export const LESSONS_DIR = 'content/lessons';

export interface LessonFile {
  readonly slug: string;
  /** Its path, for messages. */
  readonly file: string;
  /** The frontmatter's `order`, undefined when missing or not a whole number (the schema reports it). */
  readonly order: number | undefined;
  /** Ids of the figures its prose places, in order, as written (repeats kept). */
  readonly placed: readonly string[];
}

/** Reads one lesson's order and placed figures from its MDX text. */
export function readLesson(file: string, text: string): LessonFile {
  const slug = file.replace(/^.*\//, '').replace(/\.mdx$/, '');
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const order = /^order:\s*(\d+)\s*$/m.exec(front)?.[1];
  const placed = [...text.matchAll(/<Figure\s+id=["']([^"']+)["']/g)].map((m) => m[1]!);
  return { slug, file, order: order === undefined ? undefined : Number(order), placed };
}

/** Every lesson in `dir`, by file name. */
export function readLessons(dir = LESSONS_DIR): LessonFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => readLesson(`${dir}/${f}`, readFileSync(`${dir}/${f}`, 'utf8')));
}

/**
 * What is wrong with the lessons' orders, in words naming the files (empty when nothing is): two
 * lessons at one place, or a lesson past the curriculum's end (which would read "Lesson 9 of 8").
 */
export function orderProblems(lessons: readonly LessonFile[], length = CURRICULUM_LENGTH): string[] {
  const problems: string[] = [];
  const at = new Map<number, LessonFile>();
  for (const l of lessons) {
    if (l.order === undefined) continue;
    const other = at.get(l.order);
    if (other) problems.push(`${other.file} and ${l.file} both have order ${l.order}: give each lesson its own place`);
    else at.set(l.order, l);
    if (l.order > length)
      problems.push(
        `${l.file}: order ${l.order} is past the curriculum's ${length} lessons (it would read "Lesson ${l.order} of ${length}"): ` +
          `raise CURRICULUM_LENGTH in src/figures/lessonFiles.ts with DESIGN.md's curriculum`,
      );
  }
  return problems;
}
