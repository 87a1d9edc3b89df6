/**
 * `npm run manifest -- [--url https://your.host] [--out slack-manifest.json]`
 * writes the Slack app manifest. Without --url the app uses Socket Mode.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { commands } from '../../../commands/index.ts';
import { slackManifest } from './manifest.ts';

const { values } = parseArgs({ options: { url: { type: 'string' }, out: { type: 'string', default: 'slack-manifest.json' } } });
if (values.url && !/^https:\/\//.test(values.url)) {
  console.error('--url must be the https address Slack can reach, e.g. --url https://briefbot.example.com');
  process.exitCode = 2;
} else {
  const manifest = slackManifest(commands, { socketMode: !values.url, ...(values.url ? { url: values.url } : {}) });
  writeFileSync(values.out!, JSON.stringify(manifest, null, 2) + '\n');
  console.log(`Wrote ${values.out} (${values.url ? `HTTP: ${values.url}/slack/events` : 'Socket Mode'}, ${manifest.features.slash_commands.length} commands, ${manifest.features.shortcuts?.length ?? 0} shortcuts).`);
}
