import type { domainScan as zh } from '../zh-CN/domain-scan';

export const domainScan: Record<keyof typeof zh, string> = {
  'wl.images.title': 'Image and media hosts',
  'wl.images.how':
    'The app loads these itself, through <image>, <video> or a background, not through a request in the code. Sources disagree on whether they need the downloadFile list (not verified). If images fail to load on a phone, add this line to downloadFile合法域名.',
  'wl.images.copyLabel': 'If images fail to load, add to downloadFile合法域名:',
  'wl.images.none': 'The code shows no remote images or media.',
  'wl.mentioned.summary': 'Mentioned in the code, not shown to be called ({count, plural, one {# host} other {# hosts}})',
  'wl.mentioned.how':
    'These addresses appear in messages, in calls of other platforms (Douyin, Alipay…), in constants nothing uses or in files too large to read closely. They are not in the lists above and need no whitelist entry. If you know the code calls one of them, ask a developer to check.',
  'cli.check.imagesHeading': 'Image and media hosts (sources disagree on whether they need the whitelist; add them if images fail to load on a phone):',
  'cli.check.mentioned': 'Only mentioned in the code, not shown to be called: {count, plural, one {# host} other {# hosts}}, nothing to add (--json says where): {hosts}',
};
