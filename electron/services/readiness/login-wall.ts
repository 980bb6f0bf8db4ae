import path from 'node:path';
import type { LoginWall } from '../../../shared/readiness';
import { callsOnStart, findLaunchCalls, type ApiCall } from './launch-calls';
import { lineAt, readEach, type ProjectText } from './project-text';
import { LOGIN_HANDLER, LOGIN_PATH, LOGIN_TEXT } from './review-words';
import { readWxml, type WxmlButton, type WxmlPage } from './wxml-text';

// The login wall: what a reviewer without an account meets first. In the order it would be met:
// the app's launch (App onLaunch / onShow, and what they call) sending to a login page; the entry
// page being a login page; the entry page's own start (onLoad / onShow / onReady) sending to one or
// asking for the profile; a phone-number button before any content of the entry page. A login page
// is one whose path says so (login, signin, auth, register, 登录) or whose WXML is mostly a login button.

const APP_STARTS = ['onLaunch', 'onShow'];
const PAGE_STARTS = ['onLoad', 'onShow', 'onReady', 'attached'];
const SCRIPT_EXTS = ['.js', '.ts'];
const PHONE_TYPES = new Set(['getPhoneNumber', 'getRealtimePhoneNumber']);
const LOGIN_OPEN_TYPES = new Set([...PHONE_TYPES, 'getUserInfo']);

/** What a login page may hold besides its button: a logo, a title, a form, the agreement's tick. */
const LOGIN_PAGE_TAGS = new Set(['view', 'text', 'block', 'image', 'icon', 'button', 'input', 'checkbox', 'checkbox-group', 'radio', 'radio-group', 'form', 'navigator', 'label', 'import', 'wxs', 'page-meta', 'navigation-bar']);
/** A login page's own words: a welcome line, the agreement ("我已阅读并同意《用户协议》和《隐私政策》"). */
const LOGIN_PAGE_TEXT_MAX = 60;
/** "Before any content": at most a title before the button. */
const TEXT_BEFORE_MAX = 20;

export interface LoginWallInput {
  files: ProjectText;
  /** Page paths as app.json gives them with their subpackage roots: `pages/index/index`. */
  pages: readonly string[];
  /** entryPagePath, else the first page; null when there are no pages. */
  entryPage: string | null;
}

const visible = (text: string) => text.replace(/\s+/g, '').length;

function isLoginButton(button: WxmlButton): boolean {
  return LOGIN_OPEN_TYPES.has(button.openType) || LOGIN_TEXT.test(button.text) || LOGIN_HANDLER.test(button.handler);
}

/** The login button of a page that is little more than one, else null. */
export function loginPageButton(page: WxmlPage): WxmlButton | null {
  const button = page.buttons.find(isLoginButton);
  if (!button || page.list || visible(page.textOutsideButtons) > LOGIN_PAGE_TEXT_MAX) return null;
  for (const tag of page.tags) if (!LOGIN_PAGE_TAGS.has(tag)) return null;
  return button;
}

/** A phone-number button with nothing but a title before it. */
export function phoneButtonFirst(page: WxmlPage): WxmlButton | null {
  return page.buttons.find((button) => PHONE_TYPES.has(button.openType) && button.textBefore <= TEXT_BEFORE_MAX && !button.dynamicBefore) ?? null;
}

/** The page a url names, relative to the miniprogram root, from the folder of the file that names it. */
export function targetPage(url: string, fromFolder: string): string {
  const bare = url.replace(/[?#].*$/, '');
  const resolved = bare.startsWith('/') ? bare.slice(1) : path.posix.join(fromFolder, bare);
  return path.posix.normalize(resolved).replace(/^\/+/, '');
}

export async function findLoginWall(input: LoginWallInput): Promise<LoginWall | null> {
  const { files } = input;
  const pages = new Set(input.pages);
  const wxmlCache = new Map<string, WxmlPage | null>();
  const wxmlOf = async (page: string) => {
    if (!wxmlCache.has(page)) {
      const read = await files.read(`${page}.wxml`);
      wxmlCache.set(page, read ? readWxml(read.text) : null);
    }
    return wxmlCache.get(page)!;
  };

  /** Whether a navigation call leads to a login page, and which. */
  const loginTarget = async (call: ApiCall, fromFolder: string): Promise<string | null> => {
    if (!call.url) return null;
    // A url built elsewhere (`url: LOGIN_PAGE`, `url: config.loginPath`) says what it is by its name only.
    if (!call.urlLiteral) return LOGIN_PATH.test(call.url) ? call.url : null;
    const target = targetPage(call.url, fromFolder);
    if (LOGIN_PATH.test(target)) return target;
    if (!pages.has(target)) return null;
    const wxml = await wxmlOf(target);
    return wxml && loginPageButton(wxml) ? target : null;
  };

  const redirectIn = async (script: { text: string; file: string }, calls: readonly ApiCall[], fromFolder: string): Promise<LoginWall | null> => {
    for (const call of calls) {
      if (call.kind !== 'navigation') continue;
      const target = await loginTarget(call, fromFolder);
      if (target) return { file: script.file, line: lineAt(script.text, call.offset), reason: 'redirect', evidence: `${call.api} → ${target}` };
    }
    return null;
  };

  for (const app of await readEach(files, 'app', SCRIPT_EXTS)) {
    const fromApp = await redirectIn(app, callsOnStart(findLaunchCalls(app.text), APP_STARTS), '');
    if (fromApp) return fromApp;
  }

  const entry = input.entryPage;
  if (!entry) return null;
  const entryWxml = await files.read(`${entry}.wxml`);
  const entryPage = entryWxml ? readWxml(entryWxml.text) : null;
  const loginButton = entryPage && loginPageButton(entryPage);
  if (entryWxml && (loginButton || LOGIN_PATH.test(entry))) {
    const line = loginButton ? lineAt(entryWxml.text, loginButton.offset) : 1;
    return { file: entryWxml.file, line, reason: 'loginPage', evidence: loginButton?.openType ? `open-type="${loginButton.openType}"` : entry };
  }

  for (const script of await readEach(files, entry, SCRIPT_EXTS)) {
    const calls = callsOnStart(findLaunchCalls(script.text), PAGE_STARTS);
    const redirect = await redirectIn(script, calls, path.posix.dirname(entry));
    if (redirect) return redirect;
    const profile = calls.find((call) => call.kind === 'profile');
    if (profile) return { file: script.file, line: lineAt(script.text, profile.offset), reason: 'userInfo', evidence: profile.api };
  }

  const phone = entryPage && phoneButtonFirst(entryPage);
  if (entryWxml && phone) return { file: entryWxml.file, line: lineAt(entryWxml.text, phone.offset), reason: 'phoneButton', evidence: `open-type="${phone.openType}"` };
  return null;
}
