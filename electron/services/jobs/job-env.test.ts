import { describe, expect, it } from 'vitest';
import { compileThreads, jobProcessEnv } from './job-env';

describe('job process environment', () => {
  it('uses a compile thread per core the process may use, at least one', () => {
    expect(compileThreads(0)).toBe(1);
    expect(compileThreads(2)).toBe(2);
    expect(compileThreads(8)).toBe(8);
  });

  it('sets COMPILE_THREADS at process start (the library reads it once, when loaded); an explicit one wins', () => {
    expect(jobProcessEnv({}).COMPILE_THREADS).toBe(String(compileThreads()));
    expect(jobProcessEnv({ COMPILE_THREADS: '3' }).COMPILE_THREADS).toBe('3');
  });

  it('drops inherited proxies and key variables', () => {
    const env = jobProcessEnv({ HTTPS_PROXY: 'http://p:1', MP_PRIVATE_KEY_X: 'k', PATH: '/bin' });
    expect(env).toMatchObject({ PATH: '/bin', NO_PROXY: 'servicewechat.com' });
    expect(env.HTTPS_PROXY).toBeUndefined();
    expect(env.MP_PRIVATE_KEY_X).toBeUndefined();
  });
});
