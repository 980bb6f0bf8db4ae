import { createPublicKey, type KeyObject } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { compiledExtConfig, ExtPlatforms } from './ext-platforms';
import { readPack } from './pack-reader';
import { qrCodePng } from './png';
import { checkSignature, RandStringBook, type SignatureCheck } from './signature-check';
import { computeSubpackageInfo } from './subpackage-info';
import type { FailureMode, FailureTarget, ReceivedUpload, ReleasedAnswer } from './types';
import { applyMode, json, okJson, ticketFail, type Reply } from './wechat-replies';

// The servicewechat.com endpoints miniprogram-ci 2.1.42 calls, with the answers it expects.

const WHITE_EXT_LIST = {
  miniProgram: ['.wxml', '.wxss', '.wxs', '.png', '.jpg', '.jpeg', '.gif', '.svg', '.js', '.json', '.cer', '.mp3',
    '.aac', '.m4a', '.mp4', '.wav', '.ogg', '.silk', '.wasm', '.br', '.cur', '.ico', '.skel', '.crt', '.cert'],
  game: ['.png', '.jpg', '.jpeg', '.gif', '.svg', '.js', '.json', '.cer', '.obj', '.dae', '.fbx', '.mtl', '.stl',
    '.3ds', '.mp3', '.pvr', '.wav', '.plist', '.ttf', '.fnt', '.gz', '.ccz', '.m4a', '.mp4', '.bmp', '.atlas'],
};

/**
 * What the fake's preview QR encodes. WeChat's own is not documented (it opens the 开发版 preview in WeChat);
 * the fake's names the appid, the page as sent and the request's number, so a test can tell one QR from another.
 */
export function previewQrContent(appid: string, pagePath: string, n: number): string {
  return `https://fake-wechat.test/preview?appid=${appid}&path=${encodeURIComponent(pagePath)}&n=${n}`;
}

/** The `qr-not-image` mode's qrcode_img: a page from something between the app and WeChat, base64-encoded. */
const NOT_AN_IMAGE = Buffer.from('<!DOCTYPE html><html><body>Please sign in to the network</body></html>');

export interface CgiRequest {
  method: string;
  pathname: string;
  query: Record<string, string>;
  body: Buffer;
}

export class WechatCgi {
  readonly uploads: ReceivedUpload[] = [];
  /** The JSON bodies of miniprogram-ci's usage reports (`clientreportv2`), kept so tests can read what it sends. */
  readonly usageReports: unknown[] = [];
  private readonly keys = new Map<string, KeyObject>();
  private readonly randStrings = new RandStringBook();
  private readonly modes: Record<FailureTarget, FailureMode> = { upload: 'ok', getrandstr: 'ok' };
  private readonly releasedPerApp = new Map<string, ReleasedAnswer>();
  /** Upload-target modes for one appid (batch tests: one project of three refused), ahead of the global one. */
  private readonly appModes = new Map<string, FailureMode>();
  private releasedForAll: ReleasedAnswer = false;
  /** 第三方平台 development appids and the extAppids each may upload for. */
  readonly platforms = new ExtPlatforms();

  constructor(private readonly clientIp: string) {}

  registerApp(appid: string, publicKeyPem: string): void {
    this.keys.set(appid, createPublicKey(publicKeyPem));
  }

  setMode(mode: FailureMode, target: FailureTarget = 'upload'): void {
    this.modes[target] = mode;
  }

  /** The upload-target mode for one appid only; null goes back to the global mode. */
  setAppMode(appid: string, mode: FailureMode | null): void {
    if (mode === null) this.appModes.delete(appid);
    else this.appModes.set(appid, mode);
  }

  private uploadModeFor(appid: unknown): FailureMode {
    return (typeof appid === 'string' ? this.appModes.get(appid) : undefined) ?? this.modes.upload;
  }

  /** getattr's `released`, for one appid or (without one) for every appid that has no answer of its own. */
  setReleased(released: ReleasedAnswer, appid?: string): void {
    if (appid) this.releasedPerApp.set(appid, released);
    else this.releasedForAll = released;
  }

  handle(request: CgiRequest): Reply {
    const { method, pathname } = request;
    if (method === 'POST' && pathname === '/wxa/ci/getrandstr') return this.getRandStr(request);
    if (method === 'POST' && pathname === '/wxa/ci/getattr') return this.getAttr(request);
    if (method === 'GET' && pathname === '/wxa/ci/getwhiteextlist') return okJson({ data: WHITE_EXT_LIST });
    if (method === 'POST' && pathname === '/wxa/ci/upload') return this.receivePackage(request, 'upload');
    if (method === 'POST' && pathname === '/wxa/ci/testSourceURL') return this.receivePackage(request, 'preview');
    if (method === 'POST' && pathname === '/wxa-dev-logic/clientreportv2') return this.receiveUsageReport(request);
    return json({ errCode: -1, errMsg: `fake servicewechat.com has no ${method} ${pathname}` }, 404);
  }

