// WeChat's texts arrive full-width or half-width, with line breaks and padding from wherever they
// were copied (the notification centre, an e-mail, a chat). The rules read one canonical form.

/** Full-width to half-width (NFKC), lower case, 帐号 as 账号, and no whitespace at all. */
export function normaliseRejection(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    // 帐 (U+5E10) and 账 (U+8D26) are both used for 帐号 / 账号; the rules are written with 账.
    .replace(/\u5e10/g, '\u8d26')
    .replace(/\s+/g, '');
}
