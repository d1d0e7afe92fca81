export interface TreeOption {
  id: string;
  label: string;
  parent: string | null;
  /**
   * A virtual option groups others without being a value itself (a region of forces): ticking it
   * ticks all its children. A real parent (an offence group) is a value that includes its children.
   */
  virtual?: boolean;
  keywords?: readonly string[];
}

export function ancestors(byId: ReadonlyMap<string, TreeOption>, id: string): string[] {
  const out: string[] = [];
  for (let p = byId.get(id)?.parent ?? null; p !== null; p = byId.get(p)?.parent ?? null)
    out.push(p);
  return out;
}

/**
 * Options found by words other than their own (a council's name finds its force): each option's id
 * with a sentence saying why it was found.
 */
export type FindMore = (query: string) => ReadonlyMap<string, string>;

/** A list's search that also looks beyond its options' own words. */
export interface SearchMore {
  /** null until what it searches has loaded */
  find: FindMore | null;
  /** the list is about to be used: start loading what it searches */
  prepare: () => void;
  /** under the search box: what else can be typed there */
  hint: string;
  /** how the loading stands, when it is not done: "Loading council names…" */
  note: string | null;
}
