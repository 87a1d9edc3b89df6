/**
 * Whether this process should be sent work: every check it was given passes
 * (the knowledge is loaded, the store answers, each configured platform is
 * connected). A check answers true, or says in a few words what it waits
 * for; one that throws or takes too long fails with that reason.
 */
import { redact } from '../core/log.ts';
import { errorSummary } from '../startupError.ts';

/** True when ready; otherwise a short reason ("loading", "connecting"). */
export type Check = () => true | string | Promise<true | string>;

export interface ReadinessReport {
  ready: boolean;
  /** Each check: "ok", or why it is not. */
  checks: Record<string, string>;
}

/** A check slower than this counts as failed: a readiness probe must answer in time itself. */
export const CHECK_TIMEOUT_MS = 2_000;

export class Readiness {
  private readonly checks = new Map<string, Check>();
  private stoppingSince: Date | undefined;

  /** Adds (or replaces) a named check. */
  set(name: string, check: Check): this {
    this.checks.set(name, check);
    return this;
  }

  /** From now on not ready: the process is stopping, so no new work should come to it. */
  stopping(): void {
    this.stoppingSince ??= new Date();
  }

  async report(timeoutMs = CHECK_TIMEOUT_MS): Promise<ReadinessReport> {
    const entries = await Promise.all([...this.checks].map(async ([name, check]) => [name, await runCheck(check, timeoutMs)] as const));
    const checks = Object.fromEntries(entries);
    if (this.stoppingSince) checks.process = 'stopping';
    return { ready: Object.values(checks).every((result) => result === 'ok'), checks };
  }
}

async function runCheck(check: Check, timeoutMs: number): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve(`no answer within ${timeoutMs / 1000} s`), timeoutMs);
    timer.unref();
  });
  try {
    const result = await Promise.race([Promise.resolve().then(check), late]);
    return result === true ? 'ok' : redact(result);
  } catch (error) {
    // The reason is shown to whoever probes: masked, and without a stack.
    return redact(`failed: ${errorSummary(error)}`);
  }
}
