/** Not built yet. */
export default function PeacePage() {
  return <h1>peace</h1>;
}
