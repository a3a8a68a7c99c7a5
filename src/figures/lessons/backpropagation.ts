/** Lesson 7's figures: a slope measured from two points, the network's computational graph, a gradient check. */
export * from './backpropagation/shared.ts';
import { differenceSlope } from './backpropagation/difference-slope.ts';
import { backpropGraph } from './backpropagation/backprop-graph.ts';
import { gradientCheck } from './backpropagation/gradient-check.ts';

export { differenceSlope, backpropGraph, gradientCheck };
