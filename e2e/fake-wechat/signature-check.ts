import { constants, publicDecrypt, randomBytes, type KeyObject } from 'node:crypto';

/**
 * Random strings handed out by getrandstr. Each one is good for one signature, for the appid it was issued to,
 * which is what makes a captured signature useless a second time.
 */
export class RandStringBook {
  private readonly issued = new Map<string, Set<string>>();
  private readonly used = new Set<string>();

  issue(appid: string): string {
    // 32 chars keeps JSON {appid, rand_str} under the 117-byte limit of a 1024-bit key.
    const randStr = randomBytes(16).toString('hex');
    const forApp = this.issued.get(appid) ?? new Set<string>();
    forApp.add(randStr);
    this.issued.set(appid, forApp);
    return randStr;
  }

  check(appid: string, randStr: string): string | undefined {
    if (this.used.has(randStr)) return `rand_str ${randStr} was already used`;
    if (!this.issued.get(appid)?.has(randStr)) return `rand_str ${randStr} was never issued to ${appid}`;
    return undefined;
  }

  consume(randStr: string): void {
    this.used.add(randStr);
  }
}

export type SignatureCheck = { ok: true } | { ok: false; problem: string };

/** miniprogram-ci signs with privateEncrypt(PKCS1, JSON.stringify({appid, rand_str})); undo that. */
export function checkSignature(
  signatureBase64: string,
  appid: string,
  publicKey: KeyObject | undefined,
  book: RandStringBook,
): SignatureCheck {
  if (!publicKey) return { ok: false, problem: `no key registered for ${appid}` };
  let payload: unknown;
  try {
    const plain = publicDecrypt(
      { key: publicKey, padding: constants.RSA_PKCS1_PADDING },
      Buffer.from(signatureBase64, 'base64'),
    );
    payload = JSON.parse(plain.toString('utf8'));
  } catch (error) {
    return { ok: false, problem: `signature does not verify with the key registered for ${appid}: ${String(error)}` };
  }
  const { appid: signedAppid, rand_str: randStr } = (payload ?? {}) as { appid?: unknown; rand_str?: unknown };
  if (signedAppid !== appid) return { ok: false, problem: `signed appid ${String(signedAppid)} is not ${appid}` };
  if (typeof randStr !== 'string') return { ok: false, problem: 'signature payload has no rand_str' };
  const randProblem = book.check(appid, randStr);
  if (randProblem) return { ok: false, problem: randProblem };
  book.consume(randStr);
  return { ok: true };
}