  private receiveUsageReport(request: CgiRequest): Reply {
    try {
      this.usageReports.push(JSON.parse(request.body.toString('utf8')));
    } catch {
      this.usageReports.push(request.body.toString('utf8'));
    }
    return okJson({});
  }

  private context(verifiesKey: boolean): { clientIp: string; verifiesKey: boolean } {
    return { clientIp: this.clientIp, verifiesKey };
  }

  private getRandStr({ body }: CgiRequest): Reply {
    const { appid } = parseJson(body) as { appid?: unknown };
    if (typeof appid !== 'string' || !appid) return json({ errCode: -1, errMsg: 'appid missing' });
    const normal = okJson({ data: { randomString: this.randStrings.issue(appid) } });
    return applyMode(this.modes.getrandstr, normal, this.context(false));
  }

  private getAttr({ body }: CgiRequest): Reply {
    const { appid, signature } = parseJson(body) as { appid?: unknown; signature?: unknown };
    const mode = this.uploadModeFor(appid);
    if (mode === 'invalid-ip' || mode === 'wrong-key') return applyMode(mode, ticketFail(), this.context(true));
    if (typeof appid !== 'string' || typeof signature !== 'string') return ticketFail();
    const check = checkSignature(signature, appid, this.keys.get(appid), this.randStrings);
    if (!check.ok) return ticketFail();
    const released = this.releasedPerApp.get(appid) ?? this.releasedForAll;
    return okJson({
      data: {
        platform: this.platforms.isPlatform(appid), appType: 0, isSandbox: false, ...(released === 'absent' ? {} : { released }),
        setting: {
          MaxCodeSize: 2, MaxSubpackageSubCodeSize: 2, MaxSubpackageFullCodeSize: 20, NavigateMiniprogramLimit: 10,
          MaxSubPackageLimit: 100, MinTabbarCount: 2, MaxTabbarCount: 5, MaxCustomTabbarCount: 10, MaxTabbarIconSize: 40,
        },
      },
    });
  }

  private receivePackage({ query, body }: CgiRequest, kind: ReceivedUpload['kind']): Reply {
    const appid = query.appid ?? '';
    const mode = this.uploadModeFor(appid);
    const upload: ReceivedUpload = {
      at: Date.now(), appid, kind, query,
      version: query.version ?? '', desc: query.desc ?? '', robot: query.robot ?? '',
      gzipBytes: body.length, packBytes: 0, files: new Map(), fileList: [],
      signatureVerified: false, subpackageInfo: [], mode,
      ...(query.extAppId === undefined ? {} : { extAppId: query.extAppId }),
    };
    this.uploads.push(upload);

    const check = this.unpackAndVerify(upload, body);
    if (check.ok) upload.signatureVerified = true;
    else upload.signatureProblem = check.problem;
    upload.extConfig = compiledExtConfig(upload.files);
    const extRefusal = check.ok ? this.platforms.refusal(appid, query.extAppId) : null;

    if (kind === 'preview') upload.qrContent = previewQrContent(appid, query.path ?? '', this.uploads.length);
    const success: Reply = kind === 'upload'
      ? okJson({ body: { subpackage_info: upload.subpackageInfo } })
      : okJson({
        body: {
          subpackage_info: upload.subpackageInfo,
          qrcode_img: (mode === 'qr-not-image' ? NOT_AN_IMAGE : qrCodePng(upload.qrContent!)).toString('base64'),
        },
      });
    return applyMode(mode, extRefusal ?? (check.ok ? success : ticketFail()), this.context(true));
  }

  private unpackAndVerify(upload: ReceivedUpload, gzipped: Buffer): SignatureCheck {
    let files: Map<string, Buffer>;
    try {
      const pack = gunzipSync(gzipped);
      upload.packBytes = pack.length;
      files = readPack(pack).files;
    } catch (error) {
      return { ok: false, problem: `package unreadable: ${String(error)}` };
    }
    upload.files = files;
    upload.fileList = [...files].map(([name, content]) => ({ name, size: content.length }));
    upload.subpackageInfo = computeSubpackageInfo(files);

    const signatureFile = files.get('/ci.signature');
    if (!signatureFile) return { ok: false, problem: 'no /ci.signature in the package' };
    const { signature, version } = parseJson(signatureFile) as { signature?: unknown; version?: unknown };
    if (typeof version === 'string') upload.ciVersion = version;
    if (typeof signature !== 'string') return { ok: false, problem: '/ci.signature has no signature' };
    return checkSignature(signature, upload.appid, this.keys.get(upload.appid), this.randStrings);
  }
}

function parseJson(body: Buffer): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(body.toString('utf8'));
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
