/**
 * Makes the server-rendered quizzes (src/components/Quiz.astro) answerable. Each item's grading
 * data sits in its section's data-items; everything a reader reads is already in the HTML, so
 * feedback is shown by revealing or copying what the server wrote (the answers' disclosure holds
 * each option's "why" and the explanation). Challenges load their optimizer-module checks only
 * when a reader checks one.
 */
import {
  grade,
  isResponseFor,
  score,
  type ChallengeChecker,
  type Gradable,
  type Grade,
  type Response,
} from '../quiz/grade.ts';
import { loadProgress, updateProgress } from './progress.ts';

let checker: Promise<ChallengeChecker> | undefined;
function loadChecker(): Promise<ChallengeChecker> {
  checker ??= import('../quiz/challenges.ts').then((m) => m.checkChallenge);
  return checker;
}

/** Every quiz on the page, once. */
export function initQuizzes(): void {
  for (const section of document.querySelectorAll<HTMLElement>('section[data-quiz][data-items]')) {
    if (section.dataset.ready) continue;
    section.dataset.ready = '1';
    let items: Gradable[];
    try {
      items = JSON.parse(section.dataset.items ?? '[]') as Gradable[];
    } catch {
      continue;
    }
    quiz(section, section.dataset.quiz ?? '', items);
  }
}

