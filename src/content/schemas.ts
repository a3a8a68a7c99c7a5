/**
 * The zod schemas of the book's content: the one source of its types and defaults.
 * A lesson's frontmatter or a quiz file that does not match fails the build with the
 * file and the field named.
 */
import { z } from 'astro/zod';
import { CHALLENGE_IDS } from '../quiz/challenges.ts';
import { optionId } from '../quiz/order.ts';

const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case, like "line-fit"');

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

const OptionSchema = z
  .object({
    /**
     * What a reader's answer is stored by. Optional: without it the id is derived from the text,
     * so an edited option no longer matches answers given to the old one. Give one to keep answers
     * across an edit that does not change the option's meaning.
     */
    id: kebab.optional(),
    /** The option as shown (Markdown-light: $…$ for math). */
    text: z.string().min(1),
    correct: z.boolean().default(false),
    /** Why this option is right or wrong: every option has one. */
    feedback: z.string().min(3),
  })
  .transform((o) => ({ ...o, id: optionId(o) }));

/** Options are shown shuffled and answers are stored by option id, so ids must differ. */
const distinctOptions = (q: { options: readonly { id: string }[] }) =>
  new Set(q.options.map((o) => o.id)).size === q.options.length;
const DISTINCT = {
  message: 'two options of one item have the same text or id (answers are stored by option)',
  path: ['options'],
};

const itemBase = {
  /** Stable id of the item within its quiz (kebab-case). */
  id: kebab,
  /** The question ($…$ for math). */
  prompt: z.string().min(5),
  /** The explanation shown with the answers, with JavaScript or without. */
  explanation: z.string().min(3),
};

const ChoiceSchema = z
  .object({ ...itemBase, kind: z.literal('choice'), options: z.array(OptionSchema).min(2) })
  .refine((q) => q.options.filter((o) => o.correct).length === 1, {
    message: 'a single-choice item needs exactly one option with correct: true',
    path: ['options'],
  })
  .refine(distinctOptions, DISTINCT);

const MultiSchema = z
  .object({ ...itemBase, kind: z.literal('multi'), options: z.array(OptionSchema).min(2) })
  .refine((q) => q.options.some((o) => o.correct), {
    message: 'a multiple-choice item needs at least one option with correct: true',
    path: ['options'],
  })
  .refine(distinctOptions, DISTINCT);

const NumericSchema = z.object({
  ...itemBase,
  kind: z.literal('numeric'),
  answer: z.number(),
  /** Accepted absolute error. */
  tolerance: z.number().nonnegative(),
  unit: z.string().optional(),
});

const ChallengeInputSchema = z.object({
  key: z.string().min(1),
  label: z.string().min(1),
  min: z.number(),
  max: z.number(),
  step: z.number().positive(),
  default: z.number(),
});

const ChallengeSchema = z.object({
  ...itemBase,
  kind: z.literal('challenge'),
  /** Which check in src/quiz/challenges.ts grades it (through src/optim). */
  check: z.enum(CHALLENGE_IDS),
  /** The figure the reader can try it on. */
  figure: kebab.optional(),
  inputs: z.array(ChallengeInputSchema).min(1),
});

export const QuizItemSchema = z.discriminatedUnion('kind', [ChoiceSchema, MultiSchema, NumericSchema, ChallengeSchema]);
export type QuizItem = z.infer<typeof QuizItemSchema>;

export const QuizSchema = z.object({
  /** At least four items end every lesson. */
  items: z.array(QuizItemSchema).min(4),
});
export type Quiz = z.infer<typeof QuizSchema>;

export const GlossarySchema = z.object({
  /** The term as the glossary lists it (lower case unless it is a name, like "Adam"). */
  term: z.string().min(1),
  /**
   * Plain text (it is also the lessons' tooltip): write math in Unicode (η, θ, ∇f), not $…$.
   */
  definition: z
    .string()
    .min(10)
    .refine((d) => !d.includes('$'), {
      message: 'glossary definitions are plain text: write math in Unicode (η, θ), not $…$',
    }),
  /** Other spellings that count as the same term in the lessons. */
  aliases: z.array(z.string().min(2)).default([]),
  /** The slug of the lesson that introduces the term. */
  lesson: kebab.optional(),
  /** Ids of related glossary entries. */
  see: z.array(kebab).default([]),
});
export type GlossaryData = z.infer<typeof GlossarySchema>;

export const SymbolSchema = z.object({
  /** The symbol as KaTeX source, e.g. '\\theta' or 'L(\\theta)'. */
  tex: z.string().min(1),
  /** Its one meaning, as a sentence ($…$ for math). */
  meaning: z.string().min(10),
  /** The order of the lesson that first uses it. */
  lesson: z.number().int().min(1).max(99),
});
export type SymbolData = z.infer<typeof SymbolSchema>;
