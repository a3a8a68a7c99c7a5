/** The pages of the built site under test. */
export { pages } from '../../scripts/pages.mjs';

export const DIST = process.env.E2E_DIST ?? 'dist';
