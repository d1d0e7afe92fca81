import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TrendChart } from './trend-chart.tsx';

const periods = ['2021/22', '2022/23', '2023/24'].map((label, i) => ({
  id: label,
  label,
  start: `${2021 + i}-04`,
  end: `${2022 + i}-03`,
  partial: false,
}));

describe('TrendChart axes', () => {
  it('labels the value axis with the formatted ticks of valueAxis, and every period', () => {
    const { container } = render(
      <TrendChart
        periods={periods}
        series={[
          {
            key: 'kent',
            label: 'Kent Police',
            colour: '#12436d',
            kind: 'series',
            values: [1200, 2450, 1800],
            suppressed: [false, false, false],
          },
        ]}
        measure="count"
        label="Crimes recorded by Kent Police"
      />,
    );
    const texts = (selector: string) =>
      [...container.querySelectorAll(`${selector} text`)].map((t) => t.textContent);
    expect(texts('.recharts-yAxis-tick-labels')).toEqual([
      '0',
      '500',
      '1,000',
      '1,500',
      '2,000',
      '2,500',
    ]);
    expect(texts('.recharts-xAxis-tick-labels')).toEqual(['2021/22', '2022/23', '2023/24']);
  });
});
