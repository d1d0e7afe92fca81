import { describe, expect, it } from 'vitest';
import { textBlocks } from './dom-text.ts';

function html(markup: string): HTMLElement {
  const el = document.createElement('figcaption');
  el.innerHTML = markup;
  return el;
}

describe('the text of part of the page, a line a block', () => {
  it('keeps a line break between a sentence, a summary and each item of the list after it', () => {
    const caption = html(
      '<span>Source: </span><a href="#">FOI</a> (Police, 2024). Not comparable between forces.' +
        '<details><summary>These figures as published (2): the notes on them</summary>' +
        '<ul><li>Cleveland Police, 2021/22, <b>107</b>: “as sent”</li><li>Kent Police, 2022/23: “x”</li></ul></details>',
    );
    expect(textBlocks(caption)).toEqual([
      'Source: FOI (Police, 2024). Not comparable between forces.',
      'These figures as published (2): the notes on them',
      'Cleveland Police, 2021/22, 107: “as sent”',
      'Kent Police, 2022/23: “x”',
    ]);
  });

  it('leaves out what `skip` names', () => {
    const caption = html('<p>Source: FOI.</p><details data-x><summary>More</summary></details>');
    expect(textBlocks(caption, '[data-x]')).toEqual(['Source: FOI.']);
  });
});
