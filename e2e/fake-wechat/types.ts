import type { IncomingHttpHeaders } from 'node:http';

/**
 * How the fake answers. Applied to /wxa/ci/upload and /wxa/ci/testSourceURL by default, or to /wxa/ci/getrandstr
 * with `setMode(mode, 'getrandstr')` ('wrong-key' means nothing there and answers normally). getattr only honours
 * 'invalid-ip' and 'wrong-key' (the library swallows those).
 */
export type FailureMode =
  | 'ok'
  | 'invalid-ip'
  | 'wrong-key'
  | 'server-500'
  | 'html'
  | 'drop'
  | 'never-answer'
  /** A successful preview whose qrcode_img is not an image (an HTML page, base64-encoded); uploads answer normally. */
  | 'qr-not-image'
  | { slowMs: number };

export type FailureTarget = 'upload' | 'getrandstr';

export interface FakeWechatOptions {
  /** The egress IP quoted in the invalid-ip answer. Default 203.0.113.7. */
  clientIp?: string;
  /** Initial mode for upload/testSourceURL. Default 'ok'. */
  mode?: FailureMode;
  /** appid → public (or private) key PEM, same as calling registerApp for each. */
  apps?: Record<string, string>;
  /** getattr's `released` for every appid (default false); 'absent' leaves the field out of the answer. */
  released?: ReleasedAnswer;
  /** 第三方平台 development appid → the extAppids it may upload for, same as calling setPlatform for each. */
  platforms?: Record<string, string[]>;
}

/** What getattr says in `data.released`: true / false, or nothing at all ('absent'). */
export type ReleasedAnswer = boolean | 'absent';

export interface RecordedRequest {
  at: number;
  method: string;
  /** CONNECT: "host:port"; tunnelled HTTPS: the pathname; plain proxy request: the absolute URL. */
  target: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  bodyBytes: number;
  /** Foreign CONNECT targets and plain-HTTP proxy requests are refused with 403. */
  refused: boolean;
  /** What the fake did with it. */
  outcome: 'answered' | 'refused' | 'dropped' | 'held' | 'delayed';
}

export interface SubpackageSize {
  name: string;
  size: number;
}

export interface ReceivedUpload {
  at: number;
  appid: string;
  /** 'upload' = /wxa/ci/upload, 'preview' = /wxa/ci/testSourceURL. */
  kind: 'upload' | 'preview';
  /** Every query parameter as sent (codeprotect, type, appid, version, desc, robot, debugLaunchInfo, path, _r…). */
  query: Record<string, string>;
  version: string;
  desc: string;
  robot: string;
  gzipBytes: number;
  packBytes: number;
  /** Unpacked package, keyed by the name stored in it ("/app.json", "/pages/index/index.js", "/ci.signature"…). */
  files: Map<string, Buffer>;
  fileList: Array<{ name: string; size: number }>;
  signatureVerified: boolean;
  /** Why the signature (or the package) was rejected; undefined when it verified. */
  signatureProblem?: string;
  /** The miniprogram-ci version written into /ci.signature. */
  ciVersion?: string;
  /** What the fake computed and, when it answered successfully, returned as subpackage_info. */
  subpackageInfo: SubpackageSize[];
  /** The mode in force when the request arrived. */
  mode: FailureMode;
  /** A preview's QR content, as encoded in the qrcode_img the fake answered (unless the mode sent no image). */
  qrContent?: string;
  /** The `extAppId` query (a 第三方平台 template uploaded for this merchant), when sent. */
  extAppId?: string;
  /** ext.json as compiled into the package (/app-config.json's extAppid and ext), when there. */
  extConfig?: { extAppid?: unknown; ext?: unknown; directCommit?: unknown };
}

export interface FakeWechat {
  /** http://127.0.0.1:<port>, for ci.proxy(). */
  proxyUrl: string;
  /** Test CA certificate; pass it to the child process as NODE_EXTRA_CA_CERTS. Deleted by close(). */
  caCertPath: string;
  registerApp(appid: string, publicKeyPem: string): void;
  setMode(mode: FailureMode, target?: FailureTarget): void;
  /** The upload-target mode for one appid only (ahead of setMode's); null goes back to the global mode. */
  setAppMode(appid: string, mode: FailureMode | null): void;
  /** getattr's `released` from now on: for one appid, or for every appid without its own answer. */
  setReleased(released: ReleasedAnswer, appid?: string): void;
  /**
   * Makes `devAppid` a 第三方平台 (getattr's `platform: true`) whose uploads may name these extAppids; any
   * other extAppId is refused with "dev platform ext appid not auth". null makes it an ordinary app again.
   */
  setPlatform(devAppid: string, extAppids: readonly string[] | null): void;
  uploads: ReceivedUpload[];
  /** miniprogram-ci's usage reports (`clientreportv2` bodies, parsed JSON), in the order received. */
  usageReports: unknown[];
  requests: RecordedRequest[];
  /** Resolves with the first request (already seen or future) whose target matches. */
  waitForRequest(target: string | RegExp, timeoutMs?: number): Promise<RecordedRequest>;
  /**
   * A public-IP echo service behind the proxy (https://eN.echo.test/, trusted through the same test CA) that
   * answers `ip` (default: the clientIp WeChat sees), as a real echo service sees the proxy's egress address.
   */
  echoUrl(ip?: string): string;
  /** Ends every socket, including held ones, and deletes the CA file. */
  close(): Promise<void>;
}
