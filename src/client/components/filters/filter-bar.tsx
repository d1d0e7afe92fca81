import { useState } from 'react';
import type { MetaResponse } from '@shared/contract.ts';
import { countedOver } from '@shared/counted.ts';
import { INTERVALS, type Interval } from '@shared/period.ts';
import { MEASURES, type Filters, type Measure } from '@shared/filters.ts';
import { MultiSelect, type SearchMore } from '../ui/multi-select.tsx';
import { SelectField } from '../ui/select-field.tsx';
import {
  datasetOptions,
  forceOptions,
  intervalOptions,
  measureOptions,
  monthOptions,
  offenceOptions,
  outcomeOptions,
  platformOptions,
  rangeChange,
} from './filter-options.ts';

function isInterval(v: string): v is Interval {
  return (INTERVALS as readonly string[]).includes(v);
}
function isMeasure(v: string): v is Measure {
  return (MEASURES as readonly string[]).includes(v);
}

/**
 * The filters, each with a visible label that is also its accessible name. Every change goes to the
 * URL (a new history entry), which is what the page reads back.
 */
export function FilterBar({
  meta,
  datasets,
  filters,
  onChange,
  forceSearch,
}: {
  meta: MetaResponse;
  datasets: MetaResponse['datasets'];
  filters: Filters;
  /** a patch, or a function of the filters as they now are (a change not yet drawn included) */
  onChange: (patch: Partial<Filters> | ((now: Filters) => Partial<Filters>)) => void;
  /** the force list's search also finds a force by a council in its area */
  forceSearch?: SearchMore;
}) {
  const months = monthOptions(meta);
  const { from: first, to: last } = meta.dataset.coverage;
  // what a change of range did to the other end, said while that range is in view
  const [moved, setMoved] = useState<{ note: string; from: string | null; to: string | null }>();
  const rangeNote = moved?.from === filters.from && moved.to === filters.to ? moved.note : null;
  const change = (patch: Partial<Filters>) => {
    setMoved(undefined);
    onChange(patch);
  };
  // against the range as it now is: From then To, chosen before the page redraws, both hold
  const changeRange = (end: 'from' | 'to', value: string) => {
    onChange((now) => {
      const { patch, note } = rangeChange(end, value, now, meta.dataset.coverage);
      const next = { from: now.from, to: now.to, ...patch };
      setMoved(note === null ? undefined : { note, from: next.from, to: next.to });
      return patch;
    });
  };
  return (
    <>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-5">
        <SelectField
          label="Dataset"
          value={filters.dataset}
          options={datasetOptions(datasets)}
          // a version belongs to one dataset, and dates to its coverage: a new dataset starts afresh
          onChange={(dataset) => change({ dataset, version: null, from: null, to: null })}
        />
        <MultiSelect
          label="Platform"
          allLabel="All platforms"
          options={platformOptions(meta)}
          selected={filters.platform}
          onChange={(platform) => change({ platform })}
        />
        <MultiSelect
          label="Force"
          allLabel="All forces"
          searchLabel="Search forces"
          more={forceSearch}
          options={forceOptions(meta)}
          selected={filters.force}
          onChange={(force) => change({ force })}
        />
        <MultiSelect
          label="Offence"
          allLabel="All offences"
          searchLabel="Search offences"
          options={offenceOptions(meta)}
          selected={filters.offence}
          onChange={(offence) => change({ offence })}
        />
        <MultiSelect
          label="Outcome"
          allLabel="All outcomes"
          searchLabel="Search outcomes"
          options={outcomeOptions(meta)}
          selected={filters.outcome}
          onChange={(outcome) => change({ outcome })}
        />
        <SelectField
          label="From"
          value={filters.from ?? first}
          options={months}
          onChange={(from) => changeRange('from', from)}
        />
        <SelectField
          label="To"
          value={filters.to ?? last}
          options={months}
          onChange={(to) => changeRange('to', to)}
        />
        <SelectField
          label="Interval"
          value={filters.interval}
          options={intervalOptions(meta)}
          onChange={(v) => {
            if (isInterval(v)) change({ interval: v });
          }}
        />
        <SelectField
          label="Measure"
          value={filters.measure}
          options={measureOptions(countedOver(filters.platform, meta.dataset.holds.platforms))}
          onChange={(v) => {
            if (isMeasure(v)) change({ measure: v });
          }}
        />
      </div>
      <p
        role="status"
        className={rangeNote ? 'mt-3 border-l-[6px] border-warning bg-white p-2' : 'sr-only'}
      >
        {rangeNote}
      </p>
    </>
  );
}
