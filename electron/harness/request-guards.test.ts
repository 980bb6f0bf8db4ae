import { describe, expect, it } from 'vitest';
import { isAllowedHost, isAllowedOrigin } from './request-guards';

describe('isAllowedHost', () => {
  it('accepts the loopback address and localhost on our port', () => {
    expect(isAllowedHost('127.0.0.1:5317', 5317)).toBe(true);
    expect(isAllowedHost('localhost:5317', 5317)).toBe(true);
    expect(isAllowedHost('LOCALHOST:5317', 5317)).toBe(true);
  });

  it('refuses rebound names, other ports, missing ports and no Host at all', () => {
    for (const host of ['evil.example:5317', '127.0.0.1.evil.example:5317', 'localhost.evil:5317', '127.0.0.1:5318', '127.0.0.1', 'localhost', '[::1]:5317', '0.0.0.0:5317', '']) {
      expect(isAllowedHost(host, 5317), host).toBe(false);
    }
    expect(isAllowedHost(undefined, 5317)).toBe(false);
  });
});

describe('isAllowedOrigin', () => {
  it('accepts our page under either host, and nothing else', () => {
    expect(isAllowedOrigin('http://127.0.0.1:5317', 5317)).toBe(true);
    expect(isAllowedOrigin('http://localhost:5317', 5317)).toBe(true);
    for (const origin of ['https://127.0.0.1:5317', 'http://evil.example:5317', 'http://127.0.0.1:5318', 'null', 'http://127.0.0.1:5317/x']) {
      expect(isAllowedOrigin(origin, 5317), origin).toBe(false);
    }
    expect(isAllowedOrigin(undefined, 5317)).toBe(false);
  });
});
