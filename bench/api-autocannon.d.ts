// The slice of autocannon's programmatic API the API benchmark uses (it ships no types).
declare module 'autocannon' {
  type Histogram = { average: number; mean: number; p50: number; p90: number; p99: number; max: number };
  export type Result = {
    requests: Histogram & { total: number };
    latency: Histogram;
    errors: number;
    timeouts: number;
    non2xx: number;
    duration: number;
  };
  export type Request = { method?: string; path?: string; setupRequest?: (req: { path: string }) => { path: string } };
  export type Options = { url: string; connections?: number; duration?: number; pipelining?: number; timeout?: number; requests?: Request[] };
  function autocannon(options: Options): Promise<Result>;
  export default autocannon;
}
