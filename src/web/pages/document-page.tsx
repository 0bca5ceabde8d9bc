/** Not built yet. */
export default function DocumentPage() {
  return <h1>document</h1>;
}
