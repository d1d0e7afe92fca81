import { isAbsolute, relative } from 'node:path';
import { parseImportArgs, USAGE } from '../src/server/import/args.ts';
import type { Progress } from '../src/server/import/parse-file.ts';
import { runImport, UsageError, type ImportRequest } from '../src/server/import/run.ts';
import { formatSummary } from '../src/server/import/summary.ts';

/**
 * `npm run import -- <file>... [options]`: load FOI returns into the database at DB_PATH as a new
 * version of a dataset. Exit status 0: loaded (or checked, with --dry-run); 1: the data was refused and
 * nothing was written; 2: the command itself was wrong.
 */

const n = (x: number) => x.toLocaleString('en-GB');

/** Progress on the terminal: one line rewritten in place, or an occasional line when piped. */
function progressPrinter() {
  const tty = process.stderr.isTTY;
  let last = -Infinity;
  let phase = '';
  // piped output gets a line every few seconds, and one whenever the work moves on to writing
  const print = (text: string, stage: string) => {
    const now = performance.now();
    if (!tty && now - last < 5000 && stage === phase) return;
    last = now;
    phase = stage;
    process.stderr.write(tty ? `\r\x1b[K${text}` : `${text}\n`);
  };
  return {
    read: (p: Progress) => {
      const elapsed = p.seconds;
      const left =
        p.total > 0 && p.done > 0
          ? ` · about ${Math.ceil((elapsed * (p.total - p.done)) / p.done)} s left to read`
          : '';
      const pct = p.total > 0 ? ` · ${Math.floor((100 * p.done) / p.total)}%` : '';
      print(`${p.file}: ${n(p.rows)} rows read, ${n(p.accepted)} accepted${pct}${left}`, 'read');
    },
    write: (written: number, total: number) => {
      print(`Writing: ${n(written)} of ${n(total)} facts`, 'write');
    },
    done: () => {
      if (tty && phase !== '') process.stderr.write('\r\x1b[K');
    },
  };
}

function main(): number {
  let req: ImportRequest | null;
  try {
    // npm runs scripts from the repository's top folder: files are named from where the user typed
    req = parseImportArgs(
      process.argv.slice(2),
      process.env,
      process.env.INIT_CWD ?? process.cwd(),
    );
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`${e.message}\n\n${USAGE}`);
    return 2;
  }
  if (!req) {
    process.stdout.write(USAGE);
    return 0;
  }
  const progress = progressPrinter();
  const started = performance.now();
  try {
    const result = runImport({ ...req, onProgress: progress.read, onWrite: progress.write });
    progress.done();
    if (result.status === 'refused') {
      for (const p of result.problems) process.stderr.write(`${p}\n`);
      if (result.more > 0) process.stderr.write(`… and ${n(result.more)} more problems\n`);
      const count = result.problems.length + result.more;
      const kept =
        result.version > 0
          ? `version ${result.version} of dataset '${req.dataset}' is still the current one`
          : 'the database is as it was';
      process.stderr.write(
        `Refused: ${n(count)} problem${count === 1 ? '' : 's'}. Nothing was written; ${kept}.\n`,
      );
      return 1;
    }
    const shown = relative(process.cwd(), req.dbPath);
    const where = shown.startsWith('..') || isAbsolute(shown) ? req.dbPath : shown;
    const lines = formatSummary(result.summary, result.status, where);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stdout.write(`${lines.join('\n')} (${seconds} s)\n`);
    return 0;
  } catch (e) {
    progress.done();
    if (e instanceof UsageError) {
      process.stderr.write(`${e.message}\n`);
      return 2;
    }
    process.stderr.write(
      `The import failed: ${e instanceof Error ? e.message : String(e)}\nNothing was written.\n`,
    );
    return 1;
  }
}

process.exitCode = main();
