export function ForcesPage() {
  return <h1 className="text-3xl font-bold">Forces</h1>;
}
