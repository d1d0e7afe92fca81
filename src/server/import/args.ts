import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SOURCE_KINDS } from '@shared/contract.ts';
import { readConfig } from '../config.ts';
import { formulaStart, isWebAddress } from '../load/source-fields.ts';
import { formatOf } from './read.ts';
import { UsageError, type ImportRequest } from './run.ts';
import { parsePlatform } from './values.ts';

/** The import's command line: flags to a request, or a usage error that names what is wrong. */

export const USAGE = `Usage: npm run import -- <file>... [options]

Loads FOI returns (CSV or .xlsx) into the database at DB_PATH as a new version of a dataset.
A series table (a header with area_kind and area columns, like data/platform-series/nspcc-grooming.csv)
is added instead as a new version of the platform series release.

Options:
  --source "<title>"     the source's title (default: "FOI return: <files>")
  --publisher "<name>"   who published it (default: the force, when the files are about one)
  --date YYYY-MM-DD      when it was published or received
  --kind foi|official|press   what kind of source it is (default foi)
  --url <address>        where it can be found
  --platform <id>        the platform of rows that do not name one (tiktok, snapchat, …)
  --dataset <id>         the dataset to add a version to (default reported)
  --new-dataset          start the dataset --dataset names, in a database that does not hold it yet
  --sheet <name>         the sheet of an Excel workbook to read (default the first)
  --partial              tables are a selection of rows unless a 'complete' column says otherwise
  --dry-run              check everything and print the summary, but write nothing
  --replace              supersede tables already loaded that the files repeat
  --help                 show this
`;

function usage(message: string): never {
  throw new UsageError(message);
}

/** The run the command line asks for; null for --help. Throws UsageError when it is wrong. */
export function parseImportArgs(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
  cwd = process.cwd(),
): ImportRequest | null {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        source: { type: 'string' },
        publisher: { type: 'string' },
        date: { type: 'string' },
        kind: { type: 'string', default: 'foi' },
        url: { type: 'string' },
        platform: { type: 'string' },
        dataset: { type: 'string', default: 'reported' },
        'new-dataset': { type: 'boolean', default: false },
        sheet: { type: 'string' },
        partial: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        replace: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (e) {
    usage(e instanceof Error ? e.message : String(e));
  }
  const { values: v, positionals: files } = parsed;
  if (v.help) return null;
  if (files.length === 0) usage('give at least one file to import');
  for (const f of files) {
    const path = resolve(cwd, f);
    if (!existsSync(path) || !statSync(path).isFile())
      usage(`cannot read '${f}': there is no such file`);
    if (formatOf(f) === null)
      usage(
        `'${f}' is neither CSV (.csv, .txt, .tsv) nor Excel (.xlsx); save an older .xls workbook as .xlsx or CSV`,
      );
  }
  if (v.sheet !== undefined && !files.some((f) => formatOf(f) === 'xlsx'))
    usage('--sheet names a sheet of an Excel workbook, and none of the files is one');
  const kinds = SOURCE_KINDS.filter((k) => k !== 'illustrative');
  const kind = kinds.find((k) => k === v.kind);
  if (!kind) usage(`--kind '${v.kind}' is not one of ${kinds.join(', ')}`);
  if (v.date !== undefined) {
    const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v.date);
    const at = new Date(`${v.date}T00:00:00Z`);
    // 2024-13-45 is no date at all; 2024-02-30 rolls over to March: neither is the date written
    const real = d !== null && !Number.isNaN(at.getTime()) && at.toISOString().startsWith(v.date);
    if (!real) usage(`--date '${v.date}' is not a date written YYYY-MM-DD`);
  }
  if (v.url !== undefined && !isWebAddress(v.url))
    usage(`--url '${v.url}' is not a web address; give one that starts http:// or https://`);
  for (const [flag, text] of [
    ['--source', v.source],
    ['--publisher', v.publisher],
  ] as const) {
    const start = text === undefined ? null : formulaStart(text);
    if (start)
      usage(
        `${flag} '${text ?? ''}' starts with '${start}', which a spreadsheet runs as a formula; write it without`,
      );
  }
  let platform: string | undefined;
  if (v.platform !== undefined) {
    const p = parsePlatform(v.platform);
    if (!p.ok) usage(`--platform: ${p.message}`);
    platform = p.value;
  }
  if (!/^[a-z0-9][a-z0-9-]{0,39}$/.test(v.dataset))
    usage(`--dataset '${v.dataset}' is not a dataset id (lower-case letters, digits and hyphens)`);
  return {
    files: files.map((f) => ({ path: resolve(cwd, f), label: f })),
    dbPath: readConfig(env).dbPath,
    dataset: v.dataset,
    newDataset: v['new-dataset'],
    source: { title: v.source, publisher: v.publisher, date: v.date, url: v.url, kind },
    platform,
    partial: v.partial,
    sheet: v.sheet,
    dryRun: v['dry-run'],
    replace: v.replace,
    now: new Date(),
  };
}
