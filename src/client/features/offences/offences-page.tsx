export function OffencesPage() {
  return <h1 className="text-3xl font-bold">Offences</h1>;
}
