export function ForceProfilePage() {
  return <h1 className="text-3xl font-bold">Force profile</h1>;
}
