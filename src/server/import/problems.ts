/**
 * Every problem of a run, as `file:row: message` (rows numbered as a spreadsheet shows them). All are
 * counted; the first thousand are kept, which is more than anyone reads before fixing the cause.
 */
export class Problems {
  private readonly kept: string[] = [];
  private readonly limit: number;
  total = 0;

  constructor(limit = 1000) {
    this.limit = limit;
  }

  add(file: string, row: number | null, message: string): void {
    this.total++;
    if (this.kept.length < this.limit)
      this.kept.push(row === null ? `${file}: ${message}` : `${file}:${row}: ${message}`);
  }

  get list(): readonly string[] {
    return this.kept;
  }

  /** problems counted but not kept */
  get more(): number {
    return this.total - this.kept.length;
  }
}

/** "2, 3, 5–9" */
export function rowList(rows: readonly number[], max = 12): string {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1) j++;
    parts.push(i === j ? String(sorted[i]) : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return parts.length > max
    ? `${parts.slice(0, max).join(', ')} and ${parts.length - max} more`
    : parts.join(', ');
}
