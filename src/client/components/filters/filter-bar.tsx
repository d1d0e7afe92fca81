import type { MetaResponse } from '@shared/contract.ts';
import { INTERVALS, type Interval } from '@shared/period.ts';
import { MEASURES, type Filters, type Measure } from '@shared/filters.ts';
import { MultiSelect } from '../ui/multi-select.tsx';
import { SelectField } from '../ui/select-field.tsx';
import {
  forceOptions,
  INTERVAL_OPTIONS,
  MEASURE_OPTIONS,
  monthOptions,
  offenceOptions,
  outcomeOptions,
  platformOptions,
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
}: {
  meta: MetaResponse;
  datasets: MetaResponse['datasets'];
  filters: Filters;
  onChange: (patch: Partial<Filters>) => void;
}) {
  const months = monthOptions(meta);
  const { from: first, to: last } = meta.dataset.coverage;
  return (
    <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-5">
      <SelectField
        label="Dataset"
        value={filters.dataset}
        options={datasets.map((d) => ({ value: d.id, label: d.title }))}
        // a version belongs to one dataset, and dates to its coverage: a new dataset starts afresh
        onChange={(dataset) => onChange({ dataset, version: null, from: null, to: null })}
      />
      <MultiSelect
        label="Platform"
        allLabel="All platforms"
        options={platformOptions(meta)}
        selected={filters.platform}
        onChange={(platform) => onChange({ platform })}
      />
      <MultiSelect
        label="Force"
        allLabel="All forces"
        searchLabel="Search forces"
        options={forceOptions(meta)}
        selected={filters.force}
        onChange={(force) => onChange({ force })}
      />
      <MultiSelect
        label="Offence"
        allLabel="All offences"
        searchLabel="Search offences"
        options={offenceOptions(meta)}
        selected={filters.offence}
        onChange={(offence) => onChange({ offence })}
      />
      <MultiSelect
        label="Outcome"
        allLabel="All outcomes"
        searchLabel="Search outcomes"
        options={outcomeOptions(meta)}
        selected={filters.outcome}
        onChange={(outcome) => onChange({ outcome })}
      />
      <SelectField
        label="From"
        value={filters.from ?? first}
        options={months}
        onChange={(from) =>
          onChange({
            from: from === first ? null : from,
            ...(filters.to !== null && from > filters.to ? { to: null } : {}),
          })
        }
      />
      <SelectField
        label="To"
        value={filters.to ?? last}
        options={months}
        onChange={(to) =>
          onChange({
            to: to === last ? null : to,
            ...(filters.from !== null && to < filters.from ? { from: null } : {}),
          })
        }
      />
      <SelectField
        label="Interval"
        value={filters.interval}
        options={INTERVAL_OPTIONS}
        onChange={(v) => {
          if (isInterval(v)) onChange({ interval: v });
        }}
      />
      <SelectField
        label="Measure"
        value={filters.measure}
        options={MEASURE_OPTIONS}
        onChange={(v) => {
          if (isMeasure(v)) onChange({ measure: v });
        }}
      />
    </div>
  );
}
