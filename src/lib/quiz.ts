/**
 * Makes the server-rendered quizzes (src/components/Quiz.astro) answerable. Each item's grading
 * data sits in its section's data-items; everything a reader reads is already in the HTML, so
 * feedback is shown by revealing or copying what the server wrote (the answers' disclosure holds
 * each option's "why" and the explanation). Challenges load their optimizer-module checks only
 * when a reader checks one.
 */
import { grade, score, type ChallengeChecker, type Gradable, type Grade, type Response } from '../quiz/grade.ts';
import { sortAnswers, type StoredAnswer } from '../quiz/answers.ts';
import { loadProgress, updateProgress, type QuizProgress } from './progress.ts';

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
        const picked = inputs(el, 'input[type="radio"]').find((i) => i.checked);
        return picked ? { kind: 'choice', choice: picked.value } : undefined;
      }
      case 'multi':
        return {
          kind: 'multi',
          choices: inputs(el, 'input[type="checkbox"]').flatMap((i) => (i.checked ? [i.value] : [])),
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
      for (const i of inputs(el, 'input[type="radio"], input[type="checkbox"]')) i.checked = picked.includes(i.value);
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
    el.querySelectorAll<HTMLElement>('[data-option]').forEach((label) => {
      label.classList.remove('is-correct', 'is-wrong');
      if (!g?.options || item.kind === 'numeric' || item.kind === 'challenge') return;
      const id = label.dataset.option ?? '';
      const right = item.options.find((o) => o.id === id)?.correct === true;
      const picked = label.querySelector('input')!.checked;
      if (right) label.classList.add('is-correct');
      else if (picked) label.classList.add('is-wrong');
      const p = document.createElement('p');
      p.className = `quiz-feedback ${right ? 'good' : 'bad'}`;
      p.dataset.optionFeedback = '';
      p.append(
        right ? '✓ Right: ' : '✗ Not this one: ',
        ...cloneKids(el.querySelector(`[data-answer-of="${CSS.escape(id)}"] [data-why]`)),
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
    best = Math.max(best, score(grades));
    showScore();
    notify(save((q) => (q.answers[item.id] = { r, h: item.hash, ok: g.correct } satisfies StoredAnswer)).notice);
    // Keep keyboard focus on the item: the Check button may just have been hidden.
    const active = document.activeElement as (HTMLElement & { disabled?: boolean }) | null;
    if (active && el.contains(active) && !active.hidden && !active.disabled) return;
    const retry = el.querySelector<HTMLElement>('[data-retry]')!;
    (retry.hidden ? el.querySelector<HTMLElement>('[data-result]')! : retry).focus();
  }

  function retry(i: number) {
    const el = els[i]!;
    // What is stored is what is shown: a reload does not bring back an answer the reader cleared.
    notify(save((q) => delete q.answers[items[i]!.id]).notice);
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

  /** Changes this quiz's stored record, which keeps the best score and the item count. */
  function save(change: (q: QuizProgress) => void) {
    return updateProgress((p) => {
      const l = (p.lessons[lesson] ??= {});
      const q: QuizProgress = {
        ...l.quiz,
        best: Math.max(l.quiz?.best ?? 0, best),
        total,
        answers: { ...l.quiz?.answers },
      };
      change(q);
      l.quiz = q;
    });
  }

  // What this reader answered before, where it was given to the item as it is now.
  const loaded = loadProgress();
  notify(loaded.notice);
  const saved = loaded.progress.lessons[lesson]?.quiz;
  const { fit, aside } = sortAnswers(items, saved?.answers ?? {});
  best = Math.min(saved?.best ?? 0, total);
  const restored = (i: number, a: StoredAnswer, g: Grade) => {
    show(i, g);
    best = Math.max(best, score(grades));
    showScore();
    // A check whose rule changed grades differently now: store what is shown.
    if (g.correct !== a.ok) save((q) => (q.answers[items[i]!.id] = { ...a, ok: g.correct }));
  };
  items.forEach((item, i) => {
    const a = fit[item.id];
    if (!els[i] || !a) return;
    restore(els[i]!, a.r);
    if (item.kind === 'challenge') void loadChecker().then((c) => restored(i, a, grade(item, a.r, c)));
    else restored(i, a, grade(item, a.r));
  });
  const setAside = Object.keys(aside).length;
  if (setAside > 0) {
    const kept = save((q) => {
      for (const id of Object.keys(aside)) delete q.answers[id];
      q.aside = { ...q.aside, ...aside };
    });
    notify(
      kept.notice ||
        (setAside === 1
          ? 'One answer you gave to an earlier version of this quiz was set aside: that question has changed since.'
          : `${setAside} answers you gave to an earlier version of this quiz were set aside: those questions have changed since.`),
    );
  }
  showScore();
}

/** Copies of a node's children (rich text with math), to show it a second time. */
function cloneKids(node: Element | null): Node[] {
  return node ? [...node.childNodes].map((n) => n.cloneNode(true)) : [];
}
