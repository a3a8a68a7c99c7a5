/**
 * "Report a problem" links: each opens a new issue on the project's tracker, prefilled with what
 * the problem is about and the build's version. The tracker is set at build time by
 * DOWNHILL_TRACKER_URL, the address of its new-issue form (for GitHub,
 * https://github.com/<owner>/<repo>/issues/new, which takes `title` and `body` in its query);
 * without it no link is shown. Build-time only (Astro frontmatter).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export const TRACKER_ENV = 'DOWNHILL_TRACKER_URL';

/** The tracker's new-issue address, or undefined when none is set; a bad one fails the build. */
export function trackerUrl(value: string | undefined = process.env[TRACKER_ENV]): URL | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  let u: URL;
  try {
    u = new URL(value.trim());
  } catch {
    throw new Error(
      `${TRACKER_ENV}="${value}" is not an address: give the tracker's new-issue page, e.g. https://github.com/owner/repo/issues/new`,
    );
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:')
    throw new Error(`${TRACKER_ENV}="${value}" must be an http(s) address`);
  return u;
}

let version: string | undefined;
/** "0.1.0 (abc1234)": the package version and, where the build runs in a git checkout, its commit. */
export function buildVersion(): string {
  if (version) return version;
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
  let commit = process.env.DOWNHILL_COMMIT ?? '';
  if (!commit) {
    try {
      commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim();
    } catch {
      commit = '';
    }
  }
  version = commit ? `${pkg.version} (${commit})` : pkg.version;
  return version;
}

/** The new-issue address with a title and a body (lines) filled in. */
export function reportHref(tracker: URL, title: string, lines: readonly string[]): string {
  const u = new URL(tracker);
  u.searchParams.set('title', title);
  u.searchParams.set('body', [...lines, `Build: ${buildVersion()}`, '', 'What is wrong:', ''].join('\n'));
  return u.toString();
}
