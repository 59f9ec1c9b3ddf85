/**
 * Stands in for ask-sdk-model in the Lambda's index.js (scripts/build-lambda.mjs aliases `ask-sdk-model` to this file
 * for the coach's own build): the model's runtime code, its service clients, is a file apart, ask-sdk-model.js,
 * required the first time a turn calls one of Alexa's service APIs. ask-sdk-core's CustomSkill reads
 * `services.ServiceClientFactory` when it loads, which made the skill compile and run all of ask-sdk-model (about a
 * fifth of index.js) at every cold start; a launch without an API token calls no service.
 *
 * ask-sdk-core builds a factory for every request of a skill with an API client, a launch included, so the factory
 * here only keeps its options: the real one (ask-sdk-model's own, which every use gets) is built, and the model loaded,
 * when the factory is first used.
 */
let model;

// eslint-disable-next-line @typescript-eslint/no-require-imports
const load = () => (model ??= require('./ask-sdk-model.js'));

class ServiceClientFactory {
  constructor(options) {
    let real;
    const factory = () => (real ??= new (load().services.ServiceClientFactory)(options));
    return new Proxy(this, {
      get: (_, name) => {
        const value = factory()[name];
        return typeof value === 'function' ? value.bind(factory()) : value;
      },
    });
  }
}

module.exports = { services: { ServiceClientFactory } };
