/**
 * Retrying with back-off, for the browser's data file: the first retry after 2 s, then twice as
 * long each time, at most a minute apart, for as long as the page is open. A person can retry at
 * once (the Retry button): `wait` resolves early for that. Pure: timers and the UI are passed in.
 */
export const FIRST_RETRY_MS = 2_000;
export const MAX_RETRY_MS = 60_000;

/** The wait after the `failures`-th failure (1-based): 2 s, 4 s, 8 s … 60 s. */
export function retryDelay(failures: number): number {
	return Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, failures - 1));
}

export type RetryHooks = {
	/** Called after each failure, before the wait. */
	onfailure(err: unknown, failures: number): void | Promise<void>;
	/** Waits `ms` (or less, when a person asks to retry now). */
	wait(ms: number): Promise<void>;
};

/** Runs `attempt` until it succeeds. */
export async function retrying<T>(attempt: () => Promise<T>, hooks: RetryHooks): Promise<T> {
	for (let failures = 1; ; failures++) {
		try {
			return await attempt();
		} catch (err) {
			await hooks.onfailure(err, failures);
			await hooks.wait(retryDelay(failures));
		}
	}
}
