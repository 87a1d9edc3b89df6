/**
 * `npm run manifest -- [--url https://your.host] [--out slack-manifest.json]`
 * writes the Slack app manifest. Without --url the app uses Socket Mode.
 */
import { writeFileSync } from 'node:fs';
import { scriptArgs } from '../cli/scriptArgs.ts';
import { commands } from '../../../commands/index.ts';
import { slackManifest } from './manifest.ts';

const USAGE = `Usage: npm run manifest -- [--url https://your.host] [--out slack-manifest.json]
  Writes the Slack app manifest from commands/, to paste at api.slack.com/apps > Create New App > From an app manifest.
  --url URL   HTTP mode: Slack sends every request to URL/slack/events (without it: Socket Mode, no public URL)
  --out FILE  where to write it (default slack-manifest.json)
  -h, --help  this help`;

export function main(argv: string[]): number {
  const values = scriptArgs(argv, { url: { type: 'string' }, out: { type: 'string', default: 'slack-manifest.json' } }, USAGE);
  if (typeof values === 'number') return values;
  if (values.url && !/^https:\/\//.test(values.url)) {
    console.error('--url must be the https address Slack can reach, e.g. --url https://briefbot.example.com');
    return 2;
  }
  const manifest = slackManifest(commands, { socketMode: !values.url, ...(values.url ? { url: values.url } : {}) });
  writeFileSync(values.out!, JSON.stringify(manifest, null, 2) + '\n');
  console.log(`Wrote ${values.out} (${values.url ? `HTTP: ${values.url}/slack/events` : 'Socket Mode'}, ${manifest.features.slash_commands.length} commands, ${manifest.features.shortcuts?.length ?? 0} shortcuts).`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
