/**
 * Makes the server-rendered quizzes (src/components/Quiz.astro) answerable. Each item's grading
 * data sits in its section's data-items; everything a reader reads is already in the HTML, so
 * feedback is shown by revealing or copying what the server wrote (the answers' disclosure holds
 * each option's "why" and the explanation). Three steps, each its own function: read a response
 * from the item's inputs, render a grade into the item, restore a stored answer. One item's
 * controls are wired by `wireItem`, which the lesson quiz and the review page (review.ts) share.
 * Challenges load their optimizer-module checks only when a reader checks one (or has one stored).
 * A miss puts the item on the review schedule (schedule.ts).
 */
import { loadProgress, updateProgress, type QuizProgress } from '../lib/progress.ts';
import { sortAnswers, type StoredAnswer } from './answers.ts';
import { formatNumber } from './number.ts';
import { grade, readTyped, score, type ChallengeChecker, type Gradable, type Grade, type Response } from './grade.ts';

let checker: Promise<ChallengeChecker> | undefined;
function loadChecker(): Promise<ChallengeChecker> {
  checker ??= import('./challenges.ts').then((m) => m.checkChallenge);
  return checker;
}

// A predict item's plot and the review schedule load when a reader comes near them, not with the page.
let plot: Promise<typeof import('./predictPlot.ts')> | undefined;
const loadPlot = () => (plot ??= import('./predictPlot.ts'));
let store: Promise<typeof import('./scheduleMiss.ts')> | undefined;
const loadStore = () => (store ??= import('./scheduleMiss.ts'));

/** Calls `load` once the element comes near the screen or the reader reaches into it. */
function soon(el: Element, load: () => unknown): void {
  const go = () => {
    observer?.disconnect();
    load();
  };
  const observer =
    typeof IntersectionObserver === 'undefined'
      ? undefined
      : new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && go(), { rootMargin: '50%' });
  observer?.observe(el);
  for (const type of ['pointerdown', 'focusin'] as const) el.addEventListener(type, go, { once: true });
}

/** Every quiz on the page, once. */
export function initQuizzes(): void {
  for (const section of document.querySelectorAll<HTMLElement>('section[data-quiz][data-items]')) {
    if (section.dataset.ready) continue;
    let items: Gradable[];
    try {
      items = JSON.parse(section.dataset.items ?? '[]') as Gradable[];
    } catch {
      continue;
    }
    quiz(section, section.dataset.quiz ?? '', items);
    section.dataset.ready = '1';
  }
}

const inputs = (el: Element, sel = 'input') => [...el.querySelectorAll<HTMLInputElement>(sel)];
const part = (el: Element, hook: string) => el.querySelector<HTMLElement>(`[${hook}]`)!;

/** The reader's response as the item's inputs hold it, or a sentence saying why it cannot be graded. */
export function readResponse(item: Gradable, el: Element): Response | { readonly problem: string } {
  switch (item.kind) {
    case 'choice': {
      const picked = inputs(el, 'input[type="radio"]').find((i) => i.checked);
      return picked ? { kind: 'choice', choice: picked.value } : { problem: 'Answer first, then check.' };
    }
    case 'multi':
      return {
        kind: 'multi',
        choices: inputs(el, 'input[type="checkbox"]').flatMap((i) => (i.checked ? [i.value] : [])),
      };
    case 'numeric':
      return readTyped(item, el.querySelector<HTMLInputElement>('[data-numeric-input]')?.value ?? '', variantOf(el));
    case 'challenge':
      return {
        kind: 'challenge',
        inputs: Object.fromEntries(
          inputs(el, '[data-challenge-input]').map((i) => [i.dataset.challengeInput!, Number(i.value)]),
        ),
      };
    case 'predict':
      return { kind: 'predict', value: Number(el.querySelector<HTMLInputElement>('[data-predict-input]')?.value) };
  }
}

/** Which set of numbers an item shows (0: its own; see showVariant). */
const variantOf = (el: Element) => Number((el as HTMLElement).dataset.variant ?? 0);

