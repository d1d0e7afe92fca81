import { describe, expect, it } from 'vitest';
import { FiltersSchema } from '@shared/filters.ts';
import { VIEW_PATHS } from '@shared/view-paths.ts';
import { decodePack, encodePack } from '@shared/pack.ts';
import { VIEWS, viewAt, viewDefaults, viewPath } from './views.ts';

describe('the registry of views', () => {
  it('finds the view at a pathname, with or without a trailing slash, or none', () => {
    expect(viewAt('/')?.id).toBe('overview');
    expect(viewAt('/offences/')?.id).toBe('offences');
    expect(viewAt('/forces')?.id).toBe('forces');
    expect(viewAt('/forces/kent')?.id).toBe('force');
    expect(viewAt('/briefing')?.id).toBe('briefing');
    expect(viewAt('/nowhere')).toBeNull();
  });

  it('builds a pathname from a view and its parameter', () => {
    expect(viewPath('overview')).toBe('/');
    expect(viewPath('force', 'avon-and-somerset')).toBe('/forces/avon-and-somerset');
    expect(viewAt(viewPath('force', 'kent'))?.id).toBe('force');
  });

  it('gives every view whole, valid defaults: TikTok on every page, rates on the forces view', () => {
    for (const view of VIEWS)
      expect(FiltersSchema.safeParse(viewDefaults(view)).success).toBe(true);
    expect(viewDefaults(viewAt('/')).platform).toEqual(['tiktok']);
    expect(viewDefaults(viewAt('/forces')).measure).toBe('rate');
    expect(viewDefaults(viewAt('/offences')).by).toBe('offenceGroup');
    expect(viewDefaults(null).measure).toBe('count');
  });

  it('defaults a split only to one the view understands', () => {
    for (const view of VIEWS) {
      const by = viewDefaults(view).by;
      if (by !== 'none') expect(view.splits).toContain(by);
    }
  });

  it('lists each id and path once; packs draw views of the datasets with their filters, or the published series', () => {
    expect(new Set(VIEWS.map((v) => v.id)).size).toBe(VIEWS.length);
    expect(new Set(VIEWS.map((v) => v.path)).size).toBe(VIEWS.length);
    for (const view of VIEWS.filter((v) => v.inPacks))
      expect(view.chrome.filters || view.figures === 'platform-series', view.id).toBe(true);
    // a view of the datasets names the dataset and version in its filters: a pack pins them
    for (const view of VIEWS.filter((v) => v.inPacks && v.figures === 'datasets'))
      expect(view.chrome.filters, view.id).toBe(true);
  });
});

describe('a pack link', () => {
  it('holds charts of every view that puts charts in packs, and of no other', () => {
    for (const view of VIEWS) {
      const path = view.path.replace(':id', 'kent');
      const { pack } = decodePack(encodePack({ items: [{ path, search: '', title: 'A chart' }] }));
      expect(pack.items.length, path).toBe(view.inPacks ? 1 : 0);
    }
  });
});

describe('the server knows the pages', () => {
  it('from the same list of paths as the registry', () => {
    expect(VIEWS.map((v) => v.path).sort()).toEqual([...VIEW_PATHS].sort());
  });
});
