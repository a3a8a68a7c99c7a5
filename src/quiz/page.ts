/**
 * Makes the server-rendered quizzes (src/components/Quiz.astro) answerable. Each item's grading
 * data sits in its section's data-items; everything a reader reads is already in the HTML, so
 * feedback is shown by revealing or copying what the server wrote (the answers' disclosure holds
 * each option's "why" and the explanation). Three steps, each its own function: read a response
 * from the item's inputs, render a grade into the item, restore a stored answer. Challenges load
 * their optimizer-module checks only when a reader checks one (or has one stored).
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
export function restoreInputs(el: Element, r: Response): void {
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

/** Shows a grade in the item's HTML, or clears it (`undefined`, for a retry). */
export function renderGrade(item: Gradable, el: Element, g: Grade | undefined): void {
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
  const scoreText = () => `Score: ${score(grades)} / ${total}${best > 0 ? ` · best ${best} / ${total}` : ''}`;
  const showScore = () => {
    best = Math.max(best, score(grades));
    if (scoreEl) scoreEl.textContent = scoreText();
    // After a first pass (every item answered) with misses: retry only those.
    const passed = grades.every((g) => g !== undefined);
    if (tools) part(tools, 'data-retry-missed').hidden = missedOnly || !passed || grades.every((g) => g?.correct);
  };
  /** Says a verdict to screen readers: which item, right or not, the pick's "why", the explanation, the score. */
  const announce = (i: number) => {
    if (!announcer) return;
    const el = els[i]!;
    const picked = [...el.querySelectorAll('[data-option].is-picked + [data-option-feedback]')];
    const result = [...part(el, 'data-result').children];
    const text = `Question ${i + 1} of ${total}: ${spoken(result.slice(0, 1))} ${spoken(picked)} ${spoken(result.slice(1))} ${scoreText()}.`;
    announcer.textContent = text.replace(/\s+/g, ' ');
  };
  const show = (i: number, g: Grade | undefined) => {
    grades[i] = g;
    renderGrade(items[i]!, els[i]!, g);
    showScore();
  };
  /** Changes this quiz's stored record (which keeps the best score and the item count); a notice if that failed. */
  const save = (change: (q: QuizProgress) => void): string =>
    updateProgress((p) => {
      const l = (p.lessons[lesson] ??= {});
      const answers = { ...l.quiz?.answers };
      const q: QuizProgress = { ...l.quiz, best: Math.max(l.quiz?.best ?? 0, best), total, answers };
      change(q);
      l.quiz = q;
    }).notice;

  async function check(i: number) {
    const item = items[i]!;
    const el = els[i]!;
    const r = readResponse(item, el);
    if ('problem' in r) {
      part(el, 'data-unanswered').textContent = r.problem;
      return;
    }
    const g = grade(item, r, item.kind === 'challenge' ? await loadChecker() : undefined);
    show(i, g);
    announce(i);
    notify(save((q) => (q.answers[item.id] = { r, h: item.hash, ok: g.correct } satisfies StoredAnswer)));
    // Keep keyboard focus on the item: the Check button may just have been hidden.
    const active = document.activeElement as (HTMLElement & { disabled?: boolean }) | null;
    if (active && el.contains(active) && !active.hidden && !active.disabled) return;
    const retry = part(el, 'data-retry');
    (retry.hidden ? part(el, 'data-result') : retry).focus();
  }

  function retry(i: number, focus = true) {
    const el = els[i]!;
    // What is stored is what is shown: a reload does not bring back an answer the reader cleared.
    notify(save((q) => delete q.answers[items[i]!.id]));
    for (const input of inputs(el, 'input[type="radio"], input[type="checkbox"]')) input.checked = false;
    const numeric = el.querySelector<HTMLInputElement>('[data-numeric-input]');
    if (numeric) numeric.value = '';
    show(i, undefined);
    if (focus) inputs(el)[0]?.focus();
  }

  function walkMissed(on: boolean) {
    missedOnly = on;
    const missed = items.flatMap((_, i) => (els[i] && grades[i] && !grades[i].correct ? [i] : []));
    els.forEach((el, i) => {
      if (el) el.hidden = on && !missed.includes(i) && grades[i]?.correct === true;
    });
    if (on) for (const i of missed) retry(i, false);
    part(tools!, 'data-show-all').hidden = !on;
    showScore();
    if (on && missed.length > 0) {
      if (announcer)
        announcer.textContent = `Retrying the ${missed.length} missed ${missed.length === 1 ? 'item' : 'items'}.`;
      inputs(els[missed[0]!]!)[0]?.focus();
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

  items.forEach((_, i) => {
    const el = els[i];
    if (!el) return;
    part(el, 'data-check').addEventListener('click', () => void check(i));
    part(el, 'data-retry').addEventListener('click', () => retry(i));
    const fresh = el.querySelector<HTMLElement>('[data-new-numbers]');
    const count = (items[i] as { variants?: readonly unknown[] }).variants?.length ?? 0;
    if (fresh && count > 1) {
      fresh.hidden = false;
      fresh.addEventListener('click', () => {
        showVariant(el, (variantOf(el) + 1) % count);
        retry(i);
        if (announcer) announcer.textContent = `New numbers: ${spoken([part(el, 'data-prompt')])}`;
      });
    }
    for (const input of inputs(el, '[data-numeric-input], [data-challenge-input]')) {
      input.addEventListener('keydown', (e) => {
        if (e.key !== 'Enter' || e.isComposing) return;
        // The key press is the Check: it must not also click the button that takes focus next.
        e.preventDefault();
        void check(i);
      });
    }
  });

  // What this reader answered before, where it was given to the item as it is now.
  const loaded = loadProgress();
  notify(loaded.notice);
  const saved = loaded.progress.lessons[lesson]?.quiz;
  const { fit, aside } = sortAnswers(items, saved?.answers ?? {});
  best = Math.min(saved?.best ?? 0, total);
  const restored = (i: number, a: StoredAnswer, g: Grade) => {
    show(i, g);
    // A check whose rule changed grades differently now: store what is shown.
    if (g.correct !== a.ok) notify(save((q) => (q.answers[items[i]!.id] = { ...a, ok: g.correct })));
  };
  items.forEach((item, i) => {
    const a = fit[item.id];
    if (!els[i] || !a) return;
    if (a.r.kind === 'numeric' && a.r.variant) showVariant(els[i]!, a.r.variant);
    restoreInputs(els[i]!, a.r);
    if (item.kind === 'challenge') void loadChecker().then((c) => restored(i, a, grade(item, a.r, c)));
    else restored(i, a, grade(item, a.r));
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
