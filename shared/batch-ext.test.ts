import { describe, expect, it } from 'vitest';
import { parseExtAppidLines } from './batch-ext';

describe('parseExtAppidLines', () => {
  it('takes one AppID a line, a pasted list with commas, each once, in order', () => {
    expect(parseExtAppidLines('wxa000000000000001\n  wxA000000000000002 \r\n\nwxa000000000000001，wxa000000000000003')).toEqual({
      appids: ['wxa000000000000001', 'wxa000000000000002', 'wxa000000000000003'],
      invalid: [],
    });
  });

  it('names what is not an AppID, as typed', () => {
    expect(parseExtAppidLines('wxa00000000000000\nwxa000000000000001\n商家一\nwxa00000000000000')).toEqual({
      appids: ['wxa000000000000001'],
      invalid: ['wxa00000000000000', '商家一'],
    });
    expect(parseExtAppidLines('  \n ')).toEqual({ appids: [], invalid: [] });
  });
});
