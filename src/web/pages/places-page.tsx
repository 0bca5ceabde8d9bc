/** Not built yet. */
export default function PlacesPage() {
  return <h1>places</h1>;
}
