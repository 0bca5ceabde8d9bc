/** Not built yet. */
export default function OverviewPage() {
  return <h1>overview</h1>;
}
