import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  bitString, boolean, explicit, implicitPrimitive, integer, octetString, oid, sequence, set, utcTime, utf8String,
} from './der';

/** A throwaway CA and a leaf certificate signed by it; only the CA certificate is written to disk. */
export interface TestCertificates {
  /** PEM file to hand to a child process as NODE_EXTRA_CA_CERTS. */
  caCertPath: string;
  caCertPem: string;
  leafCertPem: string;
  leafKeyPem: string;
  /** Removes the temp folder that holds caCertPath. */
  dispose(): void;
}

const OID = {
  sha256WithRsa: '1.2.840.113549.1.1.11',
  commonName: '2.5.4.3',
  organization: '2.5.4.10',
  subjectKeyId: '2.5.29.14',
  keyUsage: '2.5.29.15',
  subjectAltName: '2.5.29.17',
  basicConstraints: '2.5.29.19',
  authorityKeyId: '2.5.29.35',
  extKeyUsage: '2.5.29.37',
  serverAuth: '1.3.6.1.5.5.7.3.1',
};

interface CertificateSpec {
  subjectName: Buffer;
  subjectKey: KeyObject;
  issuerName: Buffer;
  issuerKey: KeyObject;
  issuerKeyId: Buffer;
  extensions: Buffer[];
}

const sha256WithRsa = (): Buffer => sequence(oid(OID.sha256WithRsa), tlvNull());
const tlvNull = (): Buffer => Buffer.from([0x05, 0x00]);

function distinguishedName(commonName: string): Buffer {
  return sequence(
    set(sequence(oid(OID.organization), utf8String('mp-release-desk e2e (throwaway)'))),
    set(sequence(oid(OID.commonName), utf8String(commonName))),
  );
}

function extension(id: string, critical: boolean, value: Buffer): Buffer {
  return critical ? sequence(oid(id), boolean(true), octetString(value)) : sequence(oid(id), octetString(value));
}

function keyId(publicKey: KeyObject): Buffer {
  return createHash('sha1').update(publicKey.export({ type: 'pkcs1', format: 'der' })).digest();
}

function buildCertificate(spec: CertificateSpec): string {
  const serial = randomBytes(16);
  serial[0] = serial[0]! & 0x7f;
  const now = Date.now();
  const tbs = sequence(
    explicit(0, integer(2)),
    integer(serial),
    sha256WithRsa(),
    spec.issuerName,
    sequence(utcTime(new Date(now - 60 * 60 * 1000)), utcTime(new Date(now + 24 * 60 * 60 * 1000))),
    spec.subjectName,
    spec.subjectKey.export({ type: 'spki', format: 'der' }),
    explicit(3, sequence(
      ...spec.extensions,
      extension(OID.subjectKeyId, false, octetString(keyId(spec.subjectKey))),
      extension(OID.authorityKeyId, false, sequence(implicitPrimitive(0, spec.issuerKeyId))),
    )),
  );
  const signature = sign('sha256', tbs, spec.issuerKey);
  const der = sequence(tbs, sha256WithRsa(), bitString(signature));
  const base64Lines = der.toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${base64Lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}

/** A CA and one leaf for every name given (the first is also the subject's common name; `*.x` names work too). */
export function createTestCertificates(hostnames: string | string[] = 'servicewechat.com'): TestCertificates {
  const names = typeof hostnames === 'string' ? [hostnames] : hostnames;
  const hostname = names[0]!;
  const ca = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const leaf = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const caName = distinguishedName('mp-release-desk e2e throwaway CA');
  const caKeyId = keyId(ca.publicKey);

  const caCertPem = buildCertificate({
    subjectName: caName, subjectKey: ca.publicKey, issuerName: caName, issuerKey: ca.privateKey, issuerKeyId: caKeyId,
    extensions: [
      extension(OID.basicConstraints, true, sequence(boolean(true))),
      // keyCertSign + cRLSign
      extension(OID.keyUsage, true, bitString(Buffer.from([0x06]), 1)),
    ],
  });
  const leafCertPem = buildCertificate({
    subjectName: distinguishedName(hostname), subjectKey: leaf.publicKey,
    issuerName: caName, issuerKey: ca.privateKey, issuerKeyId: caKeyId,
    extensions: [
      extension(OID.basicConstraints, true, sequence()),
      // digitalSignature + keyEncipherment
      extension(OID.keyUsage, true, bitString(Buffer.from([0xa0]), 5)),
      extension(OID.extKeyUsage, false, sequence(oid(OID.serverAuth))),
      extension(OID.subjectAltName, false, sequence(...names.map((name) => implicitPrimitive(2, Buffer.from(name, 'ascii'))))),
    ],
  });

  const dir = mkdtempSync(join(tmpdir(), 'fake-wechat-ca-'));
  const caCertPath = join(dir, 'test-ca.pem');
  writeFileSync(caCertPath, caCertPem);
  return {
    caCertPath,
    caCertPem,
    leafCertPem,
    leafKeyPem: leaf.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}
