import { describe, expect, it } from 'vitest';
import { compileThreads, jobProcessEnv } from './job-env';

describe('job process environment', () => {
  it('leaves one core to the job main thread, and always at least one compile thread', () => {
    expect(compileThreads(1)).toBe(1);
    expect(compileThreads(2)).toBe(1);
    expect(compileThreads(8)).toBe(7);
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
