/**
 * zod's tree-shakable API (zod/mini), with English error messages. Import it as a namespace
 * (`import * as z from './zod'`) so the bundler keeps only what is used. zod/mini sets no locale of its own, so
 * without the line below every error of a stored document would read "Invalid input".
 */
import { config } from 'zod/mini';
import { en } from 'zod/locales';

config(en());

export * from 'zod/mini';
