import { queryOptions } from '@tanstack/react-query';
import { API, MetaPageSchema } from '@shared/contract.ts';
import { getJson } from './http.ts';

export const metaKeys = {
  all: ['meta'] as const,
  dataset: (dataset: string, version: number | null) =>
    [...metaKeys.all, { dataset, version }] as const,
};

function metaUrl(dataset: string, version: number | null): string {
  const params = new URLSearchParams({ dataset });
  if (version !== null) params.set('version', String(version));
  return `${API.meta}?${params.toString()}`;
}

export function metaQueryOptions(dataset: string, version: number | null = null) {
  return queryOptions({
    queryKey: metaKeys.dataset(dataset, version),
    queryFn: ({ signal }) => getJson(metaUrl(dataset, version), MetaPageSchema, signal),
    staleTime: 5 * 60 * 1000,
  });
}

/**
 * The API's default dataset: the published figures, or the first dataset a database holds when it has
 * none of those (a database built by imports). The page takes its reference lists from it. It is
 * also that dataset's own description, so it is filed under that dataset too: the page then asks for
 * it once, not again by name (29.5 KB twice, one request after the other).
 */
export function baseMetaQueryOptions() {
  return queryOptions({
    queryKey: [...metaKeys.all, 'default'] as const,
    queryFn: async ({ signal, client }) => {
      const meta = await getJson(API.meta, MetaPageSchema, signal);
      const own = metaKeys.dataset(meta.dataset.id, null);
      if (client.getQueryData(own) === undefined) client.setQueryData(own, meta);
      return meta;
    },
    staleTime: 5 * 60 * 1000,
  });
}
