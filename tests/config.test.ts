import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';

describe('configuration', () => {
  it('has working defaults', () => {
    expect(loadConfig({})).toEqual({ CONTENT_DIR: './content', DATA_DIR: './data', LOG_LEVEL: 'info' });
  });
  it('treats an empty value as unset', () => {
    expect(loadConfig({ CONTENT_DIR: '  ' }).CONTENT_DIR).toBe('./content');
  });
  it('names the variable and the fix when a value is wrong', () => {
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL: must be one of debug, info, warn, error, e\.g\. LOG_LEVEL=info/);
  });
});