/**
 * Shows another set of the item's numbers: its prompt, answer and explanation as the build wrote
 * them in the item's <template data-variant>. The first set is kept in a template of its own.
 */
export function showVariant(el: HTMLElement, k: number): void {
  if (variantOf(el) === k) return;
  const slots = ['data-prompt', 'data-answer-text', 'data-explanation'];
  if (!el.querySelector('template[data-variant="0"]')) {
    const own = document.createElement('template');
    own.dataset.variant = '0';
    for (const hook of slots) own.content.append(part(el, hook).cloneNode(true));
    el.append(own);
  }
  const from = el.querySelector<HTMLTemplateElement>(`template[data-variant="${k}"]`);
  if (!from) return;
  for (const hook of slots) {
    const source = from.content.querySelector(`[${hook}]`);
    if (source) part(el, hook).replaceChildren(...cloneKids(source));
  }
  el.dataset.variant = String(k);
}

/** Puts a stored response back into the item's inputs. */
export function restoreInputs(el: Element, r: Response, item?: Gradable): void {
  if (r.kind === 'predict' && item?.kind === 'predict') {
    el.querySelector<HTMLInputElement>('[data-predict-input]')!.value = String(r.value);
    void loadPlot().then((m) => m.syncMarker(el, (v) => m.markerText(item.marker, v)));
  }
  if (r.kind === 'choice' || r.kind === 'multi') {
    const picked = r.kind === 'choice' ? [r.choice] : r.choices;
    for (const i of inputs(el, 'input[type="radio"], input[type="checkbox"]')) i.checked = picked.includes(i.value);
  }
  if (r.kind === 'numeric')
    el.querySelector<HTMLInputElement>('[data-numeric-input]')!.value = r.typed ?? String(r.value);
  if (r.kind === 'challenge') {
    for (const i of inputs(el, '[data-challenge-input]')) {
      const v = r.inputs[i.dataset.challengeInput!];
      if (v !== undefined) i.value = String(v);
    }
  }
}

/** How a screen reader would read a piece of rich text: KaTeX's MathML, without its drawn copy or TeX source. */
export function spoken(nodes: readonly Node[]): string {
  return nodes
    .map((n) => {
      const copy = n.cloneNode(true);
      if (copy instanceof Element) for (const x of copy.querySelectorAll('.katex-html, annotation')) x.remove();
      return copy.textContent ?? '';
    })
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Copies of a node's children (rich text with math), to show it a second time. */
function cloneKids(node: Element | null): Node[] {
  return node ? [...node.childNodes].map((n) => n.cloneNode(true)) : [];
}

function paragraph(className: string, ...content: (Node | string)[]): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = className;
  p.append(...content);
  return p;
}

