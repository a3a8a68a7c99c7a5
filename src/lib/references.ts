/**
 * The works Downhill draws on (the ids lessons cite in their `sources` frontmatter) and the
 * further reading the references page recommends. Plain data: the references page and each
 * lesson's "Sources" list render it; a lesson citing an unknown id fails the build.
 */
export interface Work {
  /** Stable id: the anchor on /references/ and the id lessons cite. */
  id: string;
  authors: string;
  title: string;
  /** Where it appeared (book, site, journal), with the year if known. */
  venue: string;
  /** Which part, e.g. "Chapter 1". */
  part?: string;
  /** The part in a few characters for the lessons' source lists, e.g. "ch. 1". */
  short?: string;
  url?: string;
  /** What Downhill takes from it, or why to read it. */
  note: string;
}

/** The four texts the book was made from (see the project's sources folder). */
export const SOURCES: readonly Work[] = [
  {
    id: 'nielsen',
    authors: 'Michael A. Nielsen',
    title: 'Neural Networks and Deep Learning',
    venue: 'Determination Press, 2015',
    part: 'Chapter 1, “Using neural nets to recognize handwritten digits” (the section on learning with gradient descent)',
    short: 'ch. 1',
    url: 'http://neuralnetworksanddeeplearning.com/chap1.html',
    note: 'The quadratic cost with its 1/2n factor, the gradient descent update rules for weights and biases, the learning rate, and stochastic gradient descent with mini-batches and epochs.',
  },
  {
    id: 'what-does-learning-mean',
    authors: 'siua.io',
    title: 'What does learning mean?',
    venue: 'an interactive lesson in the course “ML math”, part “Framing the problem”',
    url: 'https://www.siua.io/learn/courses/ml-math/01-framing/01-2-what-is-learning',
    note: 'A model as a parameterized function f(x; θ), squared error and cross-entropy, the average training loss and its landscape, training as argmin, and gradient descent on a curve with two valleys.',
  },
  {
    id: 'just-optimization',
    authors: 'alyxya',
    title: 'Machine Learning Isn’t Magic; It’s Just Optimization',
    venue: 'blog post, alyxya.com',
    url: 'https://alyxya.com/blog/ml-is-optimization',
    note: 'Maximizing the revenue R(p) = p(100 − 2p) by sign-based and gradient ascent, the two-valley function x⁴ − x³ − x² + e^(−x²), the bowl x² + 3y² − xy, why the negative gradient is the steepest way down (Cauchy–Schwarz), and the step from a dog/not-dog classifier to a loss over a training set.',
  },
  {
    id: 'how-ml-learns',
    authors: 'Sameer T.',
    title: 'Gradient Descent: How Machine Learning Learns (Part I)',
    venue: 'Hoyalytics (Medium), 18 March 2023',
    note: 'The valley picture, gradient vectors and the update rule, updating every coordinate at once, stopping rules, multi-start, learning rates that are too small, too large or diverging, and linear regression’s sum of squared residuals as a function f(m, b).',
  },
];

/** Where to go next. */
export const FURTHER_READING: readonly Work[] = [
  {
    id: 'goh-momentum',
    authors: 'Gabriel Goh',
    title: 'Why Momentum Really Works',
    venue: 'Distill, 2017',
    url: 'https://distill.pub/2017/momentum/',
    note: 'An explorable essay on momentum: why it helps on narrow valleys, and exactly when it converges. The model for much of what Downhill tries to be.',
  },
  {
    id: 'tensorflow-playground',
    authors: 'Daniel Smilkov and Shan Carter',
    title: 'TensorFlow Playground',
    venue: 'playground.tensorflow.org, 2016',
    url: 'https://playground.tensorflow.org/',
    note: 'Train a small neural network in the browser and watch its decision boundary form; its shareable, trimmable URLs inspired Downhill’s figure links.',
  },
  {
    id: 'goodfellow-deep-learning',
    authors: 'Ian Goodfellow, Yoshua Bengio and Aaron Courville',
    title: 'Deep Learning',
    venue: 'MIT Press, 2016',
    part: 'Chapter 4, “Numerical Computation”, and Chapter 8, “Optimization for Training Deep Models”',
    url: 'https://www.deeplearningbook.org/',
    note: 'The textbook treatment: gradients, curvature and the Hessian, then mini-batch methods, momentum and adaptive learning rates in depth.',
  },
  {
    id: 'ruder-overview',
    authors: 'Sebastian Ruder',
    title: 'An overview of gradient descent optimization algorithms',
    venue: 'arXiv:1609.04747, 2016',
    url: 'https://arxiv.org/abs/1609.04747',
    note: 'A compact survey of the variants — momentum, Nesterov, Adagrad, RMSprop, Adam and more — with their update rules side by side.',
  },
  {
    id: 'kingma-ba-adam',
    authors: 'Diederik P. Kingma and Jimmy Ba',
    title: 'Adam: A Method for Stochastic Optimization',
    venue: 'International Conference on Learning Representations (ICLR), 2015; arXiv:1412.6980',
    url: 'https://arxiv.org/abs/1412.6980',
    note: 'The paper that introduced Adam, the optimizer of Lesson 6.',
  },
  {
    id: 'nielsen-universality',
    authors: 'Michael A. Nielsen',
    title: 'A visual proof that neural nets can compute any function',
    venue: 'Neural Networks and Deep Learning, Determination Press, 2015',
    part: 'Chapter 4',
    url: 'http://neuralnetworksanddeeplearning.com/chap4.html',
    note: 'The staircase of soft steps that Lesson 8 builds, worked out in interactive figures for one input and for many, with the theorem’s fine print.',
  },
  {
    id: 'goodfellow-regularization',
    authors: 'Ian Goodfellow, Yoshua Bengio and Aaron Courville',
    title: 'Regularization for Deep Learning',
    venue: 'Deep Learning, MIT Press, 2016',
    part: 'Chapter 7',
    url: 'https://www.deeplearningbook.org/contents/regularization.html',
    note: 'Where Lesson 8 leaves off: weight decay, early stopping (and why it acts like a penalty), dropout, data augmentation and more, treated in depth.',
  },
];

const byId = new Map(SOURCES.map((s) => [s.id, s]));

/** The sources a lesson cites, in its order; throws naming the lesson on an unknown id. */
export function sourcesOf(lesson: string, ids: readonly string[]): Work[] {
  return ids.map((id) => {
    const s = byId.get(id);
    if (!s)
      throw new Error(
        `content/lessons/${lesson}.mdx: unknown source "${id}" in sources (known: ${[...byId.keys()].join(', ')})`,
      );
    return s;
  });
}

/** A short one-line label for a source, e.g. "Michael A. Nielsen, Neural Networks and Deep Learning, ch. 1". */
export function shortLabel(s: Work): string {
  return `${s.authors}, “${s.title}”`;
}
