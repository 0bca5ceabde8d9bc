/** Not built yet. */
export default function TimelinePage() {
  return <h1>timeline</h1>;
}
