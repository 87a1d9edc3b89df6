/** Posts digests into Discord channels for the scheduler. */
import { createHash } from 'node:crypto';
import { DiscordAPIError, type Client } from 'discord.js';
import { ChannelGoneError, type DigestSender } from '../../core/digest/scheduler.ts';
import { renderDiscordMessage } from './render.ts';
import { toDiscordJs } from './bot.ts';

/** Discord's answers that mean the channel is gone or closed to the bot: retrying cannot help. */
const GONE_CODES = new Map<number, string>([
  [10003, 'the channel no longer exists'],
  [50001, 'the bot has no access to the channel (removed, or the channel is private to it)'],
  [50013, 'the bot lacks permission to post in the channel'],
]);

export function discordDigestSender(client: Client): DigestSender {
  return {
    async send(channelId, reply, slot) {
      let channel;
      try {
        channel = await client.channels.fetch(channelId);
      } catch (error) {
        throw asGone(error);
      }
      if (!channel || !channel.isSendable()) throw new ChannelGoneError('the channel no longer exists or is not a text channel');
      try {
        // The same nonce for a slot: Discord returns the first message instead of posting a second
        // when a retry follows a send whose answer was lost.
        const nonce = createHash('sha256').update(`${slot.channelId}/${slot.localDate}`).digest('hex').slice(0, 25);
        const message = await channel.send({ ...toDiscordJs(renderDiscordMessage(reply, { ephemeral: false })), nonce, enforceNonce: true });
        return message.id;
      } catch (error) {
        throw asGone(error);
      }
    },
    async findSent(channelId, _slot, reply) {
      const channel = await client.channels.fetch(channelId).catch(() => null);
      if (!channel || !channel.isTextBased() || !client.user) return undefined;
      const recent = await channel.messages.fetch({ limit: 20 }).catch(() => undefined);
      return recent?.find((m) => m.author.id === client.user!.id && m.embeds[0]?.title === reply.title)?.id;
    },
  };
}

function asGone(error: unknown): unknown {
  if (error instanceof DiscordAPIError && typeof error.code === 'number' && GONE_CODES.has(error.code)) {
    return new ChannelGoneError(`${GONE_CODES.get(error.code)} (Discord ${error.code})`);
  }
  return error;
}
