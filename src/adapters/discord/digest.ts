/**
 * Posts digests into Discord channels for the scheduler, through REST alone:
 * a channel is posted to by its id whatever guilds this process's gateway
 * shards hold (under the ShardingManager most are on another shard).
 */
import { createHash } from 'node:crypto';
import { DiscordAPIError, Routes, type APIMessage, type Client } from 'discord.js';
import { ChannelGoneError, type DigestSender } from '../../core/digest/scheduler.ts';
import { renderDiscordMessage } from './render.ts';

/** Discord's answers that mean the channel is gone or closed to the bot: retrying cannot help. */
const GONE_CODES = new Map<number, string>([
  [10003, 'the channel no longer exists'],
  [50001, 'the bot has no access to the channel (removed, or the channel is private to it)'],
  [50008, 'the channel is not a text channel'],
  [50013, 'the bot lacks permission to post in the channel'],
]);

export function discordDigestSender(client: Client): DigestSender {
  const { rest } = client;
  return {
    async send(channelId, reply, slot) {
      const { flags: _flags, ...message } = renderDiscordMessage(reply, { ephemeral: false });
      // The same nonce for a slot: Discord returns the first message instead of posting a second
      // when a retry follows a send whose answer was lost.
      const nonce = createHash('sha256').update(`${slot.channelId}/${slot.localDate}`).digest('hex').slice(0, 25);
      try {
        const posted = (await rest.post(Routes.channelMessages(channelId), { body: { ...message, nonce, enforce_nonce: true } })) as APIMessage;
        return posted.id;
      } catch (error) {
        throw asGone(error);
      }
    },
    async findSent(channelId, _slot, reply) {
      const botId = client.user?.id ?? client.application?.id;
      if (!botId) return undefined;
      const recent = (await rest.get(Routes.channelMessages(channelId), { query: new URLSearchParams({ limit: '20' }) }).catch(() => undefined)) as APIMessage[] | undefined;
      return recent?.find((m) => m.author.id === botId && m.embeds[0]?.title === reply.title)?.id;
    },
  };
}

function asGone(error: unknown): unknown {
  if (error instanceof DiscordAPIError && typeof error.code === 'number' && GONE_CODES.has(error.code)) {
    return new ChannelGoneError(`${GONE_CODES.get(error.code)} (Discord ${error.code})`);
  }
  return error;
}