/** Shows a grade in the item's HTML, or clears it (`undefined`, for a retry). A predict item's run is shown with it. */
export function renderGrade(item: Gradable, el: Element, g: Grade | undefined): void {
  if (item.kind === 'predict' && !el.hasAttribute('data-playing'))
    void loadPlot().then((m) => m.showRun(el, g ? 'show' : 'hide', item.answer));
  const done = g !== undefined && (item.kind !== 'challenge' || g.correct);
  for (const input of inputs(el)) input.disabled = done;
  part(el, 'data-check').hidden = done;
  part(el, 'data-retry').hidden = !g || item.kind === 'challenge';
  part(el, 'data-unanswered').textContent = '';
  // Per option: the reader's pick said in words, each option marked, with its own "why".
  for (const old of el.querySelectorAll('[data-option-feedback], [data-yours]')) old.remove();
  for (const label of el.querySelectorAll<HTMLElement>('[data-option]')) {
    label.classList.remove('is-correct', 'is-wrong', 'is-picked');
    if (!g?.options || !('options' in item)) continue;
    const id = label.dataset.option ?? '';
    const right = item.options.find((o) => o.id === id)?.correct === true;
    const picked = label.querySelector('input')!.checked;
    label.classList.toggle('is-correct', right);
    label.classList.toggle('is-wrong', picked && !right);
    label.classList.toggle('is-picked', picked);
    if (picked) {
      const tag = document.createElement('span');
      tag.className = 'quiz-yours';
      tag.dataset.yours = '';
      tag.textContent = 'Your answer';
      label.append(tag);
    }
    const why = cloneKids(el.querySelector(`[data-answer-of="${CSS.escape(id)}"] [data-why]`));
    const mark = right ? '✓ Right: ' : picked ? '✗ Not this one: ' : '✗ Wrong: ';
    const p = paragraph(`quiz-feedback ${right ? 'good' : 'bad'}`, mark, ...why);
    p.dataset.optionFeedback = '';
    label.after(p);
  }
  // The verdict and the explanation.
  const result = part(el, 'data-result');
  result.replaceChildren();
  if (!g) {
    result.removeAttribute('data-feedback');
    return;
  }
  result.dataset.feedback = g.correct ? 'correct' : 'incorrect';
  const strong = document.createElement('strong');
  strong.textContent = g.correct ? 'Correct.' : 'Not quite.';
  const verdict = paragraph(`quiz-feedback ${g.correct ? 'good' : 'bad'}`, strong);
  if (g.message) verdict.append(` ${g.message}`);
  if (item.kind === 'numeric' && !g.correct)
    verdict.append(
      ` The answer is ${formatNumber(item.variants?.[variantOf(el)]?.answer ?? item.answer)}${item.unit ? ' ' + item.unit : ''}.`,
    );
  result.append(verdict, paragraph('quiz-feedback', ...cloneKids(el.querySelector('[data-explanation]'))));
}

/** What an item tells the quiz or review page it sits in. */
export interface ItemHooks {
  /** The reader checked it and the grade is shown. */
  graded(r: Response, g: Grade): void;
  /** The reader cleared it (Try again, or new numbers). */
  cleared(): void;
  /** Says something to screen readers (the page's one live region). */
  say(text: string): void;
}

/** One item's controls: Check (button or Enter), Try again, Try new numbers, a predict item's marker. */
export function wireItem(item: Gradable, el: HTMLElement, hooks: ItemHooks) {
  let busy = false;

  async function check() {
    if (busy) return;
    const r = readResponse(item, el);
    if ('problem' in r) {
      part(el, 'data-unanswered').textContent = r.problem;
      return;
    }
    busy = true;
    try {
      const g = await gradeNow(item, r);
      if (item.kind === 'predict') {
        // Commit the prediction, then let the run play before the verdict.
        for (const input of inputs(el)) input.disabled = true;
        part(el, 'data-check').hidden = true;
        el.setAttribute('data-playing', '');
        await (await loadPlot()).showRun(el, 'play', item.answer);
        el.removeAttribute('data-playing');
      }
      renderGrade(item, el, g);
      hooks.graded(r, g);
    } finally {
      busy = false;
    }
    // Keep keyboard focus on the item: the Check button may just have been hidden.
    const active = document.activeElement as (HTMLElement & { disabled?: boolean }) | null;
    if (active && el.contains(active) && !active.hidden && !active.disabled) return;
    const retry = part(el, 'data-retry');
    (retry.hidden ? part(el, 'data-result') : retry).focus();
  }

  /** Clears the item's answer and grade; `focus` puts the keyboard on its first input. */
  function clear(focus = true) {
    for (const input of inputs(el, 'input[type="radio"], input[type="checkbox"]')) input.checked = false;
    const numeric = el.querySelector<HTMLInputElement>('[data-numeric-input]');
    if (numeric) numeric.value = '';
    renderGrade(item, el, undefined);
    hooks.cleared();
    if (focus) inputs(el)[0]?.focus();
  }

  part(el, 'data-check').addEventListener('click', () => void check());
  part(el, 'data-retry').addEventListener('click', () => clear());
  const fresh = el.querySelector<HTMLElement>('[data-new-numbers]');
  const count = item.kind === 'numeric' ? (item.variants?.length ?? 0) : 0;
  if (fresh && count > 1) {
    fresh.hidden = false;
    fresh.addEventListener('click', () => {
      showVariant(el, (variantOf(el) + 1) % count);
      clear();
      hooks.say(`New numbers: ${spoken([part(el, 'data-prompt')])}`);
    });
  }
  if (item.kind === 'predict')
    soon(el, () => loadPlot().then((m) => m.initMarker(el, (v) => m.markerText(item.marker, v))));
  for (const input of inputs(el, '[data-numeric-input], [data-challenge-input], [data-predict-input]')) {
    input.addEventListener('keydown', (e) => {
      if (e.key !== 'Enter' || e.isComposing) return;
      // The key press is the Check: it must not also click the button that takes focus next.
      e.preventDefault();
      void check();
    });
  }
  return { clear };
}

