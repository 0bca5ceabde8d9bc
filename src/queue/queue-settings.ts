/** How the queue retries and expires jobs, from the environment (read when the queues are first created). */
export type QueueSettings = {
  /** Retries after the first attempt, before a job goes to the dead-letter queue (TRUCE_JOB_RETRIES, default 4). */
  retryLimit: number;
  /** Seconds before the first retry; each next one waits about twice as long (TRUCE_JOB_RETRY_DELAY, default 5). */
  retryDelay: number;
  /** Seconds a job may stay active before it counts as abandoned (a killed worker) and is retried (TRUCE_JOB_TIMEOUT, default 300). */
  expireInSeconds: number;
};

const number = (text: string | undefined, fallback: number, min: number): number => {
  const n = Number(text);
  return text?.trim() && Number.isFinite(n) && n >= min ? Math.floor(n) : fallback;
};

/** The queue's settings; a value that is not a number keeps its default. */
export function queueSettings(env: NodeJS.ProcessEnv = process.env): QueueSettings {
  return {
    retryLimit: number(env.TRUCE_JOB_RETRIES, 4, 0),
    retryDelay: number(env.TRUCE_JOB_RETRY_DELAY, 5, 1),
    expireInSeconds: number(env.TRUCE_JOB_TIMEOUT, 300, 1),
  };
}
