/** Not built yet. */
export default function ReviewPage() {
  return <h1>review</h1>;
}
