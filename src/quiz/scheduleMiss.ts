/**
 * What a lesson's quiz loads when a reader first reaches it (page.ts): putting a missed item on the
 * review schedule. A module of its own, loaded only this way, so the page's first load carries none
 * of the schedule's code.
 */
import { NO_STORAGE, updateSchedule } from './reviewStore.ts';
import { missed } from './schedule.ts';

/**
 * A miss in a lesson's quiz: the item goes on the schedule. The notice, if any, for the quiz to
 * show; none when storage cannot be used at all (the quiz's progress notice says so already).
 */
export function scheduleMiss(key: string, now: number): string {
  const { notice } = updateSchedule((s) => missed(s, key, now));
  return notice === NO_STORAGE ? '' : notice;
}
