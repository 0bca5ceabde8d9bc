/** Not built yet. */
export default function IngestPage() {
  return <h1>ingest</h1>;
}
