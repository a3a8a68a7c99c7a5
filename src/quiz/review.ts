/**
 * The review page (src/pages/review.astro): shows the items the schedule (schedule.ts) says are
 * due, mixed across lessons, each copied from its lesson's page (fetched once per lesson), in fresh
 * numbers where the item has them, with links to its lesson and to the figure state it is about;
 * and moves each through its Leitner boxes as the reader answers. A right answer sends an item to a
 * later box; a miss keeps it here.
 */
import type { Gradable } from './grade.ts';
import { showVariant, verdictWords, wireItem } from './page.ts';
import { loadSchedule, updateSchedule } from './reviewStore.ts';
import { BOX_DAYS, answeredRight, dueCards, missed, nextDue, shownVariant, waitText } from './schedule.ts';

type Card = Gradable & {
  readonly key: string;
  readonly lesson: { readonly href: string; readonly title: string; readonly order: number };
  readonly figure?: { readonly href: string; readonly name: string; readonly inState: boolean };
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** A lesson's page, parsed, fetched once however many of its items are due (null if it cannot be had). */
const pages = new Map<string, Promise<Document | null>>();
function lessonPage(href: string): Promise<Document | null> {
  let p = pages.get(href);
  if (!p) {
    p = fetch(href)
      .then((r) => (r.ok ? r.text() : null))
      // Only the items are wanted: the page's own style sheets would be checked against this page's policy.
      .then((html) =>
        html === null
          ? null
          : new DOMParser().parseFromString(html.replace(/<style[\s\S]*?<\/style>/gi, ''), 'text/html'),
      )
      .catch(() => null);
    pages.set(href, p);
  }
  return p;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...kids: (Node | string)[]) {
  const el = document.createElement(tag);
  el.className = className;
  el.append(...kids);
  return el;
}

function link(href: string, text: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  return a;
}

/** The item as its lesson shows it, made to work here: ids of its own, links that lead back to the lesson. */
function copyItem(doc: Document, card: Card): HTMLElement | null {
  const id = card.key.split('/')[1]!;
  const source = doc.getElementById(`quiz-${id}`);
  if (!source?.hasAttribute('data-quiz-item')) return null;
  const el = document.importNode(source, true) as HTMLElement;
  el.id = `review-${card.key.replace('/', '-')}`;
  for (const a of el.querySelectorAll<HTMLAnchorElement>('a[href^="#"]'))
    a.setAttribute('href', `${card.lesson.href}${a.getAttribute('href')}`);
  return el;
}

export async function initReview(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-review][data-items]');
  if (!root || root.dataset.ready) return;
  let cards: Card[];
  try {
    cards = JSON.parse(root.dataset.items ?? '[]') as Card[];
  } catch {
    return;
  }
  const known = new Set(cards.map((i) => i.key));
  const summary = root.querySelector<HTMLElement>('[data-review-summary]')!;
  const noticeEl = root.querySelector<HTMLElement>('[data-review-notice]')!;
  const announcer = root.querySelector<HTMLElement>('[data-announce]');
  const list = root.querySelector<HTMLElement>('[data-review-cards]')!;
  const notify = (text: string) => {
    if (!text) return;
    noticeEl.textContent = text;
    noticeEl.hidden = false;
  };
  const say = (text: string) => {
    if (announcer) announcer.textContent = text.replace(/\s+/g, ' ').trim();
  };

  const loaded = loadSchedule();
  notify(loaded.notice);
  const now = Date.now();
  const due = dueCards(loaded.schedule, now, known);
  if (due.length === 0) {
    const next = nextDue(loaded.schedule, now, known);
    summary.textContent =
      next === undefined
        ? 'Nothing to review yet. Questions you miss in a lesson’s quiz come back here, spaced out over the days that follow.'
        : `Nothing is due now. The next question comes back ${waitText(next, now)}.`;
    root.dataset.ready = '1';
    return;
  }
  const lessons = new Set(due.map((k) => k.split('/')[0]));
  summary.textContent = `${plural(due.length, 'question')} due, from ${plural(lessons.size, 'lesson')}. A right answer brings a question back later each time (after ${BOX_DAYS.slice(1).join(', ')} days); a miss keeps it here.`;

  const docs = await Promise.all(due.map((key) => lessonPage(cards.find((c) => c.key === key)!.lesson.href)));
  let answered = 0;
  let missing = 0;
  due.forEach((key, n) => {
    const card = cards.find((c) => c.key === key)!;
    const el = docs[n] ? copyItem(docs[n], card) : null;
    if (!el) {
      missing++;
      return;
    }
    const next = element('p', 'review-next');
    next.dataset.reviewNext = '';
    const from = element(
      'p',
      'review-from',
      `From lesson ${card.lesson.order}, `,
      link(`${card.lesson.href}#quiz-${key.split('/')[1]}`, card.lesson.title),
    );
    if (card.figure)
      from.append(
        ' · ',
        link(
          card.figure.href,
          `${card.figure.name}${card.figure.inState ? ', in the state this question is about' : ''}`,
        ),
      );
    const article = element('article', 'review-card', from, el, next);
    article.dataset.reviewCard = key;
    article.setAttribute('aria-label', `Question ${n + 1} of ${due.length}, from lesson ${card.lesson.order}`);
    list.append(article);
    // Fresh numbers: the set after the one shown last time.
    const sets = card.kind === 'numeric' ? (card.variants?.length ?? 0) : 0;
    if (sets > 1) {
      const v = ((loaded.schedule.cards[key]?.variant ?? 0) + 1) % sets;
      showVariant(el, v);
      notify(updateSchedule((s) => shownVariant(s, key, v)).notice);
    }
    wireItem(card, el, {
      graded(_r, g) {
        const t = Date.now();
        const { schedule, notice } = updateSchedule((s) => (g.correct ? answeredRight(s, key, t) : missed(s, key, t)));
        notify(notice);
        const c = schedule.cards[key];
        next.textContent = g.correct
          ? c
            ? `It comes back ${waitText(c.due, t)}.`
            : 'That was its last review: it leaves the schedule.'
          : 'It stays on this page until you answer it right.';
        if (g.correct) answered++;
        say(
          `Review question ${n + 1} of ${due.length}: ${verdictWords(el)} ${next.textContent} ${answered} of ${due.length} answered right.`,
        );
      },
      cleared() {
        next.textContent = '';
      },
      say,
    });
  });
  if (missing > 0)
    notify(
      `${plural(missing, 'question')} could not be loaded from ${missing === 1 ? 'its lesson' : 'their lessons'}; ${missing === 1 ? 'it stays' : 'they stay'} on your schedule. Reload to try again.`,
    );
  root.dataset.ready = '1';
}
