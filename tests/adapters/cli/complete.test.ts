import { describe, expect, it } from 'vitest';
import { completeLine } from '../../../src/adapters/cli/complete.ts';
import { seedBot } from '../../helpers.ts';

const complete = (line: string) => completeLine(seedBot(), line);

describe('Tab in the console', () => {
  it('completes a command’s name with the space after it', () => {
    expect(complete('/bri')).toEqual([['/brief '], '/bri']);
    expect(complete('/')[0]).toEqual(expect.arrayContaining(['/brief ', '/who ', '/digest ', '/help ']));
    expect(complete('/nothing')).toEqual([[], '/nothing']);
  });

  it('completes a name inside the argument, from the autocomplete Discord gets, typos included', () => {
    const fromDiscord = seedBot().autocomplete('who', 'name', 'lodi').map((c) => c.value);
    expect(fromDiscord).toEqual(['Lodhi']);
    expect(complete('/who lodi')).toEqual([fromDiscord, 'lodi']);
    expect(complete('/who lodh')[0]).toEqual(expect.arrayContaining(['Lodhi', 'Maleeha Lodhi']));
  });

  it('extends what was typed when every candidate starts with it, and otherwise only lists them', () => {
    const [extending, typedAt] = complete('/brief isis');
    expect(typedAt).toBe('isis');
    expect(extending.length).toBeGreaterThan(1);
    expect(extending.every((c) => c.toLowerCase().startsWith('isis'))).toBe(true);
    // Candidates that do not all start with "tal": "tal" itself is among them, so readline replaces nothing.
    const [listed] = complete('/brief tal');
    expect(listed).toContain('tal');
    expect(listed.some((c) => c !== 'tal' && !c.toLowerCase().startsWith('tal'))).toBe(true);
  });

  it('completes the last topic of a list and keeps those before it', () => {
    const [choices, typed] = complete('/digest now ports, isis');
    expect(typed).toBe('ports, isis');
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.every((c) => c.startsWith('ports, '))).toBe(true);
  });

  it('completes a group’s subcommand, and nothing where the argument is free text', () => {
    expect(complete('/digest su')).toEqual([['subscribe '], 'su']);
    expect(complete('/digest subscribe 08:00 Eur')).toEqual([[], '08:00 Eur']);
    expect(complete('/lookup Did you')).toEqual([[], 'Did you']);
  });
});
