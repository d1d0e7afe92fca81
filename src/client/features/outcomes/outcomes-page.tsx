export function OutcomesPage() {
  return <h1 className="text-3xl font-bold">Outcomes</h1>;
}
