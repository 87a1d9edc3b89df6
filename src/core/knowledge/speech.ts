/** The verbs news uses to report speech ("said", "told", "according to"), as read by entities, descriptions and mentions. */

export const SPEECH =
  'said|says|say|stated|states|noted|notes|mentioned|mentions|observed|observes|explained|explains|emphasized|emphasised|' +
  'highlighted|highlights|added|adds|told|tells|argued|argues|warned|warns|suggested|suggests|stressed|remarked|commented|' +
  'claimed|insisted|wrote|writes|believes|believed|acknowledged|asserted|contended|cautioned|predicted|pointed out|according to|' +
  'urged|urges|recalled|recalls|conceded|concedes|admitted|admits|confirmed|confirms|replied|replies|responded|countered|' +
  'asked|asks|tweeted|tweets|testified|testifies|posted|announced|announces|declared|joked|quipped|continued|concluded|answered|recounted';

export const SPEECH_VERB = new RegExp(`\\b(?:${SPEECH})\\b`, 'i');

// Global, for matchAll (which copies it, so its lastIndex is never shared).
export const SPEECH_VERBS = new RegExp(`\\b(?:${SPEECH})\\b`, 'gi');

/** "he said", "and she added": a pronoun speaking, to be given the speaker named before. */
export const PRONOUN_SPEAKER = new RegExp(`(?:^|[,”"]\\s*|\\b(?:however|and|but),?\\s+)(?:he|she)\\s+(?:\\w+ly\\s+|further\\s+|also\\s+)?(?:${SPEECH})\\b`, 'i');

// The words the verbs of speech above begin and end with ("pointed out"), in lower case, for a look before the patterns.
export const SPEECH_FIRST_WORDS = new Set(SPEECH.split('|').map((verb) => verb.split(' ')[0]!));
export const SPEECH_LAST_WORDS = new Set(SPEECH.split('|').map((verb) => verb.split(' ').at(-1)!));
