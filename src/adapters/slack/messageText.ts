/**
 * The text of a Slack message someone chose "Brief me on this" on, as the
 * shortcut's payload carries it: its text (and its attachments' text), with
 * Slack's markup turned back into what the reader sees. Mentions and
 * broadcasts (<@U…>, <!channel>) go; a link keeps its label.
 */
export interface SlackMessageLike {
  text?: string;
  attachments?: { pretext?: string; title?: string; text?: string; fallback?: string }[];
}

export function slackMessageText(message: SlackMessageLike): string {
  const attachments = (message.attachments ?? []).flatMap((a) => [a.pretext, a.title, a.text ?? a.fallback]);
  return plainSlackText([message.text, ...attachments].filter((part): part is string => typeof part === 'string' && part !== '').join('\n'));
}

/** Slack's mrkdwn markup as plain text: "<https://x|the report>" -> "the report", "<@U123>" -> " ", "&amp;" -> "&". */
export function plainSlackText(text: string): string {
  return text
    .replace(/<([^<>|]*)\|([^<>]*)>/g, (_all, target: string, label: string) => (/^[@!]/.test(target) ? ' ' : label))
    .replace(/<[@!][^<>]*>/g, ' ')
    .replace(/<([^<>]*)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
