import type { rejection as zh } from '../zh-CN/rejection';

export const rejection: Record<keyof typeof zh, string> = {
  'rejection.heading': 'Review rejected: the likely causes',
  'rejection.intro': 'Read from WeChat\'s own words; the most likely cause comes first.',
  'rejection.matched': 'Words in the text that point here: {phrases}',
  'rejection.why': 'Why: ',
  'rejection.fix': 'What to change: ',
  'rejection.open': 'Open the page',
  'rejection.appeal': 'Appeal / feedback text',
  'rejection.appealHow':
    'Change what is needed, then submit for review again. If you think the reviewer was wrong, use 反馈 (feedback) or 申诉 (appeal) in the review notice. WeChat reads these forms in Chinese: paste the Chinese text below and replace what is in 【】 with your facts.',
  'rejection.appealTranslation': 'What the Chinese text says',

  'rejection.category.title': 'The service category does not match, or a qualification is missing',
  'rejection.category.why':
    'The reviewer saw features that are not in a service category (服务类目) registered for this Mini Program. Some categories (medical, education, news, marketplaces) also need a licence uploaded first.',
  'rejection.category.fix':
    'In 设置 → 服务类目 add the category the text asks for, and upload the licence if asked. When submitting for review, map every feature page to its category. If you would rather not add the category, ask a developer to remove the feature from the code entirely (entry points and pages), then upload a new version.',
  'rejection.category.appeal':
    'Hello, as the review asked, we added the [category name] category under service categories (licence uploaded) and mapped [page path] to it when submitting. We are submitting again; please review. Thank you!',

  'rejection.no-content.title': 'No real content, or pages that do not work',
  'rejection.no-content.why':
    'The reviewer found blank, placeholder or "coming soon" pages, errors, or a feature that does nothing or crashes, and took the Mini Program for unfinished.',
  'rejection.no-content.fix':
    'Open the trial version on a phone with a WeChat account that never used it, and tap every entry from the home page. Put real content (products, articles, services) online; ask a developer to fix pages that fail, load forever or crash, and to remove unfinished entries. Then upload a new version and submit again.',
  'rejection.no-content.appeal':
    'Hello, we have put complete content online ([what content]) and fixed [page or feature] that could not be used; the home page and every entry now work. If something still fails, please tell us the page and the test environment. Thank you!',

  'rejection.login-account.title': 'A login is needed, but the reviewer got no test account',
  'rejection.login-account.why':
    'Reviewers have no account of yours, so they cannot get in. Asking for a login before anything can be seen is also rejected.',
  'rejection.login-account.fix':
    'When submitting for review, write a working test account and password in the version description (or the test account field), and how to reach the main features after logging in. Ask a developer to show the main content without a login, and to ask for one only when needed (ordering, submitting).',
  'rejection.login-account.appeal':
    'Hello, some features need a login. Test account: [account], password: [password]. After logging in, [main feature] is on [page]. Without logging in, [content] can be browsed. Please review. Thank you!',

  'rejection.privacy-guide.title': 'The user privacy guide is missing or does not match the app',
  'rejection.privacy-guide.why':
    'The Mini Program uses information or APIs that must be declared (phone number, location, photos, camera…), but the user privacy guide (用户隐私保护指引) does not list them, or their purpose is unclear or differs from what the code collects.',
  'rejection.privacy-guide.fix':
    'Open the user privacy guide and add every kind of information the Mini Program really collects (the privacy part of this app\'s pre-upload check lists the APIs the code uses), each with a clear purpose. Save, then submit again. If some information is not needed, ask a developer to remove those APIs from the code.',
  'rejection.privacy-guide.appeal':
    'Hello, we have declared [kinds of information] in the user privacy guide with their purpose ([purpose]); it now matches what the Mini Program collects. We are submitting again; please review. Thank you!',

  'rejection.ugc.title': 'Users can post content, without a social category or filing',
  'rejection.ugc.why':
    'Comments, messages, posts, reviews with photos, uploads: anything users publish themselves is user-generated content. It needs a social category (such as 社交-社区/论坛 or 社交-笔记), and the first review with it goes through a filing review (报备, about 7 days).',
  'rejection.ugc.fix':
    'Either add the social category the text names in 设置 → 服务类目, upload what it asks for and wait for the filing review after submitting; or ask a developer to remove comments, posts and the like from the code, then upload a new version. If the features stay, what users post must also go through content security checks.',
  'rejection.ugc.appeal':
    'Hello, we have added the [social category] category; everything users post is checked with the content security API and reviewed by staff before it is shown. We are submitting again; please review. Thank you!',

  'rejection.induced-share.title': 'Induced sharing',
  'rejection.induced-share.why':
    'WeChat does not allow rewards (red packets, points, lottery draws, unlocked features) or pressure to make users share: "share to see the rest", "share to 3 groups for a red packet", a "share to Moments" button.',
  'rejection.induced-share.fix':
    'Ask a developer to remove every "share to continue" and "share for a reward" logic and wording; sharing must be the user\'s own choice, with no reward on the button. For generated pictures, say "save the picture" instead of "share to Moments". Upload a new version, then submit again.',
  'rejection.induced-share.appeal':
    'Hello, we have removed from [activity or page] the logic and wording that rewarded or unlocked features for sharing. Sharing is now only started by the user, with no reward or pressure. We are submitting again; please review. Thank you!',

  'rejection.induced-follow.title': 'Induced following of an Official Account',
  'rejection.induced-follow.why':
    'WeChat does not allow rewards or pressure to make users follow an Official Account, such as "follow to read the full text" or "follow for a coupon".',
  'rejection.induced-follow.fix':
    'Ask a developer to remove every "follow to continue" and "follow for a reward" logic and wording; a plain link to the Official Account may stay, for users who want to follow. Upload a new version, then submit again.',
  'rejection.induced-follow.appeal':
    'Hello, we have removed from [page] the logic and wording that required following the Official Account to read or to get a reward; every feature now works without following. We are submitting again; please review. Thank you!',

  'rejection.personal-subject.title': 'A personal account cannot offer this service',
  'rejection.personal-subject.why':
    'A Mini Program registered by a person may use only some service categories: selling goods, payments, commercial promotion and user posts are not open to personal accounts.',
  'rejection.personal-subject.fix':
    'Either drop the service (ask a developer to remove it from the code) and keep what a personal account may offer, or register a Mini Program under a company or sole-proprietor subject (a personal account cannot be turned into a company one).',
  'rejection.personal-subject.appeal':
    'Hello, we have removed [service or feature]; the Mini Program now offers only [remaining service], which is open to personal accounts. We are submitting again; please review. Thank you!',

  'rejection.filing.title': 'The Mini Program is not filed (备案) yet',
  'rejection.filing.why':
    'A Mini Program must complete its ICP filing (submitted on the admin site, approved by the authorities) before it can go live.',
  'rejection.filing.fix':
    'Open 设置 → 基本设置, find 小程序备案, fill in the subject and the person in charge, and submit. Once WeChat and the authorities approve it (usually one to a few weeks), submit for review again.',
  'rejection.filing.appeal': 'Hello, the Mini Program\'s filing is complete, number [filing number]. We are submitting again; please review. Thank you!',

  'rejection.ios-virtual-payment.title': 'Virtual goods can be bought or paid for on iOS',
  'rejection.ios-virtual-payment.why':
    'On iPhone and iPad, a Mini Program may not show prices, buy buttons or payment for virtual goods (memberships, courses, top-ups, paid content), nor send users elsewhere to buy them. Physical goods are not affected.',
  'rejection.ios-virtual-payment.fix':
    'Ask a developer to hide prices, buy buttons and payment for virtual goods on iOS (a note such as "not available on iOS under the platform rules" is fine) and keep them on Android only, or to integrate WeChat\'s iOS virtual payment as documented. Upload a new version, then submit again.',
  'rejection.ios-virtual-payment.appeal':
    'Hello, on iOS we have hidden the prices, buy buttons and payment for [memberships, courses…] and do not send users to other channels to buy them. We are submitting again; please review. Thank you!',

  'rejection.content-security.title': 'Content security: content breaks the rules, or nothing checks it',
  'rejection.content-security.why':
    'The Mini Program shows content that breaks the rules (pornographic or vulgar, political, gambling…), or users can publish text and pictures with no content security check.',
  'rejection.content-security.fix':
    'First delete the content the text points to. Ask a developer to call WeChat\'s content security APIs (msgSecCheck, mediaCheckAsync) when users publish text or pictures and not to show what fails, and have staff look over what is published.',
  'rejection.content-security.appeal':
    'Hello, we have deleted the content on [page] and now check everything users publish, text and pictures, with WeChat\'s content security APIs, plus review by staff. We are submitting again; please review. Thank you!',

  'rejection.unknown.title': 'The text does not match a cause this app knows',
  'rejection.unknown.why':
    'This is not one of the common rejections (or only part of the text was pasted). The text is kept below: read it beside WeChat\'s list of common rejections, sentence by sentence.',
  'rejection.unknown.fix':
    'Copy the whole reason from the review notice and try again; send what is unclear to a developer. After the changes, upload a new version, say in the version description what changed, and submit again.',
  'rejection.unknown.appeal':
    'Hello, about the review comment "[the comment as written]", we have made these changes: [changes]. If anything still does not comply, please tell us the page. Thank you!',

  'rejection.cli.heading': 'Likely causes (most likely first):',
  'rejection.cli.unknown': 'The text does not match a cause this app knows; general advice follows:',
  'rejection.cli.link': 'Open: ',
  'rejection.cli.matched': 'Words in the text: ',
  'rejection.cli.appeal': 'Appeal / feedback text (replace what is in [ ] with your facts):',
  'rejection.cli.appealZh': 'WeChat reads appeals in Chinese; paste this one:',
  'cli.help.explain-rejection': `mp-release explain-rejection [file] [--json]
  Reads WeChat's review rejection (审核不通过) text and tells the likely causes, what to change, the page to open
  and an appeal / feedback text to adapt.
  [file]   A text file (UTF-8) holding the text; without it, or with -, the text is read from stdin,
           such as pbpaste | mp-release explain-rejection
  --json   '{ text, known, causes: [{ id, title, why, fix, link, appeal }] }'
  Exit 0 whether a cause was found or not (known: false, with general advice); 2 when there is no input,
  the input is empty or the file cannot be read.
`,

  'err.cli.rejection-no-input': 'No rejection text was given.',
  'err.cli.rejection-no-input.next': 'Give the file holding the text, such as `mp-release explain-rejection reason.txt`, or pipe it in: `pbpaste | mp-release explain-rejection`.',
  'err.cli.rejection-empty': 'The rejection text read is empty.',
  'err.cli.rejection-empty.next': 'Copy the whole reason from the review notice into the file (or into stdin) and try again.',
  'err.cli.rejection-unreadable': 'Cannot read the file {file}.',
  'err.cli.rejection-unreadable.next': 'Check that the path is right, that it is a file (not a folder) and that this user may read it.',
};
