/** The stand-in exercise components, importable in one line (see Exercises.astro). */
export { default as Exercises } from './Exercises.astro';
export { default as Exercise } from './Exercise.astro';
export { default as Solution } from './Solution.astro';
