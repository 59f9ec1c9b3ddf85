/**
 * virtual-alexa matches a line against every sample of the interaction model, and compiles each sample's pattern anew
 * for every line (`SamplePhrase.regex` builds a new RegExp at each call): with the model's tens of thousands of samples
 * that is most of the time a test spends matching a line. A sample's pattern is fixed when the sample is made, and the
 * expression keeps no state between matches (no `g` or `y` flag), so one compiled copy per sample matches exactly as a
 * new one would. Loaded for every test file (jest's setupFiles) and by the scripts that drive virtual-alexa.
 */
interface SamplePhraseClass {
  prototype: { regex: (this: SamplePhrase) => RegExp };
}

interface SamplePhrase {
  compiledPattern?: RegExp;
}

// virtual-alexa's matcher is virtual-core's, which exports the sample class only from its own module.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { SamplePhrase } = require('virtual-core/lib/src/SampleUtterances') as { SamplePhrase: SamplePhraseClass };

const compile = SamplePhrase.prototype.regex;

SamplePhrase.prototype.regex = function regex(this: SamplePhrase): RegExp {
  return (this.compiledPattern ??= compile.call(this));
};
