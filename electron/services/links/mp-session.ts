import { mpPageUrl, tokenFromUrl, type MpPage } from '../../../shared/deep-links';

/**
 * What the app knows of the operator's mp.weixin.qq.com session: the token read from the
 * in-app admin window's URL after QR login. Kept in the main process; the renderer only learns
 * whether one is known. It changes at every login, so it is never stored.
 */
export class MpSession {
  private token: string | null = null;

  /** Called with every URL the admin window lands on. */
  observe(url: string): void {
    const token = tokenFromUrl(url);
    if (token) this.token = token;
    else if (/^https:\/\/mp\.weixin\.qq\.com\/cgi-bin\/loginpage/.test(url)) this.token = null;
  }

  signedIn(): boolean {
    return this.token !== null;
  }

  urlFor(page: MpPage): string {
    return mpPageUrl(page, this.token);
  }
}
