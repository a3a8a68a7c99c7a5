// The playground's menu names its objectives by their own names (Objective.name), one source for
// both: a note in brackets may follow, for what the name does not say.
import { describe, expect, test } from 'vitest';
import { OBJECTIVE_NAMES, PLAYGROUND_OBJECTIVES, playgroundObjective } from '../../../src/figures/playground.ts';

describe('OBJECTIVE_NAMES', () => {
  test.each(PLAYGROUND_OBJECTIVES)('%s: the objective’s own name, whatever κ, then at most a note', (id) => {
    for (const kappa of [1, 25, 100]) {
      const own = playgroundObjective(id, kappa).name;
      expect(OBJECTIVE_NAMES[id].startsWith(own), `${OBJECTIVE_NAMES[id]} / ${own}`).toBe(true);
      expect(OBJECTIVE_NAMES[id].slice(own.length)).toMatch(/^( \([^()]+\))?$/);
    }
  });

  test('every objective on offer has a name, and no two share one', () => {
    expect(Object.keys(OBJECTIVE_NAMES).sort()).toEqual([...PLAYGROUND_OBJECTIVES].sort());
    expect(new Set(Object.values(OBJECTIVE_NAMES)).size).toBe(PLAYGROUND_OBJECTIVES.length);
  });
});
