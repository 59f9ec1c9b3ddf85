/**
 * Stands in for @nlpjs/core's container in the Lambda's NLU files (scripts/nlpjsCoreParts.mjs). nlp.js's tokenizer,
 * normalizer and base stemmer keep a container only to look up a tokenizer or normalizer registered for their
 * language; the reader calls `innerTokenize` and `stem`, which never do, and the fallbacks they would take hold no one
 * registered anything.
 */
const nothingRegistered = { get: () => undefined };

module.exports = { defaultContainer: nothingRegistered, Container: undefined };
