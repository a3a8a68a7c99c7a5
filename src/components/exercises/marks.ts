/**
 * How <Exercises>, <Exercise> and <Solution> talk: an Astro component cannot see its parent, so each
 * exercise writes a start mark and a number placeholder, and <Exercises> numbers them in order.
 */
/** Written where an exercise starts (an attribute, so it survives any whitespace handling). */
export const EXERCISE_MARK = 'data-exercise-start';
/** Stands for the exercise's number in its id, heading and solution until <Exercises> fills it in. */
export const NUMBER = '\u27e6n\u27e7';
/** Written on every solution, so that <Exercises> can check each exercise has one. */
export const SOLUTION_MARK = 'data-exercise-solution';
/** The kinds of work an exercise asks for, and the badge each shows. */
export const EXERCISE_KINDS = { derive: 'Derive', compute: 'Compute', predict: 'Predict', explain: 'Explain' } as const;
export type ExerciseKind = keyof typeof EXERCISE_KINDS;
/** How many exercises a lesson holds. */
export const EXERCISE_COUNT = { min: 3, max: 5 } as const;

/**
 * Numbers the exercises in a rendered <Exercises> body: the i-th exercise's placeholders become i.
 * Throws, naming `where`, when the count is outside 3–5 or an exercise has no solution.
 */
export function numberExercises(html: string, where: string): { html: string; count: number } {
  const parts = html.split(EXERCISE_MARK);
  const count = parts.length - 1;
  if (count < EXERCISE_COUNT.min || count > EXERCISE_COUNT.max)
    throw new Error(
      `Exercises (in ${where}): ${count} exercise${count === 1 ? '' : 's'}; a lesson has ${EXERCISE_COUNT.min} to ${EXERCISE_COUNT.max}`,
    );
  const out = parts.map((part, i) => {
    if (i === 0) {
      if (part.includes(NUMBER) || part.includes(SOLUTION_MARK))
        throw new Error(`Exercises (in ${where}): a <Solution> outside any <Exercise>`);
      return part;
    }
    const solutions = part.split(SOLUTION_MARK).length - 1;
    if (solutions !== 1)
      throw new Error(
        `Exercises (in ${where}): exercise ${i} has ${solutions} <Solution> blocks; each exercise ends with exactly one`,
      );
    return part.replaceAll(NUMBER, String(i));
  });
  return { html: out.join(EXERCISE_MARK), count };
}
