/** The pages of the built site under test. */
export { pages } from '../../scripts/pages.mjs';

import { inject } from 'vitest';

export const DIST = inject('e2eDist');
