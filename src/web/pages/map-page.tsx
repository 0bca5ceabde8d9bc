/** Not built yet. */
export default function MapPage() {
  return <h1>map</h1>;
}
