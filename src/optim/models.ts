/** Model families of one input: the same structure, different parameters (lesson 1). */
export interface ModelFamily {
  readonly id: 'line' | 'parabola' | 'wave';
  readonly name: string;
  /** TeX of the structure with its parameters a, b, c. */
  readonly tex: string;
  /** The model's prediction for input x under parameters (a, b, c). */
  predict(a: number, b: number, c: number, x: number): number;
}

export const MODEL_FAMILIES = {
  line: { id: 'line', name: 'Line', tex: 'y = a\\,x + b', predict: (a, b, _c, x) => a * x + b },
  parabola: {
    id: 'parabola',
    name: 'Parabola',
    tex: 'y = a\\,x^2 + b\\,x + c',
    predict: (a, b, c, x) => a * x * x + b * x + c,
  },
  wave: { id: 'wave', name: 'Wave', tex: 'y = a \\sin(b\\,x) + c', predict: (a, b, c, x) => a * Math.sin(b * x) + c },
} as const satisfies Record<string, ModelFamily>;

export type ModelFamilyId = keyof typeof MODEL_FAMILIES;
