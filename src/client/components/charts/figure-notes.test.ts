import { describe, expect, it } from 'vitest';
import { byReason } from './figure-notes.tsx';

describe('the forces missing from a figure', () => {
  it('are said once per reason, each force alone when it is the only one', () => {
    expect(
      byReason([
        'Avon and Somerset Constabulary: no published reply has been found (2021/22, 2022/23).',
        'Wiltshire Police: refused the request (2021/22).',
        'Bedfordshire Police: no published reply has been found (2021/22, 2022/23).',
        'Cheshire Constabulary: no published reply has been found (2023/24).',
      ]),
    ).toEqual([
      'No published reply has been found (2021/22, 2022/23): 2 forces (Avon and Somerset Constabulary, Bedfordshire Police).',
      'Wiltshire Police: refused the request (2021/22).',
      'Cheshire Constabulary: no published reply has been found (2023/24).',
    ]);
  });
});
