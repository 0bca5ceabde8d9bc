/** Not built yet. */
export default function IncidentPage() {
  return <h1>incident</h1>;
}
