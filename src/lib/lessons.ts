/** The lessons in reading order, from the content collection. */
import { getCollection, type CollectionEntry } from 'astro:content';

/** The curriculum's length (DESIGN.md): "Lesson N of 8" even while some are being written. */
export const CURRICULUM_LENGTH = 8;

export type Lesson = CollectionEntry<'lessons'>;

export async function lessonsInOrder(): Promise<Lesson[]> {
  const all = await getCollection('lessons');
  all.sort((a, b) => a.data.order - b.data.order);
  for (let i = 1; i < all.length; i++) {
    if (all[i]!.data.order === all[i - 1]!.data.order) {
      throw new Error(`content/lessons: "${all[i]!.id}" and "${all[i - 1]!.id}" both have order ${all[i]!.data.order}`);
    }
  }
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
