/**
 * Lookups over the chronological list of events, built once per knowledge
 * base, so that a timeline costs in proportion to the events it finds rather
 * than to every dated statement in the corpus: a period by binary search on
 * the first day each event covers, a month of any year and a passage's events
 * by a table. Every lookup returns events in the list's own order.
 */
import type { DatedEvent } from './events.ts';

export class EventIndex {
  /** Positions in `events`, ordered by the first day each event covers (ties by position). */
  private readonly byStart: Int32Array;
  private readonly byMonth = new Map<number, number[]>();
  /** A passage's one event, or its events: most passages with any have one, and a list for each took more than the events. */
  private readonly byPassage = new Map<string, number | number[]>();

  /** @param events chronological, as a knowledge base keeps them */
  constructor(readonly events: readonly DatedEvent[]) {
    // Dates sorted as text are sorted by first day too, so this is the identity in practice: checked in one
    // pass (an update in place builds this while commands wait), sorted only when not.
    this.byStart = Int32Array.from(events.keys());
    const inOrder = events.every((event, i) => i === 0 || events[i - 1]!.start <= event.start);
    if (!inOrder) this.byStart.sort((a, b) => compareText(events[a]!.start, events[b]!.start) || a - b);
    events.forEach((event, position) => {
      append(this.byMonth, Number(event.date.slice(5, 7)), position);
      const held = this.byPassage.get(event.passageId);
      this.byPassage.set(event.passageId, held === undefined ? position : typeof held === 'number' ? [held, position] : [...held, position]);
    });
    // Lists grown by push keep room for more: the few by month are kept at their length.
    for (const [month, positions] of this.byMonth) this.byMonth.set(month, positions.slice());
  }

  /** Events whose whole date lies in the period (YYYY-MM-DD bounds): "2024" is not known to be in March. */
  inPeriod(from: string, to: string): DatedEvent[] {
    // An event ends no earlier than it starts, so every one in the period starts in it.
    const first = this.firstStartingAtOrAfter(from);
    const positions: number[] = [];
    for (let i = first; i < this.byStart.length; i++) {
      const event = this.events[this.byStart[i]!]!;
      if (event.start > to) break;
      if (event.end <= to) positions.push(this.byStart[i]!);
    }
    return this.at(positions);
  }

  /** Events dated to a month (1–12) of any year, at month or day precision. */
  inMonthOfAnyYear(month: number): DatedEvent[] {
    return this.at(this.byMonth.get(month) ?? []);
  }

  /** The events of these passages. */
  inPassages(passageIds: Iterable<string>): DatedEvent[] {
    const positions: number[] = [];
    for (const id of new Set(passageIds)) {
      const held = this.byPassage.get(id);
      if (typeof held === 'number') positions.push(held);
      else if (held) positions.push(...held);
    }
    return this.at(positions);
  }

  /** The latest months (YYYY-MM) that have events, latest first. */
  latestMonths(count: number): string[] {
    const months: string[] = [];
    for (let i = this.events.length - 1; i >= 0 && months.length < count; i--) {
      const month = this.events[i]!.date.slice(0, 7);
      if (month.length === 7 && !months.includes(month)) months.push(month);
    }
    return months;
  }

  private firstStartingAtOrAfter(day: string): number {
    let [low, high] = [0, this.byStart.length];
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.events[this.byStart[middle]!]!.start < day) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  private at(positions: number[]): DatedEvent[] {
    return positions.sort((a, b) => a - b).map((position) => this.events[position]!);
  }
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function append(map: Map<number, number[]>, key: number, position: number): void {
  const list = map.get(key);
  if (list) list.push(position);
  else map.set(key, [position]);
}
