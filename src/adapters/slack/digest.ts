/** Posts digests into Slack channels for the scheduler. */
import { webApi } from '@slack/bolt';
import type { SlackConfig } from '../../config.ts';
import { ChannelGoneError, type DigestSender } from '../../core/digest/scheduler.ts';
import { boltLogger } from './app.ts';
import { renderSlackMessage } from './render.ts';

/** Slack's answers that mean the channel is gone or closed to the bot: retrying cannot help. */
const GONE_ERRORS = new Map<string, string>([
  ['channel_not_found', 'the channel no longer exists, or is private and the bot is not in it'],
  ['not_in_channel', 'the bot is not in the channel; invite it with /invite @briefbot'],
  ['is_archived', 'the channel is archived'],
  ['restricted_action', 'the workspace does not let the bot post in the channel'],
  ['account_inactive', 'the bot was removed from the workspace'],
  ['token_revoked', 'the bot was removed from the workspace'],
]);

/**
 * A client of its own: Bolt's retries a failed call for up to half an hour,
 * which would hold up every other channel's digest. The scheduler retries
 * with its own backoff instead.
 */
export function slackDigestSender(config: Pick<SlackConfig, 'botToken' | 'apiUrl'>): DigestSender {
  const client = new webApi.WebClient(config.botToken, {
    retryConfig: { retries: 1 },
    timeout: 15_000,
    ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
    logger: boltLogger(),
  });
  return {
    async send(channelId, reply, slot) {
      const { response_type: _type, ...message } = renderSlackMessage(reply, { ephemeral: false });
      try {
        const result = await client.chat.postMessage({
          channel: channelId,
          ...message,
          unfurl_links: false,
          // Marks the message as this slot's digest, for anyone auditing the channel.
          metadata: { event_type: 'briefbot_digest', event_payload: { local_date: slot.localDate } },
        });
        return String(result.ts);
      } catch (error) {
        const code = (error as { data?: { error?: string } }).data?.error;
        if (code && GONE_ERRORS.has(code)) throw new ChannelGoneError(`${GONE_ERRORS.get(code)} (Slack ${code})`);
        throw error;
      }
    },
  };
}
