/**
 * lowdb's files serve one process: two processes on one data directory each queue a user's turns on their own, and
 * overwrite each other's writes (two servers lost up to half of 50 acknowledged turns). So the directory is taken
 * by one process at start: `<dataDir>/backcoach.lock` names its pid, is created exclusively, and is removed when
 * that process exits. A second process finding a lock whose pid is alive is refused with DataDirInUseError; a lock
 * left by a process that is gone (killed, crashed) is taken over. Several stores in one process share its lock.
 */
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { DataDirInUseError } from './errors';

export const LOCK_FILE = 'backcoach.lock';
/** A lock file this young that cannot be read yet is still being written by its owner. */
const FRESH_LOCK_MS = 5000;

interface LockOwner {
  pid: number;
  host: string;
  since: string;
}

const held = new Set<string>();

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but another user's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** The process a lock names; null when the file is gone, unreadable or garbled (a crash while writing it). */
const readOwner = (file: string): LockOwner | null => {
  try {
    const owner = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockOwner>;
    return Number.isSafeInteger(owner.pid) && (owner.pid as number) > 0
      ? { pid: owner.pid as number, host: String(owner.host ?? ''), since: String(owner.since ?? '') }
      : null;
  } catch {
    return null;
  }
};

const isFresh = (file: string): boolean => {
  try {
    return Date.now() - statSync(file).mtimeMs < FRESH_LOCK_MS;
  } catch {
    return false;
  }
};

/** Takes `dataDir` for this process, or throws DataDirInUseError naming the process that has it. */
export const lockDataDir = (dataDir: string): void => {
  const file = path.join(path.resolve(dataDir), LOCK_FILE);
  if (held.has(file)) return;
  mkdirSync(path.dirname(file), { recursive: true });
  const mine: LockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      writeFileSync(file, `${JSON.stringify(mine)}\n`, { flag: 'wx' });
      held.add(file);
      process.once('exit', () => {
        // Only a lock that still names this process is ours to remove.
        if (readOwner(file)?.pid === process.pid) rmSync(file, { force: true });
      });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = readOwner(file);
    // Another process, still running (a pid of this machine: the lock is not meant for shared disks).
    if (owner && owner.pid !== process.pid && isAlive(owner.pid)) throw new DataDirInUseError(path.dirname(file), owner.pid, file);
    // Unreadable and new: another process is writing it this very moment.
    if (!owner && isFresh(file)) throw new DataDirInUseError(path.dirname(file), null, file);
    // Gone, ours from before a restart that reused the pid, or unreadable and old (a crash while writing it): take it over.
    rmSync(file, { force: true });
  }
  throw new DataDirInUseError(path.dirname(file), readOwner(file)?.pid ?? null, file);
};
