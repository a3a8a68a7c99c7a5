/** The stand-in exercise components, importable in one line (see Exercises.astro). */
// svelte-check cannot resolve .astro modules (astro check can): the three lines are checked by astro check only.
// @ts-ignore
export { default as Exercises } from './Exercises.astro';
// @ts-ignore
export { default as Exercise } from './Exercise.astro';
// @ts-ignore
export { default as Solution } from './Solution.astro';
