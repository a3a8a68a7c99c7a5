// Its own module: the figure frame loads it when it first speaks, not with every figure.

/**
 * A readout as a screen reader should say it: "1.36e-6" as "1.36 times 10 to the minus 6", "∇f" as
 * "gradient of f", "·" separators as commas, "(x, y) = (1, 2)" as "x, y = 1, 2".
 */
export function spoken(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/([0-9.]+)e([+-−]?)0*(\d+)/g, (_, m: string, sign: string, exp: string) => {
      const minus = sign === '-' || sign === '−';
      return `${m} times 10 to the ${minus ? 'minus ' : ''}${exp}`;
    })
    .replace(/∇\s?([A-Za-zα-ω]\w*)/g, 'gradient of $1')
    .replace(/∇/g, 'gradient')
    .replace(/\s*·\s*/g, ', ')
    .replace(/\(([^()]*)\) = \(([^()]*)\)/g, '$1 = $2')
    .trim();
}
