/** The lessons in reading order, from the content collection. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { orderProblems } from '../figures/lessonFiles.ts';

export { CURRICULUM_LENGTH } from '../figures/lessonFiles.ts';

export type Lesson = CollectionEntry<'lessons'>;

/** The lessons by their frontmatter `order`; two at one place, or one past the curriculum, fail the build. */
export async function lessonsInOrder(): Promise<Lesson[]> {
  const all = await getCollection('lessons');
  all.sort((a, b) => a.data.order - b.data.order);
  const problems = orderProblems(
    all.map((l) => ({
      slug: l.id,
      file: l.filePath ?? `content/lessons/${l.id}.mdx`,
      order: l.data.order,
      placed: [],
    })),
  );
  if (problems.length > 0) throw new Error(`Lessons: ${problems.join('; ')}`);
  return all;
}

/** Minutes to read at 200 words a minute, figures and math counted as a little extra. */
export function readingMinutes(body: string): number {
  const words = body
    .replace(/<[^>]+>/g, ' ')
    .split(/\s+/)
    .filter(Boolean).length;
  const figures = (body.match(/<Figure\b/g) ?? []).length;
  return Math.max(1, Math.round(words / 200 + figures * 1.5));
}
