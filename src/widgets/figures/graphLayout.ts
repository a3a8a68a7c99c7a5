/**
 * Where the boxes of the tiny network's computational graph sit (figure "backprop-graph"), in two
 * orientations: `wide` runs left to right for a desktop column, `tall` top to bottom for a phone.
 * Pure geometry in viewBox units; what the boxes say comes from the optimizer module's trace.
 */

export type GraphNode = 'x' | 'z' | 'a' | 'out' | 'q' | 'loss';

export interface Box {
  readonly node: GraphNode;
  /** Input k or hidden unit j (0-based); 0 for the output's nodes. */
  readonly index: number;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface Edge {
  readonly from: Box;
  readonly to: Box;
  /** Endpoints in viewBox units: from the side of `from` that faces `to`. */
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export interface GraphLayout {
  readonly width: number;
  readonly height: number;
  readonly boxes: readonly Box[];
  readonly edges: readonly Edge[];
  box(node: GraphNode, index?: number): Box;
}

/** A line of text in a box is this tall. */
export const LINE = 15;
const PAD = 6;
/** Lines each kind of box holds: a unit's sum lists its parameters, one line each. */
function lines(node: GraphNode, hidden: number): number {
  switch (node) {
    case 'z':
      return 2 + 3; // name = value, δⱼ, then w_j1, w_j2, b_j
    case 'out':
      return 2 + hidden + 1; // name = value, δ, then u_1 … u_H, c
    default:
      return 2;
  }
}
const heightOf = (node: GraphNode, hidden: number) => lines(node, hidden) * LINE + 2 * PAD;

/** The graph of a network with `hidden` hidden units and two inputs. */
export function graphLayout(orientation: 'wide' | 'tall', hidden: number): GraphLayout {
  const boxes: Box[] = [];
  const add = (node: GraphNode, index: number, x: number, y: number, w: number) => {
    const b = { node, index, x, y, w, h: heightOf(node, hidden) };
    boxes.push(b);
    return b;
  };
  const W = { x: 72, z: 144, a: 128, out: 144, q: 88, loss: 88 } as const;
  const GAP = orientation === 'wide' ? 26 : 14;
  let width: number;
  let height: number;
  if (orientation === 'wide') {
    const zH = heightOf('z', hidden);
    height = Math.max(hidden * zH + (hidden - 1) * GAP, heightOf('out', hidden)) + 8;
    const midY = height / 2;
    const colY = (i: number, n: number, h: number) => midY - (n * h + (n - 1) * GAP) / 2 + i * (h + GAP);
    let x = 4;
    for (let k = 0; k < 2; k++) add('x', k, x, colY(k, 2, heightOf('x', hidden)), W.x);
    x += W.x + GAP;
    for (let j = 0; j < hidden; j++) add('z', j, x, colY(j, hidden, zH), W.z);
    x += W.z + GAP;
    for (let j = 0; j < hidden; j++) add('a', j, x, colY(j, hidden, zH) + (zH - heightOf('a', hidden)) / 2, W.a);
    x += W.a + GAP;
    add('out', 0, x, midY - heightOf('out', hidden) / 2, W.out);
    x += W.out + GAP;
    add('q', 0, x, midY - heightOf('q', hidden) / 2, W.q);
    x += W.q + GAP;
    add('loss', 0, x, midY - heightOf('loss', hidden) / 2, W.loss);
    width = x + W.loss + 4;
  } else {
    width = hidden * W.z + (hidden - 1) * GAP + 8;
    const rowX = (i: number, n: number, w: number) => width / 2 - (n * w + (n - 1) * GAP) / 2 + i * (w + GAP);
    let y = 4;
    for (let k = 0; k < 2; k++) add('x', k, rowX(k, 2, W.x), y, W.x);
    y += heightOf('x', hidden) + GAP + 6;
    for (let j = 0; j < hidden; j++) add('z', j, rowX(j, hidden, W.z), y, W.z);
    y += heightOf('z', hidden) + GAP + 6;
    for (let j = 0; j < hidden; j++) add('a', j, rowX(j, hidden, W.z) + (W.z - W.a) / 2, y, W.a);
    y += heightOf('a', hidden) + GAP + 6;
    add('out', 0, width / 2 - W.out / 2, y, W.out);
    y += heightOf('out', hidden) + GAP + 6;
    add('q', 0, width / 2 - W.q - GAP, y, W.q);
    add('loss', 0, width / 2 + GAP, y, W.loss);
    height = y + heightOf('q', hidden) + 4;
  }
  const box = (node: GraphNode, index = 0): Box => {
    const b = boxes.find((c) => c.node === node && c.index === index);
    if (!b) throw new Error(`invalid graph node: ${node}[${index}]`);
    return b;
  };
  const edge = (from: Box, to: Box): Edge => {
    const side = orientation === 'wide' && to.x > from.x + from.w;
    if (side) return { from, to, x1: from.x + from.w, y1: from.y + from.h / 2, x2: to.x, y2: to.y + to.h / 2 };
    if (orientation === 'tall' && to.y > from.y + from.h)
      return { from, to, x1: from.x + from.w / 2, y1: from.y + from.h, x2: to.x + to.w / 2, y2: to.y };
    // Side by side in the tall layout (q → ℓ): from the right edge to the left edge.
    return { from, to, x1: from.x + from.w, y1: from.y + from.h / 2, x2: to.x, y2: to.y + to.h / 2 };
  };
  const edges: Edge[] = [];
  for (let j = 0; j < hidden; j++) {
    for (let k = 0; k < 2; k++) edges.push(edge(box('x', k), box('z', j)));
    edges.push(edge(box('z', j), box('a', j)));
    edges.push(edge(box('a', j), box('out')));
  }
  edges.push(edge(box('out'), box('q')), edge(box('q'), box('loss')));
  return { width, height, boxes, edges, box };
}
