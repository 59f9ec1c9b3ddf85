/**
 * The browser page's files (index.html, its modules and style sheet), which the console serves: src/web/public when
 * running from source; dist/public in the server bundle, where the build copies them.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

const FROM_SOURCE = path.join(__dirname, 'web', 'public');
const IN_BUNDLE = path.join(__dirname, 'public');

export const PUBLIC_DIR = existsSync(FROM_SOURCE) ? FROM_SOURCE : IN_BUNDLE;
