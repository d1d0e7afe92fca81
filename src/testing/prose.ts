const BLOCKS = 'p, li, h1, h2, h3, h4, dt, dd, th, td, caption, figcaption';

/**
 * The text of an element's blocks, leaving out code, sample output and navigation (not prose to be
 * read); `only` narrows the blocks to some kinds (paragraphs alone: 'p').
 */
export function proseBlocks(root: Element, only: string = BLOCKS): string[] {
  const copy = root.cloneNode(true) as Element;
  for (const skip of Array.from(copy.querySelectorAll('pre, code, samp, nav'))) skip.remove();
  return Array.from(copy.querySelectorAll(only))
    .filter((el) => el.querySelector(BLOCKS) === null)
    .map((el) => el.textContent.replace(/\s+/g, ' ').trim())
    .filter((t) => t !== '');
}
