/**
 * The text of part of the page as a reader sees it, one string a block: `textContent` runs a
 * paragraph, a summary and the list after it together ("…between forces.These figures as
 * published (11)…"), because the line breaks between blocks are made by layout, not by text.
 */

const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'OL',
  'P',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);

/**
 * Each block of `root` (a paragraph, a summary, a list item…) as one line, white space collapsed,
 * empty ones left out. Elements matching `skip` are left out with everything in them.
 */
export function textBlocks(root: Element, skip?: string): string[] {
  const blocks: string[] = [];
  let current = '';
  const end = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text !== '') blocks.push(text);
    current = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      current += node.textContent ?? '';
      return;
    }
    if (!(node instanceof Element)) return;
    if (skip !== undefined && node.matches(skip)) return;
    const block = BLOCKS.has(node.tagName);
    if (block) end();
    for (const child of node.childNodes) walk(child);
    if (block) end();
  };
  for (const child of root.childNodes) walk(child);
  end();
  return blocks;
}