/** Grades a response, with a challenge's checks or a prediction's words loaded first where the item needs them. */
async function gradeNow(item: Gradable, r: Response): Promise<Grade> {
  if (item.kind === 'challenge') return grade(item, r, await loadChecker());
  if (item.kind === 'predict') return grade(item, r, undefined, (await loadPlot()).predictMessage);
  return grade(item, r);
}

/** Puts a stored answer back into an item and grades it again (challenges load their checks first). */
export async function regrade(item: Gradable, el: HTMLElement, r: Response): Promise<Grade> {
  if (r.kind === 'numeric' && r.variant) showVariant(el, r.variant);
  restoreInputs(el, r, item);
  const g = await gradeNow(item, r);
  renderGrade(item, el, g);
  return g;
}

/** One quiz: its events, its score, and its record in the reader's progress. */
function quiz(section: HTMLElement, lesson: string, items: Gradable[]): void {
  const total = items.length;
  const grades: (Grade | undefined)[] = items.map(() => undefined);
  const els = items.map((item) => section.querySelector<HTMLElement>(`#quiz-${CSS.escape(item.id)}`));
  const scoreEl = section.querySelector<HTMLElement>('[data-quiz-score]');
  const noticeEl = section.querySelector<HTMLElement>('[data-storage-notice]');
  const announcer = section.querySelector<HTMLElement>('[data-announce]');
  const tools = section.querySelector<HTMLElement>('[data-quiz-tools]');
  let best = 0;
  /** Retrying only the missed items: the others are put away until "Show every item". */
  let missedOnly = false;

  const notify = (text: string) => {
    if (!noticeEl || !text) return;
    noticeEl.textContent = text;
    noticeEl.hidden = false;
  };
  const say = (text: string) => {
    if (announcer) announcer.textContent = text.replace(/\s+/g, ' ').trim();
  };
  const scoreText = () => `Score: ${score(grades)} / ${total}${best > 0 ? ` · best ${best} / ${total}` : ''}`;
  const showScore = () => {
    best = Math.max(best, score(grades));
    if (scoreEl) scoreEl.textContent = scoreText();
    // After a first pass (every item answered) with misses: retry only those.
    const passed = grades.every((g) => g !== undefined);
    if (tools) part(tools, 'data-retry-missed').hidden = missedOnly || !passed || grades.every((g) => g?.correct);
  };
  /** Says a verdict to screen readers: which item, right or not, the pick's "why", the explanation, the score. */
  const announce = (i: number) => say(`Question ${i + 1} of ${total}: ${verdictWords(els[i]!)} ${scoreText()}.`);
  /** Changes this quiz's stored record (which keeps the best score and the item count); a notice if that failed. */
  const save = (change: (q: QuizProgress) => void): string =>
    updateProgress((p) => {
      const l = (p.lessons[lesson] ??= {});
      const answers = { ...l.quiz?.answers };
      const q: QuizProgress = { ...l.quiz, best: Math.max(l.quiz?.best ?? 0, best), total, answers };
      change(q);
      l.quiz = q;
    }).notice;

  soon(section, loadStore);
  const controls = items.map((item, i) => {
    const el = els[i];
    if (!el) return undefined;
    return wireItem(item, el, {
      graded(r, g) {
        grades[i] = g;
        showScore();
        announce(i);
        notify(save((q) => (q.answers[item.id] = { r, h: item.hash, ok: g.correct } satisfies StoredAnswer)));
        // A miss comes back on the review page.
        if (!g.correct) void loadStore().then((m) => notify(m.scheduleMiss(`${lesson}/${item.id}`, Date.now())));
      },
      cleared() {
        grades[i] = undefined;
        showScore();
        // What is stored is what is shown: a reload does not bring back an answer the reader cleared.
        notify(save((q) => delete q.answers[item.id]));
      },
      say,
    });
  });

  function walkMissed(on: boolean) {
    missedOnly = on;
    const missedItems = items.flatMap((_, i) => (els[i] && grades[i] && !grades[i].correct ? [i] : []));
    els.forEach((el, i) => {
      if (el) el.hidden = on && !missedItems.includes(i) && grades[i]?.correct === true;
    });
    if (on) for (const i of missedItems) controls[i]?.clear(false);
    part(tools!, 'data-show-all').hidden = !on;
    showScore();
    if (on && missedItems.length > 0) {
      say(`Retrying the ${missedItems.length} missed ${missedItems.length === 1 ? 'item' : 'items'}.`);
      inputs(els[missedItems[0]!]!)[0]?.focus();
    } else if (!on) part(tools!, 'data-show-answers').focus();
  }

  if (tools) {
    tools.hidden = false;
    part(tools, 'data-retry-missed').addEventListener('click', () => walkMissed(true));
    part(tools, 'data-show-all').addEventListener('click', () => walkMissed(false));
    // Always a way out: every answer and its explanation, at once.
    const answers = part(tools, 'data-show-answers');
    answers.addEventListener('click', () => {
      const open = answers.dataset.open !== '1';
      answers.dataset.open = open ? '1' : '';
      answers.textContent = open ? 'Hide the answers' : 'Show me the answers';
      for (const d of section.querySelectorAll<HTMLDetailsElement>('details.quiz-answers')) d.open = open;
    });
  }

  // What this reader answered before, where it was given to the item as it is now.
  const loaded = loadProgress();
  notify(loaded.notice);
  const saved = loaded.progress.lessons[lesson]?.quiz;
  const { fit, aside } = sortAnswers(items, saved?.answers ?? {});
  best = Math.min(saved?.best ?? 0, total);
  items.forEach((item, i) => {
    const a = fit[item.id];
    if (!els[i] || !a) return;
    void regrade(item, els[i]!, a.r).then((g) => {
      grades[i] = g;
      showScore();
      // A check whose rule changed grades differently now: store what is shown.
      if (g.correct !== a.ok) notify(save((q) => (q.answers[item.id] = { ...a, ok: g.correct })));
    });
  });
  const setAside = Object.keys(aside).length;
  if (setAside > 0) {
    const failed = save((q) => {
      for (const id of Object.keys(aside)) delete q.answers[id];
      q.aside = { ...q.aside, ...aside };
    });
    notify(
      failed || setAside === 1
        ? 'One answer you gave to an earlier version of this quiz was set aside: that question has changed since.'
        : `${setAside} answers you gave to an earlier version of this quiz were set aside: those questions have changed since.`,
    );
  }
  showScore();
}

/** An item's verdict as a screen reader would say it: right or not, the pick's "why", the explanation. */
export function verdictWords(el: Element): string {
  const picked = [...el.querySelectorAll('[data-option].is-picked + [data-option-feedback]')];
  const result = [...part(el, 'data-result').children];
  return `${spoken(result.slice(0, 1))} ${spoken(picked)} ${spoken(result.slice(1))}`.replace(/\s+/g, ' ').trim();
}
