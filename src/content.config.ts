import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { existsSync } from 'node:fs';
import { GlossarySchema, LessonSchema, QuizSchema } from './content/schemas.ts';

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

// One YAML list of terms (a fixture folder without one falls back to the book's glossary).
const glossary = defineCollection({
  loader: file(existsSync(`${root}/glossary.yaml`) ? `${root}/glossary.yaml` : './content/glossary.yaml'),
  schema: GlossarySchema,
});

export const collections = { lessons, quizzes, glossary };
