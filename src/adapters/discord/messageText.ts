/**
 * The text of a Discord message someone chose "Brief me on this" on, as the
 * interaction's resolved data carries it (no Message Content intent needed):
 * its content and the text of its embeds (a link preview, another bot's
 * answer), with mention and emoji markup taken out.
 */
interface EmbedLike {
  title?: string | null;
  description?: string | null;
  fields?: readonly { name: string; value: string }[] | null;
}

export interface MessageLike {
  content?: string | null;
  embeds?: readonly EmbedLike[] | null;
}

export function discordMessageText(message: MessageLike): string {
  const parts = [message.content ?? ''];
  for (const embed of message.embeds ?? []) {
    parts.push(embed.title ?? '', embed.description ?? '', ...(embed.fields ?? []).flatMap((f) => [f.name, f.value]));
  }
  return parts
    .filter(Boolean)
    .join('\n')
    .replace(/<(?:@[!&]?|#)\d+>/g, ' ') // <@123>, <@&123>, <#123>
    .replace(/<a?:\w+:\d+>/g, ' ') // custom emoji
    .replace(/<t:-?\d+(?::\w)?>/g, ' ') // timestamps
    .replace(/\[([^\]\n]*)\]\([^)\s]*\)/g, '$1'); // [label](url): the label
}
