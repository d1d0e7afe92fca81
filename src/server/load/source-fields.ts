/**
 * What a source's fields may hold. A link is followed by readers of the page and of the API, so it
 * must be a web address (no `javascript:` or `data:`); a title or publisher is copied into
 * spreadsheets, so it must not start as a formula does.
 */

export function isWebAddress(text: string): boolean {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
}

/** the character a spreadsheet would take as the start of a formula, if the text starts with one */
export function formulaStart(text: string): string | null {
  const m = /^\s*([=+\-@])/.exec(text);
  return m?.[1] ?? null;
}

/** Problems with a source's fields, in words; [] when it may be stored. */
export function sourceFieldProblems(s: {
  title: string;
  publisher: string;
  url: string | null;
}): string[] {
  const problems: string[] = [];
  if (s.url !== null && !isWebAddress(s.url))
    problems.push(`the address '${s.url}' is not a web address (http:// or https://)`);
  for (const [field, text] of [
    ['title', s.title],
    ['publisher', s.publisher],
  ] as const) {
    const start = formulaStart(text);
    if (start)
      problems.push(
        `the ${field} '${text}' starts with '${start}', which a spreadsheet runs as a formula; write it without`,
      );
  }
  return problems;
}
