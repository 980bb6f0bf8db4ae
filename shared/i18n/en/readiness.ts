import type { readiness as zh } from '../zh-CN/readiness';

export const readiness: Record<keyof typeof zh, string> = {
  'readiness.heading': 'Readiness check before 提交审核',
  'readiness.intro':
    'Before submitting for review, the reasons versions are most often rejected are checked: the privacy guide, logins, pages without content, content users publish, and 备案 (ICP filing). Only the project folder and your answers are read, offline.',
  'readiness.running': 'Checking…',
  'readiness.blocked': '{count, plural, one {# problem must} other {# problems must}} be fixed before submitting for review.',
  'readiness.passed': 'Nothing must be fixed first.',
  'readiness.warningsCount': '{count, plural, one {# reminder does} other {# reminders do}} not block the review, but have a look.',
  'readiness.took': '{files, plural, one {# file} other {# files}} checked in {seconds} s.',
  'readiness.rerun': 'Check again',
  'readiness.questions': 'Two questions (answered once per AppID)',
  'readiness.ugc.question': 'Can users publish things other users can see? For example comments, posts or uploaded pictures',
  'readiness.filed.question': 'Is the 备案 (ICP filing) of this Mini Program done?',
  'readiness.filed.where': 'The admin site shows its state on the home page, under 小程序备案.',
  'readiness.answer.yes': 'Yes',
  'readiness.answer.no': 'No',
  'readiness.privacy.title': 'User information the code uses',
  'readiness.privacy.hint': 'Compare with the 用户隐私保护指引 (user privacy guide) on the admin site and tick what it declares. Anything not ticked blocks the review.',
  'readiness.privacy.declared': 'Declared in the guide',
  'readiness.privacy.none': 'The code uses no user information the guide must declare.',
  'readiness.privacy.open': 'Open the user privacy guide',
  'err.readiness.privacy-undeclared':
    'The code uses {count, plural, one {# kind} other {# kinds}} of user information you have not confirmed as declared in the 用户隐私保护指引 (user privacy guide): {categories}. A guide that does not match the code gets the version rejected.',
  'err.readiness.privacy-undeclared.next':
    'Open the user privacy guide, add these with what each is used for, submit it and wait for its approval, then tick them in the list below. While the guide is under review, 提交审核 does nothing.',
  'err.readiness.filing':
    '{answered, select, no {This Mini Program has no 备案 (ICP filing) yet.} other {It is not known yet whether this Mini Program has its 备案 (ICP filing).}} Since 1 September 2023 a Mini Program without it cannot go live.',
  'err.readiness.filing.next':
    'Open the admin site home page and, under 小程序备案, use the "去备案" button and follow the form. The platform takes about 1–2 working days, then the authorities 1–20. Once it is approved, answer "Yes" to the question below.',
  'err.readiness.login-wall':
    '{reason, select, redirect {The Mini Program sends the user to a login page as soon as it opens} userInfo {The home page asks for the WeChat profile as soon as it opens} phoneButton {The home page shows a phone-number button before any content} other {The home page is little more than a login button}}: without an account the reviewer sees no content, and the version is rejected for needing a login.',
  'err.readiness.login-wall.next': 'When submitting, fill a test account and its password in the test account field of the 提审 form, so the reviewer can see what is behind the login.',
  'err.readiness.page-placeholder':
    'The page {page} {reason, select, empty {is blank, with no content at all} other {holds only the placeholder "{text}"}}: the review rejects it as having no real content (无具体内容).',
  'err.readiness.page-placeholder.next': 'Give the page real content, or take a page that is not ready out of pages in app.json (with the way into it), then upload a new version.',
  'err.readiness.ugc-unanswered': 'Not answered yet: can users publish things other users can see (comments, posts, pictures)?',
  'err.readiness.ugc-unanswered.next': 'Answer "Yes" or "No" to the question below. Mini Programs where users publish content are reviewed more strictly.',
  'err.readiness.ugc':
    'Users can publish content others see: the service categories need the matching 社交 (social) category, and the content needs security checks; such a Mini Program also needs a 网信报备 (filing with the cyberspace authorities) before going live, which takes about 7 days.',
  'err.readiness.ugc.next':
    'Add the social category in 服务类目 with its qualifications, check content with WeChat\'s content-security APIs, and leave at least 7 days for the 网信报备 before the launch date.',
};
