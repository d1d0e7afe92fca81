import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';

/**
 * The floor the first chart is measured against (`npm run bench`, BENCH_ONLY=page): a page with the
 * dashboard's libraries (React, TanStack Query, Recharts) that asks the API one answer, the counts
 * for the dataset in its own query string, and draws one line chart of it. Built by the bench, never
 * shipped.
 */

interface Answer {
  periods: { id: string; label: string }[];
  totals: { values: (number | null)[] };
}

function Chart() {
  const { data } = useQuery({
    queryKey: ['counts', window.location.search],
    queryFn: async () => {
      const r = await fetch(`/api/v1/counts${window.location.search}`);
      return (await r.json()) as Answer;
    },
  });
  if (!data) return <p>Loading…</p>;
  const rows = data.periods.map((p, i) => ({ period: p.label, value: data.totals.values[i] }));
  return (
    <LineChart width={800} height={360} data={rows}>
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis dataKey="period" />
      <YAxis />
      <Tooltip />
      <Line dataKey="value" isAnimationActive={false} />
    </LineChart>
  );
}

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={new QueryClient()}>
        <h1>Crimes linked to social media</h1>
        <Chart />
      </QueryClientProvider>
    </StrictMode>,
  );
