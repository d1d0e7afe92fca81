import { isAbsolute, relative } from 'node:path';
import { parseImportArgs, USAGE } from '../src/server/import/args.ts';
import type { Progress } from '../src/server/import/parse-file.ts';
import { runImport, UsageError, type ImportRequest } from '../src/server/import/run.ts';
import { formatSummary, type Summary } from '../src/server/import/summary.ts';
import { formatSeriesSummary, type SeriesSummary } from '../src/server/import/series-summary.ts';
import { EXIT, failureOf } from '../src/server/failure.ts';

/**
 * `npm run import -- <file>... [options]`: load FOI returns into the database at DB_PATH as a new
 * version of a dataset. Exit status 0: loaded (or checked, with --dry-run, or loaded before); 1: the
 * data was refused and nothing was written; 2: the command itself was wrong; 3: the database cannot
 * be used; 4: the disk is full (failure.ts).
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

async function main(): Promise<number> {
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
    return EXIT.usage;
  }
  if (!req) {
    process.stdout.write(USAGE);
    return 0;
  }
  const progress = progressPrinter();
  const started = performance.now();
  const shown = relative(process.cwd(), req.dbPath);
  const where = shown.startsWith('..') || isAbsolute(shown) ? req.dbPath : shown;
  const dataset = req.dataset;
  const report = (summary: Summary | SeriesSummary, mode: 'written' | 'dry-run') => {
    progress.done();
    const lines =
      'release' in summary
        ? formatSeriesSummary(summary, mode, where)
        : formatSummary(summary, mode, where);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stdout.write(`${lines.join('\n')} (${seconds} s)\n`);
  };
  try {
    const result = await runImport({
      ...req,
      onProgress: progress.read,
      onWrite: progress.write,
      // the last line is written the moment the load commits, not after the database is closed
      onCommitted: (summary) => {
        report(summary, 'written');
      },
      onSeriesCommitted: (summary) => {
        report(summary, 'written');
      },
    });
    progress.done();
    if (result.status === 'refused') {
      for (const p of result.problems) process.stderr.write(`${p}\n`);
      if (result.more > 0) process.stderr.write(`… and ${n(result.more)} more problems\n`);
      const count = result.problems.length + result.more;
      const kept =
        result.version > 0
          ? `version ${result.version} of ${result.of ?? `dataset '${dataset}'`} is still the current one`
          : 'the database is as it was';
      process.stderr.write(
        `Refused: ${n(count)} problem${count === 1 ? '' : 's'}. Nothing was written; ${kept}.\n`,
      );
      return EXIT.refused;
    }
    if (result.status === 'already') {
      process.stdout.write(
        `Already loaded: these files, with these options, were added as version ${result.version} of ${result.of ?? `dataset '${dataset}'`} on ${result.created.slice(0, 10)}${result.current !== result.version ? ` (version ${result.current} is now the current one)` : ''}. Nothing was written.\n`,
      );
      return 0;
    }
    if (result.status === 'dry-run') report(result.summary, 'dry-run');
    if (result.status === 'series' && result.mode === 'dry-run') report(result.summary, 'dry-run');
    return 0;
  } catch (e) {
    progress.done();
    if (e instanceof UsageError) {
      process.stderr.write(`${e.message}\n`);
      return EXIT.usage;
    }
    const f = failureOf(e, req.dbPath, 'the import');
    const tail = f.exitCode === EXIT.database ? ' Nothing was written.' : '';
    process.stderr.write(`${f.message}${tail}\n`);
    return f.exitCode;
  }
}

process.exitCode = await main();
