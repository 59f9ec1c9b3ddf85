/**
 * A file whose reads hang, as on a dead disk: a named pipe nobody writes to. Reading it blocks until a writer
 * comes; `release` is that writer.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { open, rm } from 'node:fs/promises';
import path from 'node:path';

export const makeHungFile = (file: string): void => {
  mkdirSync(path.dirname(file), { recursive: true });
  execFileSync('mkfifo', [file]);
};

/**
 * Lets every read that is waiting on the pipe finish (with `content`, or an empty read), then removes the pipe.
 * The pipe is opened for reading and writing, which never blocks on Linux, and held open for a while, so a read
 * that was about to start is not left waiting for a writer that has already gone.
 */
export const releaseHungFile = async (file: string, content = ''): Promise<void> => {
  const handle = await open(file, 'r+');
  if (content) await handle.write(content);
  await new Promise((resolve) => setTimeout(resolve, 300));
  await handle.close();
  await new Promise((resolve) => setTimeout(resolve, 50));
  await rm(file, { force: true });
};
