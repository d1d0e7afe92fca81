import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, chmodSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../config.ts';
import { openDatabase } from '../db/open.ts';
import { generateReturn } from './generate.ts';
import { fact, table, testPlan } from '@testing/db.ts';
import { writeLoad } from '../load/write.ts';
import { runImport } from './run.ts';
import { dump, FIXTURES, importFixtures, NOW, tempDir } from '@testing/import.ts';

/**
 * The command as a data manager runs it: exit statuses, what it prints, and what survives a kill.
 */

const tmp = tempDir();
afterAll(tmp.remove);

function cli(dbPath: string, args: string[]) {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'scripts', 'import.ts'), ...args],
    {
      cwd: FIXTURES,
      env: { ...process.env, DB_PATH: dbPath, INIT_CWD: FIXTURES },
      encoding: 'utf8',
    },
  );
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run import', () => {
  const db = join(tmp.dir, 'cli.db');

  it('says what is wrong with the command and exits 2', () => {
    const r = cli(db, ['kent-bom.csv', '--kind', 'blog']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--kind 'blog' is not one of foi, official, press");
    expect(r.stderr).toContain('Usage: npm run import');
  });

  it('loads a return, prints what it added, says so when it is run again, and refuses a correction (exit 1)', () => {
    const args = [
      'kent-bom.csv',
      '--platform',
      'tiktok',
      '--source',
      'FOI 2024/0457',
      '--date',
      '2024-07-01',
    ];
    const dry = cli(db, [...args, '--dry-run']);
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain(
      "Dry run: nothing was written. The import would add version 1 of dataset 'reported'",
    );

    const first = cli(db, args);
    expect(first.status).toBe(0);
    expect(first.stdout.split('\n').slice(0, 5)).toEqual([
      '1 file, 10 rows read:',
      '  kent-bom.csv (CSV, UTF-8 with byte-order mark, comma-separated): 10 rows, 3 tables',
      'Facts added, by force and platform:',
      '  Kent Police  TikTok  10 facts  3 tables  3 suppressed  2021/22 to 2023/24',
      'Periods: 2021/22 to 2023/24; 10 facts in 3 tables',
    ]);
    expect(first.stdout).toContain('Source: FOI 2024/0457 (Kent Police, 2024-07-01, foi)');
    expect(first.stdout).toContain(`Added version 1 of dataset 'reported' to ${db}.`);

    // run again as it was (its output lost, say): the load is there already
    const rerun = cli(db, args);
    expect(rerun.status).toBe(0);
    expect(rerun.stdout).toBe(
      "Already loaded: these files, with these options, were added as version 1 of dataset 'reported' on " +
        `${new Date().toISOString().slice(0, 10)}. Nothing was written.\n`,
    );

    // a correction of the same tables is refused without --replace
    const again = cli(db, [...args.slice(0, -3), 'FOI 2024/0457 (corrected)', ...args.slice(-2)]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(
      "kent-bom.csv:2: rows 2–4 (Kent Police, TikTok, 2021/22, 2022/23, 2023/24, totals) repeat table 'totals', loaded in version 1",
    );
    expect(again.stderr).toContain(
      "Refused: 3 problems. Nothing was written; version 1 of dataset 'reported' is still the current one.",
    );
  }, 30_000);

  it('refuses bad data with every problem and exit 1', () => {
    const r = cli(db, ['bad-row-middle.csv', '--platform', 'tiktok']);
    expect(r.status).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(
      "bad-row-middle.csv:4: 'Lancashre' is not a force; did you mean 'lancashire'?",
    );
    expect(r.stdout).toBe('');
  });
});

describe('an import killed half-way', () => {
  it('leaves the previous version current and the database consistent', async () => {
    const db = join(tmp.dir, 'killed.db');
    await importFixtures(db, ['kent-bom.csv'], { platform: 'tiktok' });
    const before = dump(db);
    const big = join(tmp.dir, 'big.csv');
    generateReturn(big, 100_000);

    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'scripts', 'import.ts'), big],
      {
        env: { ...process.env, DB_PATH: db },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    const killed = await new Promise<string | null>((done) => {
      // kill it as soon as it says it is writing: the transaction is open and part-written
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (stderr.includes('Writing:')) child.kill('SIGKILL');
      });
      child.on('exit', (_code, signal) => {
        done(signal);
      });
    });
    expect(killed).toBe('SIGKILL');

    const check = openDatabase(db);
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    check.close();
    expect(dump(db)).toEqual(before);
  }, 20_000);
});

describe('wording that follows the database', () => {
  it('a refusal names the version that is current as it is returned, not as the run began', async () => {
    const db = join(tmp.dir, 'concurrent.db');
    await importFixtures(db, ['kent-bom.csv'], { platform: 'tiktok' });
    const big = join(tmp.dir, 'big-bad.csv');
    generateReturn(big, 200_000);
    appendFileSync(big, 'Atlantis Police,TikTok,Apr-23,8R,Outcome 1,3\n');
    let added = false;
    const r = await runImport({
      files: [{ path: big, label: 'big-bad.csv' }],
      dbPath: db,
      dataset: 'reported',
      source: { kind: 'foi' },
      now: NOW,
      // another import commits, from another connection, while this one reads
      onProgress: () => {
        if (added) return;
        added = true;
        const other = openDatabase(db);
        writeLoad(
          other,
          {
            ...testPlan([table('essex', 'other', [fact('2023/24', '*', '*', 4)])]),
            origin: 'import',
            supersede: undefined,
          },
          NOW,
        );
        other.close();
      },
    });
    expect(added).toBe(true);
    expect(r.status === 'refused' && r.version).toBe(2);
  }, 60_000);

  it('--dry-run works on a database in a folder that cannot be written', async () => {
    const dir = join(tmp.dir, 'read-only');
    mkdirSync(dir);
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=8m', 'tmpfs', dir]).status === 0;
    const db = join(dir, 'crime.db');
    try {
      await importFixtures(db, ['kent-bom.csv'], { platform: 'tiktok' });
      // root may write anywhere: make the folder read-only by remounting it, where this may mount
      if (mounted) spawnSync('mount', ['-o', 'remount,ro', dir]);
      else chmodSync(dir, 0o555);
      const r = cli(db, ['refusals.csv', '--dry-run']);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toContain(
        "Dry run: nothing was written. The import would add version 2 of dataset 'reported'",
      );
      const write = cli(db, ['refusals.csv']);
      expect(write.status).toBe(3);
      expect(write.stderr).toMatch(
        /^Cannot write to the database at .*crime\.db .*Nothing was written\.\n$/,
      );
    } finally {
      if (mounted) spawnSync('umount', [dir]);
      else chmodSync(dir, 0o755);
    }
  }, 30_000);
});
