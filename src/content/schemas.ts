/**
 * The zod schemas of the book's content: the one source of its types and defaults.
 * A lesson's frontmatter or a quiz file that does not match fails the build with the
 * file and the field named.
 */
import { z } from 'astro/zod';
import { controlProblem } from '../lib/richText.ts';
import { kebab } from '../quiz/schema.ts';

// A quiz file's schema lives with the quiz (src/quiz/schema.ts); the content config takes it from here.
export { QuizItemSchema, QuizSchema, type Quiz, type QuizItem } from '../quiz/schema.ts';

export const LessonSchema = z.object({
  /** The lesson's title as readers see it. */
  title: z.string().min(3),
  /** Position in the book, 1-based; unique. */
  order: z.number().int().min(1).max(99),
  /** One or two sentences for the home page and the page description. */
  summary: z.string().min(10),
  /** What the reader can do after the lesson: at least two. */
  objectives: z.array(z.string().min(5)).min(2),
  /** Ids of the sources (see /references/) the lesson draws on. */
  sources: z.array(z.string()).default([]),
});
export type LessonData = z.infer<typeof LessonSchema>;

/** Plain text without the control characters a lost YAML backslash leaves (see controlProblem). */
const plain = (min: number) =>
  z
    .string()
    .min(min)
    .superRefine((s, ctx) => {
      const problem = controlProblem(s);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });

export const GlossarySchema = z.object({
  /** The term as the glossary lists it (lower case unless it is a name, like "Adam"). */
  term: plain(1),
  /**
   * Plain text (it is also the lessons' tooltip): write math in Unicode (η, θ, ∇f), not $…$.
   */
  definition: plain(10).refine((d) => !d.includes('$'), {
    message: 'glossary definitions are plain text: write math in Unicode (η, θ), not $…$',
  }),
  /** Other spellings that count as the same term in the lessons. */
  aliases: z.array(plain(2)).default([]),
  /** The slug of the lesson that introduces the term. */
  lesson: kebab.optional(),
  /** Ids of related glossary entries. */
  see: z.array(kebab).default([]),
});
export type GlossaryData = z.infer<typeof GlossarySchema>;
/**
 * An entry as content/glossary.yaml writes it, with its id (the content collection's file loader
 * takes the id off; the glossary plugin, src/content/rehypeGlossary.ts, reads the file itself).
 */
export const GlossaryEntrySchema = GlossarySchema.extend({ id: kebab });

export const SymbolSchema = z.object({
  /** The symbol as KaTeX source, e.g. '\\theta' or 'L(\\theta)'. */
  tex: z.string().min(1),
  /** Its one meaning, as a sentence ($…$ for math). */
  meaning: z.string().min(10),
  /** The order of the lesson that first uses it. */
  lesson: z.number().int().min(1).max(99),
});
export type SymbolData = z.infer<typeof SymbolSchema>;
