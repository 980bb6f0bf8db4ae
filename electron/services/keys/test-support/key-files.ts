import crypto from 'node:crypto';

/** Key material made at test time: nothing secret-looking is committed. */
export function rsaPair(bits = 2048) {
  return crypto.generateKeyPairSync('rsa', {
    modulusLength: bits,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
  });
}

export function pkcs8(privateKeyPem: string): string {
  return crypto.createPrivateKey(privateKeyPem).export({ type: 'pkcs8', format: 'pem' }).toString();
}

/** A self-signed certificate is hard to make with node:crypto alone; its PEM armour is what is checked. */
export function certificateLike(): string {
  return `-----BEGIN CERTIFICATE-----\n${crypto.randomBytes(600).toString('base64').match(/.{1,64}/g)!.join('\n')}\n-----END CERTIFICATE-----\n`;
}
