import type { SOURCE_KINDS } from '@shared/contract.ts';
import type { FileToRead } from './load.ts';

/**
 * What every import is asked, a return or a series table alike (run.ts decides which from the
 * files): its own module, so that the series import, which run.ts imports, can take it too.
 */
export interface ImportOptions {
  files: readonly FileToRead[];
  dbPath: string;
  /** the dataset may be new in a database that exists (a mistyped id is refused without it) */
  newDataset?: boolean | undefined;
  source: {
    title?: string | undefined;
    publisher?: string | undefined;
    date?: string | undefined;
    url?: string | undefined;
    kind: Exclude<(typeof SOURCE_KINDS)[number], 'illustrative'>;
  };
  platform?: string | undefined;
  partial?: boolean | undefined;
  sheet?: string | undefined;
  dryRun?: boolean | undefined;
  replace?: boolean | undefined;
  now: Date;
}
