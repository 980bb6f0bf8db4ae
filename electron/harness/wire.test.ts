import { describe, expect, it } from 'vitest';
import { readCallFrame, readServerFrame } from './wire';

describe('readCallFrame', () => {
  it('reads a well-formed call', () => {
    expect(readCallFrame('{"kind":"call","id":3,"channel":"settings:get"}')).toEqual({
      kind: 'call',
      call: { kind: 'call', id: 3, channel: 'settings:get', input: undefined },
    });
    expect(readCallFrame('{"kind":"call","id":0,"channel":"x","input":{"a":1}}')).toMatchObject({ kind: 'call', call: { input: { a: 1 } } });
  });

  it('drops frames that carry no id to answer', () => {
    for (const text of ['null', '{}', '[]', '[1,2]', '"call"', '42', 'true', 'not json', '', '{"kind":"call"}', '{"id":"7"}', '{"id":-1}', '{"id":1.5}', '{"id":1e300}']) {
      expect(readCallFrame(text), text).toEqual({ kind: 'drop' });
    }
  });

  it('refuses, by its id, an object that is not a proper call', () => {
    expect(readCallFrame('{"id":4}')).toEqual({ kind: 'refuse', id: 4, error: 'Not a call frame' });
    expect(readCallFrame('{"kind":"call","id":5}')).toMatchObject({ kind: 'refuse', id: 5 });
    expect(readCallFrame('{"kind":"call","id":6,"channel":["app:info"]}')).toMatchObject({ kind: 'refuse', id: 6 });
    expect(readCallFrame('{"kind":"call","id":7,"channel":"app:info","__proto__":{"polluted":true}}')).toMatchObject({ kind: 'refuse', id: 7 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('readServerFrame', () => {
  it('reads replies and events, and nothing else', () => {
    expect(readServerFrame('{"kind":"reply","id":1,"ok":true,"value":null}')).toEqual({ kind: 'reply', id: 1, ok: true, value: null });
    expect(readServerFrame('{"kind":"event","event":"job:progress","payload":{}}')).toMatchObject({ kind: 'event' });
    for (const text of ['null', '[]', '{}', 'garbage', '{"kind":"reply","id":"1","ok":true}', '{"kind":"event"}']) {
      expect(readServerFrame(text), text).toBeNull();
    }
  });
});
