import type { Catalogue } from './catalogue';

// Problems with the code-upload key (代码上传密钥, private.<appid>.key).
const GET_KEY_AGAIN = {
  zh: '请管理员在公众平台「开发管理 → 开发设置 → 小程序代码上传」下载上传密钥，把 private.开头的 .key 文件发给你，再导入。',
  en: 'Ask an admin to download the upload key under 开发管理 → 开发设置 → 小程序代码上传 and send you the private.*.key file, then import it.',
};

export const KEY_ERRORS = {
  'key.file-missing': {
    message: { zh: '找不到密钥文件：{path}', en: 'Key file not found: {path}' },
    next: { zh: '请确认文件还在原处，再重新拖入。', en: 'Check that the file is still there and drop it again.' },
  },
  'key.file-unreadable': {
    message: { zh: '无法读取密钥文件：{path}', en: 'Cannot read the key file: {path}' },
    next: { zh: '确认它是一个文件，并且当前用户有权限读取。', en: 'Check that it is a file and that you may read it.' },
  },
  'key.empty': {
    message: { zh: '密钥文件是空的。', en: 'The key file is empty.' },
    next: GET_KEY_AGAIN,
    link: { kind: 'mp', page: 'devSettings' },
  },
  'key.too-large': {
    message: { zh: '这个文件太大（{size}），不是上传密钥。', en: 'This file is too large ({size}) to be an upload key.' },
    next: GET_KEY_AGAIN,
    link: { kind: 'mp', page: 'devSettings' },
  },
  'key.binary': {
    message: { zh: '这是一个二进制文件，不是上传密钥（密钥是以 -----BEGIN 开头的文本）。', en: 'This is a binary file, not an upload key (a key is text starting with -----BEGIN).' },
    next: GET_KEY_AGAIN,
    link: { kind: 'mp', page: 'devSettings' },
  },
  'key.appsecret': {
    message: { zh: '这像是 AppSecret（32 位字符），不是代码上传密钥。两者不是一回事。', en: 'This looks like an AppSecret (32 characters), not the code-upload key. They are different things.' },
    next: GET_KEY_AGAIN,
    link: { kind: 'mp', page: 'devSettings' },
  },
  'key.public-key': {
    message: { zh: '这是公钥，上传需要的是私钥文件（private.开头）。', en: 'This is a public key; uploading needs the private key file (private.*).' },
    next: GET_KEY_AGAIN,
    link: { kind: 'mp', page: 'devSettings' },
  },
  'key.certificate': {
    message: { zh: '这是一个证书，不是代码上传密钥。', en: 'This is a certificate, not the code-upload key.' },
    next: GET_KEY_AGAIN,
    link: { kind: 'mp', page: 'devSettings' },
  },
  'key.encrypted': {
    message: { zh: '这个密钥设了密码，微信的上传密钥不带密码。', en: 'This key is password-protected; WeChat upload keys are not.' },
    next: GET_KEY_AGAIN,
    link: { kind: 'mp', page: 'devSettings' },
  },
  'key.truncated': {
    message: { zh: '密钥文件不完整或已损坏（可能复制时少了内容）。', en: 'The key file is incomplete or damaged (perhaps cut off when copied).' },
    next: { zh: '请直接使用下载的原始文件，不要复制粘贴内容；或重新下载。', en: 'Use the downloaded file itself rather than pasted text, or download it again.' },
    link: { kind: 'mp', page: 'devSettings' },
  },
  'key.not-pem': {
    message: { zh: '这个文件不是上传密钥（上传密钥是以「-----BEGIN」开头、写着 PRIVATE KEY 的文本）。', en: 'This file is not an upload key (an upload key is text that starts with "-----BEGIN" and names a PRIVATE KEY).' },
    next: GET_KEY_AGAIN,
    link: { kind: 'mp', page: 'devSettings' },
  },
  'key.not-rsa': {
    message: { zh: '这是 {type} 类型的私钥，微信上传密钥是 RSA 密钥。', en: 'This is a {type} private key; WeChat upload keys are RSA keys.' },
    next: GET_KEY_AGAIN,
    link: { kind: 'mp', page: 'devSettings' },
  },
  'key.too-small': {
    message: { zh: '这个密钥只有 {bits} 位，太短，不是微信下发的上传密钥。', en: 'This key has only {bits} bits, too short to be a WeChat upload key.' },
    next: GET_KEY_AGAIN,
    link: { kind: 'mp', page: 'devSettings' },
  },
  'key.appid-mismatch': {
    message: { zh: '文件名说这是 {fileAppid} 的密钥，但当前项目是 {appid}。', en: 'The file name says this key is for {fileAppid}, but the project is {appid}.' },
    next: { zh: '请确认拿到的是这个小程序的密钥；用错密钥上传会失败。', en: "Make sure this is this Mini Program's key; the wrong key makes uploads fail." },
  },
  'key.appid-unknown': {
    message: { zh: '不知道这个密钥属于哪个小程序。', en: 'It is not known which Mini Program this key belongs to.' },
    next: { zh: '请先打开项目，再导入它的密钥。', en: 'Open the project first, then import its key.' },
  },
  'key.insecure-storage': {
    message: { zh: '这台电脑没有可用的系统钥匙串（{backend}），密钥无法安全保存。', en: 'No system keychain is available here ({backend}), so the key cannot be stored safely.' },
    next: {
      zh: '可以只在本次使用这个密钥（关闭应用后需要重新导入）；或请 IT 安装并解锁钥匙串（如 GNOME Keyring / KWallet）。',
      en: 'Use the key for this session only (import again after closing the app), or have IT set up and unlock a keychain (GNOME Keyring / KWallet).',
    },
  },
  'key.missing': {
    message: { zh: '还没有导入 {appid} 的上传密钥。', en: 'No upload key imported for {appid} yet.' },
    next: { zh: '请在「密钥」一步导入上传密钥文件。', en: 'Import the upload key file in the Key step.' },
    link: { kind: 'mp', page: 'devSettings' },
  },
  'key.unreadable': {
    message: { zh: '保存的 {appid} 密钥无法解开（系统钥匙串可能已更换或重装）。', en: 'The saved key for {appid} cannot be decrypted (the keychain may have been changed or reinstalled).' },
    next: { zh: '请重新导入上传密钥文件。', en: 'Please import the upload key file again.' },
  },
  'key.store-failed': {
    message: { zh: '密钥没能保存到系统钥匙串。', en: 'The key could not be saved to the system keychain.' },
    next: { zh: '请确认钥匙串已解锁后重试，或只在本次使用这个密钥。', en: 'Make sure the keychain is unlocked and retry, or use the key for this session only.' },
  },
} satisfies Catalogue;
