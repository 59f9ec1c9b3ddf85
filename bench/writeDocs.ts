/**
 * Writes a run's figures into docs/performance.md, between the markers below, so the figures there always come from
 * a run (`npm run bench -- --write-docs`) and are never edited by hand: the commit, the date, the machine, the load
 * each figure was measured under, and a warning where the machine was busy. The rest of the page (what each figure
 * means) is prose and stays as it is.
 */
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describeLoad, isBusy } from './load';
import type { Figure } from './report';

const ROOT = path.resolve(__dirname, '..');
const DOC = path.join(ROOT, 'docs', 'performance.md');
const START = '<!-- figures: written by `npm run bench -- --write-docs`; do not edit by hand -->';
const END = '<!-- end of figures -->';

interface Run {
  figures: readonly Figure[];
  machine: string;
  benches: readonly string[];
  command: string;
  seconds: number;
}

const git = (...args: string[]): string => {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
};

const cell = (text: string): string => text.replace(/\|/g, '\\|');

export const figuresSection = (run: Run, now = new Date()): string => {
  const commit = git('rev-parse', '--short', 'HEAD') || 'unknown';
  const dirty = git('status', '--porcelain', '--untracked-files=no', '--', '.', ':!docs/performance.md') ? ' with changes not yet committed' : '';
  const busy = run.figures.filter((f) => f.load && isBusy(f.load));
  const lines = [
    START,
    `Commit \`${commit}\`${dirty}, \`${run.command}\` (${run.benches.join(', ')}), ${now.toISOString().slice(0, 16).replace('T', ' ')} UTC, ${run.seconds.toFixed(0)} s.`,
    '',
    `Machine: ${run.machine}.`,
    '',
    '| Figure | Value | Target | | Load while measured |',
    '|---|---|---|---|---|',
    ...run.figures.map(
      (f) => `| ${cell(f.name)} | ${cell(f.value)} | ${cell(f.target)} | ${f.verdict === 'INFO' ? '' : f.verdict} | ${f.load ? cell(describeLoad(f.load)) + (isBusy(f.load) ? ', **busy**' : '') : ''} |`,
    ),
    '',
    busy.length
      ? `**The machine was busy** while ${busy.length} of these ${run.figures.length} figures were measured (load above the number of cores, or other ` +
        'processes taking more than 10% of the CPU). Ratios of paired, interleaved runs hold up under load; absolute times and tails do not.'
      : 'The machine was quiet throughout (load at most the number of cores, other processes under 10% of the CPU).',
    END,
  ];
  return lines.join('\n');
};

/** Replaces the figures between the markers; returns the file written. */
export const writeDocs = async (run: Run): Promise<string> => {
  const doc = await readFile(DOC, 'utf8');
  const section = figuresSection(run);
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${DOC} has no figures markers; put ${START} and ${END} where the figures go`);
  await writeFile(DOC, doc.slice(0, start) + section + doc.slice(end + END.length));
  return path.relative(process.cwd(), DOC);
};
