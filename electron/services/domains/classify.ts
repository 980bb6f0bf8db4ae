// What a URL found in the code is, decided once all files are read. A host is listed under a
// whitelist type only on evidence of that use (README "What counts as a call"):
//  1. The place itself: the url of wx.request / wx.uploadFile / wx.downloadFile / wx.connectSocket
//     (also on uni. / Taro.), <web-view src>; an https URL handed to navigation (wx.navigateTo,
//     <navigator url>) is a web-view page when the project has a <web-view src="{{…}}">.
//  2. A value that flows there: the name it is bound to is used in such a place (anywhere in the
//     project; a generic name like `url` only in the same page, a minifier's one-letter name only
//     in the brackets it was declared in), directly, as a prefix (`BASE + '/x'`, `${BASE}/x`) or
//     through other names; or it is passed to a project function whose parameter reaches such a
//     place (`request('https://…')`, `http.get({ url: 'https://…' })`).
//  3. The config rule: a client's base address (baseURL, apiBase, host… but not imgHost or docsUrl)
//     handed to a call as a key of its options (`axios.create({ baseURL })`) or set as a property
//     (`fly.config.baseURL = …`): the client is code we cannot follow, and it calls that address.
// Otherwise an image or media URL (<image src>, wx.previewImage, a CSS url(), a .png/.mp4… file,
// a name like bannerImg) goes to the images list, and anything else is only mentioned. Never
// counted: a URL inside words (a message, `see https://…`), in another platform's call
// (tt.uploadFile, my.request) or a wx call that reaches nothing (wx.showModal), and everything in
// files too large to lex.

import { FlowGraph } from './flow-graph';
import { CALL_BITS, MEDIA_BIT, NAV_BIT, stemOf, TYPE_BIT, type ScanShared, type UrlSite } from './sites';
import { isMediaName, isShortName, memberSlot } from './slots';

const MEDIA_PATH = /\.(?:png|jpe?g|gif|webp|svg|bmp|ico|mp3|mp4|m4a|aac|wav|ogg|mov|m3u8|flv|ttf|otf|woff2?)(?:[?#]|$)/i;

function urlPath(url: string): string {
  const afterScheme = url.indexOf('//');
  const slash = url.indexOf('/', afterScheme + 2);
  return slash === -1 ? '' : url.slice(slash);
}

export class SiteClassifier {
  private readonly graph: FlowGraph;

  constructor(private readonly shared: ScanShared) {
    this.graph = new FlowGraph(shared);
  }

  /** CALL_BITS for the lists the code proves (with MEDIA_BIT when also shown as media); MEDIA_BIT for an image; 0 for a mention. */
  classify(site: UrlSite, file: string): number {
    if (site.cheap || site.foreign) return 0;
    // A URL inside words (a message, a page path) is no value; only navigation carries one that way.
    let bits = site.whole ? site.direct || this.flowBits(site, file) : site.direct & NAV_BIT;
    if (bits & NAV_BIT) bits = (bits & ~NAV_BIT) | (this.shared.dynamicWebView ? TYPE_BIT.webview : 0);
    if (bits & CALL_BITS) return bits & (CALL_BITS | MEDIA_BIT);
    if (bits & MEDIA_BIT || site.cssUrl) return MEDIA_BIT;
    if (site.whole && (MEDIA_PATH.test(urlPath(site.url.url)) || (site.names.length > 0 && isMediaName(site.names[0]!)))) return MEDIA_BIT;
    return 0;
  }

  /** Bits of the places the URL's value flows to: through the call it is passed to, then through the names it is bound to. */
  private flowBits(site: UrlSite, file: string): number {
    if (site.call) {
      const bits = this.graph.valueBits(site.call);
      if (bits) return bits;
    }
    const stem = stemOf(file);
    for (let i = 0; i < site.names.length; i++) {
      const name = site.names[i]!;
      let bits = 0;
      if (isShortName(name)) {
        if (i === 0 && site.bindKind === 'var') bits = this.graph.shortBits(file, name, site.scope);
      } else {
        const slot = memberSlot(name, site.names[i + 1] ?? null, stem)!;
        bits = this.graph.valueBits(slot);
        // `const opts = { url: 'https://…' }; wx.request(opts)`: the key of an object that is passed on.
        if (!bits && i > 0) bits = this.graph.propBits(slot, site.names[i - 1]!);
      }
      if (bits) return bits;
    }
    return 0;
  }
}
