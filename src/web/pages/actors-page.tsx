/** Not built yet. */
export default function ActorsPage() {
  return <h1>actors</h1>;
}
