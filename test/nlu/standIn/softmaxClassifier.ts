/**
 * A small softmax (multinomial logistic) regression over a line's words and word pairs, trained by stochastic gradient
 * descent: the statistical learner of the platform stand-in (./platformStandIn.ts). Deterministic: the same documents
 * always train the same weights.
 */

export interface Classified {
  label: string;
  /** The probability the model gives the label. */
  score: number;
}

export interface SoftmaxClassifier {
  classify(text: string): Classified;
}

const EPOCHS = 12;
const LEARNING_RATE = 0.4;
const L2 = 1e-6;

/** The features of a line: each word, each pair of neighbouring words, and a bias. */
const featuresOf = (text: string): string[] => {
  const words = text.split(' ').filter(Boolean);
  return ['<bias>', ...words.map((w) => `w:${w}`), ...words.slice(1).map((w, i) => `b:${words[i]}_${w}`)];
};

/** A deterministic shuffle, so a run is repeatable. */
const shuffled = <T>(items: readonly T[], seed: number): T[] => {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
};

export const trainSoftmax = (documents: readonly { text: string; label: string }[]): SoftmaxClassifier => {
  const labels = [...new Set(documents.map((d) => d.label))];
  const labelIndex = new Map(labels.map((label, i) => [label, i]));
  const featureIndex = new Map<string, number>();
  const encode = (text: string, grow: boolean): number[] =>
    featuresOf(text).flatMap((feature) => {
      let index = featureIndex.get(feature);
      if (index === undefined && grow) {
        index = featureIndex.size;
        featureIndex.set(feature, index);
      }
      return index === undefined ? [] : [index];
    });
  const examples = documents.map((d) => ({ features: encode(d.text, true), label: labelIndex.get(d.label) ?? 0 }));
  const classes = labels.length;
  const weights = new Float64Array(classes * featureIndex.size);

  const probabilities = (features: readonly number[]): Float64Array => {
    const scores = new Float64Array(classes);
    for (let c = 0; c < classes; c++) {
      let sum = 0;
      for (const f of features) sum += weights[c * featureIndex.size + f] ?? 0;
      scores[c] = sum;
    }
    const top = Math.max(...scores);
    let total = 0;
    for (let c = 0; c < classes; c++) {
      scores[c] = Math.exp((scores[c] ?? 0) - top);
      total += scores[c] ?? 0;
    }
    for (let c = 0; c < classes; c++) scores[c] = (scores[c] ?? 0) / total;
    return scores;
  };

  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const rate = LEARNING_RATE / (1 + epoch);
    for (const { features, label } of shuffled(examples, epoch + 1)) {
      const p = probabilities(features);
      for (let c = 0; c < classes; c++) {
        const gradient = (p[c] ?? 0) - (c === label ? 1 : 0);
        if (Math.abs(gradient) < 1e-4) continue;
        for (const f of features) {
          const at = c * featureIndex.size + f;
          weights[at] = (weights[at] ?? 0) * (1 - L2) - rate * gradient;
        }
      }
    }
  }

  return {
    classify(text) {
      const p = probabilities(encode(text, false));
      let best = 0;
      for (let c = 1; c < classes; c++) if ((p[c] ?? 0) > (p[best] ?? 0)) best = c;
      return { label: labels[best] ?? '', score: p[best] ?? 0 };
    },
  };
};
