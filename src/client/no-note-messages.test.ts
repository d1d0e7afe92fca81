import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The client writes a note's words from its code and fields (lib/note-words.ts); it never reads a
 * note's `message`, so no English from the server can be split, matched or shown as if it were data.
 * Checked with the type checker, not by name: `const m = n.message` is caught wherever `n` is a Note.
 */

const ROOT = join(import.meta.dirname, '..', '..');

function isNote(type: ts.Type): boolean {
  const types = type.isUnion() ? type.types : [type];
  return types.some((t) => ['code', 'kind', 'forces', 'message'].every((p) => t.getProperty(p)));
}

function noteMessageReads(): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(ROOT, 'tsconfig.app.json'),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined },
  );
  if (!config) throw new Error('tsconfig.app.json could not be read');
  const program = ts.createProgram(config.fileNames, config.options);
  const checker = program.getTypeChecker();
  const found: string[] = [];
  for (const file of program.getSourceFiles()) {
    if (!file.fileName.includes('/src/client/') || /\.test\.tsx?$/.test(file.fileName)) continue;
    const visit = (node: ts.Node): void => {
      const read =
        (ts.isPropertyAccessExpression(node) &&
          node.name.text === 'message' &&
          isNote(checker.getTypeAtLocation(node.expression))) ||
        (ts.isBindingElement(node) &&
          (node.propertyName ?? node.name).getText(file) === 'message' &&
          isNote(checker.getTypeAtLocation(node.parent)));
      if (read) {
        const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
        found.push(`${file.fileName.slice(ROOT.length + 1)}:${line + 1}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return found;
}

describe('the client and the server’s sentences', () => {
  it('never reads a note’s message: its words come from the code', () => {
    expect(noteMessageReads()).toEqual([]);
  }, 60_000);
});
