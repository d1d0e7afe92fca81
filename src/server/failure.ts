/**
 * Failures of the server's start and of the command-line tools, said as one paragraph (what went
 * wrong, which path, what to do) with a documented exit status, never as a stack trace.
 *
 * Exit statuses (README, "When something goes wrong"):
 *   1  the data was refused, or something unforeseen went wrong
 *   2  the command or its configuration is wrong (an unknown option, PORT, a missing file)
 *   3  the database cannot be used: not a database, damaged, newer than this code, or not writable
 *   4  the disk is full
 *   5  the server cannot listen on its port
 */
export const EXIT = {
  refused: 1,
  unexpected: 1,
  usage: 2,
  database: 3,
  diskFull: 4,
  port: 5,
} as const;

export class Failure extends Error {
  readonly exitCode: number;
  constructor(exitCode: number, message: string) {
    super(message);
    this.exitCode = exitCode;
  }
}

function codeOf(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

/** A database or file-system error as a Failure that says what to do; null for anything else. */
export function databaseFailure(e: unknown, path: string, doing: string): Failure | null {
  if (e instanceof Failure) return e;
  const code = codeOf(e);
  const message = e instanceof Error ? e.message : String(e);
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || message.includes('database or disk is full'))
    return new Failure(
      EXIT.diskFull,
      `The disk holding ${path} is full: ${doing} stopped, and nothing half-made was kept. Free some space (or set DB_PATH to a file on another disk) and run it again.`,
    );
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT'))
    return new Failure(
      EXIT.database,
      `${path} is not a database that can be read: it is damaged, or is another kind of file. Move it aside (keep it if it holds imported returns), then start again to create a new one, or set DB_PATH to another file.`,
    );
  if (message.includes('newer than this code knows'))
    return new Failure(
      EXIT.database,
      `${path} was made by a newer version of the dashboard (${message}) Use that version, or set DB_PATH to another file.`,
    );
  if (
    code === 'EACCES' ||
    code === 'EPERM' ||
    code === 'EROFS' ||
    code.startsWith('SQLITE_CANTOPEN') ||
    code.startsWith('SQLITE_READONLY') ||
    code.startsWith('SQLITE_PERM') ||
    code.startsWith('SQLITE_IOERR')
  )
    return new Failure(
      EXIT.database,
      `Cannot ${doing.includes('import') ? 'write to' : 'open or write'} the database at ${path} (${code || message}). Check that its folder exists and that this user may write to the folder and the file (SQLite keeps -wal and -shm files beside it), or set DB_PATH to a file in a folder that can be written.`,
    );
  if (code === 'ENOTDIR' || code === 'EISDIR' || code === 'EEXIST')
    return new Failure(
      EXIT.usage,
      `DB_PATH ${path} cannot be a database file: it, or a folder on its way, is another kind of file (${code}). Set DB_PATH to the path of a database file in a folder.`,
    );
  return null;
}

/** Any error as a paragraph: explained if it is a known database failure, else said plainly. */
export function failureOf(e: unknown, path: string, doing: string): Failure {
  return (
    databaseFailure(e, path, doing) ??
    new Failure(
      EXIT.unexpected,
      `${doing[0]?.toUpperCase() ?? ''}${doing.slice(1)} failed unexpectedly: ${e instanceof Error ? e.message : String(e)}. Nothing half-made was kept; if it happens again, report this message.`,
    )
  );
}
