import type { JobQueue } from '../queue/job-queue.js';
/** Settings the server takes; each has a default fit for one analyst's laptop. */
export type AppConfig = {
  /** 'public': anyone may read; 'private': reads need a signed-in user. Default: the stored setting, else public. */
  readAccess?: 'public' | 'private';
  /** Writes a user may make a minute (default 120). */
  writesPerMinute?: number;
  /** Sign-in attempts per address and name in 15 minutes (default 10). */
  loginsPer15Minutes?: number;
  /** Largest JSON body, in bytes (default 1 MB). */
  maxBodyBytes?: number;
  /** Largest uploaded document, in bytes (default 20 MB). */
  maxUploadBytes?: number;
  /** Marks the session cookie Secure. Default: when the request came over https (or X-Forwarded-Proto says so behind a trusted proxy). */
  secureCookies?: boolean;
  /** Believe X-Forwarded-For and X-Forwarded-Proto (only behind a reverse proxy you run). */
  trustProxy?: boolean;
  /** How long a sign-in lasts, in hours (default 12). */
  sessionHours?: number;
  /** Lets URL ingestion reach private and loopback addresses (tests, intranets). */
  allowPrivateUrls?: boolean;
  /** The built web app to serve at / (default dist/web, written by `npm run build:web`). */
  webRoot?: string;
  /** A map tile server for the web map, e.g. https://tile.example.org/{z}/{x}/{y}.png; without one the map draws Natural Earth borders and needs no network. */
  tileUrl?: string;
  /** Credit line for the tiles (their licence usually requires one). */
  tileAttribution?: string;
  /** When set (PostgreSQL with TRUCE_WORKERS=1 or `serve --queue`), POST /documents and /documents/upload queue the document for `truce worker` and answer 202 with the job id. */
  queue?: Pick<JobQueue, 'sendIngest'>;
};

export const DEFAULTS = {
  writesPerMinute: 120,
  loginsPer15Minutes: 10,
  maxBodyBytes: 1_000_000,
  maxUploadBytes: 20_000_000,
  sessionHours: 12,
} as const;
