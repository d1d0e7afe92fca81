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
