import { describe, expect, test } from 'vitest';
import { buildVersion, reportHref, trackerUrl } from '../../../src/lib/report.ts';

describe('"Report a problem" links', () => {
  test('no tracker set: no link', () => {
    expect(trackerUrl(undefined)).toBeUndefined();
    expect(trackerUrl('  ')).toBeUndefined();
  });
  test('a tracker that is not an http(s) address fails the build, naming the variable', () => {
    expect(() => trackerUrl('issues')).toThrow(/DOWNHILL_TRACKER_URL="issues" is not an address/);
    expect(() => trackerUrl('javascript:alert(1)')).toThrow(/must be an http\(s\) address/);
  });
  test('the link opens a new issue prefilled with what it is about and the build', () => {
    const href = new URL(
      reportHref(
        trackerUrl('https://github.com/owner/downhill/issues/new?labels=reader')!,
        'Problem with quiz item a/b',
        ['Quiz item: a/b'],
      ),
    );
    expect(href.origin + href.pathname).toBe('https://github.com/owner/downhill/issues/new');
    expect(href.searchParams.get('labels')).toBe('reader');
    expect(href.searchParams.get('title')).toBe('Problem with quiz item a/b');
    const body = href.searchParams.get('body')!;
    expect(body).toContain('Quiz item: a/b\n');
    expect(body).toContain(`Build: ${buildVersion()}`);
    expect(buildVersion()).toMatch(/^\d+\.\d+\.\d+( \([0-9a-f]{4,}\))?$/);
  });
});
