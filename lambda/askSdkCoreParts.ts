/**
 * What the coach uses of ask-sdk-core, from the modules that define it: the Lambda's index.js takes `ask-sdk-core` from
 * here (scripts/build-lambda.mjs aliases it for the coach's own build). The package's index re-exports every helper
 * (viewports, components, its HTTP API client...), which esbuild cannot leave out of a CommonJS package, and a launch
 * compiled them all. A name used from ask-sdk-core and missing here fails the build.
 */
export { SkillBuilders } from 'ask-sdk-core/dist/skill/SkillBuilders';
export { ResponseFactory } from 'ask-sdk-core/dist/response/ResponseFactory';
export { getRequestType } from 'ask-sdk-core/dist/util/RequestEnvelopeUtils';
