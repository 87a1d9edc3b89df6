/**
 * Configuration from the environment (and `.env`), validated with zod. A bad
 * value stops start-up with a message that names the variable and the fix.
 */
import { z } from 'zod';

const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;

export const ConfigSchema = z.object({
  CONTENT_DIR: z.string().trim().min(1, 'must be a folder path, e.g. CONTENT_DIR=./content').default('./content'),
  DATA_DIR: z.string().trim().min(1, 'must be a folder path, e.g. DATA_DIR=./data').default('./data'),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}, e.g. LOG_LEVEL=info` }).default('info'),
});

export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // An empty value in .env ("DISCORD_TOKEN=") means "not set", not "set to nothing".
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''));
  const result = ConfigSchema.safeParse(present);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
  throw new ConfigError(`Configuration problem (check your .env or environment):\n${problems.join('\n')}`);
}
