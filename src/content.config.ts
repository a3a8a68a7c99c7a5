import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { LessonSchema, QuizSchema } from './content/schemas.ts';

// DOWNHILL_CONTENT points the build at another content folder (the malformed fixtures' test).
const root = process.env.DOWNHILL_CONTENT ?? './content';

const lessons = defineCollection({
  loader: glob({ base: `${root}/lessons`, pattern: '*.mdx' }),
  schema: LessonSchema,
});

const quizzes = defineCollection({
  loader: glob({ base: `${root}/quizzes`, pattern: '*.yaml' }),
  schema: QuizSchema,
});

export const collections = { lessons, quizzes };
