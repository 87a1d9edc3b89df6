/**
 * Failures at start-up that the operator can fix — a token a platform
 * rejects, a server that cannot be reached — as one line that says what
 * happened and what to do, never a stack trace.
 */
export class StartupError extends Error {}

/** Node's and undici's codes for "the network did not get us there", in plain words. */
const NETWORK_FAILURES: Record<string, string> = {
  ENOTFOUND: 'the host name does not resolve',
  EAI_AGAIN: 'DNS did not answer',
  ECONNREFUSED: 'nothing accepts connections there',
  ECONNRESET: 'the connection was cut',
  ETIMEDOUT: 'the connection timed out',
  EHOSTUNREACH: 'the host is unreachable',
  ENETUNREACH: 'the network is unreachable',
  UND_ERR_CONNECT_TIMEOUT: 'the connection timed out',
  UND_ERR_SOCKET: 'the connection was cut',
};

export interface NetworkFailure {
  code: string;
  /** The library's own words, e.g. "getaddrinfo ENOTFOUND discord.com". */
  detail: string;
  /** The same in plain words, e.g. "the host name does not resolve". */
  meaning: string;
}

/**
 * The network failure behind an error, if that is what it is. Libraries wrap
 * it: undici in `cause`, Slack's client in `original`, Node's dual-stack
 * connect in an AggregateError's `errors`.
 */
export function networkFailure(error: unknown, depth = 0): NetworkFailure | undefined {
  if (!error || typeof error !== 'object' || depth > 5) return undefined;
  const { code, message, cause, original, errors } = error as { code?: unknown; message?: unknown; cause?: unknown; original?: unknown; errors?: unknown };
  if (typeof code === 'string' && NETWORK_FAILURES[code]) {
    return { code, detail: typeof message === 'string' && message ? firstLine(message) : code, meaning: NETWORK_FAILURES[code]! };
  }
  for (const inner of [cause, original, ...(Array.isArray(errors) ? errors : [])]) {
    const found = networkFailure(inner, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** An error's first line, short: what a log line can carry without becoming a stack trace. */
export function firstLine(text: string, max = 200): string {
  const line = text.split('\n')[0]!.trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** What an unexpected error says, in one line. */
export function errorSummary(error: unknown): string {
  if (error instanceof Error) return firstLine(error.message || error.name);
  return firstLine(String(error));
}
