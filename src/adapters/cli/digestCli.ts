/**
 * `npm run digest -- --now [--channel ID] [--platform console|discord|slack] [--topics "a, b"] [--json]`
 * prints the digest a channel would get now, from the same store the bot
 * uses, without recording a delivery.
 */
import { parseArgs } from 'node:util';
import { config as loadDotenv } from 'dotenv';
import { loadKnowledge } from '../../briefbot.ts';
import { ConfigError, loadConfig } from '../../config.ts';
import { articleVersion } from '../../core/digest/compose.ts';
import { DigestService } from '../../core/digest/service.ts';
import { PlatformSchema } from '../../core/digest/store.ts';
import { configureLog } from '../../core/log.ts';
import { openStore } from '../../store/open.ts';
import { consoleChannel } from './digest.ts';
import { formatText } from './format.ts';

const USAGE = 'Usage: npm run digest -- --now [--channel ID] [--platform console|discord|slack] [--topics "ports, storm"] [--json]';

export async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        now: { type: 'boolean' },
        channel: { type: 'string' },
        platform: { type: 'string' },
        topics: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help || !values.now) {
    process.stdout.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const platform = PlatformSchema.safeParse(values.platform ?? consoleChannel.platform);
  if (!platform.success) {
    process.stderr.write(`Unknown --platform ${values.platform}; use console, discord or slack.\n${USAGE}\n`);
    return 2;
  }
  loadDotenv({ quiet: true });
  configureLog({ level: 'warn' });
  try {
    const config = loadConfig();
    const store = await openStore(config);
    try {
      // One digest and out, as npm run ask: what it does not read of the snapshot is never parsed.
      const { kb } = loadKnowledge(config.CONTENT_DIR, { snapshotDir: config.DATA_DIR, maxArticleMb: config.MAX_ARTICLE_MB, lazy: true });
      await store.recordContentVersions(kb.articles.map(articleVersion), new Date().toISOString());
      const channel = { platform: platform.data, channelId: values.channel ?? consoleChannel.channelId };
      const topics = values.topics?.split(',').map((t) => t.trim()).filter(Boolean);
      const { reply } = await new DigestService(store).preview(kb, channel, topics);
      process.stdout.write(`${values.json ? JSON.stringify(reply) : formatText(reply)}\n`);
      return 0;
    } finally {
      await store.close();
    }
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