function quiz(section: HTMLElement, lesson: string, items: Gradable[]): void {
  const total = items.length;
  const grades: (Grade | undefined)[] = items.map(() => undefined);
  const els = items.map((item) => section.querySelector<HTMLElement>(`#quiz-${CSS.escape(item.id)}`));
  const scoreEl = section.querySelector<HTMLElement>('[data-quiz-score]');
  const noticeEl = section.querySelector<HTMLElement>('[data-storage-notice]');
  let best = 0;

  const notify = (text: string) => {
    if (!noticeEl || !text) return;
    noticeEl.textContent = text;
    noticeEl.hidden = false;
  };
  const showScore = () => {
    if (scoreEl)
      scoreEl.textContent = `Score: ${score(grades)} / ${total}${best > 0 ? ` · best ${best} / ${total}` : ''}`;
  };
  const inputs = (el: HTMLElement, sel: string) => [...el.querySelectorAll<HTMLInputElement>(sel)];

  function responseOf(item: Gradable, el: HTMLElement): Response | undefined {
    switch (item.kind) {
      case 'choice': {
        const k = inputs(el, 'input[type="radio"]').findIndex((i) => i.checked);
        return k < 0 ? undefined : { kind: 'choice', choice: k };
      }
      case 'multi':
        return {
          kind: 'multi',
          choices: inputs(el, 'input[type="checkbox"]').flatMap((i, k) => (i.checked ? [k] : [])),
        };
      case 'numeric': {
        const raw = el.querySelector<HTMLInputElement>('[data-numeric-input]')?.value ?? '';
        const v = Number(raw.trim().replace(',', '.').replace('−', '-'));
        return raw.trim() === '' || !Number.isFinite(v) ? undefined : { kind: 'numeric', value: v };
      }
      case 'challenge':
        return {
          kind: 'challenge',
          inputs: Object.fromEntries(
            inputs(el, '[data-challenge-input]').map((i) => [i.dataset.challengeInput!, Number(i.value)]),
          ),
        };
    }
  }

  function restore(el: HTMLElement, r: Response) {
    if (r.kind === 'choice' || r.kind === 'multi') {
      const picked = r.kind === 'choice' ? [r.choice] : r.choices;
      inputs(el, 'input[type="radio"], input[type="checkbox"]').forEach((i, k) => (i.checked = picked.includes(k)));
    }
    if (r.kind === 'numeric') el.querySelector<HTMLInputElement>('[data-numeric-input]')!.value = String(r.value);
    if (r.kind === 'challenge') {
      for (const i of inputs(el, '[data-challenge-input]')) {
        const v = r.inputs[i.dataset.challengeInput!];
        if (v !== undefined) i.value = String(v);
      }
    }
  }

  /** Shows a grade (or clears it, for retry) in the item's HTML. */
  function show(i: number, g: Grade | undefined) {
    const item = items[i]!;
    const el = els[i]!;
    grades[i] = g;
    const done = g !== undefined && (item.kind !== 'challenge' || g.correct);
    for (const input of inputs(el, 'input')) input.disabled = done;
    el.querySelector<HTMLElement>('[data-check]')!.hidden = done;
    el.querySelector<HTMLElement>('[data-retry]')!.hidden = !g || item.kind === 'challenge';
    el.querySelector<HTMLElement>('[data-unanswered]')!.textContent = '';
    // Per option: marked right or wrong, with the option's own "why" copied from the answers.
    for (const p of el.querySelectorAll('[data-option-feedback]')) p.remove();
    el.querySelectorAll<HTMLElement>('[data-option]').forEach((label, k) => {
      label.classList.remove('is-correct', 'is-wrong');
      if (!g?.options || item.kind === 'numeric' || item.kind === 'challenge') return;
      const right = item.options[k]!.correct;
      const picked = label.querySelector('input')!.checked;
      if (right) label.classList.add('is-correct');
      else if (picked) label.classList.add('is-wrong');
      const p = document.createElement('p');
      p.className = `quiz-feedback ${right ? 'good' : 'bad'}`;
      p.dataset.optionFeedback = '';
      p.append(
        right ? '✓ Right: ' : '✗ Not this one: ',
        ...cloneKids(el.querySelector(`[data-answer-of="${k}"] [data-why]`)),
      );
      label.after(p);
    });
    // The verdict and the explanation.
    const result = el.querySelector<HTMLElement>('[data-result]')!;
    result.replaceChildren();
    if (!g) {
      result.removeAttribute('data-feedback');
      return;
    }
    result.dataset.feedback = g.correct ? 'correct' : 'incorrect';
    const verdict = document.createElement('p');
    verdict.className = `quiz-feedback ${g.correct ? 'good' : 'bad'}`;
    const strong = document.createElement('strong');
    strong.textContent = g.correct ? 'Correct.' : 'Not quite.';
    verdict.append(strong);
    if (g.message) verdict.append(` ${g.message}`);
    if (item.kind === 'numeric' && !g.correct)
      verdict.append(` The answer is ${item.answer}${item.unit ? ' ' + item.unit : ''}.`);
    const why = document.createElement('p');
    why.className = 'quiz-feedback';
    why.append(...cloneKids(el.querySelector('[data-explanation]')));
    result.append(verdict, why);
  }

  async function check(i: number) {
    const item = items[i]!;
    const el = els[i]!;
    const r = responseOf(item, el);
    el.querySelector<HTMLElement>('[data-unanswered]')!.textContent = r ? '' : 'Answer first, then check.';
    if (!r) return;
    const g = grade(item, r, item.kind === 'challenge' ? await loadChecker() : undefined);
    show(i, g);
    const now = score(grades);
    best = Math.max(best, now);
    showScore();
    const saved = updateProgress((p) => {
      const l = (p.lessons[lesson] ??= {});
      const answers: Record<string, unknown> = { ...(l.quiz?.answers ?? {}) };
      answers[item.id] = r;
      l.quiz = { best: Math.max(l.quiz?.best ?? 0, now), total, answers };
    });
    notify(saved.notice);
    // Keep keyboard focus on the item: the Check button may just have been hidden.
    const active = document.activeElement as (HTMLElement & { disabled?: boolean }) | null;
    if (active && el.contains(active) && !active.hidden && !active.disabled) return;
    const retry = el.querySelector<HTMLElement>('[data-retry]')!;
    (retry.hidden ? el.querySelector<HTMLElement>('[data-result]')! : retry).focus();
  }

  function retry(i: number) {
    const el = els[i]!;
    for (const input of inputs(el, 'input[type="radio"], input[type="checkbox"]')) input.checked = false;
    const numeric = el.querySelector<HTMLInputElement>('[data-numeric-input]');
    if (numeric) numeric.value = '';
    show(i, undefined);
    showScore();
    inputs(el, 'input')[0]?.focus();
  }

  items.forEach((_, i) => {
    const el = els[i];
    if (!el) return;
    el.querySelector('[data-check]')?.addEventListener('click', () => void check(i));
    el.querySelector('[data-retry]')?.addEventListener('click', () => retry(i));
    el.querySelector('[data-numeric-input]')?.addEventListener('keydown', (e) => {
      if ((e as KeyboardEvent).key === 'Enter') void check(i);
    });
  });

  // What this reader answered before, as long as it still fits the item.
  const loaded = loadProgress();
  notify(loaded.notice);
  const saved = loaded.progress.lessons[lesson]?.quiz;
  if (saved) {
    best = Math.min(saved.best, total);
    items.forEach((item, i) => {
      const r = saved.answers[item.id];
      if (!els[i] || !isResponseFor(item, r)) return;
      restore(els[i]!, r);
      if (item.kind === 'challenge') void loadChecker().then((c) => (show(i, grade(item, r, c)), showScore()));
      else show(i, grade(item, r));
    });
  }
  showScore();
}

/** Copies of a node's children (rich text with math), to show it a second time. */
function cloneKids(node: Element | null): Node[] {
  return node ? [...node.childNodes].map((n) => n.cloneNode(true)) : [];
}
