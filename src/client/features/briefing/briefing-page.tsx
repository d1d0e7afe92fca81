export function BriefingPage() {
  return <h1 className="text-3xl font-bold">Briefing pack</h1>;
}
