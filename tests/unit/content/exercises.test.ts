// <Exercises> numbers its exercises and refuses a body that is not 3–5 exercises with one solution each.
import { describe, expect, test } from 'vitest';
import { EXERCISE_MARK, NUMBER, SOLUTION_MARK, numberExercises } from '../../../src/components/exercises/marks.ts';

const exercise = (solutions = 1) =>
  `<div ${EXERCISE_MARK} id="exercise-${NUMBER}"><h3>Exercise ${NUMBER}</h3><p>Task.</p>` +
  `<details ${SOLUTION_MARK} id="exercise-${NUMBER}-solution"></details>`.repeat(solutions) +
  '</div>';

describe('numberExercises', () => {
  test('numbers each exercise, its heading and its solution, in order', () => {
    const { html, count } = numberExercises(exercise() + exercise() + exercise(), '/x/');
    expect(count).toBe(3);
    expect(html).not.toContain(NUMBER);
    expect([...html.matchAll(/id="exercise-(\d)"/g)].map((m) => m[1])).toEqual(['1', '2', '3']);
    expect([...html.matchAll(/id="exercise-(\d)-solution"/g)].map((m) => m[1])).toEqual(['1', '2', '3']);
    expect(html).toContain('<h3>Exercise 2</h3>');
  });

  test.each([0, 2, 6])('%i exercises fail, naming the page', (n) => {
    expect(() => numberExercises(exercise().repeat(n), '/lessons/x/')).toThrow(
      /Exercises \(in \/lessons\/x\/\): \d exercises?; a lesson has 3 to 5/,
    );
  });

  test.each([0, 2])('an exercise with %i solutions fails, naming it', (k) => {
    expect(() => numberExercises(exercise() + exercise(k) + exercise(), '/x/')).toThrow(
      `exercise 2 has ${k} <Solution> blocks`,
    );
  });

  test('a solution outside any exercise fails', () => {
    expect(() => numberExercises(`<details ${SOLUTION_MARK}></details>` + exercise().repeat(3), '/x/')).toThrow(
      'a <Solution> outside any <Exercise>',
    );
  });
});
