/** Model families of one input: the same structure, different parameters (lesson 1). */

/** A family's parameter letters, as content/symbols.yaml gives them: m, b a line's slope and intercept, a the weight of a curved part, w (ω) a wave's frequency. */
export type FamilyParam = 'a' | 'm' | 'b' | 'w';

export interface ModelFamily {
  readonly id: 'line' | 'parabola' | 'wave';
  readonly name: string;
  /** The parameters this family uses, in the order its formula writes them. */
  readonly params: readonly FamilyParam[];
  /** TeX of the structure with its parameters. */
  readonly tex: string;
  /** The model's prediction for input x under the parameters (those the family does not use are ignored). */
  predict(p: Readonly<Record<FamilyParam, number>>, x: number): number;
}

export const MODEL_FAMILIES = {
  line: { id: 'line', name: 'Line', params: ['m', 'b'], tex: 'y = m\\,x + b', predict: (p, x) => p.m * x + p.b },
  parabola: {
    id: 'parabola',
    name: 'Parabola',
    params: ['a', 'm', 'b'],
    tex: 'y = a\\,x^2 + m\\,x + b',
    predict: (p, x) => p.a * x * x + p.m * x + p.b,
  },
  wave: {
    id: 'wave',
    name: 'Wave',
    params: ['a', 'w', 'b'],
    tex: 'y = a \\sin(\\omega\\,x) + b',
    predict: (p, x) => p.a * Math.sin(p.w * x) + p.b,
  },
} as const satisfies Record<string, ModelFamily>;

export type ModelFamilyId = keyof typeof MODEL_FAMILIES;

/** The formula of family `id` with the numbers of `p` written in, e.g. "y = 1·x + 0.5"; `fmt` writes one number. */
export function familyFormula(
  id: ModelFamilyId,
  p: Readonly<Record<FamilyParam, number>>,
  fmt: (v: number) => string,
): string {
  if (id === 'line') return `y = ${fmt(p.m)}·x + ${fmt(p.b)}`;
  if (id === 'parabola') return `y = ${fmt(p.a)}·x² + ${fmt(p.m)}·x + ${fmt(p.b)}`;
  return `y = ${fmt(p.a)}·sin(${fmt(p.w)}·x) + ${fmt(p.b)}`;
}
